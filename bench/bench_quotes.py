"""Quote, claim and speaker suggestions on paragraphs the rules were not written against.

Data: tests/data/quotes/dev.txt, 92 paragraphs of Arabic news in 13 styles (direct and indirect
speech, attributions without a verb, nested quotes, pronoun speakers, titles before names,
quote marks that are not quotes, ...), split into a half for tuning the rules (dev.tune.jsonl)
and a half only reported on (dev.report.jsonl); and the first set, paragraphs.jsonl, the 16
paragraphs the rules were first written against, labelled as such.
Scores (annotator/suggest/quote_scores.py): quote and claim spans exact and label-free;
speakers exact (the same quote range linked to the same speaker range), from the text alone and
with the paragraph's entities already marked.
Run: python bench/bench_quotes.py [--styles] [--misses]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.suggest.quote_scores import Tally, score  # noqa: E402
from annotator.suggest.quotes import QuoteSuggester  # noqa: E402

DATA = ROOT / "tests" / "data" / "quotes"
SETS = [("report half (never tuned on)", "dev.report.jsonl"), ("tune half", "dev.tune.jsonl"),
        ("first set (the rules were written against it)", "paragraphs.jsonl")]


def read(name: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines()]


def row(name: str, t: Tally) -> str:
    return (f"  {name:<22} spans P {t.precision:.2f} R {t.recall:.2f} F1 {t.f1:.2f} "
            f"({t.tp}/{t.gold})   speakers {t.speakers:.0%} ({t.links_exact}/{t.links_gold}; "
            f"{t.speakers_on_found:.0%} of those found)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--styles", action="store_true", help="a row per style too")
    ap.add_argument("--misses", action="store_true", help="list what each set missed")
    args = ap.parse_args()
    for title, name in SETS:
        docs = read(name)
        print(f"{title}: {name}, {len(docs)} paragraphs")
        for known in (False, True):
            total, by_style = score(docs, QuoteSuggester(), known)
            print(row("entities marked" if known else "text alone", total))
            if args.styles:
                for style, t in sorted(by_style.items()):
                    print("  " + row(style, t))
            if args.misses and not known:
                for miss in total.misses:
                    print("    " + miss)


if __name__ == "__main__":
    main()
