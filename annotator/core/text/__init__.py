"""The Arabic text engine: decoding, tokens with offsets, sentences, search normal form."""
from annotator.core.text.decode import DecodeError, decode_bytes, read_text_file
from annotator.core.text.normalize import normalize, normalize_with_map
from annotator.core.text.sentences import sentences
from annotator.core.text.tokens import Token, tokenize

__all__ = ["DecodeError", "decode_bytes", "read_text_file", "normalize", "normalize_with_map",
           "sentences", "Token", "tokenize"]
