"""The Labels dialog: add, edit, reorder and remove the project's labels.

Every change goes to the store at once, in its own transaction (a rename reaches every span in
the same transaction); the store announces it, and the palette, span list, editor and undo
stacks follow. schemeChanged tells whoever opened the dialog that a change was written.
Refused changes (a name or hotkey clash) are explained under the form and leave the store as it
was. Relation types are shown, and edited in a scheme file (docs/schemes.md).
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTextEdit,
                               QVBoxLayout, QWidget)

from annotator.core.model import Label, Scheme
from annotator.core.scheme import SchemeError
from annotator.core.store import Project
from annotator.gui.digits import arg, digits
from annotator.gui.label_widgets import ColorButton, HotkeyEdit
from annotator.gui.label_widgets.attributes import format_attributes, parse_attributes
from annotator.gui.label_widgets.label_list import LabelList
from annotator.gui.messages import error_text


def _small(label: QLabel) -> None:
    """Notes in a slightly smaller font, in the normal text colour so they stay readable."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)


class LabelsDialog(QDialog):
    schemeChanged = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Labels"))
        self.setMinimumSize(760, 480)
        self._scheme = Scheme()
        self._current: Label | None = None

        self.list = LabelList(self)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)

        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(self.tr("Renaming also renames the label on every span"))
        self.layer_combo = QComboBox()
        self.color_button = ColorButton()
        self.hotkey_edit = HotkeyEdit()
        # QTextEdit, not QPlainTextEdit: it sets each paragraph's direction, so an Arabic
        # guideline line reads right to left.
        self.description_edit = QTextEdit()
        self.description_edit.setAcceptRichText(False)
        self.description_edit.setMinimumHeight(90)
        self.description_edit.setMaximumHeight(150)
        self.description_edit.setPlaceholderText(self.tr(
            "The guideline: what to mark with this label, and what not. Shown as its tooltip."))
        self.attributes_edit = QLineEdit()
        self.attributes_edit.setPlaceholderText(self.tr("e.g. kind = direct | indirect"))
        self.usage_label = QLabel()
        hint = QLabel(self.tr("Click the hotkey field and press a digit, a letter or an "
                              "F\u00a0key; it works with an Arabic keyboard layout too."))
        hint.setWordWrap(True)
        _small(hint)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Layer"), self.layer_combo)
        form.addRow(self.tr("&Colour"), self.color_button)
        form.addRow(self.tr("&Hotkey"), self.hotkey_edit)
        form.addRow("", hint)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow(self.tr("&Attributes"), self.attributes_edit)
        form.addRow("", self.usage_label)
        self.form = QWidget()
        self.form.setLayout(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.relations_label = QLabel()
        self.relations_label.setWordWrap(True)
        _small(self.relations_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # Enter in a field confirms that field only: no button may take it (and close the
        # dialog or open the colour picker).
        for button in (self.color_button, *self.buttons.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)

        top = QHBoxLayout()
        top.addLayout(left, 5)
        top.addWidget(self.form, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.relations_label)
        layout.addWidget(self.buttons)

        # Descriptions are saved shortly after typing stops, and on leaving the field.
        self._description_timer = QTimer(self, singleShot=True, interval=400)
        self._description_timer.timeout.connect(self._save_description)

        self.list.currentNameChanged.connect(self._show_label)
        self.list.orderChanged.connect(self._reorder)
        self.add_button.clicked.connect(self.add_label)
        self.remove_button.clicked.connect(self.remove_label)
        # Bound methods, not lambdas: a lambda holding self would keep the dialog alive.
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.name_edit.editingFinished.connect(self._rename)
        self.layer_combo.activated.connect(self._change_layer)
        self.color_button.colorChosen.connect(self._change_color)
        self.hotkey_edit.hotkeyCaptured.connect(self._change_hotkey)
        self.description_edit.textChanged.connect(self._description_timer.start)
        self.attributes_edit.editingFinished.connect(self._change_attributes)
        self.reload()

    # --- reading the store -----------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Re-read the scheme; keep (or move to) the selected label."""
        select = select or (self._current.name if self._current else None)
        self._scheme = self.project.labels.scheme()
        self.list.set_labels(self._scheme.labels, self.project.labels.usage())
        with QSignalBlocker(self.layer_combo):
            self.layer_combo.clear()
            self.layer_combo.addItems(self._scheme.layer_names())
        rels = [f"{r.name}: {' | '.join(r.heads)} → {' | '.join(r.tails)}"
                for r in self._scheme.relations]
        self.relations_label.setText(
            # isolated (U+2066..2069): the Latin names keep their order in an Arabic line
            (arg(self.tr("Relation types — %1"), "\u2066" + " · ".join(rels) + "\u2069") if rels
             else self.tr("No relation types"))
            + self.tr(". Edit them in a scheme file (labels export / labels import)."))
        self._select(select if select and self._scheme.label(select) else
                     (self._scheme.labels[0].name if self._scheme.labels else None))

    def _select(self, name: str | None) -> None:
        self.list.select(name)
        self._show_label(name or "")

    def _show_label(self, name: str) -> None:
        self._save_description()
        self._current = self._scheme.label(name) if name else None
        lab = self._current
        self.form.setEnabled(lab is not None)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(lab is not None)
        if lab is None:
            return
        blockers = [QSignalBlocker(w) for w in (self.name_edit, self.layer_combo,
                                                self.description_edit, self.attributes_edit)]
        self.name_edit.setText(lab.name)
        self.layer_combo.setCurrentText(lab.layer)
        self.color_button.set_color(lab.color)
        self.hotkey_edit.set_hotkey(lab.hotkey)
        self.description_edit.setPlainText(lab.description)
        self.attributes_edit.setText(format_attributes(lab.attributes))
        del blockers
        n = self.project.labels.usage().get(lab.name, 0)
        self.usage_label.setText(digits(self.tr("Used by %n span(s).", "", n)))

    # --- changes ---------------------------------------------------------------------------

    def _apply(self, change, select: str | None = None) -> bool:
        """Run one store change; on refusal show why and put the form back."""
        try:
            change()
        except SchemeError as exc:
            self.message.setText(error_text(exc))
            self.reload()
            return False
        self.message.clear()
        self.reload(select)
        self.schemeChanged.emit()
        return True

    def _update(self, **fields) -> bool:
        if self._current is None:
            return False
        name = self._current.name
        return self._apply(lambda: self.project.labels.update(name, **fields))

    def _rename(self) -> None:
        if self._current is None or self.name_edit.text().strip() == self._current.name:
            return
        old, new = self._current.name, self.name_edit.text().strip()
        self._apply(lambda: self.project.labels.rename(old, new), select=new)

    def _change_color(self, color: str) -> None:
        self._update(color=color)

    def _change_layer(self, _index: int) -> None:
        self._update(layer=self.layer_combo.currentText())

    def _change_hotkey(self, key: str) -> None:
        if self._current is not None and key != self._current.hotkey:
            self._update(hotkey=key)

    def _save_description(self) -> None:
        # Written without reloading the form, so typing is never interrupted.
        self._description_timer.stop()
        lab, text = self._current, self.description_edit.toPlainText().strip()
        if lab is None or text == lab.description:
            return
        try:
            self.project.labels.update(lab.name, description=text)
        except SchemeError as exc:
            self.message.setText(error_text(exc))
            return
        lab.description = text
        self.list.set_tooltip(lab.name, text)
        self.schemeChanged.emit()

    def _change_attributes(self) -> None:
        if self._current is None:
            return
        try:
            attributes = parse_attributes(self.attributes_edit.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        if attributes != self._current.attributes:
            self._update(attributes=attributes)

    def add_label(self) -> None:
        """Add a label with a free name, colour and hotkey, and put the cursor on its name."""
        layer = self._current.layer if self._current else self._scheme.layer_names()[0]
        names = {lab.name for lab in self._scheme.labels}
        name = next(f"NEW{i or ''}" for i in range(len(names) + 1) if f"NEW{i or ''}" not in names)
        if self._apply(lambda: self.project.labels.add(name, layer), select=name):
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def remove_label(self) -> None:
        if self._current is None:
            return
        name = self._current.name
        n = self.project.labels.span_count(name)
        if n and QMessageBox.question(
                self, self.tr("Remove label"),
                digits(self.tr("%1 is used by %n span(s). Remove the label and delete them?",
                               "", n)).replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        row = self.list.current_row()
        if self._apply(lambda: self.project.labels.remove(name, force=True)):
            labels = self._scheme.labels
            self._select(labels[min(row, len(labels) - 1)].name if labels else None)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        if self._current is None:
            return
        name, row = self._current.name, self.list.current_row()
        self._apply(lambda: self.project.labels.move(name, max(0, row + step)), select=name)

    def _reorder(self, names: list[str]) -> None:
        self._apply(lambda: self.project.labels.set_order(names))

    def done(self, result: int) -> None:
        self._save_description()    # typing then closing at once still saves
        self._rename()
        super().done(result)
