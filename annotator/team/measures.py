"""The agreement measures, computed from counts so that millions of tokens cost one pass.

kappa: Cohen's kappa from a confusion Counter {(value_a, value_b): n}.
alpha: Krippendorff's alpha (nominal) from a Counter of units {(value per coder, None where
missing): n}; units with fewer than two values are not pairable and do not count.
f1: span matching, exact (start, end, label) and overlapping (same label, each span matched
at most once).
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Iterable, Optional

Triple = tuple[int, int, str]


def kappa(confusion: Counter) -> Optional[float]:
    total = sum(confusion.values())
    if total == 0:
        return None
    agree = sum(n for (a, b), n in confusion.items() if a == b)
    row: Counter = Counter()
    col: Counter = Counter()
    for (a, b), n in confusion.items():
        row[a] += n
        col[b] += n
    expected = sum(row[v] * col[v] for v in row) / (total * total)
    observed = agree / total
    if expected == 1.0:
        return None  # one value only: kappa is undefined (scikit-learn gives nan)
    return (observed - expected) / (1.0 - expected)


def alpha(units: Counter) -> Optional[float]:
    """Nominal alpha. Per unit with m >= 2 values whose counts are n_v, the observed
    disagreement is (m^2 - sum n_v^2) / (m - 1); expected comes from the pooled n_v."""
    pooled: Counter = Counter()
    disagreement = 0.0
    for unit, n in units.items():
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        disagreement += n * (m * m - sum(c * c for c in counts.values())) / (m - 1)
        for v, c in counts.items():
            pooled[v] += c * n
    total = sum(pooled.values())
    if total < 2:
        return None
    expected = total * total - sum(c * c for c in pooled.values())
    if expected == 0:
        return None  # one value only: alpha is undefined
    return 1.0 - (total - 1) * disagreement / expected


def binary(counter: Counter, label: str) -> Counter:
    """The same counts with every value turned into `label` or not-`label` (per-label
    measures); None (missing) stays None."""
    out: Counter = Counter()
    for key, n in counter.items():
        out[tuple(None if v is None else v == label for v in key)] += n
    return out


def exact_matches(a: Iterable[Triple], b: Iterable[Triple]) -> int:
    return sum((Counter(a) & Counter(b)).values())


def overlap_matches(a: list[Triple], b: list[Triple]) -> int:
    """Pairs of spans with the same label that overlap, each span used once: exact pairs
    first, then the rest greedily by start."""
    left = Counter(a)
    right = Counter(b)
    common = left & right
    matched = sum(common.values())
    rest_a = sorted((left - common).elements())
    rest_b = sorted((right - common).elements())
    used = [False] * len(rest_b)
    for s, e, label in rest_a:
        for k, (s2, e2, label2) in enumerate(rest_b):
            if s2 >= e:
                break
            if not used[k] and label2 == label and s < e2:
                used[k] = True
                matched += 1
                break
    return matched


def f1(matched: int, size_a: int, size_b: int) -> Optional[float]:
    return None if size_a + size_b == 0 else 2 * matched / (size_a + size_b)


def ratio(part: int, whole: int) -> Optional[float]:
    return None if whole == 0 else part / whole


def by_key(items: Iterable[Triple], key: Callable[[Triple], Hashable]) -> dict:
    out: dict = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out
