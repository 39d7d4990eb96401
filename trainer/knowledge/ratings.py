"""Fact-checkers' rating scales (trainer/data/ratings.yaml): which words are ratings, which
scale an article uses, and the other ratings of that scale (a rating card's wrong answers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from trainer import yamlio

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "ratings.yaml"


@dataclass(frozen=True)
class RatingScale:
    name: str  # "Truth-O-Meter"
    publishers: tuple[str, ...]  # "PolitiFact": named in an article, the article uses this scale
    ratings: tuple[str, ...]  # most to least true, as the publisher writes them

    def rating(self, written: str) -> str | None:
        """'mostly false' -> 'Mostly False': the scale's own spelling, or None."""
        wanted = " ".join(written.lower().split())
        return next((r for r in self.ratings if r.lower() == wanted), None)


@dataclass(frozen=True)
class Ratings:
    scales: tuple[RatingScale, ...]

    @property
    def every_rating(self) -> tuple[str, ...]:
        """Every rating of every scale, longest first (for one pattern over a sentence)."""
        names = {r for s in self.scales for r in s.ratings}
        return tuple(sorted(names, key=lambda r: (-len(r), r)))

    def scale_of(self, rating: str, text: str) -> tuple[RatingScale, str] | None:
        """The scale a rating belongs to in this article and the publisher it names: the
        scale of a publisher the article names, if it lists the rating; else the first
        scale listing it (the general one), with no publisher."""
        for scale in self.scales:
            for publisher in scale.publishers:
                if _names(text, publisher) and scale.rating(rating):
                    return scale, publisher
        for scale in self.scales:
            if scale.rating(rating):
                return scale, ""
        return None

    def by_name(self, name: str) -> RatingScale | None:
        return next((s for s in self.scales if s.name == name), None)


def _names(text: str, publisher: str) -> bool:
    """'The Washington Post' is named by 'the Washington Post' too."""
    name = publisher.removeprefix("The ")
    return re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", text) is not None


@cache
def ratings() -> Ratings:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    return Ratings(
        scales=tuple(
            RatingScale(
                name=str(entry["name"]),
                publishers=tuple(str(p) for p in entry.get("publishers", ())),
                ratings=tuple(str(r) for r in entry["ratings"]),
            )
            for entry in data["scales"]
        )
    )
