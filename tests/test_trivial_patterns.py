"""Trivial and given-away blanks (issue 10): the ends of a period are passing details, a
number the question's own numbers add up to makes no card, and a blank on the aircraft an
article is about is a passing mention. Invented sentences and real ones from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_files, needs_corpus
from trainer.cli import main
from trainer.decks import load_deck
from trainer.extract import dates as date_mentions
from trainer.language.numbers import numbers_in
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions import aircraft as aircraft_cards
from trainer.questions import date as date_cards
from trainer.questions import number as number_cards
from trainer.questions.giveaways import worked_out

NOV20 = date(2019, 11, 20)  # a Wednesday


def _article(text: str, title: str = "") -> Article:
    return Article(id="t", text=text, title=title, published=NOV20)


# -- 1. the ends of a period ---------------------------------------------------------

PERIODS = [
    # (text, the dates that end a period, the dates that do not)
    # corpus (19-plague-cases-china)
    (
        "China has experienced a small smattering of plague infections in recent years—26 "
        "cases and 11 deaths between 2009 and 2018, reports Reuters.",
        {"2009", "2018"},
        set(),
    ),
    (
        "Jane Roe was mayor of Dover between 2009 and 2014, and governor since 2016.",
        {"2009", "2014"},
        {"2016"},
    ),
    ("Jane Roe served as mayor of Dover from 2009 to 2018.", {"2009", "2018"}, set()),
    ("Jane Roe served as Acme's chief executive from 2009 until 2018.", {"2009", "2018"}, set()),
    (
        "The Dover city council held its budget hearings from March 3 to March 10.",
        {"Sunday, March 3, 2019", "Sunday, March 10, 2019"},
        set(),
    ),
    (
        "The Louvre museum in Paris was closed from January through March 2019 for renovation.",
        {"January 2019", "March 2019"},
        set(),
    ),
    (
        "The Dover festival runs from Friday to Sunday.",
        {"Friday, Nov. 22, 2019", "Sunday, Nov. 24, 2019"},
        set(),
    ),
    # two dates of two events, and a date moved to another: no period
    ("Acme Corp was founded in 2009 and went public in 2018.", set(), {"2009", "2018"}),
    ("The Dover vote was moved from Tuesday to Thursday.", set(), {"Tuesday, Nov. 19, 2019"}),
    ("The Acme launch was pushed back from 2020 to 2021.", set(), {"2020", "2021"}),
    ("The Dover deadline was extended from March to June.", set(), {"March 2019", "June 2019"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "ends", "others"), PERIODS)
def test_the_ends_of_a_period_are_passing_details(nlp, text, ends, others):
    facts = date_cards.find(nlp(text), _article(text))
    passing = {f.answer for f in facts if f.passing}
    kept = {f.answer for f in facts if not f.passing}
    assert passing == ends, [(f.question, f.answer, f.passing) for f in facts]
    assert others <= kept, [(f.question, f.answer, f.passing) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The Dover festival runs from Friday to Sunday.", "2019-11-22", "2019-11-24"),
        (
            "Acme Corp will close its Dover plant between Monday and Friday.",
            "2019-11-25",
            "2019-11-29",
        ),
    ],
)
def test_a_period_ends_after_it_starts(nlp, text, start, end):
    found = date_mentions.mentions(nlp(text), NOV20)
    assert [(m.value, m.range_end) for m in found] == [(start, True), (end, True)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Between 40 and 50 people were injured in the Dover blast on Monday.",
        "Acme Corp will cut between 300 and 400 jobs at its Dover plant.",
        "The Dover storm dumped between 2 and 4 inches of rain on Tuesday.",
    ],
)
def test_no_number_card_asks_for_an_end_of_a_range(nlp, text):
    facts = number_cards.find(nlp(text), _article(text))
    assert not facts, [(f.question, f.answer) for f in facts]


# -- 2. a number the question works out ----------------------------------------------


def _number(question: str, answer: str, value: str) -> Fact:
    return Fact(
        kind=CardKind.NUMBER,
        key=f"number|{question}",
        question=question,
        answer=answer,
        evidence=question,
        source="t",
        answer_type=AnswerType("number", "count", ""),
        answer_value=value,
    )


@pytest.mark.parametrize(
    ("question", "answer", "value", "given"),
    [
        # corpus (12-google-stadia-launch): 22 - a dozen
        (
            "Stadia is launching with 22 games (the addition of _____ extra titles was "
            "announced over the weekend after the initial dozen offerings were revealed last "
            "week).",
            "10",
            "10",
            True,
        ),
        ("Acme Corp hired _____ workers, bringing its staff from 120 to 150.", "30", "30", True),
        (
            "Of the 40 passengers, _____ were rescued and three were missing.",
            "thirty-seven",
            "37",
            True,
        ),
        (
            "The Dover council has twenty-two seats, _____ more than the eighteen of 2010.",
            "four",
            "4",
            True,
        ),
        (
            "Acme's profit rose to $4.5 million from $3 million, a gain of _____.",
            "$1.5 million",
            "1500000",
            True,
        ),
        # a chance sum of small numbers, of years, of a source's reference number
        (
            "Portugal allowed only one shot on goal and converted half of its four chances to "
            "make it _____ victories out of eight in all competitions.",
            "seven",
            "7",
            False,
        ),
        (
            "Michael McDonald joined the band in 1975 and remained in the lineup until 1982, "
            "appearing on _____ albums and hit singles like 1978’s.",
            "four",
            "4",
            False,
        ),
        (
            "One study in _____ people showed that increasing protein intake from 15% to 30% "
            "led to decreased daily calorie intake by an average of 441 calories (34).",
            "19",
            "19",
            False,
        ),
        # a span of years between two years the question shows (one of them its date)
        (
            "As of November 2019, how long has Jane Roe avoided extradition after seeking "
            "refuge at the Acme embassy in London in 2012?",
            "seven years",
            "7",
            True,
        ),
        (
            "As of November 2019, how long has Jane Roe lived in Dover?",
            "seven years",
            "7",
            False,
        ),
        # the others before an N-th
        (
            "The man is Beijing's third plague case this month, after _____ other cases were "
            "confirmed in Inner Mongolia.",
            "two",
            "2",
            True,
        ),
        ("Acme's 4th plant follows _____ earlier sites in Ohio.", "three", "3", True),
        ("Jane Roe won her third title after _____ finals in Dover.", "two", "2", False),
        ("Jane Roe and two aides met _____ times with three senators.", "one", "1", False),
        ("Acme Corp hired _____ workers in Dover and 45 in Ohio.", "30", "30", False),
    ],
)
def test_a_number_the_question_adds_up_to_is_given_away(question, answer, value, given):
    assert worked_out(_number(question, answer, value)) is given


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the initial dozen offerings after 22 games", [12, 22]),
        ("twenty-two months and $35 million later", [22, 35e6]),
        ("$22.6bn, 24.4% and 1,200 people", [22.6e9, 24.4, 1200]),
        # designators, times, years and a source's reference number are no quantities
        ("Boeing 787-9 jets, COVID-19 at 4:30 a.m. in 2019 (34)", []),
    ],
)
def test_numbers_in_a_question(text, values):
    assert numbers_in(text) == pytest.approx(values)


@pytest.mark.slow
def test_the_stadia_giveaway_makes_no_card(nlp):
    from trainer.pipeline import facts_of

    text = (
        "Google's Stadia game streaming service launched on Tuesday.\n\n"
        "Stadia is launching with 22 games (the addition of 10 extra titles was announced "
        "over the weekend after the initial dozen offerings were revealed last week)."
    )
    facts = [f for _, f in facts_of(_article(text, "Google Stadia launches"), nlp).facts]
    numbers = [(f.question, f.answer) for f in facts if f.kind == CardKind.NUMBER]
    assert numbers and all(answer != "10" for _, answer in numbers), numbers


# -- 3. the aircraft an article is about ----------------------------------------------

EMIRATES = (
    "Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing's "
    "787-9 Dreamliner jets, executives of both companies announced Wednesday.\n\n"
    "The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing's "
    "Dreamliner, seating 242 to 330 passengers in a two-class layout.\n\n"
    "Emirates is the number one buyer of Airbus' iconic A380, the world's largest airliner, "
    "with 123 of the planes in its fleet.\n\n"
    "Emirates also flies Boeing 777 jets, and its first 787 jets arrive in 2023."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "topic"),
    [
        # corpus (01-emirates-boeing-787-order, the page's own title)
        (
            "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to "
            "expand airline by early 2020s",
            {"787-9"},
        ),
        ("Emirates buys Boeing Dreamliners at the Dubai Air Show", set()),  # no type named
        ("Emirates orders more A380 superjumbos", set()),  # named, but not the most mentioned
        ("", {"787-9"}),  # no title: the first paragraph is the headline
    ],
)
def test_a_blank_on_the_aircraft_the_article_is_about_is_a_passing_mention(nlp, title, topic):
    facts = aircraft_cards.find(nlp(EMIRATES), _article(EMIRATES, title))
    assert {f.answer for f in facts if f.passing} == topic, [(f.answer, f.passing) for f in facts]
    assert "A380" in {f.answer for f in facts if not f.passing}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Russia flew Tu-160 bombers over Syria on Tuesday. The Su-34 jets followed. "
            "Officials said the Su-34 jets hit 20 targets.",
            "Russia flies Tu-160 bombers over Syria",  # named in the headline, but once
        ),
    ],
)
def test_an_aircraft_named_once_is_no_topic(nlp, text, title):
    facts = aircraft_cards.find(nlp(text), _article(text, title))
    assert facts and not any(f.passing for f in facts), [(f.answer, f.passing) for f in facts]


@pytest.mark.slow
@needs_corpus
def test_the_default_deck_leaves_out_the_topic_aircraft_and_the_ends_of_a_period(tmp_path):
    articles = [
        str(p) for p in corpus_files(".html") if p.name.startswith(("01-emirates", "19-plague"))
    ]
    decks = {}
    for name, options in {"all": ["--all-cards"], "default": []}.items():
        out = tmp_path / f"{name}.deck.yaml"
        assert main(["generate", *articles, "-o", str(out), *options]) == 0
        decks[name] = {(CardKind(c.kind).value, c.answer) for c in load_deck(out).cards}
    for card in [("aircraft", "787-9"), ("date", "2009"), ("date", "2018")]:
        assert card in decks["all"] and card not in decks["default"], card
    # an aircraft of the article that is not its topic keeps its card (the A380's one card,
    # "_____, the world's largest airliner", gives it away: test_giveaway_descriptions)
    assert ("aircraft", "A350") in decks["default"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "passing"),
    [("The best tech gadgets of 2019", True), ("The best tech gadgets of the decade", False)],
)
def test_the_year_the_headline_shows_is_a_passing_detail(nlp, title, passing):
    text = "Apple released the AirPods Pro earbuds in 2019 after two years of work."
    (fact,) = date_cards.find(nlp(text), _article(text, title))
    assert fact.answer == "2019"
    assert fact.passing is passing


def test_a_country_named_by_its_people_and_cities_is_the_topic(nlp):
    from trainer.extract.topic import topic_entities

    # Afghanistan by name twice, but 'Afghan' and 'Kabul' again and again: the article is
    # about it more than about Pakistan, named three times
    text = (
        "Two hostages held in Afghanistan were freed on Tuesday. Afghan officials said the "
        "swap was agreed in Kabul. Pakistan helped, officials said. The Afghan president "
        "spoke in Kabul on Monday. Afghan forces and Afghan police guarded the road to "
        "Pakistan. Pakistan welcomed the release from Afghanistan."
    )
    topics = topic_entities(nlp(text))
    assert "afghanistan" in topics and "pakistan" not in topics, topics


@pytest.mark.parametrize(
    ("question", "answer", "given"),
    [
        ("Dover airport had its busiest November in eight years in _____.", "November 2014", True),
        ("Dover airport had its busiest month in eight years in _____.", "November 2014", False),
        ("Dover airport opened in _____ after a November vote.", "2014", False),
    ],
)
def test_a_month_the_question_names_gives_a_month_and_year_away(question, answer, given):
    from trainer.questions.giveaways import month_shown

    fact = Fact(
        kind=CardKind.DATE,
        key="k",
        question=question,
        answer=answer,
        evidence="",
        source="t",
        answer_type=AnswerType("date", "month-year"),
    )
    assert month_shown(fact) is given
