"""CoNLL reading: a token and one or more tags per line (IOB2, IOB1-style stray I-, BIOES or
BILOU), Wojood-style lines that carry several tags for one layer outer first, -DOCSTART-
between documents, blank lines between sentences.

The text is rebuilt by joining a sentence's tokens with single spaces and sentences with "\n",
so sentence breaks survive a round trip. The tokens and sentences themselves go with the record
and become the document's stored layout, so `$#$` or `a2hosting` stay one token on export.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from annotator.core.messages import tr
from annotator.formats.records import DocRecord, RecordError, SpanRecord, utf8_lines

_TAG = re.compile(r"^(?:O|([BIESLU])-(\S+))$")


@dataclass
class _Open:
    label: str
    start: int   # character offset in the rebuilt text
    end: int
    seen: int    # number of the token line that last extended it


class _Doc:
    def __init__(self, line: int):
        self.line = line
        self.parts: list[str] = []
        self.length = 0
        self.sentence_open = False
        self.columns: list[_Open | None] = []
        self.spans: list[SpanRecord] = []
        self.stray: list[int] = []    # lines of I- tags with no B- before them
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.breaks: list[int] = []   # tokens that begin a sentence

    def token(self, text: str) -> tuple[int, int]:
        if self.parts:
            sep = " " if self.sentence_open else "\n"
            self.parts.append(sep)
            self.length += 1
            if not self.sentence_open:
                self.breaks.append(len(self.starts))
        self.parts.append(text)
        start = self.length
        self.length += len(text)
        self.sentence_open = True
        self.starts.append(start)
        self.ends.append(self.length)
        return start, self.length

    def close(self, i: int) -> None:
        span = self.columns[i]
        if span is not None:
            self.spans.append(SpanRecord(span.start, span.end, span.label))
            self.columns[i] = None

    def record(self) -> DocRecord | None:
        for i in range(len(self.columns)):
            self.close(i)
        if not self.parts:
            return None
        self.spans.sort(key=lambda s: (s.start, -s.end))
        rec = DocRecord(text="".join(self.parts), line=self.line, spans=self.spans,
                        tokens=(self.starts, self.ends, self.breaks), has_links=False,
                        has_attributes=False)
        if self.stray:
            rec.line_warnings.append((self.stray[0], stray_warning(self.stray)))
        return rec


def stray_warning(lines: list[int], shown: int = 5) -> str:
    """Said at the first stray I- tag's line, naming the next few."""
    if len(lines) == 1:
        return tr("an I- tag without a B- before it was read as the start of a span")
    more = ", ".join(str(n) for n in lines[1:shown])
    if len(lines) > shown:
        more = tr("{lines} and {n} more", lines=more, n=len(lines) - shown)
    return tr("{n} I- tags without a B- before them were read as the start of a span: this "
              "line, then lines {more}", n=len(lines), more=more)


def read(path: Path) -> Iterator[DocRecord | RecordError]:
    doc = _Doc(1)
    number = found = 0
    for number, line in utf8_lines(path):
        if isinstance(line, RecordError):
            yield line
            return
        fields = line.split()
        if not fields:
            doc.sentence_open = False
            continue
        if fields[0] == "-DOCSTART-":
            rec = doc.record()
            if rec:
                found += 1
                yield rec
            doc = _Doc(number)
            continue
        if len(fields) < 2:
            yield RecordError(number, tr("expected a token and at least one tag, got {line!r}",
                                         line=line.strip()))
            return
        try:
            _line(doc, fields, number)
        except RecordError as exc:
            yield exc
            return
    rec = doc.record()
    if rec:
        yield rec
    elif not found:
        yield RecordError(max(number, 1), tr("no tokens in the file"))


def _line(doc: _Doc, fields: list[str], number: int) -> None:
    tags = []
    for tag in fields[1:]:
        m = _TAG.match(tag)
        if m is None:
            raise RecordError(number, tr("{tag!r} is not a tag (expected O, B-X, I-X, E-X or "
                                         "S-X)", tag=tag))
        tags.append((m.group(1), m.group(2)))
    start, end = doc.token(fields[0])
    while len(doc.columns) < len(tags):
        doc.columns.append(None)
    taken: set[int] = set()
    for p, (kind, label) in enumerate(tags):
        if kind is None:
            continue
        if kind in "IEL":
            q = _continuing(doc, p, label, number, taken)
            if q is not None:
                opened = doc.columns[q]
                assert opened is not None  # _continuing only returns open columns
                opened.end, opened.seen = end, number
                taken.add(q)
                if kind in "EL":
                    doc.close(q)
                continue
            doc.stray.append(number)
        col = p if p not in taken else len(doc.columns)
        if col == len(doc.columns):
            doc.columns.append(None)
        doc.close(col)
        doc.columns[col] = _Open(label, start, end, number)
        taken.add(col)
        if kind in "ESLU":
            doc.close(col)
    for p, span in enumerate(doc.columns):  # spans not continued on this line end here
        if span is not None and p not in taken:
            doc.close(p)


def _continuing(doc: _Doc, p: int, label: str, number: int, taken: set[int]) -> int | None:
    """The column whose open span this I-/E- tag continues: its own position first, else
    any open span of that label (Wojood lines need not keep positions)."""
    order = [p] + [q for q in range(len(doc.columns)) if q != p]
    for q in order:
        span = doc.columns[q] if q < len(doc.columns) else None
        if span is not None and q not in taken and span.label == label:
            return q
    return None
