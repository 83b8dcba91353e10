"""The fast CoNLL writer gives the same lines as the plain one built on tokenize() and
sentences(), on random Arabic text with random nested spans."""
from bisect import bisect_left, bisect_right

from hypothesis import given, settings, strategies as st

from annotator.core.model import Span
from annotator.core.text.sentences import sentences
from annotator.core.text.tokens import tokenize
from annotator.formats.conll_fast import document_text
from conll_tags import levels, tag_column  # tests/unit/conll_tags.py, the reference

PIECES = ["وبغداد", "قالَ", "الرئيـــس", "🏥", "12.5", "٥٠٪", ".", "؟", "!", "«", "»", "،",
          " ", " ", " ", "\r\n", "\n\n", ":", "(", ")", "a.b", "…", "\"", "ـ"]


def reference(text, spans, layers, bioes, sep):
    cuts = {s.start for s in spans} | {s.end for s in spans}
    tokens = tokenize(text, cuts)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    cols = []
    for layer in layers:
        ranged = []
        for s in spans:
            first, last = bisect_left(starts, s.start), bisect_right(ends, s.end) - 1
            if s.layer == layer and last >= first:
                ranged.append((first, last, s.label))
        lv = levels(sorted(ranged, key=lambda r: (r[0], -r[1])))
        cols += [tag_column(len(tokens), lv[i] if i < len(lv) else [], bioes)
                 for i in range(3)]
    lines = ["-DOCSTART- -X- O O", ""]
    i = 0
    for sentence in sentences(text, tokens):
        for tok in sentence:
            lines.append(sep.join([tok.text] + [c[i] for c in cols]))
            i += 1
        lines.append("")
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(data=st.data(), bioes=st.booleans())
def test_same_as_reference(data, bioes):
    text = "".join(data.draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30)))
    # span edges at token edges, or inside Arabic letters (a clitic split)
    edges = sorted({0, len(text)} | {t.start for t in tokenize(text)}
                   | {t.end for t in tokenize(text)}
                   | {i for i, ch in enumerate(text) if "\u0621" <= ch <= "\u064A"})
    spans = []
    for k in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.sampled_from(edges))
        b = data.draw(st.sampled_from(edges))
        if a < b:
            layer = data.draw(st.sampled_from(["entity", "quote"]))
            spans.append(Span(k, 1, a, b, "X" + layer[0].upper(), layer))
    widths = {"entity": 3, "quote": 3}
    got = document_text(text, spans, ["entity", "quote"], widths, bioes, " ", lambda _: None)
    assert got == reference(text, spans, ["entity", "quote"], bioes, " ")
