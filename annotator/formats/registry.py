"""Which reader handles which file name ending. Each format module adds itself here."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from annotator.formats import conll_read, jsonl, labelstudio, txt
from annotator.formats.records import DocRecord, RecordError

Reader = Callable[[Path], Iterator[DocRecord | RecordError]]

READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".jsonl": jsonl.read,        # native, doccano and spaCy/Prodigy records
    ".conll": conll_read.read,
    ".iob": conll_read.read,
    ".bio": conll_read.read,
    ".json": labelstudio.read,   # Label Studio tasks
}


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())
