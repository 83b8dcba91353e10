"""The quote rules and the names suggester as they were written first: plain, and quadratic
in a document's length (the speaker search normalised a growing slice of text for every verb,
every token's objects were held at once). Kept as the oracle the linear ones are compared with
(tests/unit/test_suggest_linear.py); no product code calls them."""
from __future__ import annotations

from typing import Sequence

from annotator.core.text.tokens import Token
from annotator.suggest.arabic import light, norm, stems, tokens_of
from annotator.suggest.base import Mark, Proposals, ProposedLink, ProposedSpan
from annotator.suggest.quotes import QuoteOptions
from annotator.suggest.speech import (ATTRIBUTIONS, COMPLEMENTIZERS, FOLLOWERS,
                                      IN_THE_NAME_OF, NP_STOPS, ORG_HEADS, QUOTE_PAIRS,
                                      SENTENCE_ENDERS, SPEECH_VERBS, TITLES)

NAME = "quotes"
FRAME_BEFORE = 14  # tokens looked at before a quote for its verb
MAX_NP = 5         # tokens in a speaker's noun phrase
MAX_CLAUSE_GAP = 8  # tokens between a verb and its أن / إن


def reference_quotes(text: str, known: Sequence[Mark] = (),
                     options: QuoteOptions | None = None) -> Proposals:
    return _Run(text, known, options or QuoteOptions()).run()


def reference_names(suggester, text: str) -> Proposals:
    """NameSuggester.suggest as it was: every token of the text held at once."""
    index = suggester._built()
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
        out.add(ProposedSpan(tok.start + offset, end, label, layer, round(score, 3), "names"))
        taken_to = end
    return out


class _Run:
    def __init__(self, text: str, known: Sequence[Mark], options: QuoteOptions):
        self.text, self.opt = text, options
        self.tokens: list[Token] = list(tokens_of(text))
        self.words = [norm(t.text) for t in self.tokens]
        self.light = [light(t.text) for t in self.tokens]
        self.speakers = sorted((m for m in known if m.label in options.speaker_labels),
                               key=lambda m: (m.start, -m.end))
        self.out = Proposals()
        self.used_verbs: set[int] = set()
        self.last_speaker: tuple[int, Mark | ProposedSpan] | None = None  # (token, speaker)

    def run(self) -> Proposals:
        """In text order, so a speaker named earlier in a paragraph is known later."""
        pairs = dict(self._pairs())
        close_at = -1
        for i, w in enumerate(self.words):
            if i in pairs:
                self._direct(i, pairs[i])
                close_at = pairs[i]
            elif i > close_at and w in SPEECH_VERBS and i not in self.used_verbs:
                self._claim(i)
        return self.out

    # ---- structure ----------------------------------------------------------------------------
    def _pairs(self) -> list[tuple[int, int]]:
        """Outermost matching quote marks within a paragraph, as token indexes."""
        pairs, i, toks = [], 0, self.tokens
        while i < len(toks):
            closer = QUOTE_PAIRS.get(toks[i].text)
            if closer is None:
                i += 1
                continue
            j = i + 1
            while j < len(toks) and toks[j].text != closer and not self._breaks(j):
                j += 1
            if j < len(toks) and toks[j].text == closer and j > i + 1:
                pairs.append((i, j))
                i = j + 1
            else:
                i += 1
        return pairs

    def _breaks(self, j: int) -> bool:
        """A paragraph break between token j-1 and j."""
        return "\n" in self.text[self.tokens[j - 1].end:self.tokens[j].start]

    def _sentence_start(self, i: int) -> int:
        """Index of the first token of the sentence holding token i."""
        while i > 0 and self.words[i - 1] not in SENTENCE_ENDERS and not self._breaks(i) \
                and self.tokens[i - 1].text not in QUOTE_PAIRS.values():
            i -= 1
        return i

    # ---- direct quotes ----------------------------------------------------------------------
    def _direct(self, open_i: int, close_i: int) -> None:
        toks = self.tokens
        verb = self._verb_before(open_i)
        after = None if verb is not None else self._frame_after(close_i)
        n_words = sum(1 for t in toks[open_i + 1:close_i] if t.is_word)
        if n_words < self.opt.min_framed_words or (
                verb is None and after is None and n_words < self.opt.min_unframed_words):
            return  # a quoted term or name («قسد»), not a quote
        if self.opt.marks_inside:
            start, end = toks[open_i].start, toks[close_i].end
        else:
            start, end = toks[open_i + 1].start, toks[close_i - 1].end
        score = 0.9 if verb is not None or after is not None else 0.5
        q = self.out.add(ProposedSpan(start, end, self.opt.quote_label, "quote", score, NAME,
                                      {"kind": "direct"}))
        speaker = None
        if verb is not None:
            self.used_verbs.add(verb)
            speaker = self._speaker_after(verb, limit=open_i) or self._speaker_before(verb) \
                or self._previous_speaker(verb)
        elif after is not None:
            kind, at = after
            speaker = self._speaker_after(at, limit=len(toks), attribution=kind == "attr")
        if speaker is not None:
            self.last_speaker = (open_i, speaker)
            self._link(q, speaker, self.opt.said_by, score)

    def _verb_before(self, open_i: int) -> int | None:
        lo = max(self._sentence_start(open_i), open_i - FRAME_BEFORE)
        for v in range(open_i - 1, lo - 1, -1):
            if self.words[v] in SPEECH_VERBS:
                return v
        return None

    def _frame_after(self, close_i: int) -> tuple[str, int] | None:
        """("verb" | "attr", index) of a speech verb or attribution right after a quote."""
        for k in range(close_i + 1, min(close_i + 4, len(self.words))):
            w = self.words[k]
            if w in SPEECH_VERBS:
                self.used_verbs.add(k)
                return "verb", k
            if w in ATTRIBUTIONS:
                return "attr", k
            if self.tokens[k].is_word:
                return None
        return None

    # ---- indirect: claims -------------------------------------------------------------------
    def _claim(self, v: int) -> None:
        words, toks = self.words, self.tokens
        c = None
        for k in range(v + 1, min(v + 1 + MAX_CLAUSE_GAP, len(words))):
            if words[k] in SENTENCE_ENDERS or toks[k].text in QUOTE_PAIRS or self._breaks(k):
                return
            if words[k] in COMPLEMENTIZERS:
                c = k
                break
        if c is None or c + 1 >= len(toks):
            return
        end_i = c + 1
        while end_i < len(toks) and words[end_i] not in SENTENCE_ENDERS \
                and not self._breaks(end_i):
            if toks[end_i].text in QUOTE_PAIRS:
                return  # a quote inside the clause: the direct quote covers it
            end_i += 1
        last = end_i - 1
        while last > c and not toks[last].is_word:
            last -= 1  # trailing punctuation stays outside
        if last <= c:
            return
        claim = self.out.add(ProposedSpan(toks[c + 1].start, toks[last].end,
                                          self.opt.claim_label, "claim", 0.6, NAME))
        speaker = self._speaker_after(v, limit=c) or self._speaker_before(v) \
            or self._previous_speaker(v)
        if speaker is not None:
            self.last_speaker = (v, speaker)
            self._link(claim, speaker, self.opt.claimed_by, 0.6)

    # ---- speakers ---------------------------------------------------------------------------
    def _speaker_after(self, v: int, limit: int, attribution: bool = False
                       ) -> Mark | ProposedSpan | None:
        """A known speaker starting in the noun phrase after token v, else that phrase."""
        toks, words = self.tokens, self.words
        first = v + 1
        if attribution:
            while first < limit and words[first] in FOLLOWERS:
                first += 1
        np_end = first
        while np_end < min(limit, first + MAX_NP) and toks[np_end].is_word \
                and self.light[np_end] not in NP_STOPS and words[np_end] not in SPEECH_VERBS \
                and not (np_end > first and words[np_end].startswith("لل")):
            np_end += 1
        if np_end == first:
            return None
        lo, hi = toks[first].start, toks[np_end - 1].end
        for m in self.speakers:
            if lo <= m.start < hi:
                return m
        start = lo
        if attribution and words[first].startswith("ل") and len(words[first]) > 3:
            start += 1  # وفقا لوزير الخارجية: the ل stays outside
        if _org_head(words[first]):
            return ProposedSpan(start, hi, self.opt.org_label, "entity", 0.4, NAME)
        k = first
        if words[k] in TITLES:          # الوزير أحمد سعيد: the person is أحمد سعيد
            while k < np_end:
                if words[k] in TITLES:
                    k += 1
                elif words[k] == IN_THE_NAME_OF:
                    k += 2
                elif words[k].startswith("ال") and k > first:
                    k += 1
                else:
                    break
            if k < np_end:
                start = toks[k].start
        return ProposedSpan(start, hi, self.opt.person_label, "entity", 0.4, NAME)

    def _speaker_before(self, v: int) -> Mark | None:
        """A known speaker ending just before the verb (الوزير قال، سلمى الراشد قد قالت،
        ورد الوزير قائلا)."""
        verb_at = self.tokens[v].start
        for m in reversed(self.speakers):
            if m.end <= verb_at and norm(self.text[m.end:verb_at]).strip(" ،,") in ("", "قد"):
                return m
        return None

    def _previous_speaker(self, v: int) -> Mark | ProposedSpan | None:
        """وأضافت: «...» has no named subject: the speaker is the last one of the paragraph."""
        if self.last_speaker is None:
            return None
        at, speaker = self.last_speaker
        if any(self._breaks(k) for k in range(at + 1, v + 1)):
            return None
        return speaker

    def _link(self, head: int, speaker: Mark | ProposedSpan, type_: str, score: float) -> None:
        if isinstance(speaker, Mark) and speaker.span_id is not None:
            self.out.links.append(ProposedLink(head, type_, score, NAME, tail_span=speaker.span_id))
            return
        if isinstance(speaker, Mark):
            speaker = ProposedSpan(speaker.start, speaker.end, speaker.label, speaker.layer,
                                   0.5, NAME)
        tail = self.out.add(speaker)
        self.out.links.append(ProposedLink(head, type_, score, NAME, tail=tail))


def _org_head(word: str) -> bool:
    return word in ORG_HEADS or any(word == c + h for c in ("و", "ف") for h in ORG_HEADS)
