"""The quote development set: its JSONL halves are what make_dev.py makes of dev.txt, every
style has paragraphs in both halves, and the scorer gives a perfect suggester full marks and
tells a wrong speaker from a missed quote."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from annotator.suggest.base import ProposedLink, ProposedSpan, Proposals
from annotator.suggest.quote_scores import score

DATA = Path(__file__).resolve().parents[1] / "data" / "quotes"


def make_dev():
    spec = importlib.util.spec_from_file_location("make_dev", DATA / "make_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def halves() -> dict[str, list[dict]]:
    return {h: [json.loads(x) for x in (DATA / f"dev.{h}.jsonl").read_text("utf-8").splitlines()]
            for h in ("tune", "report")}


def test_the_halves_are_made_from_dev_txt():
    for name, body in make_dev().rendered().items():
        assert (DATA / name).read_text(encoding="utf-8") == body, f"run make_dev.py ({name})"


def test_at_least_80_paragraphs_and_every_style_in_both_halves():
    docs = halves()
    assert sum(len(v) for v in docs.values()) >= 80
    styles = {h: {d["meta"]["style"] for d in v} for h, v in docs.items()}
    assert styles["tune"] == styles["report"] and len(styles["tune"]) >= 12
    for d in docs["tune"] + docs["report"]:
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]


def test_nested_marks_are_read():
    doc = make_dev().parse("وقال {PER#1|سليم}: «{QUOTE>1|قال {PER#2|فؤاد} \"{QUOTE>2|نعم}\"}».",
                           "x")
    spans = {s["text"]: s for s in doc["spans"]}
    assert set(spans) == {"سليم", "قال فؤاد \"نعم\"", "فؤاد", "نعم"}
    pairs = {(r["head"], r["tail"]) for r in doc["relations"]}
    assert pairs == {(spans["قال فؤاد \"نعم\""]["id"], spans["سليم"]["id"]),
                     (spans["نعم"]["id"], spans["فؤاد"]["id"])}


class Echo:
    """Proposes the gold: quotes and claims, and their speakers as proposals of its own."""

    def __init__(self, doc: dict, wrong_speaker: bool = False):
        self.doc, self.wrong = doc, wrong_speaker

    def suggest(self, text, known=()):
        out, index = Proposals(), {}
        for s in self.doc["spans"]:
            index[s["id"]] = out.add(ProposedSpan(s["start"], s["end"], s["label"], s["layer"],
                                                  1.0, "echo"))
        for r in self.doc["relations"]:
            tail = index[r["tail"]]
            if self.wrong:
                tail = out.add(ProposedSpan(0, 1, "PER", "entity", 1.0, "echo"))
            out.links.append(ProposedLink(index[r["head"]], r["type"], 1.0, "echo", tail=tail))
        return out


def test_the_scorer_gives_the_gold_full_marks_and_finds_a_wrong_speaker():
    docs = halves()["report"]
    for doc in docs:
        total, _ = score([doc], Echo(doc), known_entities=False)
        assert total.f1 == 1.0 or total.gold == 0
        assert total.speakers == 1.0
        if doc["relations"]:
            wrong, _ = score([doc], Echo(doc, wrong_speaker=True), known_entities=False)
            assert wrong.speakers == 0.0 and wrong.speakers_on_found == 0.0
            assert any("speaker of" in m for m in wrong.misses)
