"""Suggestions and the curation view follow the colour scheme: what is drawn on screen is the
checked colour of core/overlays.py for the page shown (tests/gui/test_theme.py checks those)."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from annotator.core.overlays import CURATION_CURRENT, CURATION_FILLS, suggestion_line
from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from annotator.gui.team.curation_view import CurationView
from annotator.gui.theme import DARK, LIGHT, apply_theme
from annotator.team.curation import Kind

QUOTE = "#F0E442"  # the default scheme's yellow: too pale for a line on a white page
SUGGESTED = ("وقال وزير الخارجية أحمد سعيد في بيان: «لن نقبل بأي تدخل في شؤوننا». "
             "وزار أحمد سعيد بغداد ثم وصل إلى البصرة.")
CURATED = "قال محمد إن شركة النفط في بغداد أعلنت"


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    apply_theme(LIGHT)


def colours_near(image: QImage, colour: str, within: int = 24) -> int:
    """How many pixels are `colour`, give or take `within` (summed over R, G and B)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].astype(int)
    want = QColor(colour)
    bgr = np.array([want.blue(), want.green(), want.red()])
    return int((np.abs(pixels - bgr).sum(axis=2) <= within).sum())


def test_suggestion_outline_is_the_legible_line_on_each_page(qtbot, project):
    doc, _ = project.documents.add(SUGGESTED)
    name = SUGGESTED.index("أحمد سعيد")
    project.spans.add(doc, name, name + 9, "PER", annotator="ali")  # the quote's speaker
    window = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.editor.suggestion_controller.suggest_now()
    assert "QUOTE" in {s.label for s in window.editor.suggestion_controller.layer.items}
    for name, theme in (("light", LIGHT), ("dark", DARK)):
        window.theme.actions[name].trigger()
        image = window.editor.text_view().viewport().grab().toImage()
        line = suggestion_line(QUOTE, theme.base)
        assert colours_near(image, line) > 20, name
        if line != QUOTE:  # the raw yellow is not drawn where it would not read
            assert colours_near(image, QUOTE, 12) == 0, name


@pytest.fixture
def curated(project):
    doc, _ = project.documents.add(CURATED)
    at = CURATED.index
    for name, label in (("ali", "ORG"), ("mona", "MISC")):
        project.spans.add(doc, at("محمد"), at("محمد") + 4, "PER", annotator=name)
        project.spans.add(doc, at("شركة"), at("النفط") + 5, label, annotator=name)
    project.spans.add(doc, at("بغداد"), at("بغداد") + 5, "LOC", annotator="ali")
    return doc


@pytest.mark.parametrize("first, then", [(LIGHT, DARK), (DARK, LIGHT)], ids=["l2d", "d2l"])
def test_curation_fills_follow_the_scheme_while_open(qtbot, project, curated, first, then):
    apply_theme(first)
    view = CurationView(project, [curated])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    for theme in (first, then):
        apply_theme(theme)   # switched while the view is open
        qtbot.wait(10)
        fills = CURATION_FILLS[theme.dark]
        kinds = {c.kind for c in view.model.curation.candidates}
        assert kinds == {Kind.AGREED, Kind.DISPUTED, Kind.SINGLE}
        for row, cand in enumerate(view.model.curation.candidates):
            brush = view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
            assert brush.color().name().upper() == fills[cand.kind.value]
        backgrounds = {s.format.background().color().name().upper()
                       for s in view.text.extraSelections()}
        assert CURATION_CURRENT[theme.dark] in backgrounds
        image = view.text.viewport().grab().toImage()
        for kind in ("disputed", "single"):  # the current one covers the agreed محمد
            assert colours_near(image, fills[kind], 6) > 20, (theme.dark, kind)
        assert fills["agreed"].lower() in view.legend.text().lower()
