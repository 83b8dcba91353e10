"""core/, formats/ and suggest/ must never import Qt: run them in a process where Qt cannot
load. core never imports suggest."""
import subprocess
import sys
import textwrap
from pathlib import Path

import annotator


def test_core_formats_and_cli_work_without_qt(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("نص قصير", encoding="utf-8")
    code = textwrap.dedent("""
        import sys, pkgutil, importlib
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is forbidden below the GUI layer: " + name)
        sys.meta_path.insert(0, NoQt())
        import annotator.core, annotator.formats, annotator.cli, annotator.app_project
        for pkg in (annotator.core, annotator.formats):
            for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                importlib.import_module(mod.name)
        assert "annotator.suggest" not in sys.modules, "core/formats must not import suggest"
        import annotator.suggest
        for mod in pkgutil.walk_packages(annotator.suggest.__path__, "annotator.suggest."):
            importlib.import_module(mod.name)
        from annotator.cli import main
        assert main(["import", sys.argv[2], "--db", sys.argv[1]]) == 0
        sys.exit(main(["labels", "--db", sys.argv[1]]))
    """)
    root = Path(annotator.__file__).parent.parent
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.annotator"),
                             str(article)], capture_output=True, text=True, cwd=root,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "PER" in result.stdout
