"""The question screen: one question at a time, then its feedback in place.

Two states: waiting for an answer (options or an input line), and feedback (verdict,
evidence, source; 1-4 grades, enter/space goes on, u takes the answer back, c marks a
typed answer right). All decisions are the session's.

The same keys pick an option and then grade it, and enter both goes on and picks, so a
quick double press would answer twice: for KEY_HOLD_SECONDS after an answer the grade
keys are ignored, and for as long after a new question appears the answer keys are
(timed by the injected monotonic clock). A click is deliberate and never held.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from trainer.quiz.answers import Outcome
from trainer.quiz.session import QuizSession
from trainer.tui.messages import ShowHelp, ShowSummary
from trainer.tui.screens.base import QuizScreen
from trainer.tui.text import kind_label, question_text
from trainer.tui.widgets.choices import LETTERS, Choices
from trainer.tui.widgets.feedback import Feedback, VerdictBar
from trainer.tui.widgets.header import QuizHeader
from trainer.tui.widgets.keybar import KeyBar

KEY_HOLD_SECONDS = 0.4
GRADE_HOLD_SECONDS = KEY_HOLD_SECONDS  # the name the grade keys' hold was documented under
TYPED_PLACEHOLDER = "type your answer, then enter (enter on empty shows the answer)"


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
        Binding("u", "undo", "undo"),
        Binding("up", "scroll(-1)", "scroll", show=False),
        Binding("down", "scroll(1)", "scroll", show=False),
        Binding("pageup", "scroll(-10)", "scroll", show=False),
        Binding("pagedown", "scroll(10)", "scroll", show=False),
        Binding("c", "mark_correct", "mark right"),
        Binding("s", "set_aside('suspend')", "suspend", show=False),
        Binding("b", "set_aside('bury')", "bury", show=False),
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
        self._shown_at: float | None = None  # key_clock() when a key brought this question

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
                yield Static(question_text(question.card), id="question")
                if question.mode == "choice":
                    yield Choices(question.choices, id="choices")
                else:
                    yield Input(placeholder=TYPED_PLACEHOLDER, id="reply", select_on_focus=False)
        yield KeyBar()
        verdict = VerdictBar(id="verdict-bar")
        verdict.display = False
        yield verdict

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
        last = session.last
        if action == "pick":
            index = parameters[0]
            return (
                waiting
                and question is not None
                and question.mode == "choice"
                and isinstance(index, int)
                and index < len(question.choices)
            )
        if action in ("rate", "undo", "set_aside"):
            return not waiting and last is not None
        if action == "mark_correct":
            return not waiting and last is not None and last.can_mark_correct
        if action in ("next", "scroll"):
            return not waiting
        if action == "submit":
            return self.typing
        if action in ("help", "stop"):
            return (parameters[0] == "typing") == self.typing
        return True

    def action_help(self, _where: str) -> None:
        self.post_message(ShowHelp())

    def action_submit(self) -> None:
        for reply in self.query("#reply").results(Input):
            reply.focus()
            self._typed(Input.Submitted(reply, reply.value))

    @staticmethod
    def _held(since: float | None, now: float) -> bool:
        return since is not None and 0 <= now - since < KEY_HOLD_SECONDS

    @property
    def grade_held(self) -> bool:
        """Within KEY_HOLD_SECONDS of the answer: a grade key now is a double press."""
        return self._held(self._answered_at, self.key_clock())

    @property
    def answer_held(self) -> bool:
        """Within KEY_HOLD_SECONDS of a key bringing this question: an answer key now is
        the second half of a double press on the feedback."""
        return self._held(self._shown_at, self.key_clock())

    # -- answering -------------------------------------------------------------

    def action_pick(self, index: int) -> None:
        if not self.answer_held:
            self.query_one(Choices).pick(index)

    @on(Choices.Picked)
    def _picked(self, event: Choices.Picked) -> None:
        if not self.session.awaiting_answer or (self.answer_held and not event.by_click):
            return
        self._show(self.session.choose(event.index), picked=event.index)

    @on(Input.Submitted, "#reply")
    def _typed(self, event: Input.Submitted) -> None:
        if not self.session.awaiting_answer or self.answer_held:
            return
        if not event.value.strip():
            self._show(self.session.dont_know())
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
        self.query_one("#card", Vertical).mount(Feedback(outcome, id="feedback"))
        self.query_one(VerdictBar).show(outcome)
        self.query_one(QuizHeader).update()
        self.refresh_bindings()
        self.call_after_refresh(self.query_one("#body").scroll_end, animate=False)
        if outcome.record_error:
            self.notify(
                f"This answer was not saved: {outcome.record_error}",
                severity="error",
                timeout=8,
            )

    def show_saving(self) -> None:
        """The history took (or still waits for) an answer: redraw what says so."""
        self.query_one(QuizHeader).update()
        last = self.session.last
        if last is not None and not self.session.awaiting_answer:
            self.query_one(VerdictBar).show_rating(last)

    def action_scroll(self, lines: int) -> None:
        """On the feedback: move the question and evidence (the verdict stays put)."""
        body = self.query_one("#body", VerticalScroll)
        body.scroll_to(y=body.scroll_y + lines, animate=False)

    def action_rate(self, rating: int) -> None:
        if self.session.awaiting_answer or self.session.last is None or self.grade_held:
            return
        try:
            outcome = self.session.rerate(rating)
        except Exception as exc:  # the store failed: say so, keep going
            self.notify(f"Grade not saved: {exc}", severity="error", timeout=8)
            return
        self.query_one(VerdictBar).show_rating(outcome)

    async def action_undo(self) -> None:
        """Take the answer back and ask the question again (its review is removed)."""
        if self.session.awaiting_answer or self.grade_held:
            return
        try:
            self.session.undo()
        except Exception as exc:  # the store failed: the answer stands
            self.notify(f"Not undone: {exc}", severity="error", timeout=8)
            return
        await self._ask_again()
        self.notify("Answer taken back: answer again.", timeout=3)

    def action_mark_correct(self) -> None:
        """A typed answer the matcher missed: the verdict becomes right, the review too."""
        last = self.session.last
        if self.session.awaiting_answer or last is None or not last.can_mark_correct:
            return
        try:
            outcome = self.session.mark_correct()
        except Exception as exc:  # the store failed: the verdict stands
            self.notify(f"Not changed: {exc}", severity="error", timeout=8)
            return
        for marked in (*self.query("#reply").results(Input), *self.query(Feedback)):
            marked.remove_class("-wrong", "-almost")
            marked.add_class("-right")
        self.query_one(VerdictBar).show(outcome)
        self.query_one(QuizHeader).update()
        self.refresh_bindings()

    def action_set_aside(self, how: Literal["suspend", "bury"]) -> None:
        """s / b on the feedback: review leaves this card out (for good / for today)."""
        if self.session.awaiting_answer or self.grade_held:
            return
        try:
            question = self.session.set_aside(how)
        except Exception as exc:  # the store failed, or the answer is not saved yet
            done = "buried" if how == "bury" else "suspended"
            self.notify(f"Not {done}: {exc}", severity="error", timeout=8)
            return
        if how == "suspend":
            self.notify(
                "Suspended: review leaves this card out until "
                f"`trainer review --unsuspend {question.card.id}`.",
                timeout=6,
                markup=False,
            )
        else:
            self.notify("Buried: review leaves this card out until tomorrow.", timeout=4)

    async def action_next(self) -> None:
        if self.session.awaiting_answer:
            return
        if self.session.next() is None:
            self.post_message(ShowSummary(self.session))
            return
        await self._ask_again()

    async def _ask_again(self) -> None:
        """Draw the current question afresh, waiting for its answer."""
        self._answered_at = None
        await self.recompose()
        self._shown_at = self.key_clock()
        self._focus_answer()
        self.refresh_bindings()

    def action_stop(self, _where: str = "keys") -> None:
        self.session.stop()
        self.post_message(ShowSummary(self.session))
