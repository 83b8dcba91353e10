"""Safe changes to a project's label scheme, each in one transaction.

A change is checked against the whole scheme before anything is written, so a name or hotkey
clash is refused with a message and the project stays as it was. Removing a label that spans
use needs force; a rename reaches every span (spans.label has ON UPDATE CASCADE) at once.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from annotator.core.model import Label, Scheme
from annotator.core.palette import next_color, next_hotkey
from annotator.core.scheme import SchemeError, check_label, check_scheme, normalize_hotkey
from annotator.core.store.scheme_diff import LabelInUse, SchemeChanges, UnknownLabel, diff_schemes


class SchemeOpsMixin:
    conn: Any
    transaction: Any

    # scheme(), write_scheme() and label_usage() come from LabelsMixin.

    def relation_usage(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT type, count(*) FROM relations GROUP BY type"))

    def label_span_count(self, name: str) -> int:
        return self.conn.execute("SELECT count(*) FROM spans WHERE label = ?",
                                 (name,)).fetchone()[0]

    def _existing(self, scheme: Scheme, name: str) -> Label:
        label = scheme.label(name)
        if label is None:
            raise UnknownLabel(f"no label {name!r} (labels: "
                               + ", ".join(lab.name for lab in scheme.labels) + ")")
        return label

    def add_label(self, name: str, layer: str, *, color: str | None = None,
                  hotkey: str | None = None, description: str = "",
                  attributes: dict[str, list[str]] | None = None) -> Label:
        """Add a label at the end. No colour: the next free palette colour; hotkey None: the
        next free digit ("" for none)."""
        with self.transaction():
            scheme = self.scheme()
            name = name.strip()
            if scheme.label(name):
                raise SchemeError(f"there is already a label {name!r}")
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
        return label

    def update_label(self, name: str, *, color: str | None = None, hotkey: str | None = None,
                     description: str | None = None, layer: str | None = None,
                     attributes: dict[str, list[str]] | None = None) -> Label:
        """Change the given fields of a label; None leaves a field as it is."""
        with self.transaction():
            scheme = self.scheme()
            label = copy.deepcopy(self._existing(scheme, name))
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
        return label

    def _check_new_label(self, scheme: Scheme, label: Label, replacing: str | None) -> None:
        check_label(label, scheme.layer_names())
        for other in scheme.labels:
            if other.name != replacing and label.hotkey and other.hotkey == label.hotkey:
                raise SchemeError(f"hotkey {label.hotkey} is already used by {other.name}; "
                                  "choose another or clear that one first")

    def rename_label(self, old: str, new: str) -> int:
        """Rename a label on the scheme, every span and every relation type, all or nothing.
        Returns the number of spans renamed."""
        new = new.strip()
        with self.transaction():
            scheme = self.scheme()
            label = copy.deepcopy(self._existing(scheme, old))
            if new == old:
                return 0
            if scheme.label(new):
                raise SchemeError(f"there is already a label {new!r}")
            label.name = new
            check_label(label, scheme.layer_names())
            count = self.label_span_count(old)
            # ON UPDATE CASCADE renames the spans in the same statement.
            self.conn.execute("UPDATE labels SET name = ? WHERE name = ?", (new, old))
            self._rename_in_relation_types(old, new)
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

    def remove_label(self, name: str, *, force: bool = False) -> int:
        """Remove a label. If spans use it, refuse (LabelInUse, with the count) unless force,
        which deletes those spans and their relations too. Returns the spans deleted."""
        with self.transaction():
            self._existing(self.scheme(), name)
            count = self.label_span_count(name)
            if count and not force:
                raise LabelInUse({name: count})
            self.conn.execute("DELETE FROM spans WHERE label = ?", (name,))
            self.conn.execute("DELETE FROM labels WHERE name = ?", (name,))
            self._rename_in_relation_types(name, None)
        return count

    def move_label(self, name: str, index: int) -> None:
        """Put a label at `index` in the scheme's order (clamped to the ends)."""
        with self.transaction():
            names = [lab.name for lab in self.scheme().labels]
            if name not in names:
                raise UnknownLabel(f"no label {name!r}")
            names.remove(name)
            names.insert(max(0, min(index, len(names))), name)
            self.set_label_order(names)

    def set_label_order(self, names: list[str]) -> None:
        with self.transaction():
            current = [lab.name for lab in self.scheme().labels]
            if sorted(current) != sorted(names):
                raise SchemeError("a new order must list every label exactly once")
            self.conn.executemany("UPDATE labels SET position = ? WHERE name = ?",
                                  [(i, n) for i, n in enumerate(names)])

    def apply_scheme(self, scheme: Scheme, *, force: bool = False,
                     dry_run: bool = False) -> SchemeChanges:
        """Make the project's scheme equal to `scheme` and report what changed. Labels or
        relation types that annotations use are only removed with force (which deletes those
        annotations); otherwise LabelInUse is raised and nothing changes."""
        check_scheme(scheme)
        with self.transaction():
            changes = diff_schemes(self.scheme(), scheme, self.label_usage(),
                                   self.relation_usage())
            if changes.in_use() and not force:
                raise LabelInUse(changes.in_use(), changes)
            if dry_run or not changes:
                return changes
            for name in changes.removed:
                self.conn.execute("DELETE FROM spans WHERE label = ?", (name,))
            for name in changes.relations_removed:
                self.conn.execute("DELETE FROM relations WHERE type = ?", (name,))
            self.write_scheme(scheme)
        return changes
