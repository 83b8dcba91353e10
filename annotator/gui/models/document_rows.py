"""What the document list shows, asked of SQL a slice at a time (no Qt here).

At 100,000 documents nothing may take one long step: the ids a filter or a search leaves come
from cursors read a chunk per event-loop turn (`id_chunks`), and the title, status and span
count of a row are read a page at a time when the view first shows it (`RowPages`).
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import islice
from typing import Any, Iterator

from annotator.core.model import Status

CHUNK = 2000     # ids per event-loop turn
PAGE = 200       # rows read together when the view needs one of them
_PAGES = 50      # pages kept


def id_chunks(project: Any, annotator: str, status: Status | None,
              query: str) -> Iterator[list[int]]:
    """Lists of the ids passing the status filter and the search, in id order."""
    conn = project.conn
    if query:
        ids: Iterator[int] = iter(project.search.find_iter(query))
    elif status is None:
        ids = (r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id"))
    else:
        ids = _with_status(conn, annotator, status)
    while True:
        chunk = list(islice(ids, CHUNK))
        if not chunk:
            return
        if query and status is not None:
            chunk = _keep_status(conn, chunk, annotator, status)
        yield chunk


def _with_status(conn: Any, annotator: str, status: Status) -> Iterator[int]:
    if status is Status.NEW:  # no row, or a row saying new
        rows = conn.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM statuses t WHERE "
            "t.doc_id = d.id AND t.annotator = ? AND t.status != 'new') ORDER BY id",
            (annotator,))
    else:
        rows = conn.execute("SELECT doc_id FROM statuses WHERE annotator = ? AND status = ? "
                            "ORDER BY doc_id", (annotator, status.value))
    return (r[0] for r in rows)


def _keep_status(conn: Any, ids: list[int], annotator: str, status: Status) -> list[int]:
    marks = ",".join("?" * len(ids))
    found = dict(conn.execute(f"SELECT doc_id, status FROM statuses WHERE annotator = ? AND "
                              f"doc_id IN ({marks})", (annotator, *ids)))
    return [i for i in ids if found.get(i, "new") == status.value]


class RowPages:
    """id -> {"id", "title", "spans", "status"}, read a page of ids at a time, the last pages
    kept."""

    def __init__(self, project: Any, annotator: str):
        self.project, self.annotator = project, annotator
        self._pages: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()

    def row(self, ids: Any, index: int) -> dict[str, Any]:
        page = index // PAGE
        rows = self._pages.get(page)
        if rows is None or ids[index] not in rows:
            rows = self._pages[page] = self._read(list(ids[page * PAGE:(page + 1) * PAGE]))
            if len(self._pages) > _PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[ids[index]]

    def forget(self, doc_id: int | None = None) -> None:
        """Read again when next shown: one document, or (None) every one."""
        if doc_id is None:
            self._pages.clear()
            return
        for rows in self._pages.values():
            rows.pop(doc_id, None)

    def _read(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        out = {}
        for doc_id, title, spans, status in self.project.conn.execute(
                "SELECT d.id, d.title, (SELECT count(*) FROM spans s WHERE s.doc_id = d.id), "
                "(SELECT status FROM statuses t WHERE t.doc_id = d.id AND t.annotator = ?) "
                f"FROM documents d WHERE d.id IN ({marks})", (self.annotator, *ids)):
            out[doc_id] = {"id": doc_id, "title": title, "spans": spans,
                           "status": Status(status) if status else Status.NEW}
        for doc_id in ids:  # gone meanwhile: shown empty until the list reloads
            out.setdefault(doc_id, {"id": doc_id, "title": "", "spans": 0,
                                    "status": Status.NEW})
        return out


def count_status(project: Any, annotator: str, status: Status) -> int:
    if status is Status.NEW:
        return int(project.conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM statuses t "
            "WHERE t.doc_id = d.id AND t.annotator = ? AND t.status != 'new')",
            (annotator,)).fetchone()[0])
    return int(project.conn.execute(
        "SELECT count(*) FROM statuses WHERE annotator = ? AND status = ?",
        (annotator, status.value)).fetchone()[0])
