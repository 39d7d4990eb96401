"""The review history's SQLite schema, its versions, and opening a file safely.

The schema version is `PRAGMA user_version`; MIGRATIONS[n] takes a database from
version n to n + 1 inside one transaction, after a copy of the old file is saved
beside it. `PRAGMA application_id` marks the file as ours, so another program's
database is refused instead of being "migrated". The layout is documented in
docs/review-history.md.

Refusing a file never writes to it: every check below only reads.

Opening is fast whatever the size of the history: the header, the marker, the version and
the tables are checked (a few pages read). The full `PRAGMA quick_check`, which reads the
whole file (0.6 s at a million reviews, seconds from a cold disk), runs only when it is
cheap (a small file), after a crash (a WAL file left behind that no open connection owns),
or on `trainer check --history`. Damage found later, by a query, is reported with the
same one-line message (`corrupt_message`).
"""

from __future__ import annotations

import os
import sqlite3
import struct
import sys
from collections.abc import Callable
from pathlib import Path

APPLICATION_ID = 0x54524E52  # "TRNR"
SQLITE_MAGIC = b"SQLite format 3\x00"
HISTORY_FILE = "history.sqlite3"
# A history smaller than this is checked in full at every open: it costs a few milliseconds.
FULL_CHECK_BELOW = 4 * 1024 * 1024
# The tables each schema version has: a file missing one is damaged, whatever its marker says.
TABLES = {1: {"cards", "reviews"}, 2: {"cards", "reviews", "sessions"}}


class StoreError(Exception):
    """The history file cannot be used; the one-line message names it and says what to do."""


def _v0_to_v1(db: sqlite3.Connection) -> None:
    """The first schema: every answer as a review, and each card's latest FSRS state."""
    _run(
        db,
        """
        CREATE TABLE cards (
            id          INTEGER PRIMARY KEY,   -- also the card_id inside the FSRS state
            deck_id     TEXT NOT NULL,
            card_id     TEXT NOT NULL,         -- the stable card id of the deck file
            kind        TEXT NOT NULL,
            question    TEXT NOT NULL,         -- as last seen, for stats about vanished cards
            answer      TEXT NOT NULL,
            state       TEXT,                  -- fsrs Card.to_dict() JSON after the latest review
            fsrs_state  INTEGER,               -- 1 learning, 2 review, 3 relearning
            due         TEXT,                  -- ISO UTC, copied from state for the queue
            first_review TEXT,                 -- ISO UTC, for the new-cards-per-day limit
            UNIQUE (deck_id, card_id)
        );
        CREATE INDEX cards_first_review ON cards (deck_id, first_review);

        CREATE TABLE reviews (
            id          INTEGER PRIMARY KEY,
            deck_id     TEXT NOT NULL,
            card_id     TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,         -- ISO UTC with microseconds: sorts as time
            mode        TEXT NOT NULL,         -- choice | typed
            reply       TEXT NOT NULL,
            verdict     TEXT NOT NULL,         -- right | almost | wrong
            correct     INTEGER NOT NULL,      -- 1 for right or almost
            response_ms INTEGER NOT NULL,
            rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            rated_by    TEXT NOT NULL,         -- derived | user
            state       TEXT NOT NULL,         -- fsrs Card.to_dict() JSON after this review
            log         TEXT NOT NULL          -- fsrs ReviewLog.to_dict() JSON
        );
        CREATE INDEX reviews_card ON reviews (deck_id, card_id, correct);
        CREATE INDEX reviews_deck_time ON reviews (deck_id, reviewed_at);
        """,
    )


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Quiz and review sessions, so a deck can show its last score."""
    _run(
        db,
        """
        CREATE TABLE sessions (
            id          INTEGER PRIMARY KEY,
            deck_id     TEXT NOT NULL,
            kind        TEXT NOT NULL,         -- quiz | review
            started_at  TEXT NOT NULL,         -- ISO UTC of the first answer
            correct     INTEGER NOT NULL DEFAULT 0,  -- cards whose first answer was accepted
            total       INTEGER NOT NULL DEFAULT 0   -- distinct cards answered
        );
        CREATE INDEX sessions_deck ON sessions (deck_id, kind, id);
        ALTER TABLE reviews ADD COLUMN session INTEGER REFERENCES sessions (id);
        """,
    )


def _v2_to_v3(db: sqlite3.Connection) -> None:
    """Suspended and buried cards: left out of `trainer review` (for good / for the day)."""
    _run(
        db,
        """
        -- suspended: NULL, 'user' (s in the quiz) or 'leech' (failed 8 times)
        ALTER TABLE cards ADD COLUMN suspended TEXT;
        -- buried_until: ISO UTC; review leaves the card out before then (b in the quiz)
        ALTER TABLE cards ADD COLUMN buried_until TEXT
        """,
    )


def _run(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v0_to_v1, _v1_to_v2, _v2_to_v3]
SCHEMA_VERSION = len(MIGRATIONS)


def move_aside_hint(path: Path) -> str:
    return f"move it aside (mv '{path}' '{path}.bad') and trainer will start a new history"


def corrupt_message(path: Path, problem: object) -> str:
    return f"{path}: the review history is corrupt ({problem}); {move_aside_hint(path)}"


def check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite at all, or that is shorter than its
    header says (truncated), before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            raise StoreError(
                f"{wal}: left over from a review history that was moved; move it aside too "
                f"(mv '{wal}' '{wal}.bad')"
            ) from None
        return
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot read the review history ({exc.strerror or exc})"
        ) from None
    if head and head[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise StoreError(
            f"{path}: not a trainer review history (not an SQLite database); {move_aside_hint(path)}"
        )
    if len(head) == 100 and not wal_file(path).exists():
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(head[28:32], "big")
        # the page count is valid when the change counter matches "version valid for"
        if head[24:28] == head[92:96] and size < page_size * pages:
            raise StoreError(
                corrupt_message(path, f"truncated: {size} bytes of {page_size * pages}")
            )


def wal_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def needs_full_check(path: Path) -> bool:
    """Whether opening `path` should read all of it: a small file, or signs of a crash."""
    try:
        size = path.stat().st_size
    except OSError:
        return False  # a new history
    if size < FULL_CHECK_BELOW:
        return True
    return crashed(path)


def crashed(path: Path) -> bool:
    """A non-empty WAL file that no open connection owns: the last writer did not close
    (SQLite removes the WAL when the last connection closes). A WAL owned by a running
    quiz is no crash; where that cannot be told (not Linux), assume one: it only costs a check."""
    wal = wal_file(path)
    try:
        if wal.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not _shm_in_use(path)


def _shm_in_use(path: Path) -> bool:
    """Does an open SQLite connection hold the WAL index? Every connection keeps a shared
    lock on byte 128 of the -shm file (SQLite's "dead man switch"); ask the kernel whether
    an exclusive lock there would conflict (F_OFD_GETLK: asks without taking a lock, and
    closing our descriptor cannot drop a lock SQLite holds in this process)."""
    if not sys.platform.startswith("linux"):
        return False
    import fcntl

    getlk = getattr(fcntl, "F_OFD_GETLK", None)
    if getlk is None:
        return False
    try:
        fd = os.open(path.with_name(path.name + "-shm"), os.O_RDONLY)
    except OSError:
        return False  # no index: nobody has the WAL open
    try:
        # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD requests)
        request = struct.pack("hh4xqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        answer = fcntl.fcntl(fd, getlk, request)
    except OSError:
        return False
    finally:
        os.close(fd)
    lock_type: int = struct.unpack("hh4xqqi4x", answer)[0]
    return lock_type != fcntl.F_UNLCK


def inspect(db: sqlite3.Connection, path: Path, full_check: bool = False) -> int:
    """The schema version of an open database that is ours (0: empty); raise otherwise.

    Reads the marker, the version and the schema (page 1), then touches the last page of
    each table; with `full_check`, the whole file (PRAGMA quick_check).
    """
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        check = db.execute("PRAGMA quick_check").fetchone()[0] if full_check else "ok"
    except sqlite3.DatabaseError as exc:
        if is_read_only_error(exc):
            raise
        raise StoreError(corrupt_message(path, exc)) from None
    if check != "ok":
        problem = next(line for line in check.splitlines() if not line.startswith("***"))
        raise StoreError(corrupt_message(path, problem))
    if app_id == 0 and version == 0 and not tables:
        return 0
    if app_id != APPLICATION_ID:
        raise StoreError(
            f"{path}: not a trainer review history (another program's database); "
            f"{move_aside_hint(path)}"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: review history version {version} was written by a newer trainer "
            f"(this one reads up to {SCHEMA_VERSION}); upgrade trainer"
        )
    missing = sorted(TABLES.get(version, set()) - tables)
    if missing:
        raise StoreError(corrupt_message(path, f"table {missing[0]!r} is missing"))
    try:
        for table in sorted(TABLES.get(version, set())):
            db.execute(f"SELECT max(rowid) FROM {table}").fetchone()  # one path down the tree
    except sqlite3.DatabaseError as exc:
        if is_read_only_error(exc):
            raise
        raise StoreError(corrupt_message(path, exc)) from None
    return int(version)


def is_read_only_error(exc: sqlite3.Error) -> bool:
    """SQLite's ways of saying it may not write (a read-only file, directory or mount)."""
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open database file" in text


def migrate(db: sqlite3.Connection, path: Path, version: int, keep_copy: bool = True) -> None:
    """Bring an open database at `version` to SCHEMA_VERSION, keeping a copy of the old file."""
    if version == SCHEMA_VERSION:
        return
    if version > 0 and keep_copy:
        _save_copy(db, path.with_name(f"{path.name}.v{version}.bak"))
    db.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _save_copy(db: sqlite3.Connection, backup: Path) -> None:
    if backup.exists():
        return
    target = sqlite3.connect(backup)
    try:
        db.backup(target)
    finally:
        target.close()
