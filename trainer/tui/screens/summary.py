"""The summary after a round (or when the user quits mid-way): score, time, kinds, misses."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from trainer.quiz.answers import Summary
from trainer.quiz.session import QuizSession
from trainer.tui.messages import LeaveSummary, StartRound
from trainer.tui.screens.base import QuizScreen
from trainer.tui.text import duration, kind_label, question_text
from trainer.tui.widgets.keybar import KeyBar


def headline(summary: Summary) -> str:
    if summary.planned == 0:
        return "No questions to ask"
    if summary.answered == 0:
        return "No questions answered"
    return f"{summary.score} of {summary.answered} right · {summary.accuracy:.0%}"


def one_line(summary: Summary, title: str) -> str:
    """For the terminal after the TUI closes: 'Lisbon summit: 4 of 5 right (80%) in 1m 02s'."""
    if summary.planned == 0:
        return f"{title}: no questions asked"
    if summary.answered == 0:
        return f"{title}: stopped before answering any of {summary.planned} questions"
    stopped = "" if summary.complete else f", stopped after {summary.answered} of {summary.planned}"
    return (
        f"{title}: {summary.score} of {summary.answered} right ({summary.accuracy:.0%}) "
        f"in {duration(summary.seconds)}{stopped}"
    )


class SummaryScreen(QuizScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "retry missed"),
        Binding("q,escape", "leave", "leave", key_display="q"),
        Binding("question_mark,f1", "app.help", "help", key_display="?"),
    ]

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session
        self.summary = session.summary()

    def compose(self) -> ComposeResult:
        summary = self.summary
        yield Static(
            Content.assemble(("trainer", "bold"), ("  ·  ", "dim"), self.session.heading),
            id="summary-bar",
        )
        with VerticalScroll(id="summary-body"), Vertical(id="summary-card"):
            title = "Summary" if summary.round == 1 else f"Summary · retry {summary.round - 1}"
            yield Static(title.upper(), id="summary-title")
            yield Static(headline(summary), id="headline")
            yield Static(self._details(summary), id="details", markup=False)
            if self.session.unsaved:
                waiting = len(self.session.unsaved)
                answers = "1 answer waits" if waiting == 1 else f"{waiting} answers wait"
                yield Static(
                    f"saving… {answers} for the review history (another program holds "
                    "its lock): written when it frees, or when you leave.",
                    id="unsaved",
                    markup=False,
                )
            if summary.by_kind:
                yield Static(self._kinds_table(summary), id="by-kind")
            if summary.missed:
                yield Static(f"Missed ({len(summary.missed)})", id="missed-title")
                for i, outcome in enumerate(summary.missed):
                    card = outcome.question.card
                    yield Static(
                        Content.assemble(
                            question_text(card, filled=card.answer, style="bold"),
                            "\n",
                            ("→ ", "dim"),
                            (card.answer, "bold $success"),
                            ("   you said: ", "dim"),
                            (outcome.reply or "—", "$error"),
                        ),
                        classes="missed",
                        id=f"missed-{i}",
                    )
            elif summary.answered:
                yield Static("Nothing missed. Well done.", id="no-missed")
        yield KeyBar()

    @staticmethod
    def _details(summary: Summary) -> str:
        if summary.planned == 0:
            return "The deck has no cards of the chosen kinds."
        if summary.answered == 0:
            return f"Stopped before the first of {summary.planned} questions was answered."
        parts = [
            f"{summary.right} right",
            f"{summary.almost} almost",
            f"{summary.wrong} wrong",
            f"time {duration(summary.seconds)}",
        ]
        line = " · ".join(parts)
        if not summary.complete:
            line += f"\nStopped after {summary.answered} of {summary.planned} questions."
        return line

    @staticmethod
    def _kinds_table(summary: Summary) -> Content:
        width = max(len(kind_label(k.kind)) for k in summary.by_kind) + 2
        rows: list[Content] = [Content.styled(f"{'kind':<{width}}right  accuracy", "dim")]
        for kind in summary.by_kind:
            filled = round(kind.accuracy * 10)
            rows.append(
                Content.assemble(
                    f"{kind_label(kind.kind):<{width}}",
                    f"{kind.right + kind.almost}/{kind.total}".rjust(5),
                    "  ",
                    ("█" * filled, "$success"),
                    ("░" * (10 - filled), "$text-muted"),
                    f" {kind.accuracy:>4.0%}",
                )
            )
        return Content("\n").join(rows)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.summary.missed)
        return True

    def action_retry(self) -> None:
        if self.session.retry_missed():
            self.post_message(StartRound(self.session))

    def action_leave(self) -> None:
        self.post_message(LeaveSummary())
