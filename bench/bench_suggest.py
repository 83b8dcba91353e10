"""Suggestion benchmark: honest figures on real annotated Arabic, side by side in one run.

Data: ../shared/corpora/wojood-sample/train.txt beside the checkout (bench/common.py) (1,114 sentences, Wojood's 21 entity types, nested),
cut into documents of 10 sentences; every 5th document is held out for scoring, the rest is
imported into a project and marked done, as an annotation team would have it.
Scored on the outer entity level, exact spans (seqeval's strict IOB2 sense):
- reference: a plain CRF (word, 2/3-letter affixes, article flags, digit flag, length,
  neighbours' words), the same CRF settings, on the corpus's own tokens;
- ours, on the same tokens: the model's feature set (normal form, clitic-stripped form,
  shape, neighbours' forms ...);
- the suggesters as the product runs them: trained from the project, fed the held-out
  documents' text, spans compared by character offsets: model, names, both;
- the quote rules on the committed paragraph set (tests/data/quotes), with the paragraphs'
  entities known and without;
- time: training per 100 documents; suggesting for a 450-word article (quotes, names, model)
  against opening that article in the editor (offscreen, first page painted).
Run: python bench/bench_suggest.py [--size 10]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.store import Project  # noqa: E402
from annotator.formats.importer import import_paths  # noqa: E402
from annotator.suggest.arabic import tokens_of  # noqa: E402
from annotator.suggest.base import Mark  # noqa: E402
from annotator.suggest.crf import CrfTagger, ModelSuggester, train_bytes  # noqa: E402
from annotator.suggest.names import names_from_project  # noqa: E402
from annotator.suggest.quotes import QuoteSuggester  # noqa: E402
from annotator.suggest.runner import propose  # noqa: E402
from annotator.suggest.scoring import SpanCounts, tag_spans  # noqa: E402
from annotator.suggest.training import training_documents  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from common import shared_corpus  # noqa: E402
QUOTES = ROOT / "tests" / "data" / "quotes" / "paragraphs.jsonl"
ARTICLE = ROOT / "corpus" / "000_09860c928d697e92.txt"


def read_wojood(path: Path) -> list[list[tuple[str, list[str]]]]:
    """Sentences of (token, tags outer first)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, *tags = line.split()
        cur.append((tok, tags))
    if cur:
        sents.append(cur)
    return sents


def outer(sent) -> tuple[list[str], list[str]]:
    return [t for t, _ in sent], [tags[0] for _, tags in sent]


def write_conll(docs, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write("-DOCSTART-\n\n")
            for sent in doc:
                fh.writelines(f"{tok} {' '.join(tags)}\n" for tok, tags in sent)
                fh.write("\n")


def score_tokens(train, test, feature_set) -> tuple[SpanCounts, float]:
    t0 = time.perf_counter()
    tagger = CrfTagger(train_bytes([outer(s) for s in train], feature_set), feature_set)
    seconds = time.perf_counter() - t0
    counts = SpanCounts()
    for s in test:
        words, gold = outer(s)
        counts.add_tags(gold, tagger.tag(words))
    return counts, seconds


def gold_outer_spans(project, doc_id) -> set[tuple[int, int, str]]:
    rows = project.conn.execute(
        "SELECT s.start, s.end, s.label FROM spans s JOIN labels l ON l.name = s.label "
        "WHERE s.doc_id = ? AND l.layer = 'entity' ORDER BY s.start, s.end DESC",
        (doc_id,)).fetchall()
    out, taken_to = set(), -1
    for start, end, label in rows:
        if start >= taken_to:
            out.add((start, end, label))
            taken_to = end
    return out


def flat(spans) -> set[tuple[int, int, str]]:
    """The outer level of a set of proposals (longer first wins an overlap)."""
    out, taken_to = set(), -1
    for p in sorted(spans, key=lambda p: (p.start, -p.end)):
        if p.start >= taken_to:
            out.add((p.start, p.end, p.label))
            taken_to = p.end
    return out


def line(name: str, s, extra: str = "") -> str:
    return f"  {name:<44} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}{extra}"


def quote_figures() -> list[str]:
    docs = [json.loads(x) for x in QUOTES.read_text(encoding="utf-8").splitlines()]
    out = []
    for known_entities in (True, False):
        spans, links = SpanCounts(), SpanCounts()
        for d in docs:
            text = d["text"]
            known = [Mark(s["start"], s["end"], s["label"], s["layer"], s["id"])
                     for s in d["spans"] if s["layer"] == "entity"] if known_entities else []
            got = QuoteSuggester().suggest(text, known)
            key = {s["id"]: (s["start"], s["end"], s["label"]) for s in d["spans"]}
            spans.add({k for s in d["spans"] if s["layer"] != "entity"
                       for k in [key[s["id"]]]}, {p.key for p in got.spans if p.layer != "entity"})
            # a link counts as (quote range, speaker range, type): label-free on the speaker
            gold_links = {(key[r["head"]][:2], key[r["tail"]][:2], r["type"])
                          for r in d["relations"]}
            got_links = {(got.spans[k.head].key[:2], (key[k.tail_span][:2] if k.tail_span
                          else got.spans[k.tail].key[:2]), k.type) for k in got.links}
            links.add({(a, b, t) for a, b, t in gold_links}, got_links)
        how = "entities known" if known_entities else "no entities known"
        out.append(line(f"quotes+claims ({how})", spans.scores()))
        out.append(line(f"said_by/claimed_by links ({how})", links.scores()))
    return out


def time_article(project: Project, suggesters, reps: int) -> tuple[float, float, int]:
    """Suggesting for a 450-word article against opening it in the editor (first paint)."""
    from PySide6.QtWidgets import QApplication
    from annotator.gui.editor import DocumentEditor
    words = ARTICLE.read_text(encoding="utf-8").split(" ")
    text, n = [], 0
    for w in words:
        text.append(w)
        n += 1 if w.strip() else 0
        if n >= 450:
            break
    article = " ".join(text)
    doc, _ = project.documents.add(article)
    app = QApplication.instance() or QApplication([])
    ed = DocumentEditor(project, "bench")
    ed.resize(1000, 800)
    ed.show()
    app.processEvents()
    opens, sugg = [], []
    for _ in range(reps):
        ed.set_document(None)
        app.processEvents()
        t0 = time.perf_counter()
        ed.set_document(doc)
        ed.repaint()
        opens.append(time.perf_counter() - t0)
        known = [Mark(s.start, s.end, s.label, s.layer, s.id) for s in project.spans.of(doc)]
        tokens_of.cache_clear()  # the text is new to the suggesters each time (word caches stay)
        t0 = time.perf_counter()
        propose(suggesters, article, known)
        sugg.append(time.perf_counter() - t0)
    return statistics.median(sugg), statistics.median(opens), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10, help="sentences per document")
    ap.add_argument("--reps", type=int, default=7)
    args = ap.parse_args()
    sents = read_wojood(shared_corpus("wojood-sample") / "train.txt")  # missing: it says where
    docs = [sents[i:i + args.size] for i in range(0, len(sents), args.size)]
    test_docs = [d for i, d in enumerate(docs) if i % 5 == 4]
    train_docs = [d for i, d in enumerate(docs) if i % 5 != 4]
    train = [s for d in train_docs for s in d]
    test = [s for d in test_docs for s in d]
    print(f"wojood-sample: {len(sents)} sentences in {len(docs)} documents of {args.size}; "
          f"train {len(train_docs)} documents ({len(train)} sentences), "
          f"held out {len(test_docs)} ({len(test)} sentences); outer entity level, exact spans")

    ref, ref_s = score_tokens(train, test, "plain")
    ours, ours_s = score_tokens(train, test, "rich")
    print("on the corpus's own tokens, same CRF settings:")
    print(line("reference CRF (word, affix, neighbour)", ref.scores(),
               f"   trained in {ref_s:.1f} s"))
    print(line("ours (normal form, stem, shape, ...)", ours.scores(),
               f"   trained in {ours_s:.1f} s"))
    gain = ours.scores().f1 - ref.scores().f1
    print(f"  ours - reference: F1 {gain:+.3f}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_conll(train_docs, tmp / "train.conll")
        write_conll(test_docs, tmp / "test.conll")
        project = Project(tmp / "p.annotator")
        import_paths(project, [tmp / "train.conll"], annotator="gold")
        train_ids = project.documents.ids()
        for i in train_ids:
            project.statuses.set(i, "gold", "done")
        import_paths(project, [tmp / "test.conll"], annotator="gold")
        test_ids = [i for i in project.documents.ids() if i not in set(train_ids)]
        t0 = time.perf_counter()
        sentences = [s for d in training_documents(project, train_ids) for s in d]
        data = train_bytes(sentences)
        train_seconds = time.perf_counter() - t0
        model = ModelSuggester(CrfTagger(data))
        # names: only what annotators marked in the training documents
        held = {i: project.documents.text(i) for i in test_ids}
        gold = {i: gold_outer_spans(project, i) for i in test_ids}
        with project.transaction():
            project.conn.execute(f"DELETE FROM spans WHERE doc_id IN "
                                 f"({','.join(map(str, test_ids))})")
        names = names_from_project(project)
        print("the suggesters as the product runs them (project -> held-out text -> spans):")
        for label, suggesters in (("model", [model]), ("names", [names]),
                                  ("names + model", [names, model])):
            counts = SpanCounts()
            for i in test_ids:
                counts.add(gold[i], flat(propose(suggesters, held[i], []).spans))
            print(line(label, counts.scores()))
        per100 = train_seconds / len(train_ids) * 100
        print(f"training: {train_seconds:.1f} s for {len(train_ids)} documents "
              f"({len(sentences)} sentences): {per100:.1f} s per 100 documents of "
              f"{args.size} sentences")
        print("quote rules on tests/data/quotes/paragraphs.jsonl (16 paragraphs written for "
              "the rules; the rules were tuned on them):")
        for text in quote_figures():
            print(text)
        sugg, opened, n = time_article(project, [names, model, QuoteSuggester()], args.reps)
        print(f"suggesting for a {n}-word article (names, model, quotes): {sugg * 1000:.1f} ms; "
              f"opening it in the editor: {opened * 1000:.1f} ms; ratio {sugg / opened:.2f}")
        project.close()


if __name__ == "__main__":
    main()
