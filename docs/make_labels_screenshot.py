"""Make docs/screenshots/labels-dialog.png: the Labels dialog on a small sample project.

Runs offscreen: `python docs/make_labels_screenshot.py [OUT.png]`.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.store import Project  # noqa: E402
from annotator.gui.labels_dialog import LabelsDialog  # noqa: E402

TEXT = ("قال وزير الخارجية السوري فيصل المقداد في دمشق إن الحكومة ستعلن خطة جديدة، "
        "وأكدت وزارة الخارجية أن الاجتماع سيعقد في بغداد.")


def sample_project(folder: Path) -> Project:
    project = Project(folder / "sample.annotator")
    doc, _ = project.documents.add(TEXT)
    for word, label in [("فيصل المقداد", "PER"), ("دمشق", "LOC"), ("بغداد", "LOC"),
                        ("وزارة الخارجية", "ORG"), ("الحكومة", "ORG")]:
        at = TEXT.index(word)
        project.spans.add(doc, at, at + len(word), label)
    project.labels.add("GPE", "entity", description="A place with a government: country, "
                      "state, city.\nمكان له حكومة: سوريا، محافظة حلب، دمشق.",
                      attributes={"kind": ["country", "region", "city"]})
    return project


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([])
    try:  # the bundled Arabic font, as the application registers it at start-up
        import fontpkg
        QFontDatabase.addApplicationFont(str(fontpkg.path("Noto Sans Arabic")))
    except Exception:  # noqa: BLE001 - the shot still works with the system fonts
        pass
    app.setFont(QFont("DejaVu Sans", 10))
    with tempfile.TemporaryDirectory() as tmp:
        project = sample_project(Path(tmp))
        dialog = LabelsDialog(project)
        dialog.resize(820, 520)
        dialog._select("GPE")
        dialog.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        dialog.close()
        del dialog          # before the QApplication goes, or Qt crashes on exit
        project.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/labels-dialog.png")
