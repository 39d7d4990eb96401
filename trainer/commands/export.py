"""`trainer export [DECK...] [-o OUT.apkg] [--parent NAME]`: decks -> one Anki package."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write decks as an Anki package (.apkg)",
        description="Write decks as one Anki package. Each deck becomes an Anki deck under "
        "PARENT::deck title. Re-importing a later export into Anki updates the notes it "
        "changed and adds new ones; review history is kept. With no DECK, exports the "
        "bundled default deck.",
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.apkg",
        help="where to write the package (default: DECK-ID.apkg in the current directory, "
        "or PARENT.apkg for several decks); an existing file is replaced",
    )
    parser.add_argument(
        "--parent",
        metavar="NAME",
        default=None,
        help="the Anki deck the decks are nested under (default: trainer; '' for none)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import time

    from trainer.anki import DEFAULT_PARENT, write_package
    from trainer.decks import DeckError, load_decks
    from trainer.errors import UserError
    from trainer.model import slugify
    from trainer.paths import default_deck, resolve_deck

    if args.decks:
        paths = [resolve_deck(p) for p in args.decks]
    else:
        bundled = default_deck()
        if bundled is None:
            raise UserError("no deck given and no bundled deck found")
        paths = [bundled]

    try:
        decks = load_decks(paths)
    except DeckError as exc:
        raise UserError(*exc.lines, "nothing written") from None

    seen: dict[str, str] = {}
    for deck in decks:
        if deck.id in seen:
            raise UserError(
                f"{deck.path}: deck id {deck.id!r} is also the id of {seen[deck.id]}; "
                "each deck in one package needs its own id"
            )
        seen[deck.id] = deck.path

    parent = DEFAULT_PARENT if args.parent is None else args.parent
    if args.output:
        output = Path(args.output)
    elif len(decks) == 1:
        output = Path(f"{slugify(decks[0].id)}.apkg")
    else:
        output = Path(f"{slugify(parent or 'trainer')}.apkg")
    directory = output.parent
    if not directory.exists():
        raise UserError(f"{output}: directory {directory} does not exist")
    if not directory.is_dir():
        raise UserError(f"{output}: {directory} is not a directory")
    if output.is_dir():
        raise UserError(f"{output}: is a directory")

    summary = write_package(decks, output, now=time.time(), parent=parent)
    width = max(len(str(count)) for _, count in summary.decks)
    for name, count in summary.decks:
        print(f"{count:>{width}} note{'s' if count != 1 else ' '}  {name}")
    decks_word = "deck" if len(summary.decks) == 1 else "decks"
    print(f"wrote {output}: {summary.notes} notes in {len(summary.decks)} {decks_word}")
    return 0
