"""Seconds one piece of work takes on a project opened for it (the opening not counted)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable, TextIO

from annotator.core.store import Project


def seconds_on(db: Path, work: Callable[[Project], Any]) -> float:
    project = Project(db)
    try:
        start = time.perf_counter()
        work(project)
        return time.perf_counter() - start
    finally:
        project.close()


def seconds_writing(db: Path, out_path: Path, write: Callable[[Project, TextIO], Any]) -> float:
    """seconds_on for an export written to a text file, opened as the command opens it."""
    def work(project: Project) -> None:
        with open(out_path, "w", encoding="utf-8", newline="\n") as out:
            write(project, out)
    return seconds_on(db, work)
