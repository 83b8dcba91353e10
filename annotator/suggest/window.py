"""A text's tokens as rules reach them, by their index in the whole text.

The quote rules look a few tokens back and at most to the end of a paragraph ahead; holding
every token of a 50 MB document as objects would take 15 times its size. `TokenWindow` makes
tokens as they are asked for and lets go of those the caller has left behind, so memory
follows the paragraph at hand, not the document. A held token costs five machine words: its
start, end and paragraph number in arrays, and two shared strings (its normal and light
forms).
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import islice, repeat
from typing import Callable

from annotator.core.text.tokens import token_matches
from annotator.suggest.arabic import light, norm

_BATCH = 4096  # tokens made at a time
_KEEP = 64     # tokens kept behind the caller's place (the rules look back at most 15)


class TokenWindow:
    def __init__(self, text: str):
        self.text = text
        self._found = token_matches(text)
        self._done = False
        self._prev_end = 0  # where the tokens made so far end
        self._para = 0      # line feeds before that
        self.base = 0  # index of the first token held
        self.starts, self.ends, self.paras = array("q"), array("q"), array("q")
        self.words: list[str] = []   # normal form
        self.lights: list[str] = []  # normal form with ى kept

    def has(self, k: int) -> bool:
        """Whether token k exists (making tokens up to it)."""
        while k - self.base >= len(self.starts):
            if self._done:
                return False
            self._make()
        return True

    def _make(self) -> None:
        found = list(islice(self._found, _BATCH))
        if len(found) < _BATCH:
            self._done = True
        if not found:
            return
        text = self.text
        starts = [m.start() for m in found]
        raws = [m.group() for m in found]
        # A token's paragraph is the number of line feeds before it (tokens hold none).
        feeds, at, stop = [], self._prev_end, found[-1].start()
        while (at := text.find("\n", at, stop)) >= 0:
            feeds.append(at)
            at += 1
        self.paras.extend(self._para + n for n in map(bisect_left, repeat(feeds), starts))
        self._para += len(feeds)
        self._prev_end = found[-1].end()
        self.starts.extend(starts)
        self.ends.extend([m.end() for m in found])
        self.words.extend(map(norm, raws))
        self.lights.extend(map(light, raws))

    def forget_before(self, k: int) -> None:
        """Let go of the tokens more than _KEEP before k, a half of the window at a time."""
        drop = k - _KEEP - self.base
        if drop < _BATCH or drop * 2 < len(self.starts):
            return
        for seq in (self.starts, self.ends, self.paras, self.words, self.lights):
            del seq[:drop]
        self.base += drop

    # ---- one token, by its index in the whole text ---------------------------------------
    def start(self, k: int) -> int:
        return self.starts[k - self.base]

    def end(self, k: int) -> int:
        return self.ends[k - self.base]

    def word(self, k: int) -> str:
        return self.words[k - self.base]

    def light(self, k: int) -> str:
        return self.lights[k - self.base]

    def raw(self, k: int) -> str:
        at = k - self.base
        return self.text[self.starts[at]:self.ends[at]]

    def is_word(self, k: int) -> bool:
        return self.text[self.starts[k - self.base]].isalnum()

    def para(self, k: int) -> int:
        """How many paragraph breaks come before token k."""
        return self.paras[k - self.base]

    def breaks(self, k: int) -> bool:
        """A paragraph break between token k-1 and k (k >= 1)."""
        at = k - self.base
        return self.paras[at] != self.paras[at - 1]


class Seek:
    """The first token at or after x for which `stops` holds (None: none to the text's end).
    The answer for x holds for every x' between x and it, so a rule that asks again from a
    later place in the same stretch is answered at once: asking from places that mostly
    increase costs one pass over the text in all, not one per question."""

    def __init__(self, window: TokenWindow, stops: Callable[[int], bool]):
        self.window, self.stops = window, stops
        self.lo: int = -1
        self.hi: int | None = -1  # every x in [lo, hi] has the answer hi (None: to the end)

    def __call__(self, x: int) -> int | None:
        if self.lo <= x and (self.hi is None or x <= self.hi):
            return self.hi
        k, answer = x, None
        while k != self.lo:
            if not self.window.has(k):
                break
            if self.stops(k):
                answer = k
                break
            k += 1
        else:  # reached the stretch answered before
            answer = self.hi
        self.lo, self.hi = x, answer
        return answer
