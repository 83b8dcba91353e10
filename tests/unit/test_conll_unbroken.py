"""An entity that runs over a sentence end (or a quote holding several sentences, marked as
an entity) keeps its document on the layout path: the layout's sentences are joined there as
the text path joins them, line for line."""
from collections import namedtuple

import pytest
from hypothesis import given, settings, strategies as st

import annotator.formats.conll_write as conll_write
from annotator.core.text.layout import layout_of
from annotator.formats.conll_fast import document_text
from annotator.formats.conll_layout import LayoutTagger
from annotator.formats.export import ExportOptions, export_conll

Edges = namedtuple("Edges", "start end label layer")
LAYERS = ["entity", "quote", "claim"]
LAYER_OF = {"PER": "entity", "LOC": "entity", "QUOTE": "quote", "CLAIM": "claim"}
WORDS = ["قال", "الرئيس", "بيروت", "2022", "نعم", "«نعم»", "“قسد”", "12.5", "F16"]
GAPS = [" ", ". ", ".\n\n", "\n", "؟ ", "! ", "». ", "”.\n\n", "… ", "، ", ".\r\n"]


@settings(max_examples=500, deadline=None)
@given(data=st.data(), bioes=st.booleans(), sep=st.sampled_from([" ", "\t"]))
def test_entities_over_sentence_ends_take_the_layout_path(data, bioes, sep):
    n = data.draw(st.integers(2, 14))
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n))
    gaps = data.draw(st.lists(st.sampled_from(GAPS), min_size=n, max_size=n))
    layout_text, bounds = "", []
    for word, gap in zip(words, gaps):
        bounds.append((len(layout_text), len(layout_text) + len(word)))
        layout_text += word + gap
    layout = layout_of(layout_text)
    starts, ends = list(layout.starts), list(layout.ends)
    spans = []
    for _ in range(data.draw(st.integers(1, 5))):  # token-aligned, often over sentence ends
        i = data.draw(st.integers(0, len(starts) - 1))
        j = data.draw(st.integers(i, min(len(starts) - 1, i + 12)))
        label = data.draw(st.sampled_from(["PER", "LOC", "PER", "QUOTE", "CLAIM"]))
        spans.append(Edges(starts[i], ends[j], label, LAYER_OF[label]))
    spans.sort(key=lambda s: (s.start, -s.end))
    columns = {"entity": 5, "quote": 5, "claim": 5}
    want = document_text(layout_text, spans, LAYERS, columns, bioes, sep, lambda label: None,
                         "entity")
    got = LayoutTagger(LAYERS, columns, bioes, sep, LAYER_OF, "entity").lines(
        layout, [(1, s.start, s.end, s.label, "") for s in spans])
    assert got is not None
    assert got.decode() == want


def test_an_entity_over_a_paragraph_break_is_one_sentence():
    text = "قالت “قسد”.\n\nولا شيء بعد ذلك. ثم انتهى."
    a, b = text.index("“قسد”"), text.index("شيء") + 3
    spans = [Edges(a, b, "PER", "entity")]
    got = LayoutTagger(LAYERS, {"entity": 1, "quote": 1, "claim": 1}, False, " ", LAYER_OF,
                       "entity").lines(layout_of(text), [(1, a, b, "PER", "")]).decode()
    assert got == document_text(text, spans, LAYERS, {"entity": 1, "quote": 1, "claim": 1},
                                False, " ", lambda label: None, "entity")
    sentences = got.split("\n\n")[1:-1]
    assert [len(s.splitlines()) for s in sentences] == [10, 3]  # joined, then the last one
    assert "\nولا O O O" not in got and "ولا I-PER O O" in got


@pytest.mark.parametrize("tags", ["iob2", "bioes"])
def test_an_export_with_such_entities_never_cuts_the_text(project, monkeypatch, seed_text,
                                                          tags):
    text = "\n\n".join([seed_text] * 3)
    doc_id, _ = project.documents.add(text)
    at = 0
    while True:  # an entity over every paragraph break, a quote over every second one
        at = text.find("\n\n", at + 1)
        if at < 0:
            break
        a = text.rfind(" ", 0, at) + 1
        b = text.find(" ", at + 2)
        project.spans.add(doc_id, a, b, "PER")
        if at % 2:
            project.spans.add(doc_id, text.rfind(" ", 0, a - 1) + 1, b, "QUOTE")
    with monkeypatch.context() as patch:  # the reference: every document cut from its text
        patch.setattr(LayoutTagger, "layout_pieces", lambda *args, **kwargs: None)
        with open(project.path.parent / "want.conll", "w", encoding="utf-8") as out:
            export_conll(project, out, options=ExportOptions(tags=tags))
    want = (project.path.parent / "want.conll").read_bytes()
    assert want.count(b"I-PER") > 10

    def no_text_path(*args, **kwargs):
        raise AssertionError("the document went to the text path")
    monkeypatch.setattr(conll_write, "document_text", no_text_path)
    with open(project.path.parent / "got.conll", "w", encoding="utf-8") as out:
        export_conll(project, out, options=ExportOptions(tags=tags))
    assert (project.path.parent / "got.conll").read_bytes() == want
