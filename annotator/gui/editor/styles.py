"""How each layer is drawn, so nested and overlapping spans stay distinguishable.

- The first layer (entities) is a tinted, rounded background with a thin border in the label's
  colour; a span nested in another of that layer is inset a little further per level, so the
  outer span shows as a band above and below the inner one (an ORG holding a LOC).
- Every other layer is a line under the text in the label's colour, one slot lower per layer:
  quotes a solid line, claims a dashed one, further layers dotted. An entity inside a quote
  keeps its background and gains the quote's line.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.core.model import Scheme
from annotator.core.palette import legible, text_color_for

FILL_ALPHA = 0.30  # text stays readable on every palette colour, on a light or a dark page
LIGHT_PAGE = "#FFFFFF"
_LINE_STYLES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine]


@dataclass(frozen=True)
class LabelStyle:
    name: str
    layer: str
    color: QColor
    tag_text: QColor
    fill: bool                 # background (first layer) or a line under the text
    line: QColor               # border and underline: the colour made legible on the page
    line_slot: int = 0         # 0 = lowest line, 1 = the one above it, ...
    line_style: Qt.PenStyle = Qt.PenStyle.SolidLine

    def fill_color(self) -> QColor:
        c = QColor(self.color)
        c.setAlphaF(FILL_ALPHA)
        return c


def styles_for(scheme: Scheme, page: str = LIGHT_PAGE) -> dict[str, LabelStyle]:
    """Each label's style; `page` is the article's background (light or dark theme)."""
    layers = scheme.layer_names() or ["entity"]
    fill_layer = "entity" if "entity" in layers else layers[0]
    line_layers = [lay for lay in layers if lay != fill_layer]
    out: dict[str, LabelStyle] = {}
    for lab in scheme.labels:
        color = QColor(lab.color) if QColor.isValidColorName(lab.color) else QColor("#999999")
        tag_text = QColor(text_color_for(color.name()))
        line = QColor(legible(color.name(), page))
        if lab.layer == fill_layer or lab.layer not in line_layers:
            out[lab.name] = LabelStyle(lab.name, lab.layer, color, tag_text, True, line)
        else:
            slot = line_layers.index(lab.layer)
            out[lab.name] = LabelStyle(lab.name, lab.layer, color, tag_text, False, line, slot,
                                       _LINE_STYLES[min(slot, len(_LINE_STYLES) - 1)])
    return out


def fallback_style(label: str) -> LabelStyle:
    """A label the scheme lost (should not happen): grey, drawn as a background."""
    grey = QColor("#999999")
    return LabelStyle(label, "", grey, QColor("#000000"), True, grey)
