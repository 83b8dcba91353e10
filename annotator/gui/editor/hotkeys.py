"""Key presses to label hotkeys by key code, so an Arabic keyboard layout changes nothing.

Under an Arabic layout the "1" key types "1" or "١" and the "Q" key types "ض"; the key code
still says Key_1 / Key_Q (or, on some systems, the Arabic-Indic digit itself), and that is
what is matched, never event.text().
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

_KEY_0, _KEY_9, _KEY_A, _KEY_Z = 0x30, 0x39, 0x41, 0x5A
_KEY_F1, _KEY_F12 = int(Qt.Key.Key_F1), int(Qt.Key.Key_F12)
# Arabic (101) layout: the letter each physical Latin key types, when a system reports it.
_ARABIC_LAYOUT = dict(zip("ضصثقفغعهخحشسيبلاتنمئءؤرىةوزظ", "QWERTYUIOPASDFGHJKLZXCVNM"))


def hotkey_of(key: int) -> str:
    """"1", "Q", "F3" for a key code, or "" if that key cannot be a label hotkey."""
    if _KEY_0 <= key <= _KEY_9 or _KEY_A <= key <= _KEY_Z:
        return chr(key)
    if _KEY_F1 <= key <= _KEY_F12:
        return f"F{key - _KEY_F1 + 1}"
    for zero in (0x0660, 0x06F0):  # Arabic-Indic and Eastern Arabic-Indic digits
        if zero <= key <= zero + 9:
            return str(key - zero)
    if 0 < key < 0x110000:
        return _ARABIC_LAYOUT.get(chr(key), "")
    return ""


def hotkey_of_event(event: QKeyEvent) -> tuple[str, bool]:
    """(hotkey, exact): the hotkey of a plain or Ctrl key press; Ctrl asks for exact characters.
    ("", False) for presses with other modifiers (Alt, Shift combinations are not hotkeys)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        return "", False
    return hotkey_of(int(event.key())), mods == Qt.KeyboardModifier.ControlModifier
