"""Question shapes sample X found broken on unseen pages (issue 10): 'So far' cut to 'far',
'Separately from ...' losing 'Separately' (which turns its sense round), an 'also' that
leans on the sentence before, and a speaker the parser joined to the reported clause."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_all_passing, facts_of_kind
from trainer.model import Article
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow


def _questions(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, published=date(2012, 7, 24))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    return [c.question for c in deck.cards]


def test_so_far_is_dated_not_cut_to_far(nlp):
    (question,) = _questions(
        nlp, "So far, the site has raised more than $57,000 for Caleb Medley and his family."
    )
    assert question.startswith("As of July 2012, the site has raised")
    assert "far," not in question


def test_an_adverb_opening_a_phrase_is_not_dropped_from_it(nlp):
    (question,) = _questions(
        nlp,
        "Separately from the deal with Imagination, MIPS also sold 498 patents to a "
        "consortium that includes ARM.",
    )
    assert "from the deal" not in question or "Separately from the deal" in question


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("In 2012, the GIF also physically redefined itself.", "redefine itself"),
        ("Apple also said it sold 3 million iPads in March.", "iPads"),
        ("Rahul Gandhi already bought shares in APJ Private Ltd in 2008.", "shares"),
    ],
)
def test_also_is_left_out_of_a_question(nlp, text, shown):
    questions = [q for q in _questions(nlp, text) if shown in q]
    assert questions
    assert not [q for q in questions if " also " in q or " already " in q]


def test_a_speaker_the_parser_joined_to_the_clause_stays_the_speaker(nlp):
    questions = _questions(
        nlp, "MIPS sold 498 patents to a consortium that includes ARM, Jane Roe said."
    )
    assert questions
    assert not [q for q in questions if "ARM, Jane Roe?" in q]


def test_a_quote_of_someone_unnamed_is_completed_only_with_all_cards(nlp):
    def passing(speaker: str) -> list[bool]:
        text = (
            "Jane Roe runs Acme's plants in Ohio.\n\n"
            f'"We will close the plant in Dayton and cut 500 jobs there," {speaker} said.'
        )
        return [f.passing for f in facts_of_kind(nlp, text, "quote_cloze", date(2012, 11, 6))]

    assert passing("an airline spokesperson") == [True]
    assert passing("Acme chief executive Jane Roe") == [False]


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("Hotel owner Jonathan Denby said he had replaced the Bibles in the rooms.", True),
        (
            "Jonathan Denby, owner of the Damson Dene Hotel in the Lake District, said he had "
            "replaced the Bibles in the rooms.",
            False,
        ),
    ],
)
def test_an_owner_of_a_body_the_card_does_not_name_is_a_passing_post(nlp, text, passing):
    posts = facts_of_kind(nlp, text, "role", date(2012, 7, 24))
    assert_all_passing([f for f in posts if "position" in f.question], passing)


def test_a_first_name_before_a_partial_quote_is_written_out(nlp):
    text = (
        "Caleb Medley was shot in the Aurora theater in July 2012.\n\n"
        'His friend Michael West said Caleb can "make you laugh at the most mundane things."'
    )
    asked = [q for q in _questions(nlp, text) if q.startswith("Who said")]
    assert asked == ['Who said Caleb Medley can "make you laugh at the most mundane things"?']


def test_a_date_blank_opening_a_quote_reads_as_a_sentence(nlp):
    text = '"Four years ago, we had incredible turnout," Barack Obama told a Miami radio station.'
    article = Article(id="t", text=text, published=date(2012, 11, 7))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    (asked,) = [c.question for c in deck.cards if c.kind == "date"]
    assert asked.startswith('"In _____, we had incredible turnout,"')


@pytest.mark.parametrize(
    ("title", "text", "passing"),
    [
        (
            "Storm hits the coast",
            'The storm cut power to 80,000 homes. "Strong winds toppled trees onto the lines," '
            "said Sarah Dillingham, a forecaster.",
            True,
        ),
        (
            "Dillingham warns of more storms",
            'The storm cut power to 80,000 homes. "Strong winds toppled trees onto the lines," '
            "said Sarah Dillingham, a forecaster.",
            False,
        ),
        (
            "Storm hits the coast",
            'Sarah Dillingham tracked the storm. "Strong winds toppled trees onto the lines," '
            "said Dillingham, a forecaster.",
            False,
        ),
    ],
)
def test_a_source_named_once_to_be_quoted_is_a_passing_speaker(nlp, title, text, passing):
    # an article long enough to quote sources besides whom it is about (a brief is not)
    more = "\n\n".join(
        f"Crews in district {n} worked through the night to clear roads and restore lines."
        for n in range(1, 16)
    )
    said = facts_of_kind(nlp, f"{text}\n\n{more}", "who_said", date(2012, 11, 7), title)
    assert_all_passing(said, passing)


def test_a_linking_therefore_is_left_out_of_a_cloze(nlp):
    text = (
        "Therefore in August 2011 a judge ordered the state of Utah to pay off $4.6 million "
        "in debt incurred by Bruce Wisan."
    )
    questions = _questions(nlp, text)
    assert questions
    assert not [q for q in questions if "Therefore" in q or "therefore" in q]


def test_finally_goes_with_the_articles_date(nlp):
    text = (
        "Finally, all AMD Ryzen PRO CPUs are covered with a 36-month limited warranty, up from "
        "a 12-month warranty for consumer processors."
    )
    article = Article(id="t", text=text, published=date(2017, 6, 29))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    dated = [c.question for c in deck.cards if c.question.startswith("As of")]
    assert dated
    assert not [q for q in dated if "finally" in q.lower()]


def test_a_hyphenated_word_of_a_wh_phrase_stays_whole(nlp):
    text = "The Atlas sports a pre-order price of $44.95, the company said."
    article = Article(id="t", text=text, published=date(2012, 11, 6))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    asked = [c.question for c in deck.cards if "price" in c.question]
    assert asked
    assert not [q for q in asked if "pre - order" in q]


def test_today_of_what_people_at_large_are_doing_is_no_day(nlp):
    trend = "Today, people are coming from around the world to Serbia for sex change operations."
    day = "Today, protesters are marching through the streets of Paris against the pension law."
    assert not [q for q in _questions(nlp, trend) if q.startswith("On what date")]
    assert [q for q in _questions(nlp, day) if q.startswith("On what date")]


def test_whom_a_report_is_according_to_is_no_body_the_company_stands_for(nlp):
    text = (
        "According to Reuters, the Japanese company said its auto division will file for "
        "bankruptcy in California, where U.S. operations are based."
    )
    named = text.replace("the Japanese company", "Suzuki")
    assert not [q for q in _questions(nlp, text) if "bankruptcy" in q]
    assert [q for q in _questions(nlp, named) if "bankruptcy" in q]


def test_a_press_releases_dateline_is_cut_and_gives_its_date():
    from trainer.openers import strip_dateline

    opening = (
        "Berkeley, ca – November 13th, 2012 – earthmine Inc. announced today that it has "
        "entered into an agreement to be acquired by Nokia."
    )
    paragraphs, day = strip_dateline([opening, "More text."])
    assert paragraphs[0].startswith("earthmine Inc. announced today")
    assert day == date(2012, 11, 13)
    story = "Berkeley, the city council said on Tuesday, will vote on the budget next week."
    assert strip_dateline([story])[0] == [story]


def test_an_agency_before_the_place_and_a_photo_caption_before_the_dateline_are_cut():
    from trainer.openers import strip_dateline

    caption = "Rebekah Brooks, former chief executive of News International, in London. (AP)"
    story = "(CBS/AP) LONDON - British authorities on Tuesday charged an ex-aide to the minister."
    paragraphs, _ = strip_dateline([caption, story, "More."])
    assert paragraphs[0] == "British authorities on Tuesday charged an ex-aide to the minister."
    plain = ["Rebekah Brooks spoke in London. (AP)", "She said the paper had closed."]
    assert strip_dateline(plain)[0] == plain
