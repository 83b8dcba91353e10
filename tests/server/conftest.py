"""A real PostgreSQL server for the team-server tests: one cluster per test session in a
temporary folder, on a Unix socket only (no TCP port), a fresh database per test. Skipped on a
developer's machine without PostgreSQL; CI (CI=true) installs it and fails if it is missing."""
from __future__ import annotations

import os
import uuid

import pytest

psycopg = pytest.importorskip("psycopg") if not os.environ.get("CI") else __import__("psycopg")


@pytest.fixture(scope="session")
def pg_cluster():
    from annotator.server.postgres import PostgresMissing, start
    try:
        server = start()
    except PostgresMissing as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def pg(pg_cluster, tmp_path, monkeypatch):
    """(admin URL of a new empty database, the cluster); passwords go to a private pgpass."""
    name = "t" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    yield pg_cluster.url(name), pg_cluster
