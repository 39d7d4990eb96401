"""The review history: round trip, keying by stable card id, rerating, sessions, migrations,
and refusing (without touching) a file that is not a healthy trainer history."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.review_support import T0, answer, card, store_in
from trainer.review import schema
from trainer.review.scheduler import FsrsScheduler
from trainer.review.schema import HISTORY_FILE, SCHEMA_VERSION, StoreError
from trainer.review.store import ReviewStore


def test_round_trip_keeps_every_field_and_survives_reopening(tmp_path: Path):
    c = card("date-1")
    with store_in(tmp_path) as store:
        first = store.record(answer(c, T0, verdict="wrong", reply="Oct 3", seconds=4.25), 1)
        second = store.record(
            answer(c, T0 + timedelta(minutes=2), verdict="almost", reply="Sept 30", mode="choice"),
            2,
        )
    assert (first, second) == (1, 2)

    with store_in(tmp_path) as store:
        reviews = store.reviews()
        assert [r.id for r in reviews] == [1, 2]
        one, two = reviews
        assert (one.deck_id, one.card_id, one.reply, one.mode) == ("d1", "date-1", "Oct 3", "typed")
        assert (one.verdict, one.correct, one.response_ms, one.rating) == ("wrong", False, 4250, 1)
        assert one.reviewed_at == T0 and one.reviewed_at.tzinfo is not None
        assert (two.verdict, two.correct, two.mode, two.rated_by) == (
            "almost",
            True,
            "choice",
            "derived",
        )
        # the FSRS state after each review is fsrs's own Card.to_dict(), and the log is its ReviewLog
        expected = FsrsScheduler(fuzz=False).review(None, one.state["card_id"], 1, T0, 4.25)
        assert one.state == expected.state
        assert (
            one.log
            == expected.log
            == {
                "card_id": one.state["card_id"],
                "rating": 1,
                "review_datetime": T0.isoformat(),
                "review_duration": 4250,
            }
        )
        assert store.card_state("d1", "date-1") == two.state


def test_database_is_versioned_marked_and_in_wal_mode(tmp_path: Path):
    store_in(tmp_path).close()
    db = sqlite3.connect(tmp_path / HISTORY_FILE)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_history_survives_regenerating_a_deck(tmp_path: Path):
    """Same deck id and card id, new wording: the card keeps its FSRS state and reviews."""
    with store_in(tmp_path) as store:
        store.record(answer(card("who-1", question="Who said X?"), T0), 3)
        after_first = store.card_state("d1", "who-1")
        reworded = card("who-1", question="Who said: X?")
        store.record(answer(reworded, T0 + timedelta(minutes=10)), 3)
        reviews = store.reviews(card_id="who-1")
        assert len(reviews) == 2
        # the second review started from the first one's state: learning step 2 -> review
        expected = FsrsScheduler(fuzz=False).review(
            after_first, after_first["card_id"], 3, T0 + timedelta(minutes=10)
        )
        assert reviews[1].state == expected.state
        assert reviews[1].state["state"] == 2
        assert store.rows("SELECT question FROM cards")[0][0] == "Who said: X?"
    assert len(store_in(tmp_path).cards("d1")) == 1


def test_same_card_id_in_two_decks_is_two_cards(tmp_path: Path):
    with store_in(tmp_path) as store:
        store.record(answer(card("n-1"), T0, deck_id="a"), 1)
        store.record(answer(card("n-1"), T0, deck_id="b"), 4)
        assert store.card_state("a", "n-1")["state"] == 1
        assert store.card_state("b", "n-1")["state"] == 2
        assert store.card_state("a", "n-1")["card_id"] != store.card_state("b", "n-1")["card_id"]


def test_rerate_recomputes_from_the_previous_state(tmp_path: Path):
    c = card("c")
    sched = FsrsScheduler(fuzz=False)
    with store_in(tmp_path) as store:
        store.record(answer(c, T0), 3)
        before = store.card_state("d1", "c")
        later = T0 + timedelta(minutes=10)
        review_id = store.record(answer(c, later), 3)
        assert store.card_state("d1", "c")["state"] == 2  # graduated

        store.rerate(review_id, 1)
        rerated = store.reviews(card_id="c")[-1]
        expected = sched.review(before, before["card_id"], 1, later, 3.0)
        assert rerated.rating == 1 and rerated.rated_by == "user"
        assert rerated.state == expected.state and rerated.log == expected.log
        assert store.card_state("d1", "c") == expected.state
        assert store.cards("d1")["c"].due == expected.due.isoformat(timespec="microseconds")
        assert store.reviews(card_id="c")[0].rated_by == "derived"


def test_rerating_an_earlier_review_replays_the_later_ones(tmp_path: Path):
    c = card("c")
    sched = FsrsScheduler(fuzz=False)
    times = [T0, T0 + timedelta(minutes=10), T0 + timedelta(days=2)]
    with store_in(tmp_path) as store:
        ids = [store.record(answer(c, at), 3) for at in times]
        store.rerate(ids[0], 4)
        state = None
        for at, rating in zip(times, (4, 3, 3), strict=True):
            state = sched.review(state, 1, rating, at, 3.0).state
        assert [r.rating for r in store.reviews()] == [4, 3, 3]
        assert store.reviews()[-1].state == state == store.card_state("d1", "c")
        with pytest.raises(ValueError, match="no review 99"):
            store.rerate(99, 2)


def test_a_bad_rating_records_nothing(tmp_path: Path):
    with store_in(tmp_path) as store:
        with pytest.raises(ValueError):
            store.record(answer(card("c"), T0), 5)
        assert store.reviews() == [] and store.cards("d1") == {}


def test_sessions_give_each_deck_its_last_score(tmp_path: Path):
    a, b, c = card("a"), card("b"), card("c")
    with store_in(tmp_path) as store:
        assert store.last_score("d1") is None
        quiz = store.recorder("quiz")
        quiz.record(answer(a, T0), 3)
        quiz.record(answer(b, T0, verdict="wrong"), 1)
        quiz.record(answer(c, T0, verdict="almost"), 2)
        quiz.record(answer(b, T0 + timedelta(minutes=1)), 3)  # retry: a review, not a score
        quiz.record(answer(a, T0, deck_id="d2", verdict="wrong"), 1)
        assert store.last_score("d1") == (2, 3)
        assert store.last_score("d2") == (0, 1)
        assert len(store.reviews()) == 5

        store.recorder("review").record(answer(a, T0 + timedelta(days=1)), 3)
        assert store.last_score("d1") == (2, 3)
        assert store.last_score("d1", kind="review") == (1, 1)

        again = store.recorder("quiz")
        again.record(answer(c, T0 + timedelta(days=2), verdict="wrong"), 1)
        assert store.last_score("d1") == (0, 1)
    assert store_in(tmp_path).last_score("d2") == (0, 1)


# -- migrations ----------------------------------------------------------------

V1_SCHEMA = """
CREATE TABLE cards (id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, card_id TEXT NOT NULL,
    kind TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, state TEXT,
    fsrs_state INTEGER, due TEXT, first_review TEXT, UNIQUE (deck_id, card_id));
CREATE INDEX cards_first_review ON cards (deck_id, first_review);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, card_id TEXT NOT NULL,
    reviewed_at TEXT NOT NULL, mode TEXT NOT NULL, reply TEXT NOT NULL, verdict TEXT NOT NULL,
    correct INTEGER NOT NULL, response_ms INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), rated_by TEXT NOT NULL,
    state TEXT NOT NULL, log TEXT NOT NULL);
CREATE INDEX reviews_card ON reviews (deck_id, card_id, correct);
CREATE INDEX reviews_deck_time ON reviews (deck_id, reviewed_at);
"""


def make_v1(path: Path) -> None:
    """A version-1 history written by hand, as an older trainer left it."""
    state = FsrsScheduler(fuzz=False).review(None, 1, 3, T0)
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.execute(
        "INSERT INTO cards VALUES (1, 'd1', 'old-card', 'date', 'Q?', 'A', ?, 1, ?, ?)",
        (json.dumps(state.state), state.due.isoformat(timespec="microseconds"), T0.isoformat()),
    )
    db.execute(
        "INSERT INTO reviews VALUES (1, 'd1', 'old-card', ?, 'typed', 'A', 'right', 1, 2000, 3, "
        "'derived', ?, ?)",
        (T0.isoformat(timespec="microseconds"), json.dumps(state.state), json.dumps(state.log)),
    )
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_migrates_a_version_1_history_and_keeps_a_copy(tmp_path: Path):
    path = tmp_path / HISTORY_FILE
    make_v1(path)
    v1_bytes = path.read_bytes()
    with store_in(tmp_path) as store:
        old = store.reviews()
        assert [(r.card_id, r.rating, r.session) for r in old] == [("old-card", 3, None)]
        # the old card continues from its stored state
        store.recorder().record(answer(card("old-card"), T0 + timedelta(minutes=10)), 3)
        assert store.card_state("d1", "old-card")["state"] == 2
        assert store.last_score("d1") == (1, 1)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    backup = tmp_path / f"{HISTORY_FILE}.v1.bak"
    old_db = sqlite3.connect(backup)
    assert old_db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old_db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
    assert len(v1_bytes) > 0


def test_a_failed_migration_leaves_the_old_history_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / HISTORY_FILE
    make_v1(path)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError, match="migration bug"):
        store_in(tmp_path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert tables == {"cards", "reviews"}
    assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1


def test_an_empty_file_becomes_a_new_history(tmp_path: Path):
    (tmp_path / HISTORY_FILE).write_bytes(b"")
    with store_in(tmp_path) as store:
        store.record(answer(card("c"), T0), 3)
        assert len(store.reviews()) == 1


# -- refusing files that are not ours --------------------------------------------


def foreign_sqlite(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    db.commit()
    db.close()


def corrupt_history(path: Path) -> None:
    with store_in(path.parent) as store:
        for i in range(300):
            store.record(answer(card(f"c{i % 20}"), T0 + timedelta(minutes=i), reply="x" * 200), 3)
    data = bytearray(path.read_bytes())
    page = 4096 * 5
    data[page : page + 64] = b"\xff" * 64  # a b-tree page header
    path.write_bytes(bytes(data))


def newer_history(path: Path) -> None:
    store_in(path.parent).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()


BAD_FILES = {
    "text": (lambda p: p.write_text("my notes\n"), "not an SQLite database"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(5000)), "not an SQLite database"),
    "another program's database": (foreign_sqlite, "another program's database"),
    "corrupt pages": (corrupt_history, "is corrupt"),
    "newer version": (newer_history, "written by a newer trainer"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_and_left_untouched(tmp_path: Path, kind: str):
    path = tmp_path / HISTORY_FILE
    make, message = BAD_FILES[kind]
    make(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as info:
        ReviewStore.open(path)
    text = str(info.value)
    assert "\n" not in text
    assert text.startswith(f"{path}: ") and message in text
    if kind != "newer version":
        assert f"mv '{path}' '{path}.bad'" in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_stale_wal_without_its_database_is_refused(tmp_path: Path):
    (tmp_path / f"{HISTORY_FILE}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    with pytest.raises(StoreError, match="left over from a review history that was moved"):
        store_in(tmp_path)
    assert not (tmp_path / HISTORY_FILE).exists()


KILL_CHILD = """
import sys
from datetime import timedelta
from pathlib import Path
from tests.review_support import T0, answer, card, store_in

store = store_in(Path(sys.argv[1]))
recorder = store.recorder("quiz")
for i in range(1000):
    recorder.record(answer(card(f"c{i % 7}"), T0 + timedelta(seconds=i)), 3)
    print(f"recorded {i + 1}", flush=True)
    sys.stdin.readline()  # the parent says when to answer the next question
"""


def test_answers_recorded_before_a_sigkill_are_all_there(tmp_path: Path):
    """Each `record` is committed when it returns: kill -9 after N answers leaves exactly N."""
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO

    child = subprocess.Popen(
        [sys.executable, "-c", KILL_CHILD, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert child.stdin is not None and child.stdout is not None
    answers = 5
    for n in range(1, answers + 1):
        assert child.stdout.readline().strip() == f"recorded {n}"
        if n < answers:
            child.stdin.write("\n")
            child.stdin.flush()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdin.close()  # filterwarnings = error: an unclosed pipe is a ResourceWarning
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with store_in(tmp_path) as store:
        assert len(store.reviews()) == answers
        assert store.last_score("d1") == (answers, answers)
