"""`server init`, `server add-annotator`, `join` and `sync`: a team on one PostgreSQL server
(annotator/server does the work). Messages never show a password."""
from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.common import OK, REFUSED, USAGE, add_db, err, project_from


def register(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser("server", help="a team's shared PostgreSQL server (the lead)",
                            description="Put a project on a PostgreSQL server and give each "
                            "annotator a login there (docs/team.md, \"A team on a server\").")
    ssub = server.add_subparsers(metavar="ACTION", required=True)
    p = ssub.add_parser("init", help="copy this project into an empty PostgreSQL database",
                        description="Copy the project (documents, scheme, statuses, "
                        "annotations) into the empty database at URL; the project becomes the "
                        "lead's working copy. The URL's password goes to the PostgreSQL "
                        "password file, never into the project.")
    p.add_argument("url", metavar="URL", help="postgresql://LEAD:PASSWORD@HOST/DB or a libpq "
                   "connection string")
    add_db(p)
    p.set_defaults(run=run_init)
    p = ssub.add_parser("add-annotator", help="create an annotator's login on the server",
                        description="Create NAME's login, allowed to write only rows that "
                        "carry NAME. The password is printed once, unless --password-file "
                        "gives it.")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--server", required=True, metavar="URL", help="the lead's URL")
    p.add_argument("--password-file", metavar="F", help="read the password from F")
    p.set_defaults(run=run_add_annotator)

    p = sub.add_parser("join", help="make a working copy of a team server's project",
                       description="Make LOCAL a working copy for the login in URL: the "
                       "documents handed to it (all when none are handed out), the scheme, "
                       "its own annotations. LOCAL must not exist.")
    p.add_argument("url", metavar="URL")
    p.add_argument("--db", required=True, metavar="LOCAL", help="the new working copy's file")
    p.set_defaults(run=run_join)

    p = sub.add_parser("sync", help="exchange changes with the team server",
                       description="Send this working copy's new and changed annotations and "
                       "statuses, bring in new documents, hand-outs, scheme changes and (for "
                       "the lead) everyone's annotations. With the server unreachable, exits 1 "
                       "and keeps every change for the next sync.")
    add_db(p)
    p.set_defaults(run=run_sync)


def run_init(args: argparse.Namespace) -> int:
    from annotator.server.connect import ServerError
    from annotator.server.init import init_server
    project = project_from(args)
    try:
        report = init_server(args.url, project)
    except ServerError as exc:
        err(f"annotator server init: {exc}")
        return USAGE
    finally:
        project.close()
    print(f"server init: {report} copied; this project is now the lead's working copy")
    return OK


def run_add_annotator(args: argparse.Namespace) -> int:
    from annotator.server.connect import ServerError
    from annotator.server.logins import add_annotator
    given = None
    if args.password_file:
        try:
            given = Path(args.password_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            err(f"annotator server add-annotator: {args.password_file}: cannot read: {exc}")
            return USAGE
        if not given:
            err(f"annotator server add-annotator: {args.password_file}: empty")
            return USAGE
    try:
        password = add_annotator(args.server, args.name, given)
    except (ServerError, ValueError) as exc:
        err(f"annotator server add-annotator: {exc}")
        return USAGE
    if given is None:
        print(f"login {args.name} created; its password (shown once): {password}")
    else:
        print(f"login {args.name} created with the password from {args.password_file}")
    return OK


def run_join(args: argparse.Namespace) -> int:
    from annotator.server.connect import ServerError
    from annotator.server.sync import join
    try:
        report = join(args.url, Path(args.db))
    except ServerError as exc:
        err(f"annotator join: {exc}")
        return USAGE
    print(f"join: {args.db} is a working copy; {report}")
    return OK


def run_sync(args: argparse.Namespace) -> int:
    from annotator.server.connect import ServerError, Unreachable
    from annotator.server.sync import NotAWorkingCopy, sync
    project = project_from(args)
    try:
        report = sync(project)
    except NotAWorkingCopy as exc:
        err(f"annotator sync: {exc}")
        return USAGE
    except Unreachable as exc:
        err(f"annotator sync: {exc}")
        return REFUSED
    except ServerError as exc:
        err(f"annotator sync: {exc}")
        return REFUSED
    finally:
        project.close()
    print(f"sync: {report}")
    return OK
