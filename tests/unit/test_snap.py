"""Snapping selections to tokens and exact characters; moving edges by token. No Qt."""
from annotator.core.snap import exact_edges, move_edge, snap_selection, snap_to_tokens

TEXT = "قال “الرئيس” إن وبغداد تحترق، والرَّئِيسُ 🏥 هنا"


def at(word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def test_snaps_to_whole_words_and_drops_space_and_quote_marks():
    s, e = at("“الرئيس”")
    assert TEXT.__getitem__(slice(*snap_to_tokens(TEXT, s - 1, e + 1))) == "الرئيس"
    s, _ = at("الرئيس")
    assert TEXT.__getitem__(slice(*snap_to_tokens(TEXT, s + 2, s + 3))) == "الرئيس"


def test_quote_marks_kept_when_asked():
    s, e = at("“الرئيس”")
    assert TEXT[slice(*snap_to_tokens(TEXT, s, e, keep_punct=True))] == "“الرئيس”"


def test_trailing_comma_dropped_and_nothing_left_is_none():
    s, e = at("تحترق،")
    assert TEXT[slice(*snap_selection(TEXT, s, e))] == "تحترق"
    s, _ = at("،")
    assert snap_selection(TEXT, s, s + 2) is None
    assert snap_selection(TEXT, 3, 3) is None


def test_exact_mode_keeps_a_span_inside_a_word():
    s, e = at("بغداد")
    assert TEXT[slice(*snap_selection(TEXT, s, e, exact=True))] == "بغداد"
    assert TEXT[slice(*snap_selection(TEXT, s, e))] == "وبغداد"


def test_exact_mode_never_splits_tashkeel():
    s, e = at("والرَّئِيسُ")
    # End before the damma, start on the shadda: both edges move out to whole letters.
    assert TEXT[s + 3] == "ر" and TEXT[s + 4] in "\u064e\u0651"
    assert TEXT[slice(*exact_edges(TEXT, s + 4, e - 1))] == "رَّئِيسُ"


def test_emoji_is_one_token():
    s, e = at("🏥")
    assert snap_selection(TEXT, s, e) == (s, e)


def test_move_edge_by_token():
    s, e = at("الرئيس")
    end = at("وبغداد")[1]
    assert TEXT[slice(*move_edge(TEXT, s, e, "end", 1))] == "الرئيس”"
    assert move_edge(TEXT, s, e, "end", -1) == (s, e)      # never empty
    assert move_edge(TEXT, s, e, "start", 1) == (s, e)
    s2, _ = at("إن")
    assert TEXT[slice(*move_edge(TEXT, s2, end, "start", 1))] == "وبغداد"
    assert TEXT[slice(*move_edge(TEXT, s2, end, "end", -1))] == "إن"


def test_move_edge_steps_inside_a_word_at_an_exact_edge():
    s, e = at("بغداد")
    assert TEXT[slice(*move_edge(TEXT, s, e, "start", -1))] == "وبغداد"


def test_long_text_only_a_window_is_tokenized():
    text = "كلمة " * 200_000 + "بغداد"
    s = len(text) - 5
    assert snap_selection(text, s + 1, s + 3) == (s, len(text))


def test_a_drag_begun_on_the_last_letter_of_a_short_word_keeps_the_word():
    from annotator.core.snap import include_pressed, snap_selection
    text = "من الدعم في حربها طويلة"
    fi = text.index("في")
    # Pressed on ي, past its middle: the caret (the drag's start) is after the word.
    assert snap_selection(text, fi + 2, text.index("حربها") + 5) == (fi + 3, fi + 8)
    assert snap_selection(text, fi + 2, text.index("حربها") + 5, pressed=fi + 1) == (fi, fi + 8)
    # Dragged the other way, from the first letter's first half: the same word kept.
    assert snap_selection(text, text.index("الدعم"), fi, pressed=fi) == (3, fi + 2)
    # A press on white space adds nothing; exact characters are taken as the caret shows them.
    assert include_pressed(text, fi + 2, fi + 5, fi + 2) == (fi + 2, fi + 5)
    assert snap_selection(text, fi + 2, fi + 8, exact=True, pressed=fi + 1) == (fi + 3, fi + 8)
