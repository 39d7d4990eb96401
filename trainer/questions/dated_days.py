"""A weekday or "today" a question keeps is given its date. "How many drivers did officers
arrest between 6 p.m. Friday and 6 a.m. today?" means nothing a week after the article:
"between 6 p.m. Friday, Dec. 28, 2007, and 6 a.m. Sunday, Dec. 30, 2007" still does. The
date is the one the article's date resolves the day to (trainer.extract.dates), written as
a date card answers it. Words inside a quote stay as they were said, and a day the text
cannot pin down stays as written. A date card whose answer another card of its sentence
shows is left out (that card gives it away); a card that shares its sentence with a date
card asking the day leaves the day out when it is a phrase of its own ("were released
Tuesday in a swap")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trainer.extract.dates import TIMES_OF_DAY
from trainer.language.dates import month_index, written_out
from trainer.language.lexicon import DAY_NAME_WORDS, wordset
from trainer.language.quotation import QUOTATION
from trainer.model import CardKind, Fact
from trainer.questions.date import TIMES_OF_A_DAY
from trainer.questions.date_checks import article_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trainer.model import Article

# The forms that name a day by where it lies from the article's own: "Friday", "last
# Friday", "today", "yesterday" ("tonight" is a time of day, not a date to write out).
DAY_FORMS = frozenset(("weekday", "day-word"))
# A part of the day after the weekday stays with it: "Friday night, Dec. 28, 2007".
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"


@dataclass(frozen=True)
class Day:
    """A day the text names by where it lies from the article's own, with its date:
    plain data, so it outlives the parsed doc it was read from."""

    start: int  # where it is written in the article's text
    end: int
    text: str
    form: str
    value: str  # its ISO date


def days_of(doc: Doc, article: Article, offset: int = 0) -> list[Day]:
    """The weekdays and "today"s of one parsed part of an article (starting at `offset` in
    the article's text) whose dates the article's date resolves."""
    if article.published is None:
        return []
    return [
        Day(offset + m.span.start_char, offset + m.span.end_char, m.span.text, m.form, m.value)
        for m in article_dates(doc, article)
        if m.form in DAY_FORMS
        and m.value
        and len(m.value) == 10
        and m.span.text != "tonight"
        and not _names_a_kind(m.span.root)
    ]


PARTS_OF_DAY = frozenset(("morning", "afternoon", "evening", "night"))


def _names_a_kind(day: Token) -> bool:
    """'during Friday prayers', 'Sunday school': a weekday before a noun says which kind of
    thing, not which day; written out it breaks the phrase ('during Friday, Oct. 20, 2017,
    prayers', sample Q35). 'Friday night' is a day."""
    head = day.head
    return day.dep_ == "compound" and head.pos_ == "NOUN" and head.lower_ not in PARTS_OF_DAY


def with_days_dated(facts: Sequence[tuple[int, Fact]], days: Sequence[Day]) -> list[Fact | None]:
    """The facts of one article (position of the evidence, fact), each question's weekdays
    and "today"s written with their dates, or left out when a date card of the same
    sentence asks that day; None for a date card another card now gives away."""
    if not days:
        return [fact for _, fact in facts]
    asked: dict[str, set[str]] = {}  # sentence -> the days its date cards ask
    for _, fact in facts:
        if fact.kind == CardKind.DATE and fact.answer_value:
            asked.setdefault(fact.evidence, set()).add(fact.answer_value)
    dated = [
        _dated(fact, _days_in(at, fact, days), asked.get(fact.evidence, set()))
        for at, fact in facts
    ]
    return _no_date_shown_by_a_sibling(dated, [fact for _, fact in facts])


def _days_in(at: int, fact: Fact, days: Sequence[Day]) -> list[Day]:
    end = at + len(fact.evidence)
    return [d for d in days if at <= d.start and d.end <= end]


def _dated(fact: Fact, days: list[Day], asked: set[str]) -> Fact:
    question = fact.question
    values: dict[str, set[str]] = {}
    for day in days:
        values.setdefault(day.text, set()).add(day.value)
    for day in {day.text: day for day in days}.values():
        if len(values[day.text]) > 1:
            continue  # "Tuesday" twice, as two days: which one does the question show?
        quoted = [m.span() for m in QUOTATION.finditer(question)]
        found = [
            m
            for m in re.finditer(rf"\b{re.escape(day.text)}\b{PART_OF_DAY}", question)
            if not any(a <= m.start() < b for a, b in quoted)
            # 'two Palm Sunday suicide attacks' is no Sunday of the week (sample Q142,
            # UNGRAM: the sentence's other 'Sunday' was taken out of it)
            and not _in_a_day_s_name(question, m.start())
        ]
        if len(found) != 1:
            continue  # not shown, or shown twice: which is which?
        m = found[0]
        if question[m.end() : m.end() + 3] in ("'s ", "’s "):
            continue  # "Friday's game": no date fits before the possessive
        if re.search(r"\b(?:[Aa]n?|[Ee]very|[Ee]ach)\s+$", question[: m.start()]):
            continue  # 'At a Saturday morning Pet Parade' (sample Q177, UNGRAM): a kind of
            # day, one of many, not the week's
        if day.value in asked and fact.kind != CardKind.DATE:
            left = _without_the_day(question, m)
            if left is not None:
                question = left
                continue
        dated = _with_the_date(question, m, day)
        if fact.kind == CardKind.DATE and _shows_the_answer(dated, fact.answer):
            continue  # '... the Wisconsin primary Tuesday, April 5, 2016, ... as it heads east
            # in _____' -> April 2016 (sample Q175, GIVEAWAY): the weekday stays a weekday
        question = dated
    return fact if question == fact.question else replace(fact, question=question)


def _shows_the_answer(question: str, answer: str) -> bool:
    """Does the question now show a month's or a year's date card's answer: its month and
    year ('April 2016' in 'April 5, 2016'), or its year alone?"""
    parts = answer.replace(",", "").split()
    if any(p.isdigit() and len(p) <= 2 for p in parts):
        return False  # a day's date: another day of its month shown gives no day away
    month = next((p for p in parts if month_index(p) is not None), None)
    year = next((p for p in parts if p.isdigit() and len(p) == 4), None)
    if year is None or year not in question:
        return False
    return month is None or month[:3] in question


# The words before a day it is the time of, or the end of a phrase of: "6 p.m. Friday",
# "midnight Tuesday", "late Sunday", "By Wednesday" (no day to leave out: the phrase would be
# left without it). "Earlier" and "later" stand alone: "Earlier, Russian officials ...".
KEEPS_ITS_DAY = (
    TIMES_OF_DAY
    | (TIMES_OF_A_DAY - {"earlier", "later"})
    | wordset(
        "o'clock between and until till through by before after since from to into at of for during"
    )
)


# Words of a start or an end that the day after them completes.
STARTS = wordset("beginning starting effective ending opening closing")


def _in_a_day_s_name(question: str, at: int) -> bool:
    before = question[:at].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in DAY_NAME_WORDS


def _without_the_day(question: str, m: re.Match[str]) -> str | None:
    """The question without a day a sibling date card asks ("were released Tuesday in a
    swap" -> "were released in a swap"), when the day is a phrase of its own."""
    before, after = question[: m.start()], question[m.end() :]
    if m.start() == 0:
        if not after.startswith(", "):
            return None
        rest = after[2:]
        return rest[:1].upper() + rest[1:]
    opening = re.fullmatch(r"(?:On|Last) ", before)
    if opening is not None:  # 'On Friday, the Dow fell ...' -> 'The Dow fell ...'
        if not after.startswith(", "):
            return None
        rest = after[2:]
        return rest[:1].upper() + rest[1:]
    on = re.search(r"\s(?:on|last)\s$", before)
    if on is not None and (before[: on.start()].split() or [""])[-1].lower() in STARTS:
        return None  # 'but in Warsaw beginning on Wednesday' is no 'in Warsaw beginning'
        # (sample Q123, UNGRAM)
    if on is not None and after.startswith(",") and before[: on.start()].endswith("ed"):
        return None  # 'The surveys, released on Tuesday, show': 'released, show' (sample
        # Q144, UNGRAM)
    if on is not None:
        before = before[: on.start() + 1]
    elif (last := (before.split() or [""])[-1].lower()) in KEEPS_ITS_DAY or last[-1:].isdigit():
        return None
    if not before.endswith(" "):
        return None
    joined = before.rstrip() + after
    joined = re.sub(r"\s+([,.?])(?!\d)", r"\1", re.sub(r",\s*,", ",", joined))
    return re.sub(r",([.?!])", r"\1", joined)  # 'a female named Tatiana, on Tuesday?


def _with_the_date(question: str, m: re.Match[str], written: Day) -> str:
    weekday, on = written_out(written.value).split(", ", 1)
    said = m.group(0)
    day = said if written.form == "weekday" and not said.lower().startswith("last ") else ""
    if not day:
        day = weekday + said[len(written.text) :]  # "today" -> "Sunday", "last Friday" -> "Friday"
    if m.start() == 0:
        day = day[:1].upper() + day[1:]
    after = question[m.end() :]
    close = "," if after[:1].isalnum() or (after[:1] == " " and after[1:2].isalnum()) else ""
    return f"{question[: m.start()]}{day}, {on}{close}{after}"


def _no_date_shown_by_a_sibling(facts: list[Fact], before: list[Fact]) -> list[Fact | None]:
    """A date card whose answer another card of its sentence now shows is a gift."""
    shown: dict[str, list[str]] = {}
    for fact, was in zip(facts, before, strict=True):
        if fact.kind != CardKind.DATE and fact.question != was.question:
            shown.setdefault(fact.evidence, []).append(fact.question)
    return [
        None
        if fact.kind == CardKind.DATE
        and any(fact.answer in q for q in shown.get(fact.evidence, []))
        else fact
        for fact in facts
    ]
