"""Where the shipped resources and sample corpus are, installed or in a source checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _find(name: str) -> Path:
    # In a wheel they sit in annotator/_data/; in a checkout, beside the package.
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    return _find("resources")


def corpus_dir() -> Path:
    return _find("corpus")


def default_scheme_path() -> Path:
    return resources_dir() / "schemes" / "default.toml"
