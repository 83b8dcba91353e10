"""Walking a folder to import: in name order, hidden entries left out, folder links followed.

A link to a folder is read like the folder itself; a link that leads back to a folder this
walk has already read (a loop, or a second way to one folder) is refused with one line, and so
is a link whose target is gone, rather than either being passed over in silence."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

from annotator.core.messages import tr

# Called with the entry refused and the reason; the walk goes on.
Refuse = Callable[[Path, str], None]


def walk(top: Path, refuse: Refuse, unreadable: Callable[[OSError], None]
         ) -> Iterator[tuple[Path, list[str]]]:
    """(folder, its file names sorted, hidden ones left out) for `top` and every folder under
    it, top-down; `unreadable` hears of each folder that cannot be listed."""
    seen: set[str] = set()  # real paths of the folders read so far
    for root, dirs, names in os.walk(top, onerror=unreadable, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # reached through a folder link: already read
            refuse(Path(root), tr("folder link not followed: it leads to {folder}, "
                                  "already read in this import", folder=real))
            dirs[:] = []
            continue
        seen.add(real)
        if not os.access(root, os.X_OK):
            # Listed (mode r--) but not searchable: its entries cannot be opened or even
            # told apart, so it is refused whole, in one line, and the walk goes on.
            unreadable(PermissionError(13, tr("cannot enter it to read its files (no search "
                                              "permission)"), root))
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        kept = []
        for name in sorted(names):
            if name.startswith("."):
                continue
            child = os.path.join(root, name)
            if os.path.islink(child) and not os.path.exists(child):
                refuse(Path(child), tr("broken link: {target} does not exist",
                                       target=os.readlink(child)))
                continue
            kept.append(name)
        yield Path(root), kept
