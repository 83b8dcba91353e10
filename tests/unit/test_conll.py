"""CoNLL: export, import, round trips, and third-party readers (seqeval, conllu) agreeing."""
import io

import conllu
import pytest
from seqeval.metrics.sequence_labeling import get_entities

from annotator.formats.export import ExportOptions, Selection, export_conll
from annotator.formats.importer import import_paths

TEXT = "قال مدير جامعة حلب إن وبغداد 🏥 جميلة.\r\nوأضاف: «هذا كلام. وهذا أيضا» انتهى."


def add(project, doc, sub, label, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(sub, at + 1)
    return project.spans.add(doc, at, at + len(sub), label)


@pytest.fixture
def doc(project):
    doc_id, _ = project.documents.add(TEXT)
    add(project, doc_id, "جامعة حلب", "ORG")
    add(project, doc_id, "حلب", "LOC")
    add(project, doc_id, "بغداد", "LOC")
    add(project, doc_id, "هذا كلام. وهذا أيضا", "QUOTE")
    return doc_id


def export(project, **opts):
    out = io.StringIO()
    summary = export_conll(project, out, Selection(), options=ExportOptions(**opts))
    return out.getvalue(), summary


def rows(conll):
    return [line.split(" ") for line in conll.splitlines() if line and
            not line.startswith("-DOCSTART-")]


def test_clitic_split_nesting_and_quote_across_sentences(project, doc):
    text, summary = export(project, layers=["entity", "quote"])
    lines = text.splitlines()
    assert lines[0] == "-DOCSTART- -X- O O" and lines[1] == ""
    assert "و O O O" in lines and "بغداد B-LOC O O" in lines
    assert "جامعة B-ORG O O" in lines and "حلب I-ORG B-LOC O" in lines
    quote = [r[0] for r in rows(text) if r[3] != "O"]
    assert quote == ["هذا", "كلام", ".", "وهذا", "أيضا"]
    # the quote keeps I- across the sentence break (blank line)
    after_break = lines[lines.index(". O O I-QUOTE") + 1:lines.index(". O O I-QUOTE") + 3]
    assert after_break == ["", "وهذا O O I-QUOTE"]
    assert summary.documents == 1 and sum(summary.spans_by_label.values()) == 4


def test_bioes_tab_and_layer_order(project, doc):
    text, _ = export(project, layers=["quote", "entity"], tags="bioes", sep="\t")
    assert "حلب\tI-QUOTE\tE-ORG\tS-LOC" not in text  # the quote is elsewhere
    assert "حلب\tO\tE-ORG\tS-LOC" in text
    assert "أيضا\tE-QUOTE\tO\tO" in text and "بغداد\tO\tS-LOC\tO" in text


def token_aligned(project, doc_id, layer):
    """Our spans as (label, first token, last token) over the exported token list."""
    text, _ = export(project, layers=[layer])
    tokens = rows(text)
    pos, out = [], []
    at = 0
    for tok in tokens:
        at = TEXT.index(tok[0], at)
        pos.append((at, at + len(tok[0])))
        at += len(tok[0])
    for s in project.spans.of(doc_id):
        if s.layer == layer:
            first = next(i for i, p in enumerate(pos) if p[0] == s.start)
            last = next(i for i, p in enumerate(pos) if p[1] == s.end)
            out.append((s.label, first, last))
    return tokens, sorted(out)


@pytest.mark.parametrize("layer", ["entity", "quote"])
def test_seqeval_strict_iob2_decodes_our_columns_to_our_spans(project, doc, layer):
    tokens, ours = token_aligned(project, doc, layer)
    decoded = []
    for col in range(1, len(tokens[0])):
        decoded += get_entities([t[col] for t in tokens])
    assert sorted(decoded) == ours
    from seqeval.scheme import IOB2, Entities
    strict = Entities([[t[col] for t in tokens] for col in range(1, len(tokens[0]))],
                      IOB2, suffix=False)
    assert sorted((e.tag, e.start, e.end - 1) for e in strict.entities for e in e) == ours


def test_conllu_parses_our_lines(project, doc):
    text, _ = export(project, layers=["entity"], sep="\t")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("-DOCSTART-"))
    sentences = conllu.parse(body.strip() + "\n\n", fields=["form", "tag", "nested"])
    forms = [tok["form"] for sent in sentences for tok in sent]
    assert forms == [r[0] for r in rows(text.replace("\t", " "))]
    assert len(sentences) == 3


def reimport(project, tmp_path, text, name="x.conll"):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    from annotator.core.store import Project
    fresh = Project(tmp_path / (name + ".annotator"))
    summary = import_paths(fresh, [src])
    return fresh, summary


@pytest.mark.parametrize("tags", ["iob2", "bioes"])
def test_round_trip_flat_and_nested(project, doc, tmp_path, tags):
    first, _ = export(project, tags=tags)
    fresh, summary = reimport(project, tmp_path, first)
    assert summary.errors == [] and summary.documents == 1
    again, _ = export(fresh, tags=tags)
    fresh.close()
    assert again == first


WOJOOD = """-DOCSTART- O

رئيس O
جامعة B-ORG
حلب I-ORG B-GPE
قال O

-DOCSTART- O

زار O
وزير I-PER
"""


def test_wojood_nested_lines_docstart_and_stray_i(project, tmp_path):
    src = tmp_path / "w.conll"
    src.write_text(WOJOOD, encoding="utf-8")
    summary = import_paths(project, [src])
    assert summary.documents == 2 and summary.spans == 3
    assert any("without a B-" in w for w in summary.warnings)
    docs = list(project.documents.iter())
    assert docs[0].text == "رئيس جامعة حلب قال" and docs[1].text == "زار وزير"
    got = [(docs[0].text[s.start:s.end], s.label) for s in project.spans.of(docs[0].id)]
    assert got == [("جامعة حلب", "ORG"), ("حلب", "GPE")]


def test_sentences_become_lines(project, tmp_path):
    src = tmp_path / "s.iob"
    src.write_text("أ B-PER\nب I-PER\n\nج O\n", encoding="utf-8")
    import_paths(project, [src])
    assert next(project.documents.iter()).text == "أ ب\nج"


@pytest.mark.parametrize("bad, line, reason", [
    ("أ O\nب\n", 2, "expected a token"),
    ("أ O\nب X-PER\n", 2, "is not a tag"),
    ("", 1, "no tokens"),
])
def test_malformed_file_is_refused_whole(project, tmp_path, bad, line, reason):
    src = tmp_path / "bad.bio"
    src.write_text(bad, encoding="utf-8")
    summary = import_paths(project, [src])
    assert summary.refused_files == [str(src)]
    assert summary.errors[0].startswith(f"{src}:{line}: ") and reason in summary.errors[0]
    assert project.documents.count() == 0 and project.spans.count() == 0
