"""Errors the user can fix, shared by every command: the CLI prints them, one line each."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; printed as one line per entry, no traceback."""

    def __init__(self, *lines: str):
        super().__init__("\n".join(lines))
        self.lines = list(lines)
