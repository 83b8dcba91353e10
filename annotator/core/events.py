"""Change announcements: the store says what it changed; views, editors and undo stacks follow.

A plain callback registry, free of Qt. Changes announced inside a transaction wait until the
outermost transaction commits and are then delivered in order; a rollback drops them (a rolled
back savepoint drops only its own). Each change reaches each subscriber once; a subscriber that
raises is logged and the others still hear of the change. A view that redraws once per write
subscribes to batches: it gets the changes of one commit together. See docs/architecture.md.
"""
from __future__ import annotations

import inspect
import logging
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Iterable, Iterator

log = logging.getLogger(__name__)


class Kind(str, Enum):
    DOCUMENT_ADDED = "document_added"        # doc_id; new: Document
    DOCUMENT_REMOVED = "document_removed"    # doc_id; old: Document
    DOCUMENT_CHANGED = "document_changed"    # doc_id; field: "title" | "meta" | "note"; old, new
    SPAN_ADDED = "span_added"                # doc_id, span_ids; new: Span
    SPAN_REMOVED = "span_removed"            # doc_id, span_ids; old: Span
    SPAN_CHANGED = "span_changed"            # doc_id, span_ids; old, new: Span
    RELATION_ADDED = "relation_added"        # doc_id, span_ids (head, tail); new: Relation
    RELATION_REMOVED = "relation_removed"    # doc_id, span_ids (head, tail); old: Relation
    LABEL_ADDED = "label_added"              # new: Label
    LABEL_CHANGED = "label_changed"          # old, new: Label (colour, hotkey, layer, ...)
    LABEL_RENAMED = "label_renamed"          # old, new: names; doc_ids whose spans it renamed
    LABEL_REMOVED = "label_removed"          # old: Label; doc_ids whose spans it deleted
    LABELS_REORDERED = "labels_reordered"    # old, new: lists of names
    SCHEME_REPLACED = "scheme_replaced"      # new: Scheme; old: SchemeChanges (what apply()
                                             # changed) or None; doc_ids whose spans it deleted
    STATUS_CHANGED = "status_changed"        # doc_id, annotator; old, new: Status
    SUGGESTIONS_CHANGED = "suggestions_changed"  # doc_id, span_ids: the suggestion ids
    BULK = "bulk"                            # doc_ids: documents, spans, relations or statuses
                                             # written in bulk (import): reload what you show


DOCUMENT_KINDS = frozenset({Kind.DOCUMENT_ADDED, Kind.DOCUMENT_REMOVED, Kind.DOCUMENT_CHANGED})
SPAN_KINDS = frozenset({Kind.SPAN_ADDED, Kind.SPAN_REMOVED, Kind.SPAN_CHANGED,
                        Kind.RELATION_ADDED, Kind.RELATION_REMOVED})
SCHEME_KINDS = frozenset({Kind.LABEL_ADDED, Kind.LABEL_CHANGED, Kind.LABEL_RENAMED,
                          Kind.LABEL_REMOVED, Kind.LABELS_REORDERED, Kind.SCHEME_REPLACED})


@dataclass(frozen=True)
class Change:
    """One committed change. `old`/`new` are the values before and after (None for added /
    removed); see Kind for what each kind carries."""
    kind: Kind
    doc_id: int | None = None
    span_ids: tuple[int, ...] = ()
    old: Any = None
    new: Any = None
    doc_ids: tuple[int, ...] = ()   # every document touched, for kinds that reach many
    annotator: str | None = None
    field: str | None = None

    def documents(self) -> tuple[int, ...]:
        """Every document this change touches (doc_id and doc_ids together)."""
        if self.doc_id is None:
            return self.doc_ids
        return (self.doc_id,) + tuple(d for d in self.doc_ids if d != self.doc_id)


Callback = Callable[[Change], None]
BatchCallback = Callable[[list[Change]], None]


class Subscription:
    """What subscribe() returns: call it (or .cancel()) to stop hearing of changes. A bound
    method is held weakly: a view that is gone stops being called without unsubscribing."""

    def __init__(self, events: "Events", callback: Callable[[Any], None],
                 kinds: frozenset[Kind] | None, batched: bool = False):
        self._events, self.kinds, self.batched = events, kinds, batched
        self._ref: Callable[[], Callable[[Any], None] | None]
        if inspect.ismethod(callback):
            self._ref = weakref.WeakMethod(callback)
        else:
            self._ref = lambda: callback
        self.waiting: list[Change] = []

    @property
    def callback(self) -> Callable[[Any], None] | None:
        return self._ref()

    def wants(self, change: Change) -> bool:
        return self.kinds is None or change.kind in self.kinds

    def cancel(self) -> None:
        self._events._unsubscribe(self)

    __call__ = cancel


class Events:
    def __init__(self) -> None:
        self._subs: list[Subscription] = []
        self._pending: list[Change] = []
        # One entry per open transaction or savepoint, innermost last (while any is open,
        # announcements wait): the documents of its bulk changes, not committed yet.
        self._open: list[set[int]] = []
        self._delivering = False
        self._bulk: set[int] | None = None   # documents of committed bulk changes

    # ---- subscribers --------------------------------------------------------------------
    def subscribe(self, callback: Callback, kinds: Iterable[Kind] | None = None) -> Subscription:
        """Call `callback(change)` after every committed change (of `kinds`, if given)."""
        sub = Subscription(self, callback, None if kinds is None else frozenset(kinds))
        self._subs.append(sub)
        return sub

    def subscribe_batches(self, callback: BatchCallback,
                          kinds: Iterable[Kind] | None = None) -> Subscription:
        """Call `callback(changes)` once per commit with its changes (of `kinds`), in order:
        for views that redraw once however many rows a write touched."""
        sub = Subscription(self, callback, None if kinds is None else frozenset(kinds), True)
        self._subs.append(sub)
        return sub

    def _unsubscribe(self, sub: Subscription) -> None:
        if sub in self._subs:
            self._subs.remove(sub)

    # ---- announcing (the store's side) ----------------------------------------------------
    def announce(self, change: Change) -> None:
        if self._bulk is not None and change.kind not in SCHEME_KINDS:
            (self._open[-1] if self._open else self._bulk).update(change.documents())
            return
        self._pending.append(change)
        if not self._open:
            self._deliver()

    @property
    def bulking(self) -> bool:
        """Inside bulk(): only the documents a change names are announced."""
        return self._bulk is not None

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Document, span, relation and status changes made inside are announced as one BULK
        change naming their documents, on the way out (scheme changes still go one by one).
        Only committed changes count: a block that fails after some commits announces those."""
        if self._bulk is not None:
            yield
            return
        self._bulk = set()
        try:
            yield
        finally:
            touched, self._bulk = self._bulk, None
            if touched:
                self.announce(Change(Kind.BULK, doc_ids=tuple(sorted(touched))))

    # ---- transactions (called by connection.Transactions) ---------------------------------
    def began(self) -> int:
        """A transaction or savepoint opened; returns a mark for rolled_back()."""
        self._open.append(set())
        return len(self._pending)

    def committed(self) -> None:
        done = self._open.pop()
        if self._open:
            self._open[-1] |= done  # a savepoint's: committed with its transaction
        elif self._bulk is not None:
            self._bulk |= done
        if not self._open:
            self._deliver()

    def rolled_back(self, mark: int) -> None:
        del self._pending[mark:]
        self._open.pop()  # a rolled-back savepoint's documents were never written

    def _deliver(self) -> None:
        if self._delivering:  # a subscriber wrote: its changes go out after the current ones
            return
        self._delivering = True
        try:
            while self._pending:
                while self._pending:
                    change = self._pending.pop(0)
                    for sub in list(self._subs):
                        if sub in self._subs and sub.wants(change):
                            if sub.batched:
                                sub.waiting.append(change)
                            else:
                                self._call(sub, change, change.kind.value)
                for sub in list(self._subs):
                    if sub.batched and sub.waiting:
                        batch, sub.waiting = sub.waiting, []
                        if sub in self._subs:
                            self._call(sub, batch, f"{len(batch)} changes")
        finally:
            self._delivering = False

    def _call(self, sub: Subscription, arg: Any, what: str) -> None:
        callback = sub.callback
        if callback is None:  # its owner is gone
            self._unsubscribe(sub)
            return
        try:
            callback(arg)
        except Exception:  # a broken view must not undo a committed write
            log.exception("subscriber %r failed on %s", callback, what)


__all__ = ["Change", "Events", "Kind", "Subscription", "DOCUMENT_KINDS", "SPAN_KINDS",
           "SCHEME_KINDS"]
