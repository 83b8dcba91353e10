"""Believable team data: article-like texts and the spans several annotators would mark on
them, agreeing mostly and differing in the ways people do (a missed span, another label, an
edge one letter off, an extra span). Used by the tests, the benchmark and the screenshots.
"""
from __future__ import annotations

import random
from typing import Iterator, Sequence

from annotator.core.resources import corpus_dir
from annotator.core.text.layout import layout_of

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
Triple = tuple[int, int, str]


def texts(count: int, *, seed: int = 7, paragraphs: tuple[int, int] = (2, 4)) -> Iterator[str]:
    """`count` distinct article-like texts made of the sample corpus's words."""
    words = next(corpus_dir().glob("*.txt")).read_text(encoding="utf-8").split()
    rng = random.Random(seed)
    for i in range(count):
        paras = [" ".join(rng.choices(words, k=rng.randint(25, 60))) + "."
                 for _ in range(rng.randint(*paragraphs))]
        yield f"مقال رقم {i}\r\n\r\n" + "\r\n\r\n".join(paras)


def _words(text: str) -> list[tuple[int, int]]:
    layout = layout_of(text)
    return [(s, e) for s, e in zip(layout.starts, layout.ends)
            if e - s >= 3 and text[s:e].isalpha()]


def reference_spans(text: str, key: str) -> list[Triple]:
    """The spans everyone should find in a text (`key`, e.g. its SHA-256, seeds the choice)."""
    rng = random.Random(key)
    words = _words(text)
    out: list[Triple] = []
    i = 0
    while i < len(words):
        if rng.random() < 0.12:
            width = 2 if rng.random() < 0.3 and i + 1 < len(words) else 1
            start, end = words[i][0], words[i + width - 1][1]
            label = rng.choice(ENTITY_LABELS)
            out.append((start, end, label))
            if width == 2 and label == "ORG" and rng.random() < 0.5:
                out.append((words[i + 1][0], words[i + 1][1], "LOC"))  # nested
            i += width
        elif rng.random() < 0.01 and i + 6 < len(words):
            out.append((words[i][0], words[i + 5][1], "QUOTE"))
            i += 1
        else:
            i += 1
    return out


def annotator_spans(text: str, key: str, annotator: str, *, care: float = 0.9
                    ) -> list[Triple]:
    """What `annotator` marks: the reference spans with a share (1 - care) of them changed."""
    rng = random.Random(f"{annotator}:{key}")
    words = _words(text)
    out: list[Triple] = []
    for start, end, label in reference_spans(text, key):
        roll = rng.random()
        slip = (1.0 - care) / 4
        if roll < slip:
            continue  # missed
        if roll < 2 * slip and label in ENTITY_LABELS:
            label = rng.choice([lab for lab in ENTITY_LABELS if lab != label])
        elif roll < 3 * slip and end - start > 3:
            start += 1  # an edge one letter off: cuts a token
        out.append((start, end, label))
        if rng.random() < slip and words:
            s, e = rng.choice(words)
            out.append((s, e, rng.choice(ENTITY_LABELS)))
    return sorted(set(out))


def choose_done(keys: Sequence[str], annotator: str, share: float) -> set[str]:
    rng = random.Random(f"done:{annotator}")
    return {k for k in keys if rng.random() < share}
