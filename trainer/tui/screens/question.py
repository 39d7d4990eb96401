"""The question screen: one question at a time, then its feedback in place.

Two states: waiting for an answer (options or an input line), and feedback (verdict,
evidence, source; 1-4 grades, enter/space goes on). All decisions are the session's.

The same keys pick an option and then grade it, so a quick double press of `1` would
answer and grade "again" at once: the grade keys are ignored for GRADE_HOLD_SECONDS after
an answer (timed by the injected monotonic clock).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from trainer.quiz.session import Outcome, QuizSession
from trainer.tui.screens.base import QuizScreen
from trainer.tui.text import kind_label, question_text
from trainer.tui.widgets.choices import LETTERS, Choices
from trainer.tui.widgets.feedback import Feedback
from trainer.tui.widgets.header import QuizHeader
from trainer.tui.widgets.keybar import KeyBar

GRADE_HOLD_SECONDS = 0.4


def _pick_bindings() -> list[Binding]:
    bindings = []
    for i in range(4):
        shown = i == 0
        bindings.append(
            Binding(
                f"{i + 1},{LETTERS[i]}",
                f"pick({i})",
                "answer",
                show=shown,
                key_display="1-4" if shown else None,
            )
        )
    for i in range(4):
        shown = i == 0
        bindings.append(
            Binding(str(i + 1), f"rate({i + 1})", "grade", show=shown, key_display="1-4")
        )
    return bindings


class QuestionScreen(QuizScreen):
    # Keys that type into the answer line ("q", "?") have stand-ins while typing (esc, f1).
    BINDINGS: ClassVar[list[BindingType]] = [
        *_pick_bindings(),
        Binding("enter", "submit", "submit"),
        Binding("enter,space", "next", "next", key_display="enter"),
        Binding("question_mark", "help('keys')", "help", key_display="?"),
        Binding("f1", "help('typing')", "help"),
        Binding("f1", "help('keys')", "help", show=False),
        Binding("q", "stop('keys')", "quit"),
        Binding("escape", "stop('typing')", "quit", key_display="esc"),
        Binding("escape", "stop('keys')", "quit", show=False),
    ]

    def __init__(
        self, session: QuizSession, key_clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.session = session
        self.key_clock = key_clock
        self._answered_at: float | None = None  # key_clock() when the answer was given

    # -- drawing ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        session = self.session
        question = session.current
        yield QuizHeader(session, id="header")
        with VerticalScroll(id="body"):
            if question is None:
                return
            with Vertical(id="card"):
                yield Static(
                    f"{kind_label(question.card.kind).upper()}  ·  question {question.number} "
                    f"of {question.total}",
                    id="kind",
                    markup=False,
                )
                outcome = None if session.awaiting_answer else session.last
                filled = outcome.question.card.answer if outcome is not None else None
                yield Static(question_text(question.card, filled), id="question")
                if question.mode == "choice":
                    yield Choices(question.choices, id="choices")
                else:
                    yield Input(
                        placeholder="type your answer, then enter",
                        id="reply",
                        select_on_focus=False,
                    )
        yield KeyBar()

    def on_mount(self) -> None:
        self._focus_answer()

    def _focus_answer(self) -> None:
        for widget in self.query("#choices, #reply"):
            widget.focus()

    # -- state -----------------------------------------------------------------

    @property
    def typing(self) -> bool:
        question = self.session.current
        return self.session.awaiting_answer and question is not None and question.mode == "typed"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        waiting = session.awaiting_answer
        question = session.current
        if action == "pick":
            return (
                waiting
                and question is not None
                and question.mode == "choice"
                and int(parameters[0]) < len(question.choices)  # type: ignore[call-overload]
            )
        if action == "rate":
            return not waiting and session.last is not None
        if action == "next":
            return not waiting
        if action == "submit":
            return self.typing
        if action in ("help", "stop"):
            return (parameters[0] == "typing") == self.typing
        return True

    def action_help(self, _where: str) -> None:
        self.app.action_help()  # type: ignore[attr-defined]

    def action_submit(self) -> None:
        for reply in self.query("#reply").results(Input):
            reply.focus()
            self._typed(Input.Submitted(reply, reply.value))

    # -- answering -------------------------------------------------------------

    def action_pick(self, index: int) -> None:
        choices = self.query_one(Choices)
        choices.pick(index)

    @on(Choices.Picked)
    def _picked(self, event: Choices.Picked) -> None:
        if not self.session.awaiting_answer:
            return
        self._show(self.session.choose(event.index), picked=event.index)

    @on(Input.Submitted, "#reply")
    def _typed(self, event: Input.Submitted) -> None:
        if not self.session.awaiting_answer:
            return
        if not event.value.strip():
            self.notify("Type an answer first (or press escape to quit).", timeout=2)
            return
        self._show(self.session.answer(event.value))

    def _show(self, outcome: Outcome, picked: int | None = None) -> None:
        self._answered_at = self.key_clock()
        card = outcome.question.card
        for choices in self.query(Choices):
            choices.show_result(picked, card.answer)
        for reply in self.query("#reply").results(Input):
            reply.disabled = True
            reply.add_class(f"-{outcome.verdict}")
        self.query_one("#question", Static).update(
            question_text(card, filled=card.answer, style="bold underline")
        )
        self.set_focus(None)
        feedback = Feedback(outcome, id="feedback")
        self.query_one("#card", Vertical).mount(feedback)
        self.query_one(QuizHeader).update()
        self.refresh_bindings()
        self.call_after_refresh(self.query_one("#body").scroll_end, animate=False)
        if outcome.record_error:
            self.notify(
                f"This answer was not saved: {outcome.record_error}",
                severity="error",
                timeout=8,
            )

    @property
    def grade_held(self) -> bool:
        """Within GRADE_HOLD_SECONDS of the answer: a grade key now is a double press."""
        if self._answered_at is None:
            return False
        return 0 <= self.key_clock() - self._answered_at < GRADE_HOLD_SECONDS

    def action_rate(self, rating: int) -> None:
        if self.session.awaiting_answer or self.session.last is None or self.grade_held:
            return
        try:
            outcome = self.session.rerate(rating)
        except Exception as exc:  # the store failed: say so, keep going
            self.notify(f"Grade not saved: {exc}", severity="error", timeout=8)
            return
        self.query_one(Feedback).show_rating(outcome)

    async def action_next(self) -> None:
        if self.session.awaiting_answer:
            return
        if self.session.next() is None:
            self.app.show_summary(self.session)  # type: ignore[attr-defined]
            return
        await self.recompose()
        self._focus_answer()
        self.refresh_bindings()

    def action_stop(self, _where: str = "keys") -> None:
        self.session.stop()
        self.app.show_summary(self.session)  # type: ignore[attr-defined]
