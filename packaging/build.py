"""The standalone application: one folder with the `annotator` program, Python and Qt inside,
for annotators who have no Python. Made with PyInstaller (in the `test` extra):

    python packaging/build.py            # -> dist/annotator/  (and dist/annotator-linux.tar.gz)

The folder holds the program (`annotator`, or `annotator.exe`), the label schemes, the sample
corpus, the interface translations (and Qt's own Arabic ones), the Noto Sans Arabic font, an
icon and, on Linux, a .desktop file. The same command builds on Windows and macOS, on that
system (PyInstaller does not cross-compile); see README.md, "Standalone application".
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "annotator"
# Never needed by the application, but found by PyInstaller in optional imports: spaCy and
# pandas alone would add some 300 MB.
EXCLUDE = ["spacy", "thinc", "torch", "pandas", "pyarrow", "scipy", "sklearn",
           "sklearn_crfsuite", "datasets", "krippendorff", "seqeval", "matplotlib", "IPython",
           "jupyter", "notebook", "tkinter", "OpenGL", "h5py", "cupy", "numba", "PIL",
           "label_studio_converter", "hypothesis", "pytest", "pytestqt", "PyQt5", "PyQt6",
           "PySide2"]


def qt_translations() -> Path:
    from PySide6.QtCore import QLibraryInfo
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def render_icon(png: Path, size: int = 256) -> Path:
    """resources/icons/annotator.svg as a PNG (window managers and PyInstaller want one)."""
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
            "from PySide6.QtSvg import QSvgRenderer\nfrom PySide6.QtCore import Qt\n"
            "app = QGuiApplication([])\nimage = QImage(int(sys.argv[3]), int(sys.argv[3]), "
            "QImage.Format.Format_ARGB32)\nimage.fill(Qt.GlobalColor.transparent)\n"
            "p = QPainter(image)\nQSvgRenderer(sys.argv[1]).render(p)\np.end()\n"
            "sys.exit(0 if image.save(sys.argv[2]) else 1)\n")
    png.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code, str(ROOT / "resources/icons/annotator.svg"),
                    str(png), str(size)], check=True, env=env)
    return png


def pyinstaller_args(dist: Path, work: Path, icon: Path) -> list[str]:
    sep = os.pathsep
    args = [str(ROOT / "packaging" / "entry.py"), "--name", NAME, "--onedir", "--noconfirm",
            "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
            "--specpath", str(work), "--icon", str(icon),
            "--add-data", f"{ROOT / 'resources'}{sep}annotator/_data/resources",
            "--add-data", f"{ROOT / 'corpus'}{sep}annotator/_data/corpus",
            # the Arabic font is found through its package's entry point
            "--copy-metadata", "fontpkg-noto-sans-arabic",
            "--collect-all", "fontpkg_noto_sans_arabic",
            # commands and views are imported when first used
            "--collect-submodules", "annotator", "--hidden-import", "PySide6.QtSvg"]
    for qm in ("qtbase_ar.qm", "qt_ar.qm"):
        if (qt_translations() / qm).exists():
            args += ["--add-data", f"{qt_translations() / qm}{sep}PySide6/Qt/translations"]
    for module in EXCLUDE:
        args += ["--exclude-module", module]
    return args


def add_desktop_files(folder: Path, icon: Path) -> None:
    """Linux: the .desktop entry and icons, laid out as under /usr/share (see README)."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "packaging/linux/annotator.desktop", share / "applications")
    for size, where in (("scalable", "annotator.svg"), ("256x256", "annotator.png")):
        target = share / "icons/hicolor" / size / "apps"
        target.mkdir(parents=True, exist_ok=True)
        source = ROOT / "resources/icons/annotator.svg" if where.endswith("svg") else icon
        shutil.copy(source, target / where)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(dist: Path, work: Path, archive: bool = True) -> Path:
    """Build into dist/annotator; returns that folder."""
    icon = render_icon(work / "annotator.png")
    subprocess.run([sys.executable, "-m", "PyInstaller", *pyinstaller_args(dist, work, icon)],
                   check=True, cwd=ROOT)
    folder = dist / NAME
    if sys.platform.startswith("linux"):
        add_desktop_files(folder, icon)
        if archive:
            with tarfile.open(dist / f"{NAME}-linux.tar.gz", "w:gz") as tar:
                tar.add(folder, arcname=NAME)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the standalone application folder.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    args = parser.parse_args()
    folder = build(args.dist, args.work, archive=not args.no_archive)
    print(f"{folder}: {folder_size(folder) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
