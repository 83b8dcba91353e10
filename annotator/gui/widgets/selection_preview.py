"""While text is selected, the status bar shows what a label key would mark: the words and
offsets after snapping to whole tokens (or the exact characters in exact mode), so a span
inside a word is made right the first time."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.snap import snap_selection
from annotator.gui.widgets.style import LRM

translate = QCoreApplication.translate

_SHOWN = 40  # characters of the words shown; the offsets say the rest


def preview_text(text: str, picked: tuple[int, int] | None, exact: bool,
                 pressed: int | None = None) -> str:
    if picked is None:
        return ""
    edges = snap_selection(text, *picked, exact=exact, pressed=pressed)
    if edges is None:
        return "→ " + translate("SelectionPreview", "nothing to mark")
    words = " ".join(text[edges[0]:edges[1]].split())
    if len(words) > _SHOWN:
        words = words[:_SHOWN - 1] + "…"
    how = (translate("SelectionPreview", "exact") if exact
           else translate("SelectionPreview", "snapped"))
    return f"→ «{words}» {LRM}{edges[0]}–{edges[1]} ({how})"


class SelectionPreview(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selectionPreview")
        self.setContentsMargins(8, 0, 8, 0)
        self._editor = None

    def follow(self, editor) -> None:
        """Show the selections of `editor` (the window's current one)."""
        self._editor = editor
        editor.text_view().selectionChanged.connect(lambda ed=editor: self._update(ed))
        editor.exactModeChanged.connect(lambda _on, ed=editor: self._update(ed))
        self._update(editor)

    def _update(self, editor) -> None:
        if editor is not self._editor:
            return
        self.setText(preview_text(editor.text(), editor.selected_text_range(),
                                  editor.exact_mode(), editor.drag_pressed()))
