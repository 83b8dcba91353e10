"""Scheme files (TOML): reading with checks that name the line, and writing them back.

The format is described in docs/schemes.md. Reading refuses a file that is malformed or
inconsistent (unknown layer, duplicate name or hotkey, a relation naming a missing label,
a bad colour) with the line and the reason. Writing is deterministic: the same scheme always
gives the same bytes, so two projects can be compared with `labels export`.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Iterator

import tomli_w

from annotator.core.messages import located, tr
from annotator.core.model import Label, Layer, RelationType, Scheme
from annotator.core.palette import PALETTE
from annotator.core.text.names import name_problem, shown

_COLOR = re.compile(r"^#[0-9A-F]{6}$")
_NAME = re.compile(r"^[^\s\[\]\"',]+$")


def valid_name(name: str) -> bool:
    """Whether a layer, label or relation name can stand in a scheme file and a CoNLL tag."""
    return name_reason(name) is None


def name_reason(name: str, what: str = "name") -> str | None:
    """Why `name` cannot be a layer, label or relation name, or None when it can."""
    problem = name_problem(name, what)
    if problem:
        return problem
    if not _NAME.match(name):
        return tr("{what} {name} may not be empty or contain spaces, quotes, commas or "
                  "brackets", what=what, name=shown(name))
    return None
# Digits, Latin letters and F1-F12: keys that exist on every keyboard. Letters are matched on
# the physical key, so they work under an Arabic layout too (gui/label_widgets/hotkey_edit.py).
_HOTKEY = re.compile(r"^(?:[0-9A-Z]|F(?:[1-9]|1[0-2]))$")

_TOP_KEYS = ("layers", "labels", "relations", "name", "version", "description")
_LAYER_KEYS = ("name", "description")
_LABEL_KEYS = ("name", "layer", "color", "hotkey", "description", "attributes")
_RELATION_KEYS = ("name", "from", "to", "description")


class SchemeError(ValueError):
    """A scheme file or change that cannot be applied; str() is 'where: reason'."""

    def __init__(self, reason: str, line: int | None = None, source: str = ""):
        self.reason, self.line, self.source = reason, line, source
        super().__init__(located(source, line, reason))


def load_scheme(path: str | Path) -> Scheme:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemeError(tr("cannot read: {error}", error=str(exc)), source=str(path)) from None
    return parse_scheme(text, str(path))


def parse_scheme(text: str, source: str = "<scheme>") -> Scheme:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        reason = getattr(exc, "msg", None) or re.sub(r"\s*\(at .*\)$", "", str(exc))
        raise SchemeError(tr("not valid TOML: {reason}", reason=reason), line, source) from None
    except RecursionError:  # tomllib recurses once per [ or { opened
        raise SchemeError(tr("not valid TOML: arrays or tables nested too deeply"),
                          None, source) from None
    except ValueError as exc:  # an integer longer than Python converts (4,300 digits)
        digits = re.search(r"\d[\d_]{4299}", text)
        line = text.count("\n", 0, digits.start()) + 1 if digits else None
        raise SchemeError(tr("not valid TOML: {reason}", reason=_first_clause(str(exc))),
                          line, source) from None
    finder = _LineFinder(text)
    try:
        scheme = _build(data, finder)
        check_scheme(scheme, finder)
    except SchemeError as exc:
        raise SchemeError(exc.reason, exc.line, source) from None
    return scheme


def normalize_hotkey(key: str) -> str:
    """'a' -> 'A', 'f1' -> 'F1'; anything else unchanged (check_scheme judges it)."""
    return key.strip().upper()


def check_scheme(scheme: Scheme, finder: "_LineFinder | None" = None) -> None:
    """Raise SchemeError if the scheme contradicts itself."""
    where = finder or _LineFinder("")
    _no_duplicates([lay.name for lay in scheme.layers], "layers", tr("layer"), where)
    for i, lay in enumerate(scheme.layers):
        reason = name_reason(lay.name, tr("layer name"))
        if reason:
            raise SchemeError(reason, where.at("layers", i, "name"))
    layers = scheme.layer_names()
    _no_duplicates([lab.name for lab in scheme.labels], "labels", tr("label"), where)
    owner: dict[str, str] = {}
    for i, lab in enumerate(scheme.labels):
        check_label(lab, layers, lambda key, i=i: where.at("labels", i, key))
        if lab.hotkey and lab.hotkey in owner:
            raise SchemeError(tr("hotkey {key!r} is used by both {first} and {second}",
                                 key=lab.hotkey, first=owner[lab.hotkey], second=lab.name),
                              where.at("labels", i, "hotkey"))
        owner.setdefault(lab.hotkey, lab.name)
    names = {lab.name for lab in scheme.labels}
    _no_duplicates([r.name for r in scheme.relations], "relations", tr("relation type"),
                   where)
    for i, rel in enumerate(scheme.relations):
        reason = name_reason(rel.name, tr("relation name"))
        if reason:
            raise SchemeError(reason, where.at("relations", i, "name"))
        for key, side in (("from", rel.heads), ("to", rel.tails)):
            if not side:
                raise SchemeError(tr("relation {name}: {key!r} must name at least one label",
                                     name=rel.name, key=key), where.at("relations", i, key))
            for end in side:
                if end not in names:
                    raise SchemeError(tr("relation {name} names missing label {label!r} in "
                                         "{key!r}", name=rel.name, label=end, key=key),
                                      where.at("relations", i, key))


def check_label(lab: Label, layers: list[str], line=lambda key: None) -> None:
    """One label on its own: name, layer, colour, hotkey, attributes."""
    reason = name_reason(lab.name, tr("label name"))
    if reason:
        raise SchemeError(reason, line("name"))
    if lab.layer not in layers:
        raise SchemeError(tr("label {name} is in unknown layer {layer!r} (layers: {layers})",
                             name=lab.name, layer=lab.layer, layers=", ".join(layers)),
                          line("layer"))
    if not _COLOR.match(lab.color):
        raise SchemeError(tr("label {name} has colour {color!r}; expected #RRGGBB, "
                             "e.g. #E69F00", name=lab.name, color=lab.color), line("color"))
    if lab.hotkey and not _HOTKEY.match(lab.hotkey):
        raise SchemeError(tr("label {name} has hotkey {key!r}; expected one digit, "
                             "one letter A-Z, or F1-F12", name=lab.name, key=lab.hotkey),
                          line("hotkey"))
    for attr, values in lab.attributes.items():
        if not _NAME.match(attr) or not values or len(set(values)) != len(values) \
                or not all(v.strip() for v in values):
            raise SchemeError(tr("label {name}: attribute {attribute!r} needs a list of "
                                 "distinct, non-empty values", name=lab.name, attribute=attr),
                              line(attr))


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
    _known_keys(data, _TOP_KEYS, "the scheme", lambda key: where.key(key))
    layers = []
    for i, e in enumerate(_tables(data, "layers", where)):
        at = (lambda key, i=i: where.at("layers", i, key))
        _known_keys(e, _LAYER_KEYS, tr("layer {n}", n=i + 1), at)
        layers.append(Layer(_str(e, "name", at, tr("layer {n}", n=i + 1)),
                            _str(e, "description", at, tr("layer"), "")))
    labels = []
    for i, e in enumerate(_tables(data, "labels", where)):
        at = (lambda key, i=i: where.at("labels", i, key))
        name = _str(e, "name", at, tr("label {n}", n=i + 1))
        _known_keys(e, _LABEL_KEYS, tr("label {name}", name=name), at)
        attrs = e.get("attributes", {})
        if not isinstance(attrs, dict) or not all(
                isinstance(v, list) and all(isinstance(x, str) for x in v) for v in attrs.values()):
            raise SchemeError(tr("label {name}: attributes must map names to lists of values, "
                                 'e.g. kind = ["direct", "indirect"]', name=name),
                              at("attributes"))
        labels.append(Label(name=name, layer=_str(e, "layer", at, name),
                            color=_str(e, "color", at, name, "").upper(),
                            hotkey=normalize_hotkey(_str(e, "hotkey", at, name, "")),
                            description=_str(e, "description", at, name, ""),
                            attributes={k.strip(): [x.strip() for x in v]
                                        for k, v in attrs.items()}))
    # A label without a colour gets the next free one from the palette, in file order, so the
    # same file always gives the same colours.
    used = [lab.color for lab in labels if lab.color]
    free = _free_colors(used)
    for lab in labels:
        if not lab.color:
            lab.color = next(free)
    relations = []
    for i, e in enumerate(_tables(data, "relations", where)):
        at = (lambda key, i=i: where.at("relations", i, key))
        name = _str(e, "name", at, tr("relation {n}", n=i + 1))
        _known_keys(e, _RELATION_KEYS, tr("relation {name}", name=name), at)
        heads, tails = e.get("from", []), e.get("to", [])
        for key, side in (("from", heads), ("to", tails)):
            if not isinstance(side, list) or not all(isinstance(x, str) for x in side):
                raise SchemeError(tr("relation {name}: {key!r} must be a list of labels",
                                     name=name, key=key), at(key))
        relations.append(RelationType(name, [h.strip() for h in heads],
                                      [t.strip() for t in tails],
                                      _str(e, "description", at, name, "")))
    if not layers:
        raise SchemeError(tr("the scheme has no [[layers]]"))
    return Scheme(layers, labels, relations)


def _free_colors(used: list[str]) -> Iterator[str]:
    """What next_color(used) gives, `used` growing by each colour given: the first palette
    colour not in use, walked once (asking next_color for each of 100,000 labels rebuilt the
    list of colours in use each time)."""
    taken = {c.upper() for c in used}
    at = 0
    while True:
        while at < len(PALETTE) and PALETTE[at] in taken:
            at += 1
        color = PALETTE[at] if at < len(PALETTE) else PALETTE[len(used) % len(PALETTE)]
        used.append(color)
        taken.add(color)
        yield color


def _known_keys(entry: dict, allowed: tuple[str, ...], owner: str, at) -> None:
    for key in entry:
        if key not in allowed:
            raise SchemeError(tr("{owner}: unknown key {key!r} (expected one of: {allowed})",
                                 owner=owner, key=key, allowed=", ".join(allowed)), at(key))


def _tables(data: dict, key: str, where: "_LineFinder") -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise SchemeError(tr("{key} must be an array of tables ([[{key}]])", key=key),
                          where.key(key))
    return value


def _str(entry: dict, key: str, at, owner: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if value is None:
        raise SchemeError(tr("{owner}: missing {key!r}", owner=owner, key=key), at(key))
    if not isinstance(value, str):
        raise SchemeError(tr("{owner}: {key!r} must be a string", owner=owner, key=key), at(key))
    return value.strip()


def _no_duplicates(names: list[str], table: str, what: str, where: "_LineFinder") -> None:
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            raise SchemeError(tr("{what} {name!r} is defined twice", what=what, name=name),
                              where.at(table, i, "name"))
        seen.add(name)


def _drop_empty(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if v not in ("", None, [])}


def _first_clause(message: str) -> str:
    return message.split(";")[0].split(":")[0]


def _line_from_message(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


class _LineFinder:
    """Points errors at a line: the key inside the i-th [[table]] entry of the source."""

    _HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.starts: dict[str, list[int]] = {}   # table name -> 0-based header lines
        for i, line in enumerate(self.lines):
            m = self._HEADER.match(line)
            if m:
                self.starts.setdefault(m.group(1), []).append(i)

    def at(self, table: str, index: int, key: str) -> int | None:
        starts = self.starts.get(table, [])
        if index >= len(starts):   # inline-array form: the best we can do is the array's line
            return self.key(table)
        first = starts[index]
        end = next((i for i in range(first + 1, len(self.lines))
                    if self.lines[i].lstrip().startswith("[[")), len(self.lines))
        pattern = re.compile(rf'^\s*\[?\s*(?:{re.escape(table)}\.)?{re.escape(key)}\s*[=\]]')
        hit = next((i for i in range(first + 1, end) if pattern.search(self.lines[i])), first)
        return hit + 1

    def key(self, key: str) -> int | None:
        pattern = re.compile(rf'^\s*(\[\[?)?\s*{re.escape(key)}\b')
        return next((i + 1 for i, line in enumerate(self.lines) if pattern.search(line)), None)
