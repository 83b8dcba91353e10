"""`import`, `stats` and `search`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from annotator.cli.common import (OK, REFUSED, USAGE, CommandError, Progress, add_db, err,
                                  project_from)
from annotator.core.prefs import default_annotator
from annotator.core.store.search import query_words
from annotator.core.text.names import check_annotator, terminal_safe
from annotator.core.text.normalize import normalize, normalize_with_map
from annotator.core.paths import default_project_path
from annotator.core.store.connection import read_only_reason
from annotator.formats.importer import (ImportAborted, ImportSummary, collect_files,
                                        import_files)
from annotator.formats.registry import BY_NAME, READERS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import files and folders into the project",
                       description="Import " + ", ".join(sorted(READERS)) + " files; "
                       "folders are read recursively. A .txt whose lines are all token and tag "
                       "columns is read as CoNLL, a .txt with an .ann beside it as brat. A file "
                       "with a bad record imports nothing.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_db(p)
    p.add_argument("--annotator", metavar="NAME",
                   help="recorded on imported spans and statuses (default: your name)")
    p.add_argument("--format", choices=sorted(BY_NAME), dest="fmt", metavar="FMT",
                   help="read every file with this reader: " + ", ".join(sorted(BY_NAME))
                   + " (default: by file name ending and content)")
    p.add_argument("--update", action="store_true",
                   help="a document the project already holds (same text; for CoNLL, the "
                        "same apart from white space) takes the file's spans, links, "
                        "attributes and notes in place of the importing annotator's own, in "
                        "one transaction; other annotators' work is untouched (default: such a "
                        "document is skipped as a duplicate)")
    p.set_defaults(run=run_import)

    p = sub.add_parser("stats", help="documents by status, spans by label and annotator")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_stats)

    p = sub.add_parser("search", help="documents whose text matches, ignoring tashkeel",
                       description="Find documents containing every word of QUERY, ignoring "
                       "tashkeel, tatweel and alef/hamza forms; words match inside longer "
                       "words (بغداد finds وبغداد).")
    p.add_argument("query", metavar="QUERY")
    add_db(p)
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="print the first N documents found (default 20; 0 prints all); "
                        "the count of all of them follows")
    p.set_defaults(run=run_search)


def run_import(args: argparse.Namespace) -> int:
    try:
        annotator = check_annotator(args.annotator or default_annotator())
    except ValueError as exc:
        raise CommandError(f"--annotator: {exc}") from None
    missing = [p for p in args.paths if _missing(Path(p))]
    if missing:  # a typo in a path: nothing is imported, no project is created
        for path in missing:
            err(f"annotator: {path}: no such file or folder")
        return USAGE
    summary = ImportSummary()
    target = Path(args.db) if args.db else default_project_path()
    files = collect_files(args.paths, summary, args.fmt, target)
    if not files:  # only refused or empty paths (a .docx, a .pdf): no project is made for it
        _report(summary)
        return REFUSED
    project = project_from(args, create=True)
    if project.read_only:
        raise CommandError(f"{project.path}: {read_only_reason(project.path)}; nothing was "
                           "imported")
    if project.created:
        err(f"created a new project: {project.path}")
    progress = Progress("importing")
    try:
        summary = import_files(project, files, summary, annotator=annotator,
                               progress=progress, workers=True, update=args.update)
    except ImportAborted as exc:
        progress.finish()
        _report(exc.summary)
        raise CommandError(f"{project.path}: {exc.reason}; the import stopped (the documents "
                           "counted above are in the project, none of the rest)") from None
    progress.finish()
    _report(summary)
    return REFUSED if summary.refused_files or summary.empty else OK


def _report(summary: ImportSummary) -> None:
    for line in summary.errors:
        err(line)
    for line in summary.warnings:
        err(f"warning: {line}")
    for line in summary.lines():
        err(line)


def run_stats(args: argparse.Namespace) -> int:
    stats = project_from(args).search.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return OK
    print(f"documents: {stats['documents']}")
    for status, n in stats["documents_by_status"].items():
        print(f"  {status.replace('_', ' '):<12} {n}")
    for annotator, counts in stats["status_by_annotator"].items():
        done = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items() if v)
        print(f"  {annotator}: {done}")
    print(f"spans: {stats['spans']}")
    for label, n in stats["spans_by_label"].items():
        print(f"  {label:<12} {n}")
    if stats["spans_by_annotator"]:
        print("spans by annotator:")
        for annotator, n in stats["spans_by_annotator"].items():
            print(f"  {annotator or '(none)':<12} {n}")
    return OK


_MAX_LIMIT = 2 ** 62   # SQLite's integers hold 64 bits; islice() a C ssize_t


def _missing(path: Path) -> bool:
    """Not there at all; a path we may not look into (an unsearchable folder above it) is
    there, and import refuses it in one line."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def run_search(args: argparse.Namespace) -> int:
    project = project_from(args)
    if not 0 <= args.limit <= _MAX_LIMIT:
        err(f"annotator: --limit: must be 0 (all) or a number up to {_MAX_LIMIT:,}")
        return USAGE
    ids = project.search.find(args.query, limit=args.limit or None)
    for doc_id in ids:
        doc = project.documents.get(doc_id)
        # escaped on a terminal and in a pipe alike: one line per document, nothing the
        # text holds can drive the terminal it ends up on (docs/reliability.md)
        print(f"{doc_id}\t{terminal_safe(doc.title)}\t"
              f"{terminal_safe(snippet(doc.text, args.query))}")
    total = len(ids) if not args.limit or len(ids) < args.limit else \
        project.search.count(args.query)
    found = f"{total} document{'s' if total != 1 else ''} found"
    err(found if total == len(ids) else f"{found}, the first {len(ids)} shown (--limit)")
    return OK


def snippet(text: str, query: str, width: int = 40) -> str:
    """The text around the first match of the query's first word, on one line."""
    words = query_words(query)
    start = find_normalized(text, words[0]) if words else -1
    if start < 0:
        return ""
    piece = text[max(0, start - width):start + width]
    return " ".join(piece.split())


_CHUNK, _OVERLAP = 1 << 16, 4096


def find_normalized(text: str, word: str) -> int:
    """Index in `text` where normalised `word` first matches, or -1. Looks at one window of the
    text at a time, so a 50 MB document costs a window's memory, not a normalised copy."""
    for lo in range(0, len(text), _CHUNK):
        piece = text[lo:lo + _CHUNK + _OVERLAP]
        if word not in normalize(piece):   # C speed; the offset map only where it matches
            continue
        norm, where = normalize_with_map(piece)
        at = norm.find(word)
        if at >= 0:
            return lo + where[at]
    return -1
