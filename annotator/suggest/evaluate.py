"""Scoring one project's spans against another's on the documents both hold (same text)."""
from __future__ import annotations

from dataclasses import dataclass

from annotator.suggest.scoring import Scores, SpanCounts


@dataclass
class LayerResult:
    layer: str
    documents: int
    exact: Scores
    overlap: Scores

    def as_json(self) -> dict:
        """The shape docs/cli.md (evaluate) gives for `annotator evaluate --json`."""
        d = self.exact.as_dict()
        return {"layer": self.layer, "documents": self.documents, "precision": d["precision"],
                "recall": d["recall"], "f1": d["f1"], "by_label": d["by_label"]}


def _spans_by_sha(project, layer: str) -> dict[str, set[tuple[int, int, str]]]:
    out: dict[str, set[tuple[int, int, str]]] = {sha: set() for (sha,) in project.conn.execute(
        "SELECT sha256 FROM documents")}
    for sha, start, end, label in project.conn.execute(
            "SELECT d.sha256, s.start, s.end, s.label FROM spans s "
            "JOIN labels l ON l.name = s.label JOIN documents d ON d.id = s.doc_id "
            "WHERE l.layer = ?", (layer,)):
        out[sha].add((start, end, label))
    return out


def evaluate(system, gold, layers: list[str]) -> list[LayerResult]:
    """Per layer: exact and overlap scores of `system` against `gold` over shared documents."""
    results = []
    for layer in layers:
        sys_spans, gold_spans = _spans_by_sha(system, layer), _spans_by_sha(gold, layer)
        shared = sorted(set(sys_spans) & set(gold_spans))
        exact, overlap = SpanCounts(), SpanCounts(overlap=True)
        for sha in shared:
            exact.add(gold_spans[sha], sys_spans[sha])
            overlap.add(gold_spans[sha], sys_spans[sha])
        results.append(LayerResult(layer, len(shared), exact.scores(), overlap.scores()))
    return results


def report_lines(result: LayerResult) -> list[str]:
    """A readable table: exact P/R/F1 and support per label, then overlap P/R/F1."""
    ex, ov = result.exact, result.overlap
    lines = [f"layer {result.layer}: {result.documents} shared documents",
             f"{'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}   "
             f"{'P~':>6} {'R~':>6} {'F1~':>6}"]
    for label, m in ex.by_label.items():
        o = ov.by_label.get(label, {"precision": 0.0, "recall": 0.0, "f1": 0.0})
        lines.append(f"{label:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                     f"{int(m['support']):8d}   {o['precision']:6.3f} {o['recall']:6.3f} "
                     f"{o['f1']:6.3f}")
    lines.append(f"{'all':<12} {ex.precision:6.3f} {ex.recall:6.3f} {ex.f1:6.3f} "
                 f"{ex.support:8d}   {ov.precision:6.3f} {ov.recall:6.3f} {ov.f1:6.3f}")
    lines.append("(P R F1: exact span match; P~ R~ F1~: overlapping spans of the same label)")
    return lines
