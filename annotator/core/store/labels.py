"""The project's label scheme as stored: layers, labels, relation types."""
from __future__ import annotations

import json
from typing import Any

from annotator.core.model import Label, Layer, RelationType, Scheme
from annotator.core.palette import next_color, next_hotkey
from annotator.core.scheme import valid_name
from annotator.core.text.names import name_problem, shown
from annotator.core.store.spans import SpanError
from annotator.core.store.scheme_ops import SchemeOpsMixin

# Labels met in imported data go to the entity layer unless their name says otherwise.
_LAYER_OF_NAME = {"QUOTE": "quote", "CLAIM": "claim"}


class LabelsMixin(SchemeOpsMixin):
    """Reading and writing the scheme; the checked, safe edits are in SchemeOpsMixin."""

    conn: Any
    transaction: Any

    def scheme(self) -> Scheme:
        layers = [Layer(n, d) for n, d in self.conn.execute(
            "SELECT name, description FROM layers ORDER BY position, name")]
        labels = [Label(n, lay, c, h, d, json.loads(a)) for n, lay, c, h, d, a in self.conn.execute(
            "SELECT name, layer, color, hotkey, description, attributes FROM labels "
            "ORDER BY position, name")]
        rels = [RelationType(n, json.loads(h), json.loads(t), d) for n, h, t, d in self.conn.execute(
            "SELECT name, heads, tails, description FROM relation_types ORDER BY position, name")]
        return Scheme(layers, labels, rels)

    def write_scheme(self, scheme: Scheme) -> None:
        """Replace layers, labels and relation types with `scheme` (spans are not touched;
        callers make sure every used label survives)."""
        with self.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            self.conn.execute("DELETE FROM relation_types")
            self.conn.execute("DELETE FROM labels")
            self.conn.execute("DELETE FROM layers")
            self.conn.executemany(
                "INSERT INTO layers (name, position, description) VALUES (?, ?, ?)",
                [(lay.name, i, lay.description) for i, lay in enumerate(scheme.layers)])
            self.conn.executemany(
                "INSERT INTO labels (name, layer, color, hotkey, description, attributes, "
                "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(lab.name, lab.layer, lab.color.upper(), lab.hotkey, lab.description,
                  json.dumps(lab.attributes, ensure_ascii=False), i)
                 for i, lab in enumerate(scheme.labels)])
            self.conn.executemany(
                "INSERT INTO relation_types (name, heads, tails, description, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.name, json.dumps(r.heads), json.dumps(r.tails), r.description, i)
                 for i, r in enumerate(scheme.relations)])

    def label_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM labels")}

    def ensure_label(self, name: str, layer: str | None = None) -> Label | None:
        """Add a label met in data to the scheme; returns it if it was new, else None."""
        if self.conn.execute("SELECT 1 FROM labels WHERE name = ?", (name,)).fetchone():
            return None
        reason = name_problem(name, "label") or (
            name_problem(layer, "layer") if layer is not None else None)
        if reason:  # control or bidi characters, or far too long
            raise SpanError(reason)
        if not valid_name(name) or (layer is not None and not valid_name(layer)):
            # The scheme file and CoNLL tags could not carry it: refuse the record instead.
            raise SpanError(f"label {shown(name)} (layer {shown(layer or '')}) may not contain "
                            "spaces, quotes, commas or brackets")
        layer = layer or _LAYER_OF_NAME.get(name.upper(), "entity")
        with self.transaction():
            if not self.conn.execute("SELECT 1 FROM layers WHERE name = ?", (layer,)).fetchone():
                self.conn.execute(
                    "INSERT INTO layers (name, position) VALUES "
                    "(?, (SELECT coalesce(max(position), -1) + 1 FROM layers))", (layer,))
            used = self.conn.execute("SELECT color, hotkey FROM labels").fetchall()
            label = Label(name, layer, next_color([c for c, _ in used]),
                          next_hotkey([h for _, h in used]))
            self.conn.execute(
                "INSERT INTO labels (name, layer, color, hotkey, position) VALUES "
                "(?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM labels))",
                (label.name, label.layer, label.color, label.hotkey))
        return label

    def label_usage(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT label, count(*) FROM spans GROUP BY label"))
