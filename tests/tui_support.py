"""What the TUI tests share: the text a screen shows in one widget."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Static


def text(app: App[object], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)
