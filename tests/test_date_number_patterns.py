"""Dates anchored to the article and numbers of every kind (issues 10, 13, 14, 15):
sentence -> fact, invented sentences and real ones from the corpus. The published date is
passed in, so each case says which day "Friday" means."""

from __future__ import annotations

import re
from datetime import date

import pytest

from trainer.extract import dates as date_mentions
from trainer.extract import numbers as number_mentions
from trainer.language.dates import read_written_out
from trainer.model import CLOZE_BLANK, Article, Card, CardKind
from trainer.questions import KINDS
from trainer.questions import date as dates
from trainer.questions import number as numbers
from trainer.questions import options as card_options
from trainer.quiz.matching import judge

pytestmark = pytest.mark.slow

NOV19 = date(2019, 11, 19)  # a Tuesday
NOV20 = date(2019, 11, 20)  # a Wednesday
TUESDAY = date(2015, 11, 17)


def facts(nlp, module, text: str, published: date | None = NOV20):
    found = module.find(nlp(text), Article(id="t", text=text, published=published))
    for fact in found:
        assert fact.evidence in text
        assert len(fact.question.split()) <= 40, fact.question
    return found


def values(nlp, text: str, published: date | None = NOV20) -> dict[str, str | None]:
    return {m.span.text: m.value for m in date_mentions.mentions(nlp(text), published)}


# -- dates: the card asks and answers the date itself -------------------------------

ANCHORED = [
    # (text, published, answer, question start or None for a blank)
    (
        "The Los Angeles Auto Show opens to the public Friday.",
        NOV20,
        "Friday, Nov. 22, 2019",
        "On what date does the Los Angeles Auto Show open to the public",
    ),
    (
        "The U.S. and Russian coordination in the skies over Syria expanded Tuesday as Russia "
        "continues to ramp up its targeting of Islamic State militants in Syria.",
        TUESDAY,
        "Tuesday, Nov. 17, 2015",
        "On what date did the U.S. and Russian coordination",
    ),
    # corpus (02-taliban-hostage-swap)
    (
        "Two hostages — an American and an Australian — who had been held by the Taliban in "
        "Afghanistan since 2016 were released Tuesday in a prisoner swap for three high-ranking "
        "insurgents.",
        NOV20,
        "Tuesday, Nov. 19, 2019",
        None,
    ),
    (
        "Senator Jane Roe was first elected on Saturday, May 18, and has served since.",
        NOV20,
        "Saturday, May 18, 2019",
        "On what date was Senator Jane Roe first elected?",
    ),
    (
        "Two people contracted plague in Beijing earlier this month.",
        NOV20,
        "November 2019",
        "In what month did two people contract plague in Beijing",
    ),
    (
        "Siemens agreed on Monday to pay 6.5 billion euros ($7.3 billion) for the Dutch rail "
        "signalling maker Alstom.",
        NOV20,
        "Monday, Nov. 18, 2019",
        "On what date did Siemens agree to pay",
    ),
    (
        "Beijing attempted to rein in public solar subsidies in May last year, the report by the "
        "agency said.",
        NOV20,
        "May 2018",
        None,
    ),
    # the asked phrase may open the clause: it leaves with the answer
    (
        "On Tuesday, Russia launched a wave of airstrikes against targets in the province of Idlib.",
        NOV20,
        "Tuesday, Nov. 19, 2019",
        "On what date did Russia launch a wave of airstrikes",
    ),
    # corpus (16-indiana-teachers-rally): the dateline goes, the subject is lower-cased
    (
        "Indianapolis – Several thousand teachers wearing red surrounded the Indiana Statehouse "
        "on Tuesday.",
        NOV20,
        "Tuesday, Nov. 19, 2019",
        None,  # the dateline is cut: the clause is asked as a cloze, the date still resolved
    ),
]


@pytest.mark.parametrize(("text", "published", "answer", "question"), ANCHORED)
def test_relative_dates_are_answered_with_the_date(nlp, text, published, answer, question):
    found = [f for f in facts(nlp, dates, text, published) if f.answer == answer]
    assert found, [f.answer for f in facts(nlp, dates, text, published)]
    fact = found[0]
    assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", fact.answer_value or "")
    if question is None:
        assert CLOZE_BLANK in fact.question
    else:
        assert fact.question.startswith(question), fact.question
        assert fact.question.endswith("?")


@pytest.mark.parametrize(
    "text",
    [
        "Police in the county said the light might be unrelated to Friday's incident near the base.",
        "The first cases of the disease in the province were confirmed last week by officials.",
        "Hours before the vote Tuesday, the mayor of Denver met the leaders of both parties.",
    ],
)
def test_no_weekday_or_vague_answers(nlp, text):
    for fact in facts(nlp, dates, text):
        assert fact.answer not in ("Friday", "Tuesday", "last week"), fact.question
        assert fact.answer_value is None or fact.answer_value <= NOV20.isoformat()


def test_relative_dates_make_no_card_without_a_published_date(nlp):
    for text in (
        "The Los Angeles Auto Show opens to the public Friday.",
        "The first cases of the disease in the province were confirmed last week by officials.",
    ):
        assert facts(nlp, dates, text, published=None) == []


@pytest.mark.parametrize(
    ("text", "written", "published", "value"),
    [
        # issue 14: a modal or a possessive is not the future
        (
            "Police said the light might be unrelated to Friday's incident.",
            "Friday",
            NOV20,
            "2019-11-15",
        ),
        (
            "The official said the strikes could have started on Friday.",
            "Friday",
            NOV20,
            "2019-11-15",
        ),
        ("Spain will play Croatia on Friday in Madrid.", "Friday", NOV20, "2019-11-22"),
        ("The Gophers play the Wildcats Saturday in Minneapolis.", "Saturday", NOV20, "2019-11-23"),
        ("He said Monday that the talks had failed.", "Monday", NOV20, "2019-11-18"),
        # "next Friday" two days ahead: that Friday or the one after? (issue 10, sample J)
        ("Spain plays again next Friday.", "Friday", NOV20, None),
        ("Spain plays again next Monday.", "Monday", NOV20, "2019-11-25"),
        # a month that dates a thing, not the verb: the forecast's June, not the June to come
        (
            "Tourism will become important, according to an Acme forecast in June.",
            "June",
            date(2014, 9, 30),
            "2014-06",
        ),
        # issue 15: the year a paper leaves out is the current one, unless the tense crosses it
        ("The deadline for the bids was set for Dec. 15.", "Dec. 15", NOV19, None),
        (
            "The attack on Oct. 31 will be investigated by the police.",
            "Oct. 31",
            NOV19,
            "2019-10-31",
        ),
        ("Sentencing is scheduled for Feb. 14 in federal court.", "Feb. 14", NOV19, "2020-02-14"),
        (
            "He called the office on March 21 and threatened the staff.",
            "March 21",
            NOV19,
            "2019-03-21",
        ),
        ("He remains a major shareholder as of March 20.", "March 20", NOV19, "2019-03-20"),
        (
            "The vote was held on Saturday, May 18, in Sydney.",
            "Saturday, May 18",
            NOV20,
            "2019-05-18",
        ),
        (
            "The protests broke out on 15 November across the country.",
            "15 November",
            NOV20,
            "2019-11-15",
        ),
        (
            "The partnership began last November with a launch in Texas.",
            "last November",
            NOV20,
            "2018-11",
        ),
    ],
)
def test_what_a_date_resolves_to(nlp, text, written, published, value):
    assert values(nlp, text, published).get(written) == value


@pytest.mark.parametrize(
    "text",
    [
        'The director of "2001: A Space Odyssey" was born in New York in 1928.',
        "Critics praised the film 2012 for its effects when it opened in 2009.",
    ],
)
def test_years_inside_titles_are_not_dates(nlp, text):
    assert all(f.answer not in ("2001", "2012") for f in facts(nlp, dates, text))


def test_anchored_dates_offer_nearby_dates_written_the_same_way(nlp):
    fact = facts(nlp, dates, ANCHORED[1][0], TUESDAY)[0]
    options = card_options.offered(KINDS[fact.kind], fact, [], n=100)
    assert len(options) >= 3
    for option in options[:3]:  # the same month first
        assert re.fullmatch(r"[A-Z][a-z]+day, Nov\. \d{1,2}, 2015", option), option
    for option in options:
        assert re.fullmatch(r"[A-Z][a-z]+day, [A-Z][a-z]+\.? \d{1,2}, 2015", option), option
        assert option != fact.answer


@pytest.mark.parametrize(
    ("text", "published", "before"),
    [
        ("Acme Corp. was founded in 2019 by two engineers in Ohio.", NOV20, True),
        ("The Golden Gate Bridge will reopen in 2021, officials said.", NOV20, False),
        ("Russia notified the U.S. on Tuesday about its strikes.", TUESDAY, True),
        ("Ohio voters will go to the polls on Friday.", TUESDAY, False),
    ],
)
def test_date_options_stay_on_the_answers_side_of_the_article_date(nlp, text, published, before):
    """A past event is never offered a date after the article was published, nor a plan
    one before it: the reader would rule those out at a glance."""
    [fact] = facts(nlp, dates, text, published)
    options = card_options.offered(KINDS[fact.kind], fact, [], n=100)
    assert len(options) >= 3, options
    day = published.isoformat()[: len(fact.answer_value or "")]
    for option in options:
        iso = read_written_out(option, fact.answer_type.form)
        assert iso is not None, option
        assert (iso <= day) == before, (option, fact.answer)


@pytest.mark.parametrize("reply", ["Nov. 17", "November 17, 2015", "2015-11-17", "17 November"])
def test_the_quiz_accepts_an_anchored_date_in_common_forms(nlp, reply):
    fact = facts(nlp, dates, ANCHORED[1][0], TUESDAY)[0]
    card = Card(
        id="date-1",
        kind=CardKind.DATE,
        question=fact.question,
        answer=fact.answer,
        sources=("t",),
        evidence=fact.evidence,
        choices=(fact.answer, "Tuesday, Nov. 10, 2015"),
        answer_value=fact.answer_value,
        accept=fact.accept,
    )
    assert judge(reply, card).verdict == "right"
    assert judge("Nov. 10", card).verdict == "wrong"


# -- numbers ---------------------------------------------------------------------

NUMBERS = [
    # (text, answer, value, answer type form, question start or None for a blank)
    (
        "Julian Assange spoke from London. The US wants the UK to extradite Assange, 47, over "
        "his alleged role in the release of classified military material in 2010.",
        "47",
        "47",
        "age",
        "How old was Julian Assange in November 2019?",
    ),
    (
        "A 43-year-old man, after having switched to feather bedding, began feeling extreme "
        "fatigue and breathlessness, according to a new case report.",
        "43-year-old",
        "43",
        "age",
        None,
    ),
    (
        "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening to assault a "
        "United States official.",
        "55",
        "55",
        "age",
        "How old was Patrick W. Carlineo Jr. in November 2019?",
    ),
    (
        "Five of the 10 Democrats on stage will serve as jurors in the Senate impeachment trial.",
        "Five",
        "5",
        "count",
        "As of November 2019, how many of the 10 Democrats on stage will serve as jurors in the Senate",
    ),
    (
        "Siemens agreed on Monday to pay 6.5 billion euros ($7.3 billion) for the Dutch rail "
        "signalling maker Alstom.",
        "6.5 billion euros",
        "6500000000",
        "money",
        "How much did Siemens agree on Monday to pay for the Dutch rail signalling maker Alstom?",
    ),
    (
        "Seoul plans to install 30.8 GW of solar panels by 2030.",
        "30.8 GW",
        "30.8",
        "measure",
        "As of November 2019, how many GW of solar panels does Seoul plan to install by 2030?",
    ),
    (
        "The new version of the Nissan Sentra gets a 149 horsepower engine that is more powerful "
        "than the current model.",
        "149 horsepower",
        "149",
        "measure",
        None,
    ),
    (
        "Swift served for eight years as the head of the Tennessee music board.",
        "eight years",
        "8",
        "duration",
        "How long did Swift serve as the head of the Tennessee music board?",
    ),
    (
        "Emirates agreed to pay about $16 billion for the Airbus jets at the Dubai Air Show.",
        "$16 billion",
        "16000000000",
        "money",
        "About how much did",
    ),
    # corpus (18-assange-investigation)
    (
        "Julian Assange, who denies the accusation, has avoided extradition to Sweden for seven "
        "years after seeking refuge at the Ecuadorean embassy in London in 2012.",
        "seven years",
        "7",
        "duration",
        "As of November 2019, how long has Julian Assange avoided extradition to Sweden",
    ),
    (
        "Boeing has delivered some 500,000 parts to its suppliers in Europe over the years.",
        "500,000",
        "500000",
        "count",
        "As of November 2019, about how many parts has Boeing delivered",
    ),
    # corpus (09-china-plague): a running total carries the article's month
    (
        "Three cases of plague have been diagnosed in China, sparking widespread fears about the "
        "spread of the disease, though officials say the risk of an outbreak is low.",
        "Three",
        "3",
        "count",
        "As of November 2019, how many cases of plague have been diagnosed in China?",
    ),
    # corpus (11-pge-shutoffs)
    (
        "Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 "
        "people in 18 Northern and central California counties as the region faces extreme fire "
        "weather that’s lasted since October.",
        "375,000",
        "375000",
        "count",
        "To about how many people was Pacific Gas & Electric Co. set to begin shutting off power",
    ),
]


@pytest.mark.parametrize(("text", "answer", "value", "form", "question"), NUMBERS)
def test_number_facts(nlp, text, answer, value, form, question):
    found = facts(nlp, numbers, text)
    matches = [f for f in found if f.answer == answer]
    assert matches, [(f.answer, f.question) for f in found]
    fact = matches[0]
    assert fact.answer_value == value
    assert fact.answer_type.form == form
    if question is None:
        assert CLOZE_BLANK in fact.question
    else:
        assert fact.question.startswith(question), fact.question


def test_a_converted_amount_is_no_fact_and_no_giveaway(nlp):
    text = NUMBERS[4][0]
    found = facts(nlp, numbers, text)
    assert all("7.3" not in f.answer for f in found)
    assert all("7.3" not in f.question for f in found if f.answer.startswith("6.5"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Spot gold added 0.1% to $1,472.19 an ounce.", "$1,472.19"),
        ("NASA's budget request is $22.6bn for 2020.", "$22.6bn"),
        ("Brent fell 3.38% to $55.12 per barrel.", "$55.12"),
    ],
)
def test_amounts_after_to_and_with_suffix_scales(nlp, text, found):
    assert found in [m.span.text for m in number_mentions.mentions(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The crew built a 10m wall around the site of the new plant.",
        "Scores ranged from four to six in the group of schools.",
        "Flight 9268 crashed in the Sinai in 2015, killing all on board.",
    ],
)
def test_no_false_numbers(nlp, text):
    answers = [m.span.text for m in number_mentions.mentions(nlp(text))]
    assert not set(answers) & {"10m", "six", "9268"}, answers


def test_no_age_card_for_a_surname_never_written_out(nlp):
    text = "The mayor of the city, Smith, 47, said he would resign from the council next year."
    assert all(f.answer_type.form != "age" for f in facts(nlp, numbers, text))


def test_ages_written_two_ways_are_never_mixed(nlp):
    found = facts(nlp, numbers, f"{NUMBERS[1][0]}\n\n{NUMBERS[2][0]}")
    for fact in found:
        for option in card_options.offered(KINDS[fact.kind], fact, found, n=100):
            assert ("-year-old" in option) == ("-year-old" in fact.answer), (fact.answer, option)


def test_age_distractors_are_ages(nlp):
    fact = facts(nlp, numbers, NUMBERS[2][0])[0]
    options = card_options.offered(KINDS[fact.kind], fact, [], n=100)
    assert len(options) >= 3
    assert all(o.isdigit() and 30 <= int(o) <= 80 and o != "55" for o in options), options


@pytest.mark.parametrize(
    ("text", "weekdays"),
    [
        ("Black Friday 2019 is going to be huge for all sorts of TVs.", []),
        ("Cyber Monday deals start early this year, retailers said.", []),
        ("Super Tuesday will decide the race, analysts said.", []),
        # a name of its own before the day is no day's name
        ("Secretary of State Mike Pompeo Tuesday announced a new policy.", ["Tuesday"]),
        ("On Tuesday the Senate voted on the bill.", ["Tuesday"]),
    ],
)
def test_a_weekday_in_a_days_name_is_no_date(nlp, text, weekdays):
    found = [m.span.text for m in date_mentions.mentions(nlp(text), NOV20) if m.form == "weekday"]
    assert found == weekdays


def test_no_wh_question_about_a_date_when_its_verb_names_another(nlp):
    # the parser hangs 'Wednesday' (the Boeing order's day) on 'announced', whose own day is
    # Monday: 'On what date did Emirates announce ... on Monday ...?' would ask two dates
    text = (
        "In addition to its order of 30 Boeing jets Wednesday, Emirates announced an order "
        "of 50 Airbus A350-900 jets on Monday at a value of $16 billion at list prices."
    )
    found = facts(nlp, dates, text, published=NOV20)
    wednesday = [f for f in found if f.answer_value == "2019-11-20"]
    assert wednesday, [(f.question, f.answer) for f in found]
    assert all(CLOZE_BLANK in f.question or "Monday" not in f.question for f in wednesday)


def test_a_month_said_relative_to_the_article_is_blanked_with_its_in(nlp):
    text = "Americans have gone to the polls four times this month to vote in statewide races."
    (fact,) = facts(nlp, dates, text, published=NOV20)
    assert fact.answer == "November 2019"
    assert "four times in _____ to vote" in fact.question, fact.question


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Deals range from 4K TVs and robot vacuums to pressure cookers.", []),
        ("Carriers rolled out 5G service in 30 cities last year.", ["30"]),
        # a number written in words inside a place's name
        ("Veterans of sites such as Three Mile Island in Ohio say it took 14 years.", ["14 years"]),
        ("Residents of Seven Oaks said 12 homes burned.", ["12"]),
    ],
)
def test_a_figure_in_a_name_is_no_number(nlp, text, numbers):
    assert [m.span.text for m in number_mentions.mentions(nlp(text))] == numbers
