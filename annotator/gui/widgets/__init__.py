"""The panels the main window is composed of."""
from annotator.gui.widgets.document_panel import DocumentPanel
from annotator.gui.widgets.label_palette import LabelPalette
from annotator.gui.widgets.span_panel import SpanPanel
from annotator.gui.widgets.status_bar import StatusBar

__all__ = ["DocumentPanel", "LabelPalette", "SpanPanel", "StatusBar"]
