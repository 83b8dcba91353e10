"""Comfort: the Preferences dialog (article font, size, line spacing, digits), the first-run
name dialog, and readable document titles."""
from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextBlockFormat
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from annotator.core.prefs import Prefs
from annotator.gui import app
from annotator.gui.dialogs.annotator_name import AnnotatorNameDialog
from annotator.gui.dialogs.preferences import PreferencesDialog
from annotator.gui.editor.fonts import ARABIC_FAMILY, writes_arabic
from annotator.gui.main_window import MainWindow
from annotator.gui.models import Roles
from annotator.gui.widgets.text_direction import TextDirectionDelegate

LONG_TITLE = ("أعلنت وزارة الصحة في بيروت افتتاح مستشفى جديد في الجنوب بعد سنوات من الانتظار "
              "والمطالبات المتكررة من سكان المنطقة")


@pytest.fixture
def window(qtbot, project):
    project.documents.add(LONG_TITLE)
    project.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    return w


def when_shown(cls, act):
    """Run `act(dialog)` on the next modal dialog of class `cls` once it is up."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_preferences_set_font_size_spacing_and_digits(qtbot, window, project):
    def choose(dialog: PreferencesDialog) -> None:
        dialog.family.setCurrentIndex(dialog.family.findData("DejaVu Sans"))
        dialog.font_size.setValue(20)
        dialog.spacing.setValue(150)
        qtbot.mouseClick(dialog.arabic, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    when_shown(PreferencesDialog, choose)
    window.act.preferences.trigger()
    editor = window.editor
    assert editor.font_family() == "DejaVu Sans" and editor.font_size() == 20
    block = editor.text_view().document().firstBlock().blockFormat()
    assert block.lineHeight() == 150
    assert block.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert "المستند ١ من ٢" in window.status.text() or "Document ١ of ٢" in window.status.text()
    prefs = Prefs()
    assert (prefs.get("font_family"), prefs.get("font_size"), prefs.get("line_spacing"),
            prefs.get("digits")) == ("DejaVu Sans", 20, 150, "arabic")
    # the next document and the next start keep all of it
    window.act.next.trigger()
    assert editor.text_view().document().firstBlock().blockFormat().lineHeight() == 150
    again = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(again)
    assert (again.editor.font_family(), again.editor.font_size(),
            again.editor.line_spacing()) == ("DejaVu Sans", 20, 150)


def test_cancel_keeps_everything(qtbot, window):
    def cancel(dialog: PreferencesDialog) -> None:
        dialog.font_size.setValue(30)
        dialog.reject()
    when_shown(PreferencesDialog, cancel)
    window.act.preferences.trigger()
    assert window.editor.font_size() == 15 and Prefs().get("line_spacing") is None


def test_fonts_that_write_arabic_come_first(qtbot):
    dialog = PreferencesDialog(app_reading())
    qtbot.addWidget(dialog)
    families = [dialog.family.itemData(i) for i in range(dialog.family.count())]
    families = [f for f in families if f]  # the separator has no data
    assert families[0] == ARABIC_FAMILY and "bundled" in dialog.family.itemText(0)
    flags = [writes_arabic(f) for f in families]
    assert flags == sorted(flags, reverse=True)            # Arabic-capable, then the rest
    assert dialog.family.currentData() == ARABIC_FAMILY


def app_reading():
    from annotator.gui.dialogs.preferences import Reading
    return Reading("", 15, 100, False)


def test_first_run_asks_with_a_visible_title_and_no_login_name(qtbot, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    seen = {}

    def answer(dialog: AnnotatorNameDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["heading"] = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
        seen["prefilled"] = dialog.edit.text()
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.edit, "Sara Haddad")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    when_shown(AnnotatorNameDialog, answer)
    assert app.annotator_name(Prefs()) == "Sara Haddad"
    assert seen["title"] == "Who is annotating?"
    assert "Who is annotating?" in seen["heading"]
    assert seen["prefilled"] == "" and not seen["ok"]
    assert Prefs().get("annotator") == "Sara Haddad"


def test_document_titles_elide_at_the_end_of_their_reading_with_the_whole_title_on_hover(
        window):
    view = window.document_panel.view
    index = view.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_TITLE[:60])
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    delegate = view.itemDelegateForColumn(0)
    assert isinstance(delegate, TextDirectionDelegate)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        QApplication.setLayoutDirection(direction)
        from PySide6.QtWidgets import QStyleOptionViewItem
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        # laid out right to left, "elide right" drops the end of the reading (its left side)
        assert option.direction == Qt.LayoutDirection.RightToLeft
        assert index.data(Roles.Title)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
