"""Which reader handles a file: by `--format`, else by file name ending, and for `.txt` by
content (a corpus file whose lines are all token and tag columns is CoNLL, as public corpora
ship them). Each reader has a name the import summary shows."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator

from annotator.formats import brat, conll_read, jsonl, labelstudio, txt
from annotator.formats.records import DocRecord, RecordError

Reader = Callable[[Path], Iterator[DocRecord | RecordError]]

# --format names; doccano and spaCy records share jsonl's reader, which tells them apart.
BY_NAME: dict[str, Reader] = {
    "txt": txt.read, "jsonl": jsonl.read, "doccano": jsonl.read, "spacy": jsonl.read,
    "conll": conll_read.read, "labelstudio": labelstudio.read, "brat": brat.read,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".jsonl": "jsonl",        # native, doccano and spaCy/Prodigy records
    ".conll": "conll", ".iob": "conll", ".bio": "conll",
    ".json": "labelstudio",   # Label Studio tasks
    ".ann": "brat",           # with the .txt of the same name beside it
}
READERS = EXTENSIONS  # the file endings import knows (kept for callers listing them)

_TAG = r"(?:O|[BIESLU]-\S+)"
_COLUMNS = re.compile(rf"\S+(?:[ \t]+{_TAG})+[ \t]*\r?\n?")
_DOCSTART = re.compile(r"-DOCSTART-(?:[ \t]+\S+)*[ \t]*\r?\n?")
_NON_O = re.compile(rf"[ \t][BIESLU]-\S")
_SNIFF_BYTES = 8 << 20  # a corpus file larger than this is judged by its first 8 MB


def looks_like_conll(path: Path) -> bool:
    """True when every non-blank line is a token followed by tags (or -DOCSTART-), and the
    file has a tag other than O or at least three such lines: a plain article is prose, whose
    lines hold words that are not tags, however short they are."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_SNIFF_BYTES)
    except OSError:
        return False
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if len(raw) < _SNIFF_BYTES or exc.start < len(raw) - 4:
            return False
        text = raw[:exc.start].decode("utf-8-sig")  # cut inside a character at 8 MB
    lines = text.splitlines()
    if len(raw) == _SNIFF_BYTES:
        lines = lines[:-1]  # the last line may be cut
    rows = 0
    tagged = False
    for line in lines:
        if not line.strip():
            continue
        if _DOCSTART.fullmatch(line):
            continue
        if not _COLUMNS.fullmatch(line):
            return False
        rows += 1
        tagged = tagged or _NON_O.search(line) is not None
    return rows > 0 and (tagged or rows >= 3)


def reader_for(path: Path, fmt: str | None = None) -> tuple[str, Reader, bool] | None:
    """(reader name, reader, chosen by content) for a file, or None when no reader takes it."""
    if fmt:
        return fmt, BY_NAME[fmt], False
    suffix = path.suffix.lower()
    name = EXTENSIONS.get(suffix)
    if name is None:
        return None
    if name == "txt":
        if path.with_suffix(".ann").is_file():
            return "brat", BY_NAME["brat"], True
        if looks_like_conll(path):
            return "conll", BY_NAME["conll"], True
    return name, BY_NAME[name], False
