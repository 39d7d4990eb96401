"""The answer options of a choice question: 1-4 / a-d, arrows + enter, or a click."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

LETTERS = "abcdefgh"


class ChoiceRow(Static):
    def __init__(self, index: int, text: str, **kwargs) -> None:
        label = Content.assemble((f" {index + 1} ", "bold"), "  ", text)
        super().__init__(label, **kwargs)
        self.index = index
        self.text = text

    def on_click(self) -> None:
        parent = self.parent
        if isinstance(parent, Choices):
            parent.pick(self.index)


class Choices(Vertical, can_focus=True):
    """A column of options; posts `Choices.Picked` once, then shows which was right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("enter", "pick_highlighted", "Pick", show=False),
    ]

    highlighted: reactive[int] = reactive(0)

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, options: tuple[str, ...], **kwargs) -> None:
        super().__init__(**kwargs)
        self.options = options
        self.answered = False

    def compose(self):
        for i, text in enumerate(self.options):
            yield ChoiceRow(i, text, id=f"choice-{i}", classes="choice")

    def on_mount(self) -> None:
        self.watch_highlighted(self.highlighted)

    def watch_highlighted(self, index: int) -> None:
        for row in self.query(ChoiceRow):
            row.set_class(row.index == index and not self.answered, "-highlighted")

    def action_move(self, step: int) -> None:
        if not self.answered and self.options:
            self.highlighted = (self.highlighted + step) % len(self.options)

    def action_pick_highlighted(self) -> None:
        self.pick(self.highlighted)

    def pick(self, index: int) -> None:
        if self.answered or not 0 <= index < len(self.options):
            return
        self.highlighted = index
        self.post_message(self.Picked(index))

    def show_result(self, picked: int | None, answer: str) -> None:
        """After the answer: the right option marked, a wrong pick marked too."""
        self.answered = True
        self.can_focus = False
        for row in self.query(ChoiceRow):
            row.remove_class("-highlighted")
            row.set_class(row.text == answer, "-right")
            row.set_class(row.index == picked and row.text != answer, "-wrong")
            row.set_class(row.index != picked and row.text != answer, "-other")
