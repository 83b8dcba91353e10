"""Reaching the team server: a libpq URL or connection string, shown without its password,
and failures as one line. psycopg (the `server` extra) is imported only here, on first use."""
from __future__ import annotations

import logging
from typing import Any


class ServerError(Exception):
    """The server cannot be reached or refused the work; the message says why, in one line."""


class Unreachable(ServerError):
    """No connection could be made (server down, network, socket missing)."""


def psycopg_module() -> Any:
    try:
        import psycopg
        # psycopg logs what it ignores while closing a broken connection ("error ignored
        # terminating <psycopg.Pipeline [BAD]>"): the failure reaches the user as our one line.
        logging.getLogger("psycopg").setLevel(logging.CRITICAL)
    except ImportError:
        raise ServerError('the team server needs psycopg: pip install "psycopg[binary]>=3.1"'
                          ) from None
    return psycopg


def parts(url: str) -> dict[str, str]:
    """The URL's parameters (user, password, host, dbname, ...)."""
    from psycopg.conninfo import conninfo_to_dict
    psycopg_module()
    try:
        return {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except Exception as exc:  # psycopg.ProgrammingError for a malformed string
        raise ServerError(f"not a PostgreSQL URL or connection string: {first_line(exc)}"
                          ) from None


def without_password(url: str) -> str:
    """The same server and login with the password left out (what is stored and printed)."""
    from psycopg.conninfo import make_conninfo
    given = parts(url)
    given.pop("password", None)
    return make_conninfo(**given)


def shown(url: str) -> str:
    """The URL as messages show it: never the password."""
    try:
        given = parts(url)
    except ServerError:
        return "<unreadable URL>"
    who = given.get("user", "")
    where = given.get("host", "localhost")
    return f"{who + '@' if who else ''}{where}/{given.get('dbname', '')}"


def login_of(url: str) -> str:
    """The login name the URL connects as (libpq's default: the system user)."""
    import getpass
    return parts(url).get("user") or getpass.getuser()


def connect(url: str, **kwargs: Any) -> Any:
    """A psycopg connection, or ServerError / Unreachable with one line naming the server."""
    psycopg = psycopg_module()
    try:
        return psycopg.connect(url, connect_timeout=10, **kwargs)
    except psycopg.OperationalError as exc:
        text = first_line(exc)
        if "password authentication failed" in text or "no password supplied" in text:
            raise ServerError(f"{shown(url)}: login refused ({text})") from None
        if "does not exist" in text:
            raise ServerError(f"{shown(url)}: {text}") from None
        raise Unreachable(f"server unreachable: {shown(url)}: {text}") from None
    except psycopg.Error as exc:
        raise ServerError(f"{shown(url)}: {first_line(exc)}") from None


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    # libpq prefixes "connection failed: connection to server on socket ... failed: "
    line = text.splitlines()[0] if text else type(exc).__name__
    if "failed: " in line:
        line = line.rsplit("failed: ", 1)[-1]
    return line
