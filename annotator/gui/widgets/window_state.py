"""Window geometry, toolbar state and splitter sizes, kept in QSettings between sessions."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from annotator.core.paths import config_dir


def window_settings() -> QSettings:
    # Beside preferences.json (so ANNOTATOR_HOME isolates it too), not in the registry.
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_window(window: QMainWindow, splitter: QSplitter) -> None:
    settings = window_settings()
    if not window.restoreGeometry(settings.value("geometry", QByteArray())):
        window.resize(1280, 800)
    window.restoreState(settings.value("state", QByteArray()))
    if not splitter.restoreState(settings.value("splitter", QByteArray())):
        # First run: the article gets half the width or more, each list up to a quarter.
        width = window.width()
        docs, side = min(340, width // 4), min(300, width // 4)
        splitter.setSizes([docs, width - docs - side, side])


def save_window(window: QMainWindow, splitter: QSplitter) -> None:
    settings = window_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    settings.setValue("splitter", splitter.saveState())
    settings.sync()
