"""The project's own names: every entity an annotator accepted is proposed wherever the same
words occur, matched on the search normal form (tashkeel, tatweel, alef and hamza forms) and
across proclitics (وبغداد, لبغداد, وللعراق), the span on the name, not the clitic. A gazetteer
file adds names: one a line, the name then a tab (or the last space) then its label.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from annotator.core.text.tokens import tokenize
from annotator.suggest.arabic import tokens_of, MIN_STEM, norm, stems
from annotator.suggest.base import Mark, Proposals, ProposedSpan

NAME = "names"


class GazetteerError(ValueError):
    """A gazetteer line that cannot be read; the message names the file and line."""


def name_key(text: str) -> tuple[str, ...]:
    return tuple(norm(t.text) for t in tokenize(text))


class NameSuggester:
    name = NAME

    def __init__(self) -> None:
        # first word -> [(all words, label, layer, score)], longest names first
        self._index: dict[str, list[tuple[tuple[str, ...], str, str, float]]] = {}
        self._counts: dict[tuple[str, ...], Counter[tuple[str, str]]] = {}

    def __len__(self) -> int:
        return len(self._counts)

    def add(self, text: str, label: str, layer: str = "entity", weight: int = 1) -> bool:
        """Learn one name; False if it is too short to match safely."""
        key = name_key(text)
        if not key or sum(len(w) for w in key) < MIN_STEM + 1:
            return False
        self._counts.setdefault(key, Counter())[(label, layer)] += weight
        self._index = {}
        return True

    def add_many(self, names: Iterable[tuple[str, str, str]]) -> None:
        for text, label, layer in names:
            self.add(text, label, layer)

    def add_gazetteer(self, path: str | Path, labels: dict[str, str]) -> int:
        """Read a gazetteer; `labels` maps label names to layers. Raises GazetteerError at
        the first bad line (nothing of the file is kept then)."""
        found: list[tuple[str, str, str]] = []
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{path}: cannot read: {exc}") from None
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, label = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            name, label = name.strip(), label.strip()
            if not name:
                raise GazetteerError(f"{path}:{number}: expected a name then its label")
            if label not in labels:
                raise GazetteerError(f"{path}:{number}: unknown label {label!r}")
            found.append((name, label, labels[label]))
        for item in found:
            self.add(*item, weight=3)  # a list a lead wrote outweighs one stray annotation
        return len(found)

    def _built(self) -> dict[str, list[tuple[tuple[str, ...], str, str, float]]]:
        if not self._index and self._counts:
            for key, counts in self._counts.items():
                (label, layer), n = counts.most_common(1)[0]
                score = n / sum(counts.values())
                self._index.setdefault(key[0], []).append((key, label, layer, score))
            for entries in self._index.values():
                entries.sort(key=lambda e: -len(e[0]))
        return self._index

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        index = self._built()
        out = Proposals()
        if not index:
            return out
        tokens = list(tokens_of(text))
        words = [norm(t.text) for t in tokens]
        taken_to = -1
        for i, tok in enumerate(tokens):
            if tok.start < taken_to:
                continue
            best = None
            for offset, stem in stems(tok.text):
                for key, label, layer, score in index.get(stem, ()):
                    n = len(key)
                    if tuple(words[i + 1:i + n]) == key[1:]:
                        if best is None or n > best[0]:
                            best = (n, offset, label, layer, score)
                        break
            if best is None:
                continue
            n, offset, label, layer, score = best
            end = tokens[i + n - 1].end
            out.add(ProposedSpan(tok.start + offset, end, label, layer, round(score, 3), NAME))
            taken_to = end
        return out


def names_from_project(project, layers: Sequence[str] = ("entity",)) -> NameSuggester:
    """A NameSuggester holding every stored span of `layers` (the project's accepted names)."""
    suggester = NameSuggester()
    marks = ",".join("?" * len(layers))
    rows = project.conn.execute(
        "SELECT substr(d.text, s.start + 1, s.end - s.start), s.label, l.layer FROM spans s "
        "JOIN labels l ON l.name = s.label JOIN documents d ON d.id = s.doc_id "
        f"WHERE l.layer IN ({marks})", list(layers))
    suggester.add_many(rows)
    return suggester
