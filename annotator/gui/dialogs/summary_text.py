"""The import and export summaries in the interface's language, built from the summaries'
counts (formats/ writes its own English lines for the command line). Lines that name a file and
its reason stay as formats/ wrote them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from annotator.formats.importer import ImportSummary
from annotator.formats.selection import ExportSummary
from annotator.gui.digits import arg, counted, digits

_REASONS = {"other annotator": QT_TRANSLATE_NOOP("Summary", "other annotator"),
            "label not chosen": QT_TRANSLATE_NOOP("Summary", "label not chosen"),
            "layer not chosen": QT_TRANSLATE_NOOP("Summary", "layer not chosen"),
            "relations": QT_TRANSLATE_NOOP("Summary", "relations"),
            "span attributes": QT_TRANSLATE_NOOP("Summary", "span attributes")}


class Summary(QObject):
    """A QObject for its tr(): pyside6-lupdate reads plural forms from tr(..., n) calls, not
    from translate() calls whose count is a variable."""

    def reason(self, text: str) -> str:
        known = _REASONS.get(text)
        return self.tr(known) if known else text

    def import_lines(self, s: ImportSummary) -> list[str]:
        documents, duplicates, spans = s.documents, s.duplicates, s.spans
        refused, other = len(s.refused_files), s.skipped_other
        comma = self.tr(", ")
        counts = comma.join([self.tr("%n document(s) imported", "", documents),
                             self.tr("%n duplicate(s) skipped", "", duplicates),
                             self.tr("%n span(s)", "", spans),
                             self.tr("%n refused file(s)", "", refused)])
        out = [*s.empty, *s.by_content, digits(counts)]
        if s.readers:
            read = []
            for name, n in sorted(s.readers.items()):
                read.append(digits(self.tr("%1 %n file(s)", "", n)).replace("%1", name))
            out.append(arg(self.tr("read as: %1"), comma.join(read)))
        for path, encoding in s.encodings:  # files that were not UTF-8
            out.append(arg(self.tr("%1: read as %2"), path, encoding))
        if s.new_labels:
            out.append(arg(self.tr("labels added to the scheme: %1"),
                           ", ".join(f"{name} ({layer})" for name, layer in s.new_labels)))
        if other:
            out.append(digits(self.tr("%n file(s) of other types in folders were ignored", "",
                                      other)))
        if s.cancelled:
            out.append(self.tr("cancelled: the files before the cancel were imported in full"))
        return out

    def export_lines(self, s: ExportSummary) -> list[str]:
        spans = sum(s.spans_by_label.values())
        out = [arg(self.tr("%1 and %2 exported"), counted(self.tr("%n document(s)", "",
                                                                    s.documents)),
                   counted(self.tr("%n span(s)", "", spans)))]
        if s.spans_by_label:
            out.append(arg(self.tr("spans by label: %1"), ", ".join(
                f"{k} {digits(v)}" for k, v in sorted(s.spans_by_label.items()))))
        if s.documents_left_out:
            out.append(counted(self.tr("%n document(s) left out by status", "",
                                       s.documents_left_out)))
        for reason, n in sorted(s.left_out.items()):
            out.append(counted(self.tr("%n span(s) left out: %1", "", n), self.reason(reason)))
        for what, n in sorted(s.not_carried.items()):
            if n:
                out.append(arg(self.tr("%1 %2 left out: %3 cannot carry them"), n,
                               self.reason(what), s.format or self.tr("this format")))
        return out + s.extra


def import_lines(summary: ImportSummary) -> list[str]:
    return Summary().import_lines(summary)


def export_lines(summary: ExportSummary) -> list[str]:
    return Summary().export_lines(summary)
