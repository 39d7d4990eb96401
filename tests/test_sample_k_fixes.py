"""Faults readers found on sample K and L (unseen news pages), as general rules: a second
bearer of a surname the tagger missed, an 'it' whose only antecedent is a phrase put
before the clause, 'do this', a name before paired dashes taken for a dateline, an acronym
written out inside its own brackets, a district's name lower-cased as a common word, and
'for example' left in a question. Sentences are the pages' own, with names changed where
the page's names do not matter."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import questions_of
from trainer.questions import date as dates
from trainer.questions import number as numbers
from trainer.questions import place

pytestmark = pytest.mark.slow

DAY = date(2019, 11, 20)


def asked(nlp, text: str, *modules) -> list[str]:
    return [q for m in modules or (dates, numbers, place) for q in questions_of(nlp, m, text, DAY)]


def test_a_surname_a_second_untagged_person_has_is_no_ones(nlp):
    from trainer.extract.persons import full_names, person_index

    doc = nlp(
        "The father of the nightclub gunman came to the U.S. more than 30 years ago.\n\n"
        "Seddique Mir Mateen maintained a high profile on social media in the U.S.\n\n"
        "Mateen met with reporters Monday and called the massacre by his son, Omar Mateen, "
        '"the act of a terrorist."'
    )
    assert person_index(doc).resolve("Mateen") is None
    assert "Mateen" not in full_names(doc)


def test_the_same_surname_under_the_same_first_name_is_one_person(nlp):
    from trainer.extract.persons import person_index

    doc = nlp(
        "Omar Mateen opened fire at the club.\n\nOmar S. Mateen had visited the club before. "
        "Mateen was 29."
    )
    assert person_index(doc).resolve("Mateen") == "Omar Mateen"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 'it' is the minimum wage of the sentence before, not Connecticut
        ("In Connecticut, lawmakers voted to raise it between 25 and 75 cents to $8.70.", False),
        (
            "In Connecticut, lawmakers voted to raise the minimum wage between 25 and 75 cents "
            "to $8.70.",
            True,
        ),
        # 'do this': what the sentence before told
        (
            "Coincidentally, Mike Rundle himself theorized back in 2017 that Apple would one "
            "day do this, although not so soon.",
            False,
        ),
        # the alliance's start says which alliance no more than its date does
        (
            "Through the alliance, which will start on Monday, the Avoris airline will offer its "
            "flights with the entire route issued in a single ticket.",
            False,
        ),
    ],
)
def test_a_card_needs_what_the_sentence_before_told(nlp, text, kept):
    found = asked(nlp, text)
    assert bool(found) is kept, found


def test_a_name_before_paired_dashes_is_no_dateline(nlp):
    text = (
        "Dee Dee Myers — a White House press secretary for Bill Clinton — is exiting her role "
        "as communications head at studio Warner Bros. after five years."
    )
    found = asked(nlp, text, numbers)
    assert found and all("Dee Dee Myers" in q for q in found), found


def test_a_place_dateline_is_still_cut(nlp):
    found = asked(
        nlp, "Indianapolis – Several thousand teachers rallied at the Statehouse on Tuesday.", dates
    )
    assert found and not any("Indianapolis" in q for q in found), found


def test_an_acronym_taken_for_a_person_is_not_written_out_in_its_own_brackets(nlp):
    text = (
        "South Korean thriller “Parasite” was the upset winner at the Screen Actors Guild (SAG) "
        "awards on Sunday, while Joaquin Phoenix and Renee Zellweger were named best actors."
    )
    found = asked(nlp, text, dates)
    assert found and all("(SAG)" in q for q in found), found


def test_a_name_the_article_capitalises_elsewhere_keeps_its_capital(nlp):
    text = (
        "Officials met in Wedding on Friday. In April 2018, Wedding authorities decided to "
        "honor three African activists with the new street names."
    )
    found = asked(nlp, text, numbers)
    assert any("Wedding authorities" in q for q in found), found
    assert not any("wedding authorities" in q for q in found), found


def test_for_example_is_left_out_of_a_question(nlp):
    text = (
        "Under the Paris Agreement, for example, only 21 of 131 tropical countries are committed "
        "to expanding land rights."
    )
    found = asked(nlp, text, numbers)
    assert found and not any("example" in q for q in found), found


def test_a_judges_style_is_no_pronoun(nlp):
    text = (
        "Andrew Hartley, 52, was jailed on Friday. His Honour Judge Neil Ford QC sentenced "
        "sobbing Hartley to three years for manslaughter by gross negligence."
    )
    found = asked(nlp, text, numbers)
    assert any(q.startswith("His Honour Judge Neil Ford") for q in found), found


def test_an_honourable_is_no_part_of_a_name(nlp):
    from tests.conftest import role_cards

    text = (
        "I will have a call with the Acting Premier Honourable Natalio Wheatley later today, "
        "the governor said."
    )
    cards = role_cards(nlp, text, DAY)
    assert any("Natalio Wheatley's position" in q for q, _ in cards), cards
    assert not any("Honourable" in q for q, _ in cards), cards


def test_a_person_written_in_is_no_it(nlp):
    text = (
        "Lukas Stefanko is a researcher. Stefanko said that it had reached 59 clicks from "
        "various sources and countries."
    )
    assert asked(nlp, text, numbers) == []


def test_a_second_verb_of_a_who_clause_is_left_out(nlp):
    text = (
        "Chris Anderson testified. Mr Anderson, who quit Future Publishing in 2001 and now runs "
        "organisation TED, had previously taken to the court's witness box."
    )
    found = asked(nlp, text, dates)
    assert found and not any("runs" in q for q in found), found
    # the name written out drops its 'Mr'
    assert any(q.startswith("In what year did Chris Anderson") for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The seven-day rate of new infections per 100,000 people in Italy rose to 20.4 in May.",
        "Poland also reported 25.9 new cases per 100,000 people on Tuesday.",
        "Acme shares hit a 52-week high of $31 on Friday.",
    ],
)
def test_the_name_of_a_measure_is_not_asked(nlp, text):
    for question in asked(nlp, text, numbers):
        assert "_____ rate" not in question and "per _____" not in question, question
        assert "_____ high" not in question, question


def test_a_period_that_is_news_is_still_asked(nlp):
    found = asked(nlp, "Acme workers began a three-day strike in Dover on Monday.", numbers)
    assert any("three-day" not in q for q in found), found


def test_a_currency_s_country_is_neither_a_place_nor_dropped_from_the_amount(nlp):
    text = "According to STATIN, Jamaica earned just over US $1.4 billion from exports in 2021."
    for question in asked(nlp, text):
        assert "_____ $1.4" not in question and "over US from" not in question, question


def test_a_name_already_written_in_full_is_not_written_out_again(nlp):
    text = (
        "Cases are surging in Europe due to Omicron BA.2, officials said. Omicron BA.2 has "
        "already been detected in 8.7 percent of sequences reported from South America."
    )
    found = asked(nlp, text, numbers)
    assert found and not any("Omicron Omicron" in q for q in found), found


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the attribution ends with a comma: one sentence, its 'I' in capitals
        (
            "Nesma Hajjaj was seven months pregnant. “Along the way,” she said, “I felt severe "
            "pain, labor pain, so I went to the Al Aqsa Martyrs Hospital in Deir al-Balah.”",
            "Along the way, I felt severe pain",
        ),
        # ... with a full stop: two sentences
        (
            "“My partner to whom I am married is John with middle initial M, and Mike was John "
            "with middle initial M,” Elise Matthesen recalled in an email. “I used to refer to "
            "them collectively as my John M. Ponytails, as they both wore their hair that way.”",
            'Who said: "I used to refer to them',
        ),
    ],
)
def test_a_quote_split_by_its_attribution_is_joined_as_written(nlp, text, quoted):
    from trainer.questions import who_said

    found = asked(nlp, text, who_said)
    assert any(quoted in q for q in found), found
    assert not any("Ponytails, as" in q and 'Who said: "Ponytails' in q for q in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # sample M: a post whose body the article named elsewhere
        (
            "The Americas cannot ignore the risk of further surges, warns Pan American Health "
            "Organization (PAHO) Director Carissa F. Etienne.",
            False,
        ),
        ("Steve Blackett, an interim president, said the party would meet.", False),
        ("Tim Lee, an association executive director, said rates were too low.", False),
        # the post names its body, or its department
        ("Former FBI Director Robert Gates said the deal was a mistake.", True),
        ("Carissa F. Etienne, the PAHO Director, said cases were rising in the region.", True),
        ("Tim Lee, executive director of the Texas Retired Teachers Association, spoke.", True),
    ],
)
def test_a_post_without_its_body_is_a_passing_detail(nlp, text, kept):
    from trainer.model import Article, CardKind
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=DAY)
    roles = [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.ROLE]
    assert roles, "the role kind finds the post"  # so the test can fail
    assert any(not f.passing for f in roles) is kept, [(f.question, f.answer) for f in roles]
