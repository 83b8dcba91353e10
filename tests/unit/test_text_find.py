"""Finding a phrase in one document follows the project search's rules."""
from __future__ import annotations

import pytest

from annotator.core.text.find import find_all

TEXT = "قال الرَّئِيسُ في بَغْدَادَ إن الرئيـــس ووزير الخارجية وصلا إلى وبغداد، ثم إلى أربيل"


def words(text: str, hits: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in hits]


def test_tashkeel_and_tatweel_in_the_text_are_ignored():
    assert words(TEXT, find_all(TEXT, "الرئيس")) == ["الرَّئِيسُ", "الرئيـــس"]


def test_tashkeel_in_the_query_is_ignored_and_marks_stay_on_the_last_letter():
    # the fatha on the last dal of بَغْدَادَ belongs to the hit
    assert words(TEXT, find_all(TEXT, "بَغداد")) == ["بَغْدَادَ", "بغداد"]


def test_a_word_is_found_inside_a_clitic_joined_word():
    hits = find_all(TEXT, "بغداد")
    assert TEXT[hits[1][0] - 1] == "و"            # وبغداد: only بغداد is the hit


def test_alef_and_hamza_forms_are_one_letter():
    assert words(TEXT, find_all(TEXT, "اربيل")) == ["أربيل"]
    assert words(TEXT, find_all(TEXT, "الى")) == ["إلى", "إلى"]


def test_a_phrase_may_span_any_white_space():
    text = "وزير\n  الخارجية"
    assert find_all(text, "وزير الخارجية") == [(0, len(text))]


@pytest.mark.parametrize("query", ["", "   ", "\u064e\u0640"])
def test_nothing_to_find(query):
    assert find_all(TEXT, query) == []


def test_hits_agree_with_the_project_search(project):
    a, _ = project.documents.add(TEXT)
    b, _ = project.documents.add("خبر آخر عن دمشق")
    for query in ("الرئيس", "بغداد", "الرَّئيس", "اربيل", "دمشق", "القاهرة"):
        found_here = {doc for doc in (a, b)
                      if find_all(project.documents.get(doc).text, query)}
        assert found_here == set(project.search.find(query)), query
