"""`labels`: list and change the project's label scheme, or share it as a scheme file.

Refused changes (a clash, a label still used by spans, a bad scheme file) exit 1 and leave the
project as it was; a wrong command (unknown label, missing file or project) exits 2.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.common import OK, REFUSED, CommandError, add_db, err, project_from
from annotator.core.model import Scheme
from annotator.core.scheme import SchemeError, dump_scheme, load_scheme
from annotator.core.store import Project
from annotator.core.store.scheme_diff import LabelInUse, UnknownLabel, label_changes

_FORMAT = "Scheme files are TOML; docs/schemes.md describes the format."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("labels", help="list or change the project's label scheme",
                       description="Without a subcommand, list the project's label scheme. "
                       + _FORMAT)
    add_db(p)
    p.set_defaults(run=run_list)
    cmds = p.add_subparsers(metavar="SUBCOMMAND")

    c = _sub(cmds, "list", "list the layers, labels (with span counts) and relation types")
    c.set_defaults(run=run_list)

    c = _sub(cmds, "add", "add a label")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--layer", required=True, help="the layer it belongs to (e.g. entity)")
    _label_options(c, "default: the next free colour of the colour-blind-safe palette",
                   "default: the next free digit; '' for none")
    c.set_defaults(run=run_add)

    c = _sub(cmds, "rename", "rename a label, on every span too (all or nothing)")
    c.add_argument("old", metavar="OLD")
    c.add_argument("new", metavar="NEW")
    c.set_defaults(run=run_rename)

    c = _sub(cmds, "remove", "remove a label; refused if spans use it, unless --force")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--force", action="store_true",
                   help="also delete the spans (and their relations) that use the label")
    c.set_defaults(run=run_remove)

    c = _sub(cmds, "set", "change a label's colour, hotkey, description or layer")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--layer", help="move the label (and its spans) to this layer")
    _label_options(c, "", "'' removes the hotkey")
    c.set_defaults(run=run_set)

    c = _sub(cmds, "export", "write the scheme to a file (- for standard output)",
             "The same scheme always gives the same bytes, so two projects' schemes can be "
             "compared with diff or cmp.")
    c.add_argument("file", metavar="FILE")
    c.set_defaults(run=run_export)

    c = _sub(cmds, "import", "apply a scheme file to the project, or start a project from it",
             "Make the project's scheme equal to FILE and print what changes. Labels that "
             "spans use are only removed with --force. If --db names a project that does "
             "not exist yet, it is created with this scheme (and no documents). " + _FORMAT)
    c.add_argument("file", metavar="FILE")
    c.add_argument("--force", action="store_true",
                   help="remove labels and relation types even if annotations use them, "
                   "deleting those annotations")
    c.add_argument("--dry-run", action="store_true", help="print what would change; change "
                   "nothing")
    c.set_defaults(run=run_import)


def _sub(cmds: argparse._SubParsersAction, name: str, help: str,
         description: str | None = None) -> argparse.ArgumentParser:
    c = cmds.add_parser(name, help=help, description=description or help[0].upper() + help[1:])
    # SUPPRESS: `labels --db X add ...` keeps X instead of the subcommand's default.
    c.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="project file (default: the default project in your data folder)")
    return c


def _label_options(c: argparse.ArgumentParser, color_help: str, hotkey_help: str) -> None:
    c.add_argument("--color", "--colour", dest="color", metavar="#RRGGBB",
                   help="highlight colour" + (f" ({color_help})" if color_help else ""))
    c.add_argument("--hotkey", metavar="KEY",
                   help=f"a digit, a letter A-Z or F1-F12 ({hotkey_help})")
    c.add_argument("--description", metavar="TEXT",
                   help="the guideline for this label, shown as a tooltip while annotating")


def _refused(exc: SchemeError) -> int:
    err(f"annotator labels: {exc}")
    return REFUSED


def _print_scheme(scheme: Scheme, usage: dict[str, int]) -> None:
    for layer in scheme.layers:
        print(f"{layer.name}:")
        for lab in scheme.labels_in(layer.name):
            key = f"[{lab.hotkey}]" if lab.hotkey else "   "
            print(f"  {key:<5} {lab.name:<10} {lab.color}  {usage.get(lab.name, 0):>6} spans"
                  + (f"  {lab.description}" if lab.description else ""))
            for attr, values in sorted(lab.attributes.items()):
                print(f"{'':19}{attr}: {' | '.join(values)}")
    for rel in scheme.relations:
        print(f"relation {rel.name}: {' | '.join(rel.heads)} -> {' | '.join(rel.tails)}")


def run_list(args: argparse.Namespace) -> int:
    project = project_from(args)
    _print_scheme(project.labels.scheme(), project.labels.usage())
    return OK


def run_add(args: argparse.Namespace) -> int:
    project = project_from(args)
    try:
        lab = project.labels.add(args.name, args.layer, color=args.color, hotkey=args.hotkey,
                                 description=args.description or "")
    except SchemeError as exc:
        return _refused(exc)
    print(f"added {lab.name} to {lab.layer}: colour {lab.color}, "
          f"hotkey {lab.hotkey or '(none)'}")
    return OK


def run_rename(args: argparse.Namespace) -> int:
    project = project_from(args)
    try:
        count = project.labels.rename(args.old, args.new)
    except UnknownLabel as exc:
        raise CommandError(str(exc)) from None
    except SchemeError as exc:
        return _refused(exc)
    print(f"renamed {args.old} to {args.new.strip()} ({count} span{'s' if count != 1 else ''})")
    return OK


def run_remove(args: argparse.Namespace) -> int:
    project = project_from(args)
    try:
        count = project.labels.remove(args.name, force=args.force)
    except UnknownLabel as exc:
        raise CommandError(str(exc)) from None
    except SchemeError as exc:
        return _refused(exc)
    print(f"removed {args.name}" + (f" and the {count} span{'s' if count != 1 else ''} "
                                    "that used it" if count else ""))
    return OK


def run_set(args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in ("color", "hotkey", "description", "layer")}
    if all(v is None for v in fields.values()):
        raise CommandError("labels set: give at least one of --color, --hotkey, "
                           "--description, --layer")
    project = project_from(args)
    try:
        before = project.labels.scheme().label(args.name)
        lab = project.labels.update(args.name, **fields)
    except UnknownLabel as exc:
        raise CommandError(str(exc)) from None
    except SchemeError as exc:
        return _refused(exc)
    what = label_changes(before, lab) if before else []
    print(f"{lab.name}: " + ("; ".join(what) if what else "no change"))
    return OK


def run_export(args: argparse.Namespace) -> int:
    text = dump_scheme(project_from(args).labels.scheme())
    if args.file == "-":
        sys.stdout.flush()
        out = getattr(sys.stdout, "buffer", None)
        if out is not None:   # bytes, so Windows does not turn "\n" into "\r\n"
            out.write(text.encode("utf-8"))
            out.flush()
        else:
            sys.stdout.write(text)
        return OK
    try:
        Path(args.file).write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"{args.file}: cannot write: {exc.strerror}") from None
    err(f"scheme written to {args.file}")
    return OK


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{path}: no such scheme file")
    try:
        scheme = load_scheme(path)   # read and checked before any project is touched
    except SchemeError as exc:
        return _refused(exc)
    if args.db is not None and not Path(args.db).exists():
        if args.dry_run:
            print(f"would create {args.db} with the scheme from {path}")
            return OK
        Project(args.db, scheme=scheme).close()
        print(f"created {args.db} with the scheme from {path}: {len(scheme.labels)} labels "
              f"in {len(scheme.layers)} layers")
        return OK
    project = project_from(args)
    try:
        changes = project.labels.apply(scheme, force=args.force, dry_run=args.dry_run)
    except LabelInUse as exc:
        for line in (exc.changes.lines() if exc.changes else []):
            err(f"  {line}")
        return _refused(exc)
    except SchemeError as exc:
        return _refused(exc)
    for line in changes.lines():
        print(line)
    print(("dry run, nothing changed: " if args.dry_run and changes else "") + changes.summary())
    return OK
