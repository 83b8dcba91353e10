"""The window's files: import from the menu and by drop, export, reopening where one left off."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.dialogs import long_run
from annotator.gui.dialogs.export_dialog import ExportDialog

# QDragEnterEvent has only the QPoint constructor, which PySide marks deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")

TEXTS = ["قال الرئيس في بغداد إن الوزارة ستعلن", "وصل الوفد إلى القاهرة صباح اليوم"]


def finished(qtbot):
    """Imports run in the background: wait until the window has heard the end."""
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=60_000)


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("مقال أول عن دمشق", encoding="utf-8")
    (folder / "b.txt").write_text("مقال ثان عن حلب", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_import_action_imports_the_chosen_files(qtbot, monkeypatch, make_window, project,
                                                files):
    window = make_window(project)
    assert window.current_document() is None          # an empty project
    chosen = [str(files / "a.txt"), str(files / "b.txt")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window.act.import_files.trigger()
    finished(qtbot)
    assert project.documents.count() == 2
    assert window.documents.rowCount() == 2
    assert window.current_document() == project.documents.ids()[0]  # opened at once
    assert "Document 1 of 2" in window.status.text()


def test_import_reports_refused_files(qtbot, monkeypatch, make_window, project, files):
    window = make_window(project)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(files))
    window.act.import_folder.trigger()
    finished(qtbot)
    assert project.documents.count() == 2
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "summaryBox"]
    assert any("1 refused file" in b.text() and "empty.txt" in b.detailedText() for b in boxes)


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def test_dropping_a_folder_imports_it(qtbot, make_window, project, files):
    window = make_window(project)
    event = drop(window, [files])
    assert event.isAccepted()
    finished(qtbot)
    assert project.documents.count() == 2
    assert window.documents.rowCount() == 2


def test_dropping_web_links_is_refused(make_window, project):
    window = make_window(project)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/a.txt")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_reopening_returns_to_the_last_document_and_geometry(make_window, tmp_path):
    path = tmp_path / "p.annotator"
    project = Project(path)
    ids = [project.documents.add(t)[0] for t in TEXTS]
    window = make_window(project)
    window.act.next.trigger()
    window.resize(720, 540)   # inside the offscreen screen (800x600)
    window.close()                                   # saves geometry
    project.close()

    again = make_window(Project(path))
    assert again.current_document() == ids[1]
    assert (again.width(), again.height()) == (720, 540)
    again.project.close()


def test_the_last_document_is_written_once_after_a_run_of_moves(qtbot, make_window, tmp_path):
    """Moving from document to document does not rewrite the preferences file each time:
    once, a moment after the last move, and at once when the window closes."""
    path = tmp_path / "p.annotator"
    project = Project(path)
    ids = [project.documents.add(t)[0] for t in [*TEXTS, "نص ثالث عن حلب"]]
    window = make_window(project)
    prefs_file = window.prefs.path
    written = prefs_file.stat().st_mtime_ns if prefs_file.exists() else None
    window.act.next.trigger()
    window.act.previous.trigger()
    window.act.next.trigger()

    def remembered() -> int | None:
        data = json.loads(prefs_file.read_text(encoding="utf-8"))
        return data["last_document"].get(str(path.resolve()))
    assert (prefs_file.stat().st_mtime_ns if prefs_file.exists() else None) == written
    qtbot.waitUntil(lambda: remembered() == ids[1], timeout=5000)
    window.act.next.trigger()
    window.close()                                   # written at once
    assert remembered() == ids[2]
    project.close()


def test_export_dialog_writes_jsonl(qtbot, make_window, project, tmp_path):
    doc, _ = project.documents.add(TEXTS[0])
    project.spans.add(doc, 4, 10, "PER", annotator="sara")
    project.statuses.set(doc, "sara", "done")
    project.documents.add(TEXTS[1])
    window = make_window(project)
    dialog = ExportDialog(project, "sara", window)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.jsonl"
    dialog.path.setText(str(out))
    for status, box in dialog.status_boxes.items():
        box.setChecked(status == "done")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    finished(qtbot)                                   # written in the background
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [rec["text"] for rec in lines] == [TEXTS[0]]
    assert lines[0]["spans"][0]["label"] == "PER"
    assert not out.with_name("out.jsonl.part").exists()


def test_export_dialog_writes_training_formats(qtbot, make_window, project, tmp_path,
                                                monkeypatch):
    from annotator.gui.dialogs import export_dialog
    monkeypatch.setattr(export_dialog, "show_summary", lambda *a, **k: None)
    doc, _ = project.documents.add(TEXTS[0])
    project.spans.add(doc, 4, 10, "PER", annotator="sara")
    window = make_window(project)
    for fmt, name in (("docbin", "train.spacy"), ("brat", "brat"), ("hf", "train.jsonl")):
        dialog = ExportDialog(project, "sara", window)
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.path.setText(str(tmp_path / name))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        finished(qtbot)
    from spacy.tokens import DocBin
    import spacy
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(spacy.blank("ar").vocab))
    assert docs[0].text == TEXTS[0] and docs[0].ents[0].label_ == "PER"
    assert sorted(p.suffix for p in (tmp_path / "brat").iterdir()) == [".ann", ".txt"]
    assert json.loads((tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()[0]
                      )["ner_tags"][1] == "B-PER"
    assert (tmp_path / "train.labels.json").exists()


def test_open_project_switches_and_remembers_recent(qtbot, monkeypatch, make_window, project,
                                                    tmp_path):
    window = make_window(project)
    other = tmp_path / "other.annotator"
    with Project(other) as p:
        p.documents.add(TEXTS[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.act.open_project.trigger()
    assert window.project.path == other
    # The document opens in the next event-loop turn (gui/project_switch.py).
    qtbot.waitUntil(lambda: window.editor.text_view().toPlainText() == TEXTS[1])
    assert str(other.resolve()) == Prefs().get("recent_projects")[0]
    window.project.close()


def test_opening_a_bad_file_keeps_the_current_project(monkeypatch, make_window, project,
                                                      tmp_path):
    window = make_window(project)
    bad = tmp_path / "bad.annotator"
    bad.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.act.open_project.trigger()
    assert window.project is project
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "summaryBox"]
    assert any("not an annotator project" in b.text() for b in boxes)


def test_cancelling_an_import_keeps_whole_files_only(qtbot, monkeypatch, make_window, project,
                                                     files):
    window = make_window(project)
    asked = []

    def cancel_after_first(self):   # the annotator presses Cancel once a file is in
        asked.append(1)
        return len(asked) > 1
    monkeypatch.setattr(long_run._Worker, "_cancelled", cancel_after_first)
    window.import_paths([files / "a.txt", files / "b.txt"])
    finished(qtbot)
    assert project.documents.count() == 1
    assert project.documents.get(project.documents.ids()[0]).text == "مقال أول عن دمشق"
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "summaryBox"]
    assert any("cancelled" in b.text() for b in boxes)


def test_dropping_a_project_file_opens_it(make_window, project, tmp_path):
    window = make_window(project)
    other = tmp_path / "dropped.annotator"
    with Project(other) as p:
        p.documents.add(TEXTS[0])
    drop(window, [other])
    assert window.project.path == other
    with Project(project.path) as first:         # nothing was imported into the first one
        assert first.documents.count() == 0
    window.project.close()
