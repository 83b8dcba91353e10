"""Working copies and the server: join, edit, sync both ways; offline and back; a tampered
copy refused; a sync sent twice changes nothing."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.store import Project
from annotator.server.connect import ServerError, Unreachable
from annotator.server.init import init_server
from annotator.server.logins import add_annotator
from annotator.server.sync import join, sync

psycopg = pytest.importorskip("psycopg")

TEXTS = ["قال الرئيس إن الاجتماع انتهى في بغداد.", "وصل الوفد إلى القاهرة صباح اليوم.",
         "أعلنت الشركة أرباحا قياسية هذا العام."]


@pytest.fixture
def team(pg, tmp_path):
    """The lead's project on the server, logins for ali and mona; returns a url maker."""
    url, cluster = pg
    lead = Project(tmp_path / "lead.annotator")
    for t in TEXTS:
        lead.documents.add(t)
    lead.spans.add(1, 4, 10, "PER", annotator="gold")
    init_server(url, lead)
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    logins = {name: cluster.url(dbname, user=name, password=add_annotator(url, name))
              for name in ("ali", "mona")}
    yield lead, url, logins
    lead.close()


def spans(path, who=None):
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT doc_id, start, end, label, annotator FROM spans"
        rows = conn.execute(sql + (" WHERE annotator = ?" if who else ""),
                            (who,) if who else ()).fetchall()
        return sorted(rows)
    finally:
        conn.close()


def test_join_edit_sync_and_the_lead_sees_it(team, tmp_path):
    lead, url, logins = team
    ali_path = tmp_path / "ali.annotator"
    report = join(logins["ali"], ali_path)
    assert report.received.documents == 3 and report.received.spans == 0  # not gold's
    with Project(ali_path) as ali:
        assert ali.labels.scheme() == lead.labels.scheme()
        s = ali.spans.add(1, 4, 10, "PER", annotator="ali")
        ali.spans.add(2, 15, 22, "LOC", annotator="ali")
        ali.statuses.set(1, "ali", "done")
        first = sync(ali)
        assert (first.sent.spans, first.sent.statuses) == (2, 1)
        again = sync(ali)                                   # idempotent: nothing moves
        assert (again.sent.spans, again.sent.statuses) == (0, 0)
        ali.spans.delete(s.id)
        assert sync(ali).sent.spans == 1
    got = sync(lead)
    assert got.received.spans >= 1
    assert spans(lead.path, "ali") == [(2, 15, 22, "LOC", "ali")]
    assert lead.statuses.get(1, "ali") == "done"
    # the lead's gold goes up too, and a second desktop of ali's gets ali's work
    lead.spans.add(2, 15, 22, "LOC", annotator="gold")
    assert sync(lead).sent.spans == 1
    second = tmp_path / "ali-laptop.annotator"
    join(logins["ali"], second)
    assert spans(second) == [(2, 15, 22, "LOC", "ali")]


def test_offline_work_waits_and_goes_out_later(team, tmp_path):
    lead, url, logins = team
    path = tmp_path / "mona.annotator"
    join(logins["mona"], path)
    with Project(path) as mona:
        conn = mona.conn
        # the server moves away: the stored URL points at a socket folder that is not there
        good = conn.execute("SELECT value FROM settings WHERE key = 'server.url'").fetchone()[0]
        with mona.transaction():
            conn.execute("UPDATE settings SET value = ? WHERE key = 'server.url'",
                         (good.replace("host=", "host=/nonexistent"),))
        for i in range(3):
            mona.spans.add(3, 0, 5, "ORG", annotator="mona")
            mona.statuses.set(3, "mona", "in_progress")
        with pytest.raises(Unreachable, match=r"server unreachable: .*; 6 changes kept"):
            sync(mona)
        with mona.transaction():
            conn.execute("UPDATE settings SET value = ? WHERE key = 'server.url'", (good,))
        report = sync(mona)
        assert report.sent.spans == 3 and report.sent.statuses == 1
    sync(lead)
    assert len(spans(lead.path, "mona")) == 3


def test_a_tampered_copy_claiming_another_annotator_is_refused(team, tmp_path):
    lead, url, logins = team
    path = tmp_path / "ali.annotator"
    join(logins["ali"], path)
    with Project(path) as ali:
        ali.spans.add(1, 0, 3, "PER", annotator="mona")     # not ali's to write
        with pytest.raises(ServerError, match="refused"):
            sync(ali)
    sync(lead)
    assert spans(lead.path, "mona") == []


def test_join_refuses_an_existing_file_and_leaves_nothing_on_failure(team, tmp_path):
    lead, url, logins = team
    existing = tmp_path / "x.annotator"
    existing.write_text("keep me", encoding="utf-8")
    with pytest.raises(ServerError, match="already exists"):
        join(logins["ali"], existing)
    assert existing.read_text(encoding="utf-8") == "keep me"
    bad = logins["ali"].replace(":", ":x", 2) if False else \
        logins["ali"].split("@")[0].rsplit(":", 1)[0] + ":wrong@" + logins["ali"].split("@", 1)[1]
    with pytest.raises(ServerError, match="login refused"):
        join(bad, tmp_path / "new.annotator")
    assert not list(tmp_path.glob("*new.annotator*"))


def test_the_password_is_never_stored_in_the_working_copy(team, tmp_path):
    lead, url, logins = team
    path = tmp_path / "ali.annotator"
    join(logins["ali"], path)
    password = logins["ali"].split("@")[0].rsplit(":", 1)[1]
    assert password.encode() not in path.read_bytes()
    import os
    pgpass = os.environ["PGPASSFILE"]
    assert oct(os.stat(pgpass).st_mode & 0o777) == "0o600"


def test_hand_outs_on_the_server_reach_working_copies(team, tmp_path):
    from annotator.server.handouts import hand_out_on_server
    lead, url, logins = team
    path = tmp_path / "ali.annotator"
    join(logins["ali"], path)                          # nothing handed out yet: all three
    hand_out_on_server(lead, url, ["ali", "mona"], overlap=0.0, seed=3)
    mona = tmp_path / "mona.annotator"
    join(logins["mona"], mona)
    with Project(mona) as m:
        mine = m.documents.ids()
    with Project(path) as a:
        assert len(a.documents.ids()) == 3            # kept what it had
    assert 1 <= len(mine) < 3


def test_a_label_renamed_by_the_lead_is_renamed_in_working_copies(team, tmp_path):
    lead, url, logins = team
    path = tmp_path / "ali.annotator"
    join(logins["ali"], path)
    with Project(path) as ali:
        ali.spans.add(1, 4, 10, "PER", annotator="ali")
        sync(ali)
    lead.labels.rename("PER", "PERSON")
    sync(lead)
    with Project(path) as ali:
        seen = []
        ali.events.subscribe(lambda c: seen.append(c.kind.value))
        ali.spans.add(1, 11, 13, "PER", annotator="ali")    # made before it hears of it
        report = sync(ali)
        assert report.received.scheme
        assert "label_renamed" in seen
        labels = {lab.name for lab in ali.labels.scheme().labels}
        assert "PERSON" in labels and "PER" not in labels
        assert {s.label for s in ali.spans.of(1)} == {"PERSON"}
        assert len(ali.spans.of(1)) == 2
    sync(lead)
    assert sorted(s.label for s in lead.spans.of(1) if s.annotator == "ali") == ["PERSON"] * 2


def test_the_same_annotator_on_two_desktops_last_write_wins_and_is_said(team, tmp_path):
    lead, url, logins = team
    desk, laptop = tmp_path / "desk.annotator", tmp_path / "laptop.annotator"
    join(logins["ali"], desk)
    with Project(desk) as d:
        d.spans.add(1, 4, 10, "PER", annotator="ali")
        sync(d)
    join(logins["ali"], laptop)
    with Project(laptop) as lap:
        (span,) = lap.spans.of(1)
        lap.spans.update(span.id, label="ORG")          # the laptop's edit goes first
        assert sync(lap).sent.overwritten == 0
    with Project(desk) as d:
        (span,) = d.spans.of(1)
        d.spans.update(span.id, label="LOC")            # the desk's later edit, not yet aware
        report = sync(d)
        assert report.sent.overwritten == 1
        assert "changed on another desktop" in str(report)
        assert [s.label for s in d.spans.of(1)] == ["LOC"]
    with Project(laptop) as lap:
        sync(lap)
        assert [s.label for s in lap.spans.of(1)] == ["LOC"]     # the last write everywhere
