"""The quiz app: a thin shell that moves between screens; the session decides everything.

`create_app` takes decks already loaded (or a session already built), a Recorder and an
optional last-score provider, so tests and `trainer quiz` build the same app.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from trainer import study
from trainer.model import Deck
from trainer.quiz.session import QuizOptions, QuizSession, utc_now
from trainer.tui import messages
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.question import QuestionScreen
from trainer.tui.screens.start import DeckEntry, LastScore, StartScreen, deck_entries
from trainer.tui.screens.stats import StatsScreen
from trainer.tui.screens.summary import SummaryScreen, one_line
from trainer.tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen

if TYPE_CHECKING:
    from trainer.review.stats import DeckStats

DARK, LIGHT = "textual-dark", "textual-light"
SAVE_RETRY_SECONDS = 0.5  # how often answers waiting for a locked history are tried again

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
        screenshot_dir: Path | None = None,
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
        self.sessions: list[QuizSession] = []  # every session played, for unsaved answers
        self.screenshot_dir = screenshot_dir or Path.cwd()
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
        self.set_interval(SAVE_RETRY_SECONDS, self.save_unsaved)

    def last_score(self, deck_id: str) -> tuple[int, int] | None:
        if deck_id in self.recent_scores:
            return self.recent_scores[deck_id]
        return self.last_score_provider(deck_id) if self.last_score_provider else None

    @on(messages.StartQuiz)
    def start_quiz(self, message: messages.StartQuiz) -> None:
        """From the start screen: a new session over the decks."""
        session = QuizSession(
            message.decks, message.options, recorder=self.recorder, now=self.now, rng=self.rng
        )
        if session.current is None:
            self.notify("No cards to ask with these settings.", severity="warning", timeout=4)
            return
        self.start_round(session)

    @on(messages.StartRound)
    def _round_started(self, message: messages.StartRound) -> None:
        self.start_round(message.session)

    def start_round(self, session: QuizSession) -> None:
        self.session = session
        if session not in self.sessions:
            self.sessions.append(session)
        screen = (
            QuestionScreen(session, key_clock=self.key_clock)
            if session.current is not None
            else SummaryScreen(session)
        )
        if isinstance(self.screen, SummaryScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @on(messages.ShowStats)
    def show_stats(self, message: messages.ShowStats) -> None:
        """From the start screen: the study figures of the highlighted deck (or decks)."""
        if self.stats_provider is None:
            return
        try:
            figures = [self.stats_provider(deck) for deck in message.decks]
        except Exception as exc:  # the history failed: say so, stay on the start screen
            self.notify(f"No stats: {exc}", severity="error", timeout=8)
            return
        self.push_screen(StatsScreen(figures))

    @on(messages.ShowSummary)
    def show_summary(self, message: messages.ShowSummary) -> None:
        self._remember(message.session)
        self.switch_screen(SummaryScreen(message.session))

    @on(messages.LeaveSummary)
    def leave_summary(self) -> None:
        if any(isinstance(s, StartScreen) for s in self.screen_stack):
            self.session = None
            self.pop_screen()
            start = self.screen
            if isinstance(start, StartScreen):
                start.show_highlighted()
        else:
            self.exit(self._report())

    def save_unsaved(self) -> None:
        """Every SAVE_RETRY_SECONDS: write the answers a locked history could not take."""
        for session in self.sessions:
            if session.unsaved:
                session.save_unsaved()
                if isinstance(self.screen, QuestionScreen) and self.screen.session is session:
                    self.screen.show_saving()

    def unsaved(self) -> int:
        """Answers still waiting for the history (the command saves them after the quiz)."""
        return sum(len(session.unsaved) for session in self.sessions)

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
        if session.round > 1:  # a retry of the missed questions is not the deck's score
            return
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

    @on(messages.ShowHelp)
    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen | TooSmallScreen):
            self.push_screen(HelpScreen())

    @on(messages.SizeChanged)
    def _size_changed(self) -> None:
        self.call_after_refresh(self.check_size)

    def action_save_screenshot(self) -> None:
        """The palette's Screenshot: into `screenshot_dir` (the data directory for
        `trainer quiz`), not Textual's ~/Downloads, which may not exist."""
        try:
            self.screenshot_dir.mkdir(parents=True, exist_ok=True)
            path = self.save_screenshot(path=str(self.screenshot_dir))
        except OSError as exc:
            self.notify(
                f"Screenshot not saved: {exc.strerror or exc} ({self.screenshot_dir})",
                severity="error",
                timeout=8,
            )
            return
        self.notify(f"Screenshot saved to {path}", timeout=8, markup=False)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":
                yield SystemCommand(
                    "Screenshot",
                    f"Save an SVG 'screenshot' of the screen in {self.screenshot_dir}",
                    lambda: self.set_timer(0.1, self.action_save_screenshot),
                )
            else:
                yield command
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
    screenshot_dir: Path | None = None,
) -> QuizApp:
    """The quiz app over loaded decks (start screen) or a ready session (straight to it).

    `broken` lists decks that failed to load as (path, first error line), shown greyed out.
    `last_score(deck_id)` gives (right, total) of the deck's last quiz, or None;
    `stats(deck)` its study figures (the start screen's stats key), None: no history.
    `key_clock` (monotonic seconds) times the keys' hold after an answer or a new question.
    `screenshot_dir`: where the palette's Screenshot goes (default: the current directory).
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
        screenshot_dir=screenshot_dir,
    )
