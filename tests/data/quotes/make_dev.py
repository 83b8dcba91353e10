"""Turn dev.txt (inline marks that may nest, "## style" headings) into the native JSONL:
dev.tune.jsonl (the 1st, 3rd, ... paragraph of the file) and dev.report.jsonl (the 2nd, 4th,
...), so that each style has paragraphs in both halves. Each line carries meta {"style", "split", "line"}. Run from anywhere after editing
dev.txt; tests/unit/test_quote_dev_set.py checks the files are up to date."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
OPEN = re.compile(r"\{([A-Z]+)(?:([#>])(\d+))?\|")
RELATION = {"QUOTE": "said_by", "CLAIM": "claimed_by"}
LAYER = {"QUOTE": "quote", "CLAIM": "claim"}


def parse(line: str, where: str) -> dict:
    """One paragraph: its plain text, spans (ids in order of their opening mark) and links."""
    text: list[str] = []
    length = 0
    spans: list[dict] = []
    open_marks: list[tuple[int, str, str | None, int | None]] = []  # span index, label, kind, n
    entity_ids: dict[int, int] = {}
    links: list[tuple[int, int, str]] = []
    i = 0
    while i < len(line):
        m = OPEN.match(line, i)
        if m:
            label, kind, n = m.group(1), m.group(2), m.group(3)
            spans.append({"id": len(spans) + 1, "start": length, "end": None, "label": label,
                          "layer": LAYER.get(label, "entity")})
            open_marks.append((len(spans) - 1, label, kind, int(n) if n else None))
            i = m.end()
        elif line[i] == "}" and open_marks:
            at, label, kind, n = open_marks.pop()
            spans[at]["end"] = length
            if kind == "#":
                entity_ids[n] = spans[at]["id"]
            elif kind == ">":
                links.append((spans[at]["id"], n, RELATION[label]))
            i += 1
        else:
            text.append(line[i])
            length += 1
            i += 1
    if open_marks:
        raise SystemExit(f"{where}: a mark is not closed")
    plain = "".join(text)
    for s in spans:
        s["text"] = plain[s["start"]:s["end"]]
    try:
        relations = [{"head": h, "tail": entity_ids[n], "type": t} for h, n, t in links]
    except KeyError as exc:
        raise SystemExit(f"{where}: no entity numbered {exc.args[0]}") from None
    return {"text": plain, "spans": spans, "relations": relations, "status": "done"}


def paragraphs(path: Path = HERE / "dev.txt") -> list[dict]:
    out, style = [], None
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            style = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            if style is None:
                raise SystemExit(f"{path.name}:{no}: a paragraph before any style heading")
            doc = parse(line, f"{path.name}:{no}")
            doc["meta"] = {"style": style, "split": "tune" if len(out) % 2 == 0 else "report",
                           "line": no}
            out.append(doc)
    return out


def rendered() -> dict[str, str]:
    docs = paragraphs()
    return {f"dev.{half}.jsonl": "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs
                                         if d["meta"]["split"] == half)
            for half in ("tune", "report")}


def main() -> None:
    for name, body in rendered().items():
        (HERE / name).write_text(body, encoding="utf-8")
        print(f"{name}: {body.count(chr(10))} paragraphs", file=sys.stderr)


if __name__ == "__main__":
    main()
