"""`gui` (and bare `annotator`): open the desktop application."""
from __future__ import annotations

import argparse

from annotator.cli.common import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop application (the default command)")
    add_db(p)
    p.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from annotator.gui.app import run  # Qt is loaded only when the GUI is asked for
    return run(getattr(args, "db", None))
