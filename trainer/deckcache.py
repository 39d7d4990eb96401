"""Parsed decks kept as JSON in the data directory, so a big deck loads fast from the second time.

Even with libyaml, PyYAML builds every event and node in Python: about 0.2 ms a card, so
a 10,000-card deck takes seconds. The cache holds the validated deck data as JSON, keyed
by the deck file's absolute path, size and modification time (and both format versions);
any change to the file, or any problem with the cache, means the YAML is read again.
A cache that cannot be written is no error: the deck is simply parsed next time too.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from trainer.decks import DeckError, deck_from_data, deck_to_data, load_deck
from trainer.fileio import WriteError, atomic_write_text
from trainer.model import FORMAT_VERSION, Deck

CACHE_VERSION = 1


def cache_file(deck_path: Path, cache_dir: Path) -> Path:
    digest = hashlib.sha256(str(deck_path.resolve()).encode()).hexdigest()[:24]
    return cache_dir / f"{digest}.json"


def default_cache_dir() -> Path:
    from trainer.paths import data_dir

    return data_dir() / "cache" / "decks"


def load_deck_cached(path: str | os.PathLike[str], cache_dir: Path | None = None) -> Deck:
    """Like decks.load_deck (same errors), but from the cache when the file is unchanged."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return load_deck(path)  # the usual one-line DeckError
    cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
    try:
        stored = json.loads(cache_file(path, cache_dir).read_text(encoding="utf-8"))
        if stored["key"] == _key(path, stat):
            return deck_from_data(stored["deck"], str(path))
    except (OSError, ValueError, KeyError, TypeError, DeckError):
        pass  # no cache yet, or a stale or damaged one: read the YAML
    deck = load_deck(path)
    remember(deck, path, cache_dir)
    return deck


def remember(deck: Deck, path: str | os.PathLike[str], cache_dir: Path | None = None) -> None:
    """Cache a deck just read from, or written to, `path` (`trainer generate` warms the cache
    so even the first quiz on a new deck loads fast)."""
    path = Path(path)
    cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
    try:
        key = _key(path, path.stat())
        cache_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"key": key, "deck": deck_to_data(deck)}, default=str, ensure_ascii=False)
        atomic_write_text(cache_file(path, cache_dir), text)
    except (OSError, WriteError):
        pass


def _key(path: Path, stat: os.stat_result) -> list[object]:
    return [CACHE_VERSION, FORMAT_VERSION, str(path.resolve()), stat.st_size, stat.st_mtime_ns]
