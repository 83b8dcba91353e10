"""`gui` (and bare `annotator`): open the desktop application."""
from __future__ import annotations

import argparse
import os
import sys

from annotator.cli.common import USAGE, CommandError, add_db, err

# Where Qt looks for a display server by itself (X11 or Wayland); elsewhere (Windows, macOS)
# there is always a screen to draw on.
_NEEDS_DISPLAY = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop application (the default command)")
    add_db(p)
    p.add_argument("--check", action="store_true",
                   help="open the window on the project, print what it shows and quit "
                        "(checks an installation, e.g. the standalone build; works without "
                        "a display)")
    p.set_defaults(run=run_gui)


def headless(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """True when Qt would find no display and abort the process (SIGABRT, several lines of
    its own text) as it creates the application: no X11 or Wayland display and no platform
    chosen by hand."""
    return _NEEDS_DISPLAY and not any(environ.get(name) for name in
                                      ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(args: argparse.Namespace) -> int:
    check = getattr(args, "check", False)
    if headless():
        if not check:
            err("annotator: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                "not set): run it in a desktop session, or set QT_QPA_PLATFORM=offscreen, or "
                "run `annotator gui --check` to test the installation")
            return USAGE
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check needs no screen
    try:  # Qt is loaded only when the GUI is asked for
        from annotator.gui.app import run
    except ImportError as exc:
        # Usually a missing system library (libEGL, libxkbcommon, ...) that Qt needs.
        raise CommandError(f"the desktop application cannot start: {exc}. On Linux, install "
                           "the Qt runtime libraries (see README.md, Set-up).") from None
    return run(getattr(args, "db", None), check=check)
