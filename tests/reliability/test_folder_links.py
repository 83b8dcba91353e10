"""Folder links in a folder import: followed (a linked folder's files are imported), a loop or a
second way to a folder already read refused with one line, a broken link refused; the rest of
the import goes on."""
import json
import os

from annotator.formats.importer import import_paths
from conftest import run_cli


def _doc(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")


def test_a_linked_folder_is_read_like_a_folder(project, tmp_path):
    _doc(tmp_path / "in" / "a" / "1.jsonl", "نص أول")
    _doc(tmp_path / "elsewhere" / "deep" / "2.jsonl", "نص ثان")
    _doc(tmp_path / "elsewhere" / "3.jsonl", "نص ثالث")
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "linked")
    summary = import_paths(project, [tmp_path / "in"])
    assert summary.documents == 3 and not summary.errors
    sources = sorted(r[0] for r in project.conn.execute("SELECT source FROM documents"))
    assert sources == sorted(str(tmp_path / "in" / p) for p in
                             ("a/1.jsonl", "linked/3.jsonl", "linked/deep/2.jsonl"))


def test_a_link_back_to_a_parent_is_refused_and_the_rest_imported(project, tmp_path):
    _doc(tmp_path / "in" / "1.jsonl", "نص أول")
    _doc(tmp_path / "in" / "sub" / "2.jsonl", "نص ثان")
    os.symlink("..", tmp_path / "in" / "sub" / "loop")
    os.symlink(tmp_path / "in" / "sub", tmp_path / "in" / "zz-again")  # a second way in
    summary = import_paths(project, [tmp_path / "in"])
    assert summary.documents == 2
    assert [str(e) for e in summary.errors] == [
        f"{tmp_path / 'in' / 'sub' / 'loop'}: folder link not followed: it leads to "
        f"{tmp_path / 'in'}, already read in this import",
        f"{tmp_path / 'in' / 'zz-again'}: folder link not followed: it leads to "
        f"{tmp_path / 'in' / 'sub'}, already read in this import"]
    assert summary.refused_files == [str(tmp_path / "in" / "sub" / "loop"),
                                     str(tmp_path / "in" / "zz-again")]


def test_a_link_loop_from_the_command_line(tmp_path):
    _doc(tmp_path / "in" / "a" / "1.jsonl", "نص أول")
    _doc(tmp_path / "out" / "2.jsonl", "نص ثان")
    os.symlink("../out", tmp_path / "in" / "linked")
    os.symlink("..", tmp_path / "in" / "a" / "loop")
    os.symlink("nowhere.jsonl", tmp_path / "in" / "gone.jsonl")
    done = run_cli("import", tmp_path / "in", "--db", tmp_path / "p.annotator")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert f"{tmp_path / 'in' / 'gone.jsonl'}: broken link: nowhere.jsonl does not exist" in lines
    assert f"{tmp_path / 'in' / 'a' / 'loop'}: folder link not followed: it leads to " \
           f"{tmp_path / 'in'}, already read in this import" in lines
    assert "2 documents imported, 0 duplicates skipped, 0 spans, 2 refused files" in lines
    assert "Traceback" not in done.stderr
