"""What applying one scheme over another changes, as a report people can read."""
from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.messages import joined, tr
from annotator.core.model import Label, Scheme
from annotator.core.scheme import SchemeError


@dataclass
class SchemeChanges:
    """Differences between the project's scheme and a new one, in the new scheme's order."""
    added: list[str] = field(default_factory=list)                 # "NAME (layer)"
    changed: dict[str, list[str]] = field(default_factory=dict)    # label -> what changed
    removed: dict[str, int] = field(default_factory=dict)          # label -> spans using it
    layers_added: list[str] = field(default_factory=list)
    layers_changed: list[str] = field(default_factory=list)
    layers_removed: list[str] = field(default_factory=list)
    relations_added: list[str] = field(default_factory=list)
    relations_changed: list[str] = field(default_factory=list)
    relations_removed: dict[str, int] = field(default_factory=dict)  # type -> relations using it
    reordered: bool = False

    def __bool__(self) -> bool:
        return any((self.added, self.changed, self.removed, self.layers_added,
                    self.layers_changed, self.layers_removed, self.relations_added,
                    self.relations_changed, self.relations_removed, self.reordered))

    def in_use(self) -> dict[str, int]:
        """Removed labels and relation types that existing annotations use."""
        used = {name: n for name, n in self.removed.items() if n}
        used.update({f"relation {name}": n for name, n in self.relations_removed.items() if n})
        return used

    def lines(self) -> list[str]:
        out = [f"layer added: {name}" for name in self.layers_added]
        out += [f"layer changed: {name} (description)" for name in self.layers_changed]
        out += [f"layer removed: {name}" for name in self.layers_removed]
        out += [f"label added: {name}" for name in self.added]
        out += [f"label changed: {name}: " + "; ".join(what)
                for name, what in self.changed.items()]
        out += [f"label removed: {name}" + (f" ({_spans(n)} deleted)" if n else "")
                for name, n in self.removed.items()]
        out += [f"relation type added: {name}" for name in self.relations_added]
        out += [f"relation type changed: {name}" for name in self.relations_changed]
        out += [f"relation type removed: {name}" + (f" ({n} relations deleted)" if n else "")
                for name, n in self.relations_removed.items()]
        if self.reordered:
            out.append("label order changed")
        return out

    def summary(self) -> str:
        if not self:
            return "no changes: the project already has this scheme"
        return (f"{len(self.added)} label(s) added, {len(self.changed)} changed, "
                f"{len(self.removed)} removed")


class LabelInUse(SchemeError):
    """Removing labels (or relation types) that annotations use needs force."""

    def __init__(self, usage: dict[str, int], changes: SchemeChanges | None = None):
        self.usage, self.changes = usage, changes
        parts = [tr("{name} is used by {n}", name=name, n=n) if name.startswith("relation ")
                 else tr("{name} is used by 1 span", name=name) if n == 1
                 else tr("{name} is used by {n} spans", name=name, n=n)
                 for name, n in usage.items()]
        super().__init__(tr("{uses}. Nothing was changed; force the removal to delete those "
                            "annotations too (--force on the command line)",
                            uses=joined(parts)))


class UnknownLabel(SchemeError):
    """A label name the project does not have."""


def _spans(n: int) -> str:
    return f"{n} span{'s' if n != 1 else ''}"


def label_changes(old: Label, new: Label) -> list[str]:
    what = []
    if old.layer != new.layer:
        what.append(f"layer {old.layer} -> {new.layer}")
    if old.color.upper() != new.color.upper():
        what.append(f"colour {old.color.upper()} -> {new.color.upper()}")
    if old.hotkey != new.hotkey:
        what.append(f"hotkey {old.hotkey or '(none)'} -> {new.hotkey or '(none)'}")
    if old.description != new.description:
        what.append("description")
    if old.attributes != new.attributes:
        what.append("attributes")
    return what


def diff_schemes(old: Scheme, new: Scheme, label_usage: dict[str, int],
                 relation_usage: dict[str, int]) -> SchemeChanges:
    ch = SchemeChanges()
    old_layers = {lay.name: lay for lay in old.layers}
    new_layer_names = set(new.layer_names())
    for lay in new.layers:
        if lay.name not in old_layers:
            ch.layers_added.append(lay.name)
        elif old_layers[lay.name].description != lay.description:
            ch.layers_changed.append(lay.name)
    ch.layers_removed = [n for n in old.layer_names() if n not in new_layer_names]
    new_names = {lab.name for lab in new.labels}
    old_labels = {lab.name: lab for lab in old.labels}  # Scheme.label() reads the whole list
    for lab in new.labels:
        before = old_labels.get(lab.name)
        if before is None:
            ch.added.append(f"{lab.name} ({lab.layer})")
        elif what := label_changes(before, lab):
            ch.changed[lab.name] = what
    ch.removed = {lab.name: label_usage.get(lab.name, 0)
                  for lab in old.labels if lab.name not in new_names}
    kept_old = [lab.name for lab in old.labels if lab.name in new_names]
    kept_new = [lab.name for lab in new.labels if lab.name in old_labels]
    ch.reordered = kept_old != kept_new
    old_rels = {r.name: r for r in old.relations}
    new_rel_names = {r.name for r in new.relations}
    for rel in new.relations:
        if rel.name not in old_rels:
            ch.relations_added.append(rel.name)
        elif old_rels[rel.name] != rel:
            ch.relations_changed.append(rel.name)
    ch.relations_removed = {r.name: relation_usage.get(r.name, 0)
                            for r in old.relations if r.name not in new_rel_names}
    return ch
