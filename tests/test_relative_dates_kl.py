"""Dates the text leaves relative to the article, read on unseen pages (samples K and L):
a bare month still to come ('must wait until July', 'the upcoming summit in June'),
'last October' earlier in the article's own year, the weekdays of an article that says
'today' for its own day, a weekday written with its date ('Wednesday 27th April, 2022'),
things called only 'new', and the wrong years offered for a plan in the article's own year.
Invented sentences and real ones from the pages (K: k05 fox13now, L: l05 gothamist, l09
ticotimes, l17 trinidadexpress), each with the published date of its page."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.extract import dates as date_mentions
from trainer.language.dates import PATTERNS, resolve
from trainer.model import CLOZE_BLANK, Article
from trainer.questions import date as dates

NOV20 = date(2019, 11, 20)  # a Wednesday
DEC30_2013 = date(2013, 12, 30)  # k05
APR20_2022 = date(2022, 4, 20)  # l09
NOV8_2023 = date(2023, 11, 8)  # l05
APR28_2022 = date(2022, 4, 28)  # l17, a Thursday


def form_of(text: str) -> str:
    return next(form for form, pattern in PATTERNS if pattern.fullmatch(text))


# -- without spaCy: what a written form resolves to ------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last October" in November: this year's (AP writes "in October") or last year's
        # (l05 meant 2022's)? No date.
        ("last October", NOV8_2023, None),
        ("last March", NOV20, None),
        ("next December", NOV20, None),  # this December, or next year's?
        # a month not yet come this year, or this very month: only one reading
        ("last December", NOV20, "2018-12"),
        ("last November", NOV20, "2018-11"),
        ("next March", NOV20, "2020-03"),
        ("next November", NOV20, "2020-11"),
        # a day written with its ordinal, its 'of' and a comma before the year (l17)
        ("Wednesday 27th April, 2022", APR28_2022, "2022-04-27"),
        ("27th April, 2022", APR28_2022, "2022-04-27"),
        ("the 1st of January, 2020"[4:], NOV20, "2020-01-01"),
        ("13th November", NOV20, "2019-11-13"),
    ],
)
def test_resolve(text: str, published: date, expected: str | None) -> None:
    assert resolve(text, form_of(text), published, "past") == expected


# -- with spaCy: the tense a sentence gives a date -------------------------------------


def values(nlp, text: str, published: date) -> dict[str, str | None]:
    return {m.span.text: m.value for m in date_mentions.mentions(nlp(text), published)}


def facts(nlp, text: str, published: date):
    return dates.find(nlp(text), Article(id="t", text=text, published=published))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "written", "value"),
    [
        # k05 (real): a modal of a time to come, and 'until', in a clause not in the past
        (
            "California is also raising its minimum wage to $9 per hour, but workers must "
            "wait until July to see the addition.",
            DEC30_2013,
            "July",
            "2014-07",
        ),
        # l09 (real): 'the upcoming summit ... in June'
        (
            "The United States is seeking to reach a firm agreement with Latin American "
            "countries on migration ahead of the upcoming Summit of the Americas in Los "
            "Angeles in June, as confirmed by U.S. Secretary of State Antony Blinken.",
            APR20_2022,
            "June",
            "2022-06",
        ),
        ("The museum is closed until February.", NOV20, "February", "2020-02"),
        ("Farmers have to wait until May to plant the crop.", NOV20, "May", "2020-05"),
        ("The plant must shut down in March.", NOV20, "March", "2020-03"),
        ("Tenants may apply for the grant in January.", NOV20, "January", "2020-01"),
        (
            "Delegates are preparing for the upcoming summit in February.",
            NOV20,
            "February",
            "2020-02",
        ),
        (
            "The party is campaigning hard ahead of the vote in February.",
            NOV20,
            "February",
            "2020-02",
        ),
        ("The suspect must appear in court on Friday.", NOV20, "Friday", "2019-11-22"),
        ("Investors can buy the shares until Monday.", NOV20, "Monday", "2019-11-25"),
        # 'could' and 'might' until a month, in a sentence not told in the past
        ("Workers might wait until July to see the addition.", DEC30_2013, "July", "2014-07"),
        # ... but of a past sentence, ahead of the remark only: the nearest March (four
        # months on, not eight back), and no weekday they may tell of the past
        ("He said they could stay until March.", NOV20, "March", "2020-03"),
        ("He said they could stay until June.", NOV20, "June", "2019-06"),
        ("Residents could see the smoke on Friday after the fire.", NOV20, "Friday", None),
        # ... and the past stays past
        ("The museum was closed until February.", NOV20, "February", "2019-02"),
        ("He stayed in the city until March.", NOV20, "March", "2019-03"),
        ("The suspect may have fled the country in March.", NOV20, "March", "2019-03"),
        ("The fire on Friday might be unrelated, police said.", NOV20, "Friday", "2019-11-15"),
        # l05 (real): 'last October' in November is no date
        (
            "After trashing the proposal for months, Velázquez changed her tune last "
            "October and backed the rezoning before it was approved by the City Council.",
            NOV8_2023,
            "last October",
            None,
        ),
    ],
)
def test_what_a_date_resolves_to(nlp, text, published, written, value):
    assert values(nlp, text, published)[written] == value


L17 = (
    "A 35-year-old woman of Clarkia Drive, Wellington Road, Debe is due to appear at the San "
    "Fernando Magistrates’ Court today after she was charged with the murder of her mother, "
    "Sita Jaggesar.\n\n"
    "Melissa Jagessar was charged with the offence on Wednesday 27th April, 2022, by Detective "
    "Cowie Massy of the Homicide Bureau of Investigations, following the advice of Deputy "
    "Director of Public Prosecutions Mrs. Joan Honoré-Paul.\n\n"
    "The body of Sita Jaggesar, 62, who lived at Clarkia Drive Wellington Road, Debe, was "
    "discovered around 3 pm on Tuesday in the living room area of her home by her 13 -year- "
    "old granddaughter on her return from attending school.\n\n"
    "On Thursday, Mellissa Jaggesar was detained by officers of the Homicide Bureau of "
    "Investigations in relation to her mother’s death."
)


@pytest.mark.slow
def test_weekdays_of_an_article_that_says_today_for_its_own_day(nlp):
    """l17 (real), a Thursday page: 'due in court today', 'On Thursday ... was detained'
    (after 'charged on Wednesday 27th April'): its weekdays are another week's."""
    found = facts(nlp, L17, APR28_2022)
    answers = {f.answer for f in found}
    assert "Tuesday, April 26, 2022" not in answers
    # 'due to appear in court today' is the page's own Thursday (asked since the curly
    # apostrophe of 'Magistrates’ Court' no longer breaks the parse); 'On Thursday ... was
    # detained' is not
    detained = [f for f in found if "detained" in f.question]
    assert all(f.answer != "Thursday, April 28, 2022" for f in detained)
    charged = [f for f in found if "charged with the offence" in f.question]
    assert [f.answer_value for f in charged] == ["2022-04-27"]
    # the weekday and its date are blanked together: the card never shows "27th April"
    assert "27th" not in charged[0].question and "Wednesday" not in charged[0].question


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "weekday", "value"),
    [
        (
            "The man is due to appear in court today. He was arrested on Wednesday.",
            "Wednesday",
            None,
        ),
        # no 'today': the article's own Wednesday
        (
            "The man appeared in court on Wednesday. He was arrested on Tuesday.",
            "Wednesday",
            "2019-11-20",
        ),
        # a 'today' inside a quote, or a show's name, is no day of the article's
        (
            '"We will fight this today," he said. The man was arrested on Wednesday.',
            "Wednesday",
            "2019-11-20",
        ),
        (
            "Dr Fauci told NBC's Today show the toll would rise. New York reported 777 deaths on Wednesday.",
            "Wednesday",
            "2019-11-20",
        ),
        # 'today' of what is past, as a report words it (h02 mashable, a Tuesday page:
        # 'circled Manhattan ... on Tuesday afternoon', 'They were not made aware of any
        # flight mission in the area today')
        (
            "The plane circled Manhattan on Wednesday afternoon. A spokesperson said they "
            "were not made aware of any flight mission in the area today.",
            "Wednesday",
            "2019-11-20",
        ),
        # a weekday that is not the article's own day is still dated
        (
            "The man is due to appear in court today. He was arrested on Monday.",
            "Monday",
            "2019-11-18",
        ),
    ],
)
def test_today_and_the_articles_own_weekday(nlp, text, weekday, value):
    assert values(nlp, text, NOV20)[weekday] == value


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe was charged on Wednesday (Nov. 13) by police in Dover.",
        "Jane Roe was charged on Wednesday, the 13th of November, 2019, by police in Dover.",
    ],
)
def test_a_weekday_is_never_blanked_alone_before_its_date(nlp, text):
    found = facts(nlp, text, NOV20)
    assert found
    for fact in found:
        assert fact.answer_value == "2019-11-13", fact
        shown = fact.question.replace(CLOZE_BLANK, "")
        assert "13" not in shown, fact.question


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "asked"),
    [
        # k05 (real): 'In what year will Americans be required to follow new laws?' (any year)
        (
            "Not everyone subscribes to a New Year’s resolution, but Americans will be "
            "required to follow new laws in 2014.",
            DEC30_2013,
            False,
        ),
        ("Dover voters approved new taxes in 2015.", NOV20, False),
        ("The city of Dover opened new libraries in 2015.", NOV20, False),
        # a thing of its own: named, counted or owned
        ("Dover voters approved a sales tax in 2015.", NOV20, True),
        ("The city of Dover opened its new library in 2015.", NOV20, True),
    ],
)
def test_things_called_only_new_are_not_dated(nlp, text, published, asked):
    assert bool(facts(nlp, text, published)) is asked


@pytest.mark.slow
def test_a_plan_for_the_articles_own_year_is_offered_a_later_year(nlp):
    """k14: 'In what year does Microsoft expect to release 16 million metric tons of CO2?'
    -> 2020, in a 2020 article: 2020 must not be the only year not yet past."""
    text = "Microsoft expects to release 16 million metric tons of CO2 in 2020."
    (fact,) = facts(nlp, text, date(2020, 1, 16))
    assert fact.answer == "2020"
    assert "2021" in dates.distractors(fact, [fact])[:4]
    # a year before the article's keeps its side: no year after the article is offered
    (past,) = facts(
        nlp, "Microsoft released 16 million metric tons of CO2 in 2018.", date(2020, 1, 16)
    )
    assert all(int(d) <= 2020 for d in dates.distractors(past, [past]))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # l18 (real): the day buyers were not charged is no fact
        (
            "None of the “potentially hundreds” of buyers were charged or named Wednesday, "
            "Levy said, but “I want to emphasize this is an investigation that’s just "
            "getting going.”",
            False,
        ),
        ("No charges were filed against the Dover Chemical Co. on Tuesday.", False),
        ("Prosecutors filed charges against the Dover Chemical Co. on Tuesday.", True),
        # a span is still dated: since when no rain has fallen
        ("No rain has fallen in Dover County since March 2018.", True),
    ],
)
def test_what_no_one_did_is_not_dated(nlp, text, asked):
    assert bool(facts(nlp, text, NOV20)) is asked
