"""Exact span scores agree with seqeval's strict IOB2 mode; overlap matches each span once."""
import random

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from annotator.suggest.scoring import SpanCounts

LABELS = ["PER", "ORG", "LOC"]


def random_tags(rng, n):
    tags = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            tags.append("O")
        else:
            kind = "B-" if r < 0.75 else "I-"  # some I- without a B- before: invalid in strict
            tags.append(kind + rng.choice(LABELS))
    return tags


def test_exact_scores_equal_seqeval_strict_iob2():
    rng = random.Random(7)
    gold = [random_tags(rng, rng.randint(1, 25)) for _ in range(300)]
    pred = [[t if rng.random() < 0.7 else rng.choice(["O", "B-PER", "I-PER", "B-ORG", "I-LOC"])
             for t in sent] for sent in gold]
    counts = SpanCounts()
    for g, p in zip(gold, pred):
        counts.add_tags(g, p)
    ours = counts.scores()
    ref = classification_report(gold, pred, mode="strict", scheme=IOB2, output_dict=True,
                                zero_division=0)
    for label in LABELS:
        for metric in ("precision", "recall", "f1-score"):
            mine = ours.by_label[label]["f1" if metric == "f1-score" else metric]
            assert abs(mine - ref[label][metric]) < 1e-9
        assert ours.by_label[label]["support"] == ref[label]["support"]
    assert abs(ours.f1 - ref["micro avg"]["f1-score"]) < 1e-9
    assert abs(ours.precision - ref["micro avg"]["precision"]) < 1e-9


def test_overlap_matches_each_gold_span_at_most_once():
    counts = SpanCounts(overlap=True)
    counts.add(gold=[(0, 10, "PER")], pred=[(0, 4, "PER"), (5, 10, "PER"), (0, 10, "ORG")])
    s = counts.scores()
    assert (counts.tp["PER"], s.by_label["PER"]["precision"], s.by_label["PER"]["recall"]) == (
        1, 0.5, 1.0)
