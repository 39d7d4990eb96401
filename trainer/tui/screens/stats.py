"""The stats screen (from the start screen): a deck's study figures from the review history.

The same figures as `trainer stats` (trainer.review.stats.DeckStats), plus two bar charts:
reviews per day over the last 30 days and cards due per day over the next 14. The figures
are computed by the app's stats provider before this screen opens; it only draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from trainer.tui.screens.base import QuizScreen
from trainer.tui.text import kind_label
from trainer.tui.widgets.barchart import BarChart
from trainer.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from trainer.review.stats import DeckStats

LABEL_WIDTH = 14
NARROW_BELOW = 76  # columns: below this the charts go under the figures, not beside them


def figures(stats: DeckStats) -> Content:
    """The table of `trainer stats`: one 'label  value' line per figure."""
    retention = "-" if stats.retention is None else f"{stats.retention:.0%}"
    rows = [
        ("Cards", str(stats.cards), ""),
        ("New", str(stats.new), ""),
        ("Learning", str(stats.learning), ""),
        ("Due today", str(stats.due_today), ""),
        ("Due this week", str(stats.due_this_week), ""),
        ("Reviews", str(stats.reviews), ""),
        ("Retention", retention, " (30 days)"),
        ("Streak", f"{stats.streak} day{'' if stats.streak == 1 else 's'}", ""),
    ]
    return Content("\n").join(
        Content.assemble((f"{label:<{LABEL_WIDTH}}", "$text-muted"), (value, "bold"), (note, "dim"))
        for label, value, note in rows
    )


def accuracy_table(stats: DeckStats) -> Content:
    if not stats.accuracy_by_kind:
        return Content.styled("No answers yet.", "$text-muted")
    width = max(len(kind_label(kind)) for kind in stats.accuracy_by_kind) + 2
    rows = [Content.styled(f"{'kind':<{width}}right  accuracy", "dim")]
    for kind, accuracy in stats.accuracy_by_kind.items():
        filled = round(accuracy.share * 10)
        rows.append(
            Content.assemble(
                f"{kind_label(kind):<{width}}",
                f"{accuracy.right}/{accuracy.total}".rjust(5),
                "  ",
                ("█" * filled, "$success"),
                ("░" * (10 - filled), "$text-muted"),
                f" {accuracy.share:>4.0%}",
            )
        )
    return Content("\n").join(rows)


def leeches_list(stats: DeckStats) -> Content:
    if not stats.leeches:
        return Content.styled("No card missed twice yet.", "$text-muted")
    return Content("\n").join(
        Content.assemble(
            (f"{leech.misses}× of {leech.reviews}  ", "bold $error"),
            " ".join(leech.question.split()),
            ("  → ", "dim"),
            (leech.answer, "bold"),
        )
        for leech in stats.leeches
    )


def suspended_list(stats: DeckStats) -> Content:
    if not stats.suspended:
        return Content.styled("No suspended card.", "$text-muted")
    return Content("\n").join(
        Content.assemble(
            ("leech " if card.reason == "leech" else "yours ", "bold $warning"),
            (f"{card.card_id}  ", "dim"),
            " ".join(card.question.split()),
        )
        for card in stats.suspended
    )


class StatsScreen(QuizScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "app.pop_screen", "back", key_display="esc"),
        Binding("question_mark,f1", "app.help", "help", key_display="?"),
    ]

    def __init__(self, stats: Sequence[DeckStats]) -> None:
        super().__init__()
        self.stats = list(stats)

    def compose(self) -> ComposeResult:
        title = self.stats[0].title if len(self.stats) == 1 else f"{len(self.stats)} decks"
        yield Static(
            Content.assemble(("trainer", "bold"), ("  ·  stats  ·  ", "dim"), title),
            id="stats-bar",
        )
        with VerticalScroll(id="stats-body"):
            for i, stats in enumerate(self.stats):
                with Vertical(classes="deck-stats", id=f"deck-stats-{i}"):
                    yield Static(
                        Content.assemble((stats.title, "bold"), (f"  {stats.deck_id}", "dim")),
                        classes="stats-deck-title",
                    )
                    with Horizontal(classes="stats-top"):
                        yield Static(figures(stats), classes="stats-figures")
                        with Vertical(classes="stats-charts"):
                            yield Static(
                                self._chart_title(
                                    "Reviews per day", "30 days", stats.reviews_per_day
                                ),
                                classes="chart-title",
                            )
                            yield BarChart(
                                stats.reviews_per_day,
                                "30 days ago",
                                "today",
                                classes="reviews-chart",
                            )
                            yield Static(
                                self._chart_title("Due per day", "14 days", stats.due_per_day),
                                classes="chart-title",
                            )
                            yield BarChart(
                                stats.due_per_day, "today", "+13 days", classes="due-chart"
                            )
                    yield Static("Accuracy by kind", classes="stats-section")
                    yield Static(accuracy_table(stats), classes="stats-accuracy")
                    yield Static("Missed most", classes="stats-section")
                    yield Static(leeches_list(stats), classes="stats-leeches")
                    yield Static(
                        "Suspended  (trainer review --unsuspend CARD_ID)",
                        classes="stats-section",
                        markup=False,
                    )
                    yield Static(suspended_list(stats), classes="stats-leeches stats-suspended")
        yield KeyBar()

    @staticmethod
    def _chart_title(name: str, span: str, values: Sequence[int]) -> Content:
        return Content.assemble(
            (name, "bold"), (f"  {span}: {sum(values)}, max {max(values, default=0)}", "dim")
        )

    def on_mount(self) -> None:
        self.query_one("#stats-body").focus()
        self._fit(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < NARROW_BELOW, "-narrow")
