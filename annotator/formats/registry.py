"""Which reader handles which file name ending. Each format module adds itself here."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from annotator.formats import jsonl, txt
from annotator.formats.records import DocRecord, RecordError

Reader = Callable[[Path], Iterator[DocRecord | RecordError]]

READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".jsonl": jsonl.read,
}


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())
