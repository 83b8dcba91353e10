"""The middle of the window: the article's editor with the find bar under it."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.gui.models import LabelListModel
from annotator.gui.widgets.find_bar import FindBar


class ArticlePane(QWidget):
    def __init__(self, editor: QWidget, labels: LabelListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.find_bar = FindBar(lambda: self.editor, labels)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(editor, 1)
        self._layout.addWidget(self.find_bar)
        self.setFocusProxy(editor)

    def set_editor(self, editor: QWidget) -> None:
        """Swap in a new editor (another project opened); the find bar follows it."""
        old, self.editor = self.editor, editor
        self._layout.replaceWidget(old, editor)
        self.setFocusProxy(editor)
        self.find_bar.search()

    def document_shown(self) -> None:
        """A new document is in the editor: find the query again in it."""
        self.find_bar.search()
