"""brat standoff: NAME.txt holds the text, NAME.ann its annotations, offsets in code points.

    T1<TAB>LOC 4 9<TAB>بغداد            a span (fragments `4 9;11 15` when it runs over a line break)
    R1<TAB>said_by Arg1:T2 Arg2:T1      a relation, Arg1 the head
    A1<TAB>certainty T1 high            an attribute (no value: true)
    #1<TAB>AnnotatorNotes T1<TAB>...    a note (stored as the span's "note" attribute)

brat, INCEpTION and many published corpora read and write this shape.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterator, Sequence

from annotator.core.messages import located, reason_of, tr
from annotator.core.model import Relation, Span
from annotator.core.store.connection import names_project
from annotator.core.text.decode import DecodeError, read_text_file
from annotator.formats.records import DocRecord, RecordError, RelationRecord, SpanRecord

NOTE = "note"  # the span attribute that brat's AnnotatorNotes lines carry
_BREAKS = re.compile(r"[\r\n\u2029]+")
_SAFE = re.compile(r"[^\w\-.]+")


# ---- reading ------------------------------------------------------------------------------

def read(path: Path) -> Iterator[DocRecord | RecordError]:
    """Read the pair NAME.txt + NAME.ann (either may be the path given)."""
    txt, ann = path.with_suffix(".txt"), path.with_suffix(".ann")
    if not txt.is_file():
        yield RecordError(1, tr("no {name} beside it: a brat document is a .txt and an .ann",
                                name=txt.name))
        return
    try:
        text, _ = read_text_file(txt)
    except DecodeError as exc:
        yield RecordError(1, located(txt.name, None, reason_of(exc)))
        return
    rec = DocRecord(text=text, external_id=txt.stem)
    if ann.is_file():
        try:
            _annotations(ann.read_bytes().decode("utf-8-sig"), text, rec)
        except UnicodeDecodeError as exc:
            yield RecordError(1, tr("{name} is not UTF-8 (byte {at})", name=ann.name,
                                    at=exc.start))
            return
        except RecordError as exc:
            yield exc
            return
    yield rec


def _annotations(data: str, text: str, rec: DocRecord) -> None:
    spans: dict[str, SpanRecord] = {}
    later: list[tuple[int, str]] = []  # R, A and # lines may name a T line further down
    ignored = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        kind = line[:1]
        if kind == "T":
            span = _text_bound(line, number, text)
            spans[span.id] = span
            rec.spans.append(span)
        elif kind in "RAM#":
            later.append((number, line))
        else:
            ignored += 1  # events, normalizations, equivalences: nothing we store
    for number, line in later:
        fields = line.split("\t")
        args = fields[1].split() if len(fields) > 1 else []
        if line[0] == "R":
            if len(args) != 3 or not args[1].startswith("Arg1:") or not args[2].startswith("Arg2:"):
                raise RecordError(number, tr("expected R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>"))
            head, tail = args[1][5:], args[2][5:]
            for ref in (head, tail):
                _target(spans, ref, number)
            rec.relations.append(RelationRecord(head, tail, args[0]))
        elif line[0] in "AM":
            if len(args) not in (2, 3):
                raise RecordError(number, tr("expected A<n><TAB>NAME T<n> [VALUE]"))
            _target(spans, args[1], number).attributes[args[0]] = \
                args[2] if len(args) == 3 else True
        elif len(args) == 2 and args[0] == "AnnotatorNotes":
            _target(spans, args[1], number).attributes[NOTE] = \
                fields[2] if len(fields) > 2 else ""
    if ignored:
        rec.warnings.append(tr("{n} line(s) of kinds other than T, R, A and # were ignored",
                               n=ignored))


def _text_bound(line: str, number: int, text: str) -> SpanRecord:
    fields = line.split("\t")
    if len(fields) < 2 or len(fields[1].split(" ", 1)) < 2:
        raise RecordError(number, tr("expected T<n><TAB>LABEL START END<TAB>TEXT"))
    label, where = fields[1].split(" ", 1)
    pieces: list[tuple[int, int]] = []
    for fragment in where.split(";"):
        try:
            start, end = (int(x) for x in fragment.split())
        except ValueError:
            raise RecordError(number, tr("{fragment!r} is not START END",
                                         fragment=fragment)) from None
        if not 0 <= start < end <= len(text):
            raise RecordError(number, tr("offsets [{start}, {end}) are outside the text "
                                         "(length {length}) or empty", start=start, end=end,
                                         length=len(text)))
        pieces.append((start, end))
    quoted = fields[2] if len(fields) > 2 else None
    if quoted is not None and quoted != " ".join(text[a:b] for a, b in pieces):
        raise RecordError(number, tr("{quoted!r} is not the text at {where} (offsets must "
                                     "count code points)", quoted=quoted, where=where))
    return SpanRecord(min(a for a, _ in pieces), max(b for _, b in pieces), label,
                      id=fields[0])


def _target(spans: dict[str, SpanRecord], ref: str, number: int) -> SpanRecord:
    if ref not in spans:
        raise RecordError(number, tr("{ref} names no T line of the file", ref=ref))
    return spans[ref]


# ---- writing ------------------------------------------------------------------------------

_NAME_BYTES = 100   # a file name's stem at most this long in UTF-8 (file systems allow 255)


def file_name(external_id: Any, doc_id: int, taken: set[str]) -> str:
    """A file name from the document's own id: short (at most 100 bytes of UTF-8, whatever
    the id) and unique in the export, also where a file system ignores case (`taken` holds
    the names given so far, casefolded)."""
    base = _SAFE.sub("_", str(external_id)).strip("._") if external_id is not None else ""
    base = _cut(base, _NAME_BYTES) or f"doc-{doc_id}"
    name, n = base, 1
    while name.casefold() in taken:   # ids x-3, x, x: the third is x-3-2, not a second x-3
        suffix = f"-{doc_id}" if n == 1 else f"-{doc_id}-{n}"
        name = _cut(base, _NAME_BYTES - len(suffix)) + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _cut(name: str, limit: int) -> str:
    """At most `limit` bytes of UTF-8, cut at a character's end."""
    return name.encode("utf-8")[:max(limit, 0)].decode("utf-8", "ignore")


def ann_text(text: str, spans: Sequence[Span], relations: Sequence[Relation]
                ) -> tuple[str, int]:
    """The .ann content, and how many attribute values brat cannot hold (a value with white
    space, a list or an object) were left out."""
    lines: list[str] = []
    t_of: dict[int | None, str] = {}
    attrs = notes = left_out = 0
    for n, span in enumerate(spans, start=1):
        t = t_of[span.id] = f"T{n}"
        pieces = _fragments(text, span.start, span.end)
        where = ";".join(f"{a} {b}" for a, b in pieces)
        lines.append(f"{t}\t{span.label} {where}\t" + " ".join(text[a:b] for a, b in pieces))
        for key, value in (span.attributes or {}).items():
            if key == NOTE and isinstance(value, str):
                notes += 1
                lines.append(f"#{notes}\tAnnotatorNotes {t}\t" + " ".join(value.split()))
            elif value is True:
                attrs += 1
                lines.append(f"A{attrs}\t{key} {t}")
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool) \
                    and str(value) and len(str(value).split()) == 1 and " " not in key:
                attrs += 1
                lines.append(f"A{attrs}\t{key} {t} {value}")
            elif value is not False and value is not None:
                left_out += 1
    for n, rel in enumerate(relations, start=1):
        if rel.head in t_of and rel.tail in t_of:
            lines.append(f"R{n}\t{rel.type} Arg1:{t_of[rel.head]} Arg2:{t_of[rel.tail]}")
    return "".join(line + "\n" for line in lines), left_out


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks (a .ann line cannot hold one), as brat itself does."""
    out, at = [], start
    for m in _BREAKS.finditer(text, start, end):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < end:
        out.append((at, end))
    return out or [(start, end)]


def export_brat(project: Any, out: Any, selection: Any = None, progress: Any = None,
                options: Any = None) -> Any:
    """DIR/NAME.txt and DIR/NAME.ann per document. Written into a new folder beside DIR and
    moved in at the end, so a failure leaves DIR as it was."""
    import shutil
    import tempfile

    from annotator.formats.selection import ExportSummary, Selection, selected
    if not options or not options.out_path:
        raise ValueError("brat needs --out DIR (a folder)")
    target = Path(options.out_path)
    target.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    summary.format = "brat"
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        taken: set[str] = set()
        for doc, spans in selected(project, selection or Selection(), summary, progress):
            kept = {s.id for s in spans}
            relations = [r for r in project.spans.relations(doc.id)
                         if r.head in kept and r.tail in kept]
            name = file_name(doc.external_id, doc.id, taken)
            while any(names_project(target / f"{name}{ext}", project.path)
                      for ext in (".txt", ".ann")):   # never over the project itself
                name = file_name(doc.external_id, doc.id, taken)
            (work / f"{name}.txt").write_bytes(doc.text.encode("utf-8"))
            ann, lost = ann_text(doc.text, spans, relations)
            (work / f"{name}.ann").write_bytes(ann.encode("utf-8"))
            summary.not_carried["span attribute values with white space or structure"] += lost
        moved = 0
        for path in sorted(work.iterdir()):
            os.replace(path, target / path.name)
            moved += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary.extra.append(f"{moved // 2} .txt/.ann pairs written to {target}")
    return summary
