"""`trainer review [DECK...]`: the quiz TUI over the cards due now (spaced repetition).

The queue is trainer.review.due.due_queue: cards due now, most overdue first, then new
cards up to the daily limit (settings.yaml `new_cards_per_day`). When nothing is due it
says when the next card will be, without starting the TUI.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.model import Deck
    from trainer.quiz.session import QuizOptions, QuizSession
    from trainer.review.store import ReviewStore

EPILOG = (
    "keys as in `trainer quiz`: 1-4 or a-d pick an option, enter submits a typed answer, "
    "enter/space goes on, 1-4 on the feedback grades it (again/hard/good/easy), u undoes "
    "the answer, c marks a typed answer right, s suspends the card, b buries it until "
    "tomorrow, q stops with a summary, ? shows help. Each answer reschedules its card (FSRS); "
    "a card failed 8 times is suspended as a leech."
)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from trainer.commands.quiz import _positive, add_mode_argument

    parser = subparsers.add_parser(
        "review",
        help="review the cards that are due (spaced repetition)",
        description="Review the cards due now, most overdue first (up to reviews_per_day in "
        "settings.yaml, default 200 per deck), then new cards up to "
        "the daily limit (new_cards_per_day in settings.yaml, default 20 per deck). With no "
        "DECK, the bundled decks and those in your data directory. When nothing is due, "
        "says when the next card is.",
        epilog=EPILOG,
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    add_mode_argument(parser)
    parser.add_argument("--count", type=_positive, metavar="N", help="review at most N cards")
    parser.add_argument(
        "--unsuspend",
        metavar="CARD_ID",
        help="let a suspended card (a leech, or one you suspended with s) come back in "
        "review, in every deck that has it (or in the DECKs given); no review is started",
    )
    parser.add_argument(
        "--suspended",
        action="store_true",
        help="list the suspended cards (of the DECKs given, or all) and exit",
    )
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)  # repeatable option order
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from trainer.commands._history import load_settings, open_history, reading
    from trainer.commands.quiz import require_terminal, save_unsaved, stats_provider
    from trainer.paths import data_dir
    from trainer.quiz.session import QuizOptions, utc_now

    if args.unsuspend or args.suspended:
        return _suspended(args)
    decks, broken = _load(args.decks)
    for path, error in broken:
        print(f"trainer: skipped {path}: {error}", file=sys.stderr)
    settings = load_settings()
    with open_history(settings) as store:  # a bad history file: one line, exit 1, no TUI
        options = QuizOptions(mode=args.mode, count=args.count, shuffle=True)
        with reading(store):  # damage met by the queue's queries: the one-line message
            session, next_due = review_session(
                store,
                decks,
                settings.new_cards_per_day,
                options,
                random.Random(args.seed),
                utc_now,
                reviews_per_day=settings.reviews_per_day,
            )
        if session is None:
            count = sum(len(d.cards) for d in decks)
            no_new = settings.new_cards_per_day == 0
            if no_new:  # the queue's "new cards again tomorrow" does not apply
                next_due = next_scheduled(store, decks)
            print(nothing_due(len(decks), count, next_due, utc_now(), no_new_cards=no_new))
            return 0

        from trainer.tui.app import create_app

        app = create_app(
            session=session,
            recorder=session.recorder,
            last_score=store.last_score,
            stats=stats_provider(store),
            screenshot_dir=data_dir(),
        )
        require_terminal()
        report = app.run()
        save_unsaved(app.sessions)
    if report:
        from trainer.terminal import echo

        echo(report)  # deck titles inside: control characters shown as escapes
    return 0


def review_session(
    store: ReviewStore,
    decks: Sequence[Deck],
    new_per_day: int,
    options: QuizOptions,
    rng: random.Random,
    clock: Callable[[], datetime],
    reviews_per_day: int | None = None,
) -> tuple[QuizSession | None, datetime | None]:
    """(a session over the cards due now, next due) or, when none is due, (None, next due).

    Answers go to the history as a "review" session; questions keep the queue's order
    (most overdue first, then new cards).
    """
    from trainer.quiz.session import QuizSession
    from trainer.review.due import due_queue

    queue = due_queue(store, decks, clock(), new_per_day, reviews_per_day=reviews_per_day)
    if not queue.cards:
        return None, queue.next_due
    pairs = [(item.card, item.deck) for item in queue.cards]
    reviewed = list({id(deck): deck for _, deck in pairs}.values())
    session = QuizSession(
        reviewed,
        options,
        recorder=store.recorder("review"),
        now=clock,
        rng=rng,
        queue=pairs,
        title=f"Review · {_decks_title(reviewed)}",
    )
    return session, queue.next_due


def _suspended(args: argparse.Namespace) -> int:
    """--unsuspend CARD_ID and --suspended: change or list, no review."""
    from trainer.commands._history import open_history
    from trainer.errors import UserError
    from trainer.review.suspension import SUSPENDED_AS_LEECH, suspended, unsuspend

    deck_ids = [deck.id for deck in _load(args.decks)[0]] if args.decks else [None]
    with open_history() as store:
        if args.unsuspend:
            done = [d for deck_id in deck_ids for d in unsuspend(store, args.unsuspend, deck_id)]
            if not done:
                raise UserError(
                    f"no suspended card {args.unsuspend!r} (see trainer review --suspended)"
                )
            for deck_id in done:
                print(f"Unsuspended {args.unsuspend} in {deck_id}: review asks it again.")
            return 0
        cards = [card for deck_id in deck_ids for card in suspended(store, deck_id)]
    if not cards:
        print("No suspended cards.")
    for card in cards:
        why = f"leech, failed {card.failures}×" if card.reason == SUSPENDED_AS_LEECH else "by you"
        print(f"{card.deck_id}  {card.card_id}  ({why}): {' '.join(card.question.split())}")
    return 0


def _load(names: list[str]) -> tuple[list[Deck], list[tuple[str, str]]]:
    """Decks named on the command line (all must load), or every bundled and saved deck
    (a broken one is skipped with a warning, as the quiz's start screen does)."""
    from trainer.deckcache import load_deck_cached as load_deck
    from trainer.decks import DeckError
    from trainer.errors import UserError
    from trainer.paths import bundled_decks, resolve_deck, user_decks

    decks: list[Deck] = []
    broken: list[tuple[str, str]] = []
    errors: list[str] = []
    if names:
        for name in names:
            try:
                decks.append(load_deck(resolve_deck(name)))
            except DeckError as exc:
                errors.extend(exc.lines)
        if errors:
            raise UserError(*errors)
        return decks, broken
    for path in (*bundled_decks(), *user_decks()):
        try:
            decks.append(load_deck(path))
        except DeckError as exc:
            broken.append((str(path), exc.lines[0]))
    if not decks:
        raise UserError("no deck given and no bundled or saved deck found")
    return decks, broken


def _decks_title(decks: Sequence[Deck]) -> str:
    return decks[0].title if len(decks) == 1 else f"{len(decks)} decks"


NO_NEW_CARDS = "new_cards_per_day is 0 in settings.yaml"


def nothing_due(
    deck_count: int,
    card_count: int,
    next_due: datetime | None,
    now: datetime,
    tz: tzinfo | None = None,
    *,
    no_new_cards: bool = False,
) -> str:
    """'Nothing to review in 2 decks (14 cards). The next card is due tomorrow at 09:30 (in 20 h).'"""
    where = f"{deck_count} deck{'' if deck_count == 1 else 's'} ({card_count} card{'' if card_count == 1 else 's'})"
    if next_due is None:
        if no_new_cards:
            return (
                f"Nothing to review in {where}: no card is scheduled, and new cards are not "
                f"introduced ({NO_NEW_CARDS})."
            )
        return f"Nothing to review in {where}: no card is scheduled."
    text = f"Nothing to review in {where}. The next card is due {when(next_due, now, tz)}."
    if no_new_cards:
        text += f" New cards are not introduced ({NO_NEW_CARDS})."
    return text


def next_scheduled(store: ReviewStore, decks: Sequence[Deck]) -> datetime | None:
    """When the first card already studied in these decks comes due (new cards aside)."""
    dues: list[str] = []
    for deck in decks:
        known = store.cards(deck.id)
        dues += [row.due for card in deck.cards if (row := known.get(card.id)) and row.due]
    return datetime.fromisoformat(min(dues)) if dues else None


def when(moment: datetime, now: datetime, tz: tzinfo | None = None) -> str:
    """'today at 14:05 (in 3 h 20 min)', 'tomorrow at 09:00 (in 21 h)', 'on Fri 14 Mar at ...'."""
    local, local_now = moment.astimezone(tz), now.astimezone(tz)
    days = (local.date() - local_now.date()).days
    clock = local.strftime("%H:%M")
    if days <= 0:
        day = "today"
    elif days == 1:
        day = "tomorrow"
    else:
        # the day without a leading zero: %-d is not portable (no Windows, no musl)
        day = f"on {local:%a} {local.day} {local:%b}" + (
            "" if local.year == local_now.year else f" {local.year}"
        )
    return f"{day} at {clock} ({_in(moment - now)})"


def _in(delta: timedelta) -> str:
    minutes = max(0, round(delta.total_seconds() / 60))
    if minutes < 1:
        return "in under a minute"
    if minutes < 60:
        return f"in {minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"in {hours} h" + (f" {minutes} min" if minutes and hours < 10 else "")
    days = round(hours / 24 + minutes / 1440)
    return f"in {days} day{'' if days == 1 else 's'}"
