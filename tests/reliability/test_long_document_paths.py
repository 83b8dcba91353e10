"""The memory-lean paths a long document takes (issue 14: peak memory within 10x its size) give
exactly what the straightforward ones gave: the stored text, title, search words and layout,
and the CoNLL lines."""
import hashlib
import json
import random
import zlib

import pytest
from hypothesis import given, settings, strategies as st

import annotator.core.text.layout as layout_module
import annotator.core.text.words as words_module
from annotator.core.model import Document, Origin, Span
from annotator.core.store.documents import title_of
from annotator.core.text.layout import layout_of, pack, packed_layout
from annotator.core.text.normalize import normalize
from annotator.core.text.words import MAX_WORD, _WORD, index_words
from annotator.formats import export as export_module, spacy
from annotator.formats.export import ExportOptions, export_conll
from annotator.formats.importer import import_paths
from annotator.formats.records import utf8_lines

WORDS = ["قال", "الرئيس", "وبغداد", "12.5", "«نعم».", "إن", "\n", "\r\n", " ", "  ", "\t",
         "\u2028", "\ufeff", "\x1c", "Beirut.", "ـ", "؟", "a"]


def old_title(text, limit=120):
    for line in text.splitlines():
        line = line.strip().lstrip("\ufeff")
        if line:
            return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
    return ""


def old_index_words(text):
    once = " ".join(dict.fromkeys(text.split()))
    return [w[:MAX_WORD] for w in dict.fromkeys(_WORD.findall(normalize(once)))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.integers(1, 200),
       st.sampled_from([3, 10, 120]))
def test_the_title_is_found_without_splitting_every_line(pieces, repeat, limit):
    text = "".join(pieces) * repeat
    assert title_of(text, limit) == old_title(text, limit)


def test_a_title_after_a_very_long_blank_start():
    text = " " * 5000 + "x" + " " * 5000 + "\nnext"
    assert title_of(text) == old_title(text) == "x"
    text = "\u2028" * 3 + "كلمة " * 3000
    assert title_of(text) == old_title(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80), st.integers(1, 50))
def test_search_words_of_a_text_split_a_piece_at_a_time(pieces, repeat):
    text = "".join(pieces) * repeat
    original = words_module._PIECE
    try:
        words_module._PIECE = 7  # pieces far shorter than the text
        assert index_words(text) == old_index_words(text)
    finally:
        words_module._PIECE = original


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=120), st.integers(1, 30))
def test_a_long_layout_packed_a_piece_at_a_time(pieces, repeat):
    text = "".join(pieces) * repeat
    original = layout_module._PIECE
    try:
        layout_module._PIECE = 16
        made = packed_layout(text)
        expected = pack(layout_of(text))
    finally:
        layout_module._PIECE = original
    assert (made[0], made[1], bytes(made[2]), bytes(made[3])) == expected
    assert zlib.decompress(made[0]) == layout_of(text).tokens  # and the same as laid out whole


def test_a_jsonl_line_reader_keeps_no_copy_of_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "\xd9\x82"}\n\n{"text": "b"}\n\xff\n')
    got = list(utf8_lines(path))
    assert [n for n, _ in got] == [1, 2, 3, 4]
    assert got[0][1] == '{"text": "ق"}\n' and got[2][1] == '{"text": "b"}\n'
    assert "not UTF-8" in str(got[3][1])


def test_stored_text_is_the_text_as_given(project):
    for text in ["قال الرئيس", "with\x00nul", "emoji 👍🏽 and \u2028 line"]:
        doc_id, new = project.documents.add(text)
        assert new and project.documents.text(doc_id) == text
        assert project.conn.execute("SELECT typeof(text), sha256 FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone() == \
            ("text", hashlib.sha256(text.encode()).hexdigest())
    assert project.documents.add("قال الرئيس") == (1, False)


@pytest.mark.parametrize("long", [False, True])
def test_conll_of_long_documents_written_in_pieces_is_the_same(project, tmp_path, monkeypatch,
                                                               long, seed_text):
    random.seed(3)
    records = []
    for n in range(3):
        text = seed_text * (n + 1)
        spans = []
        for at in sorted(random.sample(range(len(text) - 20), 40)):
            start = text.find(" ", at) + 1
            end = text.find(" ", start + 2)
            if 0 < start < end and (not spans or start >= spans[-1]["end"]):
                spans.append({"start": start, "end": end, "label": "PER"})
        records.append(json.dumps({"text": text, "spans": spans}, ensure_ascii=False))
    (tmp_path / "d.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    import_paths(project, [tmp_path / "d.jsonl"])
    with open(tmp_path / "batched.conll", "w", encoding="utf-8") as out:
        export_conll(project, out, options=ExportOptions())
    if long:
        monkeypatch.setattr(export_module, "_LONG", 10)  # every document written in pieces
    with open(tmp_path / "pieces.conll", "w", encoding="utf-8") as out:
        export_conll(project, out, options=ExportOptions())
    assert (tmp_path / "pieces.conll").read_bytes() == (tmp_path / "batched.conll").read_bytes()
    with open(tmp_path / "latin.conll", "w", encoding="utf-16") as out:  # through the stream
        export_conll(project, out, options=ExportOptions())
    assert (tmp_path / "latin.conll").read_text(encoding="utf-16") == \
        (tmp_path / "batched.conll").read_text(encoding="utf-8")


@settings(max_examples=300, deadline=None)
@given(data=st.data(), at_once=st.integers(1, 5))
def test_spacy_line_written_a_few_tokens_at_a_time(data, at_once):
    text = "".join(data.draw(st.lists(st.sampled_from(WORDS + ["لداعش", "F16", "ً"]),
                                      min_size=1, max_size=30)))
    spans = []
    for i in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        spans.append(Span(i + 1, 1, a, b, "LOC", "entity", "", Origin.MANUAL, {}))
    spans.sort(key=lambda s: (s.start, -s.end))
    doc = Document(1, text, "t", "x", None, {}, None)
    original = spacy._TOKENS_AT_ONCE
    try:
        spacy._TOKENS_AT_ONCE = at_once
        line = spacy.record_line(doc, spans, layout_of(text))
    finally:
        spacy._TOKENS_AT_ONCE = original
    assert line == json.dumps(spacy.record(doc, spans), ensure_ascii=False)
