"""Checking a stored model before crfsuite reads it.

A project file comes from a teammate; crfsuite trusts the bytes it is given and dies with a
segmentation fault on a truncated model. So a stored model is checked first, in Python: its
SHA-256 against the one written with it (train stores it in the model's info), then
crfsuite's own layout (tests/reliability/test_damaged_model.py): the 48-byte header (magic
"lCRF", the file's size, type "FOMC"), and the five chunks it points at, each inside the file
and starting with its magic. A damaged model is refused with one line; the other suggesters
still run.
"""
from __future__ import annotations

import hashlib
import struct
from typing import Any

from annotator.core.messages import tr
from annotator.suggest.features import FEATURE_SETS

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNKS = (b"FEAT", b"CQDB", b"CQDB", b"LFRF", b"AFRF")   # features, labels, attributes, refs


def checksum(data: bytes | bytearray) -> str:
    return hashlib.sha256(data).hexdigest()


def model_problem(data: Any, info: Any) -> str | None:
    """Why the stored model cannot be used, or None."""
    if not isinstance(info, dict):
        return tr("its info is not a JSON object")
    if not isinstance(data, (bytes, bytearray)):
        return tr("its data is not a model file")
    if info.get("feature_set", "rich") not in FEATURE_SETS:
        return tr("its info names no known feature set")
    wanted = info.get("sha256")
    if wanted is not None and wanted != checksum(data):
        return tr("its bytes are not the ones trained (checksum differs)")
    if len(data) < _HEADER.size:
        return tr("it is {size} bytes, shorter than a model's header", size=len(data))
    magic, size, kind, _version, _features, _labels, _attrs, *offsets = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        return tr("it is not a crfsuite model")
    if size != len(data):
        return tr("it is cut or padded ({got} bytes where its header says {size})",
                  got=len(data), size=size)
    for magic, at in zip(_CHUNKS, offsets):
        if not _HEADER.size <= at <= size - 8 or data[at:at + 4] != magic:
            return tr("its {chunk} part is missing or out of place", chunk=magic.decode())
        length = struct.unpack_from("<I", data, at + 4)[0]
        if at + length > size:
            return tr("its {chunk} part runs past the end", chunk=magic.decode())
    return None
