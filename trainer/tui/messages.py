"""What the screens ask the app to do: typed messages, handled by QuizApp.

Screens never call the app's methods (they would be untyped attribute lookups on a
generic `App`); they post one of these, it bubbles from the screen to the app, and the
app's `@on(...)` handler does the moving between screens.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.message import Message

from trainer.model import Deck
from trainer.quiz.session import QuizOptions, QuizSession


class StartQuiz(Message):
    """The start screen: a new quiz over `decks` with `options`."""

    def __init__(self, decks: Sequence[Deck], options: QuizOptions) -> None:
        super().__init__()
        self.decks = tuple(decks)
        self.options = options


class ShowStats(Message):
    """The start screen: the study figures of `decks`."""

    def __init__(self, decks: Sequence[Deck]) -> None:
        super().__init__()
        self.decks = tuple(decks)


class StartRound(Message):
    """The summary: the session has begun a new round (the missed questions again)."""

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session


class ShowSummary(Message):
    """The question screen: the round is over (or was stopped)."""

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session


class LeaveSummary(Message):
    """The summary: back to the start screen, or out of the app when there is none."""


class ShowHelp(Message):
    """Any screen: the keys."""


class SizeChanged(Message):
    """A screen was resized: the app checks the terminal is still big enough."""
