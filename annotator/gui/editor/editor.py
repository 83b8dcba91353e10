"""DocumentEditor: one document's text, read-only, with its spans drawn over it.

The widget shows and selects; every change goes through a QUndoCommand (gui/commands.py) on the
document's own QUndoStack (gui/undo_stacks.py), which writes to the project at once. The editor
redraws when the store announces a change (core/events.py), whoever made it. See docs/editor.md.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import QTextEdit, QToolTip, QVBoxLayout, QWidget

from annotator.core.events import SCHEME_KINDS, Change, Kind
from annotator.core.model import Scheme, Span
from annotator.core.prefs import FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from annotator.core.store import Project
from annotator.gui.editor.context_menu import SpanMenu
from annotator.gui.editor.editing import SpanEditing
from annotator.gui.editor.finding import FindingMixin
from annotator.gui.editor.fonts import editor_font, register_fonts
from annotator.gui.editor.keyboard import KeyboardNav
from annotator.gui.editor.links import LinkController
from annotator.gui.editor.mark_preview import MarkPreview
from annotator.gui.editor.span_index import SpanIndex
from annotator.gui.editor.styles import styles_for
from annotator.gui.editor.view import SpanTextView
from annotator.gui.offsets import OffsetMap
from annotator.gui.undo_stacks import UndoStacks

# Spans are read this far ahead of what is shown until the idle read has them all: a
# screenful of text at a normal size, and a paint asking for more simply reads more.
READ_AHEAD_CHARS = 8_000
_SPAN_EDITS = {Kind.SPAN_ADDED, Kind.SPAN_REMOVED, Kind.SPAN_CHANGED}
# Changes after which the shown document's spans are read again.
_RELOADS = {Kind.BULK, Kind.LABEL_RENAMED, Kind.LABEL_REMOVED, Kind.SCHEME_REPLACED}


class DocumentEditor(FindingMixin, QWidget):
    selectedSpanChanged = Signal(object)  # span id or None
    undoStackChanged = Signal(object)     # the current document's QUndoStack (or None)
    exactModeChanged = Signal(bool)

    def __init__(self, project: Project, annotator: str, parent: QWidget | None = None):
        super().__init__(parent)
        register_fonts()
        self.project = project
        self._annotator = annotator
        self._doc: int | None = None
        self._text = ""
        self.stacks = UndoStacks(project, self)
        self.editing = SpanEditing(self)
        self._exact = False
        self._quote_marks_inside = False
        self._font_size = FONT_SIZE
        self._family = ""          # "" = the bundled Arabic font
        self._spacing = 100        # line height, percent of the font's own
        self.scheme: Scheme = project.labels.scheme()
        self._view = SpanTextView(self, self)
        self._view.setFont(editor_font(self._font_size))
        self._page = "#FFFFFF"
        self._view.renderer.styles = styles_for(self.scheme, self._page)
        self._view.renderer.load_to = self._spans_to
        # The rest of a long document's spans, read when idle. A child timer, not a bare
        # singleShot: it dies with the editor, and a new document simply restarts it.
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self._load_all_spans)
        self._view.cursorPositionChanged.connect(self._cursor_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setFocusProxy(self._view)
        # Keys: the link controller's filter, installed last, sees a key first.
        self.keys = KeyboardNav(self)
        self.mark_preview = MarkPreview(self)
        self.links = LinkController(self)
        self.span_menu = SpanMenu(self)
        sub = project.events.subscribe_batches(self._follow)
        self.destroyed.connect(lambda *_: sub.cancel())
        self._subscription = sub

    def detach(self) -> None:
        """Stop following the project (the window is about to close it)."""
        self._subscription.cancel()
        self.stacks.detach()

    # ---- editing (SpanEditing does it) ------------------------------------------------------
    def apply_label(self, name: str, exact: bool | None = None) -> int | None:
        return self.editing.apply_label(name, exact)

    def delete_selected_span(self) -> bool:
        return self.editing.delete_selected_span()

    def move_selected_edge(self, edge: str, step: int) -> bool:
        return self.editing.move_selected_edge(edge, step)

    def handle_key(self, event: QKeyEvent) -> bool:
        return self.editing.handle_key(event)

    # ---- documents ------------------------------------------------------------------------
    def set_document(self, doc_id: int | None) -> None:
        """Show a document and its spans (None: show nothing)."""
        renderer = self._view.renderer
        self._set_selected(None)
        self._doc = doc_id
        if doc_id is None:
            self._text = ""
            renderer.offsets, renderer.index = OffsetMap(""), SpanIndex()
            self._view.clear()
            self.links.document_shown(None)
            self.undoStackChanged.emit(None)
            return
        self._text = self.project.documents.text(doc_id)
        renderer.offsets = OffsetMap(self._text)
        # Only the spans of the first page now, more as they are shown, all of them when the
        # event loop is idle: the page shows about as fast as in a bare text view.
        first = READ_AHEAD_CHARS
        renderer.index = SpanIndex(self.project.spans.rows(doc_id, 0, first), presorted=True,
                                   loaded_to=first if first < len(self._text) else None)
        if renderer.index.loaded_to is not None:
            self._rest_timer.start(0)
        renderer.cursor_spans = []
        self._view.setPlainText(self._text)
        self._view.top_anchor = None
        if self._spacing != 100:
            self._apply_spacing()
        self.links.document_shown(doc_id)
        self.undoStackChanged.emit(self.undo_stack())

    def _load_all_spans(self) -> SpanIndex:
        """The complete span index of the shown document (reading the rest if needed).
        No repaint: a paint that reaches past what was read reads more itself."""
        return self._spans_to(None)

    def _spans_to(self, hi: int | None) -> SpanIndex:
        """The span index, complete at least for ranges ending by `hi` (None: everywhere)."""
        index = self._view.renderer.index
        if index.loaded_to is None or self._doc is None or (hi is not None and index.covers(hi)):
            return index
        upto: int | None = None
        if hi is not None and hi + READ_AHEAD_CHARS < len(self._text):
            upto = hi + READ_AHEAD_CHARS
        else:
            self._rest_timer.stop()  # reading the rest now
        index.extend(self.project.spans.rows(self._doc, index.loaded_to, upto), upto)
        return index

    def _index(self) -> SpanIndex:
        return self._load_all_spans()

    def span_index(self) -> SpanIndex:
        """The shown document's spans by position (all of them)."""
        return self._load_all_spans()

    def document_id(self) -> int | None:
        return self._doc

    def text(self) -> str:
        return self._text

    def undo_stack(self) -> QUndoStack | None:
        return None if self._doc is None else self.stacks.stack(self._doc)

    def text_view(self) -> QTextEdit:
        return self._view

    def span_ids(self) -> list[int]:
        """Ids of the shown document's spans, by start."""
        return [it.id for it in self._index().overlapping(0, len(self._text) + 1)]

    # ---- settings -------------------------------------------------------------------------
    def set_annotator(self, name: str) -> None:
        self._annotator = name

    def annotator(self) -> str:
        return self._annotator

    def set_exact_mode(self, on: bool) -> None:
        if on != self._exact:
            self._exact = on
            self.exactModeChanged.emit(on)

    def exact_mode(self) -> bool:
        return self._exact

    def set_quote_marks_inside(self, on: bool) -> None:
        """Whether quote marks at the edges of a selection stay inside quote/claim spans."""
        self._quote_marks_inside = on

    def quote_marks_inside(self) -> bool:
        return self._quote_marks_inside

    def reload_scheme(self) -> None:
        self.scheme = self.project.labels.scheme()
        self._view.renderer.styles = styles_for(self.scheme, self._page)
        self._view.viewport().update()

    def set_dark(self, dark: bool, page: str) -> None:
        """Draw for a dark (or light) page of colour `page`: lines and borders stay legible."""
        self._page = page
        self._view.find_hits.dark = dark
        self.reload_scheme()

    def set_font_size(self, pt: int) -> None:
        self._font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(pt)))
        self._view.setFont(editor_font(self._font_size, self._family))

    def set_font_family(self, family: str) -> None:
        """The article's font ("" for the bundled Noto Sans Arabic)."""
        self._family = family
        self._view.setFont(editor_font(self._font_size, family))

    def font_family(self) -> str:
        return self._view.font().family()

    def set_line_spacing(self, percent: int) -> None:
        """Line height in percent of the font's own (100 to 300)."""
        self._spacing = max(100, min(300, int(percent)))
        self._apply_spacing()

    def line_spacing(self) -> int:
        return self._spacing

    def _apply_spacing(self) -> None:
        # One block-format merge over the whole text; skipped at 100 % for a new document,
        # so the common case costs nothing when a long article opens.
        fmt = QTextBlockFormat()
        fmt.setLineHeight(float(self._spacing),
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self._view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)

    def font_size(self) -> int:
        return self._font_size

    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - 1)

    def zoom_by(self, steps: int) -> None:
        self.set_font_size(self._font_size + steps)

    # ---- selection ------------------------------------------------------------------------
    def selected_span_id(self) -> int | None:
        return self._view.renderer.selected

    def set_selected(self, span_id: int | None) -> None:
        """Outline a span (None: no span) without moving the caret."""
        self._set_selected(span_id)

    def collapse_selection(self) -> None:
        """Put the caret at the end of the text selection (after a span is made of it)."""
        cursor = self._view.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self._view.setTextCursor(cursor)

    def is_rtl_at(self, index: int) -> bool:
        """Whether the paragraph holding code point `index` runs right to left."""
        pos = self._view.renderer.offsets.to_qt(index)
        block = self._view.document().findBlock(pos)
        return block.textDirection() == Qt.LayoutDirection.RightToLeft

    def _set_selected(self, span_id: int | None) -> None:
        renderer = self._view.renderer
        if renderer.selected != span_id:
            renderer.selected = span_id
            self._view.viewport().update()
            self.selectedSpanChanged.emit(span_id)

    def select_span(self, span_id: int) -> None:
        """Scroll to a span and outline it."""
        item = self._index().get(span_id)
        if item is None:
            return
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._view.renderer.offsets.to_qt(item.start))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        self._set_selected(span_id)

    def clear_selection(self) -> None:
        cursor = self._view.textCursor()
        cursor.clearSelection()
        self._view.setTextCursor(cursor)
        self._set_selected(None)

    def _cursor_moved(self) -> None:
        """Spans under the caret show their label tag."""
        renderer = self._view.renderer
        pos = renderer.offsets.from_qt(self._view.textCursor().position())
        index = self._spans_to(pos + 1)
        items = index.at(pos) or (index.at(pos - 1) if pos else [])
        ids = [it.id for it in items]
        if ids != renderer.cursor_spans:
            renderer.cursor_spans = ids
            self._view.viewport().update()

    def selected_text_range(self) -> tuple[int, int] | None:
        """The mouse/keyboard selection in code points, or None."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        return self._view.renderer.offsets.span_from_qt(cursor.selectionStart(),
                                                        cursor.selectionEnd())

    def drag_pressed(self) -> int | None:
        """The character (code point) a mouse drag that made the selection began on."""
        pressed = self._view.pressed
        if pressed is None or pressed[1] is None or pressed[0] != self._view.textCursor().anchor():
            return None
        return self._view.renderer.offsets.from_qt(pressed[1])

    # ---- view callbacks -------------------------------------------------------------------
    def on_click(self, pos: QPoint) -> None:
        """Click on a span selects it; clicking again cycles from inner to outer spans."""
        if self.links.on_click(pos):
            return
        renderer = self._view.renderer
        ids = [it.id for it in renderer.hits(renderer.place(), QPointF(pos))]
        if not ids:
            self._set_selected(None)
        elif renderer.selected in ids:
            self._set_selected(ids[(ids.index(renderer.selected) + 1) % len(ids)])
        else:
            self._set_selected(ids[0])

    def tooltip_at(self, pos: QPoint, global_pos: QPoint) -> bool:
        renderer = self._view.renderer
        hits = renderer.hits(renderer.place(), QPointF(pos))
        if not hits:
            QToolTip.hideText()
            return False
        lines = []
        for it in reversed(hits):  # outer first, as read
            words = self._text[it.start:it.end]
            words = words if len(words) <= 60 else words[:57] + "…"
            lines.append(f"{it.label}: {words}")
        QToolTip.showText(global_pos, "\n".join(lines), self._view.viewport())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # ---- store changes --------------------------------------------------------------------
    def _follow(self, changes: list[Change]) -> None:
        """The store committed `changes`: redraw the spans they touched in this document."""
        doc, reload, scheme = self._doc, False, False
        for change in changes:
            scheme = scheme or change.kind in SCHEME_KINDS
            if doc is None or doc not in change.documents():
                continue
            if change.kind in _SPAN_EDITS:
                self._span_changed(change.old, change.new)
            elif change.kind == Kind.DOCUMENT_REMOVED:
                self.set_document(None)
                return
            elif change.kind in _RELOADS:
                reload = True
        if scheme:
            self.reload_scheme()
        if reload:
            self._reload_spans()

    def _span_changed(self, before: Span | None, after: Span | None) -> None:
        index = self._index()
        if before is not None and before.id is not None:
            index.remove(before.id)
        if after is not None and after.id is not None:
            index.add(after.id, after.start, after.end, after.label)
        elif before is not None and before.id == self.selected_span_id():
            self._set_selected(None)
        self._cursor_moved()
        self._view.viewport().update()

    def _reload_spans(self) -> None:
        if self._doc is None:
            return
        renderer = self._view.renderer
        renderer.index = SpanIndex(self.project.spans.rows(self._doc), presorted=True)
        self._rest_timer.stop()
        if renderer.index.get(self.selected_span_id() or -1) is None:
            self._set_selected(None)
        self._cursor_moved()
        self._view.viewport().update()
