"""language/dates.py and language/numbers.py without spaCy: what a written date resolves to
against the published date, with the tense of its verb; how a card writes a resolved date."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.language.dates import PATTERNS, resolve, written_out
from trainer.language.numbers import NUMBER_RE, value_of

NOV19 = date(2019, 11, 19)  # a Tuesday
NOV20 = date(2019, 11, 20)  # a Wednesday


def form_of(text: str) -> str:
    return next(form for form, pattern in PATTERNS if pattern.fullmatch(text))


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # issue 15: the nearest occurrence consistent with the tense
        ("Dec. 15", NOV19, "future", "2019-12-15"),
        ("Dec. 15", NOV19, "present", "2019-12-15"),
        # past, yet weeks after the article: last year's, or a tense misread ("the deadline
        # was set for Dec. 15")? No year (the card answers "Dec. 15" as written)
        ("Dec. 15", NOV19, "past", None),
        ("Nov. 22", NOV19, "past", "2019-11-22"),  # days after: the year a paper leaves out
        ("Dec. 20", date(2020, 1, 10), "past", "2019-12-20"),
        ("Jan. 5", date(2019, 12, 20), "present", "2020-01-05"),
        ("March 20", NOV19, "present", "2019-03-20"),  # "remains ... as of March 20"
        ("Oct. 31", NOV19, "past", "2019-10-31"),
        ("Oct. 31", NOV19, "present", "2019-10-31"),
        ("Oct. 31", NOV19, "future", "2019-10-31"),
        ("Feb. 14", NOV19, "future", "2020-02-14"),
        ("March 21", NOV19, "past", "2019-03-21"),
        # a weekday named with its date takes the date
        ("Saturday, May 18", NOV19, "past", "2019-05-18"),
        # a year after the day, with or without its comma
        ("October 31st 2018", NOV19, "future", "2018-10-31"),
        ("Oct. 31, 2018", NOV19, "future", "2018-10-31"),
        ("Tuesday, November 19", NOV19, "past", "2019-11-19"),
        ("15 November", NOV19, "past", "2019-11-15"),
        # issue 14: weekdays look back unless the verb is explicitly future
        ("Friday", NOV19, "past", "2019-11-15"),
        ("Friday", NOV19, "future", "2019-11-22"),
        ("Friday", NOV20, "present", "2019-11-22"),  # "the show opens Friday"
        ("Monday", NOV20, "present", "2019-11-18"),  # too far ahead: the last one
        ("Tuesday", NOV19, "past", "2019-11-19"),
        # months and relative phrases
        ("earlier this month", NOV19, "past", "2019-11"),
        ("next month", NOV19, "future", "2019-12"),
        ("last November", NOV19, "past", "2018-11"),
        (
            "last March",
            NOV19,
            "past",
            None,
        ),  # this March or last year's? (tests/test_relative_dates_kl.py)
        ("next March", NOV19, "future", "2020-03"),
        ("May last year", NOV19, "past", "2018-05"),
        ("January", NOV19, "present", "2020-01"),  # "goes on sale in late January"
        ("March", NOV19, "present", "2019-03"),
        ("December", NOV19, "past", "2018-12"),
        ("January next year", NOV19, "future", "2020-01"),
        ("three days ago", NOV19, "past", "2019-11-16"),
        ("last month", NOV19, "past", "2019-10"),
    ],
)
def test_resolve(text: str, published: date, tense: str, expected: str) -> None:
    assert resolve(text, form_of(text), published, tense) == expected


@pytest.mark.parametrize("text", ["Friday", "last week", "earlier this month", "Nov. 17"])
def test_relative_dates_need_the_published_date(text: str) -> None:
    assert resolve(text, form_of(text), None) is None


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2015-11-17", "Tuesday, Nov. 17, 2015"),
        ("2019-05-18", "Saturday, May 18, 2019"),
        ("2019-11", "November 2019"),
        ("2018", "2018"),
    ],
)
def test_written_out(iso: str, expected: str) -> None:
    assert written_out(iso) == expected


@pytest.mark.parametrize(
    ("text", "core", "unit", "value"),
    [
        ("NASA's request of $22.6bn", "$22.6bn", "", 22.6e9),
        ("a fund of €40m for schools", "€40m", "", 40e6),
        ("Spot gold rose to $1,472.19 an ounce", "$1,472.19", "", 1472.19),
        ("pay 6.5 billion euros ($7.3 billion)", "6.5 billion", "euros", 6.5e9),
        ("install 30.8 GW of solar", "30.8", "GW", 30.8),
        ("a 149 horsepower engine", "149", "horsepower", 149),
        ("about 0.4 percent of the population", "0.4", "percent", 0.4),
    ],
)
def test_numbers_as_written(text: str, core: str, unit: str, value: float) -> None:
    match = next(m for m in NUMBER_RE.finditer(text) if m.group("core")[:1] in core[:1])
    assert match.group("core") == core
    assert (match.group("unit") or "").strip() == unit
    assert value_of(core) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        # Dec. 14, 2016 was a Wednesday: a Monday, Dec. 14 told in December 2016 is 2015's
        ("Monday, Dec. 14", date(2016, 12, 20), "past", "2015-12-14"),
        ("Wednesday, Dec. 14", date(2016, 12, 20), "past", "2016-12-14"),
        # a date ahead, on next year's weekday
        ("Thursday, Jan. 14", date(2020, 12, 20), "future", "2021-01-14"),
        # a weekday no nearby year fits: no date is guessed
        ("Tuesday, Dec. 14", date(2016, 12, 20), "past", None),
    ],
)
def test_a_weekday_given_with_a_date_picks_its_year(text, published, tense, value):
    assert resolve(text, "month-day", published, tense) == value
