"""Training exports (docbin, hf) of a large project, each against a floor measured in the same
run that does the same work with the library's own API straight from the rows.

- docbin, ours: `export_docbin` (CoNLL tokens and sentences, outer entities, span groups).
  floor: read the document rows, their stored token layouts and span rows, build each spaCy Doc
  from the layout's tokens, set doc.ents (outer level) and doc.spans["quote"/"claim"] by token
  index, add it to a DocBin and write its bytes.
- hf, ours: `export_hf`. floor: from the same rows, IOB2 tags over the layout's tokens by two
  binary searches per span, one json.dumps per sentence, written.
Peak memory is measured in child processes (VmHWM) for a tenth of the data and for all of it.
The project is the one bench/bench_export.py builds (its generator is reused).

    python bench/bench_train_export.py [--docs 20000] [--spans-per-doc 10] [--repeat 1]
                                       [--only docbin|hf]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from annotator.core.store import Project  # noqa: E402
from annotator.core.text.layout import sentence_starts, unpack  # noqa: E402
from annotator.formats.docbin import ATTRS, export_docbin  # noqa: E402
from annotator.formats.export import ExportOptions  # noqa: E402
from annotator.formats.hf import export_hf  # noqa: E402
from bench_export import make_project  # noqa: E402
from peak import peak_memory_mb  # noqa: E402
from timing import seconds_on, seconds_writing  # noqa: E402

_ROWS = ("SELECT d.id, d.text, y.tokens, y.width, y.starts, y.spos FROM documents d "
         "JOIN doc_layouts y ON y.doc_id = d.id WHERE d.id > ? ORDER BY d.id LIMIT 200")
_SPANS = ("SELECT s.doc_id, s.start, s.end, s.label, l.layer FROM spans s JOIN labels l "
          "ON l.name = s.label WHERE s.doc_id > ? AND s.doc_id <= ? "
          "ORDER BY s.doc_id, s.start, s.end DESC")


def rows(project: Project):
    """(id, text, layout, spans) straight from the rows, 200 documents at a time."""
    last = 0
    while True:
        docs = project.conn.execute(_ROWS, (last,)).fetchall()
        if not docs:
            return
        by_doc: dict[int, list] = {}
        for r in project.conn.execute(_SPANS, (last, docs[-1][0])):
            by_doc.setdefault(r[0], []).append(r)
        last = docs[-1][0]
        for doc_id, text, *packed in docs:
            yield doc_id, text, unpack(*packed), by_doc.get(doc_id, [])


def outer(spans: list) -> list:
    kept, end = [], -1
    for s in spans:
        if s[4] == "entity" and s[1] >= end:
            kept.append(s)
            end = s[2]
    return kept


def ours_docbin(db: Path, out: Path) -> float:
    return seconds_on(db, lambda project: export_docbin(
        project, None, options=ExportOptions(out_path=str(out), nesting="outer")))


def floor_docbin(db: Path, out: Path) -> float:
    import spacy
    from spacy.tokens import Doc, DocBin, Span
    vocab = spacy.blank("xx").vocab

    def work(project: Project) -> None:
        docs = DocBin(attrs=ATTRS, store_user_data=True)
        for doc_id, text, layout, spans in rows(project):
            starts, ends = layout.starts, layout.ends
            words = [text[a:b] for a, b in zip(starts, ends)]
            spaces = [e < s for e, s in zip(ends, starts[1:])] + [False]
            doc = Doc(vocab, words=words, spaces=spaces)  # (one space between words here)
            tok = lambda s: (bisect_left(starts, s[1]), bisect_left(ends, s[2]) + 1)
            doc.ents = [Span(doc, *tok(s), s[3]) for s in outer(spans)]
            for layer in ("quote", "claim"):
                doc.spans[layer] = [Span(doc, *tok(s), s[3]) for s in spans if s[4] == layer]
            doc.user_data["id"] = str(doc_id)
            docs.add(doc)
        out.write_bytes(docs.to_bytes())
    return seconds_on(db, work)


def ours_hf(db: Path, out: Path) -> float:
    return seconds_writing(db, out, lambda project, fh: export_hf(
        project, fh, options=ExportOptions(out_path=str(out), nesting="outer")))


def floor_hf(db: Path, out: Path) -> float:
    def work(project: Project, fh) -> None:
        for doc_id, text, layout, spans in rows(project):
            starts, ends = layout.starts, layout.ends
            tokens = [text[a:b] for a, b in zip(starts, ends)]
            tags = ["O"] * len(tokens)
            for s in outer(spans):
                first, last = bisect_left(starts, s[1]), bisect_left(ends, s[2])
                tags[first] = "B-" + s[3]
                tags[first + 1:last + 1] = ["I-" + s[3]] * (last - first)
            cuts = [0, *sentence_starts(layout), len(tokens)]
            fh.write("".join(json.dumps({"id": f"{doc_id}-{n}", "tokens": tokens[a:b],
                                         "ner_tags": tags[a:b]}, ensure_ascii=False) + "\n"
                             for n, (a, b) in enumerate(zip(cuts, cuts[1:]))))
    return seconds_writing(db, out, work)


_MEMORY = """
from annotator.core.store import Project
from annotator.formats.export import ExportOptions
from annotator.formats.{0} import export_{0}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    export_{0}(Project(sys.argv[1]), out, options=ExportOptions(out_path=sys.argv[2] + ".{1}",
                                                               nesting="outer"))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--spans-per-doc", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating")
    parser.add_argument("--only", choices=["docbin", "hf"], help="measure one format only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        big, small = tmp / "big.annotator", tmp / "small.annotator"
        make_project(big, args.docs, args.spans_per_doc)
        make_project(small, max(1, args.docs // 10), args.spans_per_doc, seed=8)
        print(f"{args.docs} documents, {args.docs * args.spans_per_doc} spans")
        for name, ours, floor, suffix in (("docbin", ours_docbin, floor_docbin, "spacy"),
                                          ("hf", ours_hf, floor_hf, "jsonl")):
            if args.only and name != args.only:
                continue
            t_ours = t_floor = float("inf")
            if name == "docbin":  # spaCy's import and a blank pipeline, paid by neither run
                import spacy
                spacy.blank("xx")
            for _ in range(args.repeat):
                t_ours = min(t_ours, ours(big, tmp / f"ours.{suffix}"))
                t_floor = min(t_floor, floor(big, tmp / f"floor.{suffix}"))
            size = (tmp / f"ours.{suffix}").stat().st_size
            print(f"{name}: ours {t_ours:7.2f} s ({args.docs / t_ours:,.0f} documents/s, "
                  f"{size / 1e6:.0f} MB); floor {t_floor:7.2f} s; ours/floor "
                  f"{t_ours / t_floor:.2f}x")
            code = _MEMORY.format(name, "labels" if name == "hf" else "spacy")
            m_small = peak_memory_mb(code, small, tmp / f"m1.{suffix}")
            m_big = peak_memory_mb(code, big, tmp / f"m2.{suffix}")
            print(f"{name}: peak memory {m_small:.0f} MB for {args.docs // 10} documents, "
                  f"{m_big:.0f} MB for {args.docs}")


if __name__ == "__main__":
    main()
