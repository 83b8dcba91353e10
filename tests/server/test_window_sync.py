"""The window on a team server's working copy: it syncs by itself, hears the server's commit
announcements, shows where things stand in the status bar, and its panels follow what comes in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.server.init import init_server
from annotator.server.logins import add_annotator
from annotator.server.sync import join, sync

psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def lead_window(qtbot, pg, tmp_path):
    from annotator.gui.main_window import MainWindow
    url, cluster = pg
    lead = Project(tmp_path / "lead.annotator")
    lead.documents.add("قال الرئيس إن الاجتماع انتهى في بغداد.")
    init_server(url, lead)
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    ali_url = cluster.url(dbname, user="ali", password=add_annotator(url, "ali"))
    window = MainWindow(lead, "lead", Prefs())
    qtbot.addWidget(window)
    window.show()
    yield window, ali_url, cluster
    window.close()
    lead.close()


def test_the_lead_window_follows_an_annotators_sync_and_says_so(qtbot, lead_window, tmp_path):
    window, ali_url, _ = lead_window
    label = window.team.server_sync.label
    qtbot.waitUntil(lambda: label.text().startswith("synced"), timeout=20_000)
    assert window.team.sync.isEnabled()
    path = tmp_path / "ali.annotator"
    join(ali_url, path)
    with Project(path) as ali:
        ali.spans.add(1, 4, 10, "PER", annotator="ali")
        sync(ali)                                  # the server announces it; the window hears
    qtbot.waitUntil(lambda: any(s.annotator == "ali" for s in window.project.spans.of(1)),
                    timeout=20_000)
    qtbot.waitUntil(lambda: window.spans.rowCount() >= 1, timeout=5_000)   # the span list
    # an edit in the window goes out by itself (F9 sends it at once)
    window.project.spans.add(1, 11, 13, "LOC", annotator="gold")
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_F9)
    with psycopg.connect(window.project.conn.execute(
            "SELECT value FROM settings WHERE key = 'server.url'").fetchone()[0]) as conn:
        pass  # the lead's URL holds no password: the password file answers
    qtbot.waitUntil(lambda: _on_server(window) == 1, timeout=20_000)


def _on_server(window) -> int:
    url = window.project.conn.execute(
        "SELECT value FROM settings WHERE key = 'server.url'").fetchone()[0]
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM team.spans WHERE label = 'LOC'").fetchone()[0]


def test_offline_the_status_bar_counts_what_waits(qtbot, lead_window):
    window, _, cluster = lead_window
    label = window.team.server_sync.label
    qtbot.waitUntil(lambda: label.text().startswith("synced"), timeout=20_000)
    cluster.stop()
    try:
        for _ in range(3):
            window.project.spans.add(1, 0, 3, "PER", annotator="gold")
        window.team.server_sync.sync_now()
        qtbot.waitUntil(lambda: label.text() in ("offline, 3 changes waiting", "offline, 3 change(s) waiting"), timeout=30_000)
        assert window.isVisible()
    finally:
        cluster.restart()
    window.team.server_sync.sync_now()
    qtbot.waitUntil(lambda: label.text().startswith("synced"), timeout=30_000)


def test_a_plain_project_shows_no_sync(qtbot, project):
    from annotator.gui.main_window import MainWindow
    window = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(window)
    assert not window.team.server_sync.label.isVisibleTo(window)
    assert not window.team.sync.isEnabled()
