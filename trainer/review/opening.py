"""Opening the review history's file: for writing (quiz, review) or read-only (stats), with
one-line errors that say what is wrong, a read-only place above all.

The checks of the file itself (ours, healthy, not from the future) are in schema.py; this
module decides how to connect: a writer needs the directory writable (SQLite makes its
-wal and -shm files beside the history); a reader never creates, migrates or writes, so
`trainer stats` works in a read-only data directory and on a history not made yet.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from trainer.review.schema import (
    HISTORY_FILE,
    SCHEMA_VERSION,
    StoreError,
    check_header,
    inspect,
    is_read_only_error,
    migrate,
    needs_full_check,
    wal_file,
)


def history_path(data_dir: Path, for_writing: bool) -> Path:
    """The history file of a data directory; a writer gets the directory made, and a
    one-line StoreError when it cannot write there."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreError(f"{data_dir}: the data directory is not a directory")
    if for_writing:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StoreError(read_only_message(data_dir)) from None
            raise StoreError(
                f"{data_dir}: cannot create the data directory ({exc.strerror})"
            ) from None
        if not os.access(data_dir, os.W_OK):
            raise StoreError(read_only_message(data_dir))
    return data_dir / HISTORY_FILE


def read_only_message(where: Path) -> str:
    return (
        f"{where}: the data directory is read-only, so answers cannot be recorded; make it "
        "writable or set TRAINER_DATA_DIR to a writable directory"
    )


def connect_for_writing(path: Path, full_check: bool | None = None) -> sqlite3.Connection:
    """A connection to the history at `path`, created or migrated as needed (WAL mode,
    synchronous=FULL); StoreError for a file that is not ours or cannot be used."""
    check_header(path)
    if not path.parent.is_dir():
        raise StoreError(f"{path}: directory {path.parent} does not exist")
    if full_check is None:
        full_check = needs_full_check(path)
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(_cannot(path, "open", exc)) from None
    try:
        version = inspect(db, path, full_check)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        migrate(db, path, version)
    except sqlite3.Error as exc:
        db.close()
        raise StoreError(_cannot(path, "use", exc)) from None
    except BaseException:
        db.close()
        raise
    db.row_factory = sqlite3.Row
    return db


def connect_read_only(path: Path, full_check: bool | None = None) -> sqlite3.Connection:
    """A connection that only reads: a missing or empty file reads as an empty history (in
    memory), an older version is upgraded in memory, a read-only directory is fine."""
    check_header(path)
    try:
        empty = path.stat().st_size == 0
    except FileNotFoundError:
        empty = True
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the review history ({exc.strerror})") from None
    if empty:
        db = sqlite3.connect(":memory:", isolation_level=None)
        migrate(db, path, 0)
        db.row_factory = sqlite3.Row
        return db
    if full_check is None:
        full_check = needs_full_check(path)
    uri = path.absolute().as_uri()
    try:
        db, version = _open_uri(f"{uri}?mode=ro", path, full_check)
    except sqlite3.Error as exc:
        if not (is_read_only_error(exc) and not wal_file(path).exists()):
            raise StoreError(_cannot(path, "read", exc)) from None
        # A WAL-mode file in a directory nobody may write: SQLite cannot make the -shm
        # index it wants, but with no WAL the file alone is the whole history.
        try:
            db, version = _open_uri(f"{uri}?immutable=1", path, full_check)
        except sqlite3.Error as exc:
            raise StoreError(_cannot(path, "read", exc)) from None
    if version < SCHEMA_VERSION:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        db.backup(memory)
        db.close()
        db = memory
        migrate(db, path, version, keep_copy=False)
    db.row_factory = sqlite3.Row
    return db


def _open_uri(uri: str, path: Path, full_check: bool) -> tuple[sqlite3.Connection, int]:
    db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    try:
        return db, inspect(db, path, full_check)
    except BaseException:
        db.close()
        raise


def _cannot(path: Path, verb: str, exc: sqlite3.Error) -> str:
    """The one line for an SQLite error at open: read-only places say so."""
    if is_read_only_error(exc):
        if not os.access(path.parent, os.W_OK):
            return read_only_message(path.parent)
        if path.exists() and not os.access(path, os.W_OK):
            return (
                f"{path}: the review history is read-only, so answers cannot be recorded; "
                "make it writable"
            )
    return f"{path}: cannot {verb} the review history ({exc})"
