"""On a machine with no display, `annotator` says in one line what to do and exits 2, where Qt
aborted the process (SIGABRT) after seven lines of its own text; `annotator gui --check` works
there (it opens the window offscreen). Run in a child process with DISPLAY, WAYLAND_DISPLAY and
QT_QPA_PLATFORM removed, as a server or a container would have it."""
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the display variables are X11's and Wayland's")


def headless_run(*args, home, cwd):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ANNOTATOR_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "annotator", *args], env=env,
                          cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("args", [(), ("gui",), ("gui", "--db", "x.annotator")])
def test_no_display_says_what_to_do_in_one_line(tmp_path, isolated_home, args):
    result = headless_run(*args, home=isolated_home, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("annotator: no display")
    for hint in ("QT_QPA_PLATFORM=offscreen", "annotator gui --check"):
        assert hint in lines[0]
    assert not (tmp_path / "x.annotator").exists()
    assert not list(isolated_home.rglob("*.annotator"))  # no project made on the way


def test_gui_check_works_without_a_display(tmp_path, isolated_home):
    db = tmp_path / "p.annotator"
    result = headless_run("gui", "--check", "--db", str(db), home=isolated_home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "window open on p.annotator" in result.stdout
