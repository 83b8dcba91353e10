"""The quote and speaker rules on Arabic news paragraphs written for the purpose."""
import json
from pathlib import Path

import pytest

from annotator.suggest.base import Mark
from annotator.suggest.quotes import QuoteOptions, QuoteSuggester

PARAGRAPHS = Path(__file__).parents[1] / "data" / "quotes" / "paragraphs.jsonl"


def load():
    return [json.loads(line) for line in PARAGRAPHS.read_text(encoding="utf-8").splitlines()]


def entities(doc):
    return [Mark(s["start"], s["end"], s["label"], s["layer"], s["id"])
            for s in doc["spans"] if s["layer"] == "entity"]


def quotes_of(text, proposals):
    return [(text[p.start:p.end], p.label) for p in proposals.spans if p.layer != "entity"]


@pytest.mark.parametrize("open_, close", [("«", "»"), ("“", "”"), ('"', '"')])
def test_each_quote_mark_style_gives_the_words_inside_the_marks(open_, close):
    text = f"وقال الوزير: {open_}سنبدأ العمل غدا{close}."
    got = QuoteSuggester().suggest(text)
    assert quotes_of(text, got) == [("سنبدأ العمل غدا", "QUOTE")]
    assert got.spans[0].attributes == {"kind": "direct"}


def test_the_option_keeps_the_marks_inside():
    text = "وقال الوزير: «سنبدأ العمل غدا»."
    got = QuoteSuggester(QuoteOptions(marks_inside=True)).suggest(text)
    assert quotes_of(text, got) == [("«سنبدأ العمل غدا»", "QUOTE")]


def test_a_known_speaker_after_the_verb_is_linked_by_said_by():
    text = "وقال وزير الخارجية أحمد سعيد: «لن نقبل بأي تدخل»."
    known = [Mark(19, 28, "PER", "entity", span_id=7)]
    got = QuoteSuggester().suggest(text, known)
    (link,) = got.links
    assert (link.type, link.tail_span, got.spans[link.head].label) == ("said_by", 7, "QUOTE")


def test_without_a_known_entity_the_noun_phrase_after_the_verb_is_the_speaker():
    text = "«الوضع تحسن كثيرا»، أضاف المتحدث باسم الشرطة للصحفيين."
    got = QuoteSuggester().suggest(text)
    (link,) = got.links
    speaker = got.spans[link.tail]
    assert (text[speaker.start:speaker.end], speaker.label) == ("المتحدث باسم الشرطة", "PER")


def test_a_reported_clause_after_an_is_a_claim_linked_to_its_speaker():
    text = "وأكدت الوزارة في بيان أن المفاوضات ستستأنف الأسبوع المقبل."
    got = QuoteSuggester().suggest(text)
    assert quotes_of(text, got) == [("المفاوضات ستستأنف الأسبوع المقبل", "CLAIM")]
    (link,) = got.links
    speaker = got.spans[link.tail]
    assert (link.type, text[speaker.start:speaker.end], speaker.label) == (
        "claimed_by", "الوزارة", "ORG")


def test_a_short_term_in_quote_marks_is_not_a_quote():
    text = 'ورفع المتظاهرون لافتات كتب عليها "الحرية" و"العدالة".'
    assert QuoteSuggester().suggest(text).spans == []


@pytest.mark.parametrize("doc", load(), ids=lambda d: d["text"][:30])
def test_the_paragraph_set_with_its_entities_known(doc):
    """Every paragraph of the committed set: quotes, claims and links exactly as in gold."""
    text = doc["text"]
    got = QuoteSuggester().suggest(text, entities(doc))
    gold = {(s["start"], s["end"], s["label"]) for s in doc["spans"] if s["layer"] != "entity"}
    assert {p.key for p in got.spans if p.layer != "entity"} == gold
    key_of = {s["id"]: (s["start"], s["end"], s["label"]) for s in doc["spans"]}
    gold_links = {(key_of[r["head"]], key_of[r["tail"]], r["type"]) for r in doc["relations"]}
    got_links = {(got.spans[k.head].key, key_of[k.tail_span] if k.tail_span
                  else got.spans[k.tail].key, k.type) for k in got.links}
    assert got_links == gold_links


def test_the_set_covers_what_it_promises():
    docs = load()
    texts = " ".join(d["text"] for d in docs)
    for mark in "«»“”\"":
        assert mark in texts
    assert any(sum(1 for s in d["spans"] if s["layer"] == "entity") >= 2 for d in docs)
    assert any(s["label"] == "CLAIM" for d in docs for s in d["spans"])


@pytest.mark.parametrize("text, speaker", [
    ("وقال الوزير أحمد سعيد: «لن نقبل بأي تدخل في شؤوننا».", "أحمد سعيد"),
    ("وقال وزير الخارجية العراقي فؤاد حسين: «لن نقبل بأي تدخل».", "فؤاد حسين"),
    ("«الوضع تحسن كثيرا»، أضاف المتحدث باسم الشرطة سالم علي للصحفيين.", "سالم علي"),
    ("وقالت الدكتورة سلمى الراشد: «النتائج مشجعة جدا».", "سلمى الراشد"),
    # no name after the title: the title is all there is to mark
    ("وقال الرئيس: «سنبدأ العمل غدا».", "الرئيس"),
])
def test_a_suggested_speaker_leaves_the_title_words_out(text, speaker):
    got = QuoteSuggester().suggest(text)
    (link,) = got.links
    tail = got.spans[link.tail]
    assert (text[tail.start:tail.end], tail.label) == (speaker, "PER")


def speakers_of(text, got):
    """(quote or claim text, speaker text) for each link."""
    out = []
    for link in got.links:
        head = got.spans[link.head]
        tail = got.spans[link.tail] if link.tail is not None else None
        out.append((text[head.start:head.end], text[tail.start:tail.end] if tail else None))
    return out


def test_a_claim_before_a_direct_quote_in_one_sentence_is_found_with_its_speaker():
    text = "وقال المتحدث باسم البلدية سامر نادر إن الطرق ستفتح غدا، مضيفا: «العمل يجري ليلا»."
    got = QuoteSuggester().suggest(text)
    assert quotes_of(text, got) == [("الطرق ستفتح غدا", "CLAIM"), ("العمل يجري ليلا", "QUOTE")]
    assert speakers_of(text, got) == [("الطرق ستفتح غدا", "سامر نادر"),
                                       ("العمل يجري ليلا", "سامر نادر")]


@pytest.mark.parametrize("text, claim, source", [
    ("تراجعت مبيعات السيارات بنسبة كبيرة، بحسب اتحاد الوكلاء.",
     "تراجعت مبيعات السيارات بنسبة كبيرة", "اتحاد الوكلاء"),
    ("وبحسب هيئة الأرصاد، فإن موجة الحر ستستمر أسبوعا.",
     "موجة الحر ستستمر أسبوعا", "هيئة الأرصاد"),
    ("ووفقا لـمديرية التربية، أغلقت المدارس أبوابها اليوم.",
     "أغلقت المدارس أبوابها اليوم", "مديرية التربية"),
])
def test_an_attribution_without_a_verb_makes_a_claim_with_its_source(text, claim, source):
    got = QuoteSuggester().suggest(text)
    assert quotes_of(text, got) == [(claim, "CLAIM")]
    assert speakers_of(text, got) == [(claim, source)]


def test_a_quote_inside_a_quote_is_found_too():
    text = 'وقال المزارع: «صاح جاري "الماء وصل أخيرا" ثم ركض نحو الحقل».'
    got = QuoteSuggester().suggest(text)
    assert ("الماء وصل أخيرا", "QUOTE") in quotes_of(text, got)
    assert len(quotes_of(text, got)) == 2


def test_the_quoted_name_of_a_festival_or_programme_is_not_a_quote():
    for text in ('وأعلنت الوزارة عن إطلاق برنامج "صيف آمن" للأطفال.',
                 "وافتتح المحافظ مهرجان «أيام القمح» في الساحة العامة."):
        assert quotes_of(text, QuoteSuggester().suggest(text)) == []


def test_a_pronoun_speaker_is_the_person_marked_before_in_the_paragraph():
    text = "واستقبل الوزير ناصر جودة وفدا من المزارعين. وقال لهم: «سندعم كل موسم»."
    name = Mark(text.index("ناصر"), text.index("ناصر") + 9, "PER", "entity", 7)
    got = QuoteSuggester().suggest(text, [name])
    assert [(got.spans[k.head].start, k.tail_span) for k in got.links] == [
        (text.index("سندعم"), 7)]


def test_the_name_after_the_last_title_is_the_speaker():
    text = "وقال مدير مدرسة النور الأستاذ خليل عواد: «الدوام يبدأ الأحد»."
    got = QuoteSuggester().suggest(text)
    assert speakers_of(text, got) == [("الدوام يبدأ الأحد", "خليل عواد")]


def test_a_quote_or_its_frame_never_reaches_into_the_next_paragraph():
    text = '" قال قال "\nقال الوزير كلاما.\n"نعم ولا"\nقال'
    got = QuoteSuggester().suggest(text)
    assert quotes_of(text, got) == []
