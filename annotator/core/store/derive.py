"""What a stored text derives (its search words and packed token layout), computed in worker
processes while a long import goes on reading, checking and inserting.

Deriving is pure Python and about half of an import's work; the rows are written by the
importing connection as before (SQLite connections stay in their process), in the same
savepoints, so a refused file still leaves nothing behind.

Workers are used only when the caller asks (the `import` command; not the window, whose
imports are short and whose process has Qt's threads, which must not be forked), for an
import long enough to repay them, never in the standalone build, never with one core; if the
pool cannot run, the work is done in place. On Linux they are forked (nothing is imported
again); elsewhere they are spawned, which imports the main module again: ours guard it.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from annotator.core.text.layout import packed_layout, words_if_whole
from annotator.core.text.words import index_words

log = logging.getLogger(__name__)
Derived = tuple[list[str], tuple[Any, ...]]   # (search words, packed layout)
PIECE = 100        # documents per task: small, so the last one's wait is short


def derive(texts: list[str]) -> list[Derived]:
    return [_derived(text) for text in texts]


def _derived(text: str) -> Derived:
    words = words_if_whole(text)  # one split for both
    return index_words(text, words), packed_layout(text, words)


def _workers() -> int:
    if getattr(sys, "frozen", False) or os.environ.get("ANNOTATOR_WORKERS") == "0":
        return 0
    return min(4, (os.cpu_count() or 1) - 1)  # one core stays with the importing process


class Deriver:
    """Tasks of `derive` in a lazily started process pool; results in submission order."""

    def __init__(self, workers: bool = True) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._failed = not workers

    def submit(self, texts: list[str]) -> "Future[list[Derived]]":
        # a few documents are done here: starting workers would cost more than they save
        pool = self._start() if self._pool is not None or len(texts) >= PIECE else None
        if pool is not None:
            try:
                return pool.submit(derive, texts)
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                self._broken(exc)
        return self.here(texts)

    @staticmethod
    def here(texts: list[str]) -> "Future[list[Derived]]":
        """Derived in this process, now."""
        done: Future[list[Derived]] = Future()
        done.set_result(derive(texts))
        return done

    def result(self, future: "Future[list[Derived]]", texts: list[str]) -> list[Derived]:
        try:
            return future.result()
        except (BrokenProcessPool, OSError) as exc:  # a worker died: do it here
            self._broken(exc)
            return derive(texts)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _start(self) -> ProcessPoolExecutor | None:
        if self._pool is None and not self._failed:
            workers = _workers()
            if workers < 1:
                self._failed = True
                return None
            method = "fork" if sys.platform.startswith("linux") else "spawn"
            context = multiprocessing.get_context(method)
            try:
                self._pool = ProcessPoolExecutor(workers, mp_context=context)
            except (OSError, ValueError) as exc:
                self._broken(exc)
        return self._pool

    def _broken(self, exc: BaseException) -> None:
        log.warning("deriving in worker processes failed (%s); going on in this one", exc)
        self._failed = True
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class Indexer:
    """Documents of an import to index: derived in the pool (and here, when this process would
    otherwise wait), written by `write(docs, derived)` in the order given. At most AHEAD tasks
    wait, so a long file's texts are never all held."""

    AHEAD = 8

    def __init__(self, deriver: Deriver, write: Any) -> None:
        self._deriver, self._write = deriver, write
        self._waiting: list[tuple[list[tuple[int, str]], Future[list[Derived]]]] = []

    def add(self, docs: list[tuple[int, str]]) -> None:
        for at in range(0, len(docs), PIECE):
            piece = docs[at:at + PIECE]
            self._waiting.append((piece, self._deriver.submit([t for _, t in piece])))
            while len(self._waiting) > self.AHEAD or (self._waiting
                                                      and self._waiting[0][1].done()):
                self._write_first()

    def flush(self) -> None:
        """Write every document added (waiting for the last ones)."""
        while self._waiting:
            self._write_first()

    def drop(self) -> None:
        """Forget the documents added and not written (their file was refused)."""
        for _, future in self._waiting:
            future.cancel()
        self._waiting.clear()

    def _write_first(self) -> None:
        # Rather than wait for the workers, this process takes the last piece none of them
        # has started: this process and the workers stay busy to the end of the file.
        while not self._waiting[0][1].done() and self._take_last():
            pass
        docs, future = self._waiting.pop(0)
        self._write(docs, self._deriver.result(future, [t for _, t in docs]))

    def _take_last(self) -> bool:
        for at in range(len(self._waiting) - 1, -1, -1):
            docs, future = self._waiting[at]
            if future.cancel():  # not started by a worker
                self._waiting[at] = (docs, self._deriver.here([t for _, t in docs]))
                return True
        return False
