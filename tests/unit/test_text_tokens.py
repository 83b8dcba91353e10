from hypothesis import given, strategies as st

from annotator.core.text import sentences, tokenize


def texts(text):
    return [t.text for t in tokenize(text)]


def test_arabic_words_keep_tashkeel_and_tatweel():
    assert texts("قَالَ الرئيـــس") == ["قَالَ", "الرئيـــس"]


def test_numbers_percent_and_decimals():
    assert texts("نمو 12.5% و5% و٥٠٪ عام ٢٠٢٢ و1,000") == [
        "نمو", "12.5%", "و", "5%", "و", "٥٠٪", "عام", "٢٠٢٢", "و", "1,000"]


def test_punctuation_is_its_own_token():
    assert texts("قال: «نعم»، (لا)؛ لماذا؟ “قسد”.") == [
        "قال", ":", "«", "نعم", "»", "،", "(", "لا", ")", "؛", "لماذا", "؟",
        "“", "قسد", "”", "."]


def test_latin_and_emoji():
    assert texts("COVID-19 🏥 👍🏽 👨‍👩‍👧 🇸🇾") == ["COVID", "-", "19", "🏥", "👍🏽", "👨‍👩‍👧", "🇸🇾"]


def test_offsets_are_code_points():
    text = "🏥 وبغداد\r\nقال"
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text
    assert tokenize(text)[1].start == 2


def test_extra_boundaries_split_a_word():
    toks = tokenize("وبغداد جميلة", boundaries=[1])
    assert [(t.start, t.end, t.text) for t in toks] == [
        (0, 1, "و"), (1, 6, "بغداد"), (7, 12, "جميلة")]


def test_sentences_end_at_marks_and_line_breaks_not_comma():
    text = "قال، إن النمو 12.5% فقط. ثم سأل: لماذا؟ قال “انتهى.” وداعا\nسطر جديد"
    got = [" ".join(t.text for t in s) for s in sentences(text, tokenize(text))]
    assert got == ["قال ، إن النمو 12.5% فقط .", "ثم سأل : لماذا ؟", "قال “ انتهى . ”",
                   "وداعا", "سطر جديد"]


@given(st.text(alphabet=st.sampled_from(list("قالَـ بغداد،.؟«» 12.5%🏥\r\n\u064bxyZ-")),
               max_size=60))
def test_tokens_cover_every_non_space_character(text):
    toks = tokenize(text)
    covered = set()
    last = 0
    for tok in toks:
        assert tok.start >= last and tok.end > tok.start
        assert text[tok.start:tok.end] == tok.text
        assert not any(ch.isspace() for ch in tok.text)
        covered.update(range(tok.start, tok.end))
        last = tok.end
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}
