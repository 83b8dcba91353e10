"""Make docs/screenshots/main-window*.png: the main window on the seed article, with entities,
a quote and a claim marked through the store, as an annotator would have left them.

Runs offscreen, in a temporary project and preferences folder:
    python docs/make_screenshots.py [OUT_FOLDER]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ANNOTATOR = "sara"
# Short sample paragraphs, so that the document list shows several statuses.
OTHERS = [
    ("وصل وفد الأمم المتحدة إلى القاهرة صباح اليوم لبحث ملف المساعدات الإنسانية.", "done"),
    ("أعلنت وزارة الصحة في بيروت افتتاح مستشفى جديد في الجنوب.", "in_progress"),
    ("قال المتحدث باسم الحكومة الأردنية إن الانتخابات ستجري في موعدها.", "skipped"),
    ("تستضيف الرباط الأسبوع المقبل مؤتمراً إقليمياً حول المياه والمناخ.", "new"),
]
# (words, label, which occurrence), in the seed article.
MARKS = [
    ("قسد", "ORG", 0), ("داعش", "ORG", 0), ("قوات سوريا الديمقراطية", "ORG", 0),
    ("سوريا", "LOC", 0), ("التحالف الدولي", "ORG", 0), ("داعش", "ORG", 1),
    ("قسد", "ORG", 1), ("الباغوز", "LOC", 0), ("دير الزور", "LOC", 0),
    ("سوريا", "LOC", 2), ("العراق", "LOC", 0), ("الجميلي", "PER", 0),
    ("الحسكة", "LOC", 0), ("قسد", "ORG", 2), ("قسد", "ORG", 3),
    ("تقديم المزيد من الدعم في حربها طويلة الأمد، ووضع استراتيجية واضحة، عسكرية وأمنية "
     "وسياسية، لمنع عودة التنظيم الإرهابي", "QUOTE", 0),
    ("تقديم المساعدة الكافية والدائمة لشعوب مناطق شمال وشرقي سوريا، ودعم الأمن والاستقرار "
     "والتنمية الاقتصادية والمجتمعية", "QUOTE", 0),
    ("الذكرى الثالثة لهزيمة داعش في آخر معاقله ببلدة “الباغوز” بريف دير الزور", "CLAIM", 0),
]


def find(text: str, words: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at


def sample_project(folder: Path):
    from annotator.core.resources import corpus_dir
    from annotator.core.store import Project
    from annotator.formats.importer import import_paths
    project = Project(folder / "sample.annotator")
    import_paths(project, [corpus_dir()])
    seed = project.document_ids()[0]
    text = project.document(seed).text
    quote_id = None
    for words, label, nth in MARKS:
        at = find(text, words, nth)
        span = project.add_span(seed, at, at + len(words), label, annotator=ANNOTATOR)
        quote_id = quote_id or (span.id if label == "QUOTE" else None)
    project.set_status(seed, ANNOTATOR, "in_progress")
    for sample, status in OTHERS:
        doc, _ = project.add_document(sample)
        if status != "new":
            project.set_status(doc, ANNOTATOR, status)
    return project, seed, quote_id


def shoot(window, out: Path) -> None:
    QApplication.processEvents()
    window.grab().save(str(out))
    print(out)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANNOTATOR_HOME"] = tmp  # preferences and window state stay in here
        from annotator.core.prefs import Prefs
        from annotator.gui.app import application
        from annotator.gui.main_window import MainWindow
        app = application()
        prefs = Prefs()
        prefs.set("annotator", ANNOTATOR)
        project, seed, quote_id = sample_project(Path(tmp))
        window = MainWindow(project, ANNOTATOR, prefs)
        window.resize(1280, 800)
        window.show()
        window.open_document(seed)
        window.editor.select_span(quote_id)
        shoot(window, out_dir / "main-window.png")

        # The same window mirrored, as an Arabic-speaking annotator may prefer it.
        window.act.rtl_layout.setChecked(True)
        window.document_panel.set_status_filter(None)
        shoot(window, out_dir / "main-window-rtl.png")
        window.act.rtl_layout.setChecked(False)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        window.close()
        project.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
