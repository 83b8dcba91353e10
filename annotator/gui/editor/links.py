"""Making links in the editor, by mouse or by keyboard, and keeping their drawing current.

With a quote or claim selected (any span the scheme links), the link key (Ctrl+K) or the
context menu starts a link. Then:
- click the other end (the speaker), or Tab / Shift+Tab to it and press Enter;
- or select the speaker's words (a pronoun, "مصدر مطلع") and press a label's key, or drag
  over them and pick the label: the span is marked and linked in one undo step;
- Escape cancels.
The relation type is the one the scheme allows for the pair; if several fit, a menu asks.
The controller follows the store's announcements, so a link made or removed anywhere (undo,
the span details, another window) is redrawn without being told.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu

from annotator.core.events import Change, Kind
from annotator.core.links import LinkChoice, can_start_link, link_choices, partner_labels
from annotator.core.snap import snap_selection
from annotator.gui.editor.link_index import LinkIndex
from annotator.gui.editor.link_paint import LinkPainter
from annotator.gui.hotkeys import hotkey_from_key, hotkey_of_event
from annotator.gui.link_commands import AddLink, MarkAndLink

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor

_K = Qt.Key
_M = Qt.KeyboardModifier
LINK_KEY = "Ctrl+K"
# Changes after which the shown document's links are read again.
_RELOADS = {Kind.BULK, Kind.LABEL_REMOVED, Kind.SCHEME_REPLACED, Kind.DOCUMENT_REMOVED}


class LinkController(QObject):
    hint = Signal(str)          # what to do next ("" when a link is made or cancelled)
    linkingChanged = Signal(bool)

    def __init__(self, editor: "DocumentEditor"):
        super().__init__(editor)
        self.editor = editor
        view = editor.text_view()
        self.painter = LinkPainter(view.renderer)
        view.span_overlays.append(self.painter.paint)
        self.source: int | None = None     # the span a link is being made from
        self.candidate: int | None = None  # the end picked by Tab, confirmed by Enter
        self.menu: QMenu | None = None     # open when asking for a type or a label
        # The key itself is read in eventFilter (any keyboard layout); the window's Link
        # action has it as its shortcut. This one is for the context menu.
        self.action = QAction(self.tr("&Link to…") + f"\t{LINK_KEY}", editor)
        self.action.triggered.connect(self.start)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._sub = editor.project.events.subscribe(self._follow)
        sub = self._sub
        self.destroyed.connect(lambda *_: sub.cancel())

    # ---- the shown document ------------------------------------------------------------
    def document_shown(self, doc_id: int | None) -> None:
        self.cancel()
        self.painter.text = self.editor.text()
        self.painter.links = LinkIndex(self.editor.project.spans.relations(doc_id)
                                       if doc_id is not None else [])

    def links_of(self, span_id: int):
        return self.painter.links.of(span_id)

    def _follow(self, change: Change) -> None:
        doc = self.editor.document_id()
        if doc is None or doc not in change.documents():
            if change.kind in (Kind.LABEL_REMOVED, Kind.SCHEME_REPLACED) and doc is not None:
                self.document_shown(doc)  # a removal may have taken links without naming them
            return
        if change.kind == Kind.RELATION_ADDED:
            self.painter.links.add(change.new)
        elif change.kind == Kind.RELATION_REMOVED:
            self.painter.links.remove(change.old.id)
        elif change.kind in _RELOADS:
            self.document_shown(doc)
        elif change.kind == Kind.SPAN_REMOVED and self.source in change.span_ids:
            self.cancel()
        else:
            return
        self.editor.text_view().viewport().update()

    # ---- link mode ---------------------------------------------------------------------
    def linking(self) -> bool:
        return self.source is not None

    def start(self) -> bool:
        """Start a link from the selected span; False (with a hint) if there is none to
        start from."""
        span_id = self.editor.selected_span_id()
        item = self.editor.span_index().get(span_id) if span_id is not None else None
        if item is None or not can_start_link(self.editor.scheme, item.label):
            self.hint.emit(self.tr("Select a quote or claim first (Tab goes from span to span), "
                                   "then press %1 to link it.").replace("%1", LINK_KEY))
            return False
        self.source, self.candidate = item.id, None
        self.painter.pending = None
        partners = ", ".join(partner_labels(self.editor.scheme, item.label))
        self.hint.emit(self.tr("Link %1 to a %2: click it, or Tab to it and press Enter; or "
                               "select new words and press a label key. Esc cancels.")
                       .replace("%1", item.label).replace("%2", partners))
        self.linkingChanged.emit(True)
        self.editor.text_view().viewport().update()
        return True

    def cancel(self) -> None:
        if self.source is None:
            return
        self.source = self.candidate = None
        self.painter.pending = None
        self.hint.emit("")
        self.linkingChanged.emit(False)
        self.editor.text_view().viewport().update()

    def _partners(self) -> list[str]:
        item = self.editor.span_index().get(self.source or -1)
        return partner_labels(self.editor.scheme, item.label) if item else []

    def candidates(self) -> list[int]:
        """Spans the source can be linked to, in the order Tab offers them: the nearest one
        ending before the source first (Arabic news names the speaker just before the quote:
        وقال أحمد سعيد: «...»), then those after it, nearest first, then the other ones
        before it, nearest first, then those that overlap it."""
        wanted = set(self._partners())
        index = self.editor.span_index()
        src = index.get(self.source or -1)
        text_len = len(self.editor.text())
        items = [it for it in index.overlapping(0, text_len + 1)
                 if it.label in wanted and it.id != self.source]
        if src is None:
            return [it.id for it in items]
        before = sorted((it for it in items if it.end <= src.start),
                        key=lambda it: (src.start - it.end, -it.start))
        after = sorted((it for it in items if it.start >= src.end),
                       key=lambda it: (it.start - src.end, it.end))
        inside = [it for it in items if it not in before and it not in after]
        return [it.id for it in before[:1] + after + before[1:] + inside]

    def step(self, forward: bool) -> None:
        """Tab / Shift+Tab in link mode: the next possible end in candidates() order."""
        ids = self.candidates()
        if not ids:
            self.hint.emit(self.tr("No span here can be linked to this one: select its words "
                                   "and press a label key to mark it."))
            return
        index = self.editor.span_index()
        if self.candidate in ids:
            i = (ids.index(self.candidate) + (1 if forward else -1)) % len(ids)
        else:  # Tab: the likeliest end first; Shift+Tab: from the other end of the list
            i = 0 if forward else len(ids) - 1
        self.candidate = ids[i]
        self.painter.pending = (self.source or 0, self.candidate)
        item = index.get(self.candidate)
        if item is not None:
            view = self.editor.text_view()
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.renderer.offsets.to_qt(item.start))
            view.setTextCursor(cursor)
            view.ensureCursorVisible()
        self.editor.text_view().viewport().update()

    def link_to(self, target: int, at: QPoint | None = None) -> bool:
        """Link the source to span `target`, asking for the type if several fit."""
        index = self.editor.span_index()
        src, dst = index.get(self.source or -1), index.get(target)
        if src is None or dst is None or src.id == dst.id:
            return False
        choices = link_choices(self.editor.scheme, src.label, dst.label)
        if not choices:
            self.hint.emit(self.tr("The scheme has no link from %1 to %2.")
                           .replace("%1", src.label).replace("%2", dst.label))
            return False
        self._choose(choices, lambda c: self._push_link(src.id, dst.id, c), at)
        return True

    def _push_link(self, src: int, dst: int, choice: LinkChoice) -> None:
        head, tail = choice.ends(src, dst)
        if any((r.head, r.tail, r.type) == (head, tail, choice.type)
               for r in self.painter.links.of(src)):
            self.hint.emit(self.tr("These two spans are already linked."))
        else:
            stack, doc = self.editor.undo_stack(), self.editor.document_id()
            if stack is not None and doc is not None:
                stack.push(AddLink(self.editor.project, doc, head, tail, choice.type,
                                   self.editor.annotator()))
        self._finish(src)

    def mark_and_link(self, label: str, exact: bool = False, at: QPoint | None = None) -> bool:
        """Mark the selected words as `label` and link the source to the new span."""
        picked = self.editor.selected_text_range()
        src = self.editor.span_index().get(self.source or -1)
        if picked is None or src is None:
            return False
        choices = link_choices(self.editor.scheme, src.label, label)
        if not choices:
            self.hint.emit(self.tr("The scheme has no link from %1 to %2.")
                           .replace("%1", src.label).replace("%2", label))
            return False
        edges = snap_selection(self.editor.text(), *picked, exact=exact or
                               self.editor.exact_mode(), pressed=self.editor.drag_pressed())
        if edges is None:
            return False

        def push(choice: LinkChoice) -> None:
            stack, doc = self.editor.undo_stack(), self.editor.document_id()
            if stack is None or doc is None:
                return
            stack.push(MarkAndLink(self.editor.project, doc, edges[0], edges[1], label,
                                   src.id, choice.type, choice.a_is_head,
                                   self.editor.annotator()))
            self.editor.collapse_selection()
            self._finish(src.id)
        self._choose(choices, push, at)
        return True

    def _finish(self, src: int) -> None:
        self.cancel()
        self.editor.set_selected(src)

    def _choose(self, choices: list[LinkChoice], then: Callable[[LinkChoice], None],
                at: QPoint | None) -> None:
        if len(choices) == 1:
            then(choices[0])
            return
        menu = self.menu = QMenu(self.editor)
        for choice in choices:
            act = menu.addAction(choice.type + (f" — {choice.description}"
                                                if choice.description else ""))
            act.triggered.connect(lambda _=False, c=choice: then(c))
        self._popup(menu, at)

    def _popup(self, menu: QMenu, at: QPoint | None) -> None:
        view = self.editor.text_view()
        point = at if at is not None else view.cursorRect().bottomLeft()
        menu.popup(view.viewport().mapToGlobal(point))
        menu.setActiveAction(menu.actions()[0] if menu.actions() else None)

    # ---- input -------------------------------------------------------------------------
    def on_click(self, pos: QPoint) -> bool:
        """A click in the text; True if it was taken (an off-screen tag, or link mode)."""
        tag = self.painter.tag_at(QPointF(pos))
        if tag is not None and not self.linking():
            self.editor.select_span(tag.target)
            return True
        if not self.linking():
            return False
        renderer = self.editor.text_view().renderer
        wanted = set(self._partners())
        hits = [it for it in renderer.hits(renderer.place(), QPointF(pos)) if it.label in wanted]
        if not hits:
            self.hint.emit(self.tr("Click a %1, or press Esc to stop linking.")
                           .replace("%1", ", ".join(sorted(wanted))))
            return True
        self.link_to(hits[0].id, pos)
        return True

    def _after_drag(self, pos: QPoint) -> None:
        """Words dragged over in link mode: offer to mark them as one of the partner labels."""
        if not self.linking() or self.editor.selected_text_range() is None:
            return
        menu = self.menu = QMenu(self.editor)
        for name in self._partners():
            label = self.editor.scheme.label(name)
            key = f"  ({label.hotkey})" if label and label.hotkey else ""
            act = menu.addAction(self.tr("Mark as %1 and link").replace("%1", name) + key)
            act.triggered.connect(lambda _=False, n=name: self.mark_and_link(n, at=pos))
        self._popup(menu, pos)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if (kind == QEvent.Type.MouseButtonRelease and self.linking()
                and obj is self.editor.text_view().viewport()):
            pos = event.position().toPoint()  # type: ignore[attr-defined]
            QTimer.singleShot(0, lambda: self._after_drag(pos))
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~_M.KeypadModifier
        if (mods == _M.ControlModifier and not self._label_on("K")
                and hotkey_from_key(int(key), event.nativeVirtualKey()) == "K"):
            # Ctrl+K under any keyboard layout (the action's shortcut may not match there)
            self.start() if not self.linking() else self.cancel()
            return True
        if not self.linking():
            return False
        if key == _K.Key_Escape:
            self.cancel()
        elif key in (_K.Key_Tab, _K.Key_Backtab) and not mods & ~_M.ShiftModifier:
            self.step(key == _K.Key_Tab and not mods & _M.ShiftModifier)
        elif key in (_K.Key_Return, _K.Key_Enter) and mods == _M.NoModifier:
            if self.candidate is not None:
                self.link_to(self.candidate)
        else:
            hotkey, exact = hotkey_of_event(event)
            label = self.editor.scheme.by_hotkey(hotkey) if hotkey else None
            if label is None or self.editor.selected_text_range() is None:
                return False
            if label.name not in self._partners():
                self.hint.emit(self.tr("A %1 cannot be linked here.").replace("%1", label.name))
            else:
                self.mark_and_link(label.name, exact)
        return True

    def _label_on(self, hotkey: str) -> bool:
        return self.editor.scheme.by_hotkey(hotkey) is not None
