"""Suggestions in the editor: drawn, explained in a tooltip, accepted and rejected by keyboard
(undoable), hidden by a toggle; run for the shown document on demand; the model retrained in
the background as documents are marked done. Keys are Alt combinations and digits, so they
work with an Arabic keyboard layout too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolTip

from annotator.core.events import SCHEME_KINDS, SPAN_KINDS, Change, Kind
from annotator.core.store.suggestions import Suggestion
from annotator.gui.digits import counted
from annotator.gui.editor import DocumentEditor
from annotator.gui.editor.suggestion_layer import SuggestionLayer
from annotator.gui.suggestion_commands import AcceptMany, AcceptSuggestion, RejectSuggestion
from annotator.gui.suggestion_trainer import BackgroundTrainer

KEYS = {"accept": "Alt+Return", "reject": "Alt+Backspace", "accept_label": "Alt+Shift+Return",
        "accept_all": "Ctrl+Alt+Return", "next": "Alt+PgDown", "previous": "Alt+PgUp",
        "toggle": "Alt+0", "suggest": "Alt+Insert"}


class SuggestionController(QObject):
    def __init__(self, editor: DocumentEditor, parent: QObject | None = None):
        super().__init__(parent or editor)
        self.editor = editor
        self.layer = SuggestionLayer()
        view = editor.text_view()
        view.overlays.append(self.layer)
        view.viewport().installEventFilter(self)
        self.trainer = BackgroundTrainer(editor.project, self)
        self.trainer.finished.connect(self._trained)
        self.last_message = ""
        self.actions = self._make_actions()
        editor.undoStackChanged.connect(self._document_shown)
        # the store announces every suggestion change (CLI runs excepted: another process)
        self._subscription = editor.project.events.subscribe(
            self._announced, [Kind.SUGGESTIONS_CHANGED])
        # the suggesters (names read from every span, the model from the project file) are
        # built once and rebuilt after spans or the scheme changed, or the model was retrained
        self._suggesters: list | None = None
        self._stale_sub = editor.project.events.subscribe(
            self._spans_changed, SPAN_KINDS | SCHEME_KINDS | {Kind.BULK})
        # retrained when a write marks documents done (not counted at every document shown)
        self._status_sub = editor.project.events.subscribe_batches(
            self._statuses_changed, [Kind.STATUS_CHANGED, Kind.BULK])
        self.reload()

    def _make_actions(self) -> dict[str, QAction]:
        titles = {"accept": self.tr("&Accept suggestion"),
                  "reject": self.tr("&Reject suggestion"),
                  "accept_label": self.tr("Accept all suggestions of this &label"),
                  "accept_all": self.tr("Accept all suggestions in the &document"),
                  "next": self.tr("&Next suggestion"), "previous": self.tr("&Previous suggestion"),
                  "toggle": self.tr("Sho&w suggestions"),
                  "suggest": self.tr("&Suggest for this document")}
        slots = {"accept": self.accept_at_caret, "reject": self.reject_at_caret,
                 "accept_label": self.accept_label_at_caret, "accept_all": self.accept_all,
                 "next": lambda: self.go(1), "previous": lambda: self.go(-1),
                 "toggle": self.set_visible, "suggest": self.suggest_now}
        actions = {}
        for name, title in titles.items():
            act = QAction(title, self.editor)
            act.setShortcut(QKeySequence(KEYS[name]))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if name == "toggle":
                act.setCheckable(True)
                act.setChecked(True)
                act.toggled.connect(self.set_visible)
            else:
                act.triggered.connect(slots[name])
            self.editor.addAction(act)
            actions[name] = act
        return actions

    # ---- state ------------------------------------------------------------------------------
    def reload(self) -> None:
        doc = self.editor.document_id()
        self.layer.set([] if doc is None else self.editor.project.suggestions.for_document(doc))
        self.editor.text_view().viewport().update()

    def _spans_changed(self, change: Change) -> None:
        self._suggesters = None

    def _announced(self, change: Change) -> None:
        if change.doc_id == self.editor.document_id():
            self.reload()

    def _document_shown(self, _stack: object) -> None:
        self.reload()

    def _statuses_changed(self, changes: list[Change]) -> None:
        if any(c.kind is Kind.BULK or "done" in (c.old, c.new) for c in changes):
            self.trainer.maybe_train()

    def set_visible(self, on: bool) -> None:
        self.layer.visible = bool(on)
        if self.actions["toggle"].isChecked() != bool(on):
            self.actions["toggle"].setChecked(bool(on))
        self.editor.text_view().viewport().update()

    def _caret(self) -> int:
        view = self.editor.text_view()
        return view.renderer.offsets.from_qt(view.textCursor().position())

    def under_caret(self) -> Suggestion | None:
        if not self.layer.active():
            return None
        hits = self.layer.at(self._caret())
        return hits[0] if hits else None

    # ---- answers ----------------------------------------------------------------------------
    def _push(self, command) -> None:
        stack = self.editor.undo_stack()
        if stack is not None:
            stack.push(command)

    def accept_at_caret(self) -> None:
        sug = self.under_caret()
        if sug is not None:
            self._push(AcceptSuggestion(self.editor.project, sug.id, self.editor.annotator()))

    def reject_at_caret(self) -> None:
        sug = self.under_caret()
        if sug is not None:
            self._push(RejectSuggestion(self.editor.project, sug.id))

    def accept_label_at_caret(self) -> None:
        sug = self.under_caret()
        if sug is not None:
            self._accept([s.id for s in self.layer.items if s.label == sug.label],
                         self.tr("accept all {label} suggestions").format(label=sug.label))

    def accept_all(self) -> None:
        if self.layer.active():
            self._accept([s.id for s in self.layer.items],
                         self.tr("accept all suggestions"))

    def _accept(self, ids: list[int], text: str) -> None:
        doc = self.editor.document_id()
        if ids and doc is not None:
            self._push(AcceptMany(self.editor.project, doc, ids, self.editor.annotator(), text))

    def go(self, step: int) -> None:
        """Move the caret to the next (step 1) or previous suggestion."""
        if not self.layer.active():
            return
        pos = self._caret()
        sug = self.layer.after(pos) if step > 0 else self.layer.before(pos)
        if sug is None:
            return
        view = self.editor.text_view()
        cursor = view.textCursor()
        cursor.setPosition(view.renderer.offsets.to_qt(sug.start))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    def suggest_now(self) -> None:
        """Run the suggesters (the model too once trained) on the shown document."""
        from annotator.suggest.runner import build, suggest_documents
        from annotator.suggest.training import model_state
        doc = self.editor.document_id()
        if doc is None:
            return
        project = self.editor.project
        damaged = ""
        if self._suggesters is None:
            state = model_state(project)   # a damaged model: the others still run
            which = ["names", "quotes"] + (["model"] if state is None else [])
            self._suggesters = build(project, which)
            damaged = state if state not in (None, "missing") else ""
        summary = suggest_documents(project, self._suggesters, [doc])
        self.last_message = counted(self.tr("%n suggestion(s)", "", summary.stored)) + \
            (f"; {damaged}" if damaged else "")

    def _trained(self, ok: bool, message: str) -> None:
        self.last_message = message
        self._suggesters = None  # the next run loads the new model

    # ---- tooltip ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.layer.active():
            help_event: QHelpEvent = event  # type: ignore[assignment]
            hits = self.layer.hits(QPointF(help_event.pos()))
            if hits:
                QToolTip.showText(help_event.globalPos(), self.tooltip(hits),
                                  self.editor.text_view().viewport())
                return True
        return False

    def tooltip(self, hits: list[Suggestion]) -> str:
        text = self.editor.text()
        lines = []
        for s in hits:
            words = text[s.start:s.end]
            words = words if len(words) <= 60 else words[:57] + "…"
            lines.append(self.tr("suggested {label} by {origin} (score {score:.2f}): {words}")
                         .format(label=s.label, origin=s.origin, score=s.score, words=words))
        lines.append(self.tr("Alt+Enter accepts, Alt+Backspace rejects"))
        return "\n".join(lines)


def attach_suggestions(window, editor: DocumentEditor) -> SuggestionController:
    """Give an editor its suggestions and fill the window's Suggestions menu with its actions
    (the menu is made once; a new project's editor refills it)."""
    controller = SuggestionController(editor, editor)
    editor.suggestion_controller = controller  # type: ignore[attr-defined]
    menu = getattr(window, "_suggestion_menu", None)
    if menu is None:
        bar = window.menuBar()
        title = QCoreApplication.translate("MainWindow", "S&uggestions")
        menu = QMenu(title, window)
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, menu) if help_menu else bar.addMenu(menu)
        window._suggestion_menu = menu
    menu.clear()
    acts = controller.actions
    menu.addActions([acts["suggest"], acts["toggle"]])
    menu.addSeparator()
    menu.addActions([acts["next"], acts["previous"]])
    menu.addSeparator()
    menu.addActions([acts["accept"], acts["reject"], acts["accept_label"], acts["accept_all"]])
    return controller
