"""Speed of the review history: recording answers, and the due queue over a big history.

    python bench/review.py [--answers 10000] [--cards 10000] [--reviews 100000]

1. Records ANSWERS answers one committed transaction at a time (as the quiz does), against
   a floor measured in the same run: a bare SQLite insert + commit of a row of the same
   size, with the same settings (WAL, synchronous=FULL). Target: under 5 ms per answer.
2. Computes the due queue of a deck of CARDS cards with a history of REVIEWS reviews,
   against a floor: reading every card's due time from the same database.
   Target: under 0.3 s. Also prints the time of the deck's stats, for information.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.model import Card, Deck
from trainer.review.due import due_queue
from trainer.review.scheduler import FsrsScheduler
from trainer.review.stats import deck_stats
from trainer.review.store import iso, open_store
from trainer.study import Answer

T0 = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)


def make_deck(n: int) -> Deck:
    kinds = ("who_said", "date", "number", "aircraft", "place")
    cards = tuple(
        Card(
            id=f"card-{i:05d}",
            kind=kinds[i % len(kinds)],
            question=f"On what date did event number {i} of this long benchmark deck happen?",
            answer=f"Oct. {i % 28 + 1}",
            sources=("src",),
            evidence=f"Event number {i} happened on Oct. {i % 28 + 1}, officials said on Tuesday.",
        )
        for i in range(n)
    )
    return Deck(id="bench", title="Benchmark", cards=cards)


def bench_recording(directory: Path, answers: int) -> tuple[list[float], list[float]]:
    """Each answer is timed next to a bare insert + commit, so both see the same disk."""
    deck = make_deck(max(1, answers // 5))
    floor = sqlite3.connect(directory / "floor.sqlite3", isolation_level=None)
    floor.execute("PRAGMA journal_mode = WAL")
    floor.execute("PRAGMA synchronous = FULL")
    floor.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
    state = json.dumps({"card_id": 1, "state": 2, "step": None, "stability": 3.1, "due": iso(T0)})
    per_answer, per_insert = [], []
    with open_store(directory / "record", FsrsScheduler()) as store:
        recorder = store.recorder("quiz")
        for i in range(answers):
            card = deck.cards[i % len(deck.cards)]
            answer = Answer(
                card=card,
                deck_id=deck.id,
                reply="Oct. 20",
                mode="typed",
                verdict="right" if i % 4 else "wrong",
                response_seconds=4.2,
                answered_at=T0 + timedelta(minutes=i),
            )
            start = time.perf_counter()
            recorder.record(answer, 3 if i % 4 else 1)
            per_answer.append(time.perf_counter() - start)

            start = time.perf_counter()
            floor.execute("BEGIN IMMEDIATE")
            floor.execute("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", (card.id, state, state))
            floor.execute("COMMIT")
            per_insert.append(time.perf_counter() - start)
    floor.close()
    return per_answer, per_insert


def build_history(directory: Path, deck: Deck, reviews: int) -> Path:
    """A realistic history written in bulk: each card reviewed in turn, FSRS states chained."""
    with open_store(directory, FsrsScheduler()) as store:
        store.close()
    path = directory / "history.sqlite3"
    scheduler = FsrsScheduler()
    db = sqlite3.connect(path)
    per_card = reviews // len(deck.cards)
    review_rows, card_rows = [], []
    for n, card in enumerate(deck.cards, start=1):
        state = None
        at = T0 + timedelta(seconds=n)
        first = at
        for k in range(per_card):
            rating = 1 if (n + k) % 7 == 0 else 3
            result = scheduler.review(state, n, rating, at, 5.0)
            state = result.state
            review_rows.append(
                (
                    deck.id,
                    card.id,
                    iso(at),
                    "typed",
                    "reply",
                    "right" if rating > 1 else "wrong",
                    int(rating > 1),
                    5000,
                    rating,
                    "derived",
                    json.dumps(state),
                    json.dumps(result.log),
                )
            )
            at = result.due + timedelta(hours=n % 24)
        card_rows.append(
            (
                n,
                deck.id,
                card.id,
                card.kind,
                card.question,
                card.answer,
                json.dumps(state),
                state["state"],
                iso(datetime.fromisoformat(state["due"])),
                iso(first),
            )
        )
    db.executemany("INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", card_rows)
    db.executemany(
        "INSERT INTO reviews (deck_id, card_id, reviewed_at, mode, reply, verdict, correct, "
        "response_ms, rating, rated_by, state, log) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        review_rows,
    )
    db.commit()
    db.close()
    return path


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=100_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        (directory / "record").mkdir()
        per_answer, per_insert = bench_recording(directory, args.answers)
        mean, floor = statistics.mean(per_answer), statistics.mean(per_insert)
        p99 = statistics.quantiles(per_answer, n=100)[98]
        print(f"record {args.answers} answers, one commit each (WAL, synchronous=FULL):")
        median = statistics.median(per_answer)
        floor_median = statistics.median(per_insert)
        print(
            f"  per answer    {mean * 1000:7.3f} ms  mean (median {median * 1000:.3f}, "
            f"p99 {p99 * 1000:.3f}; target < 5 ms)"
        )
        print(
            f"  floor         {floor * 1000:7.3f} ms  mean (median {floor_median * 1000:.3f}): "
            "bare sqlite insert + commit, interleaved"
        )
        print(f"  ratio         {mean / floor:7.1f} x")

        deck = make_deck(args.cards)
        (directory / "queue").mkdir()
        start = time.perf_counter()
        path = build_history(directory / "queue", deck, args.reviews)
        built = time.perf_counter() - start
        now = T0 + timedelta(days=60)
        with open_store(directory / "queue") as store:
            count = store.rows("SELECT count(*) FROM reviews")[0][0]
            queue = due_queue(store, [deck], now, new_per_day=20, tz=UTC)
            queue_time = best_of(5, lambda: due_queue(store, [deck], now, new_per_day=20, tz=UTC))
            stats_time = best_of(3, lambda: deck_stats(store, deck, now, tz=UTC))
        floor_db = sqlite3.connect(path)
        floor_time = best_of(
            5,
            lambda: floor_db.execute(
                "SELECT card_id, due FROM cards WHERE deck_id = ?", (deck.id,)
            ).fetchall(),
        )
        floor_db.close()
        open_time = best_of(3, lambda: open_store(directory / "queue").close())
        print(
            f"due queue over {len(deck.cards)} cards, {count} reviews "
            f"(history built in {built:.1f} s): {len(queue)} due now"
        )
        print(f"  queue         {queue_time * 1000:7.1f} ms  (target < 300 ms)")
        print(f"  floor         {floor_time * 1000:7.1f} ms  reading every card's due time")
        print(f"  ratio         {queue_time / floor_time:7.1f} x")
        print(f"  stats         {stats_time * 1000:7.1f} ms  deck_stats, for information")
        print(
            f"  open          {open_time * 1000:7.1f} ms  open + integrity check, for information"
        )


if __name__ == "__main__":
    main()
