"""Merging three annotators' files of 20,000 documents each, and computing agreement on the
result, each against a floor measured in the same run.

Data: a team project of N article-like documents handed out whole to three annotators
(`hand_out`, overlap 1, three per document); each file then gets that annotator's spans
(about ten per document, differing from the others' as people do) and done statuses.

Merge floor: the same span and status rows read from the three files as tuples with sqlite3
and inserted with executemany in one transaction (document ids already known, nothing matched or
checked). Ours: `merge_files`, which also hashes every text to match documents, keeps spans
per annotator without duplicates, maps links, merges attributes and statuses.
Agreement floor: the token values computed beforehand and passed to the reference libraries
(scikit-learn's cohen_kappa_score per pair, krippendorff.alpha for all). Ours: `agreement`,
which reads spans and stored token layouts, cuts tokens at span edges, and computes F1, kappa
and alpha, overall and per label.
Peak memory is measured in child processes for N/10 and N documents.

    python bench/bench_team.py [--docs 20000]
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import krippendorff  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.metrics import cohen_kappa_score  # noqa: E402

from annotator.core.store import Project  # noqa: E402
from annotator.core.store.documents import now  # noqa: E402
from annotator.team import demo  # noqa: E402
from annotator.team.agreement import agreement  # noqa: E402
from annotator.team.assign import hand_out  # noqa: E402
from annotator.team.merge import merge_files  # noqa: E402
from annotator.team.tokens import cut_tokens, token_values  # noqa: E402
sys.path.insert(0, str(ROOT / "bench"))
from common import plain_connect  # noqa: E402
from peak import peak_memory_mb  # noqa: E402

NAMES = ["ali", "mona", "sara"]


def build(folder: Path, count: int) -> tuple[Path, list[Path]]:
    """The team project and the three annotated files."""
    folder.mkdir(parents=True)
    team = folder / "team.annotator"
    with Project(team) as p, p.transaction():
        added = [(p.documents.add(t, index=False)[0], t)
                 for t in demo.texts(count, seed=5, paragraphs=(2, 4))]
        for at in range(0, len(added), 500):
            p.documents.index(added[at:at + 500])
    with Project(team) as p:
        hand_out(p, NAMES, folder / "out", overlap=1.0, per_doc=3, seed=1)
    files = [folder / "out" / f"{n}.annotator" for n in NAMES]
    stamp = now()
    for path, name in zip(files, NAMES):
        with Project(path) as p, p.transaction():
            rows, statuses = [], []
            for doc_id, sha, text in p.conn.execute("SELECT id, sha256, text FROM documents"):
                rows += [(doc_id, s, e, lab, name, stamp)
                         for s, e, lab in demo.annotator_spans(text, sha, name, care=0.85)]
                statuses.append((doc_id, name, "done", stamp))
            p.conn.executemany("INSERT INTO spans (doc_id, start, end, label, annotator, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)", rows)
            p.conn.executemany("INSERT INTO statuses VALUES (?, ?, ?, ?)", statuses)
    return team, files


_SPAN_COLUMNS = "doc_id, start, end, label, annotator, origin, attributes, created_at"


def merge_floor(team: Path, files: list[Path], target: Path) -> float:
    """The fastest plain merge: each file's span and status rows read as tuples with sqlite3
    and inserted with executemany into the team project, one transaction."""
    shutil.copy(team, target)
    Project(target).close()  # opened once as ours is, so both start from the same file
    conn = plain_connect(target)
    start = time.perf_counter()
    conn.execute("BEGIN")
    for path in files:
        src = sqlite3.connect(str(path))
        conn.executemany(f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         src.execute(f"SELECT {_SPAN_COLUMNS} FROM spans"))
        conn.executemany("INSERT INTO statuses VALUES (?, ?, ?, ?)",
                         src.execute("SELECT doc_id, annotator, status, updated_at "
                                     "FROM statuses"))
        src.close()
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def merge_ours(team: Path, files: list[Path], target: Path) -> tuple[float, int]:
    shutil.copy(team, target)
    project = Project(target)
    start = time.perf_counter()
    reports = merge_files(project, files)
    elapsed = time.perf_counter() - start
    assert not any(r.refused for r in reports)
    spans = sum(r.spans_added for r in reports)
    project.close()
    return elapsed, spans


def token_table(project: Project) -> tuple[dict, dict]:
    """Per pair and for all: the token values, computed beforehand for the floor."""
    labels = {r[0] for r in project.conn.execute("SELECT name FROM labels WHERE layer='entity'")}
    pairs: dict = {p: ([], []) for p in combinations(NAMES, 2)}
    rows: dict = {n: [] for n in NAMES}
    for doc_id in project.documents.ids():
        layout = project.layouts.get(doc_id)
        spans = {n: [] for n in NAMES}
        for s, e, lab, who in project.conn.execute(
                "SELECT start, end, label, annotator FROM spans WHERE doc_id = ?", (doc_id,)):
            if lab in labels:
                spans[who].append((s, e, lab))
        edges = [x for n in NAMES for s, e, _ in spans[n] for x in (s, e)]
        cut, _ = cut_tokens(layout.starts, layout.ends, edges)
        for n in NAMES:
            rows[n] += token_values(cut, spans[n])
        for a, b in pairs:
            pcut, _ = cut_tokens(layout.starts, layout.ends,
                                 [x for n in (a, b) for s, e, _ in spans[n] for x in (s, e)])
            pairs[a, b][0].extend(token_values(pcut, spans[a]))
            pairs[a, b][1].extend(token_values(pcut, spans[b]))
    return pairs, rows


def agreement_floor(pairs: dict, rows: dict) -> tuple[float, dict]:
    codes = {v: i for i, v in enumerate(sorted({v for r in rows.values() for v in r}))}
    data = np.array([[codes[v] for v in rows[n]] for n in NAMES], dtype=float)
    start = time.perf_counter()
    kappas = {p: cohen_kappa_score(a, b) for p, (a, b) in pairs.items()}
    alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    elapsed = time.perf_counter() - start
    return elapsed, {"kappa": kappas, "alpha": alpha}


def agreement_ours(path: Path) -> tuple[float, dict]:
    project = Project(path)
    start = time.perf_counter()
    report = agreement(project, layer="entity")
    elapsed = time.perf_counter() - start
    project.close()
    return elapsed, report


_MERGE = """
from annotator.core.store import Project
from annotator.team.merge import merge_files
merge_files(Project(sys.argv[1]), sys.argv[2:])
"""
_AGREEMENT = """
from annotator.core.store import Project
from annotator.team.agreement import agreement
agreement(Project(sys.argv[1]))
"""


def memory(team: Path, files: list[Path], target: Path) -> tuple[float, float]:
    shutil.copy(team, target)
    merge_mb = peak_memory_mb(_MERGE, target, *files)
    return merge_mb, peak_memory_mb(_AGREEMENT, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--data", metavar="DIR",
                        help="keep the built data set here and use it again in later runs")
    parser.add_argument("--parts", default="merge,agreement,memory",
                        help="what to measure (default: merge,agreement,memory)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        t0 = time.perf_counter()
        data = Path(args.data) if args.data else tmp_path / "big"
        if (data / "out" / f"{NAMES[-1]}.annotator").exists():
            team = data / "team.annotator"
            files = [data / "out" / f"{n}.annotator" for n in NAMES]
        else:
            if data.exists():
                shutil.rmtree(data)
            team, files = build(data, args.docs)
        with Project(team) as p:
            args.docs = p.documents.count()
        print(f"{args.docs} documents x {len(files)} annotators built in "
              f"{time.perf_counter() - t0:.0f} s")
        merged = data / "merged.annotator" if args.data else tmp_path / "ours.annotator"
        if "merge" in parts or not merged.exists():
            t_floor = merge_floor(team, files, tmp_path / "floor.annotator")
            t_ours, spans = merge_ours(team, files, merged)
            print(f"merge: {spans:,} spans from {len(files)} files")
            print(f"  floor (sqlite3 executemany, one transaction): {t_floor:7.2f} s")
            print(f"  annotator merge:                              {t_ours:7.2f} s")
            print(f"  ratio ours/floor: {t_ours / t_floor:.2f}x")
        if "agreement" in parts:
            measure_agreement(merged)
        if "memory" in parts:
            small = max(1, args.docs // 10)
            m_big = memory(team, files, tmp_path / "m_big.annotator")
            m_small = memory(*build(tmp_path / "small", small), tmp_path / "m_small.annotator")
            print(f"peak memory, merge: {m_small[0]:.0f} MB for {small} documents, "
                  f"{m_big[0]:.0f} MB for {args.docs}")
            print(f"peak memory, agreement: {m_small[1]:.0f} MB for {small} documents, "
                  f"{m_big[1]:.0f} MB for {args.docs}")


def measure_agreement(merged: Path) -> None:
    with Project(merged) as p:
        pairs, rows = token_table(p)
    tokens = len(rows[NAMES[0]])
    a_floor, reference = agreement_floor(pairs, rows)
    a_ours, report = agreement_ours(merged)
    assert abs(report["alpha"] - reference["alpha"]) < 1e-9
    for pair in report["pairs"]:
        assert abs(pair["kappa"] - reference["kappa"][pair["a"], pair["b"]]) < 1e-9
    print(f"agreement: {report['documents']:,} documents, {tokens:,} tokens, "
          f"alpha {report['alpha']:.3f}")
    print(f"  floor (values computed beforehand; scikit-learn + krippendorff): "
          f"{a_floor:7.2f} s")
    print(f"  annotator agreement (reads, tokens, F1, kappa, alpha, per label): "
          f"{a_ours:7.2f} s")
    print(f"  ratio ours/floor: {a_ours / a_floor:.2f}x")


if __name__ == "__main__":
    main()
