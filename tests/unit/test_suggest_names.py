"""The names suggester: the project's own names found again, clitics outside the span."""
from annotator.suggest.names import GazetteerError, NameSuggester, names_from_project


def found(s: NameSuggester, text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.label) for p in s.suggest(text).spans]


def test_clitic_joined_names_are_found_with_the_clitic_outside():
    s = NameSuggester()
    s.add("بغداد", "LOC")
    s.add("الأمم المتحدة", "ORG")
    text = "وصل إلى وبغداد ثم فبغداد وببغداد، وقالت الأمم المتحدة وللأمم المتحدة مكتب."
    assert found(s, text) == [("بغداد", "LOC")] * 3 + [("الأمم المتحدة", "ORG"),
                                                      ("لأمم المتحدة", "ORG")]
    spans = s.suggest(text).spans
    assert text[spans[0].start - 1] == "و" and spans[0].origin == "names"


def test_article_after_a_preposition_keeps_its_lam_in_the_span():
    s = NameSuggester()
    s.add("العراق", "LOC")
    assert found(s, "سافر للعراق وبالعراق") == [("لعراق", "LOC"), ("العراق", "LOC")]


def test_matches_ignore_tashkeel_tatweel_and_alef_forms():
    s = NameSuggester()
    s.add("أحمد سعيد", "PER")
    text = "التقى اَحْمَد سعـــيد ثم احمد سعيد ثم إحمد سعيد"
    assert [t for t, _ in found(s, text)] == ["اَحْمَد سعـــيد", "احمد سعيد", "إحمد سعيد"]


def test_longest_name_wins_and_a_half_name_is_not_matched():
    s = NameSuggester()
    s.add("مجلس الأمن", "ORG")
    s.add("مجلس", "ORG")
    s.add("الأمن الدولي", "ORG")
    assert found(s, "اجتمع مجلس الأمن الدولي") == [("مجلس الأمن", "ORG")]


def test_the_majority_label_wins_with_its_share_as_score():
    s = NameSuggester()
    for label in ("LOC", "LOC", "ORG"):
        s.add("حلب", label)
    (p,) = s.suggest("في حلب").spans
    assert p.label == "LOC" and p.score == round(2 / 3, 3)


def test_gazetteer_file_adds_names_and_a_bad_line_names_file_and_line(tmp_path):
    gaz = tmp_path / "names.txt"
    gaz.write_text("# names\nنهر دجلة\tLOC\nوزارة الصحة ORG\n", encoding="utf-8")
    s = NameSuggester()
    assert s.add_gazetteer(gaz, {"LOC": "entity", "ORG": "entity"}) == 2
    assert found(s, "فاض ونهر دجلة وقالت وزارة الصحة") == [("نهر دجلة", "LOC"),
                                                         ("وزارة الصحة", "ORG")]
    gaz.write_text("نهر دجلة\tLOC\nالنيل\tRIVER\n", encoding="utf-8")
    try:
        NameSuggester().add_gazetteer(gaz, {"LOC": "entity"})
    except GazetteerError as exc:
        assert str(exc) == f"{gaz}:2: unknown label 'RIVER'"
    else:
        raise AssertionError("a bad label was accepted")


def test_names_come_from_the_projects_spans(project):
    doc, _ = project.documents.add("زار الرئيس دمشق أمس")
    project.spans.add(doc, 11, 15, "LOC")
    other, _ = project.documents.add("وفي دمشق اجتماع")
    names = names_from_project(project)
    (p,) = names.suggest(project.documents.text(other)).spans
    assert (p.start, p.end, p.label, p.layer) == (4, 8, "LOC", "entity")
