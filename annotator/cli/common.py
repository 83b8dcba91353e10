"""What every subcommand shares: --db, opening the project, exit codes, progress."""
from __future__ import annotations

import argparse
import sys
from typing import TextIO

from annotator.core.store import Project
from annotator.app_project import open_project

OK, REFUSED, USAGE = 0, 1, 2  # exit statuses: docs/cli.md


class CommandError(Exception):
    """The command itself was wrong (exit status 2)."""


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH",
                        help="project file (default: the default project in your data folder)")


def project_from(args: argparse.Namespace, *, create: bool = False) -> Project:
    project = open_project(args.db, create=create)
    if sys.stderr.isatty():
        project.transaction.waiting = _waiting
    return project


def _waiting(seconds: float) -> None:
    """Said while a writer waits for another program to finish writing the project."""
    sys.stderr.write(f"\rwaiting for another program to finish writing the project "
                     f"({seconds:.0f} s)\033[K")
    sys.stderr.flush()


def err(message: str) -> None:
    print(message, file=sys.stderr)


class Progress:
    """A one-line counter on standard error, shown only when it is a terminal."""

    def __init__(self, what: str, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.what = what
        self.enabled = self.stream.isatty()
        self._last = -1

    def __call__(self, done: int, total: int, *_: object) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self._last:
            self._last = percent
            self.stream.write(f"\r{self.what}: {done}/{total} ({percent}%)")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self._last >= 0:
            self.stream.write("\r\033[K")
            self.stream.flush()
