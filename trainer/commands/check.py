"""`trainer check [DECK...] [--history]`: validate decks (and the review history) and print
a one-line summary of each."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from trainer.decks import Problem
    from trainer.model import Deck

CARD_TEXT = ("id", "question", "answer", "evidence", "answer_value")
CARD_LISTS = ("accept", "choices", "tags")
SOURCE_TEXT = ("id", "title", "outlet", "author", "url", "path")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate decks and summarise them",
        description="Validate deck files and print one line per deck: cards by kind, sources. "
        "Control characters (escape sequences) in deck text are refused. With no DECK, checks "
        "the bundled decks. With --history, reads the whole review history for damage.",
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    parser.add_argument(
        "--history",
        action="store_true",
        help="check the review history in full (read only); alone, check only the history",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape

    from trainer.deckcache import load_deck_cached
    from trainer.decks import DeckError, problem_lines
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck
    from trainer.terminal import printable

    console = Console(highlight=False, soft_wrap=True)
    errors: list[str] = []
    if args.history:
        errors += check_history(console)
        if not args.decks:
            if errors:
                raise UserError(*errors)
            return 0
    paths = [resolve_deck(p) for p in args.decks] or bundled_decks()
    if not paths:
        raise UserError("no deck given and no bundled deck found")
    for path in paths:
        try:
            deck = load_deck_cached(path)
        except DeckError as exc:
            errors.extend(exc.lines)
            continue
        problems = control_characters(deck)
        if problems:
            errors.extend(problem_lines(path, problems))
            continue
        kinds = ", ".join(f"{kind} {n}" for kind, n in deck.kinds().items()) or "no cards"
        cards = len(deck.cards)
        console.print(
            f"[green]ok[/green] {escape(printable(str(path)))}: {cards} card{'s' * (cards != 1)} "
            f"({kinds}), {len(deck.sources)} source{'s' if len(deck.sources) != 1 else ''}"
        )
    if errors:
        raise UserError(*errors)
    return 0


def control_characters(deck: Deck) -> list[Problem]:
    """Deck text holding control characters: printed, they would act on the terminal."""
    from trainer.decks import Problem
    from trainer.terminal import control_character

    problems: list[Problem] = []

    def look(path: tuple[str | int, ...], text: str | None, what: str, label: str) -> None:
        found = control_character(text or "")
        if found:
            problems.append(Problem(path, f"{label}control character {found} in {what}"))

    for key in ("id", "title"):
        look((key,), getattr(deck, key), key, "")
    for i, source in enumerate(deck.sources):
        for key in SOURCE_TEXT:
            look(("sources", i, key), getattr(source, key), key, f"source {source.id!r}: ")
    for i, card in enumerate(deck.cards):
        label = f"card {card.id!r}: "
        for key in CARD_TEXT:
            look(("cards", i, key), getattr(card, key), key, label)
        for key in CARD_LISTS:
            for j, value in enumerate(getattr(card, key)):
                look(("cards", i, key, j), value, key, label)
        for source_id in card.sources:
            look(("cards", i, "source"), source_id, "source", label)
    return problems


def check_history(console: Console) -> list[str]:
    """Read the whole review history for damage (PRAGMA quick_check); never writes."""
    from rich.markup import escape

    from trainer.commands._history import user_data_dir
    from trainer.review.schema import HISTORY_FILE, StoreError
    from trainer.review.store import ReviewStore

    path = user_data_dir() / HISTORY_FILE
    if not path.exists():
        console.print(f"[green]ok[/green] {escape(str(path))}: no review history yet")
        return []
    try:
        with ReviewStore.open_read_only(path, full_check=True) as store:
            reviews = store.rows("SELECT count(*) FROM reviews")[0][0]
            cards = store.rows("SELECT count(*) FROM cards")[0][0]
    except StoreError as exc:
        return [str(exc)]
    console.print(f"[green]ok[/green] {escape(str(path))}: {reviews} reviews of {cards} cards")
    return []
