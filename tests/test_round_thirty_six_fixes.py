"""Round thirty-six (sample Q108, and what Q103-Q107 left): rules tested on sentences written
for the rule."""

from datetime import date

import pytest

from tests.conftest import facts_of_kind

LEAD = (
    "The Port Authority issued a warrant to seize a Liberian cargo ship held in Malta, a day "
    "after a court there ordered its release.\n\nThe ship's owners said they would appeal. "
    "Malta's transport minister, Carla Vella, said the port was open."
)


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        # the headline tells the lead's act: the article's news, of its month
        (
            "Port Authority issues warrant to seize cargo ship",
            ["Who issued a warrant to seize a Liberian cargo ship held in Malta in August 2019?"],
        ),
        # the headline tells another story: the act may be background of any time
        ("Malta reopens its port after storm", []),
    ],
)
def test_a_lead_act_with_no_day_is_asked_of_the_month_when_the_headline_tells_it(
    nlp, title: str, asked: list[str]
) -> None:
    """Q103-Q107's main news made no card when its lead act had no day ('The U.S. Justice
    Department issued a warrant to seize an Iranian oil tanker'); since sample Q22 an
    undated act had made none ('Who sought a meeting with coach Gavin Hunt?', VAGUE)."""
    facts = facts_of_kind(nlp, LEAD, "who_did", date(2019, 8, 16), title)
    assert [f.question for f in facts] == asked
    assert all(f.answer == "Port Authority" for f in facts)


def test_a_sum_of_money_is_asked_once_however_it_is_told(nlp) -> None:
    """Sample Q108's page asked '$600' three times (the add-on a bill extends, one that
    Republicans doubt, one moderates would scale down): one sum, one card."""
    from tests.conftest import cards_of
    from trainer.questions.salience import Rule

    text = (
        "House Democrats passed a relief bill on Friday that would extend the $600 weekly "
        "add-on to state jobless benefits through January.\n\n"
        "Republicans say that adding $600 in federal aid to state checks pays many workers more "
        "than their old wages.\n\n"
        "Some moderates have said they are open to scaling down the $600 in extra assistance. "
        "The Senate will take up the bill in June, its leader said."
    )
    every = cards_of(nlp, text, date(2020, 5, 18), "House passes relief bill")
    kept = cards_of(nlp, text, date(2020, 5, 18), "House passes relief bill", Rule())
    assert sum(c.answer == "$600" for c in every) >= 2
    assert sum(c.answer == "$600" for c in kept) == 1


@pytest.mark.parametrize(
    ("question", "answer", "shaped"),
    [
        # sample Q108, NONSENSE: the tax rate he prefers was the sentence before's
        ("As of October 2017, Stephen Moore still prefers _____.", "15 percent", False),
        ("Sanders won _____.", "52%", False),
        # what the share is of is said
        ("The jobless rate rose to _____.", "5 percent", True),
        ("Stephen Moore still prefers a tax rate of _____.", "15 percent", True),
        # not a share
        ("Stephen Moore still prefers _____.", "Ohio", True),
    ],
)
def test_a_share_of_nothing_is_no_question(question: str, answer: str, shaped: bool) -> None:
    from trainer.model import AnswerType, CardKind, Fact
    from trainer.questions.misshapen import misshapen

    fact = Fact(
        kind=CardKind.NUMBER,
        key="k",
        question=question,
        answer=answer,
        evidence=question.replace("_____", answer),
        source="t",
        answer_type=AnswerType("number"),
    )
    assert misshapen(fact) is not shaped


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # sample Q108, VAGUE: 'the U.S.' says whose rate, not which package
        (
            "Republicans reached a deal on Wednesday on a package that would slash the U.S. "
            "corporate tax rate to 21 percent.",
            False,
        ),
        # a name says which plan
        (
            "Republicans reached a deal on Wednesday on a plan by Kevin Brady that would slash "
            "the corporate tax rate to 21 percent.",
            True,
        ),
    ],
)
def test_a_place_before_a_noun_does_not_say_which_thing_a_clause_tells_of(
    nlp, sentence: str, asked: bool
) -> None:
    from tests.conftest import number_questions

    questions = number_questions(nlp, sentence, date(2017, 12, 14))
    wh = [q for q in questions.values() if q.startswith("To what percentage")]
    assert bool(wh) is asked, questions


@pytest.mark.parametrize(
    ("outlet", "url", "blanks"),
    [
        # sample Q108, TRIVIAL: the page's own outlet
        ("Politico", "", ["Keith Ellison"]),
        ("", "https://www.politico.com/story/2016/12/dnc", ["Keith Ellison"]),
        # another outlet's survey is the news
        ("The Hill", "", ["POLITICO", "Keith Ellison"]),
    ],
)
def test_a_headline_s_blank_is_never_the_page_s_own_outlet(
    nlp, outlet: str, url: str, blanks: list[str]
) -> None:
    from trainer.model import Article
    from trainer.questions import headline

    text = (
        "Despite his support from a wide array of Democratic power players, a POLITICO email "
        "survey of the 447 voting DNC members and follow-up interviews with more than two dozen "
        "national party members show that Keith Ellison is no lock.\n\n"
        "Keith Ellison has won support from labor unions, the survey found."
    )
    article = Article(
        id="t",
        text=text,
        title="POLITICO survey: Keith Ellison no lock for DNC chair",
        outlet=outlet,
        url=url,
        published=date(2016, 12, 20),
    )
    found = [f.answer for f in headline.find(nlp(text), article)]
    assert sorted(found) == sorted([*blanks, "DNC"])
