"""The window's panels follow the store's announcements, whoever writes: here the project is
written directly (as a suggestion or merge feature would), and every panel shows it."""
from __future__ import annotations

from annotator.core.model import Status


def test_panels_follow_writes_made_outside_the_editor(qtbot, window_on_seed, project, seed_doc,
                                                      seed_text):
    window = window_on_seed
    start = seed_text.index("دير الزور")
    span = project.spans.add(seed_doc, start, start + 9, "LOC", annotator="tester")
    assert window.spans.rowCount() == 1                              # span list
    assert window.editor.span_ids() == [span.id]                     # editor
    assert project.statuses.get(seed_doc, "tester") == Status.IN_PROGRESS
    assert window.documents.index(0, 2).data() == "1"                # document list
    assert "1 span" in window.status.text()                          # status bar

    project.labels.rename("LOC", "PLACE")
    assert "PLACE" in window.label_palette.buttons and "LOC" not in window.label_palette.buttons
    assert window.spans.index(0, 1).data() == "PLACE"
    assert window.editor.span_index().get(span.id).label == "PLACE"

    project.statuses.set(seed_doc, "tester", Status.DONE)
    assert "1/1 done" in window.status.text()
    project.labels.remove("PLACE", force=True)
    assert window.spans.rowCount() == 0 and window.editor.span_ids() == []
    assert window.documents.index(0, 2).data() == "0"
