"""`suggest`, `train` and `evaluate`: pre-annotation and the project's own model."""
from __future__ import annotations

import argparse
import json
import sqlite3
from typing import Any

from annotator.cli.common import OK, REFUSED, CommandError, Progress, add_db, err, project_from
from annotator.core.model import Status
from annotator.core.prefs import default_annotator
from annotator.core.store import Project, ProjectError
from annotator.core.store.connection import describe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("suggest", help="pre-annotate documents with suggestions",
                       description="Run suggesters over documents and store what they propose "
                       "as suggestions to accept or reject in the editor (or, with --accept, "
                       "as spans whose origin is the suggester's name). A suggestion rejected "
                       "before is never proposed again for that document.")
    add_db(p)
    p.add_argument("--with", dest="which", metavar="LIST",
                   help="suggesters to run, comma-separated: quotes, names, model "
                   "(default: all, model only once trained; with --model: none but it)")
    p.add_argument("--model", dest="models", action="append", default=[],
                   metavar="PATH_OR_URL",
                   help="your own model as a suggester (may be repeated): a spaCy pipeline "
                   "folder, a Hugging Face token-classification folder, or the http:// address "
                   "of a running Label Studio ML backend; its name is the suggestions' origin")
    p.add_argument("--next", type=_positive, metavar="N",
                   help="only name the N documents not done that the model (--model, else "
                   "the project's trained model) is least sure about: id, title, uncertainty "
                   "(0 sure .. 1 unsure), one per line; nothing is stored")
    p.add_argument("--min-score", type=float, default=0.0, metavar="X",
                   help="leave out proposals whose confidence is below X (0..1)")
    p.add_argument("--timeout", type=_seconds, default=30.0, metavar="SECONDS",
                   help="how long to wait for a Label Studio ML backend's answer (default 30)")
    p.add_argument("--status", metavar="S", help="only documents with this status "
                   "(new, in_progress, done, skipped)")
    p.add_argument("--accept", action="store_true",
                   help="store the proposals as spans instead of suggestions")
    p.add_argument("--gazetteer", metavar="FILE",
                   help="extra names for the names suggester: one name, a tab, its label a line")
    p.add_argument("--marks-inside", action="store_true",
                   help="keep quotation marks inside quote spans")
    p.add_argument("--annotator", metavar="NAME", help="recorded on accepted spans")
    p.set_defaults(run=run_suggest)

    p = sub.add_parser("train", help="train the project's model on its done documents",
                       description="Train the entity model on the documents marked done, "
                       "print its cross-validated scores (exact spans, strict IOB2) and keep "
                       "the model in the project.")
    add_db(p)
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.set_defaults(run=run_train)

    p = sub.add_parser("evaluate", help="score this project's spans against a gold project",
                       description="Precision, recall and F1 per label of this project's "
                       "spans (--db) against the gold project's, on the documents both hold "
                       "(matched by text): exact span match, and overlap in the table.")
    add_db(p)
    p.add_argument("--gold", required=True, metavar="G", help="the reference project file")
    p.add_argument("--layers", default="entity", metavar="L",
                   help="comma-separated layers (default: entity)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_evaluate)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return n


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {value!r}")
    return seconds


def _statuses(project: Project, status: str | None) -> list[int]:
    if status is None:
        return project.documents.ids()
    try:
        wanted = Status.parse(status)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return [row["id"] for row in project.documents.rows() if row["status"] == wanted]


def run_suggest(args: argparse.Namespace) -> int:
    from annotator.suggest.names import GazetteerError
    from annotator.suggest.runner import (SUGGESTERS, SuggestError, build, load_models,
                                          suggest_documents)
    from annotator.suggest.training import model_state
    project = project_from(args)
    if args.next is not None:
        return _run_next(project, args)
    default = "" if args.models else "quotes,names,model"
    which = [w.strip() for w in (args.which or default).split(",") if w.strip()]
    ids = _statuses(project, args.status)
    state = model_state(project) if "model" in which and args.which is None else None
    if state is not None:   # no model, or a damaged one: the other suggesters still run
        which = [w for w in which if w != "model"]
        err(("suggest: no model trained yet (run `annotator train`)" if state == "missing"
             else f"suggest: {state}") + "; using " + ", ".join(which))
    models, failures = load_models(project, args.models, timeout=args.timeout)
    for line in failures:
        err(f"suggest: {line}")
    if args.models and not models and not which:
        return REFUSED
    try:
        suggesters = build(project, which, gazetteer=args.gazetteer,
                           marks_inside=args.marks_inside, models=models)
    except (SuggestError, GazetteerError) as exc:
        raise CommandError(str(exc)) from None
    progress = Progress("suggesting")
    summary = suggest_documents(project, suggesters, ids, accept=args.accept,
                                annotator=args.annotator or default_annotator(),
                                min_score=args.min_score, progress=progress)
    progress.finish()
    for line in summary.failures:
        err(f"suggest: {line}")
    if summary.unknown:
        err("suggest: labels the project's scheme lacks were left out: " + ", ".join(
            f"{label} {n}" for label, n in sorted(summary.unknown.items())))
    what = "spans accepted" if args.accept else "suggestions stored"
    names = [name for name in SUGGESTERS if name in which] + [m.name for m in models]
    per = ", ".join(f"{name} {summary.by_origin.get(name, 0)}" for name in names)
    below = f"; {summary.below} below --min-score" if args.min_score > 0 else ""
    print(f"{summary.documents} documents, {summary.stored} {what} ({per}); "
          f"{summary.proposed - summary.stored} already answered or marked{below}")
    return REFUSED if failures or summary.failures else OK


def _run_next(project: Project, args: argparse.Namespace) -> int:
    """`suggest --next N`: the documents the model is least sure about."""
    from annotator.suggest.base import ModelError
    from annotator.suggest.runner import load_models
    from annotator.suggest.uncertainty import least_sure, project_measure
    measure: Any
    if args.models:
        models, failures = load_models(project, args.models[:1], timeout=args.timeout)
        if failures:
            err(f"suggest: {failures[0]}")
            return REFUSED
        measure = models[0]
        if not hasattr(measure, "uncertainty"):
            raise CommandError(f"{measure.name}: a spaCy pipeline gives no probabilities to "
                               "measure; --next needs the project's model, a Hugging Face "
                               "model or a Label Studio ML backend")
    else:
        measure = project_measure(project)
        if measure is None:
            raise CommandError("no model to measure with: run `annotator train`, or give "
                               "--model")
    progress = Progress("measuring")
    try:
        ranked = least_sure(project, measure, args.next, progress=progress)
    except ModelError as exc:
        progress.finish()
        err(f"suggest: {exc}")
        return REFUSED
    progress.finish()
    for r in ranked:
        title = r.title if len(r.title) <= 60 else r.title[:59] + "\u2026"
        print(f"{r.doc_id}\t{title}\t{r.score:.3f}")
    return OK


def run_train(args: argparse.Namespace) -> int:
    from annotator.suggest.crf import NotEnoughData
    from annotator.suggest.training import train_project
    project = project_from(args)
    progress = Progress("cross-validating")
    try:
        result = train_project(project, folds=args.folds, progress=progress)
    except NotEnoughData as exc:
        progress.finish()
        err(f"train: {exc}")
        return 1
    progress.finish()
    print(f"trained on {result.documents} done documents ({result.sentences} sentences) "
          f"in {result.seconds:.1f} s")
    s = result.scores
    if s is None:
        print("cross-validation needs at least 2 done documents")
        return OK
    print(f"cross-validated ({min(args.folds, result.documents)} folds, exact spans):")
    print(f"{'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for label, m in s.by_label.items():
        print(f"{label:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
              f"{int(m['support']):8d}")
    print(f"{'all':<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:8d}")
    return OK


def _failed(gold: Project, project: Project) -> str:
    """Which of the two projects is damaged: the one SQLite's quick check faults."""
    for which in (gold, project):
        try:
            ok = which.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            ok = False
        if not ok:
            return str(which.path)
    return f"{project.path} or {gold.path}"


def run_evaluate(args: argparse.Namespace) -> int:
    from annotator.suggest.evaluate import evaluate, report_lines
    project = project_from(args, create=False)
    try:
        gold = project_from(argparse.Namespace(db=args.gold), create=False)
    except ProjectError as exc:
        raise CommandError(f"--gold: {exc}") from None
    layers = [x.strip() for x in args.layers.split(",") if x.strip()]
    known = set(project.labels.scheme().layer_names()) | set(
        gold.labels.scheme().layer_names())
    for layer in layers:
        if layer not in known:
            raise CommandError(f"unknown layer {layer!r} (layers: {', '.join(sorted(known))})")
    try:
        results = evaluate(project, gold, layers)
    except sqlite3.DatabaseError as exc:   # name the file that failed, not always --db
        raise CommandError(f"{_failed(gold, project)}: {describe(exc)}") from None
    if args.json:
        out = [r.as_json() for r in results]
        print(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))
        return OK
    for i, r in enumerate(results):
        if i:
            print()
        print("\n".join(report_lines(r)))
    return OK
