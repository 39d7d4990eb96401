"""`trainer check DECK...`: validate decks and print a one-line summary of each."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate decks and summarise them",
        description="Validate deck files and print one line per deck: cards by kind, sources. "
        "With no DECK, checks the bundled decks.",
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from trainer.decks import DeckError, load_deck
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck

    paths = [resolve_deck(p) for p in args.decks] or bundled_decks()
    if not paths:
        raise UserError("no deck given and no bundled deck found")
    console = Console(highlight=False, soft_wrap=True)
    errors: list[str] = []
    for path in paths:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            errors.extend(exc.lines)
            continue
        kinds = ", ".join(f"{kind} {n}" for kind, n in deck.kinds().items()) or "no cards"
        console.print(
            f"[green]ok[/green] {path}: {len(deck.cards)} cards ({kinds}), "
            f"{len(deck.sources)} source{'s' if len(deck.sources) != 1 else ''}"
        )
    if errors:
        raise UserError(*errors)
    return 0
