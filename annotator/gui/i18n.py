"""The interface language: English or Arabic, from the system locale unless the annotator chose
one (View > Language, remembered as "language" in preferences; applies at the next start).

Arabic loads resources/translations/annotator_ar.qm and Qt's own qtbase_ar.qm (standard
buttons, file dialogs), makes the whole window right to left and sets the default locale, so
numbers and dates follow it. English loads annotator_en.qm, which only holds plural forms.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core.resources import resources_dir

# Each in its own language, as the menu shows them.
LANGUAGES = {"en": "English", "ar": "العربية"}
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def chosen_language(saved: str | None) -> str:
    return saved if saved in LANGUAGES else system_language()


def install_language(language: str) -> bool:
    """Load the translations of `language` into the running application (replacing any loaded
    before) and lay the window out in its direction. False if its file is missing."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ok = True
    ours = QTranslator(app)
    if ours.load(f"annotator_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = language == "en"  # English needs only its plural forms; the sources are English
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    locale = QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.English,
                     QLocale.Country.AnyCountry if language == "ar"
                     else QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                               else Qt.LayoutDirection.LeftToRight)
    return ok


def current_language() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"
