"""What a reader hands the importer: documents with their spans, or the reason a record failed."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from annotator.core.messages import tr


@dataclass
class SpanRecord:
    start: int
    end: int
    label: str
    id: Any = None            # the id relations use inside the file
    annotator: str | None = None
    origin: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    layer: str | None = None  # the layer a new label should join


@dataclass
class RelationRecord:
    head: Any
    tail: Any
    type: str
    annotator: str | None = None


@dataclass
class DocRecord:
    text: str
    line: int = 1
    spans: list[SpanRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    external_id: Any = None
    title: str | None = None
    note: str = ""            # the document's free-text note
    # status for the importing annotator, and statuses by annotator
    status: str | None = None
    statuses: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)   # about the record's own line
    # (line, reason) about another line of the file: a CoNLL document's stray I- tag deep in
    # it, a brat .ann line that was ignored.
    line_warnings: list[tuple[int, str]] = field(default_factory=list)
    # What the format speaks of: `import --update` leaves alone what it does not (CoNLL has
    # no links or attributes; doccano's and Label Studio's records no attributes).
    has_links: bool = True
    has_attributes: bool = True
    # The source's own tokens and sentences, kept as the document's layout (CoNLL):
    # (token starts, token ends, indexes of the tokens that begin a sentence).
    tokens: tuple[list[int], list[int], list[int]] | None = None


class RecordError(ValueError):
    """A record (or the whole file, line 0) that cannot be imported."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


def utf8_lines(path: Path) -> Iterator[tuple[int, str | RecordError]]:
    """(line number, text) for each line of a UTF-8 file (a BOM on line 1 is dropped); a line
    that is not UTF-8 comes as a RecordError, and the caller decides whether to go on."""
    number = 0
    # A large buffer: an article's line is longer than the default 8 KB, and reading it in
    # pieces took half as long again as decoding it.
    with open(path, "rb", buffering=1 << 20) as fh:
        for raw in fh:  # not enumerate(): its reused result tuple would keep the last line
            number += 1
            try:
                line = [raw.decode("utf-8-sig" if number == 1 else "utf-8")]
            except UnicodeDecodeError as exc:
                yield number, RecordError(number, tr("not UTF-8 (byte {at})", at=exc.start))
                continue
            # Nothing of the line stays in this frame while the caller works on it: a 50 MB
            # line would otherwise be held twice more (its bytes and its text).
            raw = b""
            yield number, line.pop()
