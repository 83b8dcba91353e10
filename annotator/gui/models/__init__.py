"""Qt item models over the project store: documents, spans of a document, labels."""
from annotator.gui.models.documents import DocumentListModel
from annotator.gui.models.labels import LabelListModel
from annotator.gui.models.roles import Roles
from annotator.gui.models.spans import SpanListModel

__all__ = ["DocumentListModel", "LabelListModel", "Roles", "SpanListModel"]
