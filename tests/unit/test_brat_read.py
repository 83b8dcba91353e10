"""What brat and INCEpTION write that a plain reading got wrong: a discontinuous span (was
widened over the text between its pieces), notes of other kinds than AnnotatorNotes (were
dropped), an M line on an event (refused the whole file), and spans whose text holds U+2028,
U+0085, VT, FF or FS (str.splitlines() cut the .ann line there). Every warning names its line."""
import pytest

from annotator.cli import main
from annotator.core.store import Project
from annotator.formats.brat import FRAGMENT
from annotator.formats.importer import import_paths


def pair(folder, text, ann, name="doc"):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (folder / f"{name}.ann").write_bytes(ann.encode("utf-8"))
    return folder / f"{name}.ann"


def spans_of(project):
    doc = project.documents.ids()[0]
    text = project.documents.text(doc)
    spans = {s.id: s for s in project.spans.of(doc)}
    return text, spans, project.spans.relations(doc)


def test_discontinuous_span_becomes_its_pieces_linked(project, tmp_path):
    text = "Abdomen: soft, the body: swollen."
    ann = pair(tmp_path / "b", text, "T1\tMISC 0 7\tAbdomen\n"
               "T2\tLOC 0 8;19 24\tAbdomen: body:\n"
               "A1\tchecked T2\n")
    summary = import_paths(project, [ann.parent])
    assert summary.refused_files == []
    text, spans, links = spans_of(project)
    got = sorted((text[s.start:s.end], s.label) for s in spans.values())
    assert got == [("Abdomen", "MISC"), ("Abdomen:", "LOC"), ("body:", "LOC")]  # not 0-24
    (link,) = links
    assert (text[spans[link.head].start:spans[link.head].end], link.type) == ("Abdomen:", FRAGMENT)
    assert text[spans[link.tail].start:spans[link.tail].end] == "body:"
    assert spans[link.head].attributes == {"checked": True}  # what names T2 goes to its head
    assert summary.warnings == [f"{ann}:2: T2 is a discontinuous span: stored as its 2 pieces, "
                                f"each linked to the next by 'fragment'"]


def test_fragments_cut_at_a_line_break_are_one_span_again(project, tmp_path):
    text = "قال الوزير\r\n  في بغداد"
    end = len(text)
    ann = pair(tmp_path / "b", text, f"T1\tQUOTE 4 10;14 {end}\tالوزير في بغداد\n")
    summary = import_paths(project, [ann.parent])
    _, spans, links = spans_of(project)
    assert [(s.start, s.end) for s in spans.values()] == [(4, end)] and not links
    assert not summary.warnings


def test_overlapping_fragments_are_refused_naming_the_line(project, tmp_path):
    ann = pair(tmp_path / "b", "abcdefgh", "T1\tPER 0 1\ta\nT2\tPER 0 4;2 6\tabcd cdef\n")
    summary = import_paths(project, [ann.parent])
    assert summary.errors == [f"{ann}:2: the fragments of this span overlap"]


def test_notes_of_other_kinds_are_kept_and_go_out_again(tmp_path, capsys):
    text = "ذهب الوزير إلى بغداد"
    ann = pair(tmp_path / "b", text, "T1\tPER 4 10\tالوزير\n"
               "#1\tAnnotatorNotes T1\tوزير الخارجية\n"
               "#2\tLemma T1\tوزير\n")
    db = tmp_path / "p.annotator"
    assert main(["import", str(ann.parent), "--db", str(db)]) == 0
    with Project(db) as p:
        _, spans, _ = spans_of(p)
        (span,) = spans.values()
        assert span.attributes == {"note": "وزير الخارجية", "#Lemma": "وزير"}
    out = tmp_path / "out"
    assert main(["export", "--format", "brat", "--db", str(db), "--out", str(out)]) == 0
    written = (out / "doc.ann").read_text(encoding="utf-8").split("\n")
    assert "#1\tAnnotatorNotes T1\tوزير الخارجية" in written and "#2\tLemma T1\tوزير" in written


def test_events_and_what_is_said_of_them_are_ignored_with_a_warning_each(project, tmp_path):
    text = "The attack on Baghdad failed."
    ann = pair(tmp_path / "b", text, "T1\tLOC 14 21\tBaghdad\n"
               "T2\tAttack 4 10\tattack\n"
               "E1\tAttack:T2 Target:T1\n"
               "M1\tNegation E1\n"
               "A2\tSpeculation E1\n"
               "#1\tAnnotatorNotes E1\ta note on an event\n"
               "N1\tReference T1 Wikipedia:1 Baghdad\n")
    summary = import_paths(project, [ann.parent])
    assert summary.refused_files == [] and summary.documents == 1
    _, spans, _ = spans_of(project)
    assert sorted(s.label for s in spans.values()) == ["Attack", "LOC"]
    assert summary.warnings == [
        f"{ann}:4: M1 ignored: it is on E1, which is not a text span (T line), and only text "
        "spans are stored",
        f"{ann}:5: A2 ignored: it is on E1, which is not a text span (T line), and only text "
        "spans are stored",
        f"{ann}:6: #1 ignored: it is on E1, which is not a text span (T line), and only text "
        "spans are stored",
        f"{ann}:3: 2 line(s) of kinds other than T, R, A, M and # (events, normalizations, "
        "equivalences) were ignored, the first here"]


def test_a_line_naming_nothing_is_refused_with_its_line(project, tmp_path):
    ann = pair(tmp_path / "b", "abc def", "T1\tPER 0 3\tabc\n\nA1\tchecked T9\n")
    summary = import_paths(project, [ann.parent])
    assert summary.errors == [f"{ann}:3: T9 names no line of the file"]


def brat_ann(text, spans):
    """An .ann as brat itself writes it (server/src/annotator.py, creating a span): the
    selection cut at "\\n" only, white space stripped from each piece, the pieces' texts joined
    with a space; every other character (U+2028, U+0085, ...) stays inside the line."""
    lines = []
    for n, (start, end, label) in enumerate(spans, start=1):
        pieces, pos = [], start
        for segment in text[start:end].split("\n"):
            a, b = pos, pos + len(segment)
            pos = b + 1
            a += len(segment) - len(segment.lstrip())
            b -= len(segment) - len(segment.rstrip())
            if a != b:
                pieces.append((a, b))
        where = ";".join(f"{a} {b}" for a, b in pieces)
        lines.append(f"T{n}\t{label} {where}\t" + " ".join(text[a:b] for a, b in pieces))
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("char", ["\u2028", "\x85", "\x0b", "\x0c", "\x1c", "\u2029"])
def test_brats_own_export_of_spans_over_other_line_breaks_reads_back(project, tmp_path, char):
    text = f"قال الوزير{char}إن الوضع مستقر\nفي بغداد{char}اليوم"
    quote = (text.index("الوزير"), text.index("بغداد") + len("بغداد"))
    loc = (text.index("بغداد"), text.index("بغداد") + len("بغداد"))
    ann = pair(tmp_path / "b", text, brat_ann(text, [(*quote, "QUOTE"), (*loc, "LOC")]))
    summary = import_paths(project, [ann.parent])
    assert summary.errors == [] and not summary.warnings
    stored, spans, links = spans_of(project)
    assert stored == text and not links
    assert sorted((s.start, s.end, s.label) for s in spans.values()) == \
        sorted([(*quote, "QUOTE"), (*loc, "LOC")])


def test_our_export_of_spans_over_every_line_break_reads_back(tmp_path):
    words = "قال الوزير إن الوضع في بغداد مستقر اليوم".split()
    text = "".join(w + c for w, c in zip(words, "\u2028\x85\x0b\x0c\x1c\u2029\t")) + "\r\n" + \
        words[-1]
    db, again = tmp_path / "p.annotator", tmp_path / "q.annotator"
    with Project(db) as p:
        doc, _ = p.documents.add(text)
        p.spans.add(doc, 0, len(text), "QUOTE")
        starts = [0] + [i + 1 for i, c in enumerate(text) if c in "\u2028\x85\x0b\x0c\x1c\u2029\t"]
        for a, b in zip(starts, starts[2:]):  # two words and what is between them
            p.spans.add(doc, a, b - 1, "PER")
    out = tmp_path / "out"
    assert main(["export", "--format", "brat", "--db", str(db), "--out", str(out)]) == 0
    assert main(["import", str(out), "--db", str(again)]) == 0
    with Project(db) as p, Project(again) as q:
        assert spans_of(p)[0] == spans_of(q)[0]
        assert sorted((s.start, s.end, s.label) for s in spans_of(p)[1].values()) == \
            sorted((s.start, s.end, s.label) for s in spans_of(q)[1].values())
