"""`labels`: the project's label scheme."""
from __future__ import annotations

import argparse

from annotator.cli.common import OK, add_db, project_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("labels", help="the project's label scheme")
    add_db(p)
    p.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    project = project_from(args)
    scheme = project.scheme()
    usage = project.label_usage()
    for layer in scheme.layers:
        print(f"{layer.name}:")
        for lab in scheme.labels_in(layer.name):
            key = f"[{lab.hotkey}]" if lab.hotkey else "   "
            print(f"  {key} {lab.name:<10} {lab.color}  {usage.get(lab.name, 0):>6} spans"
                  + (f"  {lab.description}" if lab.description else ""))
    for rel in scheme.relations:
        print(f"relation {rel.name}: {' | '.join(rel.heads)} -> {' | '.join(rel.tails)}")
    return OK
