"""team/ is Qt-free and uses core only: run it where Qt, gui and formats cannot load."""
import subprocess
import sys
import textwrap
from pathlib import Path

import annotator


def test_team_imports_core_only():
    code = textwrap.dedent("""
        import sys, pkgutil, importlib
        class Forbidden:
            def find_spec(self, name, path=None, target=None):
                if (name.split(".")[0] in ("PySide6", "shiboken6")
                        or name.startswith(("annotator.gui", "annotator.formats",
                                            "annotator.cli"))):
                    raise ImportError("team/ may use core only, not " + name)
        sys.meta_path.insert(0, Forbidden())
        import annotator.team
        for mod in pkgutil.walk_packages(annotator.team.__path__, "annotator.team."):
            importlib.import_module(mod.name)
    """)
    root = Path(annotator.__file__).parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr
