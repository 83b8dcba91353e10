"""Handing out documents: files per annotator, overlap, determinism, refusals."""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from annotator.core.store import Project
from annotator.team import demo
from annotator.team.assign import AssignError, assignee, hand_out, plan


def test_plan_shares_the_overlap_with_every_pair_and_balances_load():
    ids = list(range(1, 101))
    names = ["ali", "mona", "sara"]
    a = plan(ids, names, overlap=0.3, seed=5)
    assert a.shared == 30
    counts = Counter(d for got in a.documents.values() for d in got)
    assert sorted(counts.values()) == [1] * 70 + [2] * 30
    assert set(counts) == set(ids)
    loads = [len(v) for v in a.documents.values()]
    assert max(loads) - min(loads) <= 1
    for x, y in combinations(names, 2):
        assert set(a.documents[x]) & set(a.documents[y])  # every pair can be compared
    assert plan(ids, names, overlap=0.3, seed=5).documents == a.documents
    assert plan(ids, names, overlap=0.3, seed=6).documents != a.documents


def test_per_doc_gives_shared_documents_to_n_annotators():
    a = plan(list(range(40)), ["a", "b", "c", "d"], overlap=0.5, per_doc=3, seed=1)
    counts = Counter(d for got in a.documents.values() for d in got)
    assert Counter(counts.values()) == {3: 20, 1: 20}


@pytest.mark.parametrize("kwargs, message", [
    ({"overlap": 1.5}, "--overlap"), ({"per_doc": 4}, "--per-doc"),
])
def test_plan_refuses_impossible_requests(kwargs, message):
    with pytest.raises(AssignError, match=message):
        plan([1, 2], ["a", "b", "c"], **kwargs)
    with pytest.raises(AssignError, match="twice"):
        plan([1], ["a", "a"])
    with pytest.raises(AssignError, match="cannot name a file"):
        plan([1], ["../x"])


def test_hand_out_writes_one_project_per_annotator(project, tmp_path):
    texts = list(demo.texts(10, seed=1))
    for text in texts:
        project.documents.add(text)
    project.statuses.set(1, "lead", "done")
    result = hand_out(project, ["mona", "ali"], tmp_path / "out", overlap=0.2, seed=3)
    assert result.shared == 2
    for name in ("mona", "ali"):
        with Project(tmp_path / "out" / f"{name}.annotator") as got:
            assert got.labels.scheme() == project.labels.scheme()
            assert assignee(got.conn) == name
            have = [d.text for d in got.documents.iter()]
            assert have == [project.documents.text(i) for i in result.documents[name]]
            first = got.documents.get(result.documents[name][0])
            assert first.id in got.search.find(first.text.split()[4])  # search index built
            assert got.spans.count() == 0
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left behind
    with pytest.raises(AssignError, match="already exists"):
        hand_out(project, ["ali"], tmp_path / "out", seed=3)
    only_new = hand_out(project, ["x", "y"], tmp_path / "new", status="new", overlap=0, seed=1)
    assert 1 not in {d for ids in only_new.documents.values() for d in ids}
    assert sum(map(len, only_new.documents.values())) == 9
