"""The answer options of a choice question: 1-4 / a-d, arrows + enter, or a click.

No option is highlighted until an arrow key moves onto one, so enter alone never
picks anything (a second enter after the feedback must not answer the next question).
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

LETTERS = "abcdefgh"


class ChoiceRow(Static):
    def __init__(self, index: int, text: str, **kwargs: Any) -> None:
        label = Content.assemble((f" {index + 1} ", "bold"), "  ", text)
        super().__init__(label, **kwargs)
        self.index = index
        self.text = text

    def on_click(self) -> None:
        parent = self.parent
        if isinstance(parent, Choices):
            parent.pick(self.index, by_click=True)


class Choices(Vertical, can_focus=True):
    """A column of options; posts `Choices.Picked` once, then shows which was right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("enter", "pick_highlighted", "Pick", show=False),
    ]

    highlighted: reactive[int | None] = reactive(None)

    class Picked(Message):
        def __init__(self, index: int, by_click: bool = False) -> None:
            super().__init__()
            self.index = index
            self.by_click = by_click  # a click is deliberate; a key may be a double press

    def __init__(self, options: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.options = options
        self.answered = False

    def compose(self) -> ComposeResult:
        for i, text in enumerate(self.options):
            yield ChoiceRow(i, text, id=f"choice-{i}", classes="choice")

    def on_mount(self) -> None:
        self.watch_highlighted(self.highlighted)

    def watch_highlighted(self, index: int | None) -> None:
        for row in self.query(ChoiceRow):
            row.set_class(row.index == index and not self.answered, "-highlighted")

    def action_move(self, step: int) -> None:
        if self.answered or not self.options:
            return
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.options) - 1
        else:
            self.highlighted = (self.highlighted + step) % len(self.options)

    def action_pick_highlighted(self) -> None:
        if self.highlighted is None:
            self.notify("Move to an option with ↑ ↓ first, or press its number.", timeout=2)
            return
        self.pick(self.highlighted)

    def pick(self, index: int, by_click: bool = False) -> None:
        if self.answered or not 0 <= index < len(self.options):
            return
        self.post_message(self.Picked(index, by_click))

    def show_result(self, picked: int | None, answer: str) -> None:
        """After the answer: the right option marked, a wrong pick marked too."""
        self.answered = True
        self.can_focus = False
        for row in self.query(ChoiceRow):
            row.remove_class("-highlighted")
            row.set_class(row.text == answer, "-right")
            row.set_class(row.index == picked and row.text != answer, "-wrong")
            row.set_class(row.index != picked and row.text != answer, "-other")
