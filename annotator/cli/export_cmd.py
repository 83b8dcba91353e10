"""`export`: write the project's documents and spans in one of the training formats."""
from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path
from typing import Callable, TextIO

from annotator.core.model import Status
from annotator.cli.common import OK, CommandError, Progress, add_db, err, project_from
from annotator.core.atomic import atomic_write
from annotator.core.paths import default_project_path
from annotator.core.store.connection import names_project
from annotator.formats.docbin import MissingExtra, require_spacy
from annotator.formats.export import EXPORTERS, PATH_FORMATS, ExportOptions, Selection
from annotator.formats.selection import ExportSummary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write documents and spans as training data")
    p.add_argument("--format", required=True, choices=sorted(EXPORTERS), dest="fmt",
                   metavar="FMT", help="one of: " + ", ".join(sorted(EXPORTERS)))
    p.add_argument("--out", metavar="FILE", default="-",
                   help="output file (a folder for brat); - or nothing writes to standard "
                        "output (not for docbin and brat)")
    add_db(p)
    p.add_argument("--status", metavar="S[,S]", default="",
                   help="only documents with these statuses (new, in_progress, done, skipped)")
    p.add_argument("--annotator", metavar="NAME[,NAME]", default="",
                   help="only these annotators' spans (and statuses)")
    p.add_argument("--labels", metavar="L[,L]", default="", help="only spans with these labels")
    p.add_argument("--layers", metavar="L[,L]", default="",
                   help="only spans of these layers; for conll, the tag columns in this order "
                        "(default: every layer of the scheme)")
    p.add_argument("--tags", choices=["iob2", "bioes"], default="iob2",
                   help="conll tag scheme (default iob2)")
    p.add_argument("--sep", choices=["space", "tab"], default="space",
                   help="conll column separator (default space)")
    p.add_argument("--nesting", choices=["outer", "inner", "all"], default=None,
                   help="where spans of a layer nest, which level goes out: conll (default "
                        "all: a column per level), hf and docbin (default outer)")
    p.add_argument("--per", choices=["document", "sentence"], default="document",
                   help="docbin: one Doc per document (default) or per sentence")
    p.set_defaults(run=run_export)


def split(value: str) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()}


def selection_from(args: argparse.Namespace) -> Selection:
    return Selection(statuses=split(args.status), annotators=split(args.annotator),
                     labels=split(args.labels), layers=split(args.layers))


def options_from(args: argparse.Namespace) -> ExportOptions:
    layers = [v.strip() for v in args.layers.split(",") if v.strip()]
    nesting = args.nesting or ("all" if args.fmt == "conll" else "outer")
    return ExportOptions(layers=list(dict.fromkeys(layers)), tags=args.tags,
                         sep="\t" if args.sep == "tab" else " ", nesting=nesting, per=args.per,
                         out_path=None if args.out == "-" else args.out)


def run_export(args: argparse.Namespace) -> int:
    if args.fmt in PATH_FORMATS and args.out == "-":
        raise CommandError(f"--format {args.fmt} needs --out {PATH_FORMATS[args.fmt]}")
    if args.fmt == "docbin":
        try:
            require_spacy()
        except MissingExtra as exc:
            raise CommandError(str(exc)) from None
    if args.out != "-":   # checked before the project is opened: nothing is touched
        refuse_project_target(Path(args.out), Path(args.db) if args.db else
                              default_project_path())
    project = project_from(args)
    if args.out != "-":   # its journals exist now, named by the path the project was opened by
        refuse_project_target(Path(args.out), project.path)
    selection = selection_from(args)
    options = options_from(args)
    if args.status:
        try:
            selection.statuses = {Status.parse(s).value for s in selection.statuses}
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    known = set(project.labels.scheme().layer_names())
    unknown = sorted(selection.layers - known)
    if unknown:
        raise CommandError("unknown layer(s): " + ", ".join(unknown)
                           + " (the project has: " + ", ".join(sorted(known)) + ")")
    names = set(project.labels.names())
    unknown = sorted(selection.labels - names)
    if unknown:
        raise CommandError("unknown label(s): " + ", ".join(unknown)
                           + " (the project has: " + ", ".join(sorted(names)) + ")")
    progress = Progress("exporting")

    def write(out: TextIO) -> ExportSummary:
        return EXPORTERS[args.fmt](project, out, selection, progress=progress, options=options)

    if args.out == "-":
        summary = write(sys.stdout)
    elif args.fmt in PATH_FORMATS:   # the format writes its own file or folder
        try:
            summary = write(sys.stdout)
        except OSError as exc:
            reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
            raise CommandError(f"{args.out}: cannot write: {reason}") from None
    else:
        summary = _write_file(Path(args.out), write)
    progress.finish()
    for line in summary.lines():
        err(line)
    return OK


def refuse_project_target(out: Path, project: Path) -> None:
    """`--out` naming the project itself (or its journal) would replace the project with the
    export: refused."""
    if names_project(out, project):
        raise CommandError(f"{out}: is the project file itself (or its journal); choose "
                           "another --out: nothing was written")


def _write_file(out: Path, write: Callable[[TextIO], ExportSummary]) -> ExportSummary:
    """All or nothing: on any failure `out` is left as it was and the reason is one line."""
    try:
        with atomic_write(out, "w", encoding="utf-8", newline="\n") as fh:
            return write(fh)
    except OSError as exc:
        reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        kept = "the previous file was left as it was" if out.exists() else "nothing was written"
        raise CommandError(f"{out}: cannot write: {reason}; {kept}") from None
