"""Import of files and folders into a project.

Each file is all or nothing: its records are written inside a savepoint that is rolled back if
any record is refused, so the project never holds half a file. Files are grouped into larger
transactions for speed; a crash loses at most the group being written, never part of a file.
An update (`--update`, formats/update.py) is one transaction for the whole run.

Whatever goes wrong inside one file (bad bytes, JSON nested 100,000 deep, a 5,000-digit number,
a bug in a reader) refuses that file with `path:line: reason` and the run goes on. What goes
wrong with the project itself (disk full, busy, read-only) stops the run: ImportAborted carries
the reason and the summary of the batches already committed.
"""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from annotator.core.messages import Message, located, reason_of, tr
from annotator.core.store import Project, SpanError
from annotator.core.store.connection import JOURNALS, describe
from annotator.core.store.derive import PIECE, Deriver, Indexer
from annotator.core.text.names import check_annotator, shown_path
from annotator.core.text.layout import Layout, layout_from
from annotator.formats import folders
from annotator.formats.records import DocRecord, RecordError
from annotator.formats.registry import READERS, Reader, reader_for
from annotator.formats.update import Held, UpdateCounts, update_document

_MAX_ERRORS_PER_FILE = 20
_BATCH_FILES, _BATCH_SECONDS = 500, 1.0


@dataclass
class ImportSummary:
    documents: int = 0
    duplicates: int = 0
    spans: int = 0
    files: int = 0
    refused_files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)      # "path:line: reason"
    warnings: list[str] = field(default_factory=list)
    new_labels: list[tuple[str, str]] = field(default_factory=list)  # (label, layer)
    skipped_other: int = 0   # files in folders that no reader handles
    cancelled: bool = False
    readers: Counter = field(default_factory=Counter)  # reader name -> files it read
    by_content: list[str] = field(default_factory=list)  # "path: read as conll (...)"
    empty: list[str] = field(default_factory=list)  # folders or files where nothing was found
    skipped: list[str] = field(default_factory=list)  # the project itself, found among the files
    encodings: list[tuple[str, str]] = field(default_factory=list)  # non-UTF-8 files
    # statuses of records that name no annotator, recorded for the importing one: said, as
    # the name may be a login name nobody chose
    status_for: Counter = field(default_factory=Counter)
    update: bool = False  # --update: documents already held take the files' annotations
    updated: UpdateCounts = field(default_factory=UpdateCounts)

    def add(self, other: "ImportSummary") -> None:
        """Fold in a committed batch's (or one file's) counts."""
        self.documents += other.documents
        self.duplicates += other.duplicates
        self.spans += other.spans
        self.files += other.files
        self.cancelled = self.cancelled or other.cancelled
        self.updated.add(other.updated)
        self.readers.update(other.readers)
        self.status_for.update(other.status_for)
        for name in ("refused_files", "errors", "warnings", "new_labels", "encodings", "empty",
                     "by_content", "skipped"):
            getattr(self, name).extend(getattr(other, name))

    def lines(self) -> list[str]:
        parts = [f"{self.documents} document{'s' if self.documents != 1 else ''} imported",
                 f"{self.duplicates} duplicate{'s' if self.duplicates != 1 else ''} skipped",
                 f"{self.spans} span{'s' if self.spans != 1 else ''}",
                 f"{len(self.refused_files)} refused file"
                 f"{'s' if len(self.refused_files) != 1 else ''}"]
        out = [*self.skipped, *self.empty, *self.by_content, ", ".join(parts)]
        if self.update:
            out.append(self.updated.line())
        if self.readers:
            out.append("read as: " + ", ".join(
                f"{name} {n} file{'s' if n != 1 else ''}"
                for name, n in sorted(self.readers.items())))
        for path, encoding in self.encodings:
            out.append(f"{path}: read as {encoding}")
        if self.new_labels:
            out.append("labels added to the scheme: " +
                       ", ".join(f"{name} ({layer})" for name, layer in self.new_labels))
        for name, n in sorted(self.status_for.items()):
            out.append(f"{n} status{'es' if n != 1 else ''} of records naming no annotator "
                       f"recorded for {name} (--annotator chooses the name)")
        if self.skipped_other:
            out.append(f"{self.skipped_other} file(s) of other types in folders were ignored")
        if self.cancelled:
            out.append("cancelled: the files before the cancel were imported in full")
        return out


class _FileRefused(Exception):
    pass


class ImportAborted(Exception):
    """The project itself failed (disk full, busy, read-only); `summary` holds what was
    committed before, the batch being written was rolled back whole."""

    def __init__(self, reason: str, summary: ImportSummary):
        super().__init__(reason)
        self.reason, self.summary = reason, summary


def _identities(project_path: Path) -> set[tuple[int, int]]:
    """(device, inode) of the project file and the journals beside it, by stat alone."""
    out = set()
    for name in (project_path, *(Path(f"{project_path}{j}") for j in JOURNALS)):
        try:
            st = name.stat()
        except OSError:
            continue
        out.add((st.st_dev, st.st_ino))
    return out


def collect_files(paths: Iterable[str | Path], summary: ImportSummary,
                  fmt: str | None = None, project_path: Path | None = None
                  ) -> list[tuple[Path, str, Reader]]:
    """Expand folders (recursively, in name order) into (file, reader name, reader); explicit
    files of unknown type are refused. A .txt with an .ann beside it is one brat document."""
    files: list[tuple[Path, str, Reader]] = []
    ours = _identities(project_path) if project_path is not None else set()

    def project_file(path: Path) -> bool:
        """The project imported into, or its journal: never read (reading its bytes in this
        process, which holds a connection to it, would drop the connection's locks)."""
        if not ours:
            return False
        try:
            st = path.stat()
        except OSError:
            return False
        if (st.st_dev, st.st_ino) not in ours:
            return False
        summary.skipped.append(located(shown_path(path), None, tr(
            "skipped: it is the project being imported into (or its journal)")))
        return True

    def take(path: Path) -> bool:
        found = reader_for(path, fmt)
        if found is None:
            return False
        name, reader, by_content = found
        if name == "brat" and path.suffix.lower() == ".txt" and \
                path.with_suffix(".ann").is_file():
            path = path.with_suffix(".ann")  # whose lines the messages name
        if by_content and name == "conll":
            summary.by_content.append(located(str(path), None, tr(
                "read as CoNLL (every line is a token and tags)")))
        files.append((path, name, reader))
        return True

    for raw in paths:
        path = Path(raw)
        try:
            path.stat()
        except FileNotFoundError:
            pass   # said below
        except OSError as exc:   # inside a folder we may not search: refused, the rest goes on
            _refuse(summary, path, None, tr("cannot read: {error}",
                                            error=str(exc.strerror or exc)))
            continue
        if project_file(path):
            continue
        if path.is_dir():
            before, refused = len(files), len(summary.errors)

            def unreadable(exc: OSError) -> None:
                _refuse(summary, Path(exc.filename or path), None,
                        tr("cannot read folder: {error}", error=str(exc.strerror or exc)))
            def linked(entry: Path, reason: str) -> None:
                summary.refused_files.append(str(entry))
                summary.errors.append(located(shown_path(entry), None, reason))
            for root, names in folders.walk(path, linked, unreadable):
                present = set(names)
                for name in names:
                    child = root / name
                    if not fmt and child.suffix.lower() == ".txt" and \
                            child.with_suffix(".ann").name in present:
                        continue  # read with its .ann as one brat document
                    if fmt == "brat" and child.suffix.lower() != ".ann":
                        if child.suffix.lower() != ".txt" or \
                                child.with_suffix(".ann").name in present:
                            continue
                    if project_file(child):
                        continue
                    if not take(child):
                        summary.skipped_other += 1
            if len(files) == before and len(summary.errors) == refused:
                summary.empty.append(located(str(path), None, tr(
                    "no files to import found in this folder (looked for {readers})",
                    readers=" ".join(sorted(READERS)))))
        elif not path.exists():
            summary.refused_files.append(str(path))
            summary.errors.append(located(shown_path(path), None, tr("no such file or folder")))
        elif not take(path):
            _refuse(summary, path, None, tr("unsupported file type (supported: {readers}, or "
                                         "choose a reader with --format)",
                                         readers=" ".join(sorted(READERS))))
    return files


def import_paths(project: Project, paths: Iterable[str | Path], *, annotator: str = "",
                 progress: Callable[[int, int, Path], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 fmt: str | None = None, workers: bool = False,
                 update: bool = False) -> ImportSummary:
    """Import files and folders; `fmt` forces a reader (registry.BY_NAME) for every file.
    workers=True lets a long import derive search words and layouts in worker processes
    (core/store/derive.py): for a process without threads, as the `import` command is.
    update=True: a document already held (same text) takes the file's annotations for
    `annotator` (formats/update.py) instead of being skipped as a duplicate."""
    summary = ImportSummary()
    files = collect_files(paths, summary, fmt, project.path)
    return import_files(project, files, summary, annotator=annotator, progress=progress,
                        cancelled=cancelled, workers=workers, update=update)


def import_files(project: Project, files: list[tuple[Path, str, Reader]],
                 summary: ImportSummary, *, annotator: str = "",
                 progress: Callable[[int, int, Path], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 workers: bool = False, update: bool = False) -> ImportSummary:
    """Import the files collect_files() found (it wrote its refusals into `summary`): for a
    caller that looks at them before it opens the project."""
    annotator = check_annotator(annotator) if annotator else ""
    summary.update = update
    deriver = Deriver(workers)
    try:
        done = _import_files(project, files, annotator, summary, deriver, progress, cancelled,
                             Held(project) if update else None)
    finally:
        deriver.close()
    if progress:
        progress(done, len(files), files[-1][0] if files else Path())
    return summary


def _import_files(project: Project, files: list[tuple[Path, str, Reader]], annotator: str,
                  summary: ImportSummary, deriver: Deriver,
                  progress: Callable[[int, int, Path], None] | None,
                  cancelled: Callable[[], bool] | None, update: Held | None) -> int:
    """Import `files` in batches; returns how many were read."""
    index = 0
    while index < len(files):
        unindexed: list[tuple[int, str]] = []   # documents of this batch, for the search index
        sources: list[tuple[int, Layout]] = []  # their own tokens and sentences (CoNLL)
        batch = ImportSummary()
        try:
            # One announcement per batch (a BULK change naming its documents), not one per span.
            with project.events.bulk(), project.transaction():
                # An update removes and changes spans, which the bulk insert's deferred
                # counting cannot follow (a span it inserted may be updated by a later file).
                with nullcontext() if update else project.spans.inserted_in_bulk():
                    index = _import_batch(project, files, index, annotator, batch, unindexed,
                                          sources, deriver, progress, cancelled, update)
                    indexer = Indexer(deriver, project.documents.index)
                    indexer.add(unindexed)
                    indexer.flush()
                    project.layouts.keep_source(sources)  # in place of the computed ones
                project.layouts.refresh_depths()  # so the first export need not read every span
        except sqlite3.Error as exc:
            raise ImportAborted(describe(exc), summary) from exc
        summary.add(batch)
        if summary.cancelled:
            break
    return index


def _import_batch(project: Project, files: list[tuple[Path, str, Reader]], index: int,
                  annotator: str, batch: ImportSummary, unindexed: list[tuple[int, str]],
                  sources: list[tuple[int, Layout]], deriver: Deriver,
                  progress: Callable[[int, int, Path], None] | None,
                  cancelled: Callable[[], bool] | None, update: Held | None) -> int:
    """Import files from `index` on until the batch is full (files or seconds); returns the
    index of the first file left."""
    started = time.monotonic()
    while index < len(files):
        if cancelled and cancelled():
            batch.cancelled = True
            break
        if progress:
            progress(index, len(files), files[index][0])
        _import_file(project, *files[index], annotator, batch, unindexed, sources, deriver,
                     update)
        index += 1
        if update:
            continue  # an update is one transaction, whatever its size: all or nothing
        if index % _BATCH_FILES == 0 or time.monotonic() - started > _BATCH_SECONDS:
            break
    return index


def _import_file(project: Project, path: Path, reader_name: str, reader: Reader,
                 annotator: str, summary: ImportSummary, unindexed: list[tuple[int, str]],
                 sources: list[tuple[int, Layout]], deriver: Deriver,
                 update: Held | None = None) -> None:
    counts = ImportSummary()
    errors: list[str] = []
    added: list[tuple[int, str]] = []
    known: dict[str, str] = {}  # label -> layer, for those the scheme has: looked up once
    layouts: list[tuple[int, Layout]] = []
    statuses: list[tuple[int, str, str]] = []  # written once for the file
    name = shown_path(path)
    line = 0   # the last record's line, for errors that do not say where they happened
    # A long file's documents are indexed a piece at a time as it is read (inside its
    # savepoint, so a refused file leaves no index rows either); a short one's with its batch.
    indexer = Indexer(deriver, project.documents.index)
    try:
        # The file's savepoint is rolled back whole if any record is refused: what it holds
        # needs no savepoint of its own.
        with project.transaction(), project.transaction.whole():
            for item in reader(path):
                line = max(line, item.line)
                if isinstance(item, RecordError):
                    errors.append(located(name, item.line, item.reason))
                elif not errors:
                    try:
                        _store_record(project, item, annotator, counts, str(path), added,
                                      known, layouts, statuses, update)
                    except (SpanError, ValueError) as exc:
                        errors.append(located(name, item.line, _reason(exc)))
                    counts.warnings.extend(located(name, item.line, w) for w in item.warnings)
                    counts.warnings.extend(located(name, at, w) for at, w in item.line_warnings)
                    encoding = item.meta.get("encoding") if item.meta else None
                    if encoding in ("utf-16", "windows-1256") and reader_name == "txt":
                        counts.encodings.append((name, encoding))
                    if len(added) >= PIECE:
                        indexer.add(added[:])
                        added.clear()
                if len(errors) >= _MAX_ERRORS_PER_FILE:
                    errors.append(located(name, None, tr("too many errors, the rest of the "
                                                         "file was not read")))
                    break
            if errors:
                raise _FileRefused
            project.statuses.set_new(statuses)
            indexer.flush()
    except _FileRefused:
        summary.refused_files.append(str(path))
        summary.errors.extend(errors)
        return
    except (OSError, UnicodeError) as exc:
        _refuse(summary, path, None, tr("cannot read: {error}",
                                     error=str(getattr(exc, "strerror", None) or exc)))
        return
    except sqlite3.Error:
        raise   # the project failed, not this file: the caller stops the run
    except RecursionError:
        _refuse(summary, path, line, tr("nested too deeply to read"))
        return
    except Exception as exc:   # a reader's bug must cost one file, never the run
        _refuse(summary, path, line, tr("cannot import: {error}",
                                        error=f"{type(exc).__name__}: {one_line(exc)}"))
        return
    finally:
        indexer.drop()  # a refused file's documents are gone: nothing of theirs is written
    if not (counts.documents or counts.duplicates or counts.updated.documents
            or counts.updated.unchanged):
        counts.empty.append(located(name, None, tr("nothing to import found in this file")))
    unindexed.extend(added)
    sources.extend(layouts)
    counts.readers[reader_name] += 1
    counts.files = 1
    summary.add(counts)


def _store_record(project: Project, rec: DocRecord, annotator: str,
                  counts: ImportSummary, source: str, added: list[tuple[int, str]],
                  known: dict[str, str], layouts: list[tuple[int, Layout]],
                  statuses: list[tuple[int, str, str]], update: Held | None = None) -> None:
    held = update.find(rec) if update else None
    if held:  # a CoNLL record of a document whose text differs in white space only
        doc_id, rec = held
        _ensure_labels(project, rec, known, counts)
        counts.updated.add(update_document(project, doc_id, rec, annotator, _who, known))
        return
    doc_id, is_new = project.documents.add(rec.text, source=source, meta=rec.meta,
                                           title=rec.title, external_id=rec.external_id,
                                           index=False, note=rec.note)
    if not is_new and not update:
        counts.duplicates += 1
        return
    _ensure_labels(project, rec, known, counts)
    if not is_new:
        counts.updated.add(update_document(project, doc_id, rec, annotator, _who, known))
        return
    counts.documents += 1
    added.append((doc_id, rec.text))
    if rec.tokens is not None:
        layouts.append((doc_id, layout_from(rec.text, *rec.tokens)))
    rows = [(span.start, span.end, span.label, _who(span.annotator) or annotator,
             span.origin or "imported", span.attributes) for span in rec.spans]
    stored = project.spans.add_all(doc_id, rows, length=len(rec.text), known=known)
    ids: dict[Any, int] = {span.id: sid for span, sid in zip(rec.spans, stored)
                           if span.id is not None}
    counts.spans += len(stored)
    for rel in rec.relations:
        if rel.head not in ids or rel.tail not in ids:
            raise SpanError(tr("relation {type!r} names a span id that the record lacks "
                               "({head!r} -> {tail!r})", type=rel.type, head=rel.head,
                               tail=rel.tail))
        project.spans.add_relation(doc_id, ids[rel.head], ids[rel.tail], rel.type,
                                   annotator=_who(rel.annotator) or annotator)
    # Statuses by annotator are the record's own; a lone "status" (which our export writes
    # beside them as their summary) is recorded only without them, for the one annotator the
    # record's spans were stored under, else the importing annotator.
    statuses.extend((doc_id, check_annotator(name), status)
                    for name, status in rec.statuses.items())
    if rec.status and not rec.statuses:
        owners = {row[3] for row in rows}
        owner = owners.pop() if len(owners) == 1 else annotator
        if owner:
            statuses.append((doc_id, owner, rec.status))
            if owner not in {row[3] for row, span in zip(rows, rec.spans) if span.annotator}:
                counts.status_for[owner] += 1


def _ensure_labels(project: Project, rec: DocRecord, known: dict[str, str],
                   counts: ImportSummary) -> None:
    """Labels the scheme lacks join it (and are reported)."""
    for span in rec.spans:
        if span.label not in known:
            new_label = project.labels.ensure(span.label, span.layer)
            if new_label:
                counts.new_labels.append((new_label.name, new_label.layer))


def _who(name: str | None) -> str | None:
    """An annotator's name from a file, refused (ValueError) when it could mislead."""
    return check_annotator(name) if name else name


def _refuse(summary: ImportSummary, path: Path, line: int | None, reason: str) -> None:
    summary.refused_files.append(str(path))
    summary.errors.append(located(shown_path(path), line, reason))


def _reason(exc: BaseException) -> str:
    """A refusal's reason: the Message it was raised with, or its text on one line."""
    reason = reason_of(exc)
    return reason if isinstance(reason, Message) else one_line(exc)


def one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "..."
