"""The Arabic interface: every text translated (the .ts covers every tr() text of the GUI and
the .qm is compiled from it), every action, menu and dialog title Arabic and right to left,
Arabic plural forms, Arabic-Indic digits on request, and the language choice remembered."""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QLabel, QLineEdit,
                               QMenu, QMessageBox, QWidget)

from annotator.core.prefs import Prefs
from annotator.gui import app
from annotator.gui.dialogs.annotator_name import AnnotatorNameDialog
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.preferences import PreferencesDialog, Reading
from annotator.gui.dialogs.shortcuts import ShortcutsDialog, shortcut_rows
from annotator.gui.digits import set_arabic_digits
from annotator.gui.i18n import install_language, translations_dir
from annotator.gui.labels_dialog import LabelsDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.widgets.status_bar import StatusBar

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile("[\u0600-\u06FF]")
# Latin words that stay Latin in Arabic: key names, file suffixes, format and product names,
# and the labels, layers and names of the test's own data.
KEEP = {"ctrl", "shift", "alt", "escape", "backspace", "txt", "jsonl", "conll", "label",
        "studio", "per", "org", "loc", "misc", "quote", "claim", "sara", "kind", "direct",
        "indirect", "labels", "export", "import", "annotator", "pt", "noto", "sans", "arabic",
        "dejavu"}


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z_]{2,}", text.replace("&", ""))
            if w.lower() not in KEEP and "_" not in w]  # said_by: a scheme's own name


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def test_every_interface_text_has_an_arabic_translation(tmp_path):
    """lupdate over the GUI's code, and the messages of core/ and formats/ (refusals, scheme
    errors), into a copy of the translation: any text added since the translation was made
    comes out unfinished, and is listed here."""
    copy = tmp_path / "annotator_ar.ts"
    shutil.copy(translations_dir() / "annotator_ar.ts", copy)
    spec = importlib.util.spec_from_file_location("packaging_translations",
                                                  ROOT / "packaging" / "translations.py")
    packaging = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(packaging)
    files = [str(ROOT / f) for f in packaging.sources()]  # what the .ts is made from
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", *files, "-ts", str(copy)],
                   check=True, capture_output=True)
    missing = []
    for ctx in ET.parse(copy).getroot().iter("context"):
        for msg in ctx.iter("message"):
            kind = msg.find("translation").get("type")
            if kind in ("unfinished", None) and not "".join(msg.find("translation").itertext()):
                missing.append(f"{ctx.find('name').text}: {msg.find('source').text}")
            elif kind == "unfinished":
                missing.append(f"{ctx.find('name').text}: {msg.find('source').text}")
    assert not missing, "not translated into Arabic:\n" + "\n".join(missing)


def test_the_compiled_translations_are_current(tmp_path):
    for lang in ("ar", "en"):
        ts = translations_dir() / f"annotator_{lang}.ts"
        qm = tmp_path / f"annotator_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"run python packaging/translations.py: {ts.name} changed since its .qm was made"


@pytest.fixture
def arabic(qapp):
    install_language("ar")
    yield
    install_language("en")
    set_arabic_digits(False)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(qtbot, project, arabic):
    project.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
    project.documents.add("وصل الوفد إلى القاهرة صباح اليوم")
    prefs = Prefs()
    prefs.set("language", "ar")
    w = MainWindow(project, "sara", prefs)
    qtbot.addWidget(w)
    w.show()
    return w


def assert_arabic(where: str, text: str) -> None:
    text = text.strip()
    if not text:
        return
    assert ARABIC.search(text) or not english_words(text), f"{where}: {text!r} is English"
    assert not english_words(text), f"{where}: {text!r} keeps English words"


def assert_widgets_arabic(root: QWidget) -> None:
    """Every label, button, placeholder and tooltip under `root` reads Arabic."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)) and not widget.property("data"):
            assert_arabic(name, widget.text())
        if isinstance(widget, QLineEdit):
            assert_arabic(name + " placeholder", widget.placeholderText())
        assert_arabic(name + " tooltip", re.sub("<[^>]+>", " ", widget.toolTip()))


def test_every_action_menu_and_title_is_arabic_and_right_to_left(window):
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().isRightToLeft() and window.statusBar().isRightToLeft()
    assert window.act.rtl_layout.isChecked()
    menus = window.menuBar().findChildren(QMenu)
    assert len(menus) >= 6
    for menu in menus:
        assert_arabic("menu", menu.title())
        assert menu.isRightToLeft()
    languages = set(window.language.actions.values())
    for action in window.findChildren(QAction):
        if action in languages or not action.text():
            continue  # each language is named in its own language
        assert_arabic("action", action.text())
        assert_arabic("tooltip", action.toolTip())
    for header in (window.document_panel.view.model(), window.span_panel.view.model()):
        for col in range(header.columnCount()):
            assert_arabic("header", header.headerData(col, Qt.Orientation.Horizontal))
    assert_widgets_arabic(window.document_panel)
    assert_widgets_arabic(window.span_panel)
    assert_widgets_arabic(window.statusBar())
    window.act.find.trigger()
    assert_widgets_arabic(window.article.find_bar)
    assert ARABIC.search(window.windowTitle())


@pytest.mark.parametrize("make", [
    lambda w: ExportDialog(w.project, "sara", w),
    lambda w: LabelsDialog(w.project, w),
    lambda w: PreferencesDialog(Reading("", 15, 100, False), w),
    lambda w: ShortcutsDialog(shortcut_rows(w.act.all(), w.project.labels.scheme()), w),
    lambda w: AnnotatorNameDialog("", w),
], ids=["export", "labels", "preferences", "shortcuts", "name"])
def test_dialogs_are_arabic_and_right_to_left(qtbot, window, make):
    dialog: QDialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ARABIC.search(dialog.windowTitle()), dialog.windowTitle()
    assert dialog.isRightToLeft()
    assert_widgets_arabic(dialog)


def test_arabic_plural_forms_and_digits(arabic, qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    expected = {0: "لا مقاطع", 1: "مقطع واحد", 2: "مقطعان", 5: "5 مقاطع", 11: "11 مقطعًا",
                100: "100 مقطع", 103: "103 مقاطع"}
    for n, text in expected.items():
        bar.show_state(index=0, total=3, spans=n, annotator="sara", done=1)
        assert bar.spans.text() == text
    set_arabic_digits(True)
    bar.show_state(index=1, total=12, spans=25, annotator="sara", done=3)
    assert bar.position.text() == "المستند ٢ من ١٢"
    assert bar.spans.text() == "٢٥ مقطعًا"
    assert "٣/١٢" in bar.progress.format()


def test_toolbar_arrows_point_the_way_the_window_reads(window):
    def image(action):
        return action.icon().pixmap(32, 32).toImage()
    a = window.act
    rtl = {name: image(getattr(a, name)) for name in ("previous", "next", "undo", "redo")}
    window.act.rtl_layout.setChecked(False)          # the same window laid out left to right
    assert not window.isRightToLeft()
    for name, mirrored in rtl.items():
        assert image(getattr(a, name)) == mirrored.flipped(Qt.Orientation.Horizontal), name


def test_the_language_choice_is_remembered_and_applies_at_the_next_start(
        qtbot, window, monkeypatch):
    english = window.language.actions["en"]
    assert window.language.actions["ar"].isChecked()
    english.trigger()
    assert Prefs().get("language") == "en"
    box = window.findChild(QMessageBox, "languageBox")
    assert box is not None and "English" in box.text()
    assert "إعادة التشغيل" in window.language.menu.title()      # "after a restart"
    box.close()
    # the next start: English, left to right
    monkeypatch.setattr(app, "ask_annotator_name", lambda default, parent=None: "sara")
    nxt = app.create_window(None)
    qtbot.addWidget(nxt)
    assert nxt.act.open_project.text() == "&Open project…"
    assert not nxt.isRightToLeft()
    nxt.language.actions["ar"].trigger()
    nxt.project.close()
    again = app.create_window(None)
    qtbot.addWidget(again)
    assert again.isRightToLeft() and QLocale().language() == QLocale.Language.Arabic
    assert again.act.open_project.text() == "&فتح مشروع…"
    again.project.close()


def test_import_and_export_summaries_are_translated(arabic):
    from annotator.formats.importer import ImportSummary
    from annotator.formats.selection import ExportSummary
    from annotator.gui.dialogs.summary_text import export_lines, import_lines
    summary = ImportSummary()
    summary.documents, summary.duplicates, summary.spans = 2, 1, 11
    summary.readers = {"conll": 3}
    text = "\n".join(import_lines(summary))
    assert "استُورد مستندان" in text and "مقطعًا" in text and "conll 3 ملفات" in text
    assert not english_words(text.replace("conll", ""))
    out = ExportSummary(documents=4)
    out.spans_by_label.update({"PER": 3})
    out.left_out.update({"other annotator": 2})
    lines = export_lines(out)
    assert all(ARABIC.search(line) for line in lines[:1] + lines[2:])
    install_language("en")
    assert import_lines(summary)[-2:] == [
        "2 documents imported, 1 duplicate skipped, 11 spans, 0 refused files",
        "read as: conll 3 files"]
