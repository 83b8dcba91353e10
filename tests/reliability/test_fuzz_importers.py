"""Every importer, fed random bytes and random records that are well-formed but wrong: never a
traceback, only refusals, and a refused file changes nothing in the project."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from annotator.formats.registry import READERS

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
ODD = "\u202e\u2066\u200f\x00\n\t\"',[] "
names = st.text(alphabet=st.sampled_from(list("PERLOCقال") + list(ODD)), max_size=6) | \
    st.sampled_from(["PER", "LOC", "QUOTE", "X" * 70, ""])
numbers = st.integers(-3, 40) | st.sampled_from([10**30, -(10**30), 2**63]) | st.floats() | \
    st.booleans() | st.none() | st.text(max_size=3)
texts = st.text(max_size=30) | st.sampled_from(["قال الرئيس في بغداد", "", "   "])


def _check(project: Project, path: Path) -> None:
    """Import `path` into a project that already holds one document; refusals change nothing."""
    before = (project.documents.count(), project.spans.count(), len(project.labels.names()))
    summary = import_paths(project, [path])          # must not raise, whatever the file holds
    assert summary.files + len(set(summary.refused_files)) == 1
    for line in summary.errors + summary.warnings:
        assert "\n" not in line and ":" in line
    if summary.refused_files:
        after = (project.documents.count(), project.spans.count(), len(project.labels.names()))
        assert after == before
        assert all(e.startswith(f"{path}:") for e in summary.errors)
    else:
        assert project.documents.count() == before[0] + summary.documents


def _fresh(tmp: str) -> Project:
    project = Project(Path(tmp) / "p.annotator")
    project.documents.add("وثيقة موجودة قبل الاستيراد")
    return project


@SETTINGS
@given(data=st.binary(max_size=300), suffix=st.sampled_from(sorted(READERS)))
def test_random_bytes_in_every_format(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        path.write_bytes(data)
        with _fresh(tmp) as project:
            _check(project, path)


span = st.fixed_dictionaries({"start": numbers, "end": numbers, "label": names},
                             optional={"layer": names, "annotator": names, "text": texts,
                                       "id": numbers, "origin": texts,
                                       "attributes": st.dictionaries(texts, numbers)})
record = st.fixed_dictionaries({"text": texts}, optional={
    "spans": st.lists(span, max_size=4), "label": st.lists(st.tuples(numbers, numbers, names)),
    "relations": st.lists(st.fixed_dictionaries({"head": numbers, "tail": numbers,
                                                 "type": names}), max_size=2),
    "status": texts, "statuses": st.dictionaries(names, texts, max_size=2),
    "meta": st.dictionaries(texts, numbers, max_size=2), "id": numbers})


@SETTINGS
@given(records=st.lists(record, min_size=1, max_size=4))
def test_wrong_native_and_doccano_records(records):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                        encoding="utf-8")
        with _fresh(tmp) as project:
            _check(project, path)


result = st.fixed_dictionaries({"type": st.sampled_from(["labels", "choices", "x"])}, optional={
    "value": st.fixed_dictionaries({}, optional={"start": numbers, "end": numbers,
                                                 "text": texts,
                                                 "labels": st.lists(names, max_size=2)})})
task = st.fixed_dictionaries({"data": st.fixed_dictionaries({}, optional={"text": texts})},
                             optional={"annotations": st.lists(st.fixed_dictionaries(
                                 {"result": st.lists(result, max_size=3)}), max_size=2)})


@SETTINGS
@given(tasks=st.lists(task, min_size=1, max_size=3))
def test_wrong_label_studio_tasks(tasks):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.json"
        path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
        with _fresh(tmp) as project:
            _check(project, path)


tag = st.sampled_from(["O", "B-PER", "I-PER", "E-LOC", "S-ORG", "I-", "B-", "X-Y", "L-PER"]) | \
    st.builds(lambda p, n: f"{p}-{n}", st.sampled_from("BIESLU"), names)
conll_line = st.one_of(
    st.just(""), st.just("-DOCSTART- -X- O O"),
    st.builds(lambda tok, tags: " ".join([tok, *tags]),
              st.sampled_from(["بغداد", "قال", "،", "x"]) | texts,
              st.lists(tag, min_size=0, max_size=3)))


@SETTINGS
@given(lines=st.lists(conll_line, min_size=1, max_size=12), suffix=st.sampled_from(
    [".conll", ".iob", ".bio"]))
def test_wrong_conll_lines(lines, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with _fresh(tmp) as project:
            _check(project, path)
