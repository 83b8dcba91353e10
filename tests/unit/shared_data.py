"""What a test needs from outside the checkout: the shared corpora beside it, and the training
libraries of the test extra. Outside CI a missing one skips the test; in CI (CI=true) it fails,
so that a run never passes by skipping what it was meant to prove."""
from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def shared_corpus(name: str) -> Path:
    """../shared/corpora/NAME beside the checkout, found by bench/common.py (the one place
    that knows where to look)."""
    spec = importlib.util.spec_from_file_location("bench_common", ROOT / "bench" / "common.py")
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    try:
        return common.shared_corpus(name)
    except common.CorpusMissing as exc:
        if in_ci():
            pytest.fail(f"{exc} (CI=true: the corpus must be there)")
        pytest.skip(str(exc))


def need(module: str) -> ModuleType:
    """The module, imported; a test extra's library is never skipped in CI. Elsewhere one that
    is missing, or installed but broken by its neighbours (flair 0.15 beside transformers 5),
    skips."""
    if in_ci():
        return importlib.import_module(module)
    return pytest.importorskip(module, exc_type=ImportError)
