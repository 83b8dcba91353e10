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


def test_edge_inside_a_word_splits_it_in_the_layout():
    text = "وصل وبغداد."
    layout = layout_of(text)
    tagger = LayoutTagger(["entity"], {"entity": 1}, False, " ", LAYER_OF)
    assert tagger.lines(layout, [(1, 5, 10, "LOC", "")]).decode() == \
        "-DOCSTART- -X- O O\n\nوصل O\nو O\nبغداد B-LOC\n. O\n\n"  # بغداد in وبغداد
    assert tagger.lines(layout, [(1, 4, 10, "LOC", "")]).decode() == \
        "-DOCSTART- -X- O O\n\nوصل O\nوبغداد B-LOC\n. O\n\n"


def test_edge_inside_punctuation_or_at_white_space_goes_to_the_text():
    text = "قال: 12.5 مليون."
    tagger = LayoutTagger(["entity"], {"entity": 1}, False, " ", LAYER_OF)
    at = text.index("12.5")
    assert tagger.lines(layout_of(text), [(1, at + 1, at + 4, "LOC", "")]) is None
    assert tagger.lines(layout_of(text), [(1, 4, 9, "LOC", "")]) is None  # at the space


WORDS = ["وبغداد", "لداعش", "والعراق", "قالَ", "الرئيس", "بيروت", "2022", "F16", "مُدن"]
GAPS = [" ", " ", " ", ". ", "، ", "\n\n", " «", "» ", "؟ "]


@settings(max_examples=400, deadline=None)
@given(data=st.data(), bioes=st.booleans(), nested=st.booleans(),
       unbroken=st.sampled_from([None, "entity"]))
def test_clitic_edges_keep_to_the_layout_path(data, bioes, nested, unbroken):
    """Spans starting or ending inside words of letters, digits and marks (as clitic-joined
    entities are annotated): the layout path takes them and gives the text path's lines."""
    n = data.draw(st.integers(1, 12))
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n))
    gaps = data.draw(st.lists(st.sampled_from(GAPS), min_size=n, max_size=n))
    text, bounds = "", []
    for word, gap in zip(words, gaps):
        bounds.append((len(text), len(text) + len(word)))
        text += word + gap
    spans = []
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, n - 1))
        j = data.draw(st.integers(i, min(n - 1, i + 2)))
        a = bounds[i][0] + data.draw(st.integers(0, bounds[i][1] - bounds[i][0] - 1))
        b = bounds[j][1] - data.draw(st.integers(0, bounds[j][1] - max(a, bounds[j][0]) - 1))
        label = data.draw(st.sampled_from(["PER", "LOC", "QUOTE"]))
        spans.append(Edges(a, b, label, LAYER_OF[label]))
    spans = sorted_spans(spans)
    columns = {"entity": 3 if nested else 4, "quote": 3, "claim": 1}
    want = document_text(text, spans, LAYERS, columns, bioes, " ", lambda label: None,
                         unbroken)
    got = LayoutTagger(LAYERS, columns, bioes, " ", LAYER_OF, unbroken).lines(
        layout_of(text), rows(spans))
    if len(spans) <= 3:  # within the columns (an entity over a sentence end included)
        assert got is not None
    if got is not None:
        assert got.decode() == want


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
