"""Shared by the commands that use the review history: open it, or fail in one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.model import Deck
    from trainer.review.settings import Settings
    from trainer.review.store import ReviewStore


def user_data_dir() -> Path:
    """The data directory; one line if it is a file (NotADirectory errors name files in it)."""
    from trainer.errors import UserError
    from trainer.paths import data_dir

    path = data_dir()
    if path.exists() and not path.is_dir():
        raise UserError(f"{path}: the data directory is not a directory")
    return path


def load_settings() -> Settings:
    from trainer.errors import UserError
    from trainer.review.settings import SettingsError
    from trainer.review.settings import load_settings as load

    try:
        return load(user_data_dir())
    except SettingsError as exc:
        raise UserError(str(exc)) from None


def open_history(settings: Settings | None = None, *, read_only: bool = False) -> ReviewStore:
    """The user's review history, scheduling with their settings. `read_only` (stats):
    never created or written, and readable in a read-only data directory."""
    from trainer.errors import UserError
    from trainer.review.schema import StoreError
    from trainer.review.store import open_store

    settings = settings or load_settings()
    try:
        return open_store(user_data_dir(), settings.scheduler(), read_only=read_only)
    except StoreError as exc:
        raise UserError(str(exc)) from None


@contextmanager
def reading(store: ReviewStore) -> Iterator[None]:
    """Damage the quick checks at open could not see, met by a query: the same one line
    as a damaged file refused at open."""
    import sqlite3

    from trainer.errors import UserError
    from trainer.review.schema import corrupt_message

    try:
        yield
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError and "malformed" not in str(exc):
            raise  # a lock, a constraint: not damage
        raise UserError(corrupt_message(store.path, exc)) from None


def load_decks(arguments: list[str]) -> tuple[list[Deck], list[str]]:
    """(decks, warnings): the decks named on the command line (all must load), or every
    bundled and saved deck, a broken one skipped with a one-line warning (as `review`).
    Through the deck cache."""
    from trainer.deckcache import load_deck_cached
    from trainer.decks import DeckError
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck, user_decks

    decks: list[Deck] = []
    if arguments:
        errors: list[str] = []
        for name in arguments:
            try:
                decks.append(load_deck_cached(resolve_deck(name)))
            except DeckError as exc:
                errors.extend(exc.lines)
        if errors:
            raise UserError(*errors)
        return decks, []
    warnings: list[str] = []
    for path in (*bundled_decks(), *user_decks()):
        try:
            decks.append(load_deck_cached(path))
        except DeckError as exc:
            warnings.append(f"skipped {path}: {exc.lines[0]}")
    if not decks:
        raise UserError("no deck given and no bundled or saved deck found", *warnings)
    return decks, warnings
