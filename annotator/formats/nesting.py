"""Choosing one nesting level of a layer's spans, for readers that take one tag per token.

`outer`: a span no earlier-placed span overlaps (first by start, longer first), so an ORG
holding a GPE goes out and the GPE does not. `inner`: the same among the spans that hold no
other span of their layer, so the GPE goes out and the ORG does not. The rest is left out and
counted by the caller.
"""
from __future__ import annotations

from typing import Sequence

ENTITY = "entity"  # the layer that becomes doc.ents, hf's tags and stays in one sentence
NESTINGS = ("outer", "inner", "all")


def choose(spans: Sequence[tuple], layer_of: dict[str, str], nesting: str,
           layers: "set[str] | None" = None) -> tuple[list[tuple], list[tuple]]:
    """(kept, left out) of span rows (doc_id, start, end, label, ...) sorted by start, longer
    first; the order is kept. Only the spans of `layers` (default: all) are thinned."""
    if nesting == "all" or not spans:
        return list(spans), []
    leaf = _leaves(spans, layer_of) if nesting == "inner" else None
    last_end: dict[str, int] = {}
    kept: list[tuple] = []
    dropped: list[tuple] = []
    for i, span in enumerate(spans):
        layer = layer_of[span[3]]
        if layers is not None and layer not in layers:
            kept.append(span)
        elif (leaf is None or leaf[i]) and span[1] >= last_end.get(layer, -1):
            kept.append(span)
            last_end[layer] = span[2]
        else:
            dropped.append(span)
    return kept, dropped


def _leaves(spans: Sequence[tuple], layer_of: dict[str, str]) -> list[bool]:
    """Whether each span holds no other span of its layer (an equal range does not count)."""
    out = [True] * len(spans)
    for i, span in enumerate(spans):
        start, end, layer = span[1], span[2], layer_of[span[3]]
        j = i + 1
        while j < len(spans) and spans[j][1] < end:
            other = spans[j]
            if other[2] <= end and (other[1], other[2]) != (start, end) and \
                    layer_of[other[3]] == layer:
                out[i] = False
                break
            j += 1
    return out
