"""The quiz app: a thin shell that moves between screens; the session decides everything.

`create_app` takes decks already loaded (or a session already built), a Recorder and an
optional last-score provider, so tests and `trainer quiz` build the same app.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from trainer import study
from trainer.model import Deck
from trainer.quiz.session import QuizOptions, QuizSession, utc_now
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.question import QuestionScreen
from trainer.tui.screens.start import DeckEntry, LastScore, StartScreen, deck_entries
from trainer.tui.screens.stats import StatsScreen
from trainer.tui.screens.summary import SummaryScreen, one_line
from trainer.tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen

if TYPE_CHECKING:
    from trainer.review.stats import DeckStats

DARK, LIGHT = "textual-dark", "textual-light"

StatsProvider = Callable[[Deck], "DeckStats"]


class QuizApp(App[str | None]):
    """Returns (from `run`) one line per round played, for the terminal afterwards."""

    CSS_PATH = "app.tcss"
    TITLE = "trainer"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+c", "quit_now", "quit", priority=True, show=False),
        Binding("ctrl+t", "toggle_theme", "theme", show=False),
    ]

    def __init__(
        self,
        *,
        entries: Sequence[DeckEntry] = (),
        session: QuizSession | None = None,
        options: QuizOptions | None = None,
        recorder: study.Recorder | None = None,
        last_score: LastScore | None = None,
        stats: StatsProvider | None = None,
        now: Callable[[], datetime] = utc_now,
        key_clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.entries = list(entries)
        self.initial_session = session
        self.options = options or (session.options if session else QuizOptions())
        self.recorder: study.Recorder = recorder or (
            session.recorder if session else study.NullRecorder()
        )
        self.last_score_provider = last_score
        self.stats_provider = stats
        self.now = now
        self.key_clock = key_clock
        self.rng = rng or random.Random()
        self.session: QuizSession | None = None
        self.recent_scores: dict[str, tuple[int, int]] = {}
        self.played: list[str] = []
        self._reported: set[tuple[int, int]] = set()
        self.theme = DARK

    # -- flow ------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.initial_session is not None:
            self.start_round(self.initial_session)
        else:
            self.push_screen(
                StartScreen(
                    self.entries,
                    self.options,
                    self.last_score,
                    has_stats=self.stats_provider is not None,
                )
            )
        self.check_size()

    def last_score(self, deck_id: str) -> tuple[int, int] | None:
        if deck_id in self.recent_scores:
            return self.recent_scores[deck_id]
        return self.last_score_provider(deck_id) if self.last_score_provider else None

    def start_quiz(self, decks: Sequence[Deck], options: QuizOptions) -> None:
        """From the start screen: a new session over `decks`."""
        session = QuizSession(decks, options, recorder=self.recorder, now=self.now, rng=self.rng)
        if session.current is None:
            self.notify("No cards to ask with these settings.", severity="warning", timeout=4)
            return
        self.start_round(session)

    def start_round(self, session: QuizSession) -> None:
        self.session = session
        screen = (
            QuestionScreen(session, key_clock=self.key_clock)
            if session.current is not None
            else SummaryScreen(session)
        )
        if isinstance(self.screen, SummaryScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_stats(self, decks: Sequence[Deck]) -> None:
        """From the start screen: the study figures of the highlighted deck (or decks)."""
        if self.stats_provider is None:
            return
        try:
            figures = [self.stats_provider(deck) for deck in decks]
        except Exception as exc:  # the history failed: say so, stay on the start screen
            self.notify(f"No stats: {exc}", severity="error", timeout=8)
            return
        self.push_screen(StatsScreen(figures))

    def show_summary(self, session: QuizSession) -> None:
        self._remember(session)
        self.switch_screen(SummaryScreen(session))

    def leave_summary(self) -> None:
        if any(isinstance(s, StartScreen) for s in self.screen_stack):
            self.session = None
            self.pop_screen()
            start = self.screen
            if isinstance(start, StartScreen):
                start._show_entry(start.query_one("#decks").highlighted)  # type: ignore[attr-defined]
        else:
            self.exit(self._report())

    def _remember(self, session: QuizSession) -> None:
        summary = session.summary()
        key = (id(session), session.round)
        if summary.planned == 0 or key in self._reported:
            return
        self._reported.add(key)
        title = session.heading
        if session.round > 1:
            title += f" (retry {session.round - 1})"
        self.played.append(one_line(summary, title))
        for deck in session.decks:
            mine = [o for o in session.outcomes if o.question.deck.id == deck.id]
            if mine:
                self.recent_scores[deck.id] = (sum(o.correct for o in mine), len(mine))

    def _report(self) -> str | None:
        return "\n".join(self.played) or None

    # -- always available ------------------------------------------------------

    def action_quit_now(self) -> None:
        """ctrl+c: leave at once; a quiz under way is stopped and its summary kept."""
        if self.session is not None and not self.session.finished:
            self.session.stop()
        if self.session is not None:
            self._remember(self.session)
        self.exit(self._report())

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen | TooSmallScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Keys", "Show the keys (help)", self.action_help)
        yield SystemCommand(
            "Light or dark", "Switch between the light and dark theme", self.action_toggle_theme
        )
        if isinstance(screen, QuestionScreen):
            yield SystemCommand("Stop quiz", "Stop and see the summary so far", screen.action_stop)

    # -- terminal size ---------------------------------------------------------

    def check_size(self) -> None:
        width, height = self.size
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif not small and showing:
            self.pop_screen()


def create_app(
    decks: Sequence[Deck] = (),
    *,
    session: QuizSession | None = None,
    broken: Sequence[tuple[str, str]] = (),
    options: QuizOptions | None = None,
    recorder: study.Recorder | None = None,
    last_score: LastScore | None = None,
    stats: StatsProvider | None = None,
    now: Callable[[], datetime] = utc_now,
    key_clock: Callable[[], float] = time.monotonic,
    rng: random.Random | None = None,
) -> QuizApp:
    """The quiz app over loaded decks (start screen) or a ready session (straight to it).

    `broken` lists decks that failed to load as (path, first error line), shown greyed out.
    `last_score(deck_id)` gives (right, total) of the deck's last quiz, or None;
    `stats(deck)` its study figures (the start screen's stats key), None: no history.
    `key_clock` (monotonic seconds) times the grade keys' hold after an answer.
    """
    return QuizApp(
        entries=deck_entries(decks, broken),
        session=session,
        options=options,
        recorder=recorder,
        last_score=last_score,
        stats=stats,
        now=now,
        key_clock=key_clock,
        rng=rng,
    )
