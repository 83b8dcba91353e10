"""The project's own names: every entity an annotator accepted is proposed wherever the same
words occur, matched on the search normal form (tashkeel, tatweel, alef and hamza forms) and
across proclitics (وبغداد, لبغداد, وللعراق), the span on the name, not the clitic. A gazetteer
file adds names: one a line, the name then a tab (or the last space) then its label.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Sequence

from annotator.core.text.tokens import token_matches, tokenize
from annotator.suggest.arabic import MIN_STEM, norm, stems
from annotator.suggest.base import Mark, Proposals, ProposedSpan

NAME = "names"
_BATCH = 4096  # tokens read at a time


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
        ahead = max(len(key) for entries in index.values() for key, *_ in entries)

        @lru_cache(maxsize=65536)
        def candidates(word: str) -> tuple[tuple[int, tuple], ...]:
            """(prefix length, ((words, the words after the first, label, layer, score), ...)
            of the names starting with that stem) for each stem of the word that starts a
            name: for most words, none."""
            return tuple((offset, tuple((len(key), key[1:], label, layer, round(score, 3))
                                        for key, label, layer, score in index[stem]))
                         for offset, stem in stems(word) if stem in index)

        # The tokens are read a batch at a time, the last of a batch kept for the names that
        # run into the next: a long text's tokens are never all in memory.
        matches = token_matches(text)
        starts: list[int] = []
        ends: list[int] = []
        raws: list[str] = []
        taken_to, i, done = -1, 0, False
        while not done:
            batch = list(islice(matches, _BATCH))
            done = len(batch) < _BATCH
            for held in (starts, ends, raws):
                del held[:i]
            starts += [m.start() for m in batch]
            ends += [m.end() for m in batch]
            raws += [m.group() for m in batch]
            stop = len(raws) if done else len(raws) - ahead + 1  # the next words are here
            i = max(stop, 0)
            # only the tokens that may start a name are looked at one by one
            for k, found in enumerate(map(candidates, raws[:i])):
                if not found or starts[k] < taken_to:
                    continue
                best = None
                for offset, entries in found:
                    for n, rest, label, layer, score in entries:
                        if n == 1 or tuple(map(norm, raws[k + 1:k + n])) == rest:
                            if best is None or n > best[0]:
                                best = (n, offset, label, layer, score)
                            break
                if best is not None:
                    n, offset, label, layer, score = best
                    taken_to = ends[k + n - 1]
                    out.add(ProposedSpan(starts[k] + offset, taken_to, label, layer, score,
                                         NAME))
        return out


def names_from_project(project, layers: Sequence[str] = ("entity",)) -> NameSuggester:
    """A NameSuggester holding every stored span of `layers` (the project's accepted names).
    Each document's text is read once and the names cut from it here: SQLite's substr()
    walks a text from its start, so cutting each span there took the text's length per span."""
    suggester = NameSuggester()
    marks = ",".join("?" * len(layers))
    rows = project.conn.execute(
        "SELECT s.doc_id, s.start, s.end, s.label, l.layer FROM spans s "
        f"JOIN labels l ON l.name = s.label WHERE l.layer IN ({marks}) "
        "ORDER BY s.doc_id, s.start, s.end DESC, s.id",  # the order of the spans_doc index
        list(layers)).fetchall()
    for doc_id, spans in groupby(rows, key=itemgetter(0)):
        text = project.documents.text(doc_id)
        suggester.add_many((text[start:end], label, layer) for _, start, end, label, layer in spans)
    return suggester
