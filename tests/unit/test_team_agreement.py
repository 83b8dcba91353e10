"""Agreement figures checked against scikit-learn and krippendorff on the same token values."""
from __future__ import annotations


import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.core.text.tokens import tokenize
from annotator.team import demo
from team_reference import reference_values  # tests/unit/team_reference.py
from annotator.team.agreement import AgreementError, agreement
from annotator.team.measures import overlap_matches

NAMES = ["ali", "mona", "sara"]


@pytest.fixture
def team(project):
    """Twelve documents, three annotators; each finished most but not all of them."""
    data = {}
    for i, text in enumerate(demo.texts(12, seed=3)):
        doc_id, _ = project.documents.add(text)
        data[doc_id] = text
        for name in NAMES:
            for s, e, lab in demo.annotator_spans(text, str(i), name, care=0.7):
                project.spans.add(doc_id, s, e, lab, annotator=name)
            if (i + len(name)) % 5:
                project.statuses.set(doc_id, name, "done")
            else:
                project.statuses.set(doc_id, name, "in_progress")
    project.spans.add(1, 0, 4, "PER", annotator="gold")
    project.statuses.set(1, "gold", "done")
    return data


def layer_spans(project, doc_id, name, labels=("PER", "ORG", "LOC", "MISC")):
    return [(s.start, s.end, s.label) for s in project.spans.of(doc_id)
            if s.annotator == name and s.label in labels]


def done_by(project, doc_id):
    return [n for n in NAMES if project.statuses.get(doc_id, n).value == "done"]


def test_kappa_matches_scikit_learn_per_pair_and_label(project, team):
    report = agreement(project, layer="entity")
    assert report["annotators"] == NAMES  # the gold is left out by default
    for pair in report["pairs"]:
        a, b = pair["a"], pair["b"]
        va, vb, docs = [], [], 0
        for doc_id, text in team.items():
            if not {a, b} <= set(done_by(project, doc_id)):
                continue
            docs += 1
            sa, sb = layer_spans(project, doc_id, a), layer_spans(project, doc_id, b)
            edges = [x for s, e, _ in sa + sb for x in (s, e)]
            va += reference_values(text, sa, edges)
            vb += reference_values(text, sb, edges)
        assert pair["documents"] == docs and pair["tokens"] == len(va)
        assert pair["kappa"] == pytest.approx(cohen_kappa_score(va, vb), abs=1e-12)
        for label, figures in pair["by_label"].items():
            ba = [v == label for v in va]
            bb = [v == label for v in vb]
            assert figures["kappa"] == pytest.approx(cohen_kappa_score(ba, bb), abs=1e-12)
        assert 0.3 < pair["kappa"] < 0.95


def test_alpha_matches_krippendorff_with_missing_values(project, team):
    report = agreement(project, layer="entity")
    rows = {n: [] for n in NAMES}
    for doc_id, text in team.items():
        done = done_by(project, doc_id)
        if len(done) < 2:
            continue
        spans = {n: layer_spans(project, doc_id, n) for n in done}
        edges = [x for n in done for s, e, _ in spans[n] for x in (s, e)]
        count = len(tokenize(text, edges))
        for n in NAMES:
            rows[n] += reference_values(text, spans[n], edges) if n in done else [None] * count
    codes = {v: i for i, v in enumerate(sorted({v for r in rows.values() for v in r} - {None}))}
    data = np.array([[np.nan if v is None else codes[v] for v in rows[n]] for n in NAMES])
    assert np.isnan(data).any()  # someone did not finish a document
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert report["alpha"] == pytest.approx(expected, abs=1e-12)
    for label, figures in report["by_label"].items():
        binary = np.where(np.isnan(data), np.nan, data == codes[label])
        assert figures["alpha"] == pytest.approx(
            krippendorff.alpha(reliability_data=binary, level_of_measurement="nominal"), abs=1e-12)


def test_span_f1_follows_the_contract_definitions(project, team):
    report = agreement(project, layer="entity", annotators=["mona", "ali"])
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"]) == ("ali", "mona")
    matched = overlapped = size_a = size_b = 0
    for doc_id in team:
        if not {"ali", "mona"} <= set(done_by(project, doc_id)):
            continue
        sa, sb = layer_spans(project, doc_id, "ali"), layer_spans(project, doc_id, "mona")
        matched += len(set(sa) & set(sb))
        overlapped += sum(overlap_matches(sorted(x for x in sa if x[2] == lab),
                                          sorted(x for x in sb if x[2] == lab))
                          for lab in demo.ENTITY_LABELS)
        size_a, size_b = size_a + len(sa), size_b + len(sb)
    assert pair["f1_exact"] == pytest.approx(2 * matched / (size_a + size_b))
    assert pair["f1_overlap"] == pytest.approx(2 * overlapped / (size_a + size_b))
    assert pair["f1_overlap"] > pair["f1_exact"]  # edges one letter off still overlap


def test_overlap_matches_each_span_once():
    a = [(0, 10, "PER")]
    b = [(0, 4, "PER"), (5, 10, "PER")]
    assert overlap_matches(a, b) == 1
    assert overlap_matches([(0, 4, "PER"), (5, 9, "ORG")], [(2, 7, "ORG"), (3, 6, "PER")]) == 2


def test_identical_annotations_agree_fully_and_unknowns_are_refused(project):
    doc_id, _ = project.documents.add("قال محمد إن الشركة في بغداد")
    for name in ("a", "b"):
        project.spans.add(doc_id, 4, 8, "PER", annotator=name)
        project.spans.add(doc_id, 22, 27, "LOC", annotator=name)
        project.statuses.set(doc_id, name, "done")
    report = agreement(project)
    assert report["pairs"][0]["kappa"] == 1.0 and report["alpha"] == 1.0
    assert report["pairs"][0]["f1_exact"] == 1.0
    with pytest.raises(AgreementError, match="layer 'nope'"):
        agreement(project, layer="nope")
    with pytest.raises(AgreementError, match="zed"):
        agreement(project, annotators=["a", "zed"])


def test_a_span_edge_inside_a_word_cuts_the_token_for_both(project):
    text = "وبغداد مدينة"
    doc_id, _ = project.documents.add(text)
    project.spans.add(doc_id, 1, 6, "LOC", annotator="a")     # بغداد inside وبغداد
    project.spans.add(doc_id, 0, 6, "LOC", annotator="b")
    for name in ("a", "b"):
        project.statuses.set(doc_id, name, "done")
    pair = agreement(project)["pairs"][0]
    assert pair["tokens"] == 3  # و | بغداد | مدينة
    assert pair["f1_exact"] == 0.0 and pair["f1_overlap"] == 1.0


def test_document_f1s_from_spans_alone_match_the_full_pass(project, team):
    from annotator.team.agreement import document_f1s
    full = []
    agreement(project, on_document=full.append)
    quick = document_f1s(project)
    assert [(d.doc_id, d.annotators, d.f1_exact) for d in quick] == \
        [(d.doc_id, d.annotators, d.f1_exact) for d in full]
