"""Suggestions in the editor: drawn, explained in a tooltip, accepted and rejected by keyboard
(undoable), hidden by a toggle; run for the shown document on demand; the model retrained in
the background as documents are marked done. Keys are Alt combinations and digits, so they
work with an Arabic keyboard layout too.

One suggestion is current: the one Alt+PgDown / Alt+PgUp went to, a click on a box chose, or
the one under the caret. Alt+Enter and Alt+Backspace answer it, whatever the mouse hovers, and
it is drawn strongly with its label. `message` says what a run or a training gave (counts,
scores, or why it failed, in one line) and `pending` how many suggestions are left.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QMenu, QToolTip

from annotator.core.events import SCHEME_KINDS, SPAN_KINDS, Change, Kind
from annotator.core.store.suggestions import Suggestion
from annotator.gui.digits import counted
from annotator.gui.editor import DocumentEditor
from annotator.gui.editor.suggestion_layer import SuggestionLayer
from annotator.gui.messages import error_text
from annotator.gui.suggestion_commands import AcceptMany, AcceptSuggestion, RejectSuggestion
from annotator.gui.suggestion_trainer import BackgroundTrainer

KEYS = {"accept": "Alt+Return", "reject": "Alt+Backspace", "accept_label": "Alt+Shift+Return",
        "accept_all": "Ctrl+Alt+Return", "next": "Alt+PgDown", "previous": "Alt+PgUp",
        "toggle": "Alt+0", "suggest": "Alt+Insert"}


class SuggestionController(QObject):
    message = Signal(str)  # a run's or a training's outcome, for the status bar
    pending = Signal(int)  # open suggestions left in the shown document

    def __init__(self, editor: DocumentEditor, parent: QObject | None = None):
        super().__init__(parent or editor)
        self.editor = editor
        self.layer = SuggestionLayer()
        view = editor.text_view()
        view.overlays.append(self.layer)
        view.viewport().installEventFilter(self)
        view.cursorPositionChanged.connect(self._caret_moved)
        self.trainer = BackgroundTrainer(editor.project, self)
        self.trainer.finished.connect(self._trained)
        self.trainer.started.connect(self._training)
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
        if self.layer.current is None:
            self._caret_moved()
        self.pending.emit(len(self.layer.items))
        self.editor.text_view().viewport().update()

    def left_text(self) -> str:
        """"N suggestions left" for the status bar ("" when there are none)."""
        n = len(self.layer.items)
        return counted(self.tr("%n suggestion(s) left", "", n)) if n else ""

    def _set_current(self, sug: Suggestion | None) -> None:
        new = sug.id if sug is not None else None
        if new != self.layer.current:
            self.layer.current = new
            self.editor.text_view().viewport().update()

    def _caret_moved(self) -> None:
        """The caret left the current suggestion: the one under it (if any) is current."""
        cur = self.layer.get(self.layer.current)
        pos = self._caret()
        if cur is not None and cur.start <= pos <= cur.end:
            return
        hits = self.layer.at(pos)
        self._set_current(hits[0] if hits else None)

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
        """The current suggestion (what Alt+Enter answers), else the one at the caret."""
        if not self.layer.active():
            return None
        cur = self.layer.get(self.layer.current)
        if cur is not None:
            return cur
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
        """Make the next (step 1) or previous suggestion current and move the caret to it;
        from the current one, in order (nested ones starting together included)."""
        if not self.layer.active():
            return
        items = self.layer.items
        cur = self.layer.get(self.layer.current)
        pos = self._caret()
        if cur is not None and cur.start <= pos <= cur.end:
            i = items.index(cur) + (1 if step > 0 else -1)
            sug = items[i] if 0 <= i < len(items) else None
        else:
            sug = self.layer.after(pos) if step > 0 else self.layer.before(pos)
        if sug is None:
            self.message.emit(self.tr("No more suggestions that way"))
            return
        view = self.editor.text_view()
        cursor = view.textCursor()
        cursor.setPosition(view.renderer.offsets.to_qt(sug.start))
        view.setTextCursor(cursor)
        self._set_current(sug)  # after the caret moved (that picks the one at the caret)
        view.ensureCursorVisible()
        self.message.emit(self.describe(sug))

    def describe(self, sug: Suggestion) -> str:
        words = " ".join(self.editor.text()[sug.start:sug.end].split())
        words = words if len(words) <= 50 else words[:47] + "…"
        return self.tr("Suggested {label}: {words} (Alt+Enter accepts, Alt+Backspace rejects)"
                       ).format(label=sug.label, words=words)

    def suggest_now(self) -> None:
        """Run the suggesters (the model too once trained) on the shown document."""
        from annotator.suggest.runner import build, suggest_documents
        from annotator.suggest.training import model_state
        doc = self.editor.document_id()
        if doc is None:
            return
        project = self.editor.project
        try:
            damaged = ""
            if self._suggesters is None:
                state = model_state(project)   # a damaged model: the others still run
                which = ["names", "quotes"] + (["model"] if state is None else [])
                self._suggesters = build(project, which)
                damaged = state if state not in (None, "missing") else ""
            summary = suggest_documents(project, self._suggesters, [doc])
        except Exception as exc:  # a broken model or gazetteer: one line, the window goes on
            self._say(self.tr("Suggesting failed: %1").replace("%1", error_text(exc)))
            return
        by = ", ".join(f"{name} {counted(str(n))}" for name, n in sorted(summary.by_origin.items())
                       if n)
        text = counted(self.tr("%n new suggestion(s)", "", summary.stored))
        if by:
            text += f" ({by})"
        if damaged:
            text += f"; {damaged}"
        self._say(text + " · " + (self.left_text() or self.tr("none left")))

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def _training(self) -> None:
        self._say(self.tr("Retraining the suggestion model in the background…"))

    def _trained(self, ok: bool, message: str) -> None:
        self._suggesters = None  # the next run loads the new model
        model = self.editor.project.models.load("entity-crf") if ok else None
        if model is None:
            self._say(self.tr("Training the suggestion model failed: %1").replace(
                "%1", message or self.tr("no reason given")))
            return
        info = model.info
        text = counted(self.tr("Suggestion model retrained on %n done document(s)", "",
                               model.documents))
        if "f1" in info:
            text += self.tr(": F1 {f1:.2f} (precision {p:.2f}, recall {r:.2f})").format(
                f1=info["f1"], p=info.get("precision", 0.0), r=info.get("recall", 0.0))
        self._say(text)

    # ---- tooltip ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self.layer.active():
            mouse: QMouseEvent = event  # type: ignore[assignment]
            hits = self.layer.hits(mouse.position())
            if hits and mouse.button() == Qt.MouseButton.LeftButton:
                self._set_current(hits[0])  # a click on a box makes it current
                self.message.emit(self.describe(hits[0]))
            return False
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
        lines.append(self.tr("A click makes it the current suggestion; Alt+Enter accepts the "
                             "current suggestion, Alt+Backspace rejects it"))
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
    # what is left and what a run or a training gave, where the annotator looks
    left = getattr(window, "_suggestions_left", None)
    if left is None:
        left = window._suggestions_left = QLabel()
        left.setObjectName("suggestionsLeft")
        left.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(left)
    controller.pending.connect(lambda _n: left.setText(controller.left_text()))
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 15000))
    left.setText(controller.left_text())
    return controller
