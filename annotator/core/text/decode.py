"""Decoding of imported files into the exact text that is stored.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256. The BOM is not part of
the text; everything else (line endings, tashkeel, tatweel, emoji) is kept as decoded.

Honesty first: a file that is mostly valid UTF-8 is UTF-8, its few bad bytes replaced by U+FFFD
and reported (byte offsets and lines); Windows-1256 is chosen only when the bytes read as Arabic
text in it. Anything else is refused with a reason, never stored garbled.
"""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.messages import joined, tr


class DecodeError(ValueError):
    """The bytes are not readable text; the message says why."""


@dataclass
class Decoded:
    text: str
    encoding: str            # "utf-8", "utf-8-sig", "utf-16" or "windows-1256"
    warnings: list[str] = field(default_factory=list)
    line: int = 1            # the line the first warning is about


# Characters that make text unreadable when frequent: C0/C1 controls other than tab and line
# breaks, the replacement character, lone surrogates and private-use characters.
_UNREADABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u060c\u061b\u061f"
                            "\u064b-\u0652\u0640]")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\s]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SHOWN_OFFSETS = 5


def decode(data: bytes) -> Decoded:
    """Decode `data` or raise DecodeError with a reason; warnings say what was replaced."""
    if not data:
        raise DecodeError(tr("empty file"))
    if data.startswith(codecs.BOM_UTF8):
        result = _utf8(data[3:], "utf-8-sig", offset=3)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        result = _utf16_or_damaged_utf8(data)
    elif b"\x00" in data:
        raise DecodeError(tr("binary file (contains NUL bytes and no UTF-16 byte-order mark)"))
    else:
        result = _utf8_or_cp1256(data)
    _check_readable(result.text)
    return result


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError with a reason."""
    result = decode(data)
    return result.text, result.encoding


def read_text_file(path: str | Path) -> tuple[str, str]:
    """Read and decode a file; raise DecodeError (or OSError) with the reason."""
    return decode_bytes(Path(path).read_bytes())


def read_decoded(path: str | Path) -> Decoded:
    return decode(Path(path).read_bytes())


def _utf16_or_damaged_utf8(data: bytes) -> Decoded:
    """FF FE / FE FF: a UTF-16 byte-order mark, or two bad bytes at the start of UTF-8."""
    try:
        result = Decoded(_strict(data, "utf-16"), "utf-16")
        _check_readable(result.text)
        return result
    except DecodeError as utf16_error:
        try:
            result = _utf8_or_cp1256(data)
            _check_readable(result.text)
            return result
        except DecodeError:
            raise utf16_error from None


def _utf8_or_cp1256(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    bad = _invalid_utf8(data)
    bad_bytes = sum(length for _, length in bad)
    valid_multibyte = len(data) - len(data.translate(None, _HIGH_BYTES)) - bad_bytes
    # Valid multi-byte sequences rarely happen by chance in Windows-1256 Arabic (its letters
    # are lead bytes in UTF-8); when they outnumber the bad bytes the file is UTF-8.
    if valid_multibyte >= bad_bytes:
        return _utf8(data, "utf-8", bad=bad)
    text = data.decode("cp1256", errors="replace")
    if _reads_as_arabic(text):
        return Decoded(text, "windows-1256")
    if bad_bytes * 100 <= len(data):   # a few stray bytes in otherwise plain text
        return _utf8(data, "utf-8", bad=bad)
    raise DecodeError(tr("neither UTF-8 (invalid byte at {at}) nor Arabic text in "
                         "Windows-1256", at=bad[0][0]))


def _utf8(data: bytes, encoding: str, offset: int = 0,
          bad: list[tuple[int, int]] | None = None) -> Decoded:
    bad = _invalid_utf8(data) if bad is None else bad
    text = data.decode("utf-8", errors="replace")
    if not bad:
        return Decoded(text, encoding)
    places = joined([tr("byte {at} (line {line})", at=start + offset,
                        line=_line_of(data, start)) for start, _ in bad[:_SHOWN_OFFSETS]], ", ")
    if len(bad) > _SHOWN_OFFSETS:
        places = tr("{places} and {n} more", places=places, n=len(bad) - _SHOWN_OFFSETS)
    first_line = _line_of(data, bad[0][0])
    warning = (tr("1 invalid UTF-8 byte sequence replaced by U+FFFD at {places}", places=places)
               if len(bad) == 1 else
               tr("{n} invalid UTF-8 byte sequences replaced by U+FFFD at {places}", n=len(bad),
                  places=places))
    return Decoded(text, encoding, [warning], first_line)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


_found = threading.local()


def _record(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _found.spans.append((exc.start, exc.end - exc.start))
    return "\ufffd", exc.end


codecs.register_error("annotator-record", _record)


def _invalid_utf8(data: bytes) -> list[tuple[int, int]]:
    """(start, length) of every invalid sequence, as the decoder's "replace" handler sees them."""
    _found.spans = []
    try:
        data.decode("utf-8", errors="annotator-record")
        return _found.spans
    finally:
        _found.spans = []


def _reads_as_arabic(text: str) -> bool:
    """Most non-ASCII letters are Arabic ones (not Latin accents, symbols or mojibake)."""
    non_ascii = _NON_ASCII_LETTER.subn("", text)[1]
    if not non_ascii:
        return False
    arabic = _ARABIC_LETTER.subn("", text)[1]
    return arabic * 10 >= non_ascii * 9


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(tr("not valid {encoding} at byte {at}", encoding=encoding.upper(),
                             at=exc.start)) from None


def _check_readable(text: str) -> None:
    if not text.strip():
        raise DecodeError(tr("empty file (only white space)"))
    found = _UNREADABLE.findall(text)
    bad = len(found)
    # A few stray controls happen in real articles; a share this high means binary data.
    if bad and bad * 20 > len(text):
        replaced = found.count("\ufffd")
        if replaced == bad:   # U+FFFD is no control character: say what the file holds
            raise DecodeError(tr("unreadable content ({bad} replacement characters U+FFFD, "
                                 "the mark of bytes lost before, in {length})", bad=bad,
                                 length=len(text)))
        raise DecodeError(tr("binary or unreadable content ({bad} control, replacement or "
                             "private-use characters in {length})", bad=bad,
                             length=len(text)))
