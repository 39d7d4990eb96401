"""What the user sees right after answering.

Two parts: `Feedback` (evidence and source) goes under the question and may scroll;
`VerdictBar` (the verdict and the grade) is docked above the key bar, so it stays in
view however small the terminal and however long the evidence.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from trainer.quiz.answers import Outcome
from trainer.quiz.session import RATING_NAMES
from trainer.tui.text import highlighted_evidence, source_line

VERDICT_TITLES = {"right": "✓ Right", "almost": "≈ Almost", "wrong": "✗ Wrong"}
HIDDEN_NOTES = ("no answer",)


def verdict_line(outcome: Outcome) -> Content:
    """'✗ Wrong — the answer is March 9  (small typo)'."""
    card = outcome.question.card
    verdict = Content.assemble((VERDICT_TITLES[outcome.verdict], "bold"))
    if outcome.verdict != "right":
        verdict += Content.assemble(" — the answer is ", (card.answer, "bold"))
    elif outcome.reply != card.answer:  # accepted in another form: show the full answer
        verdict += Content.assemble(" — ", (card.answer, "bold"))
    note = outcome.judgement.note
    if note and note not in HIDDEN_NOTES:
        verdict += Content.assemble("  ", (f"({note})", "dim"))
    return verdict


def rating_line(outcome: Outcome) -> Content:
    parts: list[str | tuple[str, str]] = ["Grade: "]
    for value, name in RATING_NAMES.items():
        style = "bold reverse" if value == outcome.rating else "dim"
        parts.append((f" {value} {name} ", style))
        parts.append(" ")
    if outcome.rating == outcome.derived_rating:
        parts.append(("(auto)", "dim"))
    if outcome.unsaved:
        parts.append(("  saving…", "bold $warning"))
    return Content.assemble(*parts)


class Feedback(Vertical):
    """The evidence for the answer, and where it comes from."""

    def __init__(self, outcome: Outcome, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.outcome = outcome
        self.add_class(f"-{outcome.verdict}")

    def compose(self) -> ComposeResult:
        outcome = self.outcome
        yield Static(highlighted_evidence(outcome.question.card, "bold reverse"), id="evidence")
        source = source_line(outcome.question.source)
        if source:
            yield Static(f"— {source}", id="source", markup=False)
        if outcome.record_error:
            yield Static(
                f"Not saved to your history: {outcome.record_error}",
                id="record-error",
                markup=False,
            )


class VerdictBar(Vertical):
    """The verdict and the grade, docked at the bottom; hidden while a question waits."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="rating")

    def show(self, outcome: Outcome) -> None:
        for verdict in ("right", "almost", "wrong"):
            self.set_class(outcome.verdict == verdict, f"-{verdict}")
        self.query_one("#verdict", Static).update(verdict_line(outcome))
        self.show_rating(outcome)
        self.display = True

    def show_rating(self, outcome: Outcome) -> None:
        self.query_one("#rating", Static).update(rating_line(outcome))
