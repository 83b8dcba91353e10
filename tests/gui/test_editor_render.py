"""What the editor draws: Arabic right-aligned, spans in their label's colour, no markup."""
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QTextCursor

from annotator.gui.editor.styles import styles_for
from annotator.gui.offsets import OffsetMap


def blend(over: QColor, base: QColor) -> QColor:
    """`over` (with its alpha) painted on an opaque `base`."""
    a = over.alphaF()
    return QColor(*(round(a * o + (1 - a) * b) for o, b in
                    zip(over.getRgb()[:3], base.getRgb()[:3])))


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def line_rect(editor, text: str, start: int, end: int) -> QRect:
    """Where [start, end) sits on one line, in the editor's coordinates, found with the text
    view's own caret geometry (not the span painter's), at the Qt positions gui/offsets.py
    gives."""
    view = editor.text_view()
    offsets = OffsetMap(text)
    carets = []
    for index in (start, end):
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_qt(index))
        carets.append(view.cursorRect(cursor))
    a, b = carets
    assert a.top() == b.top(), "the words must sit on one line"
    rect = QRect(QPoint(min(a.x(), b.x()), a.top()), QPoint(max(a.x(), b.x()), a.bottom()))
    return rect.translated(view.viewport().mapTo(editor, QPoint(0, 0)))


def tinted_share(image: QImage, rect: QRect, want: QColor) -> float:
    """The share of pixels in `rect` (a grid, one in three) of colour `want`."""
    points = [(x, y) for x in range(rect.left() + 2, rect.right() - 1, 3)
              for y in range(rect.top() + 4, rect.bottom() - 3, 3)]
    assert len(points) > 20
    return sum(close(image.pixelColor(x, y), want) for x, y in points) / len(points)


def test_span_on_the_right_of_an_arabic_line_carries_label_colour(qtbot, editor, project,
                                                                  seed_doc, seed_text):
    # The first words of the second paragraph: an Arabic line starts at the right.
    start, end = seed_text.index("دعت قوات"), seed_text.index(" سوريا")
    span = project.spans.add(seed_doc, start, end, "ORG")
    editor.set_document(seed_doc)
    image = editor.grab().toImage()
    spanned = line_rect(editor, seed_text, start, end)
    viewport = editor.text_view().viewport()
    assert spanned.right() > viewport.mapTo(editor, QPoint(viewport.width() * 3 // 4, 0)).x()

    # The fill as the editor paints it: the label's colour at its fill opacity on the page.
    style = styles_for(project.labels.scheme())[span.label]
    want = blend(style.fill_color(), viewport.palette().base().color())
    assert not close(want, viewport.palette().base().color())  # a visible tint
    assert tinted_share(image, spanned, want) > 0.4  # the rest is glyphs and their edges

    # The next words on the same line carry no span: no pixel there has the tint.
    after = seed_text.index("الديمقراطية")
    unspanned = line_rect(editor, seed_text, end + 1, after + len("الديمقراطية"))
    assert unspanned.right() < spanned.left()
    assert tinted_share(image, unspanned, want) == 0


def test_text_is_unchanged_by_spans(qtbot, editor, project, seed_doc, seed_text):
    start = seed_text.index("بغداد") if "بغداد" in seed_text else seed_text.index("داعش")
    project.spans.add(seed_doc, start + 1, start + 3, "LOC")  # inside a word
    editor.set_document(seed_doc)
    doc = editor.text_view().document()
    assert doc.toPlainText() == seed_text.replace("\r\n", "\n")
    assert doc.allFormats().__len__() <= 3  # no character formats inserted for spans


def test_tooltip_and_tag_name_the_label(qtbot, ui, editor, project, seed_doc, seed_text):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip
    start, end = ui.find(seed_text, "قوات سوريا الديمقراطية")
    span = project.spans.add(seed_doc, start, end, "ORG")
    editor.set_document(seed_doc)
    ui.click(start + 2)  # caret inside the span: its tag is drawn
    editor.text_view().viewport().repaint()
    placed = [p for p in editor.text_view().placed if p.item.id == span.id]
    assert placed and placed[0].tags
    pos = ui.point(start + 2)
    assert editor.tooltip_at(pos, editor.text_view().viewport().mapToGlobal(pos))
    assert "ORG: قوات سوريا الديمقراطية" in QToolTip.text()
    assert not editor.tooltip_at(QPoint(2, 2), QPoint(2, 2))


def _glyph_extent(block, qs: int, qe: int) -> tuple[float, float]:
    """Left and right of the laid-out glyphs of block positions [qs, qe) (one line)."""
    rects = [r.boundingRect() for r in block.layout().glyphRuns(qs, qe - qs)]
    rects = [r for r in rects if r.width() > 0]
    return min(r.left() for r in rects), max(r.right() for r in rects)


def test_arabic_line_of_a_paragraph_with_a_number_elsewhere(qtbot, editor, project):
    """A number on one line does not change where a span on a line of Arabic only is drawn
    (such lines use caret positions, lines with the number the glyph runs)."""
    from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
    words = "قال الوزير إن الحكومة ستواصل دعم المدن المتضررة من الفيضانات "
    text = "في عام 2019 " + words * 12
    doc, _ = project.documents.add(text)
    editor.set_document(doc)
    view = editor.text_view()
    block, origin = visible_blocks(view)[0]
    info = BlockLines(block, origin)
    assert block.layout().lineCount() >= 3
    assert not info.lines[0][5] and info.lines[1][5]  # the number's line only is mixed
    ls, le = info.lines[1][0], info.lines[1][1]
    word = block.text().index("الحكومة", ls)
    qs, qe = word, word + len("الحكومة")
    assert qe <= le
    (rect,) = span_rects(info, block.position() + qs, block.position() + qe)
    left, right = _glyph_extent(block, qs, qe)
    assert abs(rect.left() - origin.x() - left) <= 1.5
    assert abs(rect.right() - origin.x() - right) <= 1.5
