"""View > Language: English or العربية (after a restart, as the menu says), remembered."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from annotator.core.prefs import Prefs
from annotator.gui.i18n import LANGUAGES, chosen_language


class LanguageMenu(QObject):
    def __init__(self, window: QMainWindow, view_menu: QMenu, prefs: Prefs):
        super().__init__(window)
        self.window, self.prefs = window, prefs
        self.menu = view_menu.addMenu(self.tr("&Language (after a restart)"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        current = chosen_language(prefs.get("language"))
        for code, name in LANGUAGES.items():
            action = QAction("&" + name, window, checkable=True)  # Alt+E, Alt+ا
            action.setObjectName(f"language-{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        changed = chosen_language(self.prefs.get("language")) != code
        self.prefs.set("language", code)
        if changed:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                              self.tr("The interface will be in %1 the next time you start "
                                      "the application.").replace("%1", LANGUAGES[code]),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("languageBox")
            box.open()
