"""The document editor: right-to-left reading view, span drawing, hotkeys and span editing."""
from annotator.gui.editor.none_guard import guard_none

guard_none()  # before any painting: see none_guard.py

from annotator.gui.editor.editor import DocumentEditor  # noqa: E402
from annotator.gui.editor.fonts import register_fonts  # noqa: E402

__all__ = ["DocumentEditor", "register_fonts"]
