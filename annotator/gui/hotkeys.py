"""Key presses to label hotkeys by key code, so an Arabic keyboard layout changes nothing.

Under an Arabic layout the "1" key types "1" or "١" and the "Q" key types "ض"; the key code
still says Key_1 / Key_Q (or, on some systems, the Arabic letter or Arabic-Indic digit itself),
and that is what is matched, never event.text(). The editor (matching presses) and the Labels
dialog (capturing a new hotkey) both use this one mapping.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

_KEY_0, _KEY_9, _KEY_A, _KEY_Z = 0x30, 0x39, 0x41, 0x5A
_KEY_F1, _KEY_F12 = int(Qt.Key.Key_F1), int(Qt.Key.Key_F12)

# Arabic (101) PC layout: the letter each physical Latin key types. Qt reports these letters as
# the key code of a letter key when an Arabic layout is active on X11.
_ARABIC_LAYOUT = dict(zip(
    "ضصثقفغعهخحشسيبلاتنمئءؤرىةوزظ",
    "QWERTYUIOPASDFGHJKLZXCVNM" + ",./"))


def hotkey_from_key(key: int, native_virtual_key: int = 0) -> str:
    """The hotkey ("1", "Q", "F3") for a key press, or "" for a key that cannot be one."""
    if _KEY_0 <= key <= _KEY_9 or _KEY_A <= key <= _KEY_Z:
        return chr(key)
    if _KEY_F1 <= key <= _KEY_F12:
        return f"F{key - _KEY_F1 + 1}"
    for zero in (0x0660, 0x06F0):      # Arabic-Indic and Eastern Arabic-Indic digits
        if zero <= key <= zero + 9:
            return str(key - zero)
    latin = _ARABIC_LAYOUT.get(chr(key)) if 0 < key < 0x110000 else None
    if latin and latin.isalpha():
        return latin
    # On Windows the virtual key of a letter or digit key is its Latin code on any layout.
    if sys.platform == "win32" and (_KEY_0 <= native_virtual_key <= _KEY_9
                                    or _KEY_A <= native_virtual_key <= _KEY_Z):
        return chr(native_virtual_key)
    return ""


def hotkey_of_event(event: QKeyEvent) -> tuple[str, bool]:
    """(hotkey, exact): the hotkey of a plain or Ctrl key press; Ctrl asks for exact characters.
    ("", False) for presses with other modifiers (Alt, Shift combinations are not hotkeys)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        return "", False
    hotkey = hotkey_from_key(int(event.key()), event.nativeVirtualKey())
    return hotkey, mods == Qt.KeyboardModifier.ControlModifier
