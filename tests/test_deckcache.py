"""The parsed-deck cache: same deck as from YAML, re-read on any change, never in the way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_DECK, SAMPLE_DECK
from tests.quizdecks import make_deck
from trainer.deckcache import cache_file, load_deck_cached
from trainer.decks import DeckError, load_deck, write_deck


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "summit.deck.yaml"
    write_deck(make_deck(), path)
    return path


def test_cached_deck_equals_the_yaml_deck(deck_path: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = load_deck_cached(deck_path, cache)
    assert cache_file(deck_path, cache).is_file()
    second = load_deck_cached(deck_path, cache)
    assert first == second == load_deck(deck_path)
    assert second.path == str(deck_path)
    assert second.sources[0].published == make_deck().sources[0].published


def test_the_bundled_deck_round_trips(tmp_path: Path):
    load_deck_cached(DEFAULT_DECK, tmp_path)
    assert load_deck_cached(DEFAULT_DECK, tmp_path) == load_deck(DEFAULT_DECK)


def test_a_changed_file_is_read_again(deck_path: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_deck_cached(deck_path, cache)
    text = deck_path.read_text().replace("Lisbon summit, March 2021", "Porto summit")
    deck_path.write_text(text)
    os.utime(deck_path, ns=(1, 1))  # even with an older time: the key differs
    assert load_deck_cached(deck_path, cache).title == "Porto summit"


def test_a_damaged_or_foreign_cache_is_ignored(deck_path: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_deck_cached(deck_path, cache)
    cached = cache_file(deck_path, cache)
    for junk in ("{not json", '{"key": 1}', "[]", ""):
        cached.write_text(junk)
        assert load_deck_cached(deck_path, cache) == load_deck(deck_path)


def test_a_cache_with_invalid_data_is_ignored(deck_path: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_deck_cached(deck_path, cache)
    cached = cache_file(deck_path, cache)
    cached.write_text(cached.read_text().replace('"kind": "date"', '"kind": "dat"'))
    assert load_deck_cached(deck_path, cache).cards[1].kind == "date"


def test_an_unwritable_cache_is_no_error(deck_path: Path, tmp_path: Path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("")
    assert load_deck_cached(deck_path, blocker / "cache") == load_deck(deck_path)


def test_bad_decks_fail_as_with_load_deck(tmp_path: Path):
    with pytest.raises(DeckError) as missing:
        load_deck_cached(tmp_path / "nope.deck.yaml", tmp_path / "cache")
    assert missing.value.lines == [f"{tmp_path / 'nope.deck.yaml'}: no such deck file"]
    bad = tmp_path / "bad.deck.yaml"
    bad.write_text(SAMPLE_DECK.read_text().replace("kind: date", "kind: dat", 1))
    with pytest.raises(DeckError) as invalid:
        load_deck_cached(bad, tmp_path / "cache")
    assert "unknown kind 'dat'" in invalid.value.lines[0]
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_default_cache_lives_in_the_data_dir(deck_path: Path, data_dir: Path):
    load_deck_cached(deck_path)
    assert list((data_dir / "cache" / "decks").glob("*.json"))


def test_an_edit_keeping_size_and_time_is_read_again(deck_path: Path, tmp_path: Path):
    """`cp -p` / `rsync -a` of an edited deck of the same size: the quiz must not serve the
    old one (old answer, old choices)."""
    cache = tmp_path / "cache"
    before = load_deck_cached(deck_path, cache)
    stat = deck_path.stat()
    text = deck_path.read_text()
    old_answer = before.cards[0].answer
    new_answer = old_answer[::-1] if old_answer[::-1] != old_answer else old_answer.upper()
    assert len(new_answer) == len(old_answer) and new_answer != old_answer
    edited = text.replace(old_answer, new_answer)
    assert len(edited.encode()) == stat.st_size
    deck_path.write_text(edited)
    os.utime(deck_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as cp -p leaves it
    assert deck_path.stat().st_mtime_ns == stat.st_mtime_ns
    after = load_deck_cached(deck_path, cache)
    assert after.cards[0].answer == new_answer
    assert after == load_deck(deck_path)
