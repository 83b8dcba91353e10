"""`gui` (and bare `annotator`): open the desktop application."""
from __future__ import annotations

import argparse

from annotator.cli.common import CommandError, add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop application (the default command)")
    add_db(p)
    p.add_argument("--check", action="store_true",
                   help="open the window on the project, print what it shows and quit "
                        "(checks an installation, e.g. the standalone build)")
    p.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    try:  # Qt is loaded only when the GUI is asked for
        from annotator.gui.app import run
    except ImportError as exc:
        # Usually a missing system library (libEGL, libxkbcommon, ...) that Qt needs.
        raise CommandError(f"the desktop application cannot start: {exc}. On Linux, install "
                           "the Qt runtime libraries (see README.md, Set-up).") from None
    return run(getattr(args, "db", None), check=getattr(args, "check", False))
