"""Numbers in the interface in the annotator's choice of Western (0-9) or Arabic-Indic (٠-٩)
digits. Only interface text goes through here: offsets, names and paths are never changed."""
from __future__ import annotations

import re

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_state = {"arabic": False}


def set_arabic_digits(on: bool) -> None:
    _state["arabic"] = bool(on)


def arabic_digits() -> bool:
    return _state["arabic"]


def digits(text: object) -> str:
    """`text` (a number, or a short interface text holding numbers) in the chosen digits."""
    s = str(text)
    return s.translate(_ARABIC_INDIC) if _state["arabic"] else s


_PLACE = re.compile(r"%(\d)")
_NUMBER = re.compile(r"(?<![%\d])\d+")


def counted(text: str, *values: object) -> str:
    """A translated plural, its %n already filled by tr(text, "", n): the count in the chosen
    digits, then %1, %2 ... filled as arg() does (names and paths in them left alone)."""
    return arg(_NUMBER.sub(lambda m: digits(m.group()), text), *values)


def arg(template: str, *values: object) -> str:
    """Like Qt's QString.arg: %1, %2 ... in a translated text replaced by the values, in one
    pass; whole numbers in the chosen digits, everything else as it is."""
    def fill(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        if not 0 <= i < len(values):
            return m.group(0)
        value = values[i]
        return digits(value) if isinstance(value, int) else str(value)
    return _PLACE.sub(fill, template)
