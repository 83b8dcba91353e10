"""Making spans with the mouse and the label hotkeys, on the seed article."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.core.model import Origin


def test_drag_and_hotkey_makes_span_of_exact_words(qtbot, ui, editor, project, seed_doc, seed_text):
    start, end = ui.find(seed_text, "قوات سوريا الديمقراطية")
    ui.drag(start, end)
    assert editor.selected_text_range() == (start, end)
    ui.press(Qt.Key.Key_2, "2")
    spans = project.spans.of(seed_doc)
    assert [(s.label, seed_text[s.start:s.end]) for s in spans] == [
        ("ORG", "قوات سوريا الديمقراطية")]
    assert spans[0].annotator == "tester" and spans[0].origin == Origin.MANUAL
    assert editor.selected_span_id() == spans[0].id


def test_sloppy_selection_snaps_to_words_and_leaves_quote_marks_out(qtbot, ui, editor, project,
                                                                     seed_doc, seed_text):
    # From inside the opening quote mark to the middle of the next word but one.
    start, _ = ui.find(seed_text, "“الباغوز”")
    ui.drag(start, start + 5)
    ui.press(Qt.Key.Key_3, "3")
    assert ui.span_texts(project, seed_doc) == [("LOC", "الباغوز")]


def test_hotkey_works_with_arabic_layout(qtbot, ui, editor, project, seed_doc, seed_text):
    start, end = ui.find(seed_text, "دير الزور")
    ui.drag(start, end)
    # The "3" key under an Arabic layout types an Arabic-Indic digit; the key code is Key_3.
    ui.press(Qt.Key.Key_3, "٣")
    start2, end2 = ui.find(seed_text, "داعش", 1)
    ui.drag(start2, end2)
    ui.press(Qt.Key.Key_2, "ض")  # whatever letter the layout produces
    assert ui.span_texts(project, seed_doc) == [("ORG", "داعش"), ("LOC", "دير الزور")] or \
        sorted(ui.span_texts(project, seed_doc)) == sorted([("ORG", "داعش"), ("LOC", "دير الزور")])


def test_span_inside_a_word_in_exact_mode(qtbot, ui, editor, project, seed_doc, seed_text):
    word_start, word_end = ui.find(seed_text, "ببلدة")
    editor.set_exact_mode(True)
    ui.drag(word_start + 1, word_end)
    ui.press(Qt.Key.Key_3, "3")
    assert ui.span_texts(project, seed_doc) == [("LOC", "بلدة")]


def test_ctrl_hotkey_is_exact_once(qtbot, ui, editor, project, seed_doc):
    text = "قال الوزير في وبغداد اليوم"
    doc, _ = project.documents.add(text)
    editor.set_document(doc)
    start, end = ui.find(text, "بغداد")
    ui.drag(start, end)
    ui.press(Qt.Key.Key_3, "3", Qt.KeyboardModifier.ControlModifier)
    assert ui.span_texts(project, doc) == [("LOC", "بغداد")]
    assert not editor.exact_mode()
    # Without exact mode the same selection snaps to the whole word.
    ui.drag(start, end)
    ui.press(Qt.Key.Key_4, "4")
    assert ("MISC", "وبغداد") in ui.span_texts(project, doc)


def test_exact_mode_never_splits_tashkeel(qtbot, ui, editor, project):
    text = "زار الرَّئِيسُ بغداد"
    doc, _ = project.documents.add(text)
    editor.set_document(doc)
    editor.set_exact_mode(True)
    start, _ = ui.find(text, "الرَّئِيسُ")
    # A selection ending between the last letter and its damma (the mouse cannot make one,
    # a program can): the span still takes the damma.
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("الرَّئِيس"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    ui.press(Qt.Key.Key_1, "1")
    assert ui.span_texts(project, doc) == [("PER", "الرَّئِيسُ")]


def test_keyboard_selection_with_shift_arrows(qtbot, ui, editor, project, seed_doc, seed_text):
    start, end = ui.find(seed_text, "التحالف الدولي")
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    view.setTextCursor(cursor)
    for _ in range(2):  # two words, forwards in reading order
        qtbot.keyClick(view, Qt.Key.Key_Left,
                       Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    ui.press(Qt.Key.Key_2, "2")
    assert ui.span_texts(project, seed_doc) == [("ORG", "التحالف الدولي")]


def test_same_span_twice_is_not_duplicated(qtbot, ui, editor, project, seed_doc, seed_text):
    start, end = ui.find(seed_text, "داعش")
    for _ in range(2):
        ui.drag(start, end)
        ui.press(Qt.Key.Key_2, "2")
    assert project.spans.count(seed_doc) == 1


def test_offsets_after_emoji_and_crlf(qtbot, ui, editor, project):
    text = "خبر 🏥 عاجل\r\nوصل الوفد إلى 👍🏽 دمشق اليوم\r\nEnglish line with Damascus"
    doc, _ = project.documents.add(text)
    editor.set_document(doc)
    for word, key in (("دمشق", Qt.Key.Key_3), ("عاجل", Qt.Key.Key_4),
                      ("Damascus", Qt.Key.Key_3)):
        ui.drag(*ui.find(text, word))
        ui.press(key, "")
    assert sorted(ui.span_texts(project, doc)) == [("LOC", "Damascus"), ("LOC", "دمشق"),
                                                   ("MISC", "عاجل")]
    # An emoji with its skin tone is one token: selecting half of it takes all of it.
    start, end = ui.find(text, "👍🏽")
    editor.set_exact_mode(True)
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    qs = view.renderer.offsets.to_qt(start)
    cursor.setPosition(qs)
    cursor.setPosition(qs + 1, QTextCursor.MoveMode.KeepAnchor)  # half a surrogate pair
    view.setTextCursor(cursor)
    ui.press(Qt.Key.Key_4, "")
    assert ("MISC", "👍🏽") in ui.span_texts(project, doc)
