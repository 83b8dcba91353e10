"""Dark mode: the colour scheme follows the system, View > Colour scheme overrides it and is
remembered, and everything the editor draws stays legible on both pages (WCAG contrast)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from itertools import combinations

from annotator.core.overlays import (CURATION_CURRENT, CURATION_FILLS, CURRENT_FILL,
                                     CURRENT_LINE, GOLD_LINE, HIT_ALPHA, HIT_FILL,
                                     SUGGESTION_FALLBACK, suggestion_line)
from annotator.core.palette import PALETTE, blend, contrast_ratio, delta_e
from annotator.core.prefs import Prefs
from annotator.core.resources import default_scheme_path
from annotator.core.scheme import load_scheme
from annotator.core.model import Label, Scheme
from annotator.gui import theme as theme_module
from annotator.gui.editor.styles import FILL_ALPHA, styles_for
from annotator.gui.main_window import MainWindow
from annotator.gui.theme import DARK, LIGHT, apply_theme

TEXT_MIN, LINE_MIN = 4.5, 3.0   # WCAG AA: body text, and lines/outlines (non-text)


def every_colour_scheme() -> Scheme:
    """The default scheme plus a label in every palette colour, in each of the three layers."""
    scheme = load_scheme(default_scheme_path())
    for i, color in enumerate(PALETTE):
        for layer in ("entity", "quote", "claim"):
            scheme.labels.append(Label(f"C{i}{layer}", layer, color))
    return scheme


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_everything_drawn_stays_legible(qapp, theme):
    page, text = theme.base, theme.text
    assert contrast_ratio(text, page) >= 7
    assert contrast_ratio(theme.hint, theme.window) >= TEXT_MIN
    assert contrast_ratio(theme.hint, page) >= TEXT_MIN
    assert contrast_ratio(theme.highlighted_text, theme.highlight) >= TEXT_MIN
    assert contrast_ratio(text, page) >= LINE_MIN        # the selected span's outline
    for style in styles_for(every_colour_scheme(), page).values():
        color, line = style.color.name(), style.line.name()
        if style.fill:
            fill = blend(color, page, FILL_ALPHA)
            assert contrast_ratio(text, fill) >= TEXT_MIN, style.name
            # a find hit over a span: the text still reads
            for hit in (HIT_FILL, CURRENT_FILL):
                assert contrast_ratio(text, blend(hit[theme.dark], fill, HIT_ALPHA)) >= TEXT_MIN
        assert contrast_ratio(line, page) >= LINE_MIN, style.name     # border or underline
        assert contrast_ratio(style.tag_text.name(), color) >= TEXT_MIN  # the label tag
    for hit in (HIT_FILL, CURRENT_FILL):
        assert contrast_ratio(text, blend(hit[theme.dark], page, HIT_ALPHA)) >= TEXT_MIN
    assert contrast_ratio(CURRENT_LINE[theme.dark], page) >= LINE_MIN  # its outline


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_suggestion_outlines_stay_legible(theme):
    # every palette colour, a scheme's own odd ones, and the fallback of a lost label
    for color in [*PALETTE, "#FFFF00", "#000080", "#FFFFFF", "#000000", SUGGESTION_FALLBACK]:
        line = suggestion_line(color, theme.base)
        assert contrast_ratio(line, theme.base) >= LINE_MIN, color


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_curation_colours_stay_legible(theme):
    page, text, dark = theme.base, theme.text, theme.dark
    fills = {**CURATION_FILLS[dark], "current": CURATION_CURRENT[dark]}
    for name, fill in fills.items():
        assert contrast_ratio(text, fill) >= TEXT_MIN, name              # the span's text
        assert contrast_ratio(GOLD_LINE[dark], fill) >= LINE_MIN, name   # gold underline
        assert delta_e(fill, page) >= 15, name                           # shows on the page
    assert contrast_ratio(GOLD_LINE[dark], page) >= LINE_MIN             # gold-only spans
    for a, b in combinations(fills, 2):                                  # kinds told apart
        assert delta_e(fills[a], fills[b]) >= 15, (a, b)


def test_lines_keep_their_hue_and_change_only_when_needed():
    styles = styles_for(load_scheme(default_scheme_path()), LIGHT.base)
    assert styles["CLAIM"].line == styles["CLAIM"].color          # orange reads on white
    quote = styles["QUOTE"]                                       # yellow does not: darkened
    assert quote.line != quote.color and abs(quote.line.hue() - quote.color.hue()) <= 3


@pytest.fixture
def make_window(qtbot, project):
    project.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
    made = []

    def make(prefs: Prefs) -> MainWindow:
        w = MainWindow(project, "sara", prefs)
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w
    yield make
    apply_theme(LIGHT)


def page_colour(window) -> str:
    view = window.editor.text_view()
    return view.viewport().grab().toImage().pixelColor(3, view.viewport().height() - 3).name()


def test_follows_the_system_until_the_menu_overrides_it(monkeypatch, make_window):
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: True)
    window = make_window(Prefs())
    assert window.theme.actions["system"].isChecked()
    assert page_colour(window) == DARK.base.lower()
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: False)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert page_colour(window) == LIGHT.base.lower()
    # View > Colour scheme > Dark wins over the (light) system, and is remembered
    menu = window.act.color_scheme_menu
    dark = next(a for a in menu.actions() if a.objectName() == "colorScheme-dark")
    dark.trigger()
    assert page_colour(window) == DARK.base.lower()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert page_colour(window) == DARK.base.lower()
    assert Prefs().get("color_scheme") == "dark"


def test_the_remembered_choice_applies_at_the_next_start(make_window):
    prefs = Prefs()
    prefs.set("color_scheme", "dark")
    window = make_window(Prefs())
    assert window.theme.actions["dark"].isChecked()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).name() == DARK.base.lower()
    assert window.editor.text_view().find_hits.dark
    window.theme.actions["light"].trigger()
    assert Prefs().get("color_scheme") == "light"
    assert page_colour(window) == LIGHT.base.lower()
