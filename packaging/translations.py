"""Keep the interface translations current: `python packaging/translations.py`.

1. pyside6-lupdate reads every tr()/translate() text of annotator/gui (and the messages of
   annotator/core and annotator/formats, core/messages.py) into
   resources/translations/annotator_ar.ts (Arabic) and annotator_en.ts (English plural forms
   only), keeping the translations already there; new texts come in unfinished.
2. Translate the unfinished ones (Qt Linguist: `pyside6-linguist resources/translations/
   annotator_ar.ts`, or by hand in the XML); tests/gui/test_arabic.py fails until none is left.
3. pyside6-lrelease compiles both to .qm files beside them; they are committed, so that
   `pip install .` (and the standalone build) ship them.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


# gui/, and core/, formats/ and team/ for their messages (core/messages.py: tr() marks them).
SOURCES = ("gui", "core", "formats", "team")


def sources() -> list[str]:
    files = [p for folder in SOURCES for p in (ROOT / "annotator" / folder).rglob("*.py")]
    files.append(ROOT / "annotator" / "app_project.py")  # opening a project: its errors
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update(ts: Path, plural_only: bool = False) -> None:
    args = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run([*args, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def release(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    update(FOLDER / "annotator_ar.ts")
    update(FOLDER / "annotator_en.ts", plural_only=True)
    for ts in sorted(FOLDER.glob("annotator_*.ts")):
        release(ts)


if __name__ == "__main__":
    main()
