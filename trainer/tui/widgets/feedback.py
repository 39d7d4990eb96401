"""What the user sees right after answering: verdict, the answer, evidence, source, rating."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from trainer.quiz.session import RATING_NAMES, Outcome
from trainer.tui.text import highlighted_evidence, source_line

VERDICT_TITLES = {"right": "✓ Right", "almost": "≈ Almost", "wrong": "✗ Wrong"}


class Feedback(Vertical):
    def __init__(self, outcome: Outcome, **kwargs) -> None:
        super().__init__(**kwargs)
        self.outcome = outcome
        self.add_class(f"-{outcome.verdict}")

    def compose(self) -> ComposeResult:
        outcome = self.outcome
        card = outcome.question.card
        verdict = Content.assemble((VERDICT_TITLES[outcome.verdict], "bold"))
        if outcome.verdict != "right":
            verdict += Content.assemble(" — the answer is ", (card.answer, "bold"))
        elif outcome.reply != card.answer:  # accepted in another form: show the full answer
            verdict += Content.assemble(" — ", (card.answer, "bold"))
        if outcome.judgement.note and outcome.judgement.note != "no answer":
            verdict += Content.assemble("  ", (f"({outcome.judgement.note})", "dim"))
        yield Static(verdict, id="verdict")
        yield Static(highlighted_evidence(card, "bold reverse"), id="evidence")
        source = source_line(outcome.question.source)
        if source:
            yield Static(f"— {source}", id="source", markup=False)
        yield Static(id="rating")
        if outcome.record_error:
            yield Static(
                f"Not saved to your history: {outcome.record_error}",
                id="record-error",
                markup=False,
            )

    def on_mount(self) -> None:
        self.show_rating(self.outcome)

    def show_rating(self, outcome: Outcome) -> None:
        self.outcome = outcome
        parts: list[str | tuple[str, str]] = ["Grade: "]
        for value, name in RATING_NAMES.items():
            style = "bold reverse" if value == outcome.rating else "dim"
            parts.append((f" {value} {name} ", style))
            parts.append(" ")
        if outcome.rating == outcome.derived_rating:
            parts.append(("(auto — press 1-4 to change)", "dim"))
        self.query_one("#rating", Static).update(Content.assemble(*parts))
