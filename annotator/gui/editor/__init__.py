"""The document editor: right-to-left reading view, span drawing, hotkeys and span editing."""
from annotator.gui.editor.editor import DocumentEditor
from annotator.gui.editor.fonts import register_fonts

__all__ = ["DocumentEditor", "register_fonts"]
