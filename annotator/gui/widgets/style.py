"""The window's few style rules, by object name only, so that the editor keeps its own look."""
from __future__ import annotations

from annotator.gui.theme import LIGHT, Theme


def window_style(theme: Theme = LIGHT) -> str:
    return f"""
QLabel#panelTitle {{ font-weight: 600; font-size: 13px; padding: 6px 2px 4px 2px; }}
QLabel#layerTitle {{ color: {theme.hint}; font-size: 11px; font-weight: 600;
                    padding: 4px 2px 2px 2px; }}
QLabel#hint {{ color: {theme.hint}; font-size: 11px; padding: 2px; }}
QTableView#documentList::item, QTreeView#spanList::item {{ padding: 3px 2px; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


WINDOW_STYLE = window_style(LIGHT)

# Left-to-right mark: keeps "12–18" and "3/10 done" in reading order in a mirrored window.
LRM = "\u200e"
