"""Deck text never reaches the terminal raw: decks are shared files, and an escape sequence
in a title (OSC 2 renames a tmux pane) must be shown, not obeyed. `trainer check` refuses
control characters, naming the file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DECK
from tests.test_cli import run_cli

OSC = "\x1b]2;pwned\x07"  # "set the window title"; in YAML: "\e]2;pwned\a"


@pytest.fixture
def hostile_deck(tmp_path: Path) -> Path:
    text = SAMPLE_DECK.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    (i,) = [n for n, line in enumerate(lines) if line.startswith("title:")]
    lines[i] = 'title: "Sample \\e]2;pwned\\a deck"\n'
    path = tmp_path / "hostile.deck.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def assert_shown_not_obeyed(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output
    assert "Sample \\x1b]2;pwned\\x07 deck" in output


def test_stats_shows_escape_sequences_as_text(hostile_deck: Path):
    result = run_cli("stats", str(hostile_deck))
    assert result.returncode == 0, result.stderr
    assert_shown_not_obeyed(result.stdout)


def test_export_shows_escape_sequences_as_text(hostile_deck: Path, tmp_path: Path):
    result = run_cli("export", str(hostile_deck), "-o", str(tmp_path / "out.apkg"))
    assert result.returncode == 0, result.stderr
    assert_shown_not_obeyed(result.stdout)


def test_check_refuses_control_characters_with_file_and_line(hostile_deck: Path):
    result = run_cli("check", str(hostile_deck))
    assert result.returncode == 1
    line_no = next(
        n for n, line in enumerate(hostile_deck.read_text().splitlines(), 1) if "title:" in line
    )
    assert result.stderr == f"trainer: {hostile_deck}:{line_no}: control character ESC in title\n"
    assert result.stdout == ""


def deck_with(tmp_path: Path, card_index: int, **fields: str) -> tuple[Path, str]:
    """A deck whose card `card_index` has these fields, written as trainer writes decks."""
    from dataclasses import replace

    from trainer.decks import load_deck, write_deck

    deck = load_deck(SAMPLE_DECK)
    cards = list(deck.cards)
    cards[card_index] = replace(cards[card_index], **fields)
    path = tmp_path / "edited.deck.yaml"
    write_deck(replace(deck, cards=tuple(cards)), path)
    return path, cards[card_index].id


def line_of(path: Path, card_id: str, key: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"- id: {card_id}")
    return next(n for n in range(start, len(lines)) if lines[n].lstrip().startswith(f"{key}:")) + 1


def test_check_names_the_card_and_field(tmp_path: Path):
    path, card_id = deck_with(tmp_path, 1, question="Who \x9b2J said it?")  # C1 CSI
    result = run_cli("check", str(path))
    assert result.returncode == 1
    line = line_of(path, card_id, "question")
    assert result.stderr == (
        f"trainer: {path}:{line}: card {card_id!r}: control character U+009B in question\n"
    )


def test_tabs_and_newlines_in_text_are_fine(tmp_path: Path):
    path, _ = deck_with(tmp_path, 0, evidence="First line.\n\tSecond line.")
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"ok {path}: ")
