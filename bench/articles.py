"""Generated Arabic news articles for the benchmarks: 480 words drawn from the sample corpus,
about 10 spans each, some of them clitic-joined (a span edge inside a word, as لداعش or
والعراق are annotated), written as native JSONL."""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
ENTITY = ["PER", "ORG", "LOC", "MISC"]
_CLITICS = ("و", "ل", "ب", "ف")
_ENDERS = ".!?\u061F\u2026"


def _words() -> list[str]:
    text = next((ROOT / "corpus").glob("*.txt")).read_text(encoding="utf-8")
    return text.split()  # words with their punctuation, as news text has it


ANNOTATORS = ("ali", "mona", "sara")
STATUSES = ("done", "in_progress", "done", "skipped")


def articles(count: int, *, words: int = 480, spans: int = 10, in_word_docs: float = 0.8,
             seed: int = 7) -> Iterator[dict]:
    """Native JSONL records. `spans` per document: all but two are entities (the other two a
    quote and a claim); in a share `in_word_docs` of documents one entity span starts after a
    clitic inside its word. Each record carries a status and the annotator it belongs to, as
    an export does (`status` beside `statuses`), so an import writes a status per record."""
    vocab = _words()
    clitic_words = [w for w in vocab if w[0] in _CLITICS and len(w) > 3 and w.isalpha()]
    rng = random.Random(seed)
    for i in range(count):
        chosen = rng.choices(vocab, k=words)
        inner = rng.random() < in_word_docs
        if inner:
            chosen[rng.randrange(10, words - 10)] = rng.choice(clitic_words)
        edges: list[tuple[int, int, str]] = []
        title = f"مقال رقم {i}"
        text_parts = [title]
        at = len(title) + 2
        pos = 0
        while pos < words:
            n = min(words - pos, rng.randint(50, 90))
            para = chosen[pos:pos + n]
            for k, w in enumerate(para):
                # (the paragraph's last word carries its full stop, for the entity check)
                edges.append((at, at + len(w), w + ("." if k == len(para) - 1 else "")))
                at += len(w) + 1
            text_parts.append(" ".join(para) + ".")
            at += 1  # the full stop, then "\n\n" less the last word's space
            at += 1
            pos += n
        text = "\n\n".join(text_parts)
        out = []
        used: set[int] = set()
        for k in range(spans):
            while True:
                a = rng.randrange(len(edges) - 3)
                if a not in used:
                    break
            used.add(a)
            if k == spans - 2:
                b = min(a + rng.randint(5, 12), len(edges) - 1)
                label = "QUOTE"
            elif k == spans - 1:
                b = min(a + rng.randint(3, 8), len(edges) - 1)
                label = "CLAIM"
            else:  # an entity holds no sentence end (the CoNLL export keeps it in one)
                b = a + rng.randrange(3)
                while b > a and any(edges[j][2][-1] in _ENDERS for j in range(a, b)):
                    b -= 1
                label = ENTITY[k % len(ENTITY)]
            out.append({"start": edges[a][0], "end": edges[b][1], "label": label})
        if inner:
            for j, (a, b, w) in enumerate(edges):
                if w.rstrip(".") in clitic_words and j not in used:
                    out[0] = {"start": a + 1, "end": b, "label": "LOC"}
                    break
        for s in out:
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]], s
        who, status = ANNOTATORS[i % 3], STATUSES[i % 4]
        yield {"id": f"a{i}", "text": text, "status": status, "statuses": {who: status},
               "spans": out}


def write_jsonl(path: Path, count: int, **kw) -> int:
    """Write `count` articles to `path`; returns the UTF-8 size of their texts."""
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in articles(count, **kw):
            size += len(rec["text"].encode("utf-8"))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return size
