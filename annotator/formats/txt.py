"""Plain text: one document per file, decoded as core/text/decode.py says."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from annotator.core.messages import reason_of
from annotator.core.text.decode import DecodeError, read_decoded
from annotator.formats.records import DocRecord, RecordError


def read(path: Path) -> Iterator[DocRecord | RecordError]:
    try:
        decoded = read_decoded(path)
    except DecodeError as exc:
        yield RecordError(0, reason_of(exc))  # about the whole file: no line
        return
    encoding = decoded.encoding
    yield DocRecord(text=decoded.text, line=decoded.line, warnings=decoded.warnings,
                    meta={"encoding": encoding} if encoding != "utf-8" else {})
