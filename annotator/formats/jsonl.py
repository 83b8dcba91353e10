"""Native JSONL, one document per line (docs/formats.md), and doccano's {"text", "label"} form.

Reading checks every field it knows; a record that fails names its line and the reason.
Writing is lossless: text, metadata, statuses, spans with every field, relations.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, TextIO

from annotator.core.messages import reason_of, tr
from annotator.core.model import Document, Relation, Span, Status, overall_status
from annotator.formats import spacy
from annotator.formats.records import (DocRecord, RecordError, RelationRecord, SpanRecord,
                                       utf8_lines)

_KNOWN = {"id", "text", "meta", "status", "statuses", "spans", "relations", "label", "title",
          "entities", "note"}


def read(path: Path) -> Iterator[DocRecord | RecordError]:
    for number, line in utf8_lines(path):
        if isinstance(line, RecordError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            record: DocRecord | RecordError = parse_record(line, number)
        except RecordError as exc:
            record = exc
        line = ""  # not held while the caller stores the record
        yield record


def parse_record(line: str, number: int) -> DocRecord:
    try:
        obj = loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(number, tr("broken JSON: {error} (column {column})", error=exc.msg,
                                     column=exc.colno)) from None
    except RecursionError:
        raise RecordError(number, tr("JSON nested too deeply")) from None
    except ValueError as exc:  # e.g. a number of thousands of digits
        raise RecordError(number, json_problem(exc)) from None
    if not isinstance(obj, dict):
        raise RecordError(number, tr("a line must hold a JSON object"))
    prodigy = spacy.is_spacy(obj)
    if prodigy:  # spaCy/Prodigy: spans may give only token offsets
        obj = spacy.adapt(obj, number)
    text = obj.get("text")
    if not isinstance(text, str):
        raise RecordError(number, tr('missing "text" (a string)') if text is None
                          else tr('"text" must be a string'))
    if not text.strip():
        raise RecordError(number, tr('"text" is empty'))
    record = DocRecord(text=text, line=number, external_id=obj.get("id"),
                       has_links="relations" in obj,
                       has_attributes="spans" in obj and not prodigy)
    record.meta = _typed(obj, "meta", dict, number, {})
    record.title = _typed(obj, "title", str, number, None)
    record.note = _typed(obj, "note", str, number, "")
    for key, value in obj.items():  # fields of other tools are kept, not lost
        if key not in _KNOWN:
            record.meta.setdefault(key, value)
    _read_status(obj, record, number)
    for i, item in enumerate(_typed(obj, "spans", list, number, [])):
        record.spans.append(_span(item, text, number, f"spans[{i}]"))
    for key in ("label", "entities"):  # doccano
        for i, item in enumerate(_typed(obj, key, list, number, [])):
            record.spans.append(_doccano_span(item, text, number, f"{key}[{i}]"))
    for i, item in enumerate(_typed(obj, "relations", list, number, [])):
        record.relations.append(_relation(item, number, f"relations[{i}]"))
    return record


class NotJsonNumber(ValueError):
    """NaN, Infinity or -Infinity: Python's json reads them, strict JSON readers (and every
    export's reader) refuse them, so they are refused here, at import."""


def refuse_constant(name: str) -> Any:
    """json's parse_constant: NaN, Infinity and -Infinity are refused (NotJsonNumber)."""
    raise NotJsonNumber(name)


def loads(text: str | bytes) -> Any:
    """json.loads, refusing NaN, Infinity and -Infinity (NotJsonNumber)."""
    return json.loads(text, parse_constant=refuse_constant)


def json_problem(exc: ValueError) -> str:
    if isinstance(exc, NotJsonNumber):
        return tr("{value} is not a JSON number (strict JSON readers refuse it)",
                  value=str(exc))
    if "digits" in str(exc):
        return tr("a number in the JSON is too long to read (thousands of digits)")
    return tr("unreadable JSON: {error}", error=str(exc))


def _typed(obj: dict, key: str, kind: type, line: int, default: Any) -> Any:
    value = obj.get(key)
    if value is None:
        return default
    if not isinstance(value, kind):
        raise RecordError(line, tr('"{key}" must be {kind}, not {found}', key=key,
                                   kind=_kind_name(kind), found=type(value).__name__))
    return value


def _kind_name(kind: type) -> str:
    return {dict: tr("an object"), list: tr("a list"), str: tr("a string"),
            int: tr("an integer")}[kind]


def _read_status(obj: dict, record: DocRecord, line: int) -> None:
    try:
        if obj.get("status") is not None:
            record.status = Status.parse(_typed(obj, "status", str, line, None)).value
        for name, value in _typed(obj, "statuses", dict, line, {}).items():
            record.statuses[str(name)] = Status.parse(value).value
    except ValueError as exc:
        raise RecordError(line, reason_of(exc)) from None


def _offset(value: Any, line: int, where: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(line, tr('{where}: "{name}" must be an integer, got {value!r}',
                                   where=where, name=name, value=value))
    return value


def _check_range(start: int, end: int, text: str, line: int, where: str) -> None:
    if not 0 <= start < end <= len(text):
        raise RecordError(line, tr("{where}: offsets [{start}, {end}) are outside the text "
                                   "(length {length}) or empty", where=where, start=start,
                                   end=end, length=len(text)))


_PLAIN = frozenset({"start", "end", "label", "text"})


def _span(item: Any, text: str, line: int, where: str) -> SpanRecord:
    # The usual span, {"start", "end", "label"} and maybe "text", checked at once; anything
    # else goes through every check below, which names what is wrong.
    if type(item) is dict and item.keys() <= _PLAIN:
        start, end, label = item.get("start"), item.get("end"), item.get("label")
        if type(start) is int and type(end) is int and 0 <= start < end <= len(text) \
                and type(label) is str and label and label == label.strip() \
                and item.get("text", text[start:end]) == text[start:end]:
            return SpanRecord(start, end, label, None, None, None, {}, None)
    if not isinstance(item, dict):
        raise RecordError(line, tr("{where}: a span must be an object", where=where))
    start = _offset(item.get("start"), line, where, "start")
    end = _offset(item.get("end"), line, where, "end")
    _check_range(start, end, text, line, where)
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        raise RecordError(line, tr('{where}: "label" must be a non-empty string', where=where))
    quoted = item.get("text")
    if quoted is not None and quoted != text[start:end]:
        # The usual cause: offsets counted in UTF-16 units or bytes by another tool.
        raise RecordError(line, tr('{where}: "text" {quoted!r} is not text[{start}:{end}] '
                                   "{found!r} (offsets must count code points)", where=where,
                                   quoted=quoted, start=start, end=end, found=text[start:end]))
    for key, kind in (("annotator", str), ("origin", str), ("attributes", dict), ("layer", str)):
        if item.get(key) is not None and not isinstance(item[key], kind):
            raise RecordError(line, tr('{where}: "{key}" must be {kind}', where=where, key=key,
                                       kind=_kind_name(kind)))
    origin = item.get("origin")
    if origin is not None and not origin.strip():  # a suggester's name is an origin too
        raise RecordError(line, tr('{where}: "origin" must not be empty', where=where))
    return SpanRecord(start, end, label.strip(), item.get("id"), item.get("annotator"), origin,
                      item.get("attributes") or {}, item.get("layer"))


def _doccano_span(item: Any, text: str, line: int, where: str) -> SpanRecord:
    span_id = None
    if isinstance(item, dict):  # doccano's newer {"id", "start_offset", "end_offset", "label"}
        span_id = item.get("id")
        item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
    if not isinstance(item, list) or len(item) != 3:
        raise RecordError(line, tr('{where}: expected [start, end, "LABEL"]', where=where))
    start = _offset(item[0], line, where, "start")
    end = _offset(item[1], line, where, "end")
    _check_range(start, end, text, line, where)
    if not isinstance(item[2], str) or not item[2].strip():
        raise RecordError(line, tr("{where}: the label must be a non-empty string",
                                   where=where))
    return SpanRecord(start, end, item[2].strip(), id=span_id)


def _relation(item: Any, line: int, where: str) -> RelationRecord:
    if not isinstance(item, dict):
        raise RecordError(line, tr("{where}: a relation must be an object", where=where))
    if "from_id" in item and "head" not in item:  # doccano: from_id is the head
        item = {**item, "head": item.get("from_id"), "tail": item.get("to_id")}
    for key in ("head", "tail"):
        if item.get(key) is None:
            raise RecordError(line, tr('{where}: missing "{key}"', where=where, key=key))
    if not isinstance(item.get("type"), str):
        raise RecordError(line, tr('{where}: "type" must be a string', where=where))
    return RelationRecord(item["head"], item["tail"], item["type"], item.get("annotator"))


def document_record(doc: Document, spans: list[Span], relations: list[Relation],
                    statuses: dict[str, Status]) -> dict[str, Any]:
    """The native JSONL object for one document."""
    record: dict[str, Any] = {"id": doc.external_id if doc.external_id is not None else doc.id,
                              "text": doc.text, "meta": doc.meta}
    if doc.note:
        record["note"] = doc.note
    if statuses:
        record["status"] = overall_status([s.value for s in statuses.values()]).value
        record["statuses"] = {a: s.value for a, s in statuses.items()}
    # Span ids count within the document, in the order the spans go out (text order): the
    # project's own ids depend on the order spans were made in, and an import numbers them
    # anew, so export -> import -> export gives the same bytes only with ids of the file's own.
    number = {span.id: n for n, span in enumerate(spans, start=1)}
    record["spans"] = [_span_object(s, number[s.id], doc.text) for s in spans]
    record["relations"] = [{"head": number[r.head], "tail": number[r.tail], "type": r.type,
                            **({"annotator": r.annotator} if r.annotator else {})}
                           for r in relations]
    return record


def _span_object(span: Span, number: int, text: str) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": number, "start": span.start, "end": span.end, "label": span.label,
           "layer": span.layer, "text": text[span.start:span.end],
           "annotator": span.annotator, "origin": span.origin.value}
    if span.attributes:
        obj["attributes"] = span.attributes
    return obj


def write_line(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n")
