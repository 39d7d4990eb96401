"""The typed-answer matcher: a table of accepted and rejected replies per kind."""

from __future__ import annotations

import pytest

from trainer.model import CLOZE_BLANK, Card
from trainer.quiz.matching import Judgement, judge, parse_dates, parse_number


def card(kind: str, answer: str, **extra) -> Card:
    return Card(
        id=f"{kind}-x",
        kind=kind,
        question="?",
        answer=answer,
        sources=("s",),
        evidence="e",
        **extra,
    )


WHO = card(
    "who_said",
    "Peter Cook",
    choices=("John Kerry", "Peter Cook", "Bashar al-Assad", "Vladimir Putin"),
    tags=("person",),
)
ASSAD = card("who_said", "Bashar al-Assad", choices=("Peter Cook", "Bashar al-Assad"))
ROLE = card("role", "Secretary of State")
DATE = card(
    "date",
    "Sept. 30",
    answer_value="2015-09-30",
    choices=("Oct. 20", "Sept. 30", "Oct. 31", "Sept. 13"),
)
OCT20 = card("date", "Oct. 20", answer_value="2015-10-20")
MONTH_ONLY = card("date", "October 2015", answer_value="2015-10")
NO_VALUE_DATE = card("date", "Nov. 17")
WEEKDAY = card("date", "Tuesday", answer_value="2015-11-17")
NUMBER = card("number", "8,000", answer_value="8000")
CRASH = card("number", "224", answer_value="224", choices=("224", "189", "241", "217"))
MILLION = card("number", "1.5 million", answer_value="1500000")
PERCENT = card("number", "40 percent", answer_value="40")
AIRCRAFT = card(
    "aircraft",
    "Tu-160",
    accept=("Tupolev Tu-160",),
    choices=("Tu-95", "Tu-22M", "Tu-160", "Su-24"),
)
PLACE = card("place", "Qatar", choices=("Qatar", "Turkey", "Bahrain", "Iraq"))
ACCENT = card("place", "Aleppo, Syria")
CAFE = card("place", "Café de Flore")
CLOZE = card("quote_cloze", "welcome that")

ACCEPTED = [
    # who_said: full name, case, titles, surname, initials, accents, typos
    (WHO, "Peter Cook", "right"),
    (WHO, "peter cook", "right"),
    (WHO, "  PETER   COOK. ", "right"),
    (WHO, "Cook", "right"),
    (WHO, "cook", "right"),
    (WHO, "Mr. Cook", "right"),
    (WHO, "P. Cook", "right"),
    (WHO, "Pete Cook", "right"),
    (WHO, "Spokesman Peter Cook", "right"),
    (WHO, "Peter Cok", "almost"),
    (WHO, "Coook", "almost"),
    (WHO, "Petr Cook", "almost"),
    (ASSAD, "Assad", "right"),
    (ASSAD, "al-Assad", "right"),
    (ASSAD, "Bashar al Assad", "right"),
    (ASSAD, "bashar al-assad", "right"),
    (ASSAD, "President Assad", "right"),
    # role: articles and case ignored, a typo is almost
    (ROLE, "secretary of state", "right"),
    (ROLE, "The Secretary of State", "right"),
    (ROLE, "Secretary of Sate", "almost"),
    # dates in any common form
    (DATE, "Sept. 30", "right"),
    (DATE, "Sept 30", "right"),
    (DATE, "Sep 30", "right"),
    (DATE, "September 30", "right"),
    (DATE, "september 30th", "right"),
    (DATE, "30 September", "right"),
    (DATE, "30th of September", "right"),
    (DATE, "the 30th of Sept", "right"),
    (DATE, "Sept. 30, 2015", "right"),
    (DATE, "30 September 2015", "right"),
    (DATE, "9/30", "right"),
    (DATE, "09/30/2015", "right"),
    (DATE, "30/9", "right"),
    (DATE, "30.09.2015", "right"),
    (DATE, "2015-09-30", "right"),
    (DATE, "on Wednesday, September 30", "right"),
    (DATE, "Septmber 30", "almost"),
    (OCT20, "Oct 20", "right"),
    (OCT20, "October 20", "right"),
    (OCT20, "20 October", "right"),
    (OCT20, "10/20", "right"),
    (OCT20, "20/10", "right"),
    (OCT20, "10-20", "right"),
    (OCT20, "Octobr 20", "almost"),
    (MONTH_ONLY, "October", "right"),
    (MONTH_ONLY, "Oct 2015", "right"),
    (MONTH_ONLY, "october 2015", "right"),
    (NO_VALUE_DATE, "17 November", "right"),
    (NO_VALUE_DATE, "11/17", "right"),
    (WEEKDAY, "Tuesday", "right"),
    (WEEKDAY, "tuesday", "right"),
    (WEEKDAY, "Nov 17", "right"),
    (WEEKDAY, "Tusday", "almost"),
    # numbers in any common form
    (NUMBER, "8000", "right"),
    (NUMBER, "8,000", "right"),
    (NUMBER, "8 000", "right"),
    (NUMBER, "8k", "right"),
    (NUMBER, "8 thousand", "right"),
    (NUMBER, "eight thousand", "right"),
    (NUMBER, "Eight Thousand.", "right"),
    (NUMBER, "about 8,000", "right"),
    (NUMBER, "8000.0", "right"),
    (NUMBER, "eigth thousand", "almost"),
    (CRASH, "224", "right"),
    (CRASH, "224 people", "right"),
    (CRASH, "two hundred twenty-four", "right"),
    (CRASH, "two hundred and twenty four", "right"),
    (MILLION, "1.5 million", "right"),
    (MILLION, "1,500,000", "right"),
    (MILLION, "1500000", "right"),
    (MILLION, "1.5m", "right"),
    (PERCENT, "40%", "right"),
    (PERCENT, "40 percent", "right"),
    (PERCENT, "forty", "right"),
    # aircraft and weapons: hyphens and spaces don't matter; accepted alternatives count
    (AIRCRAFT, "Tu-160", "right"),
    (AIRCRAFT, "tu160", "right"),
    (AIRCRAFT, "TU 160", "right"),
    (AIRCRAFT, "Tupolev Tu-160", "right"),
    (AIRCRAFT, "Tupolev Tu160", "right"),
    (AIRCRAFT, "Tupolv Tu-160", "almost"),
    # places: accents, punctuation, typos
    (PLACE, "qatar", "right"),
    (PLACE, "Qatar.", "right"),
    (PLACE, "Qatr", "almost"),
    (PLACE, "Quatar", "almost"),
    (ACCENT, "aleppo syria", "right"),
    (CAFE, "Cafe de Flore", "right"),
    (CAFE, "cafe de flor", "almost"),
    # quote cloze: the missing words
    (CLOZE, "welcome that", "right"),
    (CLOZE, "Welcome that!", "right"),
    (CLOZE, "welcom that", "almost"),
]

REJECTED = [
    (WHO, "", "no answer"),
    (WHO, "   ", "no answer"),
    (WHO, "Peter", ""),
    (WHO, "John Kerry", ""),
    (WHO, "Kerry", ""),
    (WHO, "Tim Cook", ""),
    (WHO, "Putin", ""),
    (ROLE, "Secretary of Defense", ""),
    (ROLE, "State", ""),
    (DATE, "Sept. 3", ""),
    (DATE, "Sept. 13", ""),
    (DATE, "Oct. 30", ""),
    (DATE, "September", ""),
    (DATE, "30 September 2014", ""),
    (DATE, "10/30", ""),
    (DATE, "Oct. 20", ""),
    (OCT20, "11/20", ""),
    (OCT20, "October 21", ""),
    (MONTH_ONLY, "November", ""),
    (MONTH_ONLY, "October 2014", ""),
    (WEEKDAY, "Monday", ""),
    (NUMBER, "800", ""),
    (NUMBER, "80,000", ""),
    (NUMBER, "eight hundred", ""),
    (NUMBER, "8001", ""),
    (CRASH, "225", ""),
    (CRASH, "189", ""),
    (CRASH, "224 or 189", ""),
    (CRASH, "two hundred", ""),
    (MILLION, "1.5 billion", ""),
    (MILLION, "15 million", ""),
    (AIRCRAFT, "Tu-95", ""),
    (AIRCRAFT, "Tu-16", ""),
    (AIRCRAFT, "Tu-22M", ""),
    (AIRCRAFT, "Su-24", ""),
    (PLACE, "Iraq", ""),
    (PLACE, "Iran", ""),
    (PLACE, "Qa", ""),
    (CLOZE, "welcome this", ""),
    (CLOZE, "we welcome that and more", ""),
]


@pytest.mark.parametrize(
    ("the_card", "reply", "verdict"),
    ACCEPTED,
    ids=[f"{c.kind}:{r!r}" for c, r, _ in ACCEPTED],
)
def test_accepted(the_card: Card, reply: str, verdict: str):
    names = (*WHO.choices, *ASSAD.choices)
    assert judge(reply, the_card, names).verdict == verdict


@pytest.mark.parametrize(
    ("the_card", "reply", "note"),
    REJECTED,
    ids=[f"{c.kind}:{r!r}" for c, r, _ in REJECTED],
)
def test_rejected(the_card: Card, reply: str, note: str):
    judgement = judge(reply, the_card, (*WHO.choices, *ASSAD.choices))
    assert judgement.verdict == "wrong"
    if note:
        assert judgement.note == note


def test_surname_shared_by_another_person_in_play_is_not_enough():
    names = ("Peter Cook", "Tim Cook", "John Kerry")
    judgement = judge("Cook", WHO, names)
    assert judgement.verdict == "wrong"
    assert "Tim Cook" in judgement.note
    assert judge("Peter Cook", WHO, names).verdict == "right"
    assert judge("P. Cook", WHO, names).verdict == "right"


def test_surname_alone_is_right_when_unambiguous_and_says_so():
    judgement = judge("Cook", WHO, WHO.choices)
    assert (judgement.verdict, judgement.note) == ("right", "surname")


def test_a_reply_as_close_to_a_wrong_choice_is_not_almost():
    the_card = card("place", "Austria", choices=("Austria", "Australia"))
    assert judge("Austira", the_card).verdict == "almost"
    assert judge("Austrlia", the_card).verdict == "wrong"  # one letter from both
    assert judge("Austrlia", card("place", "Austria")).verdict == "almost"


def test_short_words_allow_a_letter_dropped_or_swapped_but_not_replaced():
    iraq = card("place", "Iraq")
    assert judge("Irq", iraq).verdict == "almost"
    assert judge("Iarq", iraq).verdict == "almost"
    assert judge("Iraqq", iraq).verdict == "almost"
    assert judge("Iran", iraq).verdict == "wrong"
    assert judge("Irab", iraq).verdict == "wrong"


def test_cloze_card_compares_the_blank_only():
    the_card = card("quote_cloze", "intensify", tags=())
    assert CLOZE_BLANK  # the question holds the blank; the answer is what fills it
    assert judge("intensify", the_card).verdict == "right"
    assert judge("intensfy", the_card).verdict == "almost"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8000", 8000),
        ("8,000", 8000),
        ("8 000", 8000),
        ("8k", 8000),
        ("eight thousand", 8000),
        ("a dozen", 12),
        ("three dozen", 36),
        ("two hundred and twenty-four", 224),
        ("1.5 million", 1_500_000),
        ("2bn", 2_000_000_000),
        ("twenty one thousand five hundred", 21_500),
        ("0", 0),
        ("zero", 0),
    ],
)
def test_parse_number(text: str, value: float):
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed[0] == value


@pytest.mark.parametrize("text", ["", "none", "224 or 189", "two or three", "many"])
def test_parse_number_refuses(text: str):
    assert parse_number(text) is None


def test_ambiguous_numeric_date_reads_both_ways():
    readings, guessed = parse_dates("11/10")
    assert set(readings) == {(None, 11, 10), (None, 10, 11)}
    assert not guessed
    assert parse_dates("13/45")[0] == []


@pytest.mark.parametrize(
    ("answer", "reply", "note"),
    [
        ("Raqqa Syria", "in Raqqa Syria", "extra word"),
        ("Combined Joint Operations Center", "Combined Joint Operations Center in", "extra word"),
        ("Raqqa Syria", "Raqa Syria", "small typo"),
        ("Combined Joint Operations Center", "Combined Joint Operation Center", "small typo"),
    ],
)
def test_an_almost_says_what_is_off(answer: str, reply: str, note: str):
    assert judge(reply, card("place", answer)) == Judgement("almost", note)
