"""Speed of the review history: recording answers, the due queue, opening a big history.

    python bench/review.py [--answers 10000] [--cards 10000] [--reviews 100000]
                           [--big-reviews 1000000] [--big-dir DIR] [--runs 5]

1. Records ANSWERS answers one committed transaction at a time (as the quiz does), against
   a floor measured in the same run: a bare SQLite insert + commit of a row of the same
   size, with the same settings (WAL, synchronous=FULL). Target: under 5 ms per answer.
2. Computes the due queue of a deck of CARDS cards with a history of REVIEWS reviews,
   against a floor: reading every card's due time from the same database.
   Target: under 0.3 s. Also prints the time of the deck's stats, for information.
3. Opens a history of BIG_REVIEWS reviews over CARDS cards (built once into --big-dir and
   reused, as building it takes a minute), against a floor: a bare sqlite3 connect that
   reads the schema. Target: under 50 ms. With --cold, also after dropping the page cache
   (root only; it empties the cache of the whole machine).
4. `trainer review` over that history and a CARDS-card deck: process start to the first
   question drawn (headless, Textual's pilot), against a minimal Textual app drawing one
   label in the same run. Target: first question under 0.5 s.
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

from trainer.model import Card, Deck, Source
from trainer.review.due import due_queue
from trainer.review.scheduler import FsrsScheduler
from trainer.review.stats import deck_stats
from trainer.review.store import iso, open_store
from trainer.study import Answer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import MINIMAL

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
    return Deck(id="bench", title="Benchmark", sources=(Source(id="src"),), cards=cards)


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
            if len(review_rows) >= 50_000:  # bounded memory at a million reviews
                insert_reviews(db, review_rows)
                review_rows.clear()
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
    insert_reviews(db, review_rows)
    db.commit()
    db.close()
    return path


def insert_reviews(db: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    db.executemany(
        "INSERT INTO reviews (deck_id, card_id, reviewed_at, mode, reply, verdict, correct, "
        "response_ms, rating, rated_by, state, log) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


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
    parser.add_argument("--big-reviews", type=int, default=1_000_000)
    parser.add_argument("--big-dir", type=Path, help="keep the big history here (reused)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only-big", action="store_true", help="parts 3 and 4 only")
    parser.add_argument(
        "--cold", action="store_true", help="also open after dropping the page cache"
    )
    args = parser.parse_args()
    if not args.only_big:
        bench_small(args)
    bench_big(
        make_deck(args.cards), args.big_reviews, args.big_dir, args.runs, build_history, args.cold
    )


def bench_small(args: argparse.Namespace) -> None:
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


REVIEW = """
import random, sys, time
from trainer.cli import build_parser

args = build_parser().parse_args(["review", sys.argv[1], "--seed", "1"])
from trainer.commands._history import load_settings, open_history
from trainer.commands.quiz import stats_provider
from trainer.commands.review import _load, review_session
from trainer.quiz.session import QuizOptions, utc_now
from trainer.tui.app import create_app

decks, _ = _load(args.decks)  # as `trainer review` does, up to require_terminal()
settings = load_settings()
store = open_history(settings)
session, _ = review_session(
    store, decks, settings.new_cards_per_day, QuizOptions(shuffle=True), random.Random(1), utc_now
)
app = create_app(
    session=session, recorder=session.recorder, last_score=store.last_score,
    stats=stats_provider(store),
)

async def drawn(pilot):
    await pilot.pause()
    assert type(app.screen).__name__ == "QuestionScreen", app.screen
    print(time.time())
    pilot.app.exit()

app.run(headless=True, auto_pilot=drawn)
"""


def time_to_draw(code: str, data_dir: Path, *args: str) -> float:
    import os
    import subprocess

    repo = Path(__file__).resolve().parent.parent
    env = {
        "PYTHONPATH": str(repo),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "TRAINER_DATA_DIR": str(data_dir),
    }
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return float(result.stdout.strip().splitlines()[-1]) - start


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only), so the next read comes from the disk."""
    import os

    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def bench_big(
    deck: Deck, reviews: int, keep: Path | None, runs: int, build, cold: bool = False
) -> None:
    from trainer.decks import write_deck

    with tempfile.TemporaryDirectory() as tmp:
        directory = keep or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "history.sqlite3"
        marker = directory / f"built-{len(deck.cards)}-{reviews}"
        if not marker.exists():
            for old in directory.glob("history.sqlite3*"):
                old.unlink()
            start = time.perf_counter()
            build(directory, deck, reviews)
            marker.touch()
            print(f"built a history of {reviews} reviews in {time.perf_counter() - start:.0f} s")
        deck_path = directory / "bench.deck.yaml"
        if not deck_path.exists():
            write_deck(deck, deck_path)
        size = path.stat().st_size / 1e6

        def bare_open() -> None:
            db = sqlite3.connect(path)
            db.execute("SELECT name FROM sqlite_schema").fetchall()
            db.close()

        open_time = best_of(runs, lambda: open_store(directory).close())
        floor = best_of(runs, bare_open)
        print(f"open a history of {reviews} reviews ({size:.0f} MB), warm, best of {runs}:")
        print(f"  open          {open_time * 1000:7.1f} ms  (target < 50 ms)")
        print(f"  floor         {floor * 1000:7.1f} ms  bare sqlite3 connect + read the schema")
        print(f"  ratio         {open_time / floor:7.1f} x")
        if cold and drop_page_cache():
            start = time.perf_counter()
            open_store(directory).close()
            cold = time.perf_counter() - start
            drop_page_cache()
            start = time.perf_counter()
            bare_open()
            cold_floor = time.perf_counter() - start
            print(f"  cold open     {cold * 1000:7.1f} ms  (page cache dropped first)")
            print(f"  cold floor    {cold_floor * 1000:7.1f} ms  ratio {cold / cold_floor:.1f} x")
        else:
            print(
                "  cold open: not measured (--cold, as root, drops the whole machine's page cache)"
            )

        time_to_draw(MINIMAL, directory)  # warm the file cache for both
        time_to_draw(REVIEW, directory, str(deck_path))  # and the deck cache
        minimal, review = [], []
        for _ in range(runs):
            minimal.append(time_to_draw(MINIMAL, directory))
            review.append(time_to_draw(REVIEW, directory, str(deck_path)))
        ours, base = statistics.median(review), statistics.median(minimal)
        print(f"trainer review, {len(deck.cards)} cards, {reviews} reviews, median of {runs}:")
        print(f"  first question {ours * 1000:6.0f} ms  start to first question drawn (< 500 ms)")
        print(f"  floor          {base * 1000:6.0f} ms  a minimal Textual app drawing a label")
        print(f"  ratio          {ours / base:6.1f} x")


if __name__ == "__main__":
    main()
