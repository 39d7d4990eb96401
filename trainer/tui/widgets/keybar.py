"""A one-line footer of the keys that work now: a lighter stand-in for Textual's Footer.

One widget instead of one per key keeps the first question quick to draw; it redraws
whenever the screen's bindings change (a question answered, a mode switched).
"""

from __future__ import annotations

from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self._show_keys()

    def _show_keys(self) -> None:
        seen: set[str] = set()
        parts: list[str | tuple[str, str]] = []
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or not enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            parts += [
                (f" {self.app.get_key_display(binding)} ", "bold $accent"),
                binding.description,
                " ",
            ]
        parts += [(" ^p ", "bold $accent"), "palette"]
        self.update(Content.assemble(*parts))
