"""The `trainer` command line: a thin shell that dispatches to trainer.commands.*."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from trainer import __version__

# Each name is a module in trainer.commands with add_parser() and run().
COMMANDS = ("check",)


class UserError(Exception):
    """A problem the user can fix; printed as one line per entry, no traceback."""

    def __init__(self, *lines: str):
        super().__init__("\n".join(lines))
        self.lines = list(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Turn news articles into factual quizzes, flashcards and Anki decks.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"trainer.commands.{name}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    from trainer.articles import ArticleError
    from trainer.decks import DeckError
    from trainer.fileio import WriteError

    try:
        return int(args.run(args) or 0)
    except (UserError, DeckError) as exc:
        for line in exc.lines:
            print(f"trainer: {line}", file=sys.stderr)
        return 1
    except (ArticleError, WriteError) as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("trainer: interrupted", file=sys.stderr)
        return 130
