"""`annotator server add-annotator NAME --server URL`: a login for one annotator, a member of
the annotators' role, so the server lets it write only rows that carry NAME."""
from __future__ import annotations

import secrets

from annotator.core.text.names import check_annotator
from annotator.server.connect import ServerError, connect, shown
from annotator.server.schema import ANNOTATORS, installed_version


def add_annotator(url: str, name: str, password: str | None = None) -> str:
    """Create NAME's login (or give it a new password); returns the password."""
    name = check_annotator(name)
    if len(name.encode("utf-8")) > 63:
        raise ServerError(f"annotator name {name!r} is longer than PostgreSQL's 63 bytes")
    password = password or secrets.token_urlsafe(15)
    from psycopg import errors, sql
    with connect(url) as pg:
        if installed_version(pg) is None:
            raise ServerError(f"{shown(url)} holds no team project (run `annotator server init`)")
        role = sql.Identifier(name)
        try:
            with pg.transaction():
                exists = pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (name,)).fetchone()
                verb = "ALTER" if exists else "CREATE"
                pg.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    role, sql.Literal(password)))
                pg.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ANNOTATORS), role))
        except errors.InsufficientPrivilege as exc:
            raise ServerError(f"{shown(url)}: this login may not create logins "
                              f"({str(exc).splitlines()[0]}); use the lead's or an "
                              "administrator's") from None
    return password
