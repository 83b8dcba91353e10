"""`import --update`: a file's annotations replace the importing annotator's on a document the
project already holds (same text), so work done in brat, doccano, Label Studio or a CoNLL
editor comes back into the project it was exported from.

The importing annotator's spans end up exactly the file's: a stored span equal to one in the
file (start, end, label) stays as it is, under its id, with the file's attributes and note; one
whose label alone changed is relabelled in place; the rest are removed, and the file's others
added. Links of the importing annotator likewise. Keeping unchanged spans under their ids keeps
what refers to them: another annotator's link to them, an accepted suggestion, an open undo
stack. Other annotators' spans and links stay as they are; those the file carries under another
annotator's name are not taken (counted in the summary). What a format does not carry is left
as it is: CoNLL and spaCy/Prodigy records have no links or attributes, doccano's and Label
Studio's no attributes (and doccano's label form no links). It all happens inside the importer's savepoint for the
file, so a refused file changes nothing, and an update run is one transaction.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from annotator.core.messages import tr
from annotator.core.model import Span
from annotator.core.store import Project, SpanError
from annotator.core.text.layout import space_mask
from annotator.formats.records import DocRecord, SpanRecord


@dataclass
class UpdateCounts:
    documents: int = 0   # documents whose annotations the files changed
    unchanged: int = 0   # documents held whose annotations were already the files'
    added: int = 0
    changed: int = 0
    removed: int = 0
    links_added: int = 0
    links_removed: int = 0
    others: int = 0   # spans and links the file gives to other annotators: not taken

    def add(self, other: "UpdateCounts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        out = (f"{self.documents} document{'s' if self.documents != 1 else ''} updated: "
               f"{self.added} span{'s' if self.added != 1 else ''} added, {self.changed} "
               f"changed, {self.removed} removed; {self.links_added} "
               f"link{'s' if self.links_added != 1 else ''} added, {self.links_removed} removed")
        if self.unchanged:
            out += f"; {self.unchanged} other document(s) already as the files have them"
        if self.others:
            out += (f"; {self.others} span(s) and link(s) of other annotators in the files "
                    "were left as the project holds them")
        return out


class Held:
    """Which stored document a record is of. The same text, as for any duplicate; and for a
    CoNLL record, whose text is its tokens joined by spaces, the document whose text is the
    same apart from white space (an article exported to CoNLL and edited there), with the
    record's spans moved onto that document's own text."""

    def __init__(self, project: Project):
        self.project = project
        self._bare: dict[bytes, int] | None = None  # digest of a text without white space

    def find(self, rec: DocRecord) -> tuple[int, DocRecord] | None:
        if rec.tokens is None or self.project.documents.has_text(rec.text):
            return None  # documents.add() tells a duplicate by its text
        if self._bare is None:
            self._bare = {}
            for doc in self.project.documents.iter():
                self._bare.setdefault(_bare_digest(doc.text), doc.id or 0)
        doc_id = self._bare.get(_bare_digest(rec.text))
        if doc_id is None:
            return None
        return doc_id, _moved(rec, self.project.documents.text(doc_id))


def _bare_digest(text: str) -> bytes:
    return hashlib.sha256("".join(text.split()).encode("utf-8")).digest()


def _moved(rec: DocRecord, text: str) -> DocRecord:
    """`rec` with its spans on `text`, which holds the same characters apart from white
    space: each span edge goes to the same non-space character there."""
    ours = np.flatnonzero(~space_mask(rec.text))
    theirs = np.flatnonzero(~space_mask(text))
    rank = np.full(len(rec.text), -1, dtype=np.int64)
    rank[ours] = np.arange(len(ours))
    spans = []
    for span in rec.spans:
        first, last = int(rank[span.start]), int(rank[span.end - 1])
        if first < 0 or last < 0:
            raise SpanError(tr("span [{start}, {end}) starts or ends at white space",
                               start=span.start, end=span.end))
        spans.append(replace(span, start=int(theirs[first]), end=int(theirs[last]) + 1))
    return replace(rec, text=text, spans=spans, tokens=None)


def update_document(project: Project, doc_id: int, rec: DocRecord, annotator: str,
                    who: Callable[[str | None], str | None], known: dict[str, str]
                    ) -> UpdateCounts:
    """Make `annotator`'s spans and links on `doc_id` the record's. `who` checks a name the
    file gives (refusing, ValueError, one that could mislead); labels are in the scheme."""
    counts = UpdateCounts()
    stored = project.spans.of(doc_id)
    mine = [s for s in stored if s.annotator == annotator]
    theirs = {(s.start, s.end, s.label, s.annotator): s.id for s in stored
              if s.annotator != annotator}
    ids: dict[Any, int] = {}   # the file's span id -> the stored span's
    foreign: set[Any] = set()  # ids of other annotators' spans the project does not hold
    links_before = {r.id for r in project.spans.relations(doc_id) if r.annotator == annotator}
    wanted: list[SpanRecord] = []
    for span in rec.spans:
        owner = who(span.annotator) or annotator
        if owner == annotator:
            wanted.append(span)
            continue
        counts.others += 1
        found = theirs.get((span.start, span.end, span.label, owner))
        if span.id is not None and found is not None:
            ids[span.id] = found  # a link of ours may end at it
        elif span.id is not None:
            foreign.add(span.id)
    kept, new = _match(project, mine, wanted, rec.has_attributes, counts)
    for span, sid in kept:
        if span.id is not None:
            ids[span.id] = sid
    added = project.spans.add_all(doc_id, [
        (s.start, s.end, s.label, annotator, s.origin or "imported", s.attributes)
        for s in new], length=len(rec.text), known=known)
    counts.added += len(added)
    for span, sid in zip(new, added):
        if span.id is not None:
            ids[span.id] = sid
    if rec.has_links:  # else the links the removed spans took are the only ones gone
        _links(project, doc_id, rec, annotator, who, ids, foreign, counts)
    counts.links_removed = len(links_before - {
        r.id for r in project.spans.relations(doc_id) if r.annotator == annotator})
    if rec.statuses.get(annotator):
        project.statuses.set(doc_id, annotator, rec.statuses[annotator])
    elif rec.status and not rec.statuses:
        project.statuses.set(doc_id, annotator, rec.status)
    if rec.note and rec.note != project.documents.note(doc_id):
        project.documents.update(doc_id, note=rec.note)
        counts.changed += 1
    if counts.added or counts.changed or counts.removed or counts.links_added or \
            counts.links_removed:
        counts.documents = 1
    else:
        counts.unchanged = 1
    return counts


def _match(project: Project, mine: list[Span], wanted: list[SpanRecord], attributes: bool,
           counts: UpdateCounts) -> tuple[list[tuple[SpanRecord, int]], list[SpanRecord]]:
    """Pair the file's spans with stored ones: the same start, end and label first, then the
    same start and end (relabelled in place); stored spans left unpaired are removed. A kept
    span takes the file's attributes when the format carries them. Returns the pairs (file
    span, stored id) and the file's spans still to add."""
    exact: dict[tuple[int, int, str], list[Span]] = defaultdict(list)
    for s in mine:
        exact[(s.start, s.end, s.label)].append(s)
    kept: list[tuple[SpanRecord, int]] = []
    rest: list[SpanRecord] = []
    for span in wanted:
        bucket = exact.get((span.start, span.end, span.label))
        if bucket:
            old = bucket.pop(0)
            if attributes and old.attributes != span.attributes:
                project.spans.update(old.id or 0, attributes=span.attributes)
                counts.changed += 1
            kept.append((span, old.id or 0))
        else:
            rest.append(span)
    by_place: dict[tuple[int, int], list[Span]] = defaultdict(list)
    for bucket in exact.values():
        for s in bucket:
            by_place[(s.start, s.end)].append(s)
    new: list[SpanRecord] = []
    for span in rest:
        bucket = by_place.get((span.start, span.end))
        if bucket:
            old = bucket.pop(0)
            project.spans.update(old.id or 0, label=span.label,
                                 attributes=span.attributes if attributes else None)
            counts.changed += 1
            kept.append((span, old.id or 0))
        else:
            new.append(span)
    for bucket in by_place.values():
        for s in bucket:
            project.spans.delete(s.id or 0)
            counts.removed += 1
    return kept, new


def _links(project: Project, doc_id: int, rec: DocRecord, annotator: str,
           who: Callable[[str | None], str | None], ids: dict[Any, int], foreign: set[Any],
           counts: UpdateCounts) -> None:
    """The annotator's links become the record's (those a removed span took are gone)."""
    want: Counter = Counter()
    for rel in rec.relations:
        if (who(rel.annotator) or annotator) != annotator or \
                rel.head in foreign or rel.tail in foreign:
            counts.others += 1  # another's link, or one to a span of another's not held
            continue
        if rel.head not in ids or rel.tail not in ids:
            raise SpanError(tr("relation {type!r} names a span id that the record lacks "
                               "({head!r} -> {tail!r})", type=rel.type, head=rel.head,
                               tail=rel.tail))
        want[(ids[rel.head], ids[rel.tail], rel.type)] += 1
    for held in project.spans.relations(doc_id):
        if held.annotator != annotator:
            continue
        key = (held.head, held.tail, held.type)
        if want[key] > 0:
            want[key] -= 1
        else:
            project.spans.delete_relation(held.id or 0)
    for (head, tail, kind), n in want.items():
        for _ in range(n):
            project.spans.add_relation(doc_id, head, tail, kind, annotator=annotator)
            counts.links_added += 1
