"""The quiz header: deck, progress bar with 'n of N', score (two plain widgets: quick to draw)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, Static

from trainer.quiz.session import QuizSession

BAR_WIDTH = 20


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> Content:
    filled = round(width * done / total) if total else 0
    return Content.assemble(("━" * filled, "$accent"), ("─" * (width - filled), "$text-muted"))


class QuizHeader(Horizontal):
    def __init__(self, session: QuizSession, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.session = session

    def compose(self) -> ComposeResult:
        yield Label(id="deck-title")
        yield Static(id="progress")

    def on_mount(self) -> None:
        self.update()

    def update(self) -> None:
        session = self.session
        title = session.shown_heading
        if session.round > 1:
            title = f"{title} · retry {session.round - 1}"
        total = len(session.questions)
        number = min(session.position + 1, total)
        right, answered = session.score
        self.query_one("#deck-title", Label).update(title)
        saving = Content.styled("saving…  ", "bold $warning") if session.unsaved else Content("")
        self.query_one("#progress", Static).update(
            Content.assemble(
                saving,
                progress_bar(answered, total),
                (f"  {number} of {total}  ", "$text-muted"),
                (f"score {right}/{answered}", "bold $success"),
            )
        )
