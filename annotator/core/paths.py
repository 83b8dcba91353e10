"""Where the default project and the preferences live (the platform's data and config folders).

ANNOTATOR_HOME, when set, puts both in one folder: handy for tests and portable installs.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "annotator"


def data_dir() -> Path:
    home = os.environ.get("ANNOTATOR_HOME")
    return Path(home) if home else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get("ANNOTATOR_HOME")
    return Path(home) if home else Path(platformdirs.user_config_dir(APP, appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "default.annotator"
