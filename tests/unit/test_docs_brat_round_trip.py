"""The brat/INCEpTION round trip of docs/formats.md, its commands as written there: export one
annotator's spans to brat, correct the .ann as brat would save it, import back with --update."""
import re
import shlex
from pathlib import Path

from annotator.cli import main
from annotator.core.store import Project

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
TEXT = "قال الوزير: «الوضع مستقر» في بغداد."


def commands() -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"\*\*brat, INCEpTION\*\*.*?```\n(.*?)```", text, re.S).group(1)
    return [shlex.split(line)[1:] for line in block.splitlines()
            if line.startswith("annotator ")]


def test_the_documented_round_trip_brings_the_corrections_back(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with Project(tmp_path / "project.annotator") as p:
        doc, _ = p.documents.add(TEXT, external_id="art-1")
        p.spans.add(doc, 4, 10, "PER", annotator="sara")
        p.spans.add(doc, 29, 34, "LOC", annotator="sara")
        p.spans.add(doc, 29, 34, "LOC", annotator="mona")
    export, back = commands()
    assert export[:2] == ["export", "--format"] and "--update" in back
    assert main(export) == 0
    ann = tmp_path / "corpus" / "art-1.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    assert lines == ["T1\tPER 4 10\tالوزير", "T2\tLOC 29 34\tبغداد"]  # sara's only
    # in brat: T2 relabelled GPE, T1 deleted, the quote marked and said by nobody yet
    ann.write_text("T2\tGPE 29 34\tبغداد\nT3\tQUOTE 12 25\t«الوضع مستقر»\n", encoding="utf-8")
    assert main(back) == 0
    assert "1 document updated: 1 span added, 1 changed, 1 removed" in capsys.readouterr().err
    with Project(tmp_path / "project.annotator") as p:
        assert p.documents.count() == 1
        assert sorted((s.annotator, TEXT[s.start:s.end], s.label) for s in p.spans.of(doc)) == [
            ("mona", "بغداد", "LOC"), ("sara", "«الوضع مستقر»", "QUOTE"),
            ("sara", "بغداد", "GPE")]
