"""Scheme files: the shipped ones load, bad ones are refused with the line and the reason."""
from pathlib import Path

import pytest

from annotator.core.resources import default_scheme_path, resources_dir
from annotator.core.scheme import SchemeError, dump_scheme, load_scheme, parse_scheme

GOOD = """\
[[layers]]
name = "entity"

[[layers]]
name = "quote"

[[labels]]
name = "PER"
layer = "entity"
color = "#e69f00"
hotkey = "1"
description = "A person."

[[labels]]
name = "QUOTE"
layer = "quote"
hotkey = "q"

[labels.attributes]
kind = ["direct", "indirect"]

[[relations]]
name = "said_by"
from = ["QUOTE"]
to = ["PER"]
"""


def test_good_file_reads_with_normalised_fields():
    scheme = parse_scheme(GOOD)
    per, quote = scheme.labels
    assert (per.color, per.hotkey, per.description) == ("#E69F00", "1", "A person.")
    assert quote.hotkey == "Q" and quote.attributes == {"kind": ["direct", "indirect"]}
    assert quote.color.startswith("#") and quote.color != per.color   # from the palette
    assert (scheme.relations[0].heads, scheme.relations[0].tails) == (["QUOTE"], ["PER"])


def test_default_scheme_keeps_the_contract():
    scheme = load_scheme(default_scheme_path())
    assert {lay.name: [lab.name for lab in scheme.labels_in(lay.name)]
            for lay in scheme.layers} == {"entity": ["PER", "ORG", "LOC", "MISC"],
                                          "quote": ["QUOTE"], "claim": ["CLAIM"]}
    assert all(lab.hotkey and lab.description for lab in scheme.labels)
    rels = {r.name: (r.heads, r.tails) for r in scheme.relations}
    assert rels == {"said_by": (["QUOTE"], ["PER", "ORG"]),
                    "claimed_by": (["CLAIM"], ["PER", "ORG"])}
    assert scheme.label("QUOTE").attributes == {"kind": ["direct", "indirect"]}


@pytest.mark.parametrize("path", sorted((resources_dir() / "schemes").glob("*.toml")),
                         ids=lambda p: p.name)
def test_shipped_schemes_load_and_round_trip(path: Path):
    scheme = load_scheme(path)
    text = dump_scheme(scheme)
    assert parse_scheme(text) == scheme
    assert dump_scheme(parse_scheme(text)) == text


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _line_of(text: str, needle: str, nth: int = 1) -> int:
    hits = [i + 1 for i, line in enumerate(_lines(text)) if needle in line]
    return hits[nth - 1]


BAD = [
    # (what to do to GOOD, the line that holds the fault, words in the reason)
    (lambda t: t.replace('layer = "quote"', 'layer = "quotes"'), 'layer = "quotes"',
     "unknown layer 'quotes'"),
    (lambda t: t.replace('hotkey = "q"', 'hotkey = "1"'), 'hotkey = "1"', "hotkey '1'"),
    (lambda t: t.replace('to = ["PER"]', 'to = ["PER", "ORG"]'), 'to = ["PER", "ORG"]',
     "missing label 'ORG'"),
    (lambda t: t.replace('"#e69f00"', '"orange"'), 'color = "orange"', "expected #RRGGBB"),
    (lambda t: t.replace('"#e69f00"', '"#E69F0"'), 'color = "#E69F0"', "expected #RRGGBB"),
    (lambda t: t.replace('hotkey = "q"', 'hotkey = "Ctrl+Q"'), 'hotkey = "Ctrl+Q"',
     "F1-F12"),
    (lambda t: t.replace('name = "QUOTE"', 'name = "PER"'), 'name = "PER"', "defined twice"),
    (lambda t: t.replace('description = "A person."', 'colour = "#000000"'),
     'colour = "#000000"', "unknown key 'colour'"),
    (lambda t: t.replace('kind = ["direct", "indirect"]', 'kind = []'), "kind = []",
     "attribute 'kind'"),
    (lambda t: t.replace('from = ["QUOTE"]', 'from = []'), "from = []",
     "at least one label"),
    (lambda t: t.replace('name = "PER"\n', 'name = "P E R"\n', 1), 'name = "P E R"',
     "may not be empty or contain spaces"),
]


@pytest.mark.parametrize("mutate, at, reason", BAD)
def test_bad_files_are_refused_with_line_and_reason(mutate, at, reason):
    text = mutate(GOOD)
    with pytest.raises(SchemeError) as exc:
        parse_scheme(text, "team.toml")
    nth = 2 if at in ('name = "PER"', 'hotkey = "1"') else 1
    assert exc.value.line == _line_of(text, at, nth)
    assert reason in exc.value.reason
    assert str(exc.value).startswith(f"team.toml:{exc.value.line}: ")


def test_bad_toml_names_its_line():
    text = GOOD.replace('hotkey = "q"', 'hotkey = "q')
    with pytest.raises(SchemeError) as exc:
        parse_scheme(text, "team.toml")
    assert exc.value.line == _line_of(text, 'hotkey = "q')
    assert "not valid TOML" in exc.value.reason


def test_no_layers_and_unreadable_file(tmp_path):
    with pytest.raises(SchemeError, match="no \\[\\[layers\\]\\]"):
        parse_scheme("")
    with pytest.raises(SchemeError, match="cannot read"):
        load_scheme(tmp_path / "missing.toml")
    (tmp_path / "latin1.toml").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(SchemeError):
        load_scheme(tmp_path / "latin1.toml")


def test_dump_is_deterministic_and_keeps_arabic():
    scheme = parse_scheme(GOOD.replace("A person.", "شخص باسمه"))
    assert dump_scheme(scheme) == dump_scheme(parse_scheme(dump_scheme(scheme)))
    assert "شخص باسمه" in dump_scheme(scheme)


def test_the_example_in_the_docs_reads():
    doc = (Path(__file__).parents[2] / "docs" / "schemes.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    scheme = parse_scheme(example)
    assert [lab.name for lab in scheme.labels] == ["PER", "ORG", "QUOTE"]
    assert scheme.label("QUOTE").attributes == {"kind": ["direct", "indirect"]}
    assert scheme.label("ORG").color not in ("", scheme.label("PER").color)
