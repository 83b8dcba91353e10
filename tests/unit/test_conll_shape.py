"""Imported corpora keep their shape (issue 9 item 1): a CoNLL document goes out with its own
tokens, sentences and tags, line for line; spans added later cut a source token only where an
edge falls inside it; plain-text documents never get a sentence end inside an entity."""
import io
from pathlib import Path

from annotator.core.store import Project
from annotator.formats.conll_read import read
from annotator.formats.export import ExportOptions, export_conll
from annotator.formats.importer import import_paths

FIXTURE = Path(__file__).parents[1] / "data" / "conll" / "nested_ar.conll"


def export(project, **options) -> str:
    out = io.StringIO()
    export_conll(project, out, options=ExportOptions(**options))
    return out.getvalue()


def token_lines(text: str) -> list[str]:
    """Tokens and sentence breaks; a -DOCSTART- line keeps only its first field."""
    return [line.split()[0] if line.strip() else "" for line in text.rstrip("\n").split("\n")]


def tags_without_trailing_o(text: str) -> list[list[str]]:
    out = []
    for line in text.rstrip("\n").split("\n"):
        tags = line.split()[1:]
        while tags and tags[-1] == "O":
            tags.pop()
        out.append(tags)
    return out


def imported(tmp_path, source: Path) -> Project:
    project = Project(tmp_path / "p.annotator")
    summary = import_paths(project, [source], fmt="conll")
    assert not summary.refused_files, summary.errors
    return project


def test_fixture_round_trip_is_line_for_line(tmp_path):
    project = imported(tmp_path, FIXTURE)
    source = FIXTURE.read_text(encoding="utf-8")
    out = export(project, layers=["entity"])
    assert token_lines(out) == token_lines(source)
    body = lambda text: [t for line, t in zip(text.split("\n"), tags_without_trailing_o(text))
                         if not line.startswith("-DOCSTART-")]
    assert body(out) == body(source)
    # the odd tokens stay whole, and the corpus's sentences are kept: no break after "!",
    # "؟" or inside the number 13 . 2
    assert "$#$ O O\n" in out and "a2hosting B-WEBSITE O\n" in out and "1الى O O\n" in out
    assert "13 B-PERCENT O\n. I-PERCENT O\n2 I-PERCENT O\n" in out
    assert "! O O\nوأضاف O O\n" in out and "؟ O O\nنعم O O\n" in out


def test_all_columns_keep_tokens_and_tags(tmp_path):
    project = imported(tmp_path, FIXTURE)
    source = FIXTURE.read_text(encoding="utf-8")
    out = export(project)  # entity (2 levels), quote, claim
    assert token_lines(out) == token_lines(source)
    assert "حلب I-ORG B-GPE O O\n" in out


def test_a_later_span_cuts_a_source_token_only_where_its_edge_falls(tmp_path):
    project = imported(tmp_path, FIXTURE)
    doc_id = project.documents.ids()[0]
    text = project.documents.text(doc_id)
    at = text.index("و1")
    project.spans.add(doc_id, at + 1, at + 2, "CARDINAL" if "CARDINAL" in project.labels.names()
                     else "MISC")
    out = export(project, layers=["entity"])
    lines = out.split("\n")
    i = lines.index("و O O")
    assert lines[i + 1].startswith("1 B-") and lines[i - 1] == "1الى O O"
    source = FIXTURE.read_text(encoding="utf-8")
    expected = token_lines(source)
    j = expected.index("و1")
    assert token_lines(out) == expected[:j] + ["و", "1"] + expected[j + 1:]


def test_plain_text_sentence_never_ends_inside_an_entity(project):
    text = "التقى د. محمد علي بالوزير. ثم غادر.\nوقال السفير\nأحمد إنه راض."
    doc_id, _ = project.documents.add(text)
    project.spans.add(doc_id, text.index("د."), text.index(" بالوزير"), "PER")
    lines = export(project, layers=["entity"]).split("\n")
    start = lines.index("د B-PER")
    assert lines[start:start + 7] == ["د B-PER", ". I-PER", "محمد I-PER", "علي I-PER",
                                      "بالوزير O", ". O", ""]
    # without the span the abbreviation's point ends a sentence
    project2 = Project(project.path.with_name("q.annotator"))
    project2.documents.add(text)
    plain = export(project2, layers=["entity"]).split("\n")
    assert plain[plain.index("د O") + 2] == ""
    # and a line break inside an entity does not split it either
    project.spans.add(doc_id, text.index("السفير"), text.index(" إنه"), "PER")
    lines = export(project, layers=["entity"]).split("\n")
    k = lines.index("السفير B-PER")
    assert lines[k + 1] == "أحمد I-PER"


def test_wojood_sample_round_trip(tmp_path, wojood_sample):  # tests/conftest.py finds it
    WOJOOD = wojood_sample / "train.txt"
    project = imported(tmp_path, WOJOOD)
    out_path = tmp_path / "out.conll"
    out_path.write_text(export(project, layers=["entity"]), encoding="utf-8")
    source = WOJOOD.read_text(encoding="utf-8")
    out = out_path.read_text(encoding="utf-8")
    assert token_lines(out)[2:] == token_lines(source)  # after our -DOCSTART- and blank line
    # Tags per layer: the same spans. (The corpus has one I- with no B- before it, which the
    # import reads as a span's start, so its IOB2 spelling comes back as B-.)
    theirs = [r for r in read(WOJOOD)]
    ours = [r for r in read(out_path)]
    assert [r.text for r in ours] == [r.text for r in theirs]
    as_set = lambda recs: [{(s.start, s.end, s.label) for s in r.spans} for r in recs]
    assert as_set(ours) == as_set(theirs)
    differing = [(" ".join(a), " ".join(b)) for a, b in zip(
        tags_without_trailing_o(out)[2:], tags_without_trailing_o(source)) if a != b]
    assert differing == [("B-FAC", "I-FAC")]


def test_nesting_outer_and_inner_give_one_column(tmp_path):
    project = imported(tmp_path, FIXTURE)
    outer = export(project, layers=["entity"], nesting="outer")
    inner = export(project, layers=["entity"], nesting="inner")
    assert "جامعة B-ORG\nحلب I-ORG\n" in outer and "دمشق I-ORG\n" in outer
    assert "جامعة O\nحلب B-GPE\n" in inner and "دمشق B-GPE\n" in inner
    assert "رئيس B-OCC\n" in outer and "رئيس B-OCC\n" in inner  # nested in nothing: in both
    for text in (outer, inner):
        assert {len(line.split()) for line in text.split("\n")
                if line and not line.startswith("-DOCSTART-")} == {2}
        assert token_lines(text) == token_lines(FIXTURE.read_text(encoding="utf-8"))


def test_a_corpus_layout_is_never_recomputed(tmp_path):
    project = imported(tmp_path, FIXTURE)
    doc_id = project.documents.ids()[0]
    kept = project.layouts.get(doc_id)
    assert kept is not None and b"$#$\x1f" in kept.tokens
    assert project.layouts.refresh() == 0
    assert project.layouts.get(doc_id) == kept


def test_spacy_jsonl_uses_the_corpus_tokens(tmp_path):
    from annotator.formats.export import export_spacy
    import json
    project = imported(tmp_path, FIXTURE)
    out = io.StringIO()
    export_spacy(project, out)
    first = json.loads(out.getvalue().splitlines()[0])
    words = [t["text"] for t in first["tokens"]]
    assert words[:3] == ["$#$", "قال", "رئيس"] and "a2hosting" in words and "و1" in words
    span = next(s for s in first["spans"] if s["label"] == "WEBSITE")
    assert words[span["token_start"]] == "a2hosting" == words[span["token_end"]]
