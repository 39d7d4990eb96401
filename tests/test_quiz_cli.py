"""`trainer quiz` through its entry point with bad input: one clear line, exit 1, no TUI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_DECK, SAMPLE_DECK
from tests.quizdecks import make_deck
from trainer.commands.quiz import parse_kinds
from trainer.decks import write_deck
from trainer.paths import resolve_deck as resolve


def run_quiz(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("trainer")
    command = [exe] if exe else [sys.executable, "-m", "trainer"]
    return subprocess.run(
        [*command, "quiz", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_invalid_deck_prints_the_check_errors_and_starts_no_tui(tmp_path: Path):
    bad = tmp_path / "bad.deck.yaml"
    text = SAMPLE_DECK.read_text().replace("kind: date", "kind: dat", 1)
    text = text.replace("answer: '224'", "answer: '225'", 1)
    bad.write_text(text)
    result = run_quiz(str(bad))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"trainer: {bad}:") for line in lines)
    assert "unknown kind 'dat'" in lines[0]
    assert "'225' is not among its choices" in lines[1]
    assert result.stdout == ""  # no screen drawn
    assert "Traceback" not in result.stderr


def test_missing_deck_is_one_line():
    result = run_quiz("no/such.deck.yaml")
    assert result.returncode == 1
    assert result.stderr == "trainer: no/such.deck.yaml: no such deck file\n"


def test_unknown_kind_and_bad_count_are_refused():
    result = run_quiz(str(DEFAULT_DECK), "--kind", "colour")
    assert result.returncode == 1
    assert result.stderr.startswith(
        "trainer: unknown kind 'colour' (known: headline, who_did, who_said"
    )
    result = run_quiz(str(DEFAULT_DECK), "--count", "0")
    assert result.returncode == 2
    assert "must be 1 or more" in result.stderr


def test_no_cards_of_the_chosen_kinds_is_one_line(tmp_path: Path):
    deck = tmp_path / "small.deck.yaml"
    write_deck(make_deck(), deck)
    result = run_quiz(str(deck), "--kind", "aircraft")
    assert result.returncode == 1
    assert result.stderr == f"trainer: {deck}: no cards of kind aircraft to ask\n"


def test_help_lists_the_options():
    result = run_quiz("--help")
    assert result.returncode == 0
    for option in ("--mode", "--kind", "--count", "--shuffle", "--in-order"):
        assert option in result.stdout


@pytest.mark.parametrize(
    ("values", "kinds"),
    [
        (["date"], ("date",)),
        (["date,who_said", "date"], ("date", "who_said")),
        (["who-said"], ("who_said",)),
    ],
)
def test_parse_kinds(values, kinds):
    assert parse_kinds(values) == kinds


def test_a_deck_can_be_named_without_its_path():
    assert resolve(DEFAULT_DECK.name.removesuffix(".deck.yaml")).resolve() == DEFAULT_DECK
    assert resolve("missing.deck.yaml") == Path("missing.deck.yaml")


@pytest.mark.parametrize("command", ["quiz", "review"])
def test_without_a_terminal_it_says_so_instead_of_waiting(command: str, tmp_path: Path):
    exe = shutil.which("trainer")
    base = [exe] if exe else [sys.executable, "-m", "trainer"]
    result = subprocess.run(
        [*base, command, str(SAMPLE_DECK)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "trainer: the quiz needs an interactive terminal (stdin and stdout are not one)\n"
    )
