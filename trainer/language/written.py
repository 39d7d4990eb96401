"""When an undated article was written, read from its own text, for "As of YEAR".

A plain text article without front matter has no publication date, yet posts and counts
go stale: "Who is the Afghan President?" needs "As of 2019". News text rarely writes its
own year (AP style drops the year of this year's dates), so the latest year it gives to
a past event is only a lower bound: "in June 2018" is often read in 2019. A year is
therefore inferred only from evidence that pins the time of writing itself:

- a mark of the moment of writing: "Correction, Nov. 15, 2019:", "Updated Monday, Nov. 18,
  2019", a quoted post's signature "(@name) November 18, 2019", "earlier in 2019", "so far
  in 2019" (the latest such year), or
- the same year bounding it from both sides: an event already past in 2019 ("was fired in
  May 2019") and one still to come in 2019 ("will open in December 2019").

Either way the year must agree with every bound: no past event after it, no coming event
before it. Years used as names ("the 2016 election", "Euro 2020", "the 2020 Sentra"),
ranges, ages and deadlines ("by 2022") bound nothing. It is an anchor for "As of YEAR"
only; weekdays and relative dates still need a real published date. Better no year than
a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.language.dates import MONTH_RE, WEEKDAY_RE
from trainer.language.lexicon import (
    FUTURE_MARKERS,
    HEDGE_MARKERS,
    IRREGULAR_PAST,
    wordset,
)

Tense = Literal["past", "future"]

_YEAR = r"((?:19|20)\d\d)"
_NOT_RANGE = r"\b(?![-–/]\d)"
_FULL_DATE = rf"(?:{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}|\d{{1,2}} {MONTH_RE},? {_YEAR})"

# The moment of writing, stamped on the text (the year in group 1 or 2).
NOW_MARKS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b(?:Correction|Corrected|Clarification|Editor's note|Editor’s note|Updated?|"
        rf"Published|Posted)(?: (?:added|appended))?[,:]? (?:on )?(?:{WEEKDAY_RE},? )?"
        rf"{_FULL_DATE}{_NOT_RANGE}"
    ),
    re.compile(rf"\(@\w+\) {_FULL_DATE}{_NOT_RANGE}"),  # an embedded post's signature
    # not "© 2019": a site's footer carries the year the page was served, not written
    re.compile(rf"\b(?:[Ee]arlier in|[Ss]o far in|[Ss]o far this year, in) {_YEAR}{_NOT_RANGE}"),
    re.compile(rf"\b{_YEAR} so far\b"),
)
# Forms that put an event in a year; a bare year is too often a name ("the 2016 election").
# The word before the year says which bound it can be: "since 2014" never bounds from
# above, "by 2030" (a deadline) never from below.
EVENT_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b(?P<on>){_FULL_DATE}{_NOT_RANGE}"),
    re.compile(
        r"\b(?P<on>[Ii]n|[Ss]ince|[Oo]n|[Dd]uring|[Bb]y|[Uu]ntil) (?:early |late |mid-?)?"
        rf"(?:{MONTH_RE},? )?{_YEAR}{_NOT_RANGE}"
    ),
)
BOUNDS: dict[Tense, frozenset[str]] = {
    "past": wordset("in on during since"),
    "future": wordset("in on during by until"),
}
# A year just before one of these is a range, a unit or a name ("2016 through 2019",
# "in 2019 dollars", "in 2018's election").
NOT_EVENT_AFTER = re.compile(r"^(?:\s*(?:through|to|and|or|[-–])\s+\d|['’]s\b|\s+dollars\b)")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll\b")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"(])|\n+")


@dataclass(frozen=True)
class YearEvidence:
    """One year the text bounds its writing by: `kind` is "now" (written that year),
    "past" (written that year or later) or "future" (that year or earlier)."""

    year: int
    kind: Literal["now", "past", "future"]
    sentence: str


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _words(sentence: str) -> set[str]:
    # "May 2019" is a month: only a lower-case "may" is the modal verb
    return {w.lower().replace("’", "'") for w in _WORD.findall(sentence) if w != "May"}


def _tense(sentence: str) -> Tense | None:
    """Whether a sentence is wholly about the past or the future; None for a mixed or
    hedged one ("Launched in 2011, it aims to ... by 2030")."""
    words = _words(sentence)
    past = any(w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in words)
    if words & FUTURE_MARKERS:
        return None if past else "future"
    return "past" if past and not words & HEDGE_MARKERS else None


def _year(match: re.Match[str]) -> int:
    return int(next(g for g in match.groups() if g and g[0].isdigit()))


def evidence(text: str) -> list[YearEvidence]:
    """Every year the text bounds its time of writing by (see the module docstring)."""
    found: list[YearEvidence] = []
    for sentence in sentences(text):
        marked: set[int] = set()
        for pattern in NOW_MARKS:
            for match in pattern.finditer(sentence):
                marked.add(match.end())
                found.append(YearEvidence(_year(match), "now", sentence))
        tense = _tense(sentence)
        if tense is None:
            continue
        for pattern in EVENT_FORMS:
            for match in pattern.finditer(sentence):
                on = match.group("on").lower()
                if match.end() in marked or NOT_EVENT_AFTER.match(sentence[match.end() :]):
                    continue
                if on and on not in BOUNDS[tense]:
                    continue
                marked.add(match.end())
                found.append(YearEvidence(_year(match), tense, sentence))
    return found


def year_written(text: str) -> int | None:
    """The year an undated article was written, when its text shows it; else None."""
    found = evidence(text)
    now = [e.year for e in found if e.kind == "now"]
    past = [e.year for e in found if e.kind == "past"]
    future = [e.year for e in found if e.kind == "future"]
    # written in or after the latest past event's year, in or before the first coming one's
    not_before, not_after = max(past, default=None), min(future, default=None)
    year = max(now) if now else not_before if not_before == not_after else None
    if year is None:
        return None
    if (not_before is not None and not_before > year) or (
        not_after is not None and not_after < year
    ):
        return None
    return year
