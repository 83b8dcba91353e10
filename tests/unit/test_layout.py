"""Stored token layouts: the same tokens as tokenize() and the same sentences as sentences()."""
from hypothesis import given, settings, strategies as st

from annotator.core.text import sentences, tokenize
from annotator.core.text.layout import END, SEP, layout_of, pack, unpack

PIECES = ["وبغداد", "قالَ", "الرئيـــس", "🏥", "👍🏽", "12.5", "٥٠٪", ".", "؟", "!", "«", "»", "،",
          " ", " ", " ", "\r\n", "\n\n", "\u2029", ":", "(", ")", "a.b", "…", "\"", "ـ", "\t",
          "ً", "Beirut", "F16"]


def expected(text):
    toks = tokenize(text)
    return ("".join(SEP.join(t.text for t in s) + END for s in sentences(text, toks)),
            [t.start for t in toks])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_same_tokens_and_sentences_as_the_text_engine(pieces):
    text = "".join(pieces)
    layout = layout_of(text)
    tokens, starts = expected(text)
    assert layout.tokens.decode() == tokens
    assert list(layout.starts) == starts
    toks = tokenize(text)
    assert list(layout.ends) == [t.end for t in toks]
    # spos is the byte offset of each token in `tokens`, then the end
    assert len(layout.spos) == len(toks) + 1 and layout.spos[-1] == len(layout.tokens)
    for tok, at in zip(toks, layout.spos):
        word = (tok.text + SEP).encode()
        assert layout.tokens[at:at + len(word)] == word


def test_seed_article(seed_text):
    layout = layout_of(seed_text)
    tokens, starts = expected(seed_text)
    assert layout.tokens.decode() == tokens and list(layout.starts) == starts


def test_empty_and_white_space_only():
    for text in ["", "   ", "\r\n\n"]:
        layout = layout_of(text)
        assert layout.tokens == b"" and len(layout) == 0 and list(layout.spos) == [0]


def test_pack_round_trip_and_wide_offsets():
    short = layout_of("قال الرئيس: «نعم».")
    assert pack(short)[1] == 2
    long = layout_of("كلمة " * 20000 + "نهاية.")  # offsets past 65535 need 4 bytes
    assert pack(long)[1] == 4 and long.starts[-2] == 100000
    for layout in (short, long):
        again = unpack(*pack(layout))
        assert again == layout


def test_letters_only_and_single_spaces():
    for text in ["قال", "قال الرئيس", " قال  الرئيس\n", "ـقال"]:
        layout = layout_of(text)
        assert list(layout.starts) == [t.start for t in tokenize(text)]


def test_the_space_table_is_what_str_split_splits_at():
    from annotator.core.text.layout import space_mask
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert space_mask(text).tolist() == [ch.isspace() for ch in text]
