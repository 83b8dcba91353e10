"""While text is selected, the status bar shows what a label key would mark: the words and
offsets after snapping to whole tokens (or the exact characters in exact mode, or while Ctrl
is held), the same range the editor outlines (gui/editor/mark_preview.py).

The line mixes the interface's direction with an Arabic snippet and numbers, so each part is
a Unicode isolate: the snippet in FSI…PDI (it takes its own direction and cannot pull the
quote marks or the arrow across), the offsets in LRI…PDI (0–10 reads 0–10 in the Arabic
interface too), and the line starts with the interface's own direction mark.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate

FSI, LRI, PDI, LRM, RLM = "\u2068", "\u2066", "\u2069", "\u200e", "\u200f"
_SHOWN = 40  # characters of the words shown; the offsets say the rest


def preview_text(text: str, edges: tuple[int, int] | None, exact: bool,
                 rtl: bool = False, selected: bool = True) -> str:
    """The status line for `edges` (what would be marked) of a selection in `text`; "" when
    nothing is selected. `rtl`: the interface reads right to left."""
    if not selected:
        return ""
    mark, arrow = (RLM, "←") if rtl else (LRM, "→")
    if edges is None:
        return f"{mark}{arrow} " + translate("SelectionPreview", "nothing to mark")
    words = " ".join(text[edges[0]:edges[1]].split())
    if len(words) > _SHOWN:
        words = words[:_SHOWN - 1] + "…"
    how = (translate("SelectionPreview", "exact") if exact
           else translate("SelectionPreview", "snapped"))
    return f"{mark}{arrow} «{FSI}{words}{PDI}» {LRI}{edges[0]}–{edges[1]}{PDI} ({how})"


def plain(line: str) -> str:
    """The preview without its direction marks and isolates (for tests and logs)."""
    return line.translate({ord(c): None for c in (FSI, LRI, PDI, LRM, RLM)})


class SelectionPreview(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selectionPreview")
        self.setContentsMargins(8, 0, 8, 0)
        self._editor = None

    def follow(self, editor) -> None:
        """Show the selections of `editor` (the window's current one)."""
        self._editor = editor
        editor.mark_preview.changed.connect(lambda ed=editor: self._update(ed))
        self._update(editor)

    def _update(self, editor) -> None:
        if editor is not self._editor:
            return
        marks = editor.mark_preview
        self.setText(preview_text(editor.text(), marks.range, marks.exact, self.isRightToLeft(),
                                  marks.selected))
