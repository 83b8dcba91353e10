"""Agreement in a window: the pairs, then documents and labels, each worst first. Enter on a
document opens it in the curation view (the queue is the documents, worst first)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from annotator.core.store import Project
from annotator.gui.digits import counted
from annotator.gui.team.background import Background, BusyBar
from annotator.team.agreement import GOLD, DocumentAgreement, agreement


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _worst_first(value: float | None) -> tuple[bool, float]:
    return (value is not None, value if value is not None else 0.0)


def _table(headers: list[str], name: str) -> QTreeWidget:
    table = QTreeWidget()
    table.setObjectName(name)
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(table: QTreeWidget, values: list[str], data: Any = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(table, values)
    for col in range(1, len(values)):
        if values[col] == "—" or values[col].replace(".", "").lstrip("-").isdigit():
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
    item.setData(0, Qt.ItemDataRole.UserRole, data)
    return item


def compute(layer: str, gold: str, progress: Any = None) -> Any:
    """The job run in the background: the report and each document's figures."""
    def job(project: Project, stop: Any) -> tuple[dict[str, Any], list[DocumentAgreement]]:
        per_doc: list[DocumentAgreement] = []

        def on_document(doc: DocumentAgreement) -> None:
            per_doc.append(doc)
            if progress is not None and len(per_doc) % 50 == 0:
                progress.emit(len(per_doc))
        report = agreement(project, layer=layer, gold=gold, on_document=on_document, stop=stop)
        return report, per_doc
    return job


class AgreementView(QDialog):
    curate = Signal(object, int)  # queue of document ids (worst first), the one to open
    computed = Signal(object)   # doc id -> its F1 (for the document list's column)
    progressed = Signal(int)    # documents counted so far (emitted from the worker)

    def __init__(self, project: Project, gold: str = GOLD, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Agreement"))
        self.setObjectName("agreementView")
        self.project, self.gold = project, gold
        self.queue: list[int] = []
        self.values: dict[int, float | None] = {}
        self.layer = QComboBox()
        self.layer.setObjectName("agreementLayer")
        for (name,) in project.conn.execute("SELECT name FROM layers ORDER BY position"):
            self.layer.addItem(name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pairs = _table([tr("Pair"), tr("Documents"), tr("F1 exact"), tr("F1 overlap"),
                             tr("Kappa")], "agreementPairs")
        self.documents = _table([tr("Document"), tr("Annotators"), tr("F1 exact"),
                                 tr("Alpha")], "agreementDocuments")
        self.documents.itemActivated.connect(self._open)
        self.labels = _table([tr("Label"), tr("Alpha"), tr("Kappa"), tr("F1 exact")],
                             "agreementLabels")
        self.labels.headerItem().setToolTip(2, tr("Cohen's kappa, mean over the pairs"))
        self.labels.headerItem().setToolTip(3, tr("Span F1 (exact), mean over the pairs"))
        self.busy = BusyBar()
        self.busy.cancel.clicked.connect(self._cancel)
        self.background = Background(str(project.path), self)
        self.background.succeeded.connect(self._show)
        self.background.failed.connect(self._failed)
        self.background.busy.connect(self._busy)
        self.progressed.connect(self._progress)
        hint = QLabel(tr("Worst first. Enter or double-click a document to curate it."))
        hint.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Layer:")))
        top.addWidget(self.layer)
        top.addWidget(self.summary, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.documents)
        split.addWidget(self.labels)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.pairs)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        self.layer.currentTextChanged.connect(lambda _: self.refresh())
        self.resize(920, 620)
        self.refresh()

    def refresh(self) -> None:
        """Compute in the background (minutes on a large project); _show draws the figures."""
        self.background.run(compute(self.layer.currentText() or "entity", self.gold,
                                    self.progressed))

    def is_computing(self) -> bool:
        return self.background.is_busy()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.busy.text.setText(tr("Computing agreement…"))
            self.summary.clear()

    def _progress(self, count: int) -> None:
        self.busy.text.setText(counted(self.tr("Computing agreement… %n document(s) so far", "",
                                               count)))

    def _cancel(self) -> None:
        self.background.cancel()
        self.summary.setText(tr("Agreement not computed (cancelled)."))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    @Slot(object)
    def _show(self, result: tuple[dict[str, Any], list[DocumentAgreement]]) -> None:
        report, per_doc = result
        self.summary.setText(counted(
            self.tr("%n document(s) finished by two or more of %1 · alpha %2", "",
                    report["documents"]),
            ", ".join(report["annotators"]) or "—", fmt(report["alpha"])))
        self.pairs.clear()
        for pair in report["pairs"]:
            _item(self.pairs, [f"{pair['a']} / {pair['b']}", str(pair["documents"]),
                               fmt(pair["f1_exact"]), fmt(pair["f1_overlap"]),
                               fmt(pair["kappa"])])
        rows_height = sum(self.pairs.sizeHintForRow(i) for i in range(len(report["pairs"])))
        self.pairs.setFixedHeight(self.pairs.header().sizeHint().height() + rows_height
                                  + 2 * self.pairs.frameWidth() + 4)
        self.documents.clear()
        titles = dict(self.project.conn.execute("SELECT id, title FROM documents"))
        per_doc.sort(key=lambda d: (_worst_first(d.f1_exact), _worst_first(d.alpha)))
        for doc in per_doc:
            _item(self.documents, [titles.get(doc.doc_id, str(doc.doc_id)),
                                   ", ".join(doc.annotators), fmt(doc.f1_exact), fmt(doc.alpha)],
                  doc.doc_id)
        self.queue = [d.doc_id for d in per_doc]
        self.labels.clear()
        rows = []
        for label, figures in report["by_label"].items():
            kappas = [p["by_label"][label]["kappa"] for p in report["pairs"]
                      if label in p["by_label"] and p["by_label"][label]["kappa"] is not None]
            f1s = [p["by_label"][label]["f1_exact"] for p in report["pairs"]
                   if label in p["by_label"]]
            rows.append((figures["alpha"], label, kappas, f1s))
        for alpha, label, kappas, f1s in sorted(rows, key=lambda r: _worst_first(r[0])):
            _item(self.labels, [label, fmt(alpha),
                                fmt(sum(kappas) / len(kappas) if kappas else None),
                                fmt(sum(f1s) / len(f1s) if f1s else None)])
        first = self.documents.topLevelItem(0)
        if first is not None:
            self.documents.setCurrentItem(first)
        self.documents.setFocus()
        self.values = {d.doc_id: d.f1_exact for d in per_doc}
        self.computed.emit(self.values)

    def hideEvent(self, event: Any) -> None:  # closed: the figures are no longer wanted
        self.background.cancel()
        super().hideEvent(event)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.curate.emit(self.queue, doc_id)
