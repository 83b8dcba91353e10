"""The `annotator` command; what it promises is in docs/cli.md. Subcommands call core and
formats; bare `annotator` opens the GUI."""
from __future__ import annotations

import argparse
import sqlite3
import sys

from annotator import __version__
from annotator.cli import (documents_cmds, export_cmd, gui_cmd, labels_cmd, server_cmds,
                           suggest_cmds, team_cmds)
from annotator.cli.common import USAGE, CommandError, err
from annotator.core.scheme import SchemeError
from annotator.core.store import ProjectError
from annotator.core.store.connection import describe, is_interrupted


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate Arabic news articles with entities, quotes and claims, and "
                    "export training data. Without a command, opens the desktop application.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")
    for module in (gui_cmd, documents_cmds, export_cmd, labels_cmd, suggest_cmds, team_cmds,
                   server_cmds):
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv or ["gui"])
    try:
        return args.run(args)
    except (ProjectError, CommandError, SchemeError) as exc:
        err(f"annotator: {exc}")
        return USAGE
    except sqlite3.Error as exc:   # the project failed under the command: one line, no trace
        if is_interrupted(exc):   # Ctrl+C inside a long statement (connection.interruptible)
            err("annotator: interrupted")
            return 130
        err(f"annotator: {args.db or 'project'}: {describe(exc)}")
        return USAGE
    except BrokenPipeError:  # `annotator export ... | head` is fine
        return 0
    except KeyboardInterrupt:
        err("annotator: interrupted")
        return 130
