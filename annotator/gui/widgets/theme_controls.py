"""View > Colour scheme: follow the system, or always light, or always dark (remembered)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.core.prefs import Prefs
from annotator.gui.theme import SCHEMES, Theme, apply_theme, wanted_theme
from annotator.gui.widgets.style import window_style


class ThemeControls(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, prefs: Prefs,
                 themed: Callable[[Theme], None]):
        super().__init__(window)
        self.window, self.prefs, self.themed = window, prefs, themed
        texts = {"system": self.tr("Follow the &system"), "light": self.tr("&Light"),
                 "dark": self.tr("&Dark")}
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for name in SCHEMES:
            action = QAction(texts[name], window, checkable=True)
            action.setObjectName(f"colorScheme-{name}")
            self.group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.choose(n))
            self.actions[name] = action
        choice = self.choice()
        self.actions[choice].setChecked(True)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def _system_changed(self, _scheme) -> None:
        # A closed window (its project closed too) has nothing to repaint.
        if self.window.isVisible() and self.choice() == "system":
            self.apply()

    def choice(self) -> str:
        value = self.prefs.get("color_scheme")
        return value if value in SCHEMES else "system"

    def choose(self, name: str) -> None:
        self.prefs.set("color_scheme", name)
        self.actions[name].setChecked(True)
        self.apply()

    def apply(self) -> Theme:
        theme = wanted_theme(self.choice())
        apply_theme(theme)
        self.window.setStyleSheet(window_style(theme))
        self.themed(theme)
        return theme
