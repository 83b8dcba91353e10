"""Plain domain objects shared by the store, the formats and the GUI."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Status(str, Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"

    @classmethod
    def parse(cls, value: "str | Status") -> "Status":
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return cls(text)
        except ValueError:
            raise ValueError(f"unknown status {value!r} (expected one of: "
                             + ", ".join(s.value for s in cls) + ")") from None


_RANK = [Status.NEW, Status.SKIPPED, Status.IN_PROGRESS, Status.DONE]


def overall_status(values: list[str]) -> Status:
    """A document's status across annotators: the most advanced one (done > in progress ...)."""
    found = [Status(v) for v in values if v]
    return max(found, key=_RANK.index) if found else Status.NEW


class Origin(str, Enum):
    MANUAL = "manual"
    IMPORTED = "imported"
    SUGGESTED = "suggested"


class NamedOrigin(str):
    """An origin outside the enum: the name of the suggester a span was accepted from
    (quotes, names, model). `.value` works as on Origin, so writers treat both alike."""

    @property
    def value(self) -> str:
        return str(self)


def parse_origin(value: "Origin | str") -> "Origin | NamedOrigin":
    """The Origin member for a known value, else the value as a suggester's name."""
    if isinstance(value, Origin):
        return value
    try:
        return Origin(value)
    except ValueError:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"origin must be a non-empty string, got {value!r}") from None
        return NamedOrigin(value.strip())


@dataclass
class Document:
    id: int
    text: str
    title: str
    sha256: str
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    external_id: Any = None  # the id it had in the file it was imported from
    note: str = ""           # the annotators' free-text note on the whole document


@dataclass
class Span:
    """A half-open [start, end) range of code points in a document's text. Its free-text note,
    if any, is the attribute NOTE (so every format that carries attributes carries it)."""
    id: int | None
    doc_id: int
    start: int
    end: int
    label: str
    layer: str = "entity"
    annotator: str = ""
    origin: Origin | NamedOrigin = Origin.MANUAL
    attributes: dict[str, Any] = field(default_factory=dict)

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


NOTE = "note"  # the span attribute holding the annotator's free-text note


@dataclass
class Relation:
    id: int | None
    doc_id: int
    head: int
    tail: int
    type: str
    annotator: str = ""


@dataclass
class Label:
    name: str
    layer: str
    color: str
    hotkey: str = ""
    description: str = ""
    attributes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Layer:
    name: str
    description: str = ""


@dataclass
class RelationType:
    name: str
    heads: list[str] = field(default_factory=list)
    tails: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class Scheme:
    layers: list[Layer] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    relations: list[RelationType] = field(default_factory=list)

    def label(self, name: str) -> Label | None:
        return next((lab for lab in self.labels if lab.name == name), None)

    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def labels_in(self, layer: str) -> list[Label]:
        return [lab for lab in self.labels if lab.layer == layer]

    def by_hotkey(self, key: str) -> Label | None:
        return next((lab for lab in self.labels if lab.hotkey and lab.hotkey == key), None)
