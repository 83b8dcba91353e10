"""Make docs/screenshots/links-arabic.png, link-other-line.png and span-details.png: the seed
article with its quotes and claims linked to their speakers, as docs/make_screenshots.py leaves
it plus the links, an attribute and notes. Called by make_screenshots.py; runs on its own too:
    python docs/make_link_screenshots.py [OUT_FOLDER]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from make_screenshots import (ANNOTATOR, MARKS, find, sample_project,  # noqa: E402
                              scroll_to, shoot)

# (head words, head label, tail words, tail label, type): the head is the quote or claim.
LINKS = [
    (MARKS[6][0], "QUOTE", "قوات سوريا الديمقراطية", "ORG", "said_by"),
    (MARKS[11][0], "QUOTE", "قسد", "ORG", "said_by"),
    (MARKS[10][0], "CLAIM", "قسد", "ORG", "claimed_by"),
    (MARKS[12][0], "CLAIM", "قسد", "ORG", "claimed_by"),
    ("ضمان هزيمة داعش الدائمة", "QUOTE", "السفارة الأميركية", "ORG", "said_by"),
    (MARKS[27][0], "QUOTE", "السفارة الأميركية", "ORG", "said_by"),
]
# The ORG each link goes to, where the words occur more than once: the text it follows.
TAIL_AFTER = {1: "وطالبت", 2: "وطالبت", 3: "وفق إحصائية"}


def add_links(project, seed: int, ids: dict) -> dict[int, int]:
    """The links, a quote kind and notes; returns the quote or claim of each link by index."""
    text = project.documents.text(seed)
    heads = {}
    for i, (words, label, tail_words, tail_label, kind) in enumerate(LINKS):
        head = ids[(words, label)]
        after = TAIL_AFTER.get(i, "")
        at = find(text, tail_words, after)
        tail = next(s.id for s in project.spans.of(seed)
                    if (s.start, s.label) == (at, tail_label))
        project.spans.add_relation(seed, head, tail, kind, annotator=ANNOTATOR)
        heads[i] = head
    project.spans.update(heads[0], attributes={"kind": "direct"})
    project.spans.update(heads[1], attributes={"kind": "indirect",
                                               "note": "نص البيان كاملاً على موقع قسد"})
    project.documents.update(seed, note="ترجمة عن بيان رسمي؛ الأرقام من مصدر واحد.")
    return heads


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANNOTATOR_HOME"] = tmp
        from annotator.core.prefs import Prefs
        from annotator.gui.app import application
        from annotator.gui.main_window import MainWindow
        application()
        prefs = Prefs()
        prefs.set("annotator", ANNOTATOR)
        project, seed, ids = sample_project(Path(tmp))
        heads = add_links(project, seed, ids)
        text = project.documents.text(seed)
        window = MainWindow(project, ANNOTATOR, prefs)
        window.resize(1280, 800)
        window.show()
        window.open_document(seed)
        editor = window.editor
        editor.select_span(heads[1])
        scroll_to(editor, text.index("دعت قوات"))
        shoot(window.article, out_dir / "links-arabic.png")
        shoot(window.details.parentWidget(), out_dir / "span-details.png")  # the whole pane
        editor.select_span(heads[3])
        scroll_to(editor, text.index("وبلغ عدد"))
        shoot(window.article, out_dir / "link-other-line.png")
        window.close()
        project.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
