"""The `trainer` command line: a thin shell that dispatches to trainer.commands.*."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from trainer import __version__, commands
from trainer.errors import UserError

__all__ = ["UserError", "build_parser", "command_names", "main"]

# Help lists these first, in this order; any other command module follows alphabetically.
COMMAND_ORDER = ("quiz", "review", "generate", "export", "stats", "check")


def command_names() -> list[str]:
    """Every module in trainer.commands is a subcommand (add_parser() and run())."""
    found = {m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")}
    order = {name: i for i, name in enumerate(COMMAND_ORDER)}
    return sorted(found, key=lambda name: (order.get(name, len(order)), name))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Turn news articles into factual quizzes, flashcards and Anki decks.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_names():
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
        from trainer.terminal import printable

        for line in exc.lines:
            print(f"trainer: {printable(line)}", file=sys.stderr)  # may quote deck text
        return 1
    except (ArticleError, WriteError) as exc:
        from trainer.terminal import printable

        print(f"trainer: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("trainer: interrupted", file=sys.stderr)
        return 130
