"""Questions that lean on a sentence the reader cannot see, as sample V found them on unseen
pages (issue 10): whose victory, whose nearest competitor, which waterway, the toll of what,
three shots behind whom. Each makes no card; the same fact told so that it stands does."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_all_passing, facts_of_kind
from trainer.model import Article
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow


def _questions(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, published=date(2008, 1, 10))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    return [c.question for c in deck.cards]


@pytest.mark.parametrize(
    ("leaning", "standing", "shown"),
    [
        (
            "On the surface, that victory over Los Angeles is hardly noteworthy.",
            "On the surface, the Calgary Flames' victory over Los Angeles is hardly noteworthy.",
            "victory over",
        ),
        (
            "Levan Gachechiladze, his nearest competitor, had 24.98 per cent.",
            "Mikheil Saakashvili won the vote, and Levan Gachechiladze, his nearest competitor, "
            "had 24.98 per cent.",
            "nearest competitor",
        ),
        (
            "Flood waters continued to drain in the fast-growing community, 30 miles east of Reno.",
            "Flood waters continued to drain in Fernley, 30 miles east of Reno.",
            "east of",
        ),
        (
            "Iran's boats menaced the three US warships in the strategic waterway on Sunday, "
            "according to US defense officials.",
            "Iran's boats menaced the three US warships in the Strait of Hormuz on Sunday, "
            "according to US defense officials.",
            "warships",
        ),
        (
            '"The death toll has risen to 10 and there are about 50 injured people," Akhtar '
            "Zamin, the home minister for southern Sindh province, said.",
            '"The death toll from the Karachi bombing has risen to 10 and there are about 50 '
            'injured people," Akhtar Zamin, the home minister for southern Sindh province, said.',
            "risen to",
        ),
        (
            "The Ohio Republican said the farm bill would cost $40 billion over 10 years.",
            "Senator Rob Portman, the Ohio Republican, said the farm bill would cost $40 billion over "
            "10 years.",
            "would cost",
        ),
        (
            "Two victims were taken to area hospitals, where they later died, according to the "
            "Arapahoe County Coroner's office.",
            "Two victims of the Aurora shooting were taken to area hospitals, where they later "
            "died, according to the Arapahoe County Coroner's office.",
            "hospitals",
        ),
        (
            "Police arrested two other men in Dover on Monday after the raid on the Acme plant.",
            "Police arrested two men in Dover on Monday after the raid on the Acme plant.",
            "men",
        ),
        (
            "Kevin Na recovered for a 67 and was three shots behind.",
            "Kevin Na recovered for a 67 and was three shots behind the leader, Jim Furyk.",
            "shots behind",
        ),
    ],
)
def test_a_fact_told_through_what_another_sentence_named_makes_no_card(
    nlp, leaning, standing, shown
):
    assert not [q for q in _questions(nlp, leaning) if shown in q]
    assert [q for q in _questions(nlp, standing) if shown in q]


def test_its_in_what_describes_a_person_is_a_body_the_question_may_name(nlp):
    text = "Acme Corp named Jane Roe, its chief executive, chair of the board on Monday."
    assert [q for q in _questions(nlp, text) if q.startswith("On what date")]


def test_a_body_owning_the_post_of_a_person_described_is_no_pronoun(nlp):
    text = "Rain has not fallen since 1905, said Scott Strenfel, PG&E's principal meteorologist."
    assert [q for q in _questions(nlp, text) if "since" in q]


def test_that_opening_a_reported_clause_is_no_demonstrative(nlp):
    text = "Jane Roe said that Boeing delivered 30 jets to Emirates in March 2019."
    assert [q for q in _questions(nlp, text) if "jets" in q]


def test_a_time_of_the_day_goes_with_the_day_a_question_asks(nlp):
    text = (
        "Levan Tarkhnishvili declared late Sunday that an unofficial final count showed "
        "victory was certain for Mikheil Saakashvili."
    )
    asked = [q for q in _questions(nlp, text) if q.startswith("On what date")]
    assert asked
    assert not [q for q in asked if " late " in q]


def test_a_blank_date_is_no_one_a_he_could_stand_for(nlp):
    text = (
        "On Dec. 27, the day before Murray left for the Czech Republic, he talked to Emery "
        "about an after-practice episode in which he knocked over a row of water bottles."
    )
    assert not [q for q in _questions(nlp, text) if "talked to" in q or "talk to" in q]


@pytest.mark.parametrize(
    ("quote", "passing"),
    [
        ("It can actually slow you down if you are driving beyond the vehicle's limits", True),
        ("That's not our first or second, we've been in some pushing matches before", True),
        ("It never occurred to me in any way whatsoever that Stephen was planning violence", False),
        ("It's difficult to change people's behaviors, but this work matters", False),
        ("It can slow a Toyota Camry down on a wet road in Ohio", False),
        ("…that doesn't mean that's the order in which it evolved", True),
    ],
)
def test_a_quote_opening_on_a_thing_it_does_not_name_is_a_passing_quote(nlp, quote, passing):
    text = f'"{quote}," said Curtis McMullen, who leads the Acme safety lab in Dover.'
    _assert_who_said_passing(nlp, text, passing)


def _assert_who_said_passing(nlp, text: str, passing: bool) -> None:
    assert_all_passing(facts_of_kind(nlp, text, "who_said", date(2008, 1, 10)), passing)


def test_an_ellipsis_closing_the_sentence_closes_no_question(nlp):
    text = (
        "Roberto Luongo was voted as the Western Conference starter for the All-Star game "
        "later this month in Atlanta...."
    )
    questions = [q for q in _questions(nlp, text) if "_____" in q]
    assert questions
    assert not [q for q in questions if q.endswith(("..", "…"))]


@pytest.mark.parametrize(
    ("leaning", "standing"),
    [
        (
            "Nokia expects the transaction to close by the end of 2012.",
            "Nokia expects its purchase of earthmine to close by the end of 2012.",
        ),
        (
            "The drugmaker has been counting on Xeljanz to revive its fortunes after its Lipitor "
            "cholesterol pill lost patent protection in 2007.",
            "Pfizer has been counting on Xeljanz to revive its fortunes after its Lipitor "
            "cholesterol pill lost patent protection in 2007.",
        ),
        (
            "The blast could be felt at the sheriff's communications center about four miles away.",
            "The gas blast in Spokane could be felt at the sheriff's communications center about "
            "four miles away.",
        ),
    ],
)
def test_an_act_or_a_body_told_before_leans_on_that_sentence(nlp, leaning, standing):
    assert not _questions(nlp, leaning)
    assert _questions(nlp, standing)


@pytest.mark.parametrize(
    ("quote", "passing"),
    [
        ("We're truly excited about our 50th Anniversary Tour in Ohio", True),
        ("I greatly appreciate Secretary Chertoff taking the time to call me", True),
        ("We're pleased. It allows us to sell property in Utah to pay the debts", False),
        ("We will close the plant in Dayton and cut 500 jobs there", False),
    ],
)
def test_a_one_sentence_courtesy_is_a_passing_quote(nlp, quote, passing):
    text = f'"{quote}," said Jane Roe, who leads Acme in Dover.\n\nJane Roe spoke on Monday.'
    _assert_who_said_passing(nlp, text, passing)
