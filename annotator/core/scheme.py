"""Scheme files (TOML): reading with checks that name the line, and writing them back.

The format is described in docs/schemes.md. Reading refuses a file that is malformed or
inconsistent (unknown layer, duplicate name or hotkey, a relation naming a missing label).
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from annotator.core.model import Label, Layer, RelationType, Scheme

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_NAME = re.compile(r"^[^\s\[\]\"',]+$")


class SchemeError(ValueError):
    """A scheme file or change that cannot be applied; str() is 'where: reason'."""

    def __init__(self, reason: str, line: int | None = None, source: str = ""):
        self.reason, self.line, self.source = reason, line, source
        where = f"{source}:{line}: " if line else (f"{source}: " if source else "")
        super().__init__(where + reason)


def load_scheme(path: str | Path) -> Scheme:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemeError(f"cannot read: {exc}", source=str(path)) from None
    return parse_scheme(text, str(path))


def parse_scheme(text: str, source: str = "<scheme>") -> Scheme:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise SchemeError(f"not valid TOML: {getattr(exc, 'msg', exc)}", line, source) from None
    finder = _LineFinder(text)
    try:
        scheme = _build(data, finder)
        check_scheme(scheme, finder)
    except SchemeError as exc:
        raise SchemeError(exc.reason, exc.line, source) from None
    return scheme


def check_scheme(scheme: Scheme, finder: "_LineFinder | None" = None) -> None:
    """Raise SchemeError if the scheme contradicts itself."""
    where = finder or _LineFinder("")
    layers = scheme.layer_names()
    _no_duplicates(layers, "layer", where)
    _no_duplicates([lab.name for lab in scheme.labels], "label", where)
    keys = [lab.hotkey for lab in scheme.labels if lab.hotkey]
    for key in set(keys):
        owners = [lab.name for lab in scheme.labels if lab.hotkey == key]
        if len(owners) > 1:
            raise SchemeError(f"hotkey {key!r} is used by both {owners[0]} and {owners[1]}",
                              where.value("hotkey", key, nth=2))
    for lab in scheme.labels:
        if not _NAME.match(lab.name):
            raise SchemeError(f"label name {lab.name!r} may not contain spaces, quotes, "
                              "commas or brackets", where.value("name", lab.name))
        if lab.layer not in layers:
            raise SchemeError(f"label {lab.name} is in unknown layer {lab.layer!r} (layers: "
                              + ", ".join(layers) + ")", where.value("layer", lab.layer))
        if not _COLOR.match(lab.color):
            raise SchemeError(f"label {lab.name} has colour {lab.color!r}; expected #RRGGBB",
                              where.value("color", lab.color))
    names = {lab.name for lab in scheme.labels}
    _no_duplicates([r.name for r in scheme.relations], "relation type", where)
    for rel in scheme.relations:
        for end in (*rel.heads, *rel.tails):
            if end not in names:
                raise SchemeError(f"relation {rel.name} names missing label {end!r}",
                                  where.value("name", rel.name))


def dump_scheme(scheme: Scheme) -> str:
    """The scheme as a TOML file; the same scheme always gives the same bytes."""
    doc: dict[str, Any] = {
        "layers": [_drop_empty({"name": lay.name, "description": lay.description})
                   for lay in scheme.layers],
        "labels": [],
        "relations": [],
    }
    for lab in scheme.labels:
        entry = _drop_empty({"name": lab.name, "layer": lab.layer, "color": lab.color.upper(),
                             "hotkey": lab.hotkey, "description": lab.description})
        if lab.attributes:
            entry["attributes"] = {k: list(v) for k, v in sorted(lab.attributes.items())}
        doc["labels"].append(entry)
    for rel in scheme.relations:
        doc["relations"].append(_drop_empty({"name": rel.name, "from": list(rel.heads),
                                             "to": list(rel.tails),
                                             "description": rel.description}))
    if not doc["relations"]:
        del doc["relations"]
    return "# Annotation scheme (docs/schemes.md describes the fields)\n\n" + tomli_w.dumps(doc)


def _build(data: dict[str, Any], where: "_LineFinder") -> Scheme:
    known = {"layers", "labels", "relations", "name", "version", "description"}
    for key in data:
        if key not in known:
            raise SchemeError(f"unknown key {key!r} (expected layers, labels, relations)",
                              where.key(key))
    layers = [Layer(_str(e, "name", where, "layer"), _str(e, "description", where, "", ""))
              for e in _tables(data, "layers", where)]
    labels = []
    for e in _tables(data, "labels", where):
        name = _str(e, "name", where, "label")
        attrs = e.get("attributes", {})
        if not isinstance(attrs, dict) or not all(
                isinstance(v, list) and all(isinstance(x, str) for x in v) for v in attrs.values()):
            raise SchemeError(f"label {name}: attributes must map names to lists of values",
                              where.value("name", name))
        labels.append(Label(name=name, layer=_str(e, "layer", where, name),
                            color=_str(e, "color", where, name, "#999999"),
                            hotkey=_str(e, "hotkey", where, name, ""),
                            description=_str(e, "description", where, name, ""),
                            attributes={k: list(v) for k, v in attrs.items()}))
    relations = []
    for e in _tables(data, "relations", where):
        name = _str(e, "name", where, "relation")
        heads, tails = e.get("from", []), e.get("to", [])
        for side in (heads, tails):
            if not isinstance(side, list) or not all(isinstance(x, str) for x in side):
                raise SchemeError(f"relation {name}: 'from' and 'to' must be lists of labels",
                                  where.value("name", name))
        relations.append(RelationType(name, list(heads), list(tails),
                                      _str(e, "description", where, name, "")))
    if not layers:
        raise SchemeError("the scheme has no [[layers]]")
    return Scheme(layers, labels, relations)


def _tables(data: dict, key: str, where: "_LineFinder") -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise SchemeError(f"{key} must be an array of tables ([[{key}]])", where.key(key))
    return value


def _str(entry: dict, key: str, where: "_LineFinder", owner: str, default: str | None = None):
    value = entry.get(key, default)
    if value is None:
        raise SchemeError(f"{owner}: missing {key!r}", where.key(key))
    if not isinstance(value, str):
        raise SchemeError(f"{owner}: {key!r} must be a string", where.key(key))
    return value.strip()


def _no_duplicates(names: list[str], what: str, where: "_LineFinder") -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SchemeError(f"{what} {name!r} is defined twice", where.value("name", name, 2))
        seen.add(name)


def _drop_empty(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if v not in ("", None, [])}


def _line_from_message(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


class _LineFinder:
    """Finds the line of `key = "value"` in the source, to point errors at it."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def value(self, key: str, value: str, nth: int = 1) -> int | None:
        pattern = re.compile(rf'^\s*{re.escape(key)}\s*=\s*["\']{re.escape(value)}["\']')
        hits = [i + 1 for i, line in enumerate(self.lines) if pattern.search(line)]
        return hits[min(nth, len(hits)) - 1] if hits else None

    def key(self, key: str) -> int | None:
        pattern = re.compile(rf'^\s*(\[\[?)?{re.escape(key)}\b')
        return next((i + 1 for i, line in enumerate(self.lines) if pattern.search(line)), None)
