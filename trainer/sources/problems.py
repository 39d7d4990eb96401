"""A source that gave no article: one line for the reader, naming the file, record or URL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    message: str

    def __str__(self) -> str:
        return self.message
