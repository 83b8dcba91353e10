"""Opening another project in the running window: the palette stays when the scheme does,
and building it never shows a label as a window of its own."""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


from annotator.core.model import Label
from annotator.core.store import Project
from annotator.gui.widgets.label_palette import LabelButton

TEXT = "وصل الوفد إلى القاهرة صباح اليوم"


class WindowsShown(QObject):
    def __init__(self):
        super().__init__()
        self.shown = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and getattr(obj, "isWindow", lambda: False)():
            self.shown.append(obj)
        return False


def test_a_label_button_shows_no_window(qtbot):
    spy = WindowsShown()
    button = LabelButton(Label("PER", "entity", "#E69F00", "1", "a person"))
    qtbot.addWidget(button)
    QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []


def test_the_palette_stays_for_the_same_scheme(qtbot, make_window, project, tmp_path):
    window = make_window(project)
    buttons = dict(window.label_palette.buttons)
    same = tmp_path / "same.annotator"
    with Project(same) as p:
        p.documents.add(TEXT)
    window.open_project_file(same)
    assert window.label_palette.buttons == buttons  # the very same buttons
    qtbot.waitUntil(lambda: window.editor.text_view().toPlainText() == TEXT)
    other = tmp_path / "other.annotator"
    with Project(other) as p:
        scheme = p.labels.scheme()
        scheme.labels.append(Label("EVENT", "entity", "#56B4E9", "9"))
        p.labels.write(scheme)
    window.open_project_file(other)
    assert set(window.label_palette.buttons) == set(buttons) | {"EVENT"}
    window.project.close()
