"""The one interface every suggester has, and what it proposes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence


@dataclass(frozen=True)
class Mark:
    """A span already known in the document (stored, or proposed by an earlier suggester).
    `span_id` is set for stored spans."""
    start: int
    end: int
    label: str
    layer: str
    span_id: int | None = None


@dataclass
class ProposedSpan:
    start: int
    end: int
    label: str
    layer: str
    score: float
    origin: str
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclass
class ProposedLink:
    """head said_by tail: `head` indexes Proposals.spans; the tail is another proposal
    (`tail`) or a stored span (`tail_span`)."""
    head: int
    type: str
    score: float
    origin: str
    tail: int | None = None
    tail_span: int | None = None


@dataclass
class Proposals:
    spans: list[ProposedSpan] = field(default_factory=list)
    links: list[ProposedLink] = field(default_factory=list)
    _where: dict[tuple[int, int, str], int] = field(default_factory=dict, repr=False,
                                                    compare=False)

    def add(self, span: ProposedSpan) -> int:
        """Add a span unless the same range and label is there; returns its index."""
        if len(self._where) != len(self.spans):  # spans appended directly
            self._where = {s.key: i for i, s in enumerate(self.spans)}
        found = self._where.get(span.key)
        if found is not None:
            return found
        self.spans.append(span)
        self._where[span.key] = len(self.spans) - 1
        return len(self.spans) - 1


class Suggester(Protocol):
    name: str

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        """Proposed spans and links for one document."""
        ...


class ModelError(RuntimeError):
    """The user's model cannot be loaded or did not answer; the message is one line."""


class Uncertain(Protocol):
    """A model that can say how unsure it is of a whole document."""
    name: str

    def uncertainty(self, text: str) -> float | None:
        """From 0 (sure of every token) to 1 (no idea); None when the model gives no
        confidence to measure."""
        ...
