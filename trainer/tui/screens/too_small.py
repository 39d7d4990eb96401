"""Shown instead of everything else while the terminal is too small to use."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.widgets import Static

from trainer.tui.screens.base import QuizScreen

MIN_WIDTH = 60
MIN_HEIGHT = 16


class TooSmallScreen(QuizScreen):
    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(id="too-small")

    def on_mount(self) -> None:
        self.show_size()

    def on_resize(self, event: events.Resize) -> None:
        self.show_size()

    def show_size(self) -> None:
        width, height = self.app.size
        self.query_one("#too-small", Static).update(
            f"The terminal is too small: {width}×{height}.\n"
            f"trainer needs {MIN_WIDTH}×{MIN_HEIGHT} or more.\n"
            "Enlarge the window, or ctrl+c to quit."
        )
