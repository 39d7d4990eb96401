"""The keys, on top of whatever screen asked for them."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from trainer.tui.screens.base import QuizModalScreen
from trainer.tui.screens.question import KEY_HOLD_SECONDS

KEYS = (
    ("Question", ""),
    ("1-4  a-d", "pick an option"),
    ("↑ ↓  enter", "move, then pick; or click an option"),
    ("enter", "submit a typed answer (empty: show the answer)"),
    ("", f"(ignored for {KEY_HOLD_SECONDS} s after a new question)"),
    ("Feedback", ""),
    ("enter  space", "next question"),
    ("1 2 3 4", "grade it yourself: again, hard, good, easy"),
    ("", f"(ignored for {KEY_HOLD_SECONDS} s after you answer)"),
    ("u", "undo: take the answer back and answer again"),
    ("c", "mark a typed answer right (a missed typo)"),
    ("s  b", "suspend the card (for good) · bury it (for today)"),
    ("↑ ↓", "scroll the question and evidence"),
    ("Start screen", ""),
    ("m  s  t", "mode · shuffle · study stats of the deck"),
    ("Summary", ""),
    ("r", "retry the questions you missed"),
    ("q", "leave"),
    ("Anywhere", ""),
    ("q  escape", "stop the quiz and see the summary so far"),
    ("ctrl+c", "quit at once (the summary is printed)"),
    ("? f1", "this help"),
    ("ctrl+p", "command palette"),
    ("ctrl+t", "light / dark theme"),
)


class HelpScreen(QuizModalScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1,enter", "dismiss", "close", key_display="esc")
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc closes"
            with Vertical(id="help-keys"):
                # one row per key, so a long explanation wraps under itself, not under the key
                for key, what in KEYS:
                    if not what:
                        yield Static(key, classes="help-heading", markup=False)
                        continue
                    with Horizontal(classes="help-row"):
                        yield Static(key, classes="help-key", markup=False)
                        yield Static(
                            what, classes="help-what" + ("" if key else " -note"), markup=False
                        )
            yield Static(
                "Typed answers: case, accents, punctuation and articles don't matter; "
                "numbers and dates in any common form; a surname will do; a small typo or "
                "an extra or missing word is 'almost' (c marks it right if it should be).",
                id="help-matching",
            )
