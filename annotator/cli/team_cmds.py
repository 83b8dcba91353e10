"""`assign`, `merge` and `agreement`: a team's workflow (annotator/team does the work)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from annotator.cli.common import OK, REFUSED, CommandError, Progress, add_db, err, project_from
from annotator.core.store import Project
from annotator.team.agreement import AgreementError, agreement
from annotator.team.assign import AssignError, hand_out
from annotator.team.merge import merge_files


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assign", help="hand out documents: one project file per annotator",
                       description="Write DIR/NAME.annotator for every annotator, holding the "
                       "scheme and that annotator's documents. A share of the documents goes "
                       "to several annotators, so that agreement can be measured.")
    p.add_argument("--annotators", required=True, metavar="A,B,C", help="annotator names")
    p.add_argument("--overlap", type=float, default=0.2, metavar="F",
                   help="share of documents given to several annotators (default 0.2)")
    p.add_argument("--per-doc", type=int, default=2, metavar="N",
                   help="annotators per shared document (default 2)")
    p.add_argument("--seed", type=int, metavar="N", help="same seed, same hand-out")
    p.add_argument("--status", metavar="S", help="only documents with this status (e.g. new)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="folder for the files")
    where.add_argument("--server", metavar="URL", help="hand out on the team server instead "
                       "(the lead's login); working copies get them at their next sync")
    add_db(p)
    p.set_defaults(run=run_assign)

    p = sub.add_parser("merge", help="fold annotators' project files into this project",
                       description="Merge annotators' project files into the project given "
                       "by --db: documents matched by their text, spans, links, attributes and "
                       "statuses kept per annotator. Merging the same file twice changes "
                       "nothing; a file whose labels do not fit the scheme is refused.")
    p.add_argument("files", nargs="+", metavar="FILE")
    add_db(p)
    p.set_defaults(run=run_merge)

    p = sub.add_parser("agreement", help="inter-annotator agreement",
                       description="Span F1 (exact and overlapping) and Cohen's kappa per pair "
                       "of annotators, Krippendorff's alpha for all, per label too, over the "
                       "documents each annotator marked done.")
    p.add_argument("--annotators", metavar="A,B", help="only these annotators")
    p.add_argument("--layers", metavar="L", default="",
                   help="layers, comma-separated (default: the first layer, entity)")
    p.add_argument("--gold", default="gold", metavar="NAME",
                   help="the curated annotation, left out unless named (default gold)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db(p)
    p.set_defaults(run=run_agreement)


def names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def run_assign(args: argparse.Namespace) -> int:
    project = project_from(args, create=False)
    if args.server:
        return _assign_on_server(args, project)
    progress = Progress("writing")
    try:
        result = hand_out(project, names(args.annotators) or [], args.out,
                          overlap=args.overlap, per_doc=args.per_doc, seed=args.seed,
                          status=args.status, progress=progress)
    except (AssignError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{args.out}: {exc.strerror or exc}") from None
    finally:
        progress.finish()
    for line in result.lines():
        print(line)
    return OK


def _assign_on_server(args: argparse.Namespace, project: Project) -> int:
    from annotator.server.connect import ServerError
    from annotator.server.handouts import hand_out_on_server
    try:
        result = hand_out_on_server(project, args.server, names(args.annotators) or [],
                                    overlap=args.overlap, per_doc=args.per_doc,
                                    seed=args.seed, status=args.status)
    except (AssignError, ValueError, ServerError) as exc:
        raise CommandError(str(exc)) from None
    for line in result.lines():
        print(line)
    return OK


def run_merge(args: argparse.Namespace) -> int:
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        raise CommandError(f"{missing[0]}: no such file")
    project = project_from(args, create=True)
    progress = Progress("merging")
    reports = merge_files(project, args.files, progress=progress)
    progress.finish()
    for report in reports:
        (err if report.refused else print)(report.line())
    refused = sum(1 for r in reports if r.refused)
    merged = len(reports) - refused
    print(f"{merged} file{'s' if merged != 1 else ''} merged, {refused} refused")
    return REFUSED if refused else OK


def run_agreement(args: argparse.Namespace) -> int:
    project = project_from(args, create=False)
    layers = names(args.layers) or [_first_layer(project)]
    try:
        reports = [agreement(project, layer=layer, annotators=names(args.annotators),
                             gold=args.gold) for layer in layers]
    except AgreementError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        # full precision for scripts (docs/cli.md); only print_report rounds, for people
        print(json.dumps(reports[0] if len(reports) == 1 else reports, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            print_report(report)
    if not any(r["documents"] for r in reports):
        err("no document was marked done by two of these annotators: nothing to compare")
    return OK


def _first_layer(project: Project) -> str:
    row = project.conn.execute("SELECT name FROM layers ORDER BY position LIMIT 1").fetchone()
    if row is None:
        raise CommandError("the project has no layers")
    return row[0]


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.3f}"


def print_report(report: dict[str, Any]) -> None:
    print(f"layer {report['layer']}: {report['documents']} documents finished by two or more "
          f"of {', '.join(report['annotators'])}")
    print(f"  alpha (all annotators) {_fmt(report['alpha'])}")
    print(f"  {'pair':<24}{'docs':>6}  {'F1 exact':>8}  {'F1 overlap':>10}  {'kappa':>6}")
    for pair in report["pairs"]:
        who = f"{pair['a']} / {pair['b']}"
        print(f"  {who:<24}{pair['documents']:>6}  {_fmt(pair['f1_exact']):>8}  "
              f"{_fmt(pair['f1_overlap']):>10}  {_fmt(pair['kappa']):>6}")
    if report["by_label"]:
        print("  per label (alpha, worst first):")
        worst = sorted(report["by_label"].items(),
                       key=lambda kv: (kv[1]["alpha"] is not None, kv[1]["alpha"] or 0))
        for label, figures in worst:
            print(f"    {label:<12} {_fmt(figures['alpha'])}")
