"""The spaCy line written from a stored layout is the record made by tokenizing the text."""
import json

from hypothesis import given, settings, strategies as st

from annotator.core.model import Document, Origin, Span
from annotator.core.text.layout import layout_of
from annotator.formats.spacy import record, record_line
from test_layout import PIECES


@settings(max_examples=300, deadline=None)
@given(data=st.data(), external=st.booleans())
def test_same_line_as_from_the_text(data, external):
    # with characters JSON escapes (quote, backslash, a control) and one it leaves (ZWNJ)
    pieces = PIECES + ["وبغداد", "لداعش", "\\", "a\x01b", "\u200c", "\"x\""]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces),
                                      min_size=1, max_size=30)))
    spans = []
    for i in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        spans.append(Span(i + 1, 1, a, b, "LOC", "entity", "", Origin.MANUAL, {}))
    spans.sort(key=lambda s: (s.start, -s.end))
    doc = Document(1, text, "t", "x", None, {}, "a-1" if external else None)
    assert record_line(doc, spans, layout_of(text)) == \
        json.dumps(record(doc, spans), ensure_ascii=False)
