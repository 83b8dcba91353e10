"""The window's actions, menus and toolbar. Only construction here; MainWindow connects them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from annotator.gui.icons import seek_icon, skip_icon, turn_icon

Key = QKeySequence.StandardKey
translate = QCoreApplication.translate


class Actions:
    def __init__(self, window: QMainWindow, undo_group: QUndoGroup):
        style = window.style()

        def make(text: str, *keys, tip: str = "", icon=None, checkable: bool = False) -> QAction:
            action = QAction(text, window)
            if keys:
                action.setShortcuts([QKeySequence(k) for k in keys])
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            action.setCheckable(checkable)
            return action

        sp = QStyle.StandardPixmap
        self.open_project = make(translate("Actions", "&Open project…"), Key.Open,
                                 tip=translate("Actions", "Open a project file"))
        self.new_project = make(translate("Actions", "&New project…"), Key.New,
                                tip=translate("Actions", "Create an empty project file"))
        self.import_files = make(translate("Actions", "&Import files…"), "Ctrl+I",
                                 icon=sp.SP_DialogOpenButton,
                                 tip=translate("Actions",
                                     "Import .txt, .jsonl, .conll or Label Studio "
                                     "files"))
        self.import_folder = make(translate("Actions", "Import &folder…"), "Ctrl+Shift+I",
                                  tip=translate("Actions",
                                      "Import every supported file in a folder"))
        self.export = make(translate("Actions", "&Export…"), "Ctrl+Shift+E",
                           icon=sp.SP_DialogSaveButton, tip=translate("Actions",
                               "Export the annotations"))
        self.recent_menu = QMenu(translate("Actions", "&Recent projects"), window)
        self.quit = make(translate("Actions", "&Quit"), Key.Quit)

        self.undo_group = undo_group
        self.undo = undo_group.createUndoAction(window, translate("Actions", "&Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_group.createRedoAction(window, translate("Actions", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_span = make(translate("Actions", "&Delete span"), "Delete", "Backspace",
                                tip=translate("Actions", "Remove the selected span"))
        self.delete_span.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.link = make(translate("Actions", "Lin&k to…"), "Ctrl+K",
                         tip=translate("Actions",
                             "Link the selected quote or claim to its speaker"))
        self.span_details = make(translate("Actions", "Span de&tails"), "F2",
                                 tip=translate("Actions", "Edit the selected span's label, "
                                               "attributes and note"))
        self.document_note = make(translate("Actions", "Document &note"), "Ctrl+Shift+N",
                                  tip=translate("Actions", "Write a note on the open document"))
        self.labels = make(translate("Actions", "&Labels…"), "Ctrl+L",
                           tip=translate("Actions", "Add, edit and reorder the labels"))
        self.annotator = make(translate("Actions", "Change &annotator…"),
                              tip=translate("Actions", "Record spans under another name"))
        self.preferences = make(translate("Actions", "&Preferences…"), "Ctrl+,",
                                tip=translate("Actions",
                                    "The article's font, size and line spacing; "
                                    "digits"))

        self.previous = make(translate("Actions", "&Previous document"), "Alt+Up", "Ctrl+PgUp",
                             tip=translate("Actions", "Open the previous document"))
        self.next = make(translate("Actions", "&Next document"), "Alt+Down", "Ctrl+PgDown",
                         tip=translate("Actions", "Open the next document"))
        self.mark_done = make(translate("Actions", "Mark &done"), "Ctrl+Return",
                              icon=sp.SP_DialogApplyButton,
                              tip=translate("Actions",
                                  "Mark this document done and open the next one"))
        self.skip = make(translate("Actions", "&Skip"), "Ctrl+Shift+Return",
                         tip=translate("Actions",
                             "Mark this document skipped and open the next one"))
        self.find = make(translate("Actions", "&Find in document…"), Key.Find,
                         tip=translate("Actions",
                             "Find words in the open article (ignoring tashkeel "
                             "and tatweel)"))
        self.find_next = make(translate("Actions", "Find ne&xt"), Key.FindNext,
                              tip=translate("Actions", "The next hit in the article"))
        self.find_previous = make(translate("Actions", "Find pre&vious"), Key.FindPrevious,
                                  tip=translate("Actions", "The previous hit in the article"))
        self.find_documents = make(translate("Actions", "Searc&h documents"), "Ctrl+Shift+F",
                                   tip=translate("Actions", "Search the documents of the project"))

        # Ctrl++ is typed as Ctrl+Shift+= on many layouts.
        self.zoom_in = make(translate("Actions", "Zoom &in"), Key.ZoomIn, "Ctrl+=",
                            "Ctrl+Shift++")
        self.zoom_out = make(translate("Actions", "Zoom &out"), Key.ZoomOut)
        self.font_size = make(translate("Actions", "&Font size…"),
                              tip=translate("Actions", "Set the size of the article text"))
        self.exact_mode = make(translate("Actions", "&Exact characters"), "Ctrl+E", checkable=True,
                               tip=translate("Actions",
                                   "Selections keep exactly the characters chosen "
                                   "(a span inside a word) instead of snapping to "
                                   "whole words"))
        self.quote_marks = make(translate("Actions", "&Quote marks inside quotes"), checkable=True,
                                tip=translate("Actions",
                                    "A new quote or claim keeps the quote marks "
                                    "“ ” at its edges (entities never do)"))
        self.rtl_layout = make(translate("Actions", "&Right-to-left layout"), checkable=True,
                               tip=translate("Actions", "Mirror the window: document list on the "
                                                "right"))

        self.shortcuts = make(translate("Actions", "&Keyboard shortcuts"), "F1")
        self.about = make(translate("Actions", "&About"))

        self._defaults = {a: a.shortcuts() for a in self.all()}

    def refresh_icons(self, color: str, rtl: bool) -> None:
        """Arrows in the theme's text colour, pointing the way the window reads."""
        self.previous.setIcon(seek_icon(color, forward=False, rtl=rtl))
        self.next.setIcon(seek_icon(color, forward=True, rtl=rtl))
        self.skip.setIcon(skip_icon(color, rtl))
        self.undo.setIcon(turn_icon(color, redo=False, rtl=rtl))
        self.redo.setIcon(turn_icon(color, redo=True, rtl=rtl))

    def yield_to_hotkeys(self, hotkeys: set[str]) -> None:
        """Drop window shortcuts that a label hotkey uses, plain or with Ctrl (exact mode):
        a label on F1 or Q must reach the editor, not open help or quit."""
        taken = {k.upper() for k in hotkeys if k} | {f"CTRL+{k.upper()}" for k in hotkeys if k}
        for action, keys in self._defaults.items():
            action.setShortcuts([k for k in keys if k.toString(
                QKeySequence.SequenceFormat.PortableText).upper() not in taken])

    def all(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)]


def build_menus(window: QMainWindow, a: Actions) -> None:
    bar = window.menuBar()
    file = bar.addMenu(translate("Menus", "&File"))
    file.addActions([a.open_project, a.new_project])
    file.addMenu(a.recent_menu)
    file.addSeparator()
    file.addActions([a.import_files, a.import_folder, a.export])
    file.addSeparator()
    file.addAction(a.quit)
    edit = bar.addMenu(translate("Menus", "&Edit"))
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.delete_span, a.link, a.span_details, a.document_note])
    edit.addSeparator()
    edit.addActions([a.labels, a.annotator])
    edit.addSeparator()
    edit.addAction(a.preferences)
    document = bar.addMenu(translate("Menus", "&Document"))
    document.addActions([a.previous, a.next])
    document.addSeparator()
    document.addActions([a.mark_done, a.skip])
    document.addSeparator()
    document.addActions([a.find, a.find_next, a.find_previous, a.find_documents])
    view = bar.addMenu(translate("Menus", "&View"))
    a.view_menu = view
    view.addActions([a.zoom_in, a.zoom_out, a.font_size])
    view.addSeparator()
    view.addActions([a.exact_mode, a.quote_marks, a.rtl_layout])
    view.addSeparator()
    a.color_scheme_menu = view.addMenu(translate("Menus", "&Colour scheme"))
    a.color_scheme_menu.setObjectName("colorSchemeMenu")
    help_ = bar.addMenu(translate("Menus", "&Help"))
    help_.addActions([a.shortcuts, a.about])


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(translate("Menus", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")  # saveState() needs a name
    bar.setMovable(False)
    bar.setToolButtonStyle(bar.toolButtonStyle().ToolButtonTextBesideIcon)
    bar.addActions([a.previous, a.next])
    bar.addSeparator()
    bar.addActions([a.mark_done, a.skip])
    bar.addSeparator()
    bar.addActions([a.undo, a.redo])
    bar.addSeparator()
    bar.addActions([a.import_files, a.export])
    window.addToolBar(bar)
    return bar


def fill_recent(menu: QMenu, paths: list[str], current: Path | None, open_path) -> None:
    menu.clear()
    shown = [p for p in paths if current is None or Path(p) != current.resolve()]
    for path in shown:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    menu.setEnabled(bool(shown))
