"""The project's label scheme as stored: layers, labels, relation types.

A change is checked against the whole scheme before anything is written, so a name or hotkey
clash is refused with a message and the project stays as it was. Removing a label that spans
use needs force; a rename reaches every span (spans.label has ON UPDATE CASCADE) at once.
Every change is announced (core/events.py) with what it was before and after.
"""
from __future__ import annotations

import copy
import json

from annotator.core.events import Change, Kind
from annotator.core.messages import tr
from annotator.core.model import Label, Layer, RelationType, Scheme
from annotator.core.palette import next_color, next_hotkey
from annotator.core.scheme import (SchemeError, check_label, check_scheme, normalize_hotkey,
                                   valid_name)
from annotator.core.store.part import Part
from annotator.core.text.names import name_problem, shown
from annotator.core.store.scheme_diff import LabelInUse, SchemeChanges, UnknownLabel, diff_schemes
from annotator.core.store.spans import SpanError

# Labels met in imported data go to the entity layer unless their name says otherwise.
_LAYER_OF_NAME = {"QUOTE": "quote", "CLAIM": "claim"}


class Labels(Part):
    def scheme(self) -> Scheme:
        layers = [Layer(n, d) for n, d in self.conn.execute(
            "SELECT name, description FROM layers ORDER BY position, name")]
        labels = [Label(n, lay, c, h, d, json.loads(a)) for n, lay, c, h, d, a in self.conn.execute(
            "SELECT name, layer, color, hotkey, description, attributes FROM labels "
            "ORDER BY position, name")]
        rels = [RelationType(n, json.loads(h), json.loads(t), d) for n, h, t, d in self.conn.execute(
            "SELECT name, heads, tails, description FROM relation_types ORDER BY position, name")]
        return Scheme(layers, labels, rels)

    def write(self, scheme: Scheme) -> None:
        """Replace layers, labels and relation types with `scheme` (spans are not touched;
        callers make sure every used label survives)."""
        with self.transaction():
            self._write(scheme)
            self.announce(Change(Kind.SCHEME_REPLACED, new=scheme))

    def _write(self, scheme: Scheme) -> None:
        db = self.db
        with self.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in ("relation_types", "labels", "layers"):
                db.table(table).delete_where()
            db.table("layers").insert_all(
                {"name": lay.name, "position": i, "description": lay.description}
                for i, lay in enumerate(scheme.layers))
            db.table("labels").insert_all(
                {"name": lab.name, "layer": lab.layer, "color": lab.color.upper(),
                 "hotkey": lab.hotkey, "description": lab.description,
                 "attributes": json.dumps(lab.attributes, ensure_ascii=False), "position": i}
                for i, lab in enumerate(scheme.labels))
            db.table("relation_types").insert_all(
                {"name": r.name, "heads": json.dumps(r.heads), "tails": json.dumps(r.tails),
                 "description": r.description, "position": i}
                for i, r in enumerate(scheme.relations))

    def names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM labels")}

    def has(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM labels WHERE name = ?",
                                 (name,)).fetchone() is not None

    def layer(self, name: str) -> str | None:
        """The layer of a label, None if there is no such label."""
        row = self.conn.execute("SELECT layer FROM labels WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def _docs_using(self, name: str) -> tuple[int, ...]:
        return tuple(r[0] for r in self.conn.execute(
            "SELECT DISTINCT doc_id FROM spans WHERE label = ? ORDER BY doc_id", (name,)))

    def ensure(self, name: str, layer: str | None = None) -> Label | None:
        """Add a label met in data to the scheme; returns it if it was new, else None."""
        if self.conn.execute("SELECT 1 FROM labels WHERE name = ?", (name,)).fetchone():
            return None
        reason = name_problem(name, tr("label")) or (
            name_problem(layer, tr("layer")) if layer is not None else None)
        if reason:  # control or bidi characters, or far too long
            raise SpanError(reason)
        if not valid_name(name) or (layer is not None and not valid_name(layer)):
            # The scheme file and CoNLL tags could not carry it: refuse the record instead.
            raise SpanError(tr("label {name} (layer {layer}) may not contain spaces, quotes, "
                               "commas or brackets", name=shown(name), layer=shown(layer or "")))
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
            self.announce(Change(Kind.LABEL_ADDED, new=label))
        return label

    def usage(self) -> dict[str, int]:
        # from the counts triggers keep (schema.py _V7): no scan of the spans
        return dict(self.conn.execute(
            "SELECT label, sum(n) FROM span_counts GROUP BY label HAVING sum(n) > 0"))

    def relation_usage(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT type, count(*) FROM relations GROUP BY type"))

    def span_count(self, name: str) -> int:
        return int(self.conn.execute("SELECT coalesce(sum(n), 0) FROM span_counts "
                                     "WHERE label = ?", (name,)).fetchone()[0])

    def _existing(self, scheme: Scheme, name: str) -> Label:
        label = scheme.label(name)
        if label is None:
            raise UnknownLabel(tr("no label {name!r} (labels: {labels})", name=name,
                                  labels=", ".join(lab.name for lab in scheme.labels)))
        return label

    def add(self, name: str, layer: str, *, color: str | None = None,
            hotkey: str | None = None, description: str = "",
            attributes: dict[str, list[str]] | None = None) -> Label:
        """Add a label at the end. No colour: the next free palette colour; hotkey None: the
        next free digit ("" for none)."""
        with self.transaction():
            scheme = self.scheme()
            name = name.strip()
            if scheme.label(name):
                raise SchemeError(tr("there is already a label {name!r}", name=name))
            label = Label(name, layer.strip(),
                          (color or next_color([lab.color for lab in scheme.labels])).upper(),
                          next_hotkey([lab.hotkey for lab in scheme.labels])
                          if hotkey is None else normalize_hotkey(hotkey),
                          description.strip(), dict(attributes or {}))
            self._check_new_label(scheme, label, None)
            self.conn.execute(
                "INSERT INTO labels (name, layer, color, hotkey, description, attributes, "
                "position) VALUES (?, ?, ?, ?, ?, ?, "
                "(SELECT coalesce(max(position), -1) + 1 FROM labels))",
                (label.name, label.layer, label.color, label.hotkey, label.description,
                 json.dumps(label.attributes, ensure_ascii=False)))
            self.announce(Change(Kind.LABEL_ADDED, new=label))
        return label

    def update(self, name: str, *, color: str | None = None, hotkey: str | None = None,
               description: str | None = None, layer: str | None = None,
               attributes: dict[str, list[str]] | None = None) -> Label:
        """Change the given fields of a label; None leaves a field as it is."""
        with self.transaction():
            scheme = self.scheme()
            before = self._existing(scheme, name)
            label = copy.deepcopy(before)
            if color is not None:
                label.color = color.strip().upper()
            if hotkey is not None:
                label.hotkey = normalize_hotkey(hotkey)
            if description is not None:
                label.description = description.strip()
            if layer is not None:
                label.layer = layer.strip()
            if attributes is not None:
                label.attributes = dict(attributes)
            self._check_new_label(scheme, label, name)
            self.conn.execute(
                "UPDATE labels SET color = ?, hotkey = ?, description = ?, layer = ?, "
                "attributes = ? WHERE name = ?",
                (label.color, label.hotkey, label.description, label.layer,
                 json.dumps(label.attributes, ensure_ascii=False), name))
            if label != before:
                self.announce(Change(Kind.LABEL_CHANGED, old=before, new=label,
                                     doc_ids=self._docs_using(name)
                                     if label.layer != before.layer else ()))
        return label

    def _check_new_label(self, scheme: Scheme, label: Label, replacing: str | None) -> None:
        check_label(label, scheme.layer_names())
        for other in scheme.labels:
            if other.name != replacing and label.hotkey and other.hotkey == label.hotkey:
                raise SchemeError(tr("hotkey {key} is already used by {label}; choose another "
                                     "or clear that one first", key=label.hotkey,
                                     label=other.name))

    def rename(self, old: str, new: str) -> int:
        """Rename a label on the scheme, every span and every relation type, all or nothing.
        Returns the number of spans renamed."""
        new = new.strip()
        with self.transaction():
            scheme = self.scheme()
            label = copy.deepcopy(self._existing(scheme, old))
            if new == old:
                return 0
            if scheme.label(new):
                raise SchemeError(tr("there is already a label {name!r}", name=new))
            label.name = new
            check_label(label, scheme.layer_names())
            count = self.span_count(old)
            docs = self._docs_using(old)
            # ON UPDATE CASCADE renames the spans in the same statement.
            self.conn.execute("UPDATE labels SET name = ? WHERE name = ?", (new, old))
            self._rename_in_relation_types(old, new)
            self.announce(Change(Kind.LABEL_RENAMED, old=old, new=new, doc_ids=docs))
        return count

    def _rename_in_relation_types(self, old: str, new: str | None) -> None:
        """Replace (or with new=None, drop) a label in every relation type; a type left with
        no labels on one side goes too."""
        for name, heads, tails in self.conn.execute(
                "SELECT name, heads, tails FROM relation_types").fetchall():
            sides = [[new if x == old else x for x in json.loads(side) if x != old or new]
                     for side in (heads, tails)]   # new=None filters `old` out
            if not all(sides):
                self.conn.execute("DELETE FROM relation_types WHERE name = ?", (name,))
            elif sides != [json.loads(heads), json.loads(tails)]:
                self.conn.execute("UPDATE relation_types SET heads = ?, tails = ? WHERE name = ?",
                                  (json.dumps(sides[0]), json.dumps(sides[1]), name))

    def remove(self, name: str, *, force: bool = False) -> int:
        """Remove a label. If spans use it, refuse (LabelInUse, with the count) unless force,
        which deletes those spans and their relations too. Returns the spans deleted."""
        with self.transaction():
            label = self._existing(self.scheme(), name)
            count = self.span_count(name)
            if count and not force:
                raise LabelInUse({name: count})
            docs = self._docs_using(name)
            self.conn.execute("DELETE FROM spans WHERE label = ?", (name,))
            self.conn.execute("DELETE FROM labels WHERE name = ?", (name,))
            self._rename_in_relation_types(name, None)
            self.announce(Change(Kind.LABEL_REMOVED, old=label, doc_ids=docs))
        return count

    def move(self, name: str, index: int) -> None:
        """Put a label at `index` in the scheme's order (clamped to the ends)."""
        with self.transaction():
            names = [lab.name for lab in self.scheme().labels]
            if name not in names:
                raise UnknownLabel(tr("no label {name!r}", name=name))
            names.remove(name)
            names.insert(max(0, min(index, len(names))), name)
            self.set_order(names)

    def set_order(self, names: list[str]) -> None:
        with self.transaction():
            current = [lab.name for lab in self.scheme().labels]
            if sorted(current) != sorted(names):
                raise SchemeError(tr("a new order must list every label exactly once"))
            if names == current:
                return
            self.conn.executemany("UPDATE labels SET position = ? WHERE name = ?",
                                  [(i, n) for i, n in enumerate(names)])
            self.announce(Change(Kind.LABELS_REORDERED, old=current, new=list(names)))

    def apply(self, scheme: Scheme, *, force: bool = False,
              dry_run: bool = False) -> SchemeChanges:
        """Make the project's scheme equal to `scheme` and report what changed. Labels or
        relation types that annotations use are only removed with force (which deletes those
        annotations); otherwise LabelInUse is raised and nothing changes."""
        check_scheme(scheme)
        with self.transaction():
            changes = diff_schemes(self.scheme(), scheme, self.usage(),
                                   self.relation_usage())
            if changes.in_use() and not force:
                raise LabelInUse(changes.in_use(), changes)
            if dry_run or not changes:
                return changes
            docs: set[int] = set()
            for name in changes.removed:
                docs.update(self._docs_using(name))
                self.conn.execute("DELETE FROM spans WHERE label = ?", (name,))
            for name in changes.relations_removed:
                docs.update(r[0] for r in self.conn.execute(
                    "SELECT DISTINCT doc_id FROM relations WHERE type = ?", (name,)))
                self.conn.execute("DELETE FROM relations WHERE type = ?", (name,))
            self._write(scheme)
            self.announce(Change(Kind.SCHEME_REPLACED, new=scheme, old=changes,
                                 doc_ids=tuple(sorted(docs))))
        return changes
