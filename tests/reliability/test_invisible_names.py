"""Names that look alike (issue 21, item 11): a label or annotator name holding a character
drawn as nothing (default-ignorable: soft hyphen, tag characters, joiners, variation
selectors, U+2060-206F, ...) is refused in one line, as bidi controls are; nothing is added."""
import pytest

from annotator.core.scheme import SchemeError
from annotator.core.store import Project
from conftest import run_cli

INVISIBLE = ["\u00ad", "\U000e0020", "\U000e0001", "\u200d", "\u200c", "\u200b", "\ufe0f",
             "\ufe00", "\u2060", "\u2061", "\u2065", "\u206a", "\u206f", "\u034f", "\u180e",
             "\u115f", "\u3164", "\uffa0", "\U0001d173", "\U0001bca0", "\u2028"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_a_label_holding_an_invisible_character_is_refused(tmp_path, char):
    with Project(tmp_path / "p.annotator") as project:
        before = [lab.name for lab in project.labels.scheme().labels]
        with pytest.raises(SchemeError, match=f"U\\+{ord(char):04X}"):
            project.labels.add("LO" + char + "C", "entity")
        with pytest.raises(SchemeError):
            project.labels.add("FINE", "ent" + char + "ity")
        assert [lab.name for lab in project.labels.scheme().labels] == before


def test_the_command_refuses_a_second_loc_and_per_in_one_line(tmp_path):
    db = tmp_path / "p.annotator"
    for name in ("LOC\u00ad", "PER\U000e0020"):
        done = run_cli("labels", "--db", db, "add", name, "--layer", "entity")
        assert done.returncode in (1, 2), done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    listed = run_cli("labels", "--db", db).stdout
    assert "\u00ad" not in listed and "\U000e0020" not in listed


def test_an_annotator_name_holding_a_soft_hyphen_or_a_joiner_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    for name in ("ali\u00ad", "ali\u200d", "sara\U000e0041"):
        done = run_cli("import", tmp_path / "a.txt", "--annotator", name, "--db",
                       tmp_path / "p.annotator")
        assert done.returncode == 2 and "annotator name" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
