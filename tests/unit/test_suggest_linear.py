"""The quote rules and the names suggester are linear in a document's length and hold only
the paragraph at hand. The quote rules never reach across a paragraph break, so a document
gives exactly what its paragraphs give one by one (moved to where they stand): checked on
paragraphs built at random from the words the rules turn on, and on the committed paragraph
set run as one long document; the work and the memory grow in step with the text. The names
suggester proposes what its plain version (suggest_reference.py) proposed."""
import json
import sys
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from annotator.suggest import quotes as quotes_module
from annotator.suggest.base import Mark, ProposedLink, ProposedSpan, Proposals
from annotator.suggest.names import NameSuggester
from annotator.suggest.quotes import QuoteOptions, QuoteSuggester
from suggest_reference import reference_names  # the plain version

PARAGRAPHS = Path(__file__).parents[1] / "data" / "quotes" / "paragraphs.jsonl"

# The words and marks the rules look at, in several written forms, and some that are nothing
# to them; glued to their neighbours or not.
PIECES = [
    "قال", "وقال", "فقالت", "أكد", "وأضافت", "يقول", "قائلا", "أضاف", "وأكدت",
    "أن", "إن", "بأن", "أنه", "وأن", "بحسب", "وفقا", "نقلا", "عن", "لـ", "ما", "قول",
    "في", "على", "علي", "أمس", "قد", "لقد", "الوزير", "وزارة", "الحكومة", "سلمى", "الراشد",
    "للصحفيين", "لوزير", "الخارجية", "أحمد", "سعيد", "اَحْمَد", "سعـــيد", "بغداد", "وبغداد",
    "الأمم", "المتحدة", "للعراق", "ب", "x", "12", "«", "»", "“", "”", '"', "«َ", ".", "!",
    "؟", "…", "،", ",", "،ِ", ":", "\n", "\n\n", "\r\n", "ـ", "\u064e", " ", "  ",
]
SPEAKER_LABELS = ["PER", "ORG", "PERS", "LOC", "NORP"]


@st.composite
def documents(draw):
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", " "])),
                          max_size=120))
    text = "".join(p + sep for p, sep in parts)
    marks = []
    for _ in range(draw(st.integers(0, 12))):
        if not text:
            break
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 20)))
        span_id = draw(st.one_of(st.none(), st.integers(1, 50)))
        marks.append(Mark(start, end, draw(st.sampled_from(SPEAKER_LABELS)), "entity", span_id))
    return text, marks


def same(got, want):
    assert got.spans == want.spans
    assert got.links == want.links


def shifted(parts: list[tuple[Proposals, int]]) -> Proposals:
    """Each paragraph's proposals moved by its offset, one after another, as one run gives."""
    out = Proposals()
    for got, offset in parts:
        base = len(out.spans)
        out.spans += [ProposedSpan(s.start + offset, s.end + offset, s.label, s.layer, s.score,
                                   s.origin, dict(s.attributes)) for s in got.spans]
        out.links += [ProposedLink(k.head + base, k.type, k.score, k.origin,
                                   None if k.tail is None else k.tail + base, k.tail_span)
                      for k in got.links]
    return out


BREAKS = ("\n", "\n\n")
ONE_PARAGRAPH = [p for p in PIECES if "\n" not in p]


@st.composite
def paragraphs(draw):
    """Two to four paragraphs, each with marks of its own."""
    out = []
    for _ in range(draw(st.integers(2, 4))):
        parts = draw(st.lists(st.tuples(st.sampled_from(ONE_PARAGRAPH),
                                        st.sampled_from([" ", "", " "])), max_size=60))
        text = "".join(p + sep for p, sep in parts)
        marks = []
        for _ in range(draw(st.integers(0, 6)) if text else 0):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, min(len(text), start + 20)))
            marks.append(Mark(start, end, draw(st.sampled_from(SPEAKER_LABELS)), "entity",
                              draw(st.one_of(st.none(), st.integers(1, 50)))))
        out.append((text, marks))
    return out


def one_by_one(paras, sep, options):
    text, known, parts, at = "", [], [], 0
    for n, (para, marks) in enumerate(paras):
        if n:
            text += sep
            at += len(sep)
        text += para
        known += [Mark(m.start + at, m.end + at, m.label, m.layer, m.span_id) for m in marks]
        parts.append((QuoteSuggester(options).suggest(para, marks), at))
        at += len(para)
    return text, known, shifted(parts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs(), st.sampled_from(BREAKS), st.booleans())
@example([("وقال الوزير: «سنبدأ العمل غدا في كل المدن».", []),    # a speaker stays in its
          ("وأضاف: «لا داعي للقلق أبدا في هذه المرحلة».", [])],   # paragraph
         "\n", False)
def test_a_document_gives_what_its_paragraphs_give_one_by_one(paras, sep, marks_inside):
    options = QuoteOptions(marks_inside=marks_inside)
    text, known, want = one_by_one(paras, sep, options)
    same(QuoteSuggester(options).suggest(text, known), want)


@settings(max_examples=200, deadline=None)
@given(documents())
def test_names_propose_what_the_plain_suggester_proposed(doc):
    text, _ = doc
    s = NameSuggester()
    for name, label in [("بغداد", "LOC"), ("الأمم المتحدة", "ORG"), ("أحمد سعيد", "PER"),
                        ("العراق", "LOC"), ("سلمى الراشد قد", "PER"), ("الوزير", "PER")]:
        s.add(name, label)
    same(s.suggest(text), reference_names(s, text))


def paragraph_document(copies: int, sep: str = "\n"):
    """The committed paragraphs `copies` times over as one text, their entities known."""
    docs = [json.loads(line) for line in PARAGRAPHS.read_text(encoding="utf-8").splitlines()]
    parts, known, at = [], [], 0
    for _ in range(copies):
        for d in docs:
            parts.append(d["text"])
            known += [Mark(s["start"] + at, s["end"] + at, s["label"], s["layer"], None)
                      for s in d["spans"] if s["layer"] == "entity"]
            at += len(d["text"]) + len(sep)
    return sep.join(parts), known


def test_the_paragraph_set_as_one_long_document_gives_what_each_paragraph_gives():
    docs = [json.loads(line) for line in PARAGRAPHS.read_text(encoding="utf-8").splitlines()]
    paras = [(d["text"], [Mark(s["start"], s["end"], s["label"], s["layer"], None)
                          for s in d["spans"] if s["layer"] == "entity"]) for d in docs] * 3
    for sep in BREAKS:
        text, known, want = one_by_one(paras, sep, QuoteOptions())
        assert len(want.spans) > 40
        same(QuoteSuggester().suggest(text, known), want)


def work_of(text, known):
    """Lines of the quote rules run, and code points normalised, for one suggest call."""
    lines = chars = 0
    here = quotes_module.__file__.rsplit("/", 1)[0]

    def local(frame, event, arg):
        nonlocal lines
        lines += event == "line"
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(here) else None

    real_norm = quotes_module.norm

    def counting_norm(s):
        nonlocal chars
        chars += len(s)
        return real_norm(s)

    quotes_module.norm = counting_norm
    sys.settrace(trace)
    try:
        QuoteSuggester().suggest(text, known)
    finally:
        sys.settrace(None)
        quotes_module.norm = real_norm
    return lines, chars


def test_the_work_grows_in_step_with_the_document():
    """Four times the text is at most about four times the work (the plain rules: 6.7 times
    the lines and 52 times the characters at these sizes)."""
    small = work_of(*paragraph_document(4))
    large = work_of(*paragraph_document(16))
    assert large[0] <= 4.4 * small[0]
    assert large[1] <= 4.4 * max(small[1], 1)


def peak_of(call):
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_follows_the_paragraph_not_the_document():
    """Plain text with one quote at its end: the suggesters' peak memory (beyond the text)
    is the same for 1 and 4 times the text (the plain ones held every token: 4 times)."""
    para = "وأكد المسؤول في المدينة خلال الاجتماع الذي عقد أمس على أهمية التعاون بين الجهات. "
    tail = "\nوقال الوزير: «سنبدأ العمل غدا في كل المدن»."
    names = NameSuggester()
    names.add("بغداد", "LOC")  # not in the text: nothing found, nothing to hold
    peaks = []
    for copies in (2_000, 8_000):
        text = (para * 20 + "\n") * (copies // 20) + tail
        peaks.append((peak_of(lambda: QuoteSuggester().suggest(text)),
                      peak_of(lambda: names.suggest(text))))
    (q_small, n_small), (q_large, n_large) = peaks
    assert q_large < 1.5 * q_small
    assert n_large < 1.5 * n_small


def test_project_names_are_cut_from_each_text_read_once(tmp_path):
    """names_from_project gives the names the SQL substr() gave, and reads each text once
    (substr() walked the text from its start for every span: 11 s for 1,354 spans on 5 MB)."""
    from annotator.core.store import Project
    from annotator.suggest.names import names_from_project
    project = Project(tmp_path / "p.annotator")
    a, _ = project.documents.add("زار الرئيس دمشق أمس ثم بغداد")
    b, _ = project.documents.add("وفي دمشق اجتماع مع الرئيس 😀 سعيد")
    for doc, start, end, label in [(a, 4, 10, "PER"), (a, 11, 15, "LOC"), (a, 23, 28, "ORG"),
                                   (b, 4, 8, "ORG"), (b, 19, 25, "ORG"), (b, 28, 32, "PER")]:
        project.spans.add(doc, start, end, label)
    plain = NameSuggester()
    plain.add_many(project.conn.execute(
        "SELECT substr(d.text, s.start + 1, s.end - s.start), s.label, l.layer FROM spans s "
        "JOIN labels l ON l.name = s.label JOIN documents d ON d.id = s.doc_id "
        "WHERE l.layer IN ('entity') ORDER BY s.doc_id, s.start, s.end DESC, s.id"))
    statements = []
    project.conn.set_trace_callback(statements.append)
    names = names_from_project(project)
    project.conn.set_trace_callback(None)
    assert names._counts == plain._counts and list(names._counts) == list(plain._counts)
    assert not any("substr" in s for s in statements)
    text = "الرئيس في دمشق وبغداد مع سعيد"
    same(names.suggest(text), plain.suggest(text))
