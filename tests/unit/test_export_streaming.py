"""The hf and docbin exports read a document's tagged text a sentence at a time
(tagged.iter_sentences): the sentences are exactly those sentences_of() splits out."""
from hypothesis import given, settings, strategies as st

from annotator.formats.tagged import iter_sentences, sentences_of


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=40))
def test_sentences_one_at_a_time_are_the_sentences(data):
    assert list(iter_sentences(data)) == sentences_of(data)
