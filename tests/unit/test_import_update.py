"""`import --update`: a document exported, corrected in another tool and imported back takes
the file's spans, links, attributes and notes for the importing annotator, in one transaction,
for every format that carries annotations; other annotators' work is untouched; without
--update it is skipped as a duplicate, as before."""
import json

import pytest

from annotator.cli import main
from annotator.core.store import Project

TEXT = "قال الوزير: «الوضع مستقر» في بغداد.\nوأضاف أن الوفد وصل اليوم."


def at(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as p:
        doc, _ = p.documents.add(TEXT, external_id="art-1")
        p.documents.add("نص آخر لا يمسه التحديث عن دمشق.")
        per = p.spans.add(doc, *at("الوزير"), "PER", annotator="sara",
                          attributes={"note": "وزير الخارجية"})
        loc = p.spans.add(doc, *at("بغداد"), "LOC", annotator="sara",
                          attributes={"checked": True})
        quote = p.spans.add(doc, *at("«الوضع مستقر»"), "QUOTE", annotator="sara")
        p.spans.add_relation(doc, quote.id, per.id, "said_by", annotator="sara")
        org = p.spans.add(doc, *at("الوفد"), "ORG", annotator="mona")
        p.spans.add(doc, *at("الوزير"), "PER", annotator="mona")
        p.spans.add_relation(doc, org.id, loc.id, "near", annotator="mona")  # to sara's span
    return path


def state(path):
    """Per annotator: spans (text, label, attributes) with their ids, and links."""
    with Project(path) as p:
        doc = p.documents.ids()[0]
        spans = {s.id: s for s in p.spans.of(doc)}
        out = {}
        for name in ("sara", "mona"):
            out[name] = (
                sorted((s.id, TEXT[s.start:s.end], s.label, tuple(sorted(s.attributes.items())))
                       for s in spans.values() if s.annotator == name),
                sorted((TEXT[spans[r.head].start:spans[r.head].end],
                        TEXT[spans[r.tail].start:spans[r.tail].end], r.type)
                       for r in p.spans.relations(doc) if r.annotator == name))
        return out, p.documents.count(), p.spans.count()


# ---- the edits a user makes in each tool: LOC -> GPE on بغداد, الوزير (PER) deleted with
# ---- what hangs on it, اليوم marked MISC and linked to the quote as its speaker

def edit_brat(out):
    ann = out / "art-1.ann"
    lines = ann.read_text(encoding="utf-8").split("\n")
    tid = {line.split("\t")[2]: line.split("\t")[0] for line in lines if line.startswith("T")}
    per = tid["الوزير"]
    kept = []
    for line in lines:
        if line.startswith(per + "\t") or f" {per}" in line or f":{per}" in line:
            continue  # brat deletes a span with its notes, attributes and relations
        kept.append(line.replace("\tLOC ", "\tGPE ") if line.startswith(tid["بغداد"] + "\t")
                    else line)
    s, e = at("اليوم")
    kept.insert(-1, f"T9\tMISC {s} {e}\tاليوم")
    kept.insert(-1, f"R9\tsaid_by Arg1:{tid['«الوضع مستقر»']} Arg2:T9")
    ann.write_text("\n".join(kept), encoding="utf-8")
    return out


def edit_jsonl(out):
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rec = records[0]
    by_text = {(s["text"], s["annotator"]): s for s in rec["spans"]}
    per = by_text[("الوزير", "sara")]["id"]
    rec["spans"] = [s for s in rec["spans"] if s["id"] != per]
    rec["relations"] = [r for r in rec["relations"] if per not in (r["head"], r["tail"])]
    by_text[("بغداد", "sara")]["label"] = "GPE"
    by_text[("بغداد", "sara")]["layer"] = "entity"
    s, e = at("اليوم")
    rec["spans"].append({"id": 99, "start": s, "end": e, "label": "MISC"})  # no annotator
    rec["relations"].append({"head": by_text[("«الوضع مستقر»", "sara")]["id"], "tail": 99,
                             "type": "said_by"})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    return out


def edit_doccano(out):
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rec = records[0]
    text = rec["text"]
    by_text = {text[x["start_offset"]:x["end_offset"]]: x for x in rec["entities"]}
    per = by_text["الوزير"]["id"]
    rec["entities"] = [x for x in rec["entities"] if x["id"] != per]
    rec["relations"] = [r for r in rec["relations"] if per not in (r["from_id"], r["to_id"])]
    by_text["بغداد"]["label"] = "GPE"
    s, e = at("اليوم")
    rec["entities"].append({"id": 99, "label": "MISC", "start_offset": s, "end_offset": e})
    rec["relations"].append({"id": 98, "from_id": by_text["«الوضع مستقر»"]["id"], "to_id": 99,
                             "type": "said_by"})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    return out


def edit_labelstudio(out):
    tasks = json.loads(out.read_text(encoding="utf-8"))
    results = tasks[0]["annotations"][0]["result"]
    by_text = {r["value"]["text"]: r for r in results if r["type"] == "labels"}
    per = by_text["الوزير"]["id"]
    results[:] = [r for r in results
                  if per not in (r.get("id"), r.get("from_id"), r.get("to_id"))]
    by_text["بغداد"]["value"]["labels"] = ["GPE"]
    s, e = at("اليوم")
    results.append({"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
                    "value": {"start": s, "end": e, "text": "اليوم", "labels": ["MISC"]}})
    results.append({"type": "relation", "from_id": by_text["«الوضع مستقر»"]["id"],
                    "to_id": "new1", "direction": "right", "labels": ["said_by"]})
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def edit_spacy(out):
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rec = records[0]
    tokens = {t["text"]: t["id"] for t in rec["tokens"]}
    rec["spans"] = [s for s in rec["spans"] if rec["text"][s["start"]:s["end"]] != "الوزير"]
    for span in rec["spans"]:
        if rec["text"][span["start"]:span["end"]] == "بغداد":
            span["label"] = "GPE"
    s, e = at("اليوم")  # as Prodigy adds a span: token offsets with the characters'
    rec["spans"].append({"start": s, "end": e, "label": "MISC",
                         "token_start": tokens["اليوم"], "token_end": tokens["اليوم"]})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    return out


def edit_conll(out):
    lines = out.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        cols = line.split(" ")
        if cols[0] == "الوزير" and cols[1] == "B-PER":
            cols[1] = "O"
        elif cols[0] == "بغداد" and cols[1] == "B-LOC":
            cols[1] = "B-GPE"
        elif cols[0] == "اليوم":
            cols[1] = "B-MISC"
        lines[i] = " ".join(cols)
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


NAMES = {"brat": "brat", "jsonl": "out.jsonl", "doccano": "doccano.jsonl",
         "labelstudio": "tasks.json", "spacy": "spacy.jsonl", "conll": "out.conll"}

FORMATS = {  # format: (export arguments, edit, carries links)
    "brat": (["--annotator", "sara"], edit_brat, True),
    "jsonl": ([], edit_jsonl, True),   # every annotator's spans: mona's are left alone
    "doccano": (["--annotator", "sara"], edit_doccano, True),
    "labelstudio": (["--annotator", "sara"], edit_labelstudio, True),
    "spacy": (["--annotator", "sara"], edit_spacy, False),
    "conll": (["--annotator", "sara", "--layers", "entity,quote"], edit_conll, False),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_corrected_export_updates_the_annotators_work(db, tmp_path, fmt, capsys):
    export_args, edit, links = FORMATS[fmt]
    before, documents, _ = state(db)
    out = tmp_path / NAMES[fmt]
    assert main(["export", "--format", fmt, "--db", str(db), "--out", str(out),
                 *export_args]) == 0
    edit(out)
    capsys.readouterr()
    assert main(["import", str(out), "--db", str(db), "--annotator", "sara", "--update"]) == 0
    err = capsys.readouterr().err
    assert "1 document updated: 1 span added, 1 changed, 1 removed" in err, err
    after, documents_after, _ = state(db)
    assert documents_after == documents  # nothing imported as new
    assert after["mona"] == before["mona"]  # her spans, their ids, her link to sara's span
    ids = {text: sid for sid, text, _, _ in before["sara"][0]}
    got = {text: (sid, label, attrs) for sid, text, label, attrs in after["sara"][0]}
    assert set(got) == {"«الوضع مستقر»", "بغداد", "اليوم"}
    assert got["«الوضع مستقر»"] == (ids["«الوضع مستقر»"], "QUOTE", ())  # kept as it was
    assert got["بغداد"] == (ids["بغداد"], "GPE", (("checked", True),))  # relabelled in place
    assert got["اليوم"][1:] == ("MISC", ())
    # the link to the deleted span went with it; the new one came from the file
    assert after["sara"][1] == ([("«الوضع مستقر»", "اليوم", "said_by")] if links else [])


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_update_the_document_is_skipped_as_before(db, tmp_path, fmt, capsys):
    export_args, edit, _ = FORMATS[fmt]
    before = state(db)
    out = tmp_path / NAMES[fmt]
    main(["export", "--format", fmt, "--db", str(db), "--out", str(out), *export_args])
    edit(out)
    capsys.readouterr()
    main(["import", str(out), "--db", str(db), "--annotator", "sara"])
    err = capsys.readouterr().err
    assert "updated" not in err
    if fmt != "conll":  # a CoNLL text is its tokens joined by spaces: a new document
        assert "2 duplicates skipped" in err
        assert state(db) == before


def test_notes_and_attributes_come_back_from_brat(db, tmp_path, capsys):
    out = tmp_path / "brat"
    main(["export", "--format", "brat", "--db", str(db), "--out", str(out),
          "--annotator", "sara"])
    ann = out / "art-1.ann"
    text = ann.read_text(encoding="utf-8")
    assert "AnnotatorNotes" in text and "\tchecked " in text
    text = text.replace("وزير الخارجية", "وزير الدفاع").replace("\tchecked ", "\treviewed ")
    ann.write_text(text + "#9\tLemma T1\tوزير\n", encoding="utf-8")
    assert main(["import", str(out), "--db", str(db), "--annotator", "sara", "--update"]) == 0
    assert "1 document updated: 0 spans added, 2 changed, 0 removed" in capsys.readouterr().err
    with Project(db) as p:
        spans = {(TEXT[s.start:s.end], s.annotator): s for s in p.spans.of(1)}
        assert spans[("الوزير", "sara")].attributes == {"note": "وزير الدفاع", "#Lemma": "وزير"}
        assert spans[("بغداد", "sara")].attributes == {"reviewed": True}
        assert spans[("الوزير", "mona")].attributes == {}


def test_a_refused_file_updates_nothing(db, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    main(["export", "--format", "jsonl", "--db", str(db), "--out", str(out)])
    edit_jsonl(out)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "PER"}]}\n')
    before = state(db)
    assert main(["import", str(out), "--db", str(db), "--annotator", "sara", "--update"]) == 1
    err = capsys.readouterr().err
    assert f"{out}:3: spans[0]: offsets [0, 9) are outside the text" in err
    assert "0 documents updated" in err
    assert state(db) == before


def test_an_update_by_another_annotator_leaves_saras_work(db, tmp_path, capsys):
    out = tmp_path / "brat"
    main(["export", "--format", "brat", "--db", str(db), "--out", str(out),
          "--annotator", "sara"])
    edit_brat(out)
    before, _, _ = state(db)
    assert main(["import", str(out), "--db", str(db), "--annotator", "lina", "--update"]) == 0
    after, _, _ = state(db)
    assert after == before  # sara and mona as they were; lina has the file's spans
    with Project(db) as p:
        assert sorted((TEXT[s.start:s.end], s.label) for s in p.spans.of(1)
                      if s.annotator == "lina") == [
            ("«الوضع مستقر»", "QUOTE"), ("اليوم", "MISC"), ("بغداد", "GPE")]


def test_an_update_is_one_transaction_however_many_files(db, tmp_path, monkeypatch):
    """Batches of files commit one by one in a plain import; an update commits once, so a
    crash or a full disk half way leaves no document updated and another not."""
    from annotator.core.events import Kind
    from annotator.formats import importer
    monkeypatch.setattr(importer, "_BATCH_FILES", 1)
    out = tmp_path / "brat"
    main(["export", "--format", "brat", "--db", str(db), "--out", str(out),
          "--annotator", "sara"])
    edit_brat(out)
    (out / "new.txt").write_text("مقال جديد عن حلب", encoding="utf-8")
    with Project(db) as p:
        commits = []
        p.events.subscribe(lambda change: commits.append(change.doc_ids), kinds=[Kind.BULK])
        summary = importer.import_paths(p, [out], annotator="sara", update=True)
        assert summary.updated.documents == 1 and summary.documents == 1
    assert commits == [(1, 3)]  # the updated document and the new one, in one commit
