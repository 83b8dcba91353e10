"""Light and dark colour schemes: the system's by default, or the one chosen in View >
Colour scheme (remembered in preferences as "color_scheme": system, light or dark).

The window gets an explicit palette (the Fusion style honours it on every platform), and the
editor gets the page and text colours its span styles are checked against
(tests/gui/test_theme.py: every fill, line, outline, tag and find hit stays legible).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    dark: bool
    base: str        # the page the article is read on
    text: str
    window: str      # panels and toolbars
    button: str
    alternate: str   # every other row of the lists
    highlight: str
    highlighted_text: str
    mid: str         # frames
    hint: str        # secondary text (counts, hints)
    link: str


LIGHT = Theme(False, base="#FFFFFF", text="#1B1B1B", window="#F3F3F3", button="#F6F6F6",
              alternate="#F7F7F9", highlight="#2F6FD6", highlighted_text="#FFFFFF",
              mid="#B8B8B8", hint="#5F6368", link="#1A5FB4")
DARK = Theme(True, base="#1E1E1E", text="#E6E6E6", window="#2A2B2E", button="#34363A",
             alternate="#25262A", highlight="#2F65C8", highlighted_text="#FFFFFF",
             mid="#55585E", hint="#A4A8AE", link="#8AB4F8")


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def wanted_theme(choice: str | None) -> Theme:
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def palette_for(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, theme.window), (roles.WindowText, theme.text),
                        (roles.Base, theme.base), (roles.AlternateBase, theme.alternate),
                        (roles.Text, theme.text), (roles.Button, theme.button),
                        (roles.ButtonText, theme.text), (roles.Highlight, theme.highlight),
                        (roles.HighlightedText, theme.highlighted_text),
                        (roles.ToolTipBase, theme.base), (roles.ToolTipText, theme.text),
                        (roles.PlaceholderText, theme.hint), (roles.Link, theme.link),
                        (roles.Mid, theme.mid), (roles.BrightText, "#FFFFFF")):
        pal.setColor(role, QColor(color))
    # 3D shading of the Fusion style: lighter and darker than the buttons.
    button = QColor(theme.button)
    pal.setColor(roles.Light, button.lighter(150 if theme.dark else 110))
    pal.setColor(roles.Midlight, button.lighter(125 if theme.dark else 105))
    pal.setColor(roles.Dark, button.darker(160))
    pal.setColor(roles.Shadow, QColor("#000000"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.hint))
    return pal


_current: dict[str, Theme] = {"theme": LIGHT}


def apply_theme(theme: Theme) -> None:
    """Give the whole application the theme's palette (Fusion style: it follows the palette
    on Windows and macOS too, where the native styles would not go dark)."""
    app = QApplication.instance()
    if app is None:
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    _current["theme"] = theme  # first: widgets told of the new palette ask for the theme
    app.setPalette(palette_for(theme))


def current_theme() -> Theme:
    return _current["theme"]
