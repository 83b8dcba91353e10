from annotator.core.text import normalize, normalize_with_map


def test_tashkeel_tatweel_and_letter_forms_fold():
    assert normalize("قَالَ") == normalize("قال")
    assert normalize("مـــرحبا") == normalize("مرحبا")
    assert normalize("أحمد إلى آخر") == normalize("احمد الي اخر")
    assert normalize("مسؤول رئيس") == normalize("مسوول رييس")
    assert normalize("٢٠٢٢ COVID") == "2022 covid"


def test_map_points_back_to_original_offsets():
    text = "الرَّئِيسُ قال"
    norm, where = normalize_with_map(text)
    assert norm == "الرييس قال"
    assert len(where) == len(norm)
    at = norm.index("قال")
    assert text[where[at]:where[at + 2] + 1] == "قال"
