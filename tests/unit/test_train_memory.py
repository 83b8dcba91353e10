"""Training makes each sentence's features as crfsuite takes it in: the memory Python holds
while training does not grow with the number of sentences (it grew with all their feature
dicts at once). crfsuite's own copy is C memory, which tracemalloc does not see."""
from __future__ import annotations

import random
import tracemalloc

from annotator.suggest import features
from annotator.suggest.crf import CRF_PARAMS, train_bytes

WORDS = [f"كلمة{i}" for i in range(30)]  # few words: the cache and the model stay small


def sentences(count: int, seed: int = 3) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(WORDS, k=12)
        tags = ["B-PER" if w.endswith("7") else "O" for w in words]
        out.append((words, tags))
    return out


def python_peak_mb(count: int) -> float:
    data = sentences(count)
    features._rich_token.cache_clear()
    tracemalloc.start()
    try:
        train_bytes(data, params={**CRF_PARAMS, "max_iterations": 2})
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_training_memory_does_not_grow_with_the_sentences():
    small, large = python_peak_mb(300), python_peak_mb(1200)
    assert large < small * 1.5, (small, large)
