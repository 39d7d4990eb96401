"""`trainer quiz [DECK...]`: the quiz in the terminal (Textual), over one deck or a choice of them."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from trainer.model import Deck
    from trainer.quiz.session import QuizSession
    from trainer.review.stats import DeckStats
    from trainer.review.store import ReviewStore

EPILOG = (
    "keys: 1-4 or a-d pick an option (ignored for 0.4 s after a new question, so a double "
    "press does not answer it), enter submits a typed answer (on an empty line: shows the "
    "answer, counted wrong), enter/space goes on, 1-4 on the feedback grades it "
    "(again/hard/good/easy; ignored for 0.4 s after the answer), u undoes the answer, c marks "
    "a typed answer right, s suspends the card, b buries it until tomorrow, "
    "r retries missed questions, q stops with a summary, "
    "t on the start screen shows a deck's study stats, ? shows help, ctrl+c quits at once. "
    "Every answer is kept in the review history (see `trainer stats`)."
)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from trainer.model import CARD_KINDS

    parser = subparsers.add_parser(
        "quiz",
        help="take a quiz in the terminal",
        description="Quiz yourself on a deck in the terminal. With one DECK it starts at once; "
        "with none (or several) a start screen offers the bundled decks and those in your "
        "data directory. DECK is a .deck.yaml file or the name of a bundled or saved deck.",
        epilog=EPILOG,
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    add_mode_argument(parser)
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help=f"only cards of this kind (repeat or comma-separate): {', '.join(CARD_KINDS)}",
    )
    parser.add_argument("--count", type=_positive, metavar="N", help="ask at most N questions")
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--shuffle",
        dest="shuffle",
        action="store_true",
        default=True,
        help="questions and options in random order (default)",
    )
    order.add_argument(
        "--in-order", dest="shuffle", action="store_false", help="questions in deck order"
    )
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)  # repeatable shuffles
    parser.set_defaults(run=run)


def add_mode_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mode",
        choices=("auto", "choice", "typed"),
        default="auto",
        help="auto (default): options when the card has them, else typed; "
        "choice: options (typed for cards without); typed: type every answer",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parse_kinds(values: list[str]) -> tuple[str, ...]:
    from trainer.errors import UserError
    from trainer.model import CARD_KINDS

    kinds = [k.strip().replace("-", "_") for v in values for k in v.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CARD_KINDS]
    if unknown:
        raise UserError(f"unknown kind {unknown[0]!r} (known: {', '.join(CARD_KINDS)})")
    return tuple(dict.fromkeys(kinds))


def run(args: argparse.Namespace) -> int:
    import random

    from trainer.deckcache import load_deck_cached as load_deck
    from trainer.decks import DeckError
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck, user_decks
    from trainer.quiz.session import QuizOptions, QuizSession

    options = QuizOptions(
        mode=args.mode, kinds=parse_kinds(args.kind), count=args.count, shuffle=args.shuffle
    )
    rng = random.Random(args.seed)

    decks, broken = [], []
    if args.decks:
        errors: list[str] = []
        for name in args.decks:
            try:
                decks.append(load_deck(resolve_deck(name)))
            except DeckError as exc:
                errors.extend(exc.lines)
        if errors:
            raise UserError(*errors)
    else:
        for path in (*bundled_decks(), *user_decks()):
            try:
                decks.append(load_deck(path))
            except DeckError as exc:
                broken.append((str(path), exc.lines[0]))
        if not decks and not broken:
            raise UserError("no deck given and no bundled or saved deck found")

    from trainer.commands._history import open_history
    from trainer.paths import data_dir

    with open_history() as store:  # a bad history file: one line, exit 1, no TUI
        recorder = store.recorder("quiz")
        session = None
        if len(decks) == 1 and args.decks:
            session = QuizSession(decks, options, recorder=recorder, rng=rng)
            if session.current is None:
                kinds = f" of kind {', '.join(options.kinds)}" if options.kinds else ""
                raise UserError(f"{decks[0].path}: no cards{kinds} to ask")

        from trainer.tui.app import create_app

        app = create_app(
            decks,
            session=session,
            broken=broken,
            options=options,
            recorder=recorder,
            last_score=store.last_score,
            stats=stats_provider(store),
            rng=rng,
            screenshot_dir=data_dir(),
        )
        require_terminal()
        report = app.run()
        save_unsaved(app.sessions)
    if report:
        from trainer.terminal import echo

        echo(report)  # deck titles inside: control characters shown as escapes
    return 0


def save_unsaved(sessions: Sequence[QuizSession], retry_seconds: float = 0.5) -> int:
    """After the quiz: answers still waiting for a locked history are written now, waiting
    for the lock as long as it takes (ctrl+c gives up, and says what was lost).
    Returns how many could not be saved."""
    import sys
    import time

    waiting = sum(len(session.unsaved) for session in sessions)
    if not waiting:
        return 0
    print(
        f"trainer: the review history is locked by another program; waiting to save "
        f"{_answers(waiting)} (ctrl+c gives up)",
        file=sys.stderr,
        flush=True,
    )
    left = waiting
    try:
        while left := sum(session.save_unsaved() for session in sessions):
            time.sleep(retry_seconds)
    except KeyboardInterrupt:
        print(f"trainer: {_answers(left)} not saved to the review history", file=sys.stderr)
        return left
    print(f"trainer: saved {_answers(waiting)}", file=sys.stderr)
    return 0


def _answers(count: int) -> str:
    return f"{count} answer{'s' if count != 1 else ''}"


def require_terminal() -> None:
    """A full-screen quiz needs a terminal to draw on and read keys from; without one
    (a pipe, a cron job) Textual would wait for keys that never come."""
    import sys

    from trainer.errors import UserError

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("the quiz needs an interactive terminal (stdin and stdout are not one)")


def stats_provider(store: ReviewStore) -> Callable[[Deck], DeckStats]:
    """A deck's figures from the open history, as of the moment they are asked for
    (the TUI's stats screen)."""
    from datetime import UTC, datetime

    from trainer.review.stats import deck_stats

    return lambda deck: deck_stats(store, deck, datetime.now(UTC))
