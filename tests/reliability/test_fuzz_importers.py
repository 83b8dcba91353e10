"""Every importer, fed random bytes and random records that are well-formed but wrong: never a
traceback, only refusals, and a refused file changes nothing in the project; what was stored
before is all there afterwards and the file passes SQLite's integrity check. Through the
command too (a child process: exit 0, 1 or 2, never a traceback or a signal), and a real
project file with random bytes written over it: every command opening it says so in one
line. Bounded by example counts (derandomized, so CI runs the same examples each time)."""
from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from annotator.formats.registry import READERS
from conftest import run_cli

SETTINGS = settings(max_examples=30, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
CHILD = settings(SETTINGS, max_examples=6)  # each example starts the command: ~1 s
ODD = "\u202e\u2066\u200f\x00\n\t\"',[] "
names = st.text(alphabet=st.sampled_from(list("PERLOCقال") + list(ODD)), max_size=6) | \
    st.sampled_from(["PER", "LOC", "QUOTE", "X" * 70, ""])
numbers = st.integers(-3, 40) | st.sampled_from([10**30, -(10**30), 2**63]) | st.floats() | \
    st.booleans() | st.none() | st.text(max_size=3)
texts = st.text(max_size=30) | st.sampled_from(["قال الرئيس في بغداد", "", "   "])


def _stored(project: Project) -> tuple[list, list]:
    docs = project.conn.execute("SELECT id, sha256, text FROM documents ORDER BY id").fetchall()
    spans = project.conn.execute(
        "SELECT id, doc_id, start, end, label FROM spans ORDER BY id").fetchall()
    return docs, spans


def _check(project: Project, path: Path) -> None:
    """Import `path` into a project that already holds one document; refusals change nothing,
    and nothing stored before is lost."""
    before = (project.documents.count(), project.spans.count(), len(project.labels.names()))
    docs, spans = _stored(project)
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
    docs_after, spans_after = _stored(project)
    assert set(docs) <= set(docs_after) and set(spans) <= set(spans_after)
    assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _fresh(tmp: str) -> Project:
    project = Project(Path(tmp) / "p.annotator")
    doc, _ = project.documents.add("وثيقة موجودة قبل الاستيراد")
    project.spans.add(doc, 0, 5, "LOC")
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


# brat: a text and its .ann lines, right or wrong in every field.
brat_line = st.one_of(
    st.builds(lambda n, label, a, b, t: f"T{n}\t{label} {a} {b}\t{t}",
              st.integers(-1, 5), names, numbers, numbers, texts),
    st.builds(lambda n, a, b: f"T{n}\tLOC {a} {b};{b} {a}\tx", st.integers(0, 3), numbers,
              numbers),
    st.builds(lambda n, t, h, k: f"R{n}\t{t} Arg1:T{h} Arg2:T{k}", st.integers(0, 3), names,
              st.integers(0, 5), st.integers(0, 5)),
    st.builds(lambda n, k, v: f"A{n}\t{k} T{n} {v}", st.integers(0, 3), names, texts),
    st.builds(lambda n, v: f"#{n}\tAnnotatorNotes T{n}\t{v}", st.integers(0, 3), texts),
    texts)


@SETTINGS
@given(text=texts, lines=st.lists(brat_line, max_size=8))
def test_wrong_brat_pairs(text, lines):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "x.txt").write_text(text or "نص", encoding="utf-8")
        path = Path(tmp) / "x.ann"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with _fresh(tmp) as project:
            _check(project, path)


# spaCy/Prodigy records: tokens with offsets, spans by character or by token.
token = st.fixed_dictionaries({"text": texts, "start": numbers, "end": numbers, "id": numbers})
spacy_span = st.fixed_dictionaries({"label": names}, optional={
    "start": numbers, "end": numbers, "token_start": numbers, "token_end": numbers})
spacy_record = st.fixed_dictionaries({"text": texts, "tokens": st.lists(token, max_size=4)},
                                     optional={"spans": st.lists(spacy_span, max_size=3)})


@SETTINGS
@given(records=st.lists(spacy_record, min_size=1, max_size=3))
def test_wrong_spacy_records(records):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                        encoding="utf-8")
        with _fresh(tmp) as project:
            _check(project, path)


# ---- through the command, in a child process --------------------------------------------

def _ran_cleanly(done) -> None:
    assert done.returncode in (0, 1, 2), (done.returncode, done.stderr[-500:])  # < 0: a signal
    assert "Traceback" not in done.stderr, done.stderr[-2000:]


@CHILD
@given(data=st.binary(max_size=200) | st.sampled_from([b'{"text": NaN}', b"\xff\xfe\x00",
                                                       b"[" * 50_000]),
       suffix=st.sampled_from(sorted(READERS)))
def test_the_import_command_on_random_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        with _fresh(tmp) as project:
            docs, spans = _stored(project)
        path = Path(tmp) / f"x{suffix}"
        path.write_bytes(data)
        _ran_cleanly(run_cli("import", path, "--db", Path(tmp) / "p.annotator"))
        with Project(Path(tmp) / "p.annotator") as project:
            docs_after, spans_after = _stored(project)
            assert set(docs) <= set(docs_after) and set(spans) <= set(spans_after)
            assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


_REAL: dict[str, bytes] = {}


def _real_project() -> bytes:
    """The bytes of a real project: the sample corpus and a few annotated documents."""
    if not _REAL:
        with tempfile.TemporaryDirectory() as tmp:
            with _fresh(tmp) as project:
                for n in range(5):
                    doc, _ = project.documents.add(f"قال الرئيس {n} في بغداد يوم الأحد")
                    project.spans.add(doc, 4, 10, "PER")
            conn = sqlite3.connect(Path(tmp) / "p.annotator")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            _REAL["data"] = (Path(tmp) / "p.annotator").read_bytes()
    return _REAL["data"]


@CHILD
@given(writes=st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=16)),
                       min_size=1, max_size=6),
       cut=st.none() | st.integers(0, 1 << 20),
       command=st.sampled_from([["stats"], ["labels"], ["search", "بغداد"],
                                ["export", "--format", "jsonl"],
                                ["export", "--format", "conll"]]))
def test_commands_on_a_damaged_project_file(writes, cut, command):
    data = bytearray(_real_project())
    for at, chunk in writes:
        at = 100 + at % (len(data) - 100)  # past SQLite's header, most of the time
        data[at:at + len(chunk)] = chunk
    if cut is not None:
        del data[cut % len(data):]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "p.annotator"
        db.write_bytes(bytes(data))
        done = run_cli(*command, "--db", db)
        _ran_cleanly(done)
        if done.returncode:
            assert done.stderr.strip()  # said why
