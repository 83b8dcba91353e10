"""Checking a stored model before crfsuite reads it.

A project file comes from a teammate; crfsuite trusts the bytes it is given and dies with a
segmentation fault on a truncated model. So a stored model is checked first, in Python: its
SHA-256 against the one written with it (train stores it in the model's info), then
crfsuite's own layout (tests/reliability/test_damaged_model.py): the 48-byte header (magic
"lCRF", the file's size, type "FOMC"), and the five chunks it points at, each inside the file
and starting with its magic. A damaged model is refused with one line; the other suggesters
still run.

A model can be well formed and still lead crfsuite astray (an offset inside a chunk pointing
far outside it): one that passes is then opened and used once in a child process (its labels,
a tag, a marginal) before this process opens it; a verdict is kept per checksum for the
process's life. The standalone build, which has no Python to start a child with, keeps to
the checks above.
"""
from __future__ import annotations

import hashlib
import struct
import subprocess
import sys
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
    return _tried(bytes(data))


# Opens the model from standard input and uses every part of it once.
_TRIAL = ("import sys, pycrfsuite; t = pycrfsuite.Tagger(); "
          "t.open_inmemory(sys.stdin.buffer.read()); t.labels(); "
          "t.tag([{'w': 1.0}, {'x': 1.0}]); t.marginal(t.labels()[0], 0)")
_VERDICTS: dict[str, str | None] = {}


def _tried(data: bytes) -> str | None:
    """crfsuite's verdict on the model, from a child process that may crash in its place."""
    if getattr(sys, "frozen", False):
        return None
    key = checksum(data)
    if key not in _VERDICTS:
        try:
            done = subprocess.run([sys.executable, "-c", _TRIAL], input=data,
                                  capture_output=True)
        except OSError:
            return None   # no child to be had: the checks above stand alone
        _VERDICTS[key] = None if done.returncode == 0 else tr(
            "crfsuite cannot use it: {how}", how=tr("it crashed (signal {n})", n=-done.returncode)
            if done.returncode < 0 else tr("it failed"))
    return _VERDICTS[key]
