"""`trainer stats [DECK...] [--json]`: study progress per deck from the review history."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Group

    from trainer.review.stats import DeckStats

SPARK_BARS = " ▁▂▃▄▅▆▇█"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="show study progress per deck",
        description="Show study progress per deck: cards, new, learning, due today and this "
        "week, reviews, retention over the last 30 days, streak of study days, reviews per "
        "day, accuracy by kind and the cards missed most. With no DECK, the bundled decks "
        "and those in the data directory.",
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="a .deck.yaml file or deck name")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    from datetime import UTC, datetime

    from trainer.commands._history import load_decks, open_history, reading
    from trainer.review.stats import deck_stats
    from trainer.terminal import echo, printable

    decks, warnings = load_decks(args.decks)
    for warning in warnings:
        print(f"trainer: {printable(warning)}", file=sys.stderr)
    now = datetime.now(UTC)
    with open_history(read_only=True) as store, reading(store):
        figures = [deck_stats(store, deck, now) for deck in decks]
    if args.json:
        data = {
            "now": now.isoformat(timespec="seconds"),
            "decks": [
                {**stats.to_dict(), "path": deck.path}
                for deck, stats in zip(decks, figures, strict=True)
            ],
        }
        echo(json.dumps(data, indent=2, ensure_ascii=False))  # JSON escapes controls itself
        return 0
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        for stats in figures:
            console.print(stats_table(stats, console.width), soft_wrap=True)  # title: one line
        return 0
    with console.capture() as captured:  # a pipe: no padding at the ends of lines
        for stats in figures:
            console.print(stats_table(stats, console.width), soft_wrap=True)
    echo("\n".join(line.rstrip() for line in captured.get().splitlines()))
    return 0


def sparkline(values: list[int]) -> str:
    """One character per value, scaled to the largest; zero is a space-like low bar."""
    top = max(values, default=0)
    if top == 0:
        return SPARK_BARS[1] * len(values)
    steps = len(SPARK_BARS) - 2
    return "".join(
        SPARK_BARS[1] if v == 0 else SPARK_BARS[2 + round((v / top) * (steps - 1))] for v in values
    )


# The label column and the padding around both columns: what is left for a figure.
LABEL_WIDTH = len("Due this week") + 6


def stats_table(stats: DeckStats, width: int = 80) -> Group:
    """The deck's title, then its figures, fitted to `width` columns."""
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table

    from trainer.terminal import printable

    title = (
        f"[bold]{escape(printable(stats.title))}[/bold] "
        f"[dim]({escape(printable(stats.deck_id))})[/dim]"
    )
    table = Table(
        show_header=False,
        box=None,
        padding=(0, 2, 0, 1),
    )
    table.add_column(style="bold")
    table.add_column()
    retention = "-" if stats.retention is None else f"{stats.retention:.0%}"
    rows = [
        ("Cards", str(stats.cards)),
        ("New", str(stats.new)),
        ("Learning", str(stats.learning)),
        ("Due today", str(stats.due_today)),
        ("Due this week", str(stats.due_this_week)),
        ("Reviews", str(stats.reviews)),
        ("Retention", f"{retention} [dim](last 30 days)[/dim]"),
        ("Streak", f"{stats.streak} day{'' if stats.streak == 1 else 's'}"),
        (
            "Reviews/day",
            f"{sparkline(stats.reviews_per_day)} [dim](last 30 days, max "
            f"{max(stats.reviews_per_day, default=0)})[/dim]",
        ),
        (
            "Due/day",
            f"{sparkline(stats.due_per_day)} [dim](next 14 days, max "
            f"{max(stats.due_per_day, default=0)})[/dim]",
        ),
    ]
    for label, value in rows:
        table.add_row(label, value)
    if stats.accuracy_by_kind:
        items = [f"{kind} {acc.right}/{acc.total}" for kind, acc in stats.accuracy_by_kind.items()]
        table.add_row("Accuracy", "\n".join(_fill(items, max(width - LABEL_WIDTH, 20))))
    for i, leech in enumerate(stats.leeches):
        table.add_row(
            "Missed most" if i == 0 else "",
            f"{leech.misses}× of {leech.reviews}: {_short(leech.question)} "
            f"[dim]→ {escape(printable(leech.answer))}[/dim]",
        )
    return Group(title, table, "")


def _fill(items: list[str], width: int) -> list[str]:
    """Items joined by ", " into lines of at most `width`, never breaking inside an item
    ("weapon 1/1" stays whole)."""
    lines: list[str] = []
    for n, item in enumerate(items):
        item += "," if n < len(items) - 1 else ""
        if lines and len(lines[-1]) + 1 + len(item) <= width:
            lines[-1] += f" {item}"
        else:
            lines.append(item)
    return lines


def _short(text: str, limit: int = 100) -> str:
    from rich.markup import escape

    from trainer.terminal import printable

    text = printable(" ".join(text.split()))
    if len(text) > limit:  # cut at a word, never inside one
        text = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return escape(text)
