"""The editor's context menu: what can be done to the span under the pointer (link it, edit its
details, delete it, remove one of its links), then the text view's own Copy and Select all."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu

from annotator.core.links import can_start_link
from annotator.gui.link_commands import DeleteLink

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor


class SpanMenu(QObject):
    def __init__(self, editor: "DocumentEditor"):
        super().__init__(editor)
        self.editor = editor
        self.menu: QMenu | None = None  # the last one shown (tests pick from it)
        editor.text_view().viewport().installEventFilter(self)

    def build(self, pos) -> QMenu:
        ed = self.editor
        view = ed.text_view()
        renderer = view.renderer
        hits = renderer.hits(renderer.place(), QPointF(pos))
        if hits and ed.selected_span_id() not in [h.id for h in hits]:
            ed.set_selected(hits[0].id)
        menu = QMenu(view)
        selected = ed.selected_span_id()
        item = ed.span_index().get(selected) if selected is not None else None
        if item is not None:
            link = menu.addAction(ed.links.action.text(), ed.links.start)
            link.setEnabled(can_start_link(ed.scheme, item.label))
            menu.addAction(translate("SpanMenu", "Span de&tails…") + "\tF2",
                           lambda: ed.keys.detailsRequested.emit(item.id))
            menu.addAction(translate("SpanMenu", "&Delete span") + "\tDel", ed.delete_selected_span)
            words = ed.links.painter.links.of(item.id)
            if words:
                menu.addSeparator()
            for rel in words:
                other = rel.tail if rel.head == item.id else rel.head
                end = ed.span_index().get(other)
                arrow = "→" if rel.head == item.id else "←"
                text = " ".join(ed.text()[end.start:end.end].split())[:24] if end else "?"
                name = f"{rel.type} {arrow} {text}"
                menu.addAction(translate("SpanMenu", "Remove link %1").replace("%1", name),
                               lambda r=rel: self._unlink(r))
            menu.addSeparator()
        for action in view.createStandardContextMenu().actions():
            action.setParent(menu)
            menu.addAction(action)
        return menu

    def _unlink(self, rel) -> None:
        stack = self.editor.undo_stack()
        if stack is not None:
            stack.push(DeleteLink(self.editor.project, rel))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self.menu = self.build(event.pos())
            self.menu.popup(event.globalPos())
            return True
        return False
