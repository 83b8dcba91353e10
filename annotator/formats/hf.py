"""Hugging Face token classification: one JSON line per sentence,
{"id": "DOC-SENT", "tokens": [...], "ner_tags": [...]}, IOB2 tags over the entity layer (its
outermost nesting level, or innermost with --nesting inner).

Two shapes. `--out DIR`: a dataset folder, DIR/SPLIT.jsonl with tag ids and DIR/README.md, a
dataset card whose features make `datasets.load_dataset(DIR)` give ner_tags as ClassLabel ids
with their names; a second split exported into the same folder keeps the card's ids. `--out
NAME.jsonl` (or standard output): string tags, the label list in NAME.labels.json (on standard
error without --out).

Tag ids: O, then B- and I- of every entity label of the scheme sorted by name, so they depend
neither on which tags occur nor on the order labels came into the project."""
from __future__ import annotations

import json
from dataclasses import replace
from json.encoder import encode_basestring as json_string  # as json.dumps(ensure_ascii=False)
from pathlib import Path
from typing import TextIO

from annotator.core.store import Project
from annotator.formats import hf_folder
from annotator.formats.carry import count_not_carried
from annotator.formats.nesting import ENTITY
from annotator.formats.selection import ExportSummary, Selection
from annotator.formats.tagged import document_key, iter_sentences, tagged_texts


def label_list(project: Project, first: list[str] | None = None) -> list[str]:
    """O, then B- and I- of every entity label sorted by name: the same list whatever part of
    the project goes out and whatever order its labels were added in. `first`: a list given
    before (a dataset card's), kept as it is, with any tag it lacks after it."""
    names = sorted(lab.name for lab in project.labels.scheme().labels_in(ENTITY))
    tags = ["O"] + [f"{x}-{name}" for name in names for x in ("B", "I")]
    if not first:
        return tags
    return first + [t for t in tags if t not in set(first)]


def labels_path(out_path: str) -> Path:
    """NAME.labels.json beside NAME.jsonl: the whole name but its last ending, so
    wojood.v1.jsonl and wojood.v2.jsonl get a list each."""
    path = Path(out_path)
    stem = path.stem if path.suffix in (".jsonl", ".json") else path.name
    return path.with_name(stem + ".labels.json")


def is_folder(out_path: str | None) -> bool:
    """--out names a dataset folder (anything but a .jsonl or .json file)."""
    if not out_path or out_path == "-":
        return False
    return Path(out_path).suffix.lower() not in (".jsonl", ".json")


def _list(strings: list[str]) -> str:
    """A JSON list of strings, as json.dumps(strings, ensure_ascii=False) writes it (one
    encoder call per line of the file cost a third of the export)."""
    return "[" + ", ".join(map(json_string, strings)) + "]"


def export_hf(project: Project, out: TextIO | None, selection: Selection | None = None,
              progress=None, options=None) -> ExportSummary:
    if out is None:  # a dataset folder, written by itself (the command's --out DIR)
        if not (options and options.out_path and is_folder(options.out_path)):
            raise ValueError("hf without a stream needs --out DIR")
        return hf_folder.export_folder(project, Path(options.out_path), options.split,
                                       selection, progress, options, _write_sentences,
                                       label_list)
    summary = ExportSummary()
    summary.format = "hf"
    _write_sentences(project, out, selection, progress, options, summary, None)
    labels = label_list(project)
    if options and options.out_path:
        target = labels_path(options.out_path)
        target.write_text(json.dumps(labels, ensure_ascii=False) + "\n", encoding="utf-8")
        summary.extra.append(f"label list ({len(labels)} tags) written to {target}")
    else:
        summary.extra.append("labels: " + " ".join(labels))
    return summary


def _write_sentences(project: Project, out: TextIO, selection: Selection | None, progress,
                     options, summary: ExportSummary, ids: dict[str, int] | None) -> int:
    """The sentence lines; tags as strings, or as their ids when `ids` is given. Returns the
    number of sentences."""
    nesting = options.nesting if options and options.nesting != "all" else "outer"
    count = 0
    for doc_id, external, data, _ in tagged_texts(
            project, selection or Selection(), summary, [ENTITY], nesting, None, progress):
        key = document_key(external, doc_id)
        # A line is written as its sentence is read: a long document's lines are never all
        # in memory (joined, they were a second and third copy of its tagged text).
        for n, sentence in enumerate(iter_sentences(data)):
            # One entity column: "token tag" lines, and a token holds no space, so the
            # sentence's words alternate token, tag.
            words = sentence.replace("\n", " ").split(" ")
            tags = _list(words[1::2]) if ids is None else \
                "[" + ", ".join([str(ids[t]) for t in words[1::2]]) + "]"
            out.write(f'{{"id": {json_string(f"{key}-{n}")}, '
                      f'"tokens": {_list(words[0::2])}, "ner_tags": {tags}}}\n')
            count += 1
        del data
    count_not_carried(project, summary, replace(selection or Selection(), layers={ENTITY}),
                      relations=True, attributes=True)
    return count
