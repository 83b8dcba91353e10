"""Preferences in one readable JSON file: annotator name, recent projects, last documents.

Window geometry is not here; the GUI keeps that in QSettings.
"""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from annotator.core.paths import config_dir

# The article text's size in points: the default and the bounds every control keeps to.
FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 15, 8, 48

_DEFAULTS: dict[str, Any] = {"annotator": "", "recent_projects": [], "last_document": {},
                             "font_size": FONT_SIZE}


class Prefs:
    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "preferences.json"
        self.data = dict(_DEFAULTS)
        self._warned = False  # a failed save was reported
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data.update(loaded)
        except (OSError, ValueError):
            pass  # missing or damaged: start from defaults, rewrite on the next save

    def get(self, key: str) -> Any:
        return self.data.get(key, _DEFAULTS.get(key))

    def set(self, key: str, value: Any, save: bool = True) -> None:
        """`save=False`: kept in memory until the next save (often-changing values)."""
        self.data[key] = value
        if save:
            self.save()

    def save(self) -> bool:
        """Write the file, all or nothing. One that cannot be written (a read-only or full
        disk, a folder that is a file) costs only the preferences: one line on standard
        error the first time, and the program goes on. False when not written."""
        tmp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.data, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(tmp, self.path)  # atomic: a crash never leaves half a file
        except OSError as exc:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            if not self._warned:
                self._warned = True
                print(f"annotator: preferences not saved to {self.path}: "
                      f"{exc.strerror or exc}", file=sys.stderr)
            return False
        return True

    def add_recent(self, project: str | Path, keep: int = 8) -> None:
        path = str(Path(project).resolve())
        recent = [p for p in self.get("recent_projects") if p != path]
        self.set("recent_projects", [path, *recent][:keep])


def default_annotator(prefs: Prefs | None = None) -> str:
    name = (prefs or Prefs()).get("annotator")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return "annotator"
