"""The quiz header: deck, progress bar with 'n of N', score."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from trainer.quiz.session import QuizSession


class QuizHeader(Horizontal):
    def __init__(self, session: QuizSession, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session

    def compose(self) -> ComposeResult:
        yield Label(id="deck-title")
        yield ProgressBar(show_eta=False, show_percentage=False, id="progress")
        yield Label(id="position")
        yield Label(id="score")

    def on_mount(self) -> None:
        self.update()

    def update(self) -> None:
        session = self.session
        titles = [deck.title for deck in session.decks]
        title = titles[0] if len(titles) == 1 else f"{len(titles)} decks"
        if session.round > 1:
            title = f"{title} · retry {session.round - 1}"
        total = len(session.questions)
        done = len(session.outcomes)
        number = min(session.position + 1, total)
        self.query_one("#deck-title", Label).update(title)
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#position", Label).update(f"{number} of {total}")
        right, answered = session.score
        self.query_one("#score", Label).update(f"score {right}/{answered}")
