"""What the editor draws: Arabic right-aligned, spans in their label's colour, no markup."""
from PySide6.QtGui import QColor, QImage

from annotator.gui.editor.styles import FILL_ALPHA


def tinted(color: QColor, alpha: float = FILL_ALPHA) -> QColor:
    """The label colour blended over a white page at the fill's opacity."""
    mix = [round(alpha * c + (1 - alpha) * 255) for c in (color.red(), color.green(),
                                                          color.blue())]
    return QColor(*mix)


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_span_on_the_right_of_an_arabic_line_carries_label_colour(qtbot, editor, project,
                                                                  seed_doc, seed_text):
    # The first word of the second paragraph: an Arabic line starts at the right.
    start = seed_text.index("دعت")
    span = project.add_span(seed_doc, start, start + 3, "ORG")
    editor.set_document(seed_doc)
    view = editor.text_view()
    image: QImage = view.viewport().grab().toImage()
    rects = [r for p in view.renderer.place() if p.item.id == span.id for r in p.rects]
    assert rects, "the span is not drawn"
    rect = rects[0]
    assert rect.left() > view.viewport().width() * 0.75  # right-hand side: right-aligned RTL
    label = QColor(project.scheme().label("ORG").color)
    want = tinted(label)
    # Sample a column of pixels in the span away from the glyphs; most should be the tint.
    x = int(rect.center().x())
    samples = [image.pixelColor(x, int(rect.top() + dy)) for dy in range(6, int(rect.height()) - 6)]
    assert sum(close(c, want) for c in samples) >= len(samples) // 3
    # Outside the span, the page stays white.
    outside = image.pixelColor(int(rect.left()) - 30, int(rect.center().y()) - 12)
    assert not close(outside, want)


def test_text_is_unchanged_by_spans(qtbot, editor, project, seed_doc, seed_text):
    start = seed_text.index("بغداد") if "بغداد" in seed_text else seed_text.index("داعش")
    project.add_span(seed_doc, start + 1, start + 3, "LOC")  # inside a word
    editor.set_document(seed_doc)
    doc = editor.text_view().document()
    assert doc.toPlainText() == seed_text.replace("\r\n", "\n")
    assert doc.allFormats().__len__() <= 3  # no character formats inserted for spans


def test_tooltip_and_tag_name_the_label(qtbot, ui, editor, project, seed_doc, seed_text):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip
    start, end = ui.find(seed_text, "قوات سوريا الديمقراطية")
    span = project.add_span(seed_doc, start, end, "ORG")
    editor.set_document(seed_doc)
    ui.click(start + 2)  # caret inside the span: its tag is drawn
    editor.text_view().viewport().repaint()
    placed = [p for p in editor.text_view().placed if p.item.id == span.id]
    assert placed and placed[0].tags
    pos = ui.point(start + 2)
    assert editor.tooltip_at(pos, editor.text_view().viewport().mapToGlobal(pos))
    assert "ORG: قوات سوريا الديمقراطية" in QToolTip.text()
    assert not editor.tooltip_at(QPoint(2, 2), QPoint(2, 2))
