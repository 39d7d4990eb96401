"""Atomic file writes: a reader never sees half a file, a crash never leaves one.

A write goes to a hidden temporary file beside the target (`.NAME.XXXXXXXX.tmp`), held
under an exclusive lock while it is written. A process killed mid-write (SIGKILL, power
loss) leaves that file behind; the next write of the same target removes it: a temporary
file nobody holds locked belongs to a writer that is gone.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; stale files are left alone
    fcntl = None  # type: ignore[assignment]


class WriteError(Exception):
    """The output file could not be written; the message names it."""


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename over `path`."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise WriteError(f"{target}: directory {directory} does not exist")
    remove_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if fcntl is not None:  # ours until the rename: the next writer leaves it alone
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            # mkstemp makes the file private (0600); give it the mode a plain open() would
            os.fchmod(handle.fileno(), _file_mode(target))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WriteError(f"{target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete the temporary files of `target` left by writers that died; return them."""
    if fcntl is None:
        return []
    directory = target.parent if str(target.parent) else Path(".")
    removed = []
    for name in glob.glob(f".{glob.escape(target.name)}.*.tmp", root_dir=directory):
        path = directory / name
        try:
            with open(path, "rb") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink()
        except OSError:  # being written right now, already gone, or not ours to delete
            continue
        removed.append(path)
    return removed


def _file_mode(target: Path) -> int:
    """The replaced file's permissions, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
