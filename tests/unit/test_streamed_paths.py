"""Long documents take the streamed paths (spaCy lines written a piece at a time, layouts made
a piece at a time); those give exactly what the whole-document paths give."""
from __future__ import annotations

import io
import json

from hypothesis import given, settings, strategies as st

from annotator.core.model import Document, Span
from annotator.core.text import layout as layout_module
from annotator.formats import spacy

PIECES = ["قال", " ", "الرئيس", "\n", "«", "»", ".", "؟", '"', "\\", "\x01", "🏥", "وبغداد",
          "٥٠٪", "\r\n", "\t", "  ", "\u200c", "ً", "ـ", "A.", "x"]
texts = st.lists(st.sampled_from(PIECES), min_size=0, max_size=60).map("".join)


def _doc(text: str) -> Document:
    return Document(id=7, text=text, title="t", sha256="")


@settings(max_examples=150, deadline=None)
@given(text=texts, edges=st.lists(st.integers(0, 200), max_size=8))
def test_streamed_spacy_line_is_the_whole_record(text, edges):
    edges = sorted(e for e in edges if e <= len(text))
    spans = [Span(id=i, doc_id=7, start=a, end=b, label="PER")
             for i, (a, b) in enumerate(zip(edges, edges[1:])) if a < b]
    out = io.StringIO()
    spacy.write_record(out, _doc(text), spans)
    assert out.getvalue() == json.dumps(spacy.record(_doc(text), spans),
                                        ensure_ascii=False) + "\n"


def test_streamed_spacy_line_over_several_batches():
    text = "قال الرئيس «مرحبا» في بغداد.\n" * 2000      # over 4096 tokens
    spans = [Span(id=1, doc_id=7, start=4, end=10, label="PER")]
    out = io.StringIO()
    spacy.write_record(out, _doc(text), spans)
    assert json.loads(out.getvalue()) == spacy.record(_doc(text), spans)


@settings(max_examples=150, deadline=None)
@given(text=texts, piece=st.integers(1, 12))
def test_layout_in_pieces_is_the_whole_layout(text, piece):
    whole = layout_module._layout_whole(text)
    saved, layout_module._PIECE = layout_module._PIECE, piece
    try:
        cut = layout_module.layout_of(text)
    finally:
        layout_module._PIECE = saved
    assert cut.tokens == whole.tokens
    assert list(cut.starts) == list(whole.starts) and list(cut.ends) == list(whole.ends)
    assert list(cut.spos) == list(whole.spos)


@settings(max_examples=60, deadline=None)
@given(text=texts, edges=st.lists(st.integers(0, 200), max_size=6))
def test_streamed_spacy_line_with_a_corpus_own_tokens(text, edges):
    from annotator.core.text.tokens import token_spans
    source = token_spans(text)
    edges = sorted(e for e in edges if e <= len(text))
    spans = [Span(id=i, doc_id=7, start=a, end=b, label="LOC")
             for i, (a, b) in enumerate(zip(edges, edges[1:])) if a < b]
    out = io.StringIO()
    spacy.write_record(out, _doc(text), spans, source)
    assert out.getvalue() == json.dumps(spacy.record(_doc(text), spans, source),
                                        ensure_ascii=False) + "\n"
