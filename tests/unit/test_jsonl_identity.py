"""Native JSONL: export -> import -> export gives the same bytes, also when the project made
its spans out of text order (ids are the file's own, counted in the order spans go out) and
when the record carries statuses by annotator (the importing annotator gains none)."""
from annotator.cli import main
from annotator.core.store import Project

TEXT = "قال الوزير: «الوضع مستقر» في بغداد.\r\nوأضاف أن الوفد وصل 🙂 اليوم."


def at(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


def test_export_import_export_is_byte_identical_with_ids_out_of_text_order(tmp_path):
    db = tmp_path / "a.annotator"
    with Project(db) as p:
        doc, _ = p.documents.add(TEXT, meta={"source": "test"}, external_id="art-1")
        loc = p.spans.add(doc, *at("بغداد"), "LOC", annotator="sara")  # made first, last in text
        per = p.spans.add(doc, *at("الوزير"), "PER", annotator="sara",
                          attributes={"note": "وزير الخارجية", "checked": True})
        quote = p.spans.add(doc, *at("«الوضع مستقر»"), "QUOTE", annotator="mona")
        p.spans.add(doc, *at("الوفد"), "ORG", annotator="mona", origin="quotes")
        p.spans.add_relation(doc, quote.id, per.id, "said_by", annotator="mona")
        p.spans.add_relation(doc, loc.id, per.id, "located", annotator="sara")
        p.statuses.set(doc, "sara", "done")
        p.statuses.set(doc, "mona", "in_progress")
        other, _ = p.documents.add("نص ثان بلا مقاطع")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["export", "--format", "jsonl", "--db", str(db), "--out", str(first)]) == 0
    again = tmp_path / "b.annotator"
    assert main(["import", str(first), "--db", str(again), "--annotator", "lead"]) == 0
    assert main(["export", "--format", "jsonl", "--db", str(again), "--out", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()
