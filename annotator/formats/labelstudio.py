"""Label Studio JSON: a list of tasks, each {"data": {"text"}, "annotations": [{"result": [...]}]}
with results of type "labels" (value.start/end/text/labels, from_name "label", to_name "text")
and of type "relation" (from_id, to_id: the head and tail regions, labels: [type]).
Reading takes a list of tasks or one task; the file is parsed whole (Label Studio writes one
JSON document, not lines)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator, Sequence

from annotator.core.messages import tr
from annotator.core.model import Document, Relation, Span
from annotator.formats.jsonl import NotJsonNumber, json_problem, refuse_constant
from annotator.formats.records import DocRecord, RecordError, RelationRecord, SpanRecord

FROM_NAME, TO_NAME = "label", "text"


def task(doc: Document, spans: Sequence[Span],
         relations: Sequence[Relation] = ()) -> dict[str, Any]:
    text = doc.text
    result: list[dict[str, Any]] = [
        {"id": f"s{s.id}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
         "origin": "manual",
         "value": {"start": s.start, "end": s.end, "text": text[s.start:s.end],
                   "labels": [s.label]}} for s in spans]
    result += [{"type": "relation", "from_id": f"s{r.head}", "to_id": f"s{r.tail}",
                "direction": "right", "labels": [r.type]} for r in relations]
    return {"id": doc.id, "data": {"text": text, "meta": doc.meta,
                                   **({"external_id": doc.external_id}
                                      if doc.external_id is not None else {})},
            "annotations": [{"result": result}]}


def _constant_line(text: str) -> int:
    """The line of the first NaN or Infinity standing as a value (json does not say where)."""
    found = re.search(r"[:\[,]\s*-?(?:NaN|Infinity)\b", text)
    return text.count("\n", 0, found.end()) + 1 if found else 1


def read(path: Path) -> Iterator[DocRecord | RecordError]:
    try:
        data = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield RecordError(0, tr("not UTF-8 (byte {at})", at=exc.start))
        return
    try:
        for i, (line, item) in enumerate(_tasks(data)):
            try:
                yield _task(item, i, line)
            except RecordError as exc:
                yield exc
    except json.JSONDecodeError as exc:
        yield RecordError(exc.lineno, tr("broken JSON: {error} (column {column})",
                                         error=exc.msg, column=exc.colno))
    except RecursionError:
        yield RecordError(0, tr("JSON nested too deeply"))
    except ValueError as exc:  # e.g. a number of thousands of digits, or NaN
        yield RecordError(_constant_line(data) if isinstance(exc, NotJsonNumber) else 0,
                          json_problem(exc))


_SPACE = re.compile(r"[ \t\n\r]*")


def _tasks(data: str) -> Iterator[tuple[int, Any]]:
    """(line, task) for each task of a list of tasks, or of one task: each decoded where it
    starts, so a message names the line of its own task rather than line 1."""
    decoder = json.JSONDecoder(parse_constant=refuse_constant)
    skip = lambda at: _SPACE.match(data, at).end()  # type: ignore[union-attr]
    line, counted = 1, 0

    def line_at(at: int) -> int:
        nonlocal line, counted
        line += data.count("\n", counted, at)
        counted = at
        return line

    at = skip(0)
    if not data.startswith("[", at):  # one task
        item, end = decoder.raw_decode(data, at)
        if skip(end) != len(data):
            raise json.JSONDecodeError("Extra data", data, skip(end))
        yield line_at(at), item
        return
    at = skip(at + 1)
    if data.startswith("]", at):
        end = at + 1
    else:
        while True:
            item, end = decoder.raw_decode(data, at)
            yield line_at(at), item
            end = skip(end)
            if data.startswith(",", end):
                at = skip(end + 1)
                continue
            if not data.startswith("]", end):
                raise json.JSONDecodeError("Expecting ',' delimiter", data, end)
            end += 1
            break
    if skip(end) != len(data):
        raise json.JSONDecodeError("Extra data", data, skip(end))


def _task(item: Any, i: int, line: int) -> DocRecord:
    where = tr("task {n}", n=i + 1)
    if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
        raise RecordError(line, tr('{where}: expected an object with "data"', where=where))
    text = item["data"].get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(line, tr('{where}: "data.text" must be a non-empty string', where=where))
    meta = item["data"].get("meta")
    rec = DocRecord(text=text, line=line, meta=meta if isinstance(meta, dict) else {},
                    external_id=item["data"].get("external_id", item.get("id")),
                    has_attributes=False)
    groups = item.get("annotations") or item.get("completions") or []
    if not isinstance(groups, list):
        raise RecordError(line, tr('{where}: "annotations" must be a list', where=where))
    seen: dict[tuple[int, int, str], SpanRecord] = {}
    alias: dict[Any, Any] = {}  # a region id -> the id of the equal span kept
    links: list[dict] = []
    for group in groups:
        results = group.get("result", []) if isinstance(group, dict) else None
        if not isinstance(results, list):
            raise RecordError(line, tr('{where}: an annotation\'s "result" must be a list',
                                    where=where))
        for res in results:
            if isinstance(res, dict) and res.get("type") == "relation":
                links.append(res)
            for span in _result(res, text, where, line):
                kept = seen.setdefault((span.start, span.end, span.label), span)
                if kept is span:
                    rec.spans.append(span)
                alias.setdefault(span.id, kept.id)
    for res in links:
        head, tail = alias.get(res.get("from_id")), alias.get(res.get("to_id"))
        if head is None or tail is None:
            raise RecordError(line, tr("{where}: a relation names a region the task lacks "
                                    "({head!r} -> {tail!r})", where=where,
                                    head=res.get("from_id"), tail=res.get("to_id")))
        labels = res.get("labels") or ["related"]
        if res.get("direction") == "left":
            head, tail = tail, head
        for name in labels:
            rec.relations.append(RelationRecord(head, tail, str(name)))
    return rec


def _result(res: Any, text: str, where: str, line: int) -> list[SpanRecord]:
    if not isinstance(res, dict) or res.get("type") not in ("labels", "hypertextlabels"):
        return []  # choices, ratings, relations: nothing we store as a span
    value = res.get("value")
    if not isinstance(value, dict):
        raise RecordError(line, tr('{where}: a result needs a "value" object', where=where))
    start, end = value.get("start"), value.get("end")
    if isinstance(start, bool) or not isinstance(start, int) or \
            isinstance(end, bool) or not isinstance(end, int):
        raise RecordError(line, tr("{where}: value.start and value.end must be integers",
                                where=where))
    if not 0 <= start < end <= len(text):
        raise RecordError(line, tr("{where}: offsets [{start}, {end}) are outside the text "
                                "(length {length}) or empty", where=where, start=start, end=end,
                                length=len(text)))
    quoted = value.get("text")
    if quoted is not None and quoted != text[start:end]:
        raise RecordError(line, tr("{where}: value.text {quoted!r} is not text[{start}:{end}] "
                                "(offsets must count code points)", where=where, quoted=quoted,
                                start=start, end=end))
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels or \
            not all(isinstance(x, str) and x.strip() for x in labels):
        raise RecordError(line, tr("{where}: value.labels must be a list of label names",
                                where=where))
    return [SpanRecord(start, end, x.strip(), id=res.get("id")) for x in labels]
