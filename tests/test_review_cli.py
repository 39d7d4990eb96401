"""`trainer quiz` and `trainer review` over the review history, through the entry point:
a bad history file stops them in one line; `trainer review` says when nothing is due."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.quizdecks import CHOICE_CARDS, make_deck
from tests.test_cli import run_cli
from tests.test_review_store import BAD_FILES
from trainer import study
from trainer.commands.review import nothing_due, when
from trainer.decks import write_deck
from trainer.review.schema import HISTORY_FILE
from trainer.review.store import open_store
from trainer.review.suspension import bury


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "summit.deck.yaml"
    write_deck(make_deck(), path)
    return path


@pytest.mark.parametrize("command", ["quiz", "review"])
@pytest.mark.parametrize("kind", ["text", "another program's database", "corrupt pages"])
def test_a_bad_history_stops_the_command_in_one_line_and_is_left_untouched(
    command: str, kind: str, deck_file: Path, data_dir: Path
):
    history = data_dir / HISTORY_FILE
    make, message = BAD_FILES[kind]
    make(history)
    digest = hashlib.sha256(history.read_bytes()).hexdigest()
    result = run_cli(command, str(deck_file))
    assert result.returncode == 1
    assert result.stdout == ""  # no TUI drawn
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {history}: ") and message in line
    assert f"mv '{history}' '{history}.bad'" in line
    assert hashlib.sha256(history.read_bytes()).hexdigest() == digest


def test_review_with_nothing_due_says_when_the_next_card_is(tmp_path: Path, data_dir: Path):
    deck = make_deck(CHOICE_CARDS[:1])
    path = tmp_path / "one.deck.yaml"
    write_deck(deck, path)
    with open_store(data_dir) as store:  # answered just now, right: due again in 10 minutes
        store.record(
            study.Answer(
                deck.cards[0], deck.id, "Maria Santos", "choice", "right", 2.0, datetime.now(UTC)
            ),
            study.GOOD,
        )
    result = run_cli("review", str(path))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        r"Nothing to review in 1 deck \(1 card\)\. The next card is due (today|tomorrow) "
        r"at \d\d:\d\d \(in (9|10) min\)\.\n",
        result.stdout,
    ), result.stdout


def test_review_respects_new_cards_per_day(deck_file: Path, data_dir: Path):
    (data_dir / "settings.yaml").write_text("new_cards_per_day: 1\n")
    with open_store(data_dir) as store:  # today's one new card was answered in a quiz
        deck = make_deck()
        store.record(
            study.Answer(deck.cards[0], deck.id, "x", "choice", "wrong", 2.0, datetime.now(UTC)),
            study.AGAIN,
        )
        bury(store, deck.id, deck.cards[0].id, datetime.now(UTC) + timedelta(days=3))
    result = run_cli("review", str(deck_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Nothing to review in 1 deck (5 cards). The next card is due ")
    assert "tomorrow at 00:00" in result.stdout  # new cards are allowed again tomorrow


def test_with_no_new_cards_review_gives_the_true_next_review(deck_file: Path, data_dir: Path):
    from trainer.decks import load_deck

    (data_dir / "settings.yaml").write_text("new_cards_per_day: 0\n")
    deck = load_deck(deck_file)
    with open_store(data_dir) as store:  # answered just now, right: due again in 10 minutes
        store.record(
            study.Answer(deck.cards[0], deck.id, "x", "typed", "right", 2.0, datetime.now(UTC)),
            study.GOOD,
        )
    result = run_cli("review", str(deck_file))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        r"Nothing to review in 1 deck \(5 cards\)\. The next card is due (today|tomorrow) "
        r"at \d\d:\d\d \(in (9|10) min\)\. New cards are not introduced "
        r"\(new_cards_per_day is 0 in settings\.yaml\)\.\n",
        result.stdout,
    ), result.stdout


def test_review_with_new_cards_off_does_not_promise_them_tomorrow(deck_file: Path, data_dir: Path):
    (data_dir / "settings.yaml").write_text("new_cards_per_day: 0\n")
    result = run_cli("review", str(deck_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Nothing to review in 1 deck (5 cards): no card is scheduled, and new cards are not "
        "introduced (new_cards_per_day is 0 in settings.yaml).\n"
    )


def test_review_bad_settings_and_missing_deck_are_one_line(deck_file: Path, data_dir: Path):
    (data_dir / "settings.yaml").write_text("new_cards_per_day: lots\n")
    result = run_cli("review", str(deck_file))
    assert result.returncode == 1
    assert result.stderr == (
        f"trainer: {data_dir / 'settings.yaml'}: new_cards_per_day must be a whole number "
        "0 or more\n"
    )
    result = run_cli("review", "no/such.deck.yaml")
    assert (result.returncode, result.stderr) == (
        1,
        "trainer: no/such.deck.yaml: no such deck file\n",
    )


def test_review_is_listed_in_help():
    result = run_cli("--help")
    assert re.search(r"^\s+review\s+review the cards that are due", result.stdout, re.M)


NOW = datetime(2025, 3, 14, 9, 0, tzinfo=UTC)  # a Friday
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (NOW + timedelta(seconds=20), "today at 10:00 (in under a minute)"),
        (NOW + timedelta(minutes=10), "today at 10:10 (in 10 min)"),
        (NOW + timedelta(hours=3, minutes=20), "today at 13:20 (in 3 h 20 min)"),
        (NOW + timedelta(hours=13), "today at 23:00 (in 13 h)"),
        (NOW + timedelta(hours=14), "tomorrow at 00:00 (in 14 h)"),
        (NOW + timedelta(days=4), "on Tue 18 Mar at 10:00 (in 4 days)"),
        (NOW + timedelta(days=300), "on Thu 8 Jan 2026 at 10:00 (in 300 days)"),
    ],
)
def test_when_the_next_card_is_due_reads_on_the_users_clock(due: datetime, expected: str):
    assert when(due, NOW, CET) == expected


def test_nothing_due_message():
    assert (
        nothing_due(2, 14, None, NOW)
        == "Nothing to review in 2 decks (14 cards): no card is scheduled."
    )
    assert nothing_due(1, 1, NOW + timedelta(minutes=5), NOW, CET) == (
        "Nothing to review in 1 deck (1 card). The next card is due today at 10:05 (in 5 min)."
    )
