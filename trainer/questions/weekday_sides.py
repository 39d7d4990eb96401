"""One weekday, one side of the article's date. 'Harris arrived ... Sunday night' (told in
the past: the Sunday before the article) and 'the cancellation of their game on Sunday
night' (no tense of its own: read as the Sunday ahead) in one article are one Sunday, and
two cards that answer it with two dates teach a false one. When an article dates a weekday
both before and after its own day, the dates ahead are the unsure ones and make no card
(a weekday with one reading keeps it: "will vote on Tuesday")."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.language.text import has_word
from trainer.model import CardKind, Fact

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def one_side_a_weekday(facts: Sequence[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The facts of one article (position, fact), minus a weekday's dates after the
    article's own when the article also dates that weekday before it."""
    sides: dict[str, set[bool]] = {}
    for _, fact in facts:
        day = _weekday_told(fact)
        if day:
            sides.setdefault(day, set()).add(_ahead(fact))
    both = {day for day, seen in sides.items() if seen == {True, False}}
    return [(at, f) for at, f in facts if not (_weekday_told(f) in both and _ahead(f))]


def _weekday_told(fact: Fact) -> str:
    """The weekday a date card answers, when its sentence gives the date as that weekday."""
    if fact.kind != CardKind.DATE or not fact.answer_value or not fact.published:
        return ""
    day = fact.answer.split(",", 1)[0]
    return day if day in WEEKDAYS and has_word(fact.evidence, day) else ""


def _ahead(fact: Fact) -> bool:
    return (fact.answer_value or "") > fact.published
