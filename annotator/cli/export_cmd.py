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
from annotator.formats.export import (EXPORTERS, OPTION_FORMATS, PATH_FORMATS, ExportOptions,
                                      Selection)
from annotator.formats import hf
from annotator.formats.hf_folder import SPLIT
from annotator.formats.nesting import ENTITY
from annotator.formats.selection import ExportSummary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write documents and spans as training data")
    p.add_argument("--format", required=True, choices=sorted(EXPORTERS), dest="fmt",
                   metavar="FMT", help="one of: " + ", ".join(sorted(EXPORTERS)))
    p.add_argument("--out", metavar="FILE", default="-",
                   help="output file (a folder for brat; for hf a folder, a dataset with its "
                        "card, unless FILE ends in .jsonl); - or nothing writes to standard "
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
    # Format options default to None so that one given for a format it does not apply to is
    # refused (OPTION_FORMATS), never silently ignored.
    p.add_argument("--tags", choices=["iob2", "bioes"], default=None,
                   help="conll tag scheme (default iob2)")
    p.add_argument("--sep", choices=["space", "tab"], default=None,
                   help="conll column separator (default space)")
    p.add_argument("--docstart", choices=["yes", "no"], default=None,
                   help="conll: begin each document with a -DOCSTART- line (default yes; "
                        "no for flair, which reads that line as a sentence)")
    p.add_argument("--nesting", choices=["outer", "inner", "all"], default=None,
                   help="where spans of a layer nest, which level goes out: conll (default "
                        "all: a column per level), hf and docbin (default outer)")
    p.add_argument("--per", choices=["auto", "document", "sentence"], default=None,
                   help="docbin: one Doc per document or per sentence (default auto: per "
                        "sentence for a document that came with its own sentences or is long)")
    p.add_argument("--split", metavar="NAME", default=None,
                   help="hf with --out DIR: the split's file name, DIR/NAME.jsonl "
                        "(default train; validation, test, ...)")
    p.set_defaults(run=run_export)


def split(value: str) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()}


def selection_from(args: argparse.Namespace) -> Selection:
    return Selection(statuses=split(args.status), annotators=split(args.annotator),
                     labels=split(args.labels), layers=split(args.layers))


def refused_option(args: argparse.Namespace) -> str | None:
    """The first option given that the chosen format cannot honour, as one line."""
    for option, formats in OPTION_FORMATS.items():
        value = getattr(args, option)
        if value is not None and args.fmt not in formats:
            return (f"--{option} does not apply to --format {args.fmt} (only to "
                    + ", ".join(sorted(formats)) + ")")
    if args.fmt == "hf" and split(args.layers) - {ENTITY}:
        return "--format hf writes the entity layer only: --layers " + args.layers
    if args.split is not None and not hf.is_folder(args.out):
        return "--split applies to hf with --out DIR (a dataset folder), not to a file"
    if args.split is not None and not SPLIT.fullmatch(args.split):
        return f"--split {args.split}: a split name is letters, digits and _"
    return None


def options_from(args: argparse.Namespace) -> ExportOptions:
    layers = [v.strip() for v in args.layers.split(",") if v.strip()]
    nesting = args.nesting or ("all" if args.fmt == "conll" else "outer")
    return ExportOptions(layers=list(dict.fromkeys(layers)), tags=args.tags or "iob2",
                         sep="\t" if args.sep == "tab" else " ", nesting=nesting,
                         per=args.per or "auto", docstart=args.docstart != "no",
                         split=args.split or "train",
                         out_path=None if args.out == "-" else args.out)


def run_export(args: argparse.Namespace) -> int:
    refused = refused_option(args)
    if refused:
        raise CommandError(refused)
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

    def write(out: TextIO | None) -> ExportSummary:
        return EXPORTERS[args.fmt](project, out, selection, progress=progress, options=options)

    if args.out == "-":
        summary = write(sys.stdout)
    elif args.fmt in PATH_FORMATS or (args.fmt == "hf" and hf.is_folder(args.out)):
        try:  # the format writes its own file or folder
            summary = write(None if args.fmt == "hf" else sys.stdout)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
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
