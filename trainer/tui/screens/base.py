"""What every quiz screen shares: telling the app when the terminal changed size."""

from __future__ import annotations

from textual import events
from textual.screen import ModalScreen, Screen

from trainer.tui.messages import SizeChanged


class QuizScreen(Screen[None]):
    def on_resize(self, event: events.Resize) -> None:
        self.post_message(SizeChanged())


class QuizModalScreen(ModalScreen[None]):
    def on_resize(self, event: events.Resize) -> None:
        self.post_message(SizeChanged())
