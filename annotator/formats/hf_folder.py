"""A Hugging Face dataset folder: DIR/SPLIT.jsonl per split and DIR/README.md, the dataset card
whose YAML features give `datasets.load_dataset(DIR)` the ner_tags as ClassLabel ids with their
names (what AutoModelForTokenClassification's id2label is made from).

A split exported into a folder that has a card keeps the card's ids: train and test agree
whatever project or selection each comes from; a tag the card lacks gets the next free id."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from annotator.core.atomic import atomic_write
from annotator.core.store import Project
from annotator.formats.selection import ExportSummary, Selection

CARD = "README.md"
_NAME = re.compile(r"^ {10}'(\d+)': (\".*\")$")  # a class_label name as card_text writes it
SPLIT = re.compile(r"\w+")  # datasets' split names: letters, digits and _


def card_names(card: Path) -> list[str] | None:
    """The class_label names of a card this export wrote, in id order; None for another file."""
    found: dict[int, str] = {}
    for line in card.read_text(encoding="utf-8").splitlines():
        match = _NAME.match(line)
        if match:
            found[int(match[1])] = json.loads(match[2])
    if not found or sorted(found) != list(range(len(found))):
        return None
    return [found[i] for i in range(len(found))]


def card_text(names: list[str], splits: list[str]) -> str:
    """The card: YAML features (id, tokens, ner_tags as a sequence of class labels) and one
    data file per split, then a few lines for people."""
    lines = ["---", "dataset_info:", "  features:",
             "  - name: id", "    dtype: string",
             "  - name: tokens", "    sequence: string",
             "  - name: ner_tags", "    sequence:", "      class_label:", "        names:"]
    lines += [f"          '{i}': {json.dumps(name)}" for i, name in enumerate(names)]
    lines += ["configs:", "- config_name: default", "  data_files:"]
    for split in splits:
        lines += [f"  - split: {split}", f"    path: {split}.jsonl"]
    lines += ["---", "",
              "# Token classification data exported by annotator",
              "",
              "One JSON line per sentence: `id` (document id, then sentence number), `tokens`, "
              "`ner_tags` (IOB2 tag ids; the names are in the features above). Load with "
              "`datasets.load_dataset(\"PATH/TO/THIS/FOLDER\")`; "
              "`features[\"ner_tags\"].feature.names` gives id2label.", ""]
    return "\n".join(lines)


Writer = Callable[..., int]


def export_folder(project: Project, folder: Path, split: str, selection: Selection | None,
                  progress, options, write_sentences: Writer,
                  label_list: Callable[[Project, list[str] | None], list[str]]
                  ) -> ExportSummary:
    if not SPLIT.fullmatch(split):
        raise ValueError(f"--split {split}: a split name is letters, digits and _")
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder}: is a file; hf --out names a folder (or a .jsonl file)")
    card = folder / CARD
    first = None
    if card.exists():
        first = card_names(card)
        if first is None:
            raise ValueError(f"{card}: not a dataset card written by this export; "
                             "choose another folder")
    labels = label_list(project, first)
    folder.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    summary.format = "hf"
    data = folder / f"{split}.jsonl"
    with atomic_write(data, "w", encoding="utf-8", newline="\n") as out:
        count = write_sentences(project, out, selection, progress, options, summary,
                                {tag: i for i, tag in enumerate(labels)})
    splits = sorted({p.stem for p in folder.glob("*.jsonl") if SPLIT.fullmatch(p.stem)}
                    | {split})
    with atomic_write(card, "w", encoding="utf-8", newline="\n") as out:
        out.write(card_text(labels, splits))
    summary.extra.append(f"{count} sentences written to {data}; dataset card {card} "
                         f"({len(labels)} tags)")
    if first and len(labels) > len(first):
        summary.extra.append(f"{len(labels) - len(first)} tags not in the card before added "
                             f"after its ids: " + " ".join(labels[len(first):]))
    return summary
