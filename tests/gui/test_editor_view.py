"""The reading view: font, direction and alignment per paragraph, zoom, scheme reloads."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from annotator.gui.editor import register_fonts


def test_bundled_arabic_font_is_used(editor):
    assert "Noto Sans Arabic" in register_fonts()
    assert QFontInfo(editor.text_view().font()).family() == "Noto Sans Arabic"


def test_each_paragraph_by_its_own_direction(qtbot, editor, project):
    doc, _ = project.documents.add("قال الوزير في بغداد\nThe minister said in Baghdad")
    editor.set_document(doc)
    view = editor.text_view()
    arabic = view.document().begin()
    latin = arabic.next()
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert latin.textDirection() == Qt.LayoutDirection.LeftToRight
    width = view.viewport().width()
    assert arabic.layout().lineAt(0).naturalTextRect().left() > width / 2   # flush right
    assert latin.layout().lineAt(0).naturalTextRect().left() < width / 4    # flush left
    assert view.isReadOnly()


def test_zoom_keys_and_limits(qtbot, window_on_seed):
    editor = window_on_seed.editor  # the zoom keys are the window's View actions
    view = editor.text_view()
    size = editor.font_size()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert editor.font_size() == size + 1
    qtbot.keyClick(view, Qt.Key.Key_Plus,  # Ctrl++ typed as Ctrl+Shift+=
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.font_size() == size + 2
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert editor.font_size() == size - 1
    assert editor.text_view().font().pointSize() == size - 1
    editor.set_font_size(500)
    assert editor.font_size() == 48


def test_exact_mode_key_toggles_and_signals(qtbot, ui, editor):
    with qtbot.waitSignal(editor.exactModeChanged) as got:
        ui.press(Qt.Key.Key_E, "ث", Qt.KeyboardModifier.ControlModifier)
    assert got.args == [True] and editor.exact_mode()


def test_reload_scheme_picks_up_new_hotkeys_and_colours(qtbot, ui, editor, project, seed_doc,
                                                        seed_text):
    project.conn.execute("UPDATE labels SET hotkey = 'Q', color = '#117733' WHERE name = 'LOC'")
    editor.reload_scheme()
    assert editor.text_view().renderer.styles["LOC"].color.name() == "#117733"
    ui.drag(*ui.find(seed_text, "دير الزور"))
    ui.press(Qt.Key.Key_Q, "ض")  # the Q key types ض under an Arabic layout
    assert ui.span_texts(project, seed_doc) == [("LOC", "دير الزور")]


def test_set_document_none_shows_nothing(qtbot, editor):
    stacks = []
    editor.undoStackChanged.connect(stacks.append)
    editor.set_document(None)
    assert editor.document_id() is None and editor.undo_stack() is None
    assert editor.text_view().toPlainText() == "" and stacks == [None]
    editor.apply_label("PER")  # nothing to do, nothing breaks
    assert not editor.delete_selected_span()


def test_long_document_loads_spans_past_the_first_page(qtbot, editor, project):
    text = ("كلمة " * 20_000) + "دمشق"
    doc, _ = project.documents.add(text)
    first = project.spans.add(doc, 0, 4, "MISC")
    last = project.spans.add(doc, len(text) - 4, len(text), "LOC")
    editor.set_document(doc)  # only the first page's spans are read at once...
    assert editor.text_view().renderer.index.get(first.id) is not None
    editor.select_span(last.id)  # ...but any use of a later span completes the index
    placed = [p.item.id for p in editor.text_view().renderer.place()]
    assert last.id in placed
    editor.set_document(doc)
    for _ in range(100):  # the rest is read when the event loop is idle (a counted wait)
        if editor.text_view().renderer.index.loaded_to is None:
            break
        QApplication.processEvents()
    assert editor.text_view().renderer.index.loaded_to is None
    assert sorted(editor.span_ids()) == sorted([first.id, last.id])


def test_editor_closed_before_the_rest_of_its_spans_are_read(qtbot, project):
    """The idle read of a long document's spans dies with the editor: no late callback."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from annotator.gui.editor import DocumentEditor
    text = ("كلمة " * 20_000) + "دمشق"
    doc, _ = project.documents.add(text)
    project.spans.add(doc, len(text) - 4, len(text), "LOC")
    ed = DocumentEditor(project, "tester")
    ed.set_document(doc)
    assert ed.text_view().renderer.index.loaded_to is not None
    ed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    with qtbot.capture_exceptions() as errors:
        qtbot.wait(20)  # where a pending idle read would run
    assert not errors


def test_second_document_restarts_the_idle_read(qtbot, editor, project):
    text = ("كلمة " * 20_000) + "دمشق"
    first, _ = project.documents.add(text)
    second, _ = project.documents.add(text + " حلب")
    late = project.spans.add(second, len(text) + 1, len(text) + 4, "LOC")
    editor.set_document(first)
    editor.set_document(second)
    qtbot.waitUntil(lambda: editor.text_view().renderer.index.loaded_to is None)
    assert editor.span_ids() == [late.id]


def test_showing_the_middle_of_a_long_document_reads_only_up_to_there(qtbot, editor, project):
    """Before the idle read, a paint further down reads the spans it shows (and a little
    more), not the whole document."""
    from PySide6.QtGui import QTextCursor
    text = ("كلمة " * 20 + "\n") * 2_000 + "دمشق"  # paragraphs: a paint looks at a few
    doc, _ = project.documents.add(text)
    middle = project.spans.add(doc, 101_000, 101_004, "LOC")
    last = project.spans.add(doc, len(text) - 4, len(text), "LOC")
    editor.set_document(doc)
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.renderer.offsets.to_qt(middle.start))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    assert middle.id in [p.item.id for p in view.renderer.place()]
    index = view.renderer.index
    assert index.loaded_to is not None and index.get(last.id) is None
    qtbot.waitUntil(lambda: view.renderer.index.loaded_to is None)
    assert editor.span_ids() == [middle.id, last.id]
