"""Quotes and speakers by rule, for Arabic news.

- A direct quote is the text between “ ”, « » or " " when a reporting frame is near it: a speech
  verb before it in the sentence (وقال الوزير: «...») or after it («...»، أضاف الوزير), or an
  attribution after it («...» بحسب الوزارة). The marks stay outside the span unless
  `marks_inside`. A long quoted passage with no frame is proposed with a low score; a single
  quoted word, or a short passage with no frame (a term in quotation marks), is not proposed.
- The speaker is a known entity near the verb (a stored span or one an earlier suggester
  proposed: after the verb, or just before it), else the noun phrase after the verb, which is
  proposed as an entity too. The quote is linked to it by said_by.
- With no quote marks, the clause after أن / إن that follows a speech verb is proposed as a
  claim, linked to its speaker by claimed_by.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Sequence

from annotator.suggest.arabic import norm
from annotator.suggest.base import Mark, Proposals, ProposedLink, ProposedSpan
from annotator.suggest.speech import (ATTRIBUTIONS, COMPLEMENTIZERS, FOLLOWERS,
                                      IN_THE_NAME_OF, NAMED_WORKS, NP_STOPS, ORG_HEADS,
                                      QUOTE_PAIRS, SENTENCE_ENDERS, SPEECH_VERBS, TITLES)
from annotator.suggest.window import Seek, TokenWindow

NAME = "quotes"
FRAME_BEFORE = 14  # tokens looked at before a quote for its verb
MAX_NP = 5         # tokens in a speaker's noun phrase
MAX_CLAUSE_GAP = 8  # tokens between a verb and its أن / إن


@dataclass
class QuoteOptions:
    quote_label: str = "QUOTE"
    claim_label: str = "CLAIM"
    person_label: str = "PER"
    org_label: str = "ORG"
    speaker_labels: tuple[str, ...] = ("PER", "PERS", "ORG", "NORP")
    said_by: str = "said_by"
    claimed_by: str = "claimed_by"
    marks_inside: bool = False
    min_unframed_words: int = 5
    min_framed_words: int = 2


class QuoteSuggester:
    name = NAME

    def __init__(self, options: QuoteOptions | None = None):
        self.options = options or QuoteOptions()

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        return _Run(text, known, self.options).run()


class _Run:
    """One pass over the text in order. Each question the rules ask (where does this quote
    close, where does this clause end, which known speaker starts here) is answered by a
    look-up or a search that does not go over the same stretch twice, so the work is linear
    in the text, and only the tokens from a little behind the current one to the end of the
    paragraph ahead are held (window.py)."""

    def __init__(self, text: str, known: Sequence[Mark], options: QuoteOptions):
        self.text, self.opt = text, options
        self.toks = TokenWindow(text)
        self.speakers = sorted((m for m in known if m.label in options.speaker_labels),
                               key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.speakers]
        self._ending: dict[int, int] = {}  # end offset -> the last speaker (in order) ending there
        for n, m in enumerate(self.speakers):
            self._ending[m.end] = n
        self._closers = {c: Seek(self.toks, self._stop_for(c)) for c in set(QUOTE_PAIRS.values())}
        self._clause_end = Seek(self.toks, self._ends_clause)
        self._last_word: tuple[int, int] = (-1, -1)  # (before, the last word token before it)
        self.out = Proposals()
        self.used_verbs: set[int] = set()  # verbs ahead already taken by a quote
        # (token, its paragraph, speaker)
        self.last_speaker: tuple[int, int, Mark | ProposedSpan] | None = None

    def run(self) -> Proposals:
        """In text order, so a speaker named earlier in a paragraph is known later."""
        toks = self.toks
        close_at = -1
        scan = 0  # where the search for quote pairs stands: it skips what a pair covers
        i = 0
        while i - toks.base < len(toks.starts) or toks.has(i):
            w = toks.words[i - toks.base]
            pair = None
            if i == scan:
                # an opening mark is its own normal form: most tokens are passed over here
                pair = self._pair_from(i) if w in QUOTE_PAIRS else None
                scan = pair + 1 if pair is not None else i + 1
            if pair is not None:
                self._direct(i, pair)
                close_at = pair
            elif i > close_at and w in SPEECH_VERBS and i not in self.used_verbs:
                self._claim(i)
            elif i > close_at and w in ATTRIBUTIONS and i not in self.used_verbs:
                self._attributed(i)
            if self.used_verbs:
                self.used_verbs.discard(i)
            if not i & 1023:
                toks.forget_before(i)
            i += 1
        return self.out

    # ---- structure ----------------------------------------------------------------------------
    def _stop_for(self, closer: str) -> Callable[[int], bool]:
        toks = self.toks
        # a mark is its own normal form: the normal form passes most tokens over
        return lambda k: toks.word(k) == closer and toks.raw(k) == closer or toks.breaks(k)

    def _ends_clause(self, k: int) -> bool:
        toks = self.toks
        w = toks.word(k)
        return w in SENTENCE_ENDERS or toks.breaks(k) or w in QUOTE_PAIRS \
            and toks.raw(k) in QUOTE_PAIRS

    def _pair_from(self, i: int) -> int | None:
        """The closing mark of an outermost quote opening at token i, within its paragraph
        (the closing mark may open the next one)."""
        closer = QUOTE_PAIRS.get(self.toks.raw(i))
        if closer is None:
            return None
        j = self._closers[closer](i + 1)
        if j is not None and self.toks.raw(j) == closer and j > i + 1 \
                and not self.toks.breaks(j):   # the search stopped at the next paragraph
            return j
        return None

    def _sentence_start(self, i: int, floor: int) -> int:
        """Index of the first token of the sentence holding token i, or floor if that is
        further back."""
        toks = self.toks
        while i > floor and toks.word(i - 1) not in SENTENCE_ENDERS and not toks.breaks(i) \
                and toks.raw(i - 1) not in QUOTE_PAIRS.values():
            i -= 1
        return i

    # ---- direct quotes ----------------------------------------------------------------------
    def _direct(self, open_i: int, close_i: int) -> None:
        toks = self.toks
        verb = self._verb_before(open_i)
        after = None if verb is not None else self._frame_after(close_i)
        n_words = sum(1 for k in range(open_i + 1, close_i) if toks.is_word(k))
        if n_words < self.opt.min_framed_words or (
                verb is None and after is None and n_words < self.opt.min_unframed_words):
            return  # a quoted term or name («قسد»), not a quote
        if n_words <= 4 and open_i > toks.base and _names_work(toks.light(open_i - 1)):
            return  # the name of a festival, a book, a programme: مهرجان "ليالي الشرق"
        if self.opt.marks_inside:
            start, end = toks.start(open_i), toks.end(close_i)
        else:
            start, end = toks.start(open_i + 1), toks.end(close_i - 1)
        score = 0.9 if verb is not None or after is not None else 0.5
        q = self.out.add(ProposedSpan(start, end, self.opt.quote_label, "quote", score, NAME,
                                      {"kind": "direct"}))
        speaker = None
        if verb is not None:
            speaker = self._speaker_after(verb, limit=open_i) or self._speaker_before(verb) \
                or self._previous_speaker(verb)
        elif after is not None:
            kind, at = after
            speaker = self._speaker_after(at, limit=None, attribution=kind == "attr")
        if speaker is not None:
            self.last_speaker = (open_i, toks.para(open_i), speaker)
            self._link(q, speaker, self.opt.said_by, score)
        self._inner(open_i, close_i)

    def _inner(self, open_i: int, close_i: int) -> None:
        """Quotes inside a quote, in other marks: «قال لي الضابط "ستبقى هنا طويلا" ثم...».
        Each is linked to a speaker marked inside the outer quote before it, if there is one."""
        toks = self.toks
        outer = QUOTE_PAIRS.get(toks.raw(open_i))
        k = open_i + 1
        while k < close_i:
            closer = QUOTE_PAIRS.get(toks.raw(k))
            if closer is None or closer == outer:
                k += 1
                continue
            end = next((j for j in range(k + 1, close_i) if toks.raw(j) == closer), None)
            if end is None:
                k += 1
                continue
            if sum(1 for j in range(k + 1, end) if toks.is_word(j)) >= self.opt.min_framed_words:
                if self.opt.marks_inside:
                    start, stop = toks.start(k), toks.end(end)
                else:
                    start, stop = toks.start(k + 1), toks.end(end - 1)
                q = self.out.add(ProposedSpan(start, stop, self.opt.quote_label, "quote", 0.6,
                                              NAME, {"kind": "direct"}))
                inside = self._marked_before(k)
                if inside is not None and inside.start >= toks.end(open_i):
                    self._link(q, inside, self.opt.said_by, 0.6)
            k = end + 1

    def _verb_before(self, open_i: int) -> int | None:
        lo = self._sentence_start(open_i, max(0, open_i - FRAME_BEFORE))
        for v in range(open_i - 1, lo - 1, -1):
            if self.toks.word(v) in SPEECH_VERBS:
                return v
        return None

    def _frame_after(self, close_i: int) -> tuple[str, int] | None:
        """("verb" | "attr", index) of a speech verb or attribution right after a quote."""
        toks = self.toks
        for k in range(close_i + 1, close_i + 4):
            if not toks.has(k) or toks.breaks(k):   # the frame is in the quote's paragraph
                return None
            w = toks.word(k)
            if w in SPEECH_VERBS:
                self.used_verbs.add(k)
                return "verb", k
            if w in ATTRIBUTIONS:
                self.used_verbs.add(k)
                return "attr", k
            if toks.is_word(k):
                return None
        return None

    # ---- indirect: claims -------------------------------------------------------------------
    def _claim(self, v: int) -> None:
        toks = self.toks
        c = None
        for k in range(v + 1, v + 1 + MAX_CLAUSE_GAP):
            if not toks.has(k):
                break
            if toks.word(k) in SENTENCE_ENDERS or toks.raw(k) in QUOTE_PAIRS \
                    or toks.breaks(k):
                return
            if toks.word(k) in COMPLEMENTIZERS:
                c = k
                break
        if c is None or not toks.has(c + 1):
            return
        end_i = self._clause_end(c + 1)
        cut = None
        if end_i is not None and toks.word(end_i) not in SENTENCE_ENDERS \
                and not toks.breaks(end_i):
            # وقال إن الحكومة ستعمل، مضيفا: «...»: the claim ends at the comma before the
            # reporting word that opens the quote; else the quote covers the clause
            cut = self._comma_before_report(c + 1, end_i)
            if cut is None:
                return
        last = self._last_word_before(end_i) if cut is None else self._last_word_in(c + 1, cut)
        if last <= c:
            return  # trailing punctuation stays outside
        claim = self.out.add(ProposedSpan(toks.start(c + 1), toks.end(last),
                                          self.opt.claim_label, "claim", 0.6, NAME))
        speaker = self._speaker_after(v, limit=c) or self._speaker_before(v) \
            or self._previous_speaker(v)
        if speaker is not None:
            self.last_speaker = (v, toks.para(v), speaker)
            self._link(claim, speaker, self.opt.claimed_by, 0.6)

    def _attributed(self, a: int) -> None:
        """A claim attributed without a verb: «ارتفعت الأسعار، بحسب الوزارة» (the clause before
        the attribution) or «وبحسب الوزارة، فإن الأسعار ارتفعت» (the clause after its comma)."""
        toks = self.toks
        floor = max(toks.base, a - 60)
        if a > floor and toks.word(a - 1) in _COMMAS and not toks.breaks(a):
            first = self._sentence_start(a - 1, floor)
            last = self._last_word_in(first, a - 1)
            speaker_limit: int | None = None
        elif self._sentence_start(a, max(toks.base, a - 1)) == a:
            comma = None
            for k in range(a + 1, a + 12):   # within the sentence and the paragraph
                if not toks.has(k) or toks.breaks(k) or toks.word(k) in SENTENCE_ENDERS:
                    break
                if toks.word(k) in _COMMAS:
                    comma = k
                    break
            if comma is None or not toks.has(comma + 1) or toks.breaks(comma + 1):
                return
            first = comma + 1
            if toks.word(first) in _THEN_THAT:
                first += 1
            end_i = self._clause_end(first)
            if end_i is not None and toks.word(end_i) not in SENTENCE_ENDERS \
                    and not toks.breaks(end_i):
                return  # a quote follows: it is the attributed words
            last = self._last_word_before(end_i)
            speaker_limit = comma
        else:
            return
        if last < first or sum(1 for k in range(first, last + 1) if toks.is_word(k)) < 3:
            return
        claim = self.out.add(ProposedSpan(toks.start(first), toks.end(last),
                                          self.opt.claim_label, "claim", 0.5, NAME))
        speaker = self._speaker_after(a, limit=speaker_limit, attribution=True)
        if speaker is not None:
            self.last_speaker = (a, toks.para(a), speaker)
            self._link(claim, speaker, self.opt.claimed_by, 0.5)

    def _comma_before_report(self, lo: int, quote_i: int) -> int | None:
        """The comma in [lo, quote_i) followed, within two tokens, by a reporting word (مضيفا،
        وقال، ثم أضاف) that the quote at quote_i belongs to; None if there is none."""
        toks = self.toks
        for k in range(quote_i - 1, lo, -1):
            if toks.word(k) in _COMMAS and any(
                    toks.word(j) in SPEECH_VERBS for j in range(k + 1, min(k + 3, quote_i))):
                return k
        return None

    def _last_word_in(self, lo: int, end_i: int) -> int:
        k = end_i - 1
        while k >= lo and not self.toks.is_word(k):
            k -= 1
        return k if k >= lo else -1

    def _last_word_before(self, end_i: int | None) -> int:
        """The last word token before end_i (None: the text's end), or -1; claims ending at
        the same place ask once."""
        toks = self.toks
        if end_i is None:
            end_i = toks.base + len(toks.starts)  # the search reached the end: all are made
        if self._last_word[0] != end_i:
            k = end_i - 1
            while k >= toks.base and not toks.is_word(k):
                k -= 1
            self._last_word = (end_i, k if k >= toks.base else -1)
        return self._last_word[1]

    # ---- speakers ---------------------------------------------------------------------------
    def _speaker_after(self, v: int, limit: int | None, attribution: bool = False
                       ) -> Mark | ProposedSpan | None:
        """A known speaker starting in the noun phrase after token v, else that phrase.
        limit: the token the phrase stops before (None: the text's end)."""
        toks = self.toks

        def below(k: int) -> bool:   # and in v's paragraph
            return (k < limit if limit is not None else toks.has(k)) and not toks.breaks(k)

        first = v + 1
        if attribution:
            while below(first) and toks.word(first) in FOLLOWERS:
                first += 1
            if below(first) and toks.word(first) in SPEECH_VERBS:   # حسب ما أفاد الدفاع
                first += 1
        np_end = first
        # a title may bring an organisation before the name: مدير مستشفى الشفاء الدكتور عماد
        longest = MAX_NP + 3 if below(first) and toks.word(first) in TITLES else MAX_NP
        while np_end < first + longest and below(np_end) and toks.is_word(np_end) \
                and toks.light(np_end) not in NP_STOPS \
                and toks.word(np_end) not in SPEECH_VERBS \
                and not toks.word(np_end).startswith("لل"):   # للصحفيين, لللجنة
            np_end += 1
        if np_end == first:
            return None
        lo, hi = toks.start(first), toks.end(np_end - 1)
        n = bisect_left(self._starts, lo)  # the first known speaker starting in [lo, hi)
        if n < len(self._starts) and self._starts[n] < hi:
            return self.speakers[n]
        start = lo
        first_word = toks.word(first)
        if attribution and first_word.startswith("ل") and len(first_word) > 3:
            start += 1  # وفقا لوزير الخارجية: the ل stays outside (and لـ's tatweel)
            while start < hi and self.text[start] == "\u0640":
                start += 1
        if _org_head(first_word):
            return ProposedSpan(start, hi, self.opt.org_label, "entity", 0.4, NAME)
        name = _after_titles(toks, first, np_end)
        if first < name < np_end:  # الوزير أحمد سعيد: the person is أحمد سعيد
            start = toks.start(name)
        return ProposedSpan(start, hi, self.opt.person_label, "entity", 0.4, NAME)

    def _speaker_before(self, v: int) -> Mark | None:
        """A known speaker ending just before the verb (الوزير قال، سلمى الراشد قد قالت،
        ورد الوزير قائلا): what lies between normalises to nothing but spaces and commas,
        and قد. Read backwards from the verb, a character at a time, and only as far as
        such a gap can reach."""
        text, verb_at = self.text, self.toks.start(v)
        best = -1
        state = _GAP  # what the characters read so far (from the verb back) can still be
        p = verb_at
        while True:
            if state != _QAD_D:
                best = max(best, self._ending.get(p, -1))
            if p == 0:
                break
            for ch in reversed(norm(text[p - 1])):
                state = _GAP_STEP.get((state, ch), _DEAD)
            if state == _DEAD:
                break
            p -= 1
        return self.speakers[best] if best >= 0 else None

    def _previous_speaker(self, v: int) -> Mark | ProposedSpan | None:
        """وأضافت: «...» has no named subject: the speaker is the last one of the paragraph,
        else the nearest person or organisation already marked before the verb in it (زار
        الوزير فلان المدينة. وقال: «...»)."""
        if self.last_speaker is not None:
            at, para, speaker = self.last_speaker
            if v <= at or self.toks.para(v) == para:
                return speaker
        return self._marked_before(v)

    def _marked_before(self, v: int) -> Mark | None:
        verb_at = self.toks.start(v)
        floor = max(0, verb_at - _PRONOUN_REACH)
        n = bisect_left(self._starts, verb_at) - 1
        while n >= 0 and self._starts[n] >= floor:
            m = self.speakers[n]
            if m.end <= verb_at:
                between = self.text[m.end:verb_at]
                return None if "\n" in between or "\u2029" in between else m
            n -= 1
        return None

    def _link(self, head: int, speaker: Mark | ProposedSpan, type_: str, score: float) -> None:
        if isinstance(speaker, Mark) and speaker.span_id is not None:
            self.out.links.append(ProposedLink(head, type_, score, NAME, tail_span=speaker.span_id))
            return
        if isinstance(speaker, Mark):
            speaker = ProposedSpan(speaker.start, speaker.end, speaker.label, speaker.layer,
                                   0.5, NAME)
        tail = self.out.add(speaker)
        self.out.links.append(ProposedLink(head, type_, score, NAME, tail=tail))


# The gap between a speaker and its verb, read from the verb back: spaces and commas, then
# at most one قد (its د first), then spaces and commas. _QAD_D: the د read, the ق awaited.
_GAP, _QAD_D, _AFTER_QAD, _DEAD = range(4)
_GAP_STEP: dict[tuple[int, str], int] = {(_GAP, "\u062F"): _QAD_D, (_QAD_D, "\u0642"): _AFTER_QAD}
for _ch in " \u060C,":
    _GAP_STEP[(_GAP, _ch)] = _GAP
    _GAP_STEP[(_AFTER_QAD, _ch)] = _AFTER_QAD


_COMMAS = frozenset({"\u060C", ","})
_PRONOUN_REACH = 300          # characters back to a speaker a pronoun may refer to
_THEN_THAT = frozenset(norm(w) for w in ("فإن", "فإنه", "فإنها", "فان"))


def _names_work(word: str) -> bool:
    """مهرجان, والمهرجان, بمهرجان, لكتاب ...: a word naming a work or an event."""
    return word in NAMED_WORKS or any(word.startswith(p) and word[len(p):] in NAMED_WORKS
                                      for p in ("و", "ب", "ل", "وب", "ول", "ف"))


def _org_head(word: str) -> bool:
    return word in ORG_HEADS or any(word == c + h for c in ("و", "ف") for h in ORG_HEADS)


def _after_titles(toks: TokenWindow, first: int, np_end: int) -> int:
    """The first token of the name after leading titles and what belongs to them
    (وزير الخارجية العراقي، المتحدث باسم الجيش); np_end when no name follows."""
    if first >= np_end or toks.word(first) not in TITLES:
        return first
    # from the last title: مدير مستشفى الشفاء الدكتور عماد يوسف names عماد يوسف
    k = max(j for j in range(first, np_end) if toks.word(j) in TITLES)
    while k < np_end:
        word = toks.word(k)
        if word in TITLES:
            k += 1
        elif word == IN_THE_NAME_OF:
            k += 2
        elif word.startswith("ال") and k > first:  # the title's complement
            k += 1
        else:
            break
    return min(k, np_end)
