"""brat standoff: NAME.txt holds the text, NAME.ann its annotations, offsets in code points.

    T1<TAB>LOC 4 9<TAB>بغداد            a span (fragments `4 9;11 15` when it runs over a line break)
    R1<TAB>said_by Arg1:T2 Arg2:T1      a relation, Arg1 the head
    A1<TAB>certainty T1 high            an attribute (no value: true; M lines alike)
    #1<TAB>AnnotatorNotes T1<TAB>...    a note (stored as the span's "note" attribute; another
                                        kind, #2<TAB>Lemma T1<TAB>..., as its "#Lemma")

brat, INCEpTION and many published corpora read and write this shape. On import, fragments
that only a line break separates are one span again; the fragments of a truly discontinuous
span (`T1<TAB>Body 0 8;19 28`) become spans linked one to the next by "fragment". Events (E
lines) and what is said of them are ignored, each with a warning naming its line.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

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
        yield RecordError(0, tr("no {name} beside it: a brat document is a .txt and an .ann",
                                name=txt.name))
        return
    try:
        text, _ = read_text_file(txt)
    except DecodeError as exc:
        yield RecordError(0, located(txt.name, None, reason_of(exc)))
        return
    rec = DocRecord(text=text, external_id=txt.stem)
    if ann.is_file():
        try:
            _annotations(ann.read_bytes().decode("utf-8-sig"), text, rec)
        except UnicodeDecodeError as exc:
            yield RecordError(0, tr("{name} is not UTF-8 (byte {at})", name=ann.name,
                                    at=exc.start))
            return
        except RecordError as exc:
            yield exc
            return
    yield rec


# Line breaks: brat cuts a span into fragments at "\n" (and strips the white space around it),
# our export at "\r", "\n" and U+2029, other tools elsewhere. A gap of white space holding one
# between two fragments is such a cut, and the fragments are one span again on import.
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
FRAGMENT = "fragment"  # the link between the pieces of a discontinuous span


def ann_lines(data: str) -> Iterator[tuple[int, str]]:
    """(number, line) of an .ann file, split at "\n" only: a span's text may hold U+2028,
    U+0085, VT, FF or FS (brat counts them in its offsets and writes them as they are), which
    str.splitlines() would take for line ends. A "\r" before the "\n" goes."""
    for number, line in enumerate(data.split("\n"), start=1):
        yield number, line[:-1] if line.endswith("\r") else line


def _annotations(data: str, text: str, rec: DocRecord) -> None:
    spans: dict[str, SpanRecord] = {}
    defined: dict[str, int] = {}       # every id of the file -> its line
    later: list[tuple[int, str]] = []  # R, A, M and # lines may name a T line further down
    ignored: list[int] = []
    for number, line in ann_lines(data):
        if not line.strip():
            continue
        defined.setdefault(line.split("\t", 1)[0], number)
        kind = line[:1]
        if kind == "T":
            span = _text_bound(line, number, text, rec)
            spans[span.id] = span
        elif kind in "RAM#":
            later.append((number, line))
        else:
            ignored.append(number)  # events, normalizations, equivalences: nothing we store
    for number, line in later:
        fields = line.split("\t", 2)
        args = fields[1].split() if len(fields) > 1 else []
        if line[0] == "R":
            if len(args) != 3 or not args[1].startswith("Arg1:") or not args[2].startswith("Arg2:"):
                raise RecordError(number, tr("expected R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>"))
            head, tail = args[1][5:], args[2][5:]
            if all(_target(spans, defined, ref, number) for ref in (head, tail)):
                rec.relations.append(RelationRecord(head, tail, args[0]))
            else:
                rec.line_warnings.append((number, _not_on_span(fields[0], head, tail)))
        elif line[0] in "AM":
            if len(args) not in (2, 3):
                raise RecordError(number, tr("expected A<n><TAB>NAME T<n> [VALUE]"))
            target = _target(spans, defined, args[1], number)
            if target is None:
                rec.line_warnings.append((number, _not_on_span(fields[0], args[1])))
            else:
                target.attributes[args[0]] = args[2] if len(args) == 3 else True
        else:
            if len(args) != 2:
                raise RecordError(number, tr("expected #<n><TAB>TYPE T<n><TAB>NOTE"))
            noted = _target(spans, defined, args[1], number)
            if noted is None:
                rec.line_warnings.append((number, _not_on_span(fields[0], args[1])))
                continue
            # AnnotatorNotes is the span's note; another kind of note (Lemma, ...) is kept
            # under its own name, "#Lemma", and goes out again as a # line.
            key = NOTE if args[0] == "AnnotatorNotes" else "#" + args[0]
            value = fields[2] if len(fields) > 2 else ""
            old = noted.attributes.get(key)
            noted.attributes[key] = value if old is None else f"{old}\n{value}"
    if ignored:
        rec.line_warnings.append((ignored[0], tr(
            "{n} line(s) of kinds other than T, R, A, M and # (events, normalizations, "
            "equivalences) were ignored, the first here", n=len(ignored))))


def _not_on_span(line_id: str, *refs: str) -> str:
    return tr("{id} ignored: it is on {refs}, which is not a text span (T line), and only "
              "text spans are stored", id=line_id, refs=" ".join(refs))


def _text_bound(line: str, number: int, text: str, rec: DocRecord) -> SpanRecord:
    """Add the span of a T line to `rec` (a discontinuous one as its pieces, linked); returns
    the span (its first piece) that other lines name by the T line's id."""
    fields = line.split("\t", 2)
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
    pieces = _joined(sorted(pieces), text, number)
    parts = [SpanRecord(a, b, label, id=fields[0] if i == 0 else f"{fields[0]}:{i + 1}")
             for i, (a, b) in enumerate(pieces)]
    rec.spans.extend(parts)
    if len(parts) > 1:
        rec.relations.extend(RelationRecord(x.id, y.id, FRAGMENT) for x, y in zip(parts, parts[1:]))
        rec.line_warnings.append((number, tr(
            "{id} is a discontinuous span: stored as its {n} pieces, each linked to the next "
            "by {link!r}", id=fields[0], n=len(parts), link=FRAGMENT)))
    return parts[0]


def _joined(pieces: list[tuple[int, int]], text: str, number: int) -> list[tuple[int, int]]:
    """Fragments in text order, those cut only at a line break (or touching) made one again."""
    out = [pieces[0]]
    for start, end in pieces[1:]:
        last_start, last_end = out[-1]
        if start < last_end:
            raise RecordError(number, tr("the fragments of this span overlap"))
        gap = text[last_end:start]
        if not gap or (not gap.strip() and not _LINE_BREAKS.isdisjoint(gap)):
            out[-1] = (last_start, end)
        else:
            out.append((start, end))
    return out


def _target(spans: dict[str, SpanRecord], defined: dict[str, int], ref: str,
            number: int) -> SpanRecord | None:
    """The span a line names; None when it names another kind of line (an event, a
    relation), which the caller ignores with a warning."""
    if ref in spans:
        return spans[ref]
    if ref in defined:
        return None
    raise RecordError(number, tr("{ref} names no line of the file", ref=ref))


# ---- writing ------------------------------------------------------------------------------

_NAME_BYTES = 100   # a file name's stem at most this long in UTF-8 (file systems allow 255)


def file_name(external_id: Any, doc_id: int, taken: Callable[[str], bool]) -> str:
    """A file name from the document's own id: short (at most 100 bytes of UTF-8, whatever
    the id) and unique in the export, also where a file system ignores case (`taken` says
    whether a casefolded name is already given)."""
    base = _SAFE.sub("_", str(external_id)).strip("._") if external_id is not None else ""
    base = _cut(base, _NAME_BYTES) or f"doc-{doc_id}"
    name, n = base, 1
    while taken(name.casefold()):   # ids x-3, x, x: the third is x-3-2, not a second x-3
        suffix = f"-{doc_id}" if n == 1 else f"-{doc_id}-{n}"
        name = _cut(base, _NAME_BYTES - len(suffix)) + suffix
        n += 1
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
            elif key[:1] == "#" and isinstance(value, str) and len(key[1:].split()) == 1 \
                    and key[1:] == key[1:].strip():  # a note of another kind (#Lemma)
                notes += 1
                lines.append(f"#{notes}\t{key[1:]} {t}\t" + " ".join(value.split()))
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
    moved in at the end, so a failure leaves DIR as it was; never over the project itself."""
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
    moved = 0
    try:
        # Memory flat in the number of documents: the names given are asked of the folder
        # (an empty marker file per name, casefolded, so that names differing only in case
        # stay apart for file systems that ignore it) and the files moved as the folder is
        # read, where a set of names and a sorted list of every path grew it (85 -> 180 MB
        # from 1,000 to 100,000 documents). Plain string paths: pathlib interns every name.
        folder, into = str(work), str(target)

        def taken(folded: str) -> bool:
            return os.path.exists(os.path.join(folder, "." + folded))

        def give(name: str) -> None:
            open(os.path.join(folder, "." + name.casefold()), "wb").close()

        for doc, spans in selected(project, selection or Selection(), summary, progress):
            kept = {s.id for s in spans}
            relations = [r for r in project.spans.relations(doc.id)
                         if r.head in kept and r.tail in kept]
            name = file_name(doc.external_id, doc.id, taken)
            while any(names_project(os.path.join(into, name + ext), project.path)
                      for ext in (".txt", ".ann")):   # never over the project itself
                give(name)
                name = file_name(doc.external_id, doc.id, taken)
            give(name)
            ann, lost = ann_text(doc.text, spans, relations)
            for ending, data in ((".txt", doc.text), (".ann", ann)):
                with open(os.path.join(folder, name + ending), "wb") as fh:
                    fh.write(data.encode("utf-8"))
            summary.not_carried["span attribute values with white space or structure"] += lost
        with os.scandir(folder) as entries:  # (moving a file already listed is safe)
            for entry in entries:
                if entry.name.startswith("."):   # a name marker: gone here, so that rmtree
                    os.unlink(entry.path)         # below lists nothing
                else:
                    os.replace(entry.path, os.path.join(into, entry.name))
                    moved += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary.extra.append(f"{moved // 2} .txt/.ann pairs written to {target}")
    return summary
