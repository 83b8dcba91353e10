"""Shared fixtures. Qt runs offscreen unless --headed is given (to watch the GUI tests)."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest


def pytest_addoption(parser):
    parser.addoption("--headed", action="store_true", help="show GUI tests on the real display")


def pytest_configure(config):
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data and config folder: the user's real ones are never touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTATOR_HOME", str(home))
    return home


@pytest.fixture
def project(tmp_path):
    from annotator.core.store import Project
    p = Project(tmp_path / "test.annotator")
    yield p
    p.close()


@pytest.fixture
def seed_text() -> str:
    from annotator.core.resources import corpus_dir
    return (corpus_dir() / "000_09860c928d697e92.txt").read_text(encoding="utf-8")


DATA = Path(__file__).parent / "data"


def _bench_common():
    spec = importlib.util.spec_from_file_location(
        "bench_common", Path(__file__).resolve().parents[1] / "bench" / "common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def wojood_sample() -> Path:
    """../shared/corpora/wojood-sample beside the checkout (bench/common.py shared_corpus).
    Missing: skipped on a developer's machine, a failure in CI (CI=true)."""
    common = _bench_common()
    try:
        return common.shared_corpus("wojood-sample")
    except common.CorpusMissing as exc:
        if common.in_ci():
            pytest.fail(f"{exc} (CI=true: the corpus must be there)")
        pytest.skip(str(exc))
