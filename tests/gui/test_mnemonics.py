"""Every menu entry, in English and in Arabic, has one mnemonic (Alt+letter; Arabic letters
work under an Arabic keyboard layout), and no two entries of one menu, nor two menus of the
menu bar, share it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.prefs import Prefs
from annotator.gui.i18n import LANGUAGES, install_language
from annotator.gui.main_window import MainWindow

ARABIC_LETTERS = set("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ")


def menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """(menu title, its entries' texts) for the menu bar and every menu and submenu in it."""
    bar = [a for a in window.menuBar().actions() if not a.isSeparator()]
    out = [("menu bar", [a.text() for a in bar])]

    def walk(menu: QMenu) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator()]
        out.append((menu.title(), [a.text() for a in entries]))
        for action in entries:
            if action.menu():
                walk(action.menu())
    for action in bar:
        walk(action.menu())
    return out


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, project):
    install_language(request.param)
    project.documents.add("قال الرئيس في بغداد")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    yield request.param, w
    install_language("en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_menu_entry_has_its_own_mnemonic(window):
    language, w = window
    found = menus(w)
    assert len(found) >= 9 and sum(len(entries) for _, entries in found) >= 55
    for title, entries in found:
        keys: dict[str, str] = {}
        for text in entries:
            key = QKeySequence.mnemonic(text).toString()
            assert key, f"{language}: {title} > {text!r} has no mnemonic"
            assert text.count("&") - 2 * text.count("&&") == 1, text
            letter = text[text.index("&") + 1]
            if language == "ar" and text.replace("&", "") not in LANGUAGES.values():
                assert letter in ARABIC_LETTERS, f"{text!r}: Alt+{letter} is not on the layout"
            assert key not in keys, f"{language}: {title}: {text!r} and {keys[key]!r} share {key}"
            keys[key] = text


def test_alt_and_the_letter_opens_each_menu(window, qtbot):
    """The keys themselves: Alt with the underlined letter (an Arabic letter in Arabic, as an
    Arabic keyboard layout sends it) opens that menu of the menu bar."""
    language, w = window
    w.activateWindow()
    qtbot.waitExposed(w)
    for action in w.menuBar().actions():
        combo = QKeySequence.mnemonic(action.text())[0]
        key, letter = combo.key(), action.text()[action.text().index("&") + 1]
        target = QApplication.focusWidget() or w
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, int(key.value),
                                                     Qt.KeyboardModifier.AltModifier, letter))
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        popup = QApplication.activePopupWidget()
        assert popup is action.menu(), f"{language}: Alt+{letter} opened {popup}"
        popup.close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
