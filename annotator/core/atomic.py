"""All-or-nothing writing of a file a user can lose: a temporary file beside the target, flushed
to disk, then renamed over it. A kill, a full disk or an error leaves the target as it was."""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

PART_SUFFIX = ".part"


def part_path(target: Path) -> Path:
    """A fresh temporary name beside `target` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


@contextmanager
def atomic_write(target: str | Path, mode: str = "w", **open_args) -> Iterator[IO]:
    """Yield a file open on a temporary beside `target`; on a clean exit it is fsynced and
    renamed to `target`, on any exception (KeyboardInterrupt too) it is removed."""
    target = Path(target)
    tmp = part_path(target)
    # Created as a new file with the usual permissions (umask applies), never over another.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, mode, **open_args) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():  # keep the permissions a user gave the previous export
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
