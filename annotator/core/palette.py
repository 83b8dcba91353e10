"""Colours for new labels: distinguishable for colour-blind readers, on light and dark themes.

The first seven are Okabe and Ito's palette (without its grey, which readers with deuteranopia
confuse with the reddish purple). The rest are from Paul Tol's schemes, each picked to be as far
as possible from those before it under simulated protanopia, deuteranopia and tritanopia.
tests/unit/test_labels_palette.py checks, with the functions below:
- every colour differs from a white and a near-black (#1E1E1E) background by CIE76 dE >= 30,
  so a highlight or swatch shows on a light and on a dark theme;
- black or white text on every colour reaches WCAG contrast 4.5:1 (text_color_for picks it);
- under normal vision and each simulated deficiency (Machado et al. 2009, full severity) any
  two of the first 13 colours differ by dE >= 13, and any two of all 16 by dE >= 9.
"""
from __future__ import annotations

import math
from functools import lru_cache

PALETTE = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#332288", "#882255", "#FFAABB", "#99DDFF", "#117733", "#999933",
    "#EE8866", "#BBCC33", "#CC3311",
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


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=1024)  # asked again for the same few colours whenever an editor is built
def relative_luminance(color: str) -> float:
    r, g, b = (_linear(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_color_for(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    return max(("#000000", "#FFFFFF"), key=lambda t: contrast_ratio(t, background))


# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
CVD_MATRICES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def to_lab(color: str, deficiency: str | None = None) -> tuple[float, float, float]:
    """CIELAB (D65) of a colour, as seen with `deficiency` (a CVD_MATRICES key) if given."""
    rgb = [_linear(c) for c in _rgb(color)]
    if deficiency:
        m = CVD_MATRICES[deficiency]
        rgb = [min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3)]
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str, deficiency: str | None = None) -> float:
    """CIE76 colour difference; about 2.3 is just noticeable."""
    return math.dist(to_lab(a, deficiency), to_lab(b, deficiency))


# ---- drawing colours over a light or a dark page (the editor's theme checks) ---------------
def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def blend(color: str, background: str, alpha: float) -> str:
    """`color` laid at opacity `alpha` over `background`, as the screen shows it."""
    return _hex(tuple(alpha * c + (1 - alpha) * b
                      for c, b in zip(_rgb(color), _rgb(background))))  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def legible(color: str, background: str, ratio: float = 3.0) -> str:
    """`color`, darkened on a light page or lightened on a dark one just enough to reach
    `ratio` against `background` (3:1 is WCAG's floor for lines and outlines); its hue kept."""
    if contrast_ratio(color, background) >= ratio:
        return color.upper()
    toward = (0.0, 0.0, 0.0) if relative_luminance(background) > 0.18 else (1.0, 1.0, 1.0)
    rgb = _rgb(color)
    for step in range(1, 101):
        t = step / 100
        mixed = _hex(tuple(c + (w - c) * t for c, w in zip(rgb, toward)))  # type: ignore
        if contrast_ratio(mixed, background) >= ratio:
            return mixed
    return _hex(toward)
