"""Window geometry, toolbar state and splitter sizes, kept in QSettings between sessions."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from annotator.core.paths import config_dir


def window_settings() -> QSettings:
    # Beside preferences.json (so ANNOTATOR_HOME isolates it too), not in the registry.
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_window(window: QMainWindow, splitter: QSplitter) -> None:
    settings = window_settings()
    if not window.restoreGeometry(settings.value("geometry", QByteArray())):
        window.resize(1280, 800)
    keep_on_screen(window)
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


def keep_on_screen(window: QMainWindow) -> None:
    """Bring a restored (or default) window onto a screen: geometry saved at another scale
    factor or on a screen since removed can lie partly or wholly outside every screen. The
    window shrinks to the screen (no smaller than it can be) and its top left corner, where
    its title bar is, goes inside the screen."""
    screen = (QGuiApplication.screenAt(window.frameGeometry().center())
              or QGuiApplication.screenAt(window.frameGeometry().topLeft())
              or QGuiApplication.primaryScreen())
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    if room.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.resize(max(least.width(), min(window.width(), room.width() - extra_w)),
                  max(least.height(), min(window.height(), room.height() - extra_h)))
    frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    window.move(QPoint(x, y))
