"""Hostile scheme files (issue 21, item 12): brackets nested 100,000 deep and an integer of
5,000 digits are refused by `labels import` in one line, exit 1, the project untouched; and
reading and applying a scheme is linear in its labels (100,000 labels took minutes)."""
import sys

import pytest

from annotator.core.scheme import SchemeError, parse_scheme
from annotator.core.store.scheme_diff import diff_schemes
from conftest import run_cli

HEAD = '[[layers]]\nname = "entity"\n'


def labels_toml(n: int, prefix: str = "L") -> str:
    return HEAD + "".join(f'[[labels]]\nname = "{prefix}{i}"\nlayer = "entity"\n'
                          for i in range(n))


@pytest.mark.parametrize("body, reason", [
    ("x = " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("x = " + "{a = " * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    ('[[labels]]\nname = "A"\nlayer = "entity"\ncolor = ' + "9" * 5000, "4300 digits"),
], ids=["arrays", "inline tables", "5000 digits"])
def test_a_hostile_scheme_file_is_refused_in_one_line(tmp_path, body, reason):
    db, scheme = tmp_path / "p.annotator", tmp_path / "s.toml"
    run_cli("labels", "--db", db)  # creates the project with the default scheme
    before = run_cli("labels", "--db", db).stdout
    scheme.write_text(HEAD + body, encoding="utf-8")
    done = run_cli("labels", "import", scheme, "--db", db)
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert f"{scheme}" in line and reason in line and "Traceback" not in done.stderr
    assert run_cli("labels", "--db", db).stdout == before


def test_the_line_of_a_too_long_number_is_named():
    with pytest.raises(SchemeError) as caught:
        parse_scheme(HEAD + "\n\nx = 1" + "0" * 5000, "s.toml")
    assert str(caught.value).startswith("s.toml:5: not valid TOML")


def lines_run(call) -> int:
    """Lines of the project's own code run by call() (SQLite's and tomllib's work is not
    counted): a measure of its work that does not depend on the machine."""
    count = 0
    root = parse_scheme.__code__.co_filename.rsplit("/core/", 1)[0]

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    sys.settrace(lambda frame, event, arg:
                 local if frame.f_code.co_filename.startswith(root) else None)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_reading_and_comparing_schemes_is_linear_in_their_labels():
    """Four times the labels is about four times the work (it was 11 times, and 100,000
    labels took minutes: each label without a colour listed every colour in use, and each
    label of the new scheme was looked for in a list of the old one's)."""
    def work(n):
        old = parse_scheme(labels_toml(n))
        text = labels_toml(n, prefix="M") + "".join(
            f'[[labels]]\nname = "L{i}"\nlayer = "entity"\n' for i in range(0, n, 2))
        return lines_run(lambda: diff_schemes(old, parse_scheme(text), {}, {}))
    small, large = work(250), work(1000)
    assert large <= 4.5 * small
