"""A Hugging Face token-classification folder on disk as a suggester (CPU, nothing fetched).

Offsets: a fast tokenizer reports each piece's character range in the text it was given,
which is ours, so a piece ##بغداد of وبغداد tagged LOC gives the span بغداد inside the word;
a slow tokenizer's pieces are aligned to our text by their strings (align.py). Tags may be
IOB2 (B-LOC, I-LOC), BIOES/BILOU or bare labels; a span's score is the mean probability of
its pieces' tags. Long texts are cut into windows of the model's length.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from annotator.suggest.align import align_tokens, merge, tidy
from annotator.suggest.base import Mark, ModelError, Proposals, ProposedSpan
from annotator.suggest.spacy_model import _first_line
from annotator.suggest.uncertainty import mean_entropy

_BEGIN, _INSIDE = ("B", "S", "U"), ("I", "E", "L")
Piece = tuple[int, int, list[float]]  # our start, end, the label distribution


class HFSuggester:
    def __init__(self, folder: Path, layers: dict[str, str]):
        _check_task(folder)
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError:
            raise ModelError(f"{folder}: a Hugging Face model needs transformers and torch (a "
                             "CPU build of torch first: pip install torch --index-url "
                             "https://download.pytorch.org/whl/cpu), then: "
                             'pip install "transformers>=4.40"') from None
        from transformers.utils import logging as hf_logging
        hf_logging.set_verbosity_error()  # no progress bars or notes: our one line only
        hf_logging.disable_progress_bar()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(
                str(folder), local_files_only=True)
        except Exception as exc:
            raise ModelError(f"{folder}: not a token-classification model transformers can "
                             f"load: {_first_line(exc)}") from None
        self.model.eval()
        self.labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
        self.name = folder.name
        self.layers = layers
        limits = [self.tokenizer.model_max_length,
                  getattr(self.model.config, "max_position_embeddings", 512), 512]
        self.window = int(min(x for x in limits if x and x > 8))

    def pieces(self, text: str) -> list[Piece]:
        """Every piece of the text the model tagged, with its place in our text."""
        import torch
        try:
            enc = self.tokenizer(text, truncation=True, max_length=self.window,
                                 return_overflowing_tokens=True, padding=True,
                                 return_offsets_mapping=self.tokenizer.is_fast,
                                 return_tensors="pt")
            offsets = enc.pop("offset_mapping", None)
            enc.pop("overflow_to_sample_mapping", None)
            with torch.no_grad():
                probs = torch.softmax(self.model(**enc).logits, dim=-1)
        except Exception as exc:
            raise ModelError(f"{self.name}: {_first_line(exc)}") from None
        out: list[Piece] = []
        # [CLS], [SEP], padding: never text; an unknown piece is text the model tagged
        special = set(self.tokenizer.all_special_ids) - {self.tokenizer.unk_token_id}
        for w, ids in enumerate(enc["input_ids"].tolist()):
            places = (self._offsets(offsets[w].tolist()) if offsets is not None
                      else self._aligned(text, ids))
            for k, tid in enumerate(ids):
                place = places[k]
                if tid in special or place is None:
                    continue
                out.append((place[0], place[1], probs[w, k].tolist()))
        if offsets is None:
            return out
        return [(s, e, p) for s, e, p in out if e > s]

    @staticmethod
    def _offsets(pairs: list[list[int]]) -> list[tuple[int, int] | None]:
        return [(a, b) if b > a else None for a, b in pairs]

    def _aligned(self, text: str, ids: list[int]) -> list[tuple[int, int] | None]:
        tokens = self.tokenizer.convert_ids_to_tokens(ids)
        special = set(self.tokenizer.all_special_tokens) - {self.tokenizer.unk_token}
        bare = ["" if t in special else t.removeprefix("##").lstrip("\u2581\u0120")
                for t in tokens]
        return align_tokens(text, bare)

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        out = Proposals()
        current: tuple[str, list[Piece]] | None = None
        for piece in self.pieces(text) + [(len(text), len(text), [])]:
            probs = piece[2]
            best = max(range(len(probs)), key=probs.__getitem__) if probs else None
            prefix, label = _split(self.labels[best]) if best is not None else ("O", "")
            if current is not None and (prefix in _BEGIN or prefix == "O"
                                        or label != current[0]):
                self._add(out, text, *current)
                current = None
            if prefix != "O":
                if current is None:
                    current = (label, [])
                current[1].append(piece)
        return out

    def _add(self, out: Proposals, text: str, label: str, pieces: list[Piece]) -> None:
        place = tidy(text, *merge((s, e) for s, e, _ in pieces))
        if place is None:
            return
        score = sum(max(p) for _, _, p in pieces) / len(pieces)
        out.add(ProposedSpan(place[0], place[1], label, self.layers.get(label, "entity"),
                             round(score, 3), self.name))

    def uncertainty(self, text: str) -> float | None:
        return mean_entropy(p for _, _, p in self.pieces(text))


def _check_task(folder: Path) -> None:
    """Refuse a model made for another task: loaded as a token classifier it would get a new,
    untrained head and propose noise."""
    import json
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"{folder}: not a token-classification model transformers can load: "
                         f"config.json: {_first_line(exc)}") from None
    kinds = config.get("architectures") if isinstance(config, dict) else None
    if isinstance(kinds, list) and kinds and not any(
            str(k).endswith("ForTokenClassification") for k in kinds):
        raise ModelError(f"{folder}: not a token-classification model (it is a "
                         f"{', '.join(map(str, kinds))})")


def _split(tag: str) -> tuple[str, str]:
    """'B-LOC' -> ('B', 'LOC'); 'O' -> ('O', ''); a bare 'LOC' -> ('I', 'LOC')."""
    if tag in ("O", "o", ""):
        return "O", ""
    head, sep, rest = tag.partition("-")
    if sep and head.upper() in _BEGIN + _INSIDE and rest:
        return head.upper(), rest
    return "I", tag
