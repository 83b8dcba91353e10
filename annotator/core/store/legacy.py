"""The Project API before the store was split into parts: old name -> (part, method).

TO BE REMOVED once no caller uses these names (new code calls the parts: project.spans.add,
project.documents.get, ...). Kept so that work begun on the old API still runs. Run the tests
with ANNOTATOR_NO_LEGACY=1 to make every old name fail and so find the callers left.
"""
from __future__ import annotations

import os
from typing import Any

LEGACY: dict[str, tuple[str, str]] = {
    "add_document": ("documents", "add"), "index_documents": ("documents", "index"),
    "has_text": ("documents", "has_text"), "document": ("documents", "get"),
    "document_text": ("documents", "text"), "iter_documents": ("documents", "iter"),
    "document_ids": ("documents", "ids"), "count_documents": ("documents", "count"),
    "document_rows": ("documents", "rows"),
    "set_status": ("statuses", "set"), "status": ("statuses", "get"),
    "check_span": ("spans", "check"), "add_span": ("spans", "add"), "span": ("spans", "get"),
    "span_rows": ("spans", "rows"), "count_spans": ("spans", "count"),
    "update_span": ("spans", "update"), "delete_span": ("spans", "delete"),
    "restore_span": ("spans", "restore"), "add_relation": ("spans", "add_relation"),
    "relations": ("spans", "relations"), "delete_relation": ("spans", "delete_relation"),
    "scheme": ("labels", "scheme"), "write_scheme": ("labels", "write"),
    "label_names": ("labels", "names"), "ensure_label": ("labels", "ensure"),
    "label_usage": ("labels", "usage"), "relation_usage": ("labels", "relation_usage"),
    "label_span_count": ("labels", "span_count"), "add_label": ("labels", "add"),
    "update_label": ("labels", "update"), "rename_label": ("labels", "rename"),
    "remove_label": ("labels", "remove"), "move_label": ("labels", "move"),
    "set_label_order": ("labels", "set_order"), "apply_scheme": ("labels", "apply"),
    "stats": ("search", "stats"),
    "layout": ("layouts", "get"), "refresh_layouts": ("layouts", "refresh"),
    "refresh_depths": ("layouts", "refresh_depths"), "layer_depths": ("layouts", "layer_depths"),
    "nested_documents": ("layouts", "nested_documents"),
}

# Old methods whose name is now a part's: project.spans(doc_id) calls project.spans.of(doc_id).
CALLS: dict[str, str] = {"Spans": "of", "Statuses": "by_annotator", "Search": "find"}


class LegacyNames:
    """Mixed into Project: forwards an old method name to its part."""

    def __getattr__(self, name: str) -> Any:
        if name in LEGACY and os.environ.get("ANNOTATOR_NO_LEGACY"):
            raise RuntimeError(f"Project.{name} is the old API: call project.{LEGACY[name][0]}"
                               f".{LEGACY[name][1]}")
        target = LEGACY.get(name)
        part = self.__dict__.get(target[0]) if target else None
        if target is None or part is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(part, target[1])


class LegacyCall:
    """Mixed into the parts: a part called as the old method of its name was."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if os.environ.get("ANNOTATOR_NO_LEGACY"):
            raise RuntimeError(f"calling the {type(self).__name__} part is the old API")
        method = CALLS.get(type(self).__name__)
        if method is None:
            raise TypeError(f"{type(self).__name__} is not callable")
        return getattr(self, method)(*args, **kwargs)
