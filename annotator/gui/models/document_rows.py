"""What the document list shows, asked of SQL a slice at a time (no Qt here).

At 100,000 documents nothing may take one long step: the ids a filter, a search and an order
leave come from cursors read a chunk per event-loop turn (`id_chunks`, document_order.py),
and the title, status and span count of a row are read a page at a time when the view first
shows it (`RowPages`).
"""
from __future__ import annotations

from collections import OrderedDict
from time import perf_counter
from typing import Any, Iterator

from annotator.core.model import Status
from annotator.gui.models.document_order import kept, ordered, with_status

CHUNK = 10_000   # ids at most per event-loop turn
BUDGET = 0.010   # seconds of reading per turn; a search that reads texts gets fewer ids
# Rows read together when the view needs one of them: about two screenfuls. A row's title sits
# on its own table page (beside the text), so on a project not yet in the disk cache each row
# read is a disk read: 200 at a time made the first paint of a filter take 0.1 s.
PAGE = 64
_PAGES = 160     # pages kept


def id_chunks(project: Any, annotator: str, status: Status | None, query: str,
              order: str = "id", descending: bool = False,
              agreement: dict[int, float | None] | None = None
              ) -> Iterator[tuple[list[int], bool]]:
    """(ids, last): the ids passing the status filter and the search, in the order asked, a
    turn's worth at a time (none while an order is being prepared); last is True with the
    final ones."""
    conn = project.conn
    filtered: Iterator[int | None] | None = None
    if query:
        filtered = iter(project.search.find_iter(query, pauses=True))
        if status is not None:
            filtered = _keep_status(conn, filtered, annotator, status)
    elif status is not None:
        filtered = with_status(conn, annotator, status,
                               descending and order in ("id", "status"))
    if filtered is None:
        ids = ordered(project, annotator, order, descending, agreement)
    elif (order == "status" and not query) or (order == "id" and not (query and descending)):
        ids = filtered  # the filter's own stream is already in this order
    else:
        ids = kept(ordered(project, annotator, order, descending, agreement), filtered)
    yield from _turns(ids)


def _turns(ids: Iterator[int | None]) -> Iterator[tuple[list[int], bool]]:
    budget = BUDGET / 10  # the first turn also paints the new list: a screenful is enough
    while True:
        chunk: list[int] = []
        deadline, budget = perf_counter() + budget, BUDGET
        for doc_id in ids:
            if doc_id is None:  # the stream is preparing: end this turn
                break
            chunk.append(doc_id)
            if len(chunk) >= CHUNK or (len(chunk) % 16 == 0 and perf_counter() > deadline):
                break
        else:
            yield chunk, True
            return
        yield chunk, False


def _keep_status(conn: Any, ids: Iterator[int | None], annotator: str,
                 status: Status) -> Iterator[int | None]:
    while True:
        batch: list[int] = []
        paused = False
        for doc_id in ids:  # up to 500 ids, or up to the stream's pause
            if doc_id is None:
                paused = True
                break
            batch.append(doc_id)
            if len(batch) >= 500:
                break
        if batch:
            marks = ",".join("?" * len(batch))
            found = dict(conn.execute(f"SELECT doc_id, status FROM statuses WHERE "
                                      f"annotator = ? AND doc_id IN ({marks})",
                                      (annotator, *batch)))
            yield from (i for i in batch if found.get(i, "new") == status.value)
        if paused:
            yield None
        elif len(batch) < 500:
            return


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
