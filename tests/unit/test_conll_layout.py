"""CoNLL lines from a stored layout are the lines conll_fast cuts from the text, and the layout
path is the one taken whenever span edges are token edges."""
from collections import namedtuple

from hypothesis import given, settings, strategies as st

from annotator.core.text import tokenize
from annotator.core.text.layout import layout_of
from annotator.formats.conll_fast import document_text
from annotator.formats.conll_layout import LayoutTagger
from test_layout import PIECES

Edges = namedtuple("Edges", "start end label layer")
LAYERS = ["entity", "quote", "claim"]
LAYER_OF = {"PER": "entity", "LOC": "entity", "QUOTE": "quote", "CLAIM": "claim", "X": "other"}


def sorted_spans(spans):
    return sorted(spans, key=lambda s: (s.start, -s.end))


def rows(spans):
    """Spans as the export reads them: (doc_id, start, end, label, annotator)."""
    return [(1, s.start, s.end, s.label, "") for s in spans]


@settings(max_examples=400, deadline=None)
@given(data=st.data(), bioes=st.booleans(), sep=st.sampled_from([" ", "\t"]),
       widths=st.fixed_dictionaries({"entity": st.integers(1, 4), "quote": st.integers(1, 2),
                                     "claim": st.just(1)}))
def test_same_lines_as_from_the_text(data, bioes, sep, widths):
    text = "".join(data.draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
    toks = tokenize(text)
    starts = sorted({t.start for t in toks})
    ends = sorted({t.end for t in toks})
    aligned = bool(toks) and data.draw(st.booleans())
    spans = []
    for _ in range(data.draw(st.integers(0, 8))):
        if aligned and toks:
            a = data.draw(st.sampled_from(starts))
            b = data.draw(st.sampled_from([e for e in ends if e > a] or [a + 1]))
        else:
            a = data.draw(st.integers(0, len(text) - 1))
            b = data.draw(st.integers(a + 1, len(text)))
        label = data.draw(st.sampled_from(sorted(LAYER_OF)))
        spans.append(Edges(a, b, label, LAYER_OF[label]))
    spans = sorted_spans(spans)
    # the nesting these spans need may exceed the drawn widths only in the layer path's favour:
    # both writers are given the same widths, as an export is
    need = {}
    for layer in LAYERS:
        ends_ = []
        for s in (s for s in spans if s.layer == layer):
            for i, e in enumerate(ends_):
                if e <= s.start:
                    ends_[i] = s.end
                    break
            else:
                ends_.append(s.end)
        need[layer] = max(widths[layer], len(ends_))
    tagger = LayoutTagger(LAYERS, need, bioes, sep, LAYER_OF)
    got = tagger.lines(layout_of(text), rows(spans))
    want = document_text(text, spans, LAYERS, need, bioes, sep, lambda label: None)
    if aligned and all(s.end <= len(text) for s in spans):
        assert got is not None
    if got is not None:
        assert got.decode() == want


def test_edge_inside_a_word_goes_to_the_text():
    text = "وصل وبغداد."
    layout = layout_of(text)
    tagger = LayoutTagger(["entity"], {"entity": 1}, False, " ", LAYER_OF)
    assert tagger.lines(layout, [(1, 5, 10, "LOC", "")]) is None  # بغداد in وبغداد
    assert tagger.lines(layout, [(1, 4, 10, "LOC", "")]).decode() == \
        "-DOCSTART- -X- O O\n\nوصل O\nوبغداد B-LOC\n. O\n\n"


def test_deeper_than_its_columns_goes_to_the_text():
    """Spans added after the columns were counted: the extra level is left out, as before."""
    text = "قال مدير جامعة حلب."
    org, loc = (text.index("جامعة حلب"), len(text) - 1), (text.index("حلب"), len(text) - 1)
    spans = sorted_spans([Edges(*org, "PER", "entity"), Edges(*loc, "LOC", "entity")])
    tagger = LayoutTagger(["entity", "quote"], {"entity": 1, "quote": 1}, False, " ", LAYER_OF)
    assert tagger.lines(layout_of(text), rows(spans)) is None
    flat = document_text(text, spans, ["entity", "quote"], {"entity": 1, "quote": 1}, False,
                         " ", lambda label: None)
    assert "حلب I-PER O" in flat
