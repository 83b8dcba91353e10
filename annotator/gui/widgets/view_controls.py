"""The View menu's behaviour: zoom and font size (remembered in Prefs), exact-character mode,
quote marks inside quotes (remembered) and the mirrored (right-to-left) window layout."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from annotator.core.prefs import Prefs
from annotator.gui.digits import arabic_digits, set_arabic_digits
from annotator.gui.dialogs.preferences import PreferencesDialog, Reading
from annotator.gui.dialogs.small import ask_font_size


class ViewControls(QObject):
    def __init__(self, actions, prefs: Prefs, editor: Callable[[], QWidget],
                 splitter: QSplitter, parent: QWidget):
        super().__init__(parent)
        self.prefs, self.editor, self.splitter = prefs, editor, splitter
        actions.zoom_in.triggered.connect(lambda: self._zoom(1))
        actions.zoom_out.triggered.connect(lambda: self._zoom(-1))
        actions.font_size.triggered.connect(self.choose_font_size)
        actions.exact_mode.toggled.connect(lambda on: self.editor().set_exact_mode(on))
        actions.quote_marks.setChecked(bool(prefs.get("quote_marks_inside")))
        actions.quote_marks.toggled.connect(self.set_quote_marks_inside)
        actions.rtl_layout.setChecked(QApplication.layoutDirection()
                                      == Qt.LayoutDirection.RightToLeft)
        actions.rtl_layout.toggled.connect(self.set_rtl_layout)
        self.exact_mode, self.quote_marks = actions.exact_mode, actions.quote_marks
        set_arabic_digits(prefs.get("digits") == "arabic")

    def prepare(self, editor) -> None:
        """Give a new editor the remembered font, size, spacing and the current mode."""
        if self.prefs.get("font_family"):
            editor.set_font_family(str(self.prefs.get("font_family")))
        if self.prefs.get("font_size"):
            editor.set_font_size(int(self.prefs.get("font_size")))
        if self.prefs.get("line_spacing"):
            editor.set_line_spacing(int(self.prefs.get("line_spacing")))
        # The editor zooms by itself too (Ctrl+wheel): remember those sizes.
        _FontWatcher(editor, lambda: self.prefs.set("font_size", editor.font_size()))
        editor.set_exact_mode(self.exact_mode.isChecked())
        editor.set_quote_marks_inside(self.quote_marks.isChecked())

    def _zoom(self, step: int) -> None:
        editor = self.editor()
        editor.zoom_in() if step > 0 else editor.zoom_out()
        self.prefs.set("font_size", editor.font_size())

    def choose_font_size(self) -> None:
        size = ask_font_size(self.parent(), self.editor().font_size())
        if size:
            self.editor().set_font_size(size)
            self.prefs.set("font_size", size)

    def edit_preferences(self) -> bool:
        """The Preferences dialog; True when a new choice was kept."""
        editor = self.editor()
        current = Reading(self.prefs.get("font_family") or "", editor.font_size(),
                          editor.line_spacing(), arabic_digits())
        dialog = PreferencesDialog(current, self.parent())
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return False
        chosen = dialog.reading()
        for key, value in (("font_family", chosen.family), ("font_size", chosen.size),
                           ("line_spacing", chosen.spacing),
                           ("digits", "arabic" if chosen.arabic_digits else "western")):
            self.prefs.set(key, value)
        editor.set_font_family(chosen.family)
        editor.set_font_size(chosen.size)
        editor.set_line_spacing(chosen.spacing)
        set_arabic_digits(chosen.arabic_digits)
        return True

    def set_quote_marks_inside(self, on: bool) -> None:
        self.prefs.set("quote_marks_inside", on)
        self.editor().set_quote_marks_inside(on)

    def set_rtl_layout(self, on: bool) -> None:
        self.prefs.set("rtl_layout", on)
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if on
                                        else Qt.LayoutDirection.LeftToRight)
        self.splitter.setSizes(self.splitter.sizes())  # the splitter mirrors only on relayout


class _FontWatcher(QObject):
    """Calls `changed` whenever the editor's text view changes font (its size, zoomed)."""

    def __init__(self, editor, changed: Callable[[], None]):
        super().__init__(editor)
        self.changed = changed
        editor.text_view().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.changed()
        return False
