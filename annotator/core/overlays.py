"""Colours drawn over an article besides the labels' own: find hits, open suggestions and the
curation view's candidates. One value per page (keyed by `dark`), kept here, Qt-free, so that
tests/gui/test_theme.py checks every one against the light and the dark theme:
- text stays 4.5:1 on every fill (WCAG AA), outlines and underlines 3:1 on what is under them;
- the curation kinds differ from each other and from the page by CIE76 dE >= 15.
"""
from __future__ import annotations

from annotator.core.palette import legible

# The find bar: a yellow marker under every hit; the current hit orange and outlined.
HIT_FILL = {False: "#FFD54A", True: "#8A6D00"}
CURRENT_FILL = {False: "#FF9632", True: "#B5560F"}
CURRENT_LINE = {False: "#C25100", True: "#FF9D4D"}
HIT_ALPHA = 0.55

# An open suggestion: a dashed outline in its label's colour, made legible on the page.
SUGGESTION_FALLBACK = "#777777"  # a label the scheme no longer has


def suggestion_line(label_color: str, page: str) -> str:
    return legible(label_color, page)


# The curation view, by candidate kind (team.curation.Kind values); "gold_only" has no fill.
CURATION_FILLS = {
    False: {"agreed": "#CDEBC5", "disputed": "#F9D7A8", "single": "#CFE0F5"},
    True: {"agreed": "#2E5B2A", "disputed": "#6B4616", "single": "#264A73"},
}
CURATION_CURRENT = {False: "#FFC83D", True: "#7A5D00"}  # the candidate being decided
GOLD_LINE = {False: "#202020", True: "#E6E6E6"}          # underlines what is in the gold


def curation_fill(kind: str, dark: bool) -> str | None:
    return CURATION_FILLS[dark].get(kind)
