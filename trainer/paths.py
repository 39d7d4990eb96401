"""Where things live: the user's data directory and the bundled decks."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "TRAINER_DATA_DIR"


def data_dir(create: bool = False) -> Path:
    """The user-data directory (review history, settings); TRAINER_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("trainer", appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def bundled_decks_dir() -> Path:
    """The decks shipped with trainer: package data in a wheel, `decks/` in a checkout."""
    packaged = Path(__file__).parent / "_bundled_decks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "decks"


def bundled_decks() -> list[Path]:
    from trainer.decks import find_decks

    directory = bundled_decks_dir()
    return find_decks(directory) if directory.is_dir() else []


def user_decks() -> list[Path]:
    from trainer.decks import find_decks

    directory = data_dir() / "decks"
    return find_decks(directory) if directory.is_dir() else []


def default_deck() -> Path | None:
    decks = bundled_decks()
    return decks[0] if decks else None


def resolve_deck(name: str) -> Path:
    """A deck path as given, or the saved or bundled deck of that name ('syria-2015-11-17')."""
    from trainer.decks import DECK_SUFFIX

    path = Path(name)
    if path.exists() or path.suffix in (".yaml", ".yml") or "/" in name:
        return path
    for candidate in (*user_decks(), *bundled_decks()):
        if candidate.name in (name, f"{name}{DECK_SUFFIX}"):
            return candidate
    return path
