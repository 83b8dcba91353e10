"""The standalone application: one folder with the `annotator` program, Python and Qt inside,
for annotators who have no Python. Made with PyInstaller (in the `test` extra):

    python packaging/build.py            # -> dist/annotator/  (and dist/annotator-linux.tar.gz)

The folder holds the program (`annotator`, or `annotator.exe`), the label schemes, the sample
corpus, the interface translations (and Qt's own Arabic ones), the Noto Sans Arabic font, an
icon and, on Linux, a .desktop file. The same command builds on Windows and macOS, on that
system (PyInstaller does not cross-compile; those two have not been tried); see README.md,
"Standalone application".

Size: Qt modules the application never imports are left out, and Qt's translations into other
languages than the interface's; on Linux the libraries' symbol tables are stripped. The build
prints the folder's and the archive's size.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "annotator"
# Never needed by the application, but found by PyInstaller in optional imports: spaCy and
# pandas alone would add some 300 MB; yaml only serves numpy.show_config(). scikit-learn (and
# scipy under it) stays out: sklearn_crfsuite, which trains the suggestion model, does without
# it (its BaseEstimator falls back to a plain class), so the app suggests and trains.
EXCLUDE = ["spacy", "thinc", "torch", "pandas", "pyarrow", "scipy", "sklearn", "datasets", "krippendorff", "seqeval", "matplotlib", "IPython",
           "jupyter", "notebook", "tkinter", "OpenGL", "h5py", "cupy", "numba", "PIL",
           "label_studio_converter", "hypothesis", "pytest", "pytestqt", "PyQt5", "PyQt6",
           "PySide2", "yaml"]
# Qt modules the application never imports (it uses QtCore, QtGui, QtWidgets, QtSvg and, for
# the dashboard, pyqtgraph, which needs QtOpenGL and QtOpenGLWidgets but does without QtTest:
# tests/gui/test_build_exclusions.py). PySide6 names them all, so
# PyInstaller would otherwise take them and their Qt libraries; the Addons modules (WebEngine,
# 3D, QML/Quick, multimedia, charts ...) are listed in case the full PySide6 is installed.
QT_UNUSED = ["QtNetwork", "QtTest", "QtConcurrent",
             "QtDesigner", "QtHelp", "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2",
             "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvgWidgets", "QtUiTools", "QtXml",
             "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
             "QtWebSockets", "QtWebView", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
             "Qt3DAnimation", "Qt3DExtras", "QtQuick3D", "QtMultimedia", "QtMultimediaWidgets",
             "QtSpatialAudio", "QtTextToSpeech", "QtCharts", "QtDataVisualization", "QtGraphs",
             "QtPdf", "QtPdfWidgets", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation",
             "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml",
             "QtStateMachine", "QtHttpServer", "QtNetworkAuth", "QtAxContainer"]
# Qt's own translations kept: those of the interface's languages (gui/i18n.py).
LANGUAGES = ("ar", "en")


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
            "--collect-submodules", "annotator", "--hidden-import", "PySide6.QtSvg",
            # the suggestion model, imported when suggest / train first runs
            "--hidden-import", "sklearn_crfsuite", "--hidden-import", "pycrfsuite"]
    for qm in ("qtbase_ar.qm", "qt_ar.qm"):
        if (qt_translations() / qm).exists():
            args += ["--add-data", f"{qt_translations() / qm}{sep}PySide6/Qt/translations"]
    for module in EXCLUDE + [f"PySide6.{m}" for m in QT_UNUSED]:
        args += ["--exclude-module", module]
    if sys.platform.startswith("linux"):
        args.append("--strip")  # symbol tables: libpython alone drops from 23 MB to 6 MB
    return args


def restore_vendored_libraries(folder: Path) -> None:
    """Put back unstripped the libraries a wheel vendors in a `NAME.libs` folder (numpy's
    OpenBLAS): stripped, they no longer load ("ELF load command address/offset not
    page-aligned"), and numpy is imported by CoNLL export and the dashboard."""
    installed = {Path(p) for p in (sysconfig.get_paths()["purelib"],
                                   sysconfig.get_paths()["platlib"])}
    for libs in folder.rglob("*.libs"):
        if not libs.is_dir():
            continue
        for site in installed:
            original = site / libs.name
            if original.is_dir():
                for lib in libs.iterdir():
                    if (original / lib.name).is_file():
                        shutil.copy2(original / lib.name, lib)
                break


def prune_qt_translations(folder: Path) -> None:
    """Qt's translations into languages the interface does not speak (some 90 files), and
    those of Qt Help, which is left out."""
    for qm in folder.rglob("PySide6/Qt/translations/*.qm"):
        if qm.stem.rsplit("_", 1)[-1] not in LANGUAGES or qm.stem.startswith("qt_help"):
            qm.unlink()


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
    """Bytes on disk, a symlinked library counted once."""
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, archive: bool = True) -> Path:
    """Build into dist/annotator; returns that folder."""
    icon = render_icon(work / "annotator.png")
    subprocess.run([sys.executable, "-m", "PyInstaller", *pyinstaller_args(dist, work, icon)],
                   check=True, cwd=ROOT)
    folder = dist / NAME
    prune_qt_translations(folder)
    if sys.platform.startswith("linux"):
        restore_vendored_libraries(folder)
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
    archive = args.dist / f"{NAME}-linux.tar.gz"
    if archive.exists() and not args.no_archive:
        print(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
