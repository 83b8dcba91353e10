"""Small widgets of the Labels dialog: hotkey capture and colour button."""
from annotator.gui.label_widgets.color_button import ColorButton
from annotator.gui.label_widgets.hotkey_edit import HotkeyEdit, hotkey_from_key

__all__ = ["ColorButton", "HotkeyEdit", "hotkey_from_key"]
