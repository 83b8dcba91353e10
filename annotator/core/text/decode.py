"""Decoding of imported files into the exact text that is stored.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256. The BOM is not part of
the text; everything else (line endings, tashkeel, tatweel, emoji) is kept as decoded.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path


class DecodeError(ValueError):
    """The bytes are not readable text; the message says why."""


# Characters that make text unreadable when frequent: C0/C1 controls other than tab and line
# breaks, the replacement character, lone surrogates and private-use characters.
_UNREADABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError with a reason."""
    if not data:
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes and no UTF-16 byte-order mark)")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _cp1256(data), "windows-1256"
    _check_readable(text)
    return text, encoding


def read_text_file(path: str | Path) -> tuple[str, str]:
    """Read and decode a file; raise DecodeError (or OSError) with the reason."""
    return decode_bytes(Path(path).read_bytes())


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding.upper()} at byte {exc.start}") from None


def _cp1256(data: bytes) -> str:
    try:
        return data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"neither UTF-8 nor Windows-1256 (byte {exc.start})") from None


def _check_readable(text: str) -> None:
    if not text.strip():
        raise DecodeError("empty file (only white space)")
    bad = len(_UNREADABLE.findall(text))
    # A few stray controls happen in real articles; a share this high means binary data.
    if bad and bad * 20 > len(text):
        raise DecodeError(f"binary or unreadable content ({bad} control characters "
                          f"in {len(text)})")
