"""The Labels dialog, driven through its real widgets: each action changes the store as intended."""
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QColorDialog, QMessageBox

from annotator.core.palette import PALETTE
from annotator.gui.label_widgets import hotkey_from_key
from annotator.gui.labels_dialog import LabelsDialog

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن"


@pytest.fixture
def dialog(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, 4, 10, "PER")
    project.spans.add(doc, 14, 19, "LOC")
    project.spans.add(doc, 23, 30, "PER")
    d = LabelsDialog(project)
    qtbot.addWidget(d)
    d.show()
    return d


def names(project):
    return [lab.name for lab in project.labels.scheme().labels]


def span_labels(project):
    return sorted(r[0] for r in project.conn.execute("SELECT label FROM spans"))


def click_row(qtbot, d, name):
    item = d.list._item(name)
    rect = d.list.visualItemRect(item)
    qtbot.mouseClick(d.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.name_edit.text() == name


def press(widget, key, text="", mods=Qt.KeyboardModifier.NoModifier):
    """A key press as the keyboard sends it: key code and the text the layout types."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))


def type_arabic(widget, text):
    """Typing under an Arabic layout (QTest.keyClicks only knows Latin keys)."""
    for ch in text:
        press(widget, ord(ch) if ch != " " else Qt.Key.Key_Space, ch)


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_shows_the_scheme(dialog, project):
    assert dialog.list.names() == names(project)
    assert dialog.name_edit.text() == "PER" and dialog.hotkey_edit.text() == "1"
    assert dialog.list.topLevelItem(0).text(3) == "2"          # PER's spans
    assert "said_by: QUOTE → PER | ORG" in dialog.relations_label.text()
    assert dialog.list.topLevelItem(0).toolTip(0) == project.labels.scheme().label("PER").description


def test_add_then_name_it(qtbot, dialog, project):
    with qtbot.waitSignal(dialog.schemeChanged):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    new = project.labels.scheme().labels[-1]
    assert (new.name, new.layer, new.hotkey) == ("NEW", "entity", "7")
    assert new.color in PALETTE and dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "GPE")       # the name is selected: typing replaces it
    with qtbot.waitSignal(dialog.schemeChanged):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert names(project)[-1] == "GPE" and dialog.list.names()[-1] == "GPE"


def test_rename_renames_spans(qtbot, dialog, project):
    type_into(qtbot, dialog.name_edit, "PERS")
    assert span_labels(project) == ["LOC", "PERS", "PERS"]
    assert names(project)[0] == "PERS" and dialog.list.names()[0] == "PERS"


def test_rename_clash_is_refused_with_message(qtbot, dialog, project):
    type_into(qtbot, dialog.name_edit, "LOC")
    assert "already a label 'LOC'" in dialog.message.text()
    assert names(project)[:3] == ["PER", "ORG", "LOC"] and span_labels(project) == [
        "LOC", "PER", "PER"]
    assert dialog.name_edit.text() == "PER"


@pytest.mark.parametrize("key, text, expected", [
    (Qt.Key.Key_8, "8", "8"),
    (Qt.Key.Key_8, "٨", "8"),                      # Arabic layout types an Arabic-Indic digit
    (0x0668, "٨", "8"),                            # ... or reports the digit itself as the key
    (Qt.Key.Key_G, "ل", "G"),                       # Arabic layout: the G key types ل
    (0x0636, "ض", "Q"),                            # X11 reports the Arabic letter as the key
    (Qt.Key.Key_F5, "", "F5"),
])
def test_hotkey_is_captured_from_the_key_not_the_text(qtbot, dialog, project, key, text,
                                                      expected):
    click_row(qtbot, dialog, "LOC")
    qtbot.mouseClick(dialog.hotkey_edit, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.schemeChanged):
        press(dialog.hotkey_edit, key, text)
    assert project.labels.scheme().label("LOC").hotkey == expected
    assert dialog.hotkey_edit.text() == expected and dialog.list._item("LOC").text(2) == expected


def test_hotkey_clash_and_ignored_keys(qtbot, dialog, project):
    click_row(qtbot, dialog, "LOC")
    press(dialog.hotkey_edit, Qt.Key.Key_1, "1")
    assert "hotkey 1 is already used by PER" in dialog.message.text()
    assert project.labels.scheme().label("LOC").hotkey == "3" and dialog.hotkey_edit.text() == "3"
    press(dialog.hotkey_edit, Qt.Key.Key_9, "9", Qt.KeyboardModifier.ControlModifier)
    press(dialog.hotkey_edit, Qt.Key.Key_Q, "Q", Qt.KeyboardModifier.ShiftModifier)
    press(dialog.hotkey_edit, Qt.Key.Key_Comma, "و")
    press(dialog.hotkey_edit, Qt.Key.Key_Escape)
    assert project.labels.scheme().label("LOC").hotkey == "3" and dialog.isVisible()
    press(dialog.hotkey_edit, Qt.Key.Key_Backspace)
    assert project.labels.scheme().label("LOC").hotkey == "" and dialog.message.text() == ""


def test_hotkey_from_key_plain_function():
    assert hotkey_from_key(int(Qt.Key.Key_0)) == "0" and hotkey_from_key(0x06F3) == "3"
    assert hotkey_from_key(int(Qt.Key.Key_F12)) == "F12"
    assert hotkey_from_key(int(Qt.Key.Key_Space)) == "" and hotkey_from_key(0x0648) == ""


def test_colour_from_the_picker(qtbot, dialog, project, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#117733"))
    click_row(qtbot, dialog, "ORG")
    with qtbot.waitSignal(dialog.schemeChanged):
        qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    assert project.labels.scheme().label("ORG").color == "#117733"
    assert dialog.color_button.text() == "#117733"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor())   # cancelled
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    assert project.labels.scheme().label("ORG").color == "#117733"


def test_description_is_saved_and_becomes_the_tooltip(qtbot, dialog, project):
    click_row(qtbot, dialog, "MISC")
    dialog.description_edit.setFocus()
    dialog.description_edit.selectAll()
    type_arabic(dialog.description_edit, "أحداث وأعمال")
    qtbot.waitUntil(lambda: project.labels.scheme().label("MISC").description == "أحداث وأعمال")
    assert dialog.list._item("MISC").toolTip(0) == "أحداث وأعمال"
    type_arabic(dialog.description_edit, " فنية")
    dialog.close()        # closing at once still saves what was typed
    assert project.labels.scheme().label("MISC").description == "أحداث وأعمال فنية"


def test_layer_choice(qtbot, dialog, project):
    click_row(qtbot, dialog, "MISC")
    dialog.layer_combo.setFocus()
    with qtbot.waitSignal(dialog.schemeChanged):
        qtbot.keyClick(dialog.layer_combo, Qt.Key.Key_Down)
    assert project.labels.scheme().label("MISC").layer == "quote"
    assert dialog.list._item("MISC").text(1) == "quote"


def test_attributes(qtbot, dialog, project):
    click_row(qtbot, dialog, "CLAIM")
    type_into(qtbot, dialog.attributes_edit, "checkable = yes | no; source = named | anonymous")
    assert project.labels.scheme().label("CLAIM").attributes == {
        "checkable": ["yes", "no"], "source": ["named", "anonymous"]}
    type_into(qtbot, dialog.attributes_edit, "checkable")
    assert "cannot read 'checkable'" in dialog.message.text()
    assert project.labels.scheme().label("CLAIM").attributes["checkable"] == ["yes", "no"]


def test_move_up_and_down(qtbot, dialog, project):
    click_row(qtbot, dialog, "CLAIM")
    for _ in range(2):
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert names(project) == ["PER", "ORG", "LOC", "CLAIM", "MISC", "QUOTE"]
    click_row(qtbot, dialog, "PER")
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert names(project) == ["ORG", "PER", "LOC", "CLAIM", "MISC", "QUOTE"]
    assert dialog.list.names() == names(project) and dialog.name_edit.text() == "PER"


def test_drag_order_is_written(qtbot, dialog, project):
    # What the list emits after a drop: the whole new order.
    order = ["QUOTE", "CLAIM", "PER", "ORG", "LOC", "MISC"]
    with qtbot.waitSignal(dialog.schemeChanged):
        dialog.list.orderChanged.emit(order)
    assert names(project) == order == dialog.list.names()


def test_remove_unused_and_used(qtbot, dialog, project, monkeypatch):
    click_row(qtbot, dialog, "MISC")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "MISC" not in names(project) and dialog.name_edit.text() == "QUOTE"
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question
    click_row(qtbot, dialog, "PER")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "PER is used by 2 spans" in asked[0] and "PER" in names(project)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.schemeChanged):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "PER" not in names(project) and span_labels(project) == ["LOC"]
    assert dialog.list.names() == names(project)


def test_name_typed_then_clicking_another_row_renames_and_moves_on(qtbot, dialog, project):
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "PERSON")
    item = dialog.list._item("ORG")
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.list.visualItemRect(item).center())
    assert names(project)[:2] == ["PERSON", "ORG"]
    assert span_labels(project) == ["LOC", "PERSON", "PERSON"]
    assert dialog.name_edit.text() == "ORG"


def test_remove_every_label_then_add(qtbot, dialog, project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    for _ in range(6):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert names(project) == [] and not dialog.form.isEnabled()
    assert not dialog.remove_button.isEnabled() and span_labels(project) == []
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert names(project) == ["NEW"] and dialog.form.isEnabled()
