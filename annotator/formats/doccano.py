"""doccano's sequence-labelling JSONL: {"text", "label": [[start, end, "LABEL"], ...]}.
Reading it is part of jsonl.py (the same file ending)."""
from __future__ import annotations

from typing import Any, Sequence

from annotator.core.model import Document, Span


def record(doc: Document, spans: Sequence[Span]) -> dict[str, Any]:
    return {"id": doc.external_id if doc.external_id is not None else doc.id,
            "text": doc.text, "label": [[s.start, s.end, s.label] for s in spans]}
