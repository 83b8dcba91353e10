"""Turn paragraphs.txt (inline marks) into paragraphs.jsonl (the native JSONL, with spans and
said_by / claimed_by relations). Run from this folder after editing paragraphs.txt."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\{([A-Z]+)([#>])(\d+)\|([^{}]*)\}")
RELATION = {"QUOTE": "said_by", "CLAIM": "claimed_by"}
LAYER = {"QUOTE": "quote", "CLAIM": "claim"}


def parse(line: str) -> dict:
    text, spans, links, entity_ids = "", [], [], {}
    pos = 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        label, kind, n, inner = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        sid = len(spans) + 1
        spans.append({"id": sid, "start": len(text), "end": len(text) + len(inner),
                      "label": label, "layer": LAYER.get(label, "entity"), "text": inner})
        if kind == "#":
            entity_ids[n] = sid
        else:
            links.append((sid, n, RELATION[label]))
        text += inner
        pos = m.end()
    text += line[pos:]
    relations = [{"head": h, "tail": entity_ids[n], "type": t} for h, n, t in links]
    return {"text": text, "spans": spans, "relations": relations, "status": "done"}


def main() -> None:
    lines = [ln for ln in (HERE / "paragraphs.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    with open(HERE / "paragraphs.jsonl", "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(json.dumps(parse(ln), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
