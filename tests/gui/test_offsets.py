"""Code points <-> Qt positions, checked against a real QTextDocument."""
import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.gui.offsets import OffsetMap

TEXTS = [
    "مستشفى 🏥 في بغداد",
    "سطر\r\nسطر ثان\r\n\r\nثالث",
    "الرَّئِيسُ قَالَ",
    "🏥🏥\r\n👨‍👩‍👧 x\ry\nz\r\n",
    "plain ascii",
    "",
]


def qt_text_between(doc: QTextDocument, a: int, b: int) -> str:
    cursor = QTextCursor(doc)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


@pytest.mark.parametrize("text", TEXTS)
def test_every_index_round_trips(qapp, text):
    m = OffsetMap(text)
    doc = QTextDocument()
    doc.setPlainText(text)
    assert m.to_qt(len(text)) == doc.characterCount() - 1
    for i in range(len(text) + 1):
        if text[i - 1:i + 1] == "\r\n":
            continue  # between "\r" and "\n" there is no Qt position
        assert m.from_qt(m.to_qt(i)) == i


@pytest.mark.parametrize("text", TEXTS)
def test_spans_select_the_same_characters_in_qt(qapp, text):
    m = OffsetMap(text)
    doc = QTextDocument()
    doc.setPlainText(text)
    words = [(i, j) for i in range(len(text)) for j in range(i + 1, min(len(text), i + 6) + 1)]
    for start, end in words:
        expected = text[start:end].replace("\r\n", "\n").replace("\r", "\n")
        if text[start - 1:start + 1] == "\r\n" or text[end - 1:end + 1] == "\r\n":
            continue
        assert qt_text_between(doc, *m.span_to_qt(start, end)) == expected


def test_emoji_is_two_units_and_never_split(qapp):
    text = "a🏥b"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(4)] == [0, 1, 3, 4]
    assert m.from_qt(2) == 1                      # inside the surrogate pair: its start
    assert m.from_qt(2, round_up=True) == 2       # or its end
    assert m.span_from_qt(2, 3) == (1, 2)         # a half-emoji selection widens to it


def test_crlf_is_one_separator(qapp):
    text = "ab\r\ncd"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(7)] == [0, 1, 2, 3, 3, 4, 5]
    assert m.from_qt(3) == 4 and m.from_qt(2) == 2


def test_tashkeel_is_one_unit_each(qapp):
    text = "الرَّئِيسُ"
    m = OffsetMap(text)
    assert m.identity and m.to_qt(len(text)) == len(text)
