"""Colours for new labels: distinguishable for colour-blind readers, on light and dark themes.

The first eight are Okabe and Ito's palette; then Paul Tol's 'muted' scheme. All are mid-tones,
so the GUI can tint them lighter on a light background and keep them readable on a dark one.
"""
from __future__ import annotations

PALETTE = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933",
    "#AA4499",
]


def next_color(used: list[str]) -> str:
    taken = {c.upper() for c in used}
    for color in PALETTE:
        if color not in taken:
            return color
    # Every colour is in use: reuse them in order, so neighbours still differ.
    return PALETTE[len(used) % len(PALETTE)]


HOTKEYS = list("1234567890")


def next_hotkey(used: list[str]) -> str:
    return next((k for k in HOTKEYS if k not in used), "")
