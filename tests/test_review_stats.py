"""Stats figures on a hand-built history, and `trainer stats` through its entry point."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import DEFAULT_DECK
from tests.review_support import answer, card, deck, store_in
from tests.test_cli import run_cli
from trainer.decks import load_deck
from trainer.review.schema import HISTORY_FILE
from trainer.review.stats import KindAccuracy, deck_stats

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3 if day > 0 else 2, day if day > 0 else -day, hour, minute, tzinfo=UTC)


A, B = card("a", "date"), card("b", "date")
C, D, E = card("c", "who_said"), card("d", "number"), card("e", "date")
GONE = card("gone", "date")
DECK = deck("d1", A, B, C, D, E, title="Hand-built")

# (card, time, verdict, rating): times are March 2025 (February for negative days)
HISTORY = [
    (GONE, at(-1, 10), "wrong", AGAIN),  # 1 Feb: outside the 30 days; the card left the deck
    (GONE, at(-2, 10), "wrong", AGAIN),
    (A, at(8, 10), "right", GOOD),  # learning, due 10:10
    (B, at(8, 10, 1), "wrong", AGAIN),
    (C, at(9, 10), "right", EASY),  # review, due in 8 days: 17 March
    (B, at(9, 10, 5), "right", AGAIN),  # a lucky guess, graded Again by the user
    (D, at(10, 9), "almost", HARD),  # learning, due 09:05:30
    (B, at(10, 9, 10), "wrong", AGAIN),
]


def build(directory: Path):
    store = store_in(directory)
    for the_card, when, verdict, rating in HISTORY:
        store.record(answer(the_card, when, verdict=verdict), rating)
    return store


def test_figures_of_a_hand_built_history(tmp_path: Path):
    with build(tmp_path) as store:
        stats = deck_stats(store, DECK, NOW, tz=UTC)
    assert stats.cards == 5
    assert stats.new == 1  # e
    assert stats.learning == 3  # a, b, d
    assert stats.due_today == 3  # a and b overdue, d due this morning
    assert stats.due_this_week == 3  # c comes back on the 8th day
    assert stats.due_per_day == [3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    assert stats.reviews == 8  # the card that left the deck keeps its history
    # last 30 days, rated Good, Again, Easy, Again, Hard, Again: the rating counts, not the verdict
    assert stats.retention == 3 / 6
    assert stats.streak == 3  # 8, 9, 10 March
    assert stats.reviews_per_day == [0] * 27 + [2, 2, 2]
    assert stats.accuracy_by_kind == {
        "who_said": KindAccuracy(1, 1),
        "date": KindAccuracy(2, 6),
        "number": KindAccuracy(1, 1),  # "almost" is accepted
    }
    assert [(leech.card_id, leech.misses, leech.reviews) for leech in stats.leeches] == [
        ("b", 2, 3)
    ]  # "gone" was missed twice too, but it is no longer in the deck


def test_streak_survives_until_the_day_ends_without_study(tmp_path: Path):
    with build(tmp_path) as store:
        assert deck_stats(store, DECK, NOW + timedelta(hours=20), tz=UTC).streak == 3
        assert deck_stats(store, DECK, NOW + timedelta(days=1, hours=13), tz=UTC).streak == 0
        # a review tomorrow extends it
        store.record(answer(A, NOW + timedelta(days=1)), GOOD)
        assert deck_stats(store, DECK, NOW + timedelta(days=1, hours=1), tz=UTC).streak == 4


def test_a_deck_without_history(tmp_path: Path):
    with store_in(tmp_path) as store:
        stats = deck_stats(store, DECK, NOW, tz=UTC)
    assert (stats.cards, stats.new, stats.learning, stats.reviews, stats.streak) == (5, 5, 0, 0, 0)
    assert stats.retention is None
    assert stats.reviews_per_day == [0] * 30 and stats.due_per_day == [0] * 14
    assert stats.accuracy_by_kind == {} and stats.leeches == []


# -- the command ----------------------------------------------------------------------


def midday_tz() -> dict[str, str]:
    """A TZ in which it is now around noon: "due today" must not hinge on the hour CI runs."""
    offset = 12 - datetime.now(UTC).hour  # hours east of UTC
    return {"TZ": f"NOON{-offset:+d}"}  # POSIX TZ offsets count west


def record_now(data_dir: Path, deck_path: Path, verdicts: list[str]) -> None:
    the_deck = load_deck(deck_path)
    now = datetime.now(UTC) - timedelta(seconds=5)
    with store_in(data_dir) as store:
        recorder = store.recorder()
        for the_card, verdict in zip(the_deck.cards, verdicts, strict=False):
            recorder.record(
                answer(the_card, now, deck_id=the_deck.id, verdict=verdict),
                GOOD if verdict == "right" else AGAIN,
            )


def test_stats_json_through_the_entry_point(data_dir: Path):
    record_now(data_dir, DEFAULT_DECK, ["right", "wrong", "right"])
    result = run_cli("stats", str(DEFAULT_DECK), "--json", env=midday_tz())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (stats,) = data["decks"]
    assert stats["deck_id"] == "syria-2015-11-17" and stats["path"] == str(DEFAULT_DECK)
    n = len(load_deck(DEFAULT_DECK).cards)
    assert (stats["cards"], stats["new"], stats["learning"]) == (n, n - 3, 3)
    assert (stats["reviews"], stats["due_today"], stats["streak"]) == (3, 3, 1)
    assert stats["retention"] == 2 / 3
    assert sum(stats["reviews_per_day"]) == 3 and len(stats["due_per_day"]) == 14


def test_stats_table_without_a_deck_shows_the_bundled_deck(data_dir: Path):
    record_now(data_dir, DEFAULT_DECK, ["wrong", "right"])
    result = run_cli("stats", env=midday_tz())
    assert result.returncode == 0, result.stderr
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    title_end = next(i for i, line in enumerate(lines) if line.endswith("(syria-2015-11-17)"))
    assert title_end == 0  # the title and the deck id on one line, even piped
    figures = {
        line.split("  ")[0].strip(): line.split("  ", 1)[1].strip()
        for line in lines[title_end + 1 : title_end + 9]
    }
    n = len(load_deck(DEFAULT_DECK).cards)
    assert figures == {
        "Cards": str(n),
        "New": str(n - 2),
        "Learning": "2",
        "Due today": "2",
        "Due this week": "2",
        "Reviews": "2",
        "Retention": "50% (last 30 days)",
        "Streak": "1 day",
    }
    first_two = load_deck(DEFAULT_DECK).cards[:2]  # answered wrong, then right
    right = {c.kind: 0 for c in first_two}
    right[first_two[1].kind] += 1
    total = {kind: sum(c.kind == kind for c in first_two) for kind in right}
    accuracy = next(i for i, line in enumerate(lines) if line.strip().startswith("Accuracy"))
    shown = " ".join(lines[accuracy : accuracy + 1 + len(total)])
    for kind in total:
        assert f"{right[kind]}/{total[kind]}" in shown


def test_stats_refuses_a_corrupt_history_and_leaves_it_alone(data_dir: Path):
    history = data_dir / HISTORY_FILE
    history.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    digest = hashlib.sha256(history.read_bytes()).hexdigest()
    result = run_cli("stats", str(DEFAULT_DECK))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"trainer: {history}: ")
    assert f"mv '{history}' '{history}.bad'" in result.stderr
    assert hashlib.sha256(history.read_bytes()).hexdigest() == digest


def test_stats_with_bad_settings_or_a_missing_deck_is_one_line(data_dir: Path, tmp_path: Path):
    missing = tmp_path / "missing.deck.yaml"
    result = run_cli("stats", str(missing))
    assert result.returncode == 1
    assert result.stderr == f"trainer: {missing}: no such deck file\n"
    (data_dir / "settings.yaml").write_text("new_cards_per_day: lots\n")
    result = run_cli("stats")
    assert result.returncode == 1
    assert result.stderr.startswith(f"trainer: {data_dir / 'settings.yaml'}: new_cards_per_day")
    assert "Traceback" not in result.stderr


def test_stats_table_in_a_narrow_terminal_never_splits_a_kind_from_its_score(data_dir: Path):
    """Every kind answered, at 60 columns: "weapon 0/1" stays on one line, and a missed
    question is cut at a word."""
    the_deck = load_deck(DEFAULT_DECK)
    firsts = {}
    for c in the_deck.cards:
        firsts.setdefault(c.kind, c)
    now = datetime.now(UTC) - timedelta(seconds=5)
    with store_in(data_dir) as store:
        recorder = store.recorder()
        for repeat in range(2):
            for c in firsts.values():
                when = now - timedelta(seconds=10 * repeat)
                recorder.record(answer(c, when, deck_id=the_deck.id, verdict="wrong"), AGAIN)
    result = run_cli("stats", env={**midday_tz(), "COLUMNS": "60"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    shown = "\n".join(lines)
    for kind in firsts:  # each kind on one line with its score
        assert any(re.search(rf"\b{kind} 0/2\b", line) for line in lines), (kind, shown)
    assert all(len(line.rstrip()) <= 60 for line in lines if "/2" in line), shown
    assert "× of 2:" in shown, shown
    words = {w.strip(",;:?\"'") for c in firsts.values() for w in c.question.split()}
    for cut in re.findall(r"(\S+)…", shown):  # a question cut short ends on a whole word
        assert cut.strip(",;:?\"'") in words, cut
