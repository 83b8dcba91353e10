"""File choosers for projects and imports, in one place (tests patch QFileDialog's statics)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.formats.registry import READERS

translate = QCoreApplication.translate

def project_filter() -> str:
    return translate("Files", "Annotator projects (*.annotator);;All files (*)")


def _start_dir(current: Path | None) -> str:
    return str(current.parent) if current else str(Path.home())


def choose_project(parent: QWidget, current: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Files", "Open project"),
                                          _start_dir(current), project_filter())
    return Path(path) if path else None


def choose_new_project(parent: QWidget, current: Path | None) -> Path | None:
    # An existing file is opened, never replaced: its annotations are worth more than a prompt.
    path, _ = QFileDialog.getSaveFileName(parent, translate("Files", "New project"),
                                          _start_dir(current), project_filter(),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(".annotator")


def choose_import_files(parent: QWidget, current: Path | None) -> list[Path]:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(READERS))
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("Files", "Import files"), _start_dir(current),
        translate("Files", "Supported files (%1);;All files (*)").replace("%1", patterns))
    return [Path(p) for p in paths]


def choose_import_folder(parent: QWidget, current: Path | None) -> list[Path]:
    path = QFileDialog.getExistingDirectory(parent, translate("Files", "Import a folder"),
                                            _start_dir(current))
    return [Path(path)] if path else []
