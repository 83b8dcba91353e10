"""Passwords stay out of the working copy: a login's password given in a URL is kept where
libpq itself looks for it, the PostgreSQL password file (PGPASSFILE, else ~/.pgpass, or
%APPDATA%/postgresql/pgpass.conf on Windows; mode 0600), so later syncs find it without
anything of ours storing it."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from annotator.core.atomic import atomic_write
from annotator.server.connect import parts


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember(url: str) -> Path | None:
    """Keep the URL's password in the password file (replacing that login's old line);
    None when the URL carries no password."""
    given = parts(url)
    password = given.get("password")
    if not password:
        return None
    # libpq matches a socket folder by its path ("localhost" stands only for the default one)
    host = given.get("host", "localhost")
    key = ":".join(_field(v) for v in (host, given.get("port", "5432"),
                                        given.get("dbname", "*"), given.get("user", "*")))
    path = pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):     # two joins on one machine must not lose each other's line
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [ln for ln in lines if not ln.startswith(key + ":")]
        kept.append(f"{key}:{_field(password)}")
        with atomic_write(path, "w", encoding="utf-8") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o600)   # before the password is in it; libpq insists
            fh.write("\n".join(kept) + "\n")
        if hasattr(os, "fchmod"):
            os.chmod(path, 0o600)
    return path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on a file beside the password file (not on it: it is replaced)."""
    try:
        import fcntl
    except ImportError:          # Windows: one desktop, one user, no lock needed
        yield
        return
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
