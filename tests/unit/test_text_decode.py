import codecs

import pytest

from annotator.core.text.decode import DecodeError, decode_bytes

ARABIC = "قالَ الرئيـــس:\r\n«مرحبا» 🏥\r\n"


@pytest.mark.parametrize("data, encoding", [
    (ARABIC.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
    (ARABIC.encode("utf-16"), "utf-16"),                      # BOM written by Python
    (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
])
def test_unicode_encodings_decode_exactly(data, encoding):
    text, found = decode_bytes(data)
    assert text == ARABIC          # line endings, tashkeel, tatweel and emoji kept
    assert found == encoding


def test_windows_1256():
    plain = "قال الرئيس:\r\nمرحبا بكم"  # cp1256 has no emoji
    text, found = decode_bytes(plain.encode("cp1256"))
    assert (text, found) == (plain, "windows-1256")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \r\n\t ", "empty"),
    (codecs.BOM_UTF8, "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),   # a lone surrogate
])
def test_refused_with_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
