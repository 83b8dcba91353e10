"""The palette for new labels: readable on light and dark themes, distinct for colour-blind eyes.

The thresholds are the ones annotator/core/palette.py promises in its docstring."""
import itertools

import pytest

from annotator.core.palette import (PALETTE, contrast_ratio, delta_e, next_color, next_hotkey,
                                    text_color_for)
from annotator.core.resources import default_scheme_path
from annotator.core.scheme import load_scheme

LIGHT, DARK = "#FFFFFF", "#1E1E1E"
VISIONS = [None, "protanopia", "deuteranopia", "tritanopia"]


@pytest.mark.parametrize("color", PALETTE)
def test_each_colour_shows_on_light_and_dark_and_carries_text(color):
    assert delta_e(color, LIGHT) >= 30 and delta_e(color, DARK) >= 30
    assert contrast_ratio(text_color_for(color), color) >= 4.5


@pytest.mark.parametrize("vision", VISIONS)
def test_colours_stay_apart_under_colour_blindness(vision):
    first = min(delta_e(a, b, vision) for a, b in itertools.combinations(PALETTE[:13], 2))
    every = min(delta_e(a, b, vision) for a, b in itertools.combinations(PALETTE, 2))
    assert first >= 13 and every >= 9


def test_default_scheme_uses_palette_colours_in_order():
    colours = [lab.color for lab in load_scheme(default_scheme_path()).labels]
    assert set(colours) <= set(PALETTE[:7]) and len(set(colours)) == len(colours)


def test_known_values_and_next_choices():
    assert round(contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
    assert text_color_for("#F0E442") == "#000000" and text_color_for("#332288") == "#FFFFFF"
    assert delta_e("#E69F00", "#E69F00", "deuteranopia") == 0
    assert next_color(["#e69f00"]) == PALETTE[1]
    assert next_color(PALETTE) == PALETTE[0]     # all used: reuse in order
    assert next_hotkey(list("123")) == "4" and next_hotkey(list("1234567890")) == ""
