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
    splitter.restoreState(settings.value("splitter", QByteArray()))


def save_window(window: QMainWindow, splitter: QSplitter) -> None:
    settings = window_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    settings.setValue("splitter", splitter.saveState())
    settings.sync()
