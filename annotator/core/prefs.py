"""Preferences in one readable JSON file: annotator name, recent projects, last documents.

Window geometry is not here; the GUI keeps that in QSettings.
"""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

from annotator.core.paths import config_dir

# The article text's size in points: the default and the bounds every control keeps to.
FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 15, 8, 48

_DEFAULTS: dict[str, Any] = {"annotator": "", "recent_projects": [], "last_document": {},
                             "font_size": FONT_SIZE}


_WARNED: set[str] = set()   # preference files already said to be damaged in this process


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 4096


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -10**6 < value < 10**6


# What each preference must be (a value of another type would fail where it is used).
_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "annotator": (lambda v: _is_text(v) and _valid_name(v), "is not a usable name"),
    "recent_projects": (lambda v: isinstance(v, list) and all(_is_text(p) for p in v),
                        "is not a list of paths"),
    "last_document": (lambda v: isinstance(v, dict) and all(_is_int(d) for d in v.values()),
                      "is not a table of document numbers"),
    "font_size": (lambda v: _is_int(v) and MIN_FONT_SIZE <= v <= MAX_FONT_SIZE,
                  f"is not a size from {MIN_FONT_SIZE} to {MAX_FONT_SIZE}"),
    # null: not chosen (the window treats a missing or empty value so)
    "line_spacing": (lambda v: v is None or _is_int(v), "is not a number"),
    "font_family": (lambda v: v is None or _is_text(v), "is not text"),
    "language": (lambda v: v is None or _is_text(v), "is not text"),
    "color_scheme": (lambda v: v is None or _is_text(v), "is not text"),
    "digits": (lambda v: v is None or _is_text(v), "is not text"),
    "rtl_layout": (lambda v: v is None or isinstance(v, bool), "is not true or false"),
    "quote_marks_inside": (lambda v: v is None or isinstance(v, bool),
                           "is not true or false"),
}


def _valid_name(name: str) -> bool:
    if not name:
        return True
    from annotator.core.text.names import check_annotator
    try:
        check_annotator(name)
    except ValueError:
        return False
    return True


def _wrong(key: str, value: Any) -> str:
    check = _CHECKS.get(key)
    return "" if check is None or check[0](value) else check[1]


class Prefs:
    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "preferences.json"
        self.data = dict(_DEFAULTS)
        self._warned = False  # a failed save was reported
        problems: list[str] = []
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            loaded = {}
        except OSError as exc:
            loaded, problems = {}, [f"cannot read: {exc.strerror or exc}"]
        except RecursionError:
            loaded, problems = {}, ["nested too deeply"]
        except ValueError as exc:   # not JSON, not UTF-8
            loaded, problems = {}, [f"not JSON ({str(exc).splitlines()[0][:80]})"]
        if not isinstance(loaded, dict):
            loaded, problems = {}, [f"a JSON {type(loaded).__name__}, not an object"]
        for key, value in loaded.items():
            wrong = _wrong(key, value)
            if wrong:
                problems.append(f"{key} {wrong}")
            else:
                self.data[key] = value
        # Damaged preferences cost only themselves: the defaults stand in, said once per file
        # and process; the next save writes the file whole again.
        if problems and str(self.path) not in _WARNED:
            _WARNED.add(str(self.path))
            print(f"annotator: warning: {self.path}: damaged preferences ("
                  f"{'; '.join(problems[:3])}{'; ...' if len(problems) > 3 else ''}); "
                  "the defaults are used instead", file=sys.stderr)

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
