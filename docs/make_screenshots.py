"""Make docs/screenshots/: the main window on the seed article, with entities, a quote and a
claim marked through the store, as an annotator would have left them (main-window.png, mirrored
main-window-rtl.png); the find bar with its hits (find-bar.png); the Arabic interface, light
and dark (main-window-ar.png, main-window-ar-dark.png) and its export, labels and preferences
dialogs (export-dialog-ar.png, labels-dialog-ar.png, preferences-ar.png); through
make_link_screenshots.py, links and the span details (links-arabic.png, link-other-line.png,
span-details.png).

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
sys.path.insert(0, str(ROOT / "docs"))

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
# (words, label, the text after which to look), in the seed article: the top, and the passage
# the main screenshot shows, where a person, places, organisations, quotes and a claim meet.
MARKS = [
    ("قسد", "ORG", ""), ("داعش", "ORG", ""), ("قوات سوريا الديمقراطية", "ORG", ""),
    ("سوريا", "LOC", "قوات"), ("التحالف الدولي", "ORG", ""), ("داعش", "ORG", "لمحاربة"),
    ("تقديم المزيد من الدعم في حربها طويلة الأمد، ووضع استراتيجية واضحة، عسكرية وأمنية "
     "وسياسية، لمنع عودة التنظيم الإرهابي", "QUOTE", ""),
    ("قسد", "ORG", "وطالبت"), ("الباغوز", "LOC", ""), ("دير الزور", "LOC", ""),
    ("الذكرى الثالثة لهزيمة داعش في آخر معاقله ببلدة “الباغوز” بريف دير الزور", "CLAIM",
     "وطالبت"),
    ("تقديم المساعدة الكافية والدائمة لشعوب مناطق شمال وشرقي سوريا، ودعم الأمن والاستقرار "
     "والتنمية الاقتصادية والمجتمعية", "QUOTE", ""),
    ("وبلغ عدد الشهداء من مقاتلي “قسد” في جميع المعارك التي خاضوها ضد تنظيم “داعش” منذ "
     "دخوله المنطقة نحو 11 ألف شهيد، وإصابة أكثر من 21 ألف آخر", "CLAIM", ""),
    ("قسد", "ORG", "وبلغ عدد"), ("داعش", "ORG", "وبلغ عدد"), ("قسد", "ORG", "وفق إحصائية"),
    ("قسد", "ORG", "ولا تزال"), ("التحالف الدولي", "ORG", "ولا تزال"),
    ("داعش", "ORG", "ولا تزال"), ("دير الزور", "LOC", "ولا تزال"), ("الرقة", "LOC", ""),
    ("الولايات المتحدة", "LOC", "وجددت"), ("التحالف الدولي", "ORG", "وجددت"),
    ("ضمان هزيمة داعش الدائمة", "QUOTE", ""), ("داعش", "ORG", "ضمان هزيمة"),
    ("السفارة الأميركية", "ORG", ""), ("سوريا", "LOC", "السفارة الأميركية"),
    ("الولايات المتحدة تدعم الضغط من أجل المحاسبة كإدانة الجميلي في تشرين الثاني/ نوفمبر "
     "الماضي", "QUOTE", ""),
    ("الولايات المتحدة", "LOC", "تويتر، مشيرة"), ("الجميلي", "PER", ""),
    ("غرفة العمليات المشتركة- العزم الصلب", "ORG", ""),
]
# The passage at the top of the main screenshot, and the span under the caret there.
PASSAGE, UNDER_CARET = "وبلغ عدد الشهداء", ("الجميلي", "PER")
OUTER_QUOTE = next(m[:2] for m in MARKS if m[1] == "QUOTE" and UNDER_CARET[0] in m[0])


def find(text: str, words: str, after: str) -> int:
    return text.index(words, text.index(after) + len(after) if after else 0)


def sample_project(folder: Path):
    from annotator.core.resources import corpus_dir
    from annotator.core.store import Project
    from annotator.formats.importer import import_paths
    project = Project(folder / "sample.annotator")
    import_paths(project, [corpus_dir()])
    seed = project.documents.ids()[0]
    text = project.documents.get(seed).text
    ids = {}
    for words, label, after in MARKS:
        at = find(text, words, after)
        span = project.spans.add(seed, at, at + len(words), label, annotator=ANNOTATOR)
        ids.setdefault((words, label), span.id)
    project.statuses.set(seed, ANNOTATOR, "in_progress")
    for sample, status in OTHERS:
        doc, _ = project.documents.add(sample)
        if status != "new":
            project.statuses.set(doc, ANNOTATOR, status)
    return project, seed, ids


def scroll_to(editor, index: int) -> None:
    """Scroll the article so that the paragraph holding code point `index` is at the top."""
    view = editor.text_view()
    QApplication.processEvents()  # lay the text out first
    block = view.document().findBlock(view.renderer.offsets.to_qt(index))
    top = view.document().documentLayout().blockBoundingRect(block).top()
    view.verticalScrollBar().setValue(int(max(0, top - view.document().documentMargin())))


def sample_window(project, seed, ids, prefs):
    """The main window on the seed article, the caret on the person inside a quote (both tags
    show, and the span is outlined), scrolled to the passage."""
    from annotator.gui.main_window import MainWindow
    window = MainWindow(project, ANNOTATOR, prefs)
    window.resize(1280, 800)
    window.show()
    window.open_document(seed)
    window.editor.select_span(ids[UNDER_CARET])
    scroll_to(window.editor, project.documents.get(seed).text.index(PASSAGE))
    return window


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
        app = application()
        prefs = Prefs()
        prefs.set("annotator", ANNOTATOR)
        project, seed, ids = sample_project(Path(tmp))
        window = sample_window(project, seed, ids, prefs)
        shoot(window, out_dir / "main-window.png")

        # The same window mirrored, as an Arabic-speaking annotator may prefer it, with the
        # quote around the person selected instead.
        window.act.rtl_layout.setChecked(True)
        window.editor.select_span(ids[OUTER_QUOTE])
        scroll_to(window.editor, project.documents.get(seed).text.index(PASSAGE))
        shoot(window, out_dir / "main-window-rtl.png")
        window.act.rtl_layout.setChecked(False)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        shoot_find_bar(window, project, seed, out_dir)
        window.close()
        arabic_shots(app, project, seed, ids, prefs, out_dir)
        project.close()
    from make_link_screenshots import main as link_shots  # links, span details
    link_shots(out_dir)


def shoot_find_bar(window, project, seed, out_dir: Path) -> None:
    """The find bar on a word written with and without its clitics: every hit marked."""
    window.editor.clear_selection()
    bar = window.article.find_bar
    window.act.find.trigger()
    bar.query.setText("التحالف")
    bar.search()
    bar.next_hit()
    scroll_to(window.editor, project.documents.get(seed).text.index("ولا تزال"))
    QApplication.processEvents()
    window.article.grab().save(str(out_dir / "find-bar.png"))
    print(out_dir / "find-bar.png")
    bar.close_bar()


def arabic_shots(app, project, seed, ids, prefs, out_dir: Path) -> None:
    """The interface in Arabic, with Arabic-Indic digits: the window light and dark, and the
    dialogs a lead uses most."""
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.preferences import PreferencesDialog, Reading
    from annotator.gui.i18n import install_language
    from annotator.gui.labels_dialog import LabelsDialog
    install_language("ar")
    prefs.set("digits", "arabic")
    window = sample_window(project, seed, ids, prefs)
    shoot(window, out_dir / "main-window-ar.png")
    window.theme.choose("dark")
    scroll_to(window.editor, project.documents.get(seed).text.index(PASSAGE))
    shoot(window, out_dir / "main-window-ar-dark.png")
    window.theme.choose("light")
    for name, dialog, size in (
            ("export-dialog-ar.png", ExportDialog(project, ANNOTATOR, window), (560, 0)),
            ("labels-dialog-ar.png", LabelsDialog(project, window), (860, 540)),
            ("preferences-ar.png", PreferencesDialog(Reading("", 15, 130, True), window),
             (560, 400))):
        dialog.resize(size[0], size[1] or dialog.sizeHint().height())
        dialog.show()
        if isinstance(dialog, LabelsDialog):
            dialog._select("QUOTE")
        shoot(dialog, out_dir / name)
        dialog.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
