"""CoNLL column counts follow what goes out, and the stored layouts change no byte of output."""
import io

from annotator.formats.export import ExportOptions, Selection, export_conll

TEXT = "قال مدير جامعة حلب إن وبغداد جميلة. وأضاف: «هذا كلام»."


def at(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


def export(project, selection=None, **opts):
    out = io.StringIO()
    export_conll(project, out, selection or Selection(), options=ExportOptions(**opts))
    return out.getvalue()


def columns(conll):
    """Tag columns of the file, from its first token line."""
    return len(conll.splitlines()[2].split()) - 1


def test_columns_follow_the_status_filter(project):
    flat, _ = project.documents.add(TEXT)
    nested, _ = project.documents.add("زار " + TEXT)
    project.spans.add(flat, *at("حلب"), "LOC")
    project.spans.add(nested, *(x + 4 for x in at("جامعة حلب")), "ORG")
    project.spans.add(nested, *(x + 4 for x in at("حلب")), "LOC")
    project.statuses.set(flat, "ali", "done")
    assert columns(export(project, layers=["entity"])) == 2
    done_only = export(project, Selection(statuses={"done"}), layers=["entity"])
    assert columns(done_only) == 1 and "حلب B-LOC" in done_only


def test_columns_follow_annotator_and_label_filters(project):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, *at("جامعة حلب"), "ORG", annotator="ali")
    project.spans.add(doc, *at("حلب"), "LOC", annotator="mona")
    assert columns(export(project, layers=["entity"])) == 2
    for selection in (Selection(annotators={"ali"}), Selection(labels={"LOC"})):
        assert columns(export(project, selection, layers=["entity"])) == 1


def test_same_lines_with_and_without_stored_layouts(project, seed_text, monkeypatch):
    import annotator.formats.conll_write as conll_write
    from_text = []
    real = conll_write.document_text
    monkeypatch.setattr(conll_write, "document_text",
                        lambda text, *a: from_text.append(text) or real(text, *a))
    doc, _ = project.documents.add(seed_text)
    words = [i for i in range(1, len(seed_text)) if seed_text[i - 1] == " "]
    labels = ["PER", "ORG", "LOC", "QUOTE", "CLAIM"]
    for k, start in enumerate(words[:150:3]):
        end = seed_text.find(" ", start + 1 + (k % 4) * 6)
        label = labels[k % len(labels)]
        # an entity over a sentence end joins the sentences: that takes the text path
        if end > start and (label in ("QUOTE", "CLAIM") or
                            not any(c in seed_text[start:end] for c in ".!?؟…\n\r")):
            project.spans.add(doc, start, end, label)
    clitic, _ = project.documents.add(TEXT)
    project.spans.add(clitic, *(x + 1 for x in at("وبغداد")), "LOC")  # بغداد inside a word
    exports = {tags: export(project, tags=tags) for tags in ("iob2", "bioes")}
    assert from_text == [TEXT, TEXT]  # only the document cut inside a word is cut from its text
    project.conn.execute("DELETE FROM doc_layouts")
    for tags in ("iob2", "bioes"):
        assert export(project, tags=tags) == exports[tags]
    assert len(from_text) == 6
    assert "B-QUOTE" in exports["iob2"] and "E-CLAIM" in exports["bioes"]
    assert "و O O O O\nبغداد B-LOC O O O" in exports["iob2"]


def test_written_through_the_stream_encoding_unless_it_is_utf8(project):
    import io as _io
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, *at("حلب"), "LOC")
    expected = export(project)
    for encoding in ("utf-8", "UTF8", "cp1256"):
        raw = _io.BytesIO()
        stream = _io.TextIOWrapper(raw, encoding=encoding, newline="\n")
        stream.write("# before\n")  # what was written first stays first
        export_conll(project, stream)
        stream.flush()
        assert raw.getvalue().decode(encoding) == "# before\n" + expected


def test_a_layer_named_twice_is_one_column(project):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, *at("حلب"), "LOC")
    assert export(project, layers=["entity", "entity"]) == export(project, layers=["entity"])
