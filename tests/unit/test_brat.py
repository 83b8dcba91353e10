"""brat standoff: export to DIR/NAME.txt + .ann (T, R, A, # lines, code-point offsets), import
of a folder of pairs, and the round trip of spans, relations, attributes and notes."""
from annotator.cli import main
from annotator.core.store import Project

TEXT = "قال الوزير 🙂 في بغداد:\r\n«الوضع مستقر»."


def at(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


def make(path):
    with Project(path) as p:
        doc, _ = p.documents.add(TEXT, external_id="art/1")
        per = p.spans.add(doc, *at("الوزير"), "PER", attributes={"certainty": "high",
                                                                "note": "وزير الخارجية"})
        loc = p.spans.add(doc, *at("بغداد"), "LOC", attributes={"checked": True})
        quote = p.spans.add(doc, at("بغداد")[0], at("مستقر")[1], "QUOTE")  # over the line break
        p.spans.add_relation(doc, quote.id, per.id, "said_by")
        return per, loc, quote


def state(path):
    with Project(path) as p:
        doc = p.documents.ids()[0]
        spans = {s.id: s for s in p.spans.of(doc)}
        return (p.documents.text(doc),
                sorted((s.start, s.end, s.label, tuple(sorted(s.attributes.items())))
                       for s in spans.values()),
                sorted((spans[r.head].label, spans[r.tail].label, r.type)
                       for r in p.spans.relations(doc)))


def test_export_writes_pairs_with_code_point_offsets(tmp_path, capsys):
    db = tmp_path / "p.annotator"
    make(db)
    out = tmp_path / "brat"
    assert main(["export", "--format", "brat", "--db", str(db), "--out", str(out)]) == 0
    assert sorted(x.name for x in out.iterdir()) == ["art_1.ann", "art_1.txt"]
    assert (out / "art_1.txt").read_bytes() == TEXT.encode()  # the stored text exactly
    ann = (out / "art_1.ann").read_text(encoding="utf-8").splitlines()
    s, e = at("بغداد")
    assert f"T3\tLOC {s} {e}\tبغداد" in ann  # code points: the emoji counts one
    # a span over a line break is two fragments, as brat writes it
    q = TEXT.index("\r\n")
    assert f"T2\tQUOTE {s} {q};{q + 2} {at('مستقر')[1]}\tبغداد: «الوضع مستقر" in ann
    assert "R1\tsaid_by Arg1:T2 Arg2:T1" in ann
    assert "A1\tcertainty T1 high" in ann and "A2\tchecked T3" in ann
    assert "#1\tAnnotatorNotes T1\tوزير الخارجية" in ann


def test_round_trip_through_a_folder(tmp_path, capsys):
    db = tmp_path / "p.annotator"
    make(db)
    out = tmp_path / "brat"
    main(["export", "--format", "brat", "--db", str(db), "--out", str(out)])
    again = tmp_path / "q.annotator"
    assert main(["import", str(out), "--db", str(again)]) == 0
    err = capsys.readouterr().err
    assert "read as: brat 1 file" in err and "1 document imported" in err
    assert state(again) == state(db)


def test_import_refuses_offsets_that_are_not_code_points(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("🙂 بغداد عاصمة العراق", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tLOC 3 8\tبغداد\n", encoding="utf-8")  # UTF-16 count
    code = main(["import", str(folder), "--db", str(tmp_path / "p.annotator")])
    err = capsys.readouterr().err
    assert code == 1 and f"{folder / 'a.ann'}:1: 'بغداد' is not the text at 3 8" in err


def test_txt_without_ann_in_a_folder_stays_plain_text(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("نص أول", encoding="utf-8")
    (folder / "b.txt").write_text("نص ثان عن بغداد", encoding="utf-8")
    (folder / "b.ann").write_text("T1\tLOC 10 15\tبغداد\n", encoding="utf-8")
    db = tmp_path / "p.annotator"
    assert main(["import", str(folder), "--db", str(db)]) == 0
    assert "read as: brat 1 file, txt 1 file" in capsys.readouterr().err
    with Project(db) as p:
        assert p.documents.count() == 2 and p.spans.count() == 1
