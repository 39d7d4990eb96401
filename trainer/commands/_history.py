"""Shared by the commands that use the review history: open it, or fail in one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.model import Deck
    from trainer.review.settings import Settings
    from trainer.review.store import ReviewStore


def load_settings() -> Settings:
    from trainer.errors import UserError
    from trainer.paths import data_dir
    from trainer.review.settings import SettingsError
    from trainer.review.settings import load_settings as load

    try:
        return load(data_dir())
    except SettingsError as exc:
        raise UserError(str(exc)) from None


def open_history(settings: Settings | None = None) -> ReviewStore:
    """The user's review history, scheduling with their settings."""
    from trainer.errors import UserError
    from trainer.paths import data_dir
    from trainer.review.schema import StoreError
    from trainer.review.store import open_store

    settings = settings or load_settings()
    try:
        return open_store(data_dir(), settings.scheduler())
    except StoreError as exc:
        raise UserError(str(exc)) from None


def load_decks(arguments: list[str]) -> list[Deck]:
    """The decks named on the command line, or the bundled and the user's decks."""
    from trainer.decks import load_decks as load_all
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck, user_decks

    paths = [resolve_deck(p) for p in arguments] or [*bundled_decks(), *user_decks()]
    if not paths:
        raise UserError("no deck given and no bundled deck found")
    return load_all(paths)
