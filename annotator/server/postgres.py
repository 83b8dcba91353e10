"""A private PostgreSQL server in a folder: initdb, start on a Unix socket only (no TCP port),
stop. The team-server tests start one each run; `annotator server local` does the same for a
lead who wants to try the team server on one machine. PostgreSQL refuses to run as root: as
root the server runs as the `postgres` system user (Debian's package creates it)."""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PostgresMissing(RuntimeError):
    """No PostgreSQL server programs on this machine (initdb, pg_ctl)."""


def server_bin() -> Path:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin
    (newest N)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    raise PostgresMissing("PostgreSQL server programs not found (initdb, pg_ctl): install "
                          "PostgreSQL 15 or newer (Debian: apt-get install postgresql)")


@dataclass
class LocalServer:
    folder: Path
    password: str
    user: str = "postgres"

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, dbname: str = "postgres", user: str | None = None,
            password: str | None = None) -> str:
        """A libpq URI over the Unix socket."""
        from urllib.parse import quote
        who = quote(user or self.user, safe="")
        secret = quote(self.password if password is None and user is None else password or "",
                       safe="")
        auth = f"{who}:{secret}@" if secret else f"{who}@"
        return f"postgresql://{auth}/{quote(dbname, safe='')}?host={quote(self.socket_dir, safe='')}"

    def restart(self) -> None:
        """Start the stopped server again on its folder and socket."""
        _start(self.folder)

    def stop(self) -> None:
        _as_owner(self.folder, [str(server_bin() / "pg_ctl"), "-D", str(self.folder / "data"),
                                "-m", "fast", "-w", "stop"], check=False)


def _owner() -> str | None:
    """The system user the server runs as: None for this one, 'postgres' when we are root."""
    return "postgres" if os.geteuid() == 0 else None


def _as_owner(folder: Path, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    owner = _owner()
    if owner is not None:
        argv = ["su", owner, "-s", "/bin/sh", "-c", " ".join(_quote(a) for a in argv)]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=folder)
    if check and done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed: {(done.stderr or done.stdout).strip()}")
    return done


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\"'\"'") + "'"


def start(folder: Path | None = None) -> LocalServer:
    """A new cluster in `folder` (a new temporary one by default), started and listening on a
    Unix socket in that folder only; the superuser `postgres` with a random password
    (scram-sha-256), so that logins are checked as on a real server."""
    folder = Path(folder or tempfile.mkdtemp(prefix="annotator-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(18)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n", encoding="utf-8")
    owner = _owner()
    if owner is not None:
        info = pwd.getpwnam(owner)
        for path in (folder, pwfile):
            os.chown(path, info.pw_uid, info.pw_gid)
    os.chmod(folder, 0o700)
    os.chmod(pwfile, 0o600)
    bindir = server_bin()
    _as_owner(folder, [str(bindir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                       "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                       "--locale=C.UTF-8", "--no-sync"])
    pwfile.unlink()
    _start(folder)
    # the socket folder must be reachable by clients of other users (the tests' own)
    os.chmod(folder, 0o755)
    return LocalServer(folder, password)


def _start(folder: Path) -> None:
    options = (f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
               "-c fsync=off -c max_connections=100")
    _as_owner(folder, [str(server_bin() / "pg_ctl"), "-D", str(folder / "data"), "-o", options,
                       "-l", str(folder / "log"), "-w", "start"])
