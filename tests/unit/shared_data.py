"""What a test needs from outside the checkout: the shared corpora beside it, and the training
libraries of the test extra. Outside CI a missing one skips the test; in CI (CI=true) it fails,
so that a run never passes by skipping what it was meant to prove."""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def shared_corpus(name: str) -> Path:
    """../shared/corpora/NAME beside the checkout (a worktree in wt/ looks one level higher)."""
    for base in (ROOT / "..", ROOT / ".." / ".."):
        path = (base / "shared" / "corpora" / name).resolve()
        if path.is_dir():
            return path
    message = f"shared/corpora/{name} not found beside {ROOT}"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def need(module: str) -> ModuleType:
    """The module, imported; a test extra's library is never skipped in CI. Elsewhere one that
    is missing, or installed but broken by its neighbours (flair 0.15 beside transformers 5),
    skips."""
    if in_ci():
        return importlib.import_module(module)
    return pytest.importorskip(module, exc_type=ImportError)
