"""The bundled Arabic font, registered once so that a machine without Arabic fonts reads well."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

ARABIC_FAMILY = "Noto Sans Arabic"
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register Noto Sans Arabic from the fontpkg package (idempotent); returns the families
    added, or [] when the package or the file is missing (Qt then falls back to system fonts).
    Call after the QApplication exists."""
    if _registered:
        return list(_registered)
    try:
        import fontpkg
        path = fontpkg.path(ARABIC_FAMILY)
    except Exception:  # not installed, or a fontpkg without this face: not fatal
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id >= 0:
        _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def editor_font(point_size: int, family: str = "") -> QFont:
    """The reading font: `family`, or Noto Sans Arabic when registered; Latin falls back per
    character."""
    register_fonts()
    font = QFont(family or (ARABIC_FAMILY if ARABIC_FAMILY in _registered else ""))
    font.setPointSize(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def reading_families() -> list[str]:
    """Font families for the article: those that write Arabic first (the bundled one at the
    top), then the rest."""
    register_fonts()
    arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    first = [f for f in _registered if f in arabic] + [f for f in arabic if f not in _registered]
    return first + [f for f in QFontDatabase.families() if f not in arabic]


def writes_arabic(family: str) -> bool:
    return family in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
