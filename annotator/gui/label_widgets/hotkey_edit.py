"""A field that records a label hotkey from one key press, whatever the keyboard layout.

The key code, not the typed text, decides: under an Arabic layout the "1" key types "1" or "١"
and the "Q" key types "ض", but both still mean hotkeys "1" and "Q". The mapping is
annotator/gui/hotkeys.py, shared with the editor.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from annotator.gui.hotkeys import hotkey_from_key


class HotkeyEdit(QLineEdit):
    """Shows a hotkey; focus it and press a key to change it, Backspace/Delete to clear it.
    Emits hotkeyCaptured(str) with the new hotkey ("" when cleared)."""

    hotkeyCaptured = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)      # nothing is typed into it; keys are captured instead
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setPlaceholderText(self.tr("none: click, then press a key"))
        self.setToolTip(self.tr("Click here and press a digit, a letter or F1-F12. It is "
                                "matched on the key itself, so it works with an Arabic "
                                "keyboard layout too. Backspace clears it."))
        self._hotkey = ""

    def hotkey(self) -> str:
        return self._hotkey

    def set_hotkey(self, key: str) -> None:
        """Show a hotkey without emitting (used when loading a label, or to undo a refusal)."""
        self._hotkey = key
        self.setText(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (int(Qt.Key.Key_Backspace), int(Qt.Key.Key_Delete)):
            self._capture("")
        elif key == int(Qt.Key.Key_Escape):
            self.clearFocus()        # leave the hotkey as it was; do not close the dialog
        elif key in (int(Qt.Key.Key_Tab), int(Qt.Key.Key_Backtab)):
            super().keyPressEvent(event)
            return
        elif mods != Qt.KeyboardModifier.NoModifier:
            pass                     # Shift/Ctrl/Alt combinations are not label hotkeys
        elif captured := hotkey_from_key(key, event.nativeVirtualKey()):
            self._capture(captured)
        event.accept()

    def _capture(self, key: str) -> None:
        self.set_hotkey(key)
        self.hotkeyCaptured.emit(key)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setPlaceholderText(self.tr("press a key…"))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setPlaceholderText(self.tr("none: click, then press a key"))
