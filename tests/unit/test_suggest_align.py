"""A model's offsets and tokens placed on our text in code points: clitics cut otherwise,
emoji (2 UTF-16 units, 1 code point), tashkeel a tokenizer dropped."""
from annotator.suggest.align import align_tokens, place, tidy, utf16_to_index

TEXT = "زار 🏥 وبغداد ثم بَغْدَادَ."
# code points: وبغداد at 6..12, بغداد inside it at 7..12; بَغْدَادَ at 16..25
W, B, T = TEXT.index("وبغداد"), TEXT.index("وبغداد") + 1, TEXT.index("بَغْدَادَ")


def test_offsets_in_code_points_are_kept():
    assert place(TEXT, B, B + 5, "بغداد") == (B, B + 5)
    assert TEXT[B:B + 5] == "بغداد"


def test_utf16_offsets_after_an_emoji_land_on_the_same_letters():
    # Label Studio's browser counts the emoji as 2: وبغداد starts at 7 units, not 6 points
    assert utf16_to_index(TEXT, W + 1) == W
    assert place(TEXT, W + 1, W + 7, "وبغداد") == (W, W + 6)
    assert place(TEXT, B + 1, B + 6, "بغداد") == (B, B + 5)
    assert utf16_to_index(TEXT, 5) is None  # inside the emoji's surrogate pair


def test_a_surface_string_moved_is_found_nearest_where_it_was_said():
    assert place(TEXT, B + 3, B + 8, "بغداد") == (B, B + 5)
    assert place(TEXT, 0, 3, "دمشق") is None
    assert place(TEXT, 30, 40) is None            # no surface: outside the text
    assert place(TEXT, W, W + 6) == (W, W + 6)    # no surface: taken as code points


def test_the_marks_of_the_last_letter_go_with_it():
    # a tokenizer that strips tashkeel reports بَغْدَاد without the final fatha
    assert tidy(TEXT, T, T + 8) == (T, T + 9)
    assert TEXT[T:T + 9] == "بَغْدَادَ"
    assert tidy(TEXT, 3, 4) is None  # white space only


def test_model_tokens_that_split_a_clitic_are_aligned_inside_the_word():
    got = align_tokens(TEXT, ["زار", "🏥", "و", "بغداد", "ثم", "بغداد", "."])
    assert got == [(0, 3), (4, 5), (W, W + 1), (B, B + 5), (13, 15), (T, T + 9),
                   (T + 9, T + 10)]
    assert [TEXT[a:b] for a, b in got] == ["زار", "🏥", "و", "بغداد", "ثم", "بَغْدَادَ", "."]


def test_model_tokens_that_keep_the_clitic_cover_the_whole_word():
    assert align_tokens(TEXT, ["زار", "🏥", "وبغداد"])[2] == (W, W + 6)


def test_a_token_not_in_the_text_is_skipped_and_reading_goes_on():
    got = align_tokens(TEXT, ["", "زار", "[UNK]", "وبغداد", ""])
    assert got == [None, (0, 3), None, (W, W + 6), None]   # [UNK] stood for the emoji
    # never jumps over text to find a token further on, unless the one before was lost
    assert align_tokens(TEXT, ["زار", "ثم"]) == [(0, 3), None]
