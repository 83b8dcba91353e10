"""Hugging Face token classification: one JSON line per sentence,
{"id": "DOC-SENT", "tokens": [...], "ner_tags": ["B-PER", ...]}, string IOB2 tags over the entity
layer (its outermost nesting level, or innermost with --nesting inner). The label list goes to
NAME.labels.json beside the output file (to standard error when writing to standard output)."""
from __future__ import annotations

import json
from dataclasses import replace
from json.encoder import encode_basestring as json_string  # as json.dumps(ensure_ascii=False)
from pathlib import Path
from typing import TextIO

from annotator.core.store import Project
from annotator.formats.carry import count_not_carried
from annotator.formats.nesting import ENTITY
from annotator.formats.selection import ExportSummary, Selection
from annotator.formats.tagged import document_key, iter_sentences, tagged_texts


def label_list(project: Project) -> list[str]:
    """O, then B- and I- of every entity label in scheme order: the same list whatever part of
    the project goes out, so ids agree between train and test files."""
    names = [lab.name for lab in project.labels.scheme().labels_in(ENTITY)]
    return ["O"] + [f"{x}-{name}" for name in names for x in ("B", "I")]


def labels_path(out_path: str) -> Path:
    path = Path(out_path)
    return path.with_name(path.name.split(".")[0] + ".labels.json")


def _list(strings: list[str]) -> str:
    """A JSON list of strings, as json.dumps(strings, ensure_ascii=False) writes it (one
    encoder call per line of the file cost a third of the export)."""
    return "[" + ", ".join(map(json_string, strings)) + "]"


def export_hf(project: Project, out: TextIO, selection: Selection | None = None,
              progress=None, options=None) -> ExportSummary:
    nesting = options.nesting if options and options.nesting != "all" else "outer"
    summary = ExportSummary()
    summary.format = "hf"
    for doc_id, external, data, _ in tagged_texts(
            project, selection or Selection(), summary, [ENTITY], nesting, None, progress):
        key = document_key(external, doc_id)
        # A line is written as its sentence is read: a long document's lines are never all
        # in memory (joined, they were a second and third copy of its tagged text).
        for n, sentence in enumerate(iter_sentences(data)):
            # One entity column: "token tag" lines, and a token holds no space, so the
            # sentence's words alternate token, tag.
            words = sentence.replace("\n", " ").split(" ")
            out.write(f'{{"id": {json_string(f"{key}-{n}")}, '
                      f'"tokens": {_list(words[0::2])}, "ner_tags": {_list(words[1::2])}}}\n')
        del data
    count_not_carried(project, summary, replace(selection or Selection(), layers={ENTITY}),
                      relations=True, attributes=True)
    labels = label_list(project)
    if options and options.out_path:
        target = labels_path(options.out_path)
        target.write_text(json.dumps(labels, ensure_ascii=False) + "\n", encoding="utf-8")
        summary.extra.append(f"label list ({len(labels)} tags) written to {target}")
    else:
        summary.extra.append("labels: " + " ".join(labels))
    return summary
