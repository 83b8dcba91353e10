"""`export`: write the project's documents and spans in one of the training formats."""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from annotator.cli.common import OK, CommandError, Progress, add_db, err, project_from
from annotator.formats.export import EXPORTERS, Selection


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write documents and spans as training data")
    p.add_argument("--format", required=True, choices=sorted(EXPORTERS), dest="fmt",
                   metavar="FMT", help="one of: " + ", ".join(sorted(EXPORTERS)))
    p.add_argument("--out", metavar="FILE", default="-",
                   help="output file; - or nothing writes to standard output")
    add_db(p)
    p.add_argument("--status", metavar="S[,S]", default="",
                   help="only documents with these statuses (new, in_progress, done, skipped)")
    p.add_argument("--annotator", metavar="NAME[,NAME]", default="",
                   help="only these annotators' spans (and statuses)")
    p.add_argument("--labels", metavar="L[,L]", default="", help="only spans with these labels")
    p.set_defaults(run=run_export)


def split(value: str) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()}


def selection_from(args: argparse.Namespace) -> Selection:
    return Selection(statuses=split(args.status), annotators=split(args.annotator),
                     labels=split(args.labels))


def run_export(args: argparse.Namespace) -> int:
    project = project_from(args)
    selection = selection_from(args)
    try:
        target = (nullcontext(sys.stdout) if args.out == "-"
                  else open(args.out, "w", encoding="utf-8", newline="\n"))
    except OSError as exc:
        raise CommandError(f"{args.out}: cannot write: {exc.strerror}") from None
    progress = Progress("exporting")
    with target as out:
        summary = EXPORTERS[args.fmt](project, out, selection, progress=progress)
    progress.finish()
    for line in summary.lines():
        err(line)
    return OK
