"""`trainer export [DECK...] [-o OUT.apkg] [--parent NAME]`: decks -> one Anki package."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        "or PARENT.apkg for several decks); a name without a suffix gets .apkg, another "
        "suffix (a .deck.yaml above all) is refused; an existing Anki package is replaced",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace OUT.apkg even when the file there is not an Anki package",
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
    from trainer.deckcache import load_deck_cached
    from trainer.decks import DeckError
    from trainer.errors import UserError
    from trainer.model import slugify
    from trainer.paths import default_deck, resolve_deck
    from trainer.terminal import echo, printable

    if args.decks:
        paths = [resolve_deck(p) for p in args.decks]
    else:
        bundled = default_deck()
        if bundled is None:
            raise UserError("no deck given and no bundled deck found")
        paths = [bundled]

    output = package_path(args.output, paths) if args.output else None
    decks, errors = [], []
    for path in paths:
        try:
            decks.append(load_deck_cached(path))
        except DeckError as exc:
            errors.extend(exc.lines)
    if errors:
        raise UserError(*errors, "nothing written")

    seen: dict[str, str] = {}
    for deck in decks:
        if deck.id in seen:
            raise UserError(
                f"{deck.path}: deck id {deck.id!r} is also the id of {seen[deck.id]}; "
                "each deck in one package needs its own id"
            )
        seen[deck.id] = deck.path

    parent = DEFAULT_PARENT if args.parent is None else args.parent
    if output is None:
        if len(decks) == 1:
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
    if output.exists() and not args.force and not is_anki_package(output):
        raise UserError(
            f"{output}: exists and is not an Anki package; nothing written (--force replaces it)"
        )

    summary = write_package(decks, output, now=time.time(), parent=parent)
    width = max(len(str(count)) for _, count in summary.decks)
    for name, count in summary.decks:
        echo(f"{count:>{width}} note{'s' if count != 1 else ' '}  {name}")
    decks_word = "deck" if len(summary.decks) == 1 else "decks"
    echo(
        f"wrote {printable(str(output))}: {summary.notes} notes in {len(summary.decks)} {decks_word}"
    )
    return 0


def package_path(name: str, inputs: list[Path]) -> Path:
    """The package file for `-o NAME`: never a deck (nor a name that looks like one),
    always .apkg (added to a name without a suffix)."""
    from trainer.decks import DECK_SUFFIX
    from trainer.errors import UserError

    output = Path(name)
    lowered = output.name.lower()
    if lowered.endswith((DECK_SUFFIX, ".yaml", ".yml")):
        raise UserError(
            f"{output}: looks like a deck file, not an Anki package; nothing written "
            "(give a name ending in .apkg)"
        )
    for deck in inputs:
        if output.exists() and deck.exists() and output.samefile(deck):
            raise UserError(f"{output}: is a deck being exported; nothing written")
    if output.suffix.lower() != ".apkg":
        if output.suffix and not output.name.startswith("."):
            raise UserError(
                f"{output}: an Anki package's name ends in .apkg, not {output.suffix}; "
                "nothing written"
            )
        output = output.with_name(output.name + ".apkg")
    return output


def is_anki_package(path: Path) -> bool:
    """A zip holding an Anki collection (collection.anki2 / .anki21 / .anki21b), as a
    package this command (or Anki) wrote."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except (OSError, zipfile.BadZipFile):
        return False
    return bool(names & {"collection.anki2", "collection.anki21", "collection.anki21b"})
