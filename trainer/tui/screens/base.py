"""What every quiz screen shares: telling the app when the terminal changed size."""

from __future__ import annotations

from textual import events
from textual.screen import ModalScreen, Screen


class SizeAware:
    def on_resize(self, event: events.Resize) -> None:
        check = getattr(self.app, "check_size", None)  # type: ignore[attr-defined]
        if check is not None:
            self.call_after_refresh(check)  # type: ignore[attr-defined]


class QuizScreen(SizeAware, Screen):
    pass


class QuizModalScreen(SizeAware, ModalScreen[None]):
    pass
