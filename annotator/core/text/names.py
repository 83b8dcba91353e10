"""Names a user sees (labels, layers, annotators) and paths in one-line messages, made safe.

A name may not hold control characters, bidi controls (U+202E turns `PER‮REP` into what
looks like another name) or characters drawn as nothing (a soft hyphen, a tag character) and may not be longer than a person can read at a glance. Paths are
shown escaped so that `path:line: reason` stays one line whatever the file is called.
"""
from __future__ import annotations

import re
import unicodedata

from annotator.core.messages import tr

LABEL_MAX = 64        # labels and layers: a CoNLL tag and a palette button
ANNOTATOR_MAX = 100   # a person's name or e-mail address

# Bidi embeddings, overrides and isolates, directional marks, the Arabic letter mark, and
# every other character Unicode calls default-ignorable (drawn as nothing: `LOC` + a soft
# hyphen, or `PER` + a tag character, looks like LOC or PER), plus the line and paragraph
# separators and the interlinear annotation marks: all make two names look alike.
_BIDI = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
_IGNORABLE = ("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2028\u2029\u3164"
              "\ufe00-\ufe0f\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
              "\U00013430-\U0001343f\U000e0000-\U000e0fff")
_FORBIDDEN = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_IGNORABLE}\ud800-\udfff]")
_UNSAFE = _FORBIDDEN


def name_problem(name: str, what: str = "name", limit: int = LABEL_MAX) -> str | None:
    """Why `name` cannot be a label, layer or annotator name, or None when it can."""
    if len(name) > limit:
        return tr("{what} is {length} characters long (at most {limit})", what=what,
                  length=len(name), limit=limit)
    found = _FORBIDDEN.search(name)
    if found:
        char = found.group()
        label = unicodedata.name(char, "control character")
        return tr("{what} {name} holds U+{code:04X} ({char}), which is not allowed in names",
                  what=what, name=shown(name), code=ord(char), char=label.lower())
    return None


def check_annotator(name: str) -> str:
    """The name, stripped; ValueError with the reason when it cannot be an annotator's name."""
    name = name.strip()
    problem = name_problem(name, tr("annotator name"), ANNOTATOR_MAX)
    if problem:
        raise ValueError(problem)
    return name


def shown(text: str, limit: int = 40) -> str:
    """`text` quoted for a message: invisible and control characters escaped, long text cut."""
    cut = text if len(text) <= limit else text[:limit] + "…"
    return '"' + _escape(cut) + '"'


# What document text may not put raw on a terminal: control characters (ESC starts the
# sequences that move the cursor, recolour or retitle the terminal), line and paragraph
# separators, and bidi embeddings, overrides and isolates (U+202E shows the rest of a line
# reversed). Marks (U+200E, U+200F, U+061C) and joiners stay: Arabic text uses them.
_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Document text for one line of output: those characters escaped (\\x1b as \\u001b)."""
    return _TERMINAL.sub(_code, text)


def shown_path(path: object) -> str:
    """A path for `path:line: reason`: as is when harmless, else quoted with escapes."""
    text = str(path)
    return '"' + _escape(text) + '"' if _UNSAFE.search(text) else text


def _escape(text: str) -> str:
    return _UNSAFE.sub(_code, text)


def _code(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
        char, f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
