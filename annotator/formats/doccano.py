"""doccano's sequence-labelling JSONL: {"text", "label": [[start, end, "LABEL"], ...]}; a
document with relations goes out in doccano's relation-extraction shape instead:
{"text", "entities": [{"id", "label", "start_offset", "end_offset"}],
 "relations": [{"id", "from_id", "to_id", "type"}]}.
Reading it is part of jsonl.py (the same file ending)."""
from __future__ import annotations

from typing import Any, Sequence

from annotator.core.model import Document, Relation, Span


def record(doc: Document, spans: Sequence[Span],
           relations: Sequence[Relation] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"id": doc.external_id if doc.external_id is not None else doc.id,
                           "text": doc.text}
    if not relations:
        out["label"] = [[s.start, s.end, s.label] for s in spans]
        return out
    out["entities"] = [{"id": s.id, "label": s.label, "start_offset": s.start,
                        "end_offset": s.end} for s in spans]
    out["relations"] = [{"id": r.id, "from_id": r.head, "to_id": r.tail, "type": r.type}
                        for r in relations]
    return out
