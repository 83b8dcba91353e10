"""Terminal control sequences (issue 21, item 13): document text holding ESC sequences, C1
controls or bidi overrides is printed escaped by `annotator search`, on a terminal and in a
pipe alike (one line per document; the exact text is what `export` gives)."""
import json
import os
import pty
import subprocess

from conftest import cli_args, env, run_cli

HOSTILE = ("\x1b]0;owned\x07\x1b[2J\x1b[31mالرئيس\u202eسيئرلا\u2066 في \x9b31m بغداد"
           "\u2028x\u2067")
RAW = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u2067", "\u2028"]


def project_with_hostile_text(tmp_path):
    src, db = tmp_path / "a.jsonl", tmp_path / "p.annotator"
    src.write_text(json.dumps({"text": HOSTILE + " آخر\nسطر"}) + "\n", encoding="utf-8")
    assert run_cli("import", src, "--db", db).returncode == 0
    return db


def check(out: str) -> None:
    for char in RAW:
        assert char not in out
    (line,) = [x for x in out.splitlines() if x.strip()]
    assert "\\u001b[2J" in line and "\\u202e" in line
    assert "الرئيس" in line and "بغداد" in line


def test_search_escapes_control_and_bidi_characters_in_a_pipe(tmp_path):
    db = project_with_hostile_text(tmp_path)
    done = run_cli("search", "بغداد", "--db", db)
    assert done.returncode == 0, done.stderr
    check(done.stdout)


def test_search_escapes_them_on_a_terminal(tmp_path):
    db = project_with_hostile_text(tmp_path)
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cli_args("search", "بغداد", "--db", db), env=env(),
                            stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE)
    os.close(follower)
    said = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        said += chunk
    proc.wait()
    os.close(leader)
    assert proc.returncode == 0
    check(said.decode("utf-8").replace("\r\n", "\n"))
