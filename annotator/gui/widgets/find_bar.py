"""The find bar under the article (Ctrl+F): every hit highlighted, F3 / Shift+F3 to step, and
"mark all hits as LABEL" in one undoable step. Matching follows the project search: tashkeel,
tatweel and alef/hamza forms ignored, words found inside clitic-joined words (والرئيس,
بالرئيس, and للرئيس where ل + ال lost its alef: core/text/find.py)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QToolButton, QWidget)

from annotator.gui.digits import digits
from annotator.gui.icons import chevron_icon, close_icon
from annotator.gui.models import LabelListModel
from annotator.gui.models.roles import swatch


class FindBar(QWidget):
    def __init__(self, editor: Callable[[], object], labels: LabelListModel,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor, self.labels = editor, labels
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Find in this document…"))
        self.query.setToolTip(self.tr("Ignores tashkeel, tatweel and alef forms, and finds "
                                      "words inside longer words: بغداد also finds وبغداد"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.previous_button = self._tool(self.tr("Previous hit (Shift+F3)"))
        self.next_button = self._tool(self.tr("Next hit (F3)"))
        self.label_combo = QComboBox()
        self.label_combo.setObjectName("findLabel")
        self.label_combo.setToolTip(self.tr("The label that Mark all gives every hit"))
        self.mark_button = QPushButton(self.tr("Mark all"))
        self.mark_button.setObjectName("findMarkAll")
        self.mark_button.setToolTip(self.tr("Mark every hit with the chosen label, in one "
                                            "step (Edit > Undo takes them all back)"))
        self.close_button = self._tool(self.tr("Close the find bar (Escape)"))
        self._paint_icons()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.query, 3)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("as")))
        row.addWidget(self.label_combo, 1)
        row.addWidget(self.mark_button)
        row.addWidget(self.close_button)

        # The hit shown by the last search, not yet stepped from: Enter in the query keeps it
        # (Enter right after typing used to skip the first hit the search had just shown).
        self._fresh = False
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.next_button.clicked.connect(self.next_hit)
        self.previous_button.clicked.connect(self.previous_hit)
        self.mark_button.clicked.connect(self.mark_all)
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        labels.modelReset.connect(self._fill_labels)
        self._fill_labels()
        self.hide()

    def _tool(self, tip: str) -> QToolButton:
        button = QToolButton()
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _paint_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        self.previous_button.setIcon(chevron_icon(color, up=True))
        self.next_button.setIcon(chevron_icon(color, up=False))
        self.close_button.setIcon(close_icon(color))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: icons in text colour
            self._paint_icons()

    def _fill_labels(self) -> None:
        current = self.label_combo.currentData()
        self.label_combo.clear()
        for layer in self.labels.layers():
            for lab in self.labels.labels_in(layer):
                self.label_combo.addItem(swatch(lab.color), lab.name, lab.name)
        at = self.label_combo.findData(current)
        self.label_combo.setCurrentIndex(max(at, 0))

    # ---- opening and searching -------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the focus in it; a selection in the article becomes the query."""
        editor = self.editor()
        picked = editor.selected_text_range()
        if picked is not None and 0 < picked[1] - picked[0] <= 100:
            self.query.setText(" ".join(editor.text()[picked[0]:picked[1]].split()))
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        editor = self.editor()
        editor.set_find_hits([])
        editor.setFocus()

    def search(self) -> None:
        """Find the query again (typed, or a new document shown) and show the first hit at or
        after the caret."""
        self._timer.stop()
        editor = self.editor()
        if not self.isVisible():
            editor.set_find_hits([])
            return
        old, current = editor.find_hits(), self.current()
        view = editor.text_view()
        anchor = (old[current][0] if current is not None and current < len(old)
                  else view.renderer.offsets.from_qt(view.textCursor().selectionStart()))
        hits = editor.find_all(self.query.text())
        editor.set_find_hits(hits)
        if hits:  # refining the query keeps the place: the first hit from the old one on
            editor.show_hit(next((i for i, (s, _) in enumerate(hits) if s >= anchor), 0))
        self._fresh = bool(hits)
        self._update_count()

    def hits(self) -> list[tuple[int, int]]:
        return self.editor().find_hits()

    def current(self) -> int | None:
        return self.editor().text_view().find_hits.current

    def _enter(self) -> None:
        """Enter in the query: the first hit of what was typed, then the next ones."""
        if self._timer.isActive() or self._fresh:
            if self._timer.isActive():
                self.search()
            self._fresh = False
        else:
            self.next_hit()

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if self._timer.isActive():
            self.search()  # the query changed: its first hit is the step
            return
        self._fresh = False
        n = len(self.hits())
        if not n:
            return
        current = self.current()
        self.editor().show_hit(((current if current is not None else -step) + step) % n)
        self._update_count()

    def mark_all(self) -> None:
        label = self.label_combo.currentData()
        if self._timer.isActive():
            self.search()
        hits = self.hits()
        if not label or not hits:
            return
        added = self.editor().mark_ranges(hits, label)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(digits(self.tr(
                "%n new span(s) marked as %1", "", added).replace("%1", label)), 5000)

    def _update_count(self) -> None:
        n, current = len(self.hits()), self.current()
        if not self.query.text().strip():
            self.count.setText("")
        elif not n:
            self.count.setText(self.tr("No hits"))
        else:
            self.count.setText(digits(self.tr("%1 of %n", "hits", n).replace(
                "%1", str((current or 0) + 1))))
        self.mark_button.setEnabled(bool(n))
        self.previous_button.setEnabled(n > 1)
        self.next_button.setEnabled(n > 1)
