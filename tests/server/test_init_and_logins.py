"""`server init` copies a project into an empty database and makes it the lead's working copy;
`server add-annotator` makes a login that the server lets write only its own rows."""
from __future__ import annotations

import pytest

from annotator.core.store import Project
from annotator.server.connect import ServerError
from annotator.server.init import init_server
from annotator.server.logins import add_annotator

psycopg = pytest.importorskip("psycopg")


def make_project(path):
    p = Project(path)
    a, _ = p.documents.add("قال الرئيس إن الاجتماع انتهى في بغداد.")
    b, _ = p.documents.add("وصل الوفد إلى القاهرة صباح اليوم.")
    per = p.spans.add(a, 4, 10, "PER", annotator="ali")
    quote = p.spans.add(a, 14, 36, "CLAIM", annotator="ali")
    p.spans.add_relation(a, quote.id, per.id, "claimed_by", annotator="ali")
    p.spans.add(b, 15, 22, "LOC", annotator="mona")
    p.statuses.set(a, "ali", "done")
    return p


def test_init_copies_the_project_and_refuses_a_second_time(pg, tmp_path):
    url, _ = pg
    project = make_project(tmp_path / "lead.annotator")
    report = init_server(url, project)
    assert (report.documents, report.spans, report.relations, report.statuses) == (2, 3, 1, 1)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM team.spans").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM team.labels").fetchone()[0] == \
            len(project.labels.scheme().labels)
        uids = {r[0] for r in conn.execute("SELECT uid::text FROM team.spans")}
    assert uids == {r[0] for r in project.conn.execute("SELECT uid FROM spans")}
    other = Project(tmp_path / "other.annotator")
    with pytest.raises(ServerError, match="already holds a team project"):
        init_server(url, other)
    with psycopg.connect(url) as conn:      # nothing of the second project went in
        assert conn.execute("SELECT count(*) FROM team.documents").fetchone()[0] == 2
    project.close()
    other.close()


def test_an_annotator_login_writes_only_its_own_rows(pg, tmp_path):
    url, cluster = pg
    project = make_project(tmp_path / "lead.annotator")
    init_server(url, project)
    password = add_annotator(url, "ali")
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    ali = cluster.url(dbname, user="ali", password=password)
    with psycopg.connect(ali) as conn:
        seen = conn.execute("SELECT DISTINCT annotator FROM team.spans").fetchall()
        assert seen == [("ali",)]                       # mona's spans are not shown
        conn.execute("UPDATE team.spans SET label = 'ORG' WHERE label = 'PER'")
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO team.spans (uid, doc_id, start, \"end\", label, "
                         "annotator, created_at) VALUES (gen_random_uuid(), 2, 0, 3, 'LOC', "
                         "'mona', 'now')")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE team.labels SET color = '#000000'")
        conn.rollback()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT label FROM team.spans WHERE annotator = 'ali' "
                            "AND start = 4").fetchone() == ("ORG",)
    with pytest.raises(ServerError, match="login refused"):
        psycopg_url = cluster.url(dbname, user="ali", password="wrong")
        from annotator.server.connect import connect
        connect(psycopg_url)
    project.close()


def test_handing_out_limits_the_documents_an_annotator_sees(pg, tmp_path):
    url, cluster = pg
    project = make_project(tmp_path / "lead.annotator")
    init_server(url, project)
    password = add_annotator(url, "mona")
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    mona = cluster.url(dbname, user="mona", password=password)
    with psycopg.connect(mona) as conn:
        assert conn.execute("SELECT count(*) FROM team.documents").fetchone()[0] == 2
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO team.handouts (doc_id, annotator) VALUES (2, 'mona')")
    with psycopg.connect(mona) as conn:
        assert conn.execute("SELECT id FROM team.documents").fetchall() == [(2,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO team.statuses VALUES (1, 'mona', 'done', 'now')")
    project.close()
