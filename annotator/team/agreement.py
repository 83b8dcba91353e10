"""Inter-annotator agreement over a project, as docs/cli.md (agreement) defines it.

Only documents an annotator marked done count for that annotator. For each pair: span F1
(exact and overlapping) and Cohen's kappa over tokens cut at every span edge of either
annotator; for all annotators together: Krippendorff's alpha (nominal) over tokens cut at
every span edge of those who finished the document, missing for those who did not. Every
measure per label as well (a label's kappa and alpha treat its tokens against all others).
Documents are read a batch at a time; token values are counted, never kept.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations, repeat
from typing import Any, Callable, Iterator, Optional

from annotator.core.messages import tr
from annotator.core.store.layouts import stored_layout
from annotator.core.text.layout import layout_of
from annotator.team import measures as m
from annotator.team.tokens import SpanTriple, cut_tokens, token_values

GOLD = "gold"
_BATCH = 300


class AgreementError(ValueError):
    """The question cannot be asked of this project (unknown layer or annotator)."""


class Stopped(Exception):
    """Raised between documents when the caller's `stop()` says the figures are not wanted."""


Stop = Callable[[], bool]


@dataclass
class _Pair:
    documents: int = 0
    confusion: Counter = field(default_factory=Counter)
    sizes: Counter = field(default_factory=Counter)     # (side, label) -> spans
    exact: Counter = field(default_factory=Counter)     # label -> matched spans
    overlap: Counter = field(default_factory=Counter)


@dataclass
class DocumentAgreement:
    doc_id: int
    annotators: list[str]
    f1_exact: Optional[float]   # mean over the pairs; 1.0 where neither marked anything
    alpha: Optional[float]


def done_annotators(project: Any, gold: str = GOLD) -> list[str]:
    """Names that marked at least one document done, the gold and the nameless left out."""
    return [r[0] for r in project.conn.execute(
        "SELECT DISTINCT annotator FROM statuses WHERE status = 'done' AND annotator NOT IN "
        "('', ?) ORDER BY annotator", (gold,))]


def layer_labels(project: Any, layer: str) -> list[str]:
    labels = [r[0] for r in project.conn.execute(
        "SELECT name FROM labels WHERE layer = ? ORDER BY position, name", (layer,))]
    if not labels:
        layers = [r[0] for r in project.conn.execute("SELECT name FROM layers ORDER BY position")]
        raise AgreementError(tr("unknown layer {layer!r} (layers: {layers})", layer=layer,
                                layers=", ".join(layers)))
    return labels


def agreement(project: Any, *, layer: str = "entity", annotators: list[str] | None = None,
              gold: str = GOLD,
              on_document: Callable[[DocumentAgreement], None] | None = None,
              stop: Stop | None = None) -> dict[str, Any]:
    """The agreement report (the shape in docs/cli.md) for one layer; `on_document` also receives
    each document's own figures (the GUI's per-document view); `stop()` true ends the work
    with Stopped (the GUI computes in the background and may not want it any more)."""
    labels = layer_labels(project, layer)
    known = set(done_annotators(project, gold=""))
    if annotators is None:
        names = done_annotators(project, gold)
    else:
        names = sorted(dict.fromkeys(annotators))
        missing = [n for n in names if n not in known]
        if missing:
            raise AgreementError(tr("no document marked done by {missing} (annotators with "
                                    "done documents: {known})", missing=", ".join(missing),
                                    known=", ".join(sorted(known))))
    pairs = {p: _Pair() for p in combinations(names, 2)}
    units: Counter = Counter()
    documents = 0
    for doc_id, done, starts, ends, spans in _documents(project, names, labels):
        if stop is not None and stop():
            raise Stopped
        documents += 1
        edges = [x for n in done for s, e, _ in spans[n] for x in (s, e)]
        cut_s, _ = cut_tokens(starts, ends, edges)
        values = {n: token_values(cut_s, spans[n]) for n in done}
        doc_units = Counter(zip(*(values[n] if n in values else repeat(None, len(cut_s))
                                  for n in names)))
        units.update(doc_units)
        split_anywhere = len(cut_s) != len(starts)
        f1s = []
        for a, b in combinations(done, 2):
            pair = pairs[(a, b)]
            pair.documents += 1
            if split_anywhere and len(done) > 2:  # a third annotator's edges must not count
                pair_s, _ = cut_tokens(starts, ends, [x for n in (a, b)
                                                      for s, e, _ in spans[n] for x in (s, e)])
                va, vb = token_values(pair_s, spans[a]), token_values(pair_s, spans[b])
            else:
                va, vb = values[a], values[b]
            pair.confusion.update(zip(va, vb))
            f1s.append(_count_spans(pair, spans[a], spans[b]))
        if on_document is not None:
            on_document(DocumentAgreement(doc_id, done, sum(f1s) / len(f1s), m.alpha(doc_units)))
    return _report(layer, names, labels, documents, pairs, units)


def document_f1s(project: Any, *, layer: str = "entity", gold: str = GOLD,
                 stop: Stop | None = None) -> list[DocumentAgreement]:
    """Each document's mean pairwise F1 exact, from spans alone (no tokens): quick enough to
    order a large project's documents for curation."""
    names = done_annotators(project, gold)
    out = []
    for doc_id, done, _, _, spans in _documents(project, names, layer_labels(project, layer),
                                                layouts=False):
        if stop is not None and stop():
            raise Stopped
        f1s = [_count_spans(_Pair(), spans[a], spans[b]) for a, b in combinations(done, 2)]
        out.append(DocumentAgreement(doc_id, done, sum(f1s) / len(f1s), None))
    return out


def _count_spans(pair: _Pair, a: list[SpanTriple], b: list[SpanTriple]) -> float:
    """Add one document's span counts to the pair; returns its F1 exact (1.0 if both empty)."""
    if not a and not b:
        return 1.0
    left, right = Counter(a), Counter(b)
    common = left & right
    for (_, _, label), n in common.items():
        pair.exact[label] += n
        pair.overlap[label] += n
    for (_, _, label), n in left.items():
        pair.sizes["a", label] += n
    for (_, _, label), n in right.items():
        pair.sizes["b", label] += n
    if common != left or common != right:  # overlapping matches among the rest, per label
        rest_a = m.by_key(sorted((left - common).elements()), lambda t: t[2])
        rest_b = m.by_key(sorted((right - common).elements()), lambda t: t[2])
        for label in rest_a.keys() & rest_b.keys():
            pair.overlap[label] += m.overlap_matches(rest_a[label], rest_b[label])
    return 2 * sum(common.values()) / (len(a) + len(b))


def _report(layer: str, names: list[str], labels: list[str], documents: int,
            pairs: dict[tuple[str, str], _Pair], units: Counter) -> dict[str, Any]:
    out_pairs = []
    for (a, b), pair in pairs.items():
        size_a = sum(n for (side, _), n in pair.sizes.items() if side == "a")
        size_b = sum(n for (side, _), n in pair.sizes.items() if side == "b")
        exact, overlap = sum(pair.exact.values()), sum(pair.overlap.values())
        by_label = {}
        for label in labels:
            la, lb = pair.sizes["a", label], pair.sizes["b", label]
            if la + lb == 0:
                continue
            by_label[label] = {
                "f1_exact": m.f1(pair.exact[label], la, lb),
                "f1_overlap": m.f1(pair.overlap[label], la, lb),
                "kappa": m.kappa(m.binary(pair.confusion, label)),
                "spans_a": la, "spans_b": lb}
        out_pairs.append({
            "a": a, "b": b, "documents": pair.documents,
            "f1_exact": m.f1(exact, size_a, size_b),
            "f1_overlap": m.f1(overlap, size_a, size_b),
            "kappa": m.kappa(pair.confusion),
            # b measured against a as the reference
            "precision_exact": m.ratio(exact, size_b), "recall_exact": m.ratio(exact, size_a),
            "tokens": sum(pair.confusion.values()), "spans_a": size_a, "spans_b": size_b,
            "by_label": by_label})
    used = {v for unit in units for v in unit} - {None, "O"}
    return {"layer": layer, "annotators": names, "documents": documents, "pairs": out_pairs,
            "alpha": m.alpha(units),
            "by_label": {label: {"alpha": m.alpha(m.binary(units, label))}
                         for label in labels if label in used}}


def _documents(project: Any, names: list[str], labels: list[str], layouts: bool = True
               ) -> Iterator[tuple[int, list[str], Any, Any, dict[str, list[SpanTriple]]]]:
    """(doc id, annotators who finished it (two or more), token starts, token ends, spans of
    the layer per annotator), a batch of documents at a time."""
    if len(names) < 2:
        return
    conn = project.conn
    marks = ",".join("?" * len(names))
    lab_marks = ",".join("?" * len(labels))
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT doc_id, group_concat(annotator, char(31)) FROM statuses "
            f"WHERE status = 'done' AND annotator IN ({marks}) AND doc_id > ? "
            f"GROUP BY doc_id HAVING count(*) >= 2 ORDER BY doc_id LIMIT {_BATCH}",
            (*names, last)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        ids = [r[0] for r in rows]
        id_marks = ",".join("?" * len(ids))
        stored = {r[0]: r[1:] for r in conn.execute(
            f"SELECT doc_id, version, tokens, width, starts, spos FROM doc_layouts "
            f"WHERE doc_id IN ({id_marks})", ids)} if layouts else {}
        spans: dict[int, dict[str, list[SpanTriple]]] = {}
        for doc_id, who, s, e, label in conn.execute(
                f"SELECT doc_id, annotator, start, end, label FROM spans "
                # (the unary + keeps SQLite on the document index rather than the label one,
                # which would read every span of those labels for each batch)
                f"WHERE doc_id IN ({id_marks}) AND +annotator IN ({marks}) "
                f"AND +label IN ({lab_marks})", (*ids, *names, *labels)):
            spans.setdefault(doc_id, {}).setdefault(who, []).append((s, e, label))
        for doc_id, done in rows:
            who = sorted(done.split("\x1f"))
            doc_spans = {n: spans.get(doc_id, {}).get(n, []) for n in who}
            if not layouts:
                yield doc_id, who, (), (), doc_spans
                continue
            layout = _layout(project, doc_id, stored.get(doc_id))
            yield doc_id, who, layout.starts, layout.ends, doc_spans


def _layout(project: Any, doc_id: int, row: tuple | None) -> Any:
    layout = None
    if row is not None:
        layout = stored_layout(row)  # token ends come from the (deflated) tokens
    if layout is None:  # no stored layout, or one of another tokenizer version
        layout = layout_of(project.conn.execute("SELECT text FROM documents WHERE id = ?",
                                                (doc_id,)).fetchone()[0])
    return layout
