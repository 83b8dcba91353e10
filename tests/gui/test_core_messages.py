"""Refusals and scheme errors from core/ and formats/ (Qt-free) read Arabic in the Arabic
window and English on the command line: they are Messages (core/messages.py) that the GUI
translates through Qt's translations (gui/messages.py)."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator.core.messages import Message
from annotator.core.scheme import SchemeError, parse_scheme
from annotator.formats.importer import import_paths
from annotator.gui.dialogs import long_run
from annotator.gui.dialogs.import_run import run_import
from annotator.gui.i18n import install_language, translations_dir
from annotator.gui.labels_dialog import LabelsDialog
from annotator.gui.messages import error_text, shown

ARABIC = re.compile("[\u0600-\u06FF]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def arabic(qapp):
    install_language("ar")
    yield
    install_language("en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def bad_files(tmp_path):
    (tmp_path / "broken.jsonl").write_text('{"text": "قال الرئيس"}\n{"text": 5}\n',
                                           encoding="utf-8")
    (tmp_path / "offsets.jsonl").write_text(
        '{"text": "قال", "spans": [{"start": 0, "end": 9, "label": "PER"}]}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    return tmp_path


def test_every_message_translation_keeps_its_placeholders():
    root = ET.parse(translations_dir() / "annotator_ar.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.find("name").text:  # the messages of core/ and formats/: the empty context
            continue
        for msg in ctx.iter("message"):
            source = msg.find("source").text or ""
            translation = "".join(msg.find("translation").itertext())
            assert sorted(PLACEHOLDER.findall(source)) == \
                sorted(PLACEHOLDER.findall(translation)), source


def test_refusals_read_arabic_in_the_import_summary(qtbot, arabic, project, bad_files):

    parent = QWidget()
    qtbot.addWidget(parent)
    run_import(parent, project, [bad_files], "sara")
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=60_000)  # in the background
    box = parent.findChild(QMessageBox, "summaryBox")
    details = box.detailedText().splitlines()
    assert len(details) == 3, details
    for line in details:  # path:line kept, the reason Arabic, no English words left
        assert ARABIC.search(line), line
        reason = re.sub(r"spans\[\d+\]", "", line.split(": ", 1)[1])  # a JSON path stays
        english = [w for w in re.findall(r"[A-Za-z]{3,}", reason) if w != "text"]  # a key
        assert not english, line
    assert any("broken.jsonl" in line and ":2" in line for line in details)


def test_the_command_line_and_the_summary_keep_english(project, bad_files, arabic):
    summary = import_paths(project, [bad_files])
    assert sorted(summary.errors) == [
        f"{bad_files}/broken.jsonl:2: \"text\" must be a string",
        f"{bad_files}/empty.txt: empty file",
        f"{bad_files}/offsets.jsonl:1: spans[0]: offsets [0, 9) are outside the text "
        "(length 3) or empty"]
    assert all(isinstance(e, Message) for e in summary.errors)
    run = subprocess.run([sys.executable, "-m", "annotator", "import", str(project.path),
                          str(bad_files / "empty.txt")], capture_output=True, text=True)
    assert "empty file" in run.stderr + run.stdout and not ARABIC.search(run.stderr)


def test_scheme_errors_read_arabic_in_the_labels_dialog(qtbot, arabic, project):
    with pytest.raises(SchemeError) as caught:
        parse_scheme('[[layers]]\nname = "entity"\n[[labels]]\nname = "PER"\nlayer = "x"\n',
                     "my.toml")
    assert str(caught.value) == "my.toml:5: label PER is in unknown layer 'x' (layers: entity)"
    assert error_text(caught.value).startswith("\u200f\u2068my.toml:5\u2069: ")
    assert "الوسم" in error_text(caught.value) and "entity" in error_text(caught.value)
    dialog = LabelsDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = (lab.name for lab in project.labels.scheme().labels[:2])
    project.labels.update(second, hotkey="7")
    dialog.reload(first)
    dialog._change_hotkey("7")   # taken by the second label: refused, said in Arabic
    text = dialog.message.text()
    assert ARABIC.search(text) and second in text and "7" in text, text
    assert not re.findall(r"[A-Za-z]{3,}", text.replace(second, "")), text


def test_messages_are_translated_and_unknown_templates_stay_english(arabic):
    assert shown(Message("no label {name!r}", name="X")) == "لا يوجد وسم \u2068'X'\u2069"
    odd = Message("a template nobody translated {n}", n=3)
    assert shown(odd) == "a template nobody translated 3"


def test_project_errors_and_import_warnings_read_arabic(qtbot, arabic, project, tmp_path):
    from annotator.core.store import Project, ProjectError
    not_a_project = tmp_path / "notes.annotator"
    not_a_project.write_text("just text", encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        Project(not_a_project)
    assert str(caught.value).endswith("not an annotator project (not a SQLite database)")
    assert "ليس مشروع annotator" in error_text(caught.value)
    (tmp_path / "in").mkdir()
    article = "قال الرئيس في بيان إن الوزارة ستعلن النتائج غدًا.\n" * 40
    (tmp_path / "in" / "odd.txt").write_bytes(article.encode() + b"\xff\n" + article.encode())
    parent = QWidget()
    qtbot.addWidget(parent)
    run_import(parent, project, [tmp_path / "in"], "sara")
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=60_000)
    details = parent.findChild(QMessageBox, "summaryBox").detailedText()
    assert "odd.txt" in details and "استُبدل U+FFFD" in details and "البايت" in details, details
