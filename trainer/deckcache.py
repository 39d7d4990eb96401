"""Parsed decks kept as JSON in the data directory, so a big deck loads fast from the second time.

Even with libyaml, PyYAML builds every event and node in Python: about 0.1 ms a card, so
a 10,000-card deck takes a second. The cache holds the validated deck data as JSON, keyed
by the deck file's absolute path and a hash of its bytes (and both format versions): the
bytes are read anyway, and hashing them costs a few milliseconds, so an edit that keeps
the size and the modification time (`cp -p`, `rsync -a`, a restored backup) is still seen.
Any change to the file, or any problem with the cache, means the YAML is read again.
A cache that cannot be written is no error: the deck is simply parsed next time too.

A cache file is a header line (the key, and a hash of the rest) and the deck data as
JSON. The data was validated before it was stored, so a hit is not validated again
(validation was most of a warm load: 0.15 s of 0.25 s at 10,000 cards); the hash makes
sure the data read is the data stored, so a damaged or edited cache is never trusted.

Every command that reads decks goes through here: quiz, review, stats, check, export.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from trainer.decks import DeckError, deck_from_bytes, deck_from_data, deck_to_data, read_deck_bytes
from trainer.fileio import WriteError, atomic_write_text
from trainer.model import FORMAT_VERSION, Deck

CACHE_VERSION = 2  # 2: keyed on the content's hash instead of size and modification time;
# bump it whenever decks.validate changes, so data validated by older rules is not trusted


def cache_file(deck_path: Path, cache_dir: Path) -> Path:
    digest = hashlib.sha256(str(deck_path.resolve()).encode()).hexdigest()[:24]
    return cache_dir / f"{digest}.json"


def default_cache_dir() -> Path | None:
    """<data>/cache/decks, or None when the data directory is not a directory."""
    from trainer.paths import data_dir

    directory = data_dir()
    if directory.exists() and not directory.is_dir():
        return None
    return directory / "cache" / "decks"


def load_deck_cached(path: str | os.PathLike[str], cache_dir: Path | None = None) -> Deck:
    """Like decks.load_deck (same errors), but from the cache when the file is unchanged."""
    path = Path(path)
    raw = read_deck_bytes(path)  # the usual one-line DeckError
    key = _key(path, raw)
    cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
    if cache_dir is None:
        return deck_from_bytes(raw, path)
    try:
        header, body = cache_file(path, cache_dir).read_bytes().split(b"\n", 1)
        stored = json.loads(header)
        if stored["key"] == key and stored["data"] == hashlib.sha256(body).hexdigest():
            return deck_from_data(json.loads(body), str(path), validated=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, DeckError):
        pass  # no cache yet, or a stale or damaged one: read the YAML
    deck = deck_from_bytes(raw, path)
    _store(deck, path, key, cache_dir)
    return deck


def remember(deck: Deck, path: str | os.PathLike[str], cache_dir: Path | None = None) -> None:
    """Cache a deck just read from, or written to, `path` (`trainer generate` warms the cache
    so even the first quiz on a new deck loads fast)."""
    path = Path(path)
    cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
    if cache_dir is None:
        return
    try:
        key = _key(path, path.read_bytes())
    except OSError:
        return
    _store(deck, path, key, cache_dir)


def _store(deck: Deck, path: Path, key: list[object], cache_dir: Path) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        body = json.dumps(deck_to_data(deck), default=str, ensure_ascii=False)
        data_hash = hashlib.sha256(body.encode("utf-8")).hexdigest()
        header = json.dumps({"key": key, "data": data_hash})
        atomic_write_text(cache_file(path, cache_dir), f"{header}\n{body}")
    except (OSError, WriteError):
        pass


def _key(path: Path, raw: bytes) -> list[object]:
    content = hashlib.sha256(raw).hexdigest()
    return [CACHE_VERSION, FORMAT_VERSION, str(path.resolve()), len(raw), content]
