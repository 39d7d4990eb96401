"""Faults of the sixteenth round (issue 10), from samples Q3 and Q4: acts and quotes that lean
on what the sentence before told ('confirmed the development', '"The rescue mission was
successful"'). Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import facts_of_kind
from trainer.model import Article
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow

AUG10 = date(2012, 8, 10)


def _questions(nlp, text: str, published: date = AUG10) -> list[str]:
    article = Article(id="t", text=text, published=published)
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    return [c.question for c in cards]


@pytest.mark.parametrize(
    ("leaning", "standing", "shown"),
    [
        (
            "Edward Longwe, who is on holiday, confirmed the development on Thursday.",
            "Edward Longwe, who is on holiday, confirmed his dismissal on Thursday.",
            "on what date",
        ),
        (
            "Jane Roe, the party treasurer, welcomed the verdict on Monday in Leeds.",
            "Jane Roe, the party treasurer, welcomed the jury's verdict on Monday in Leeds.",
            "welcomed",
        ),
        (
            "As part of the expansion 250 Smart Fortwo models were shipped over to Toronto.",
            "As part of the Car2Go expansion 250 Smart Fortwo models were shipped over to Toronto.",
            "fortwo",
        ),
    ],
)
def test_an_act_the_sentence_before_told_of_makes_no_card(nlp, leaning, standing, shown):
    assert not [q for q in _questions(nlp, leaning) if shown in q.lower()]
    assert [q for q in _questions(nlp, standing) if shown in q.lower()]


def test_a_quote_opening_on_an_act_told_before_is_passing(nlp) -> None:
    text = (
        '"The rescue mission was successful, but it was a real cliffhanger," Ric Gillespie '
        'said. "Nikumaroro is where Amelia Earhart landed her plane," Gillespie added.'
    )
    facts = facts_of_kind(nlp, text, "who_said", AUG10)
    passing = {f.question: f.passing for f in facts}
    assert passing == {
        'Who said: "The rescue mission was successful, but it was a real cliffhanger"?': True,
        'Who said: "Nikumaroro is where Amelia Earhart landed her plane"?': False,
    }


def test_a_named_act_opening_a_quote_is_no_act_told_before(nlp) -> None:
    text = (
        '"The Paris Agreement was a mistake for the country," Jane Roe said. "The Kyoto '
        'protocol did nothing for Ohio," Roe added.'
    )
    facts = facts_of_kind(nlp, text, "who_said", AUG10)
    assert facts and not any(f.passing for f in facts), [(f.question, f.passing) for f in facts]


SFO = (
    "The Serious Fraud Office has dropped its claim on the party's donations.\n\n"
    'In August this year the SFO finally secured convictions against Asil Nadir on 10 "sample" '
    "counts of theft, relating to £29m embezzled from Polly Peck in the late 1980s."
)


def test_a_cut_leaves_no_stray_letter_of_an_amount(nlp) -> None:
    """Cutting ', relating to £29' left the 'm' of '£29m': 'counts of theft m embezzled'."""
    questions = _questions(nlp, SFO, date(2012, 10, 5))
    assert questions
    assert not [q for q in questions if " m " in q], questions


def test_a_question_opening_on_its_own_month_and_year_has_no_as_of(nlp) -> None:
    questions = _questions(nlp, SFO, date(2012, 10, 5))
    dated = [q for q in questions if q.startswith("In August 2012")]
    assert dated, questions
    assert not [q for q in questions if q.startswith("As of") and "August 2012" in q], questions


@pytest.mark.parametrize(
    ("text", "published", "kept", "lost"),
    [
        # 'has hit .366' was written 'has hit.366' (sample Q5)
        (
            "Chipper Jones has hit .366 with 13 doubles, five homers and 22 RBIs in 32 games "
            "since June 26, the Braves said on Thursday.",
            date(2012, 8, 9),
            "hit .366",
            "hit.366",
        ),
        # a fiscal quarter gets no calendar year (sample Q8)
        (
            "Apple reported fiscal fourth-quarter revenue of $36 billion on Thursday. Apple sold "
            "26.9 million iPhones in the fourth quarter, 58% more than a year earlier.",
            date(2012, 10, 26),
            "in the fourth quarter",
            "fourth quarter of 2012",
        ),
    ],
)
def test_a_question_keeps_the_source_s_words(nlp, text, published, kept, lost) -> None:
    questions = _questions(nlp, text, published)
    assert [q for q in questions if kept in q], questions
    assert not [q for q in questions if lost in q], questions


def test_an_inverted_attribution_is_not_part_of_the_name(nlp) -> None:
    """'Said Romney: "..."': the speaker is Romney, not 'Said Romney' (sample Q5)."""
    text = (
        "Mitt Romney spoke in Aurora on Sunday. Said Romney: \u201cWith emotions so high right "
        "now, this is really not a time to be talking about the politics associated with what "
        "happened in Aurora.\u201d"
    )
    article = Article(id="t", text=text, published=date(2012, 7, 24))
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert cards
    assert not [c for c in cards if "Said Romney" in c.question or c.answer == "Said Romney"]


def test_a_subject_set_off_by_an_aside_keeps_no_comma_before_its_verb(nlp) -> None:
    text = (
        "Tiger Woods, noted for his enthusiasm for the sport of golf, took a while to get going "
        "at the 2012 PGA Championship in his first round on Thursday."
    )
    questions = _questions(nlp, text, date(2012, 8, 9))
    assert [q for q in questions if q.startswith("Tiger Woods took a while")], questions
    assert not [q for q in questions if "Woods, took" in q], questions


def test_what_a_sentence_opening_on_if_supposes_is_no_fact(nlp) -> None:
    supposed = (
        "If the polls are correct, and President Obama wins a narrow Electoral College victory "
        "on Tuesday, the pivotal moment of the 2012 presidential race may have actually "
        "occurred in 2009."
    )
    assert not [q for q in _questions(nlp, supposed, date(2012, 11, 5)) if "Obama" in q]
    stated = "If the weather holds, Acme Corp. opened its new plant in Leeds on Friday, Nov. 2."
    assert [q for q in _questions(nlp, stated, date(2012, 11, 5)) if "Leeds" in q]


def test_a_state_told_of_today_has_no_date(nlp) -> None:
    text = (
        "Facebook went public in May at $38 a share. Today, Facebook is valued a bit north of "
        "$60 billion. Acme Corp. opened a plant in Leeds today."
    )
    questions = _questions(nlp, text, date(2012, 7, 24))
    assert not [q for q in questions if q.startswith("On what date is Facebook")], questions
    assert [q for q in questions if q.startswith("On what date did Acme Corp.")], questions


def test_a_firm_is_no_country_the_country_stands_for(nlp) -> None:
    leaning = "Volkswagen will invest 1.5 billion euros in the country, its carmakers said."
    standing = "Volkswagen will invest 1.5 billion euros in Slovakia, its carmakers said."
    assert not [q for q in _questions(nlp, leaning) if "invest" in q]
    assert [q for q in _questions(nlp, standing) if "invest" in q]


def test_a_count_whose_list_holds_a_participle_is_given_away(nlp) -> None:
    text = (
        "Adam Smith had planned to write three stories on Election Day: an analysis about the "
        "race being undecided, another one about Barack Obama winning and another one about "
        "Mitt Romney winning."
    )
    assert not [q for q in _questions(nlp, text, date(2012, 11, 7)) if "stories" in q]


@pytest.mark.parametrize(
    "quote",
    [
        "I would blame both the government and the Taliban for that",
        "We did not want to begin using a device like that in any kind of clandestine way",
        "Basically, it sat in the room where we did our training for close to a year",
    ],
)
def test_a_quote_pointing_at_what_was_told_before_is_passing(nlp, quote) -> None:
    text = (
        f'"{quote}," Masood Bangash said on Monday. "Peshawar has 400 schools for girls," '
        "Bangash added."
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2012, 10, 9))
    passing = {f.question: f.passing for f in facts}
    assert passing == {
        f'Who said: "{quote}"?': True,
        'Who said: "Peshawar has 400 schools for girls"?': False,
    }


def test_a_cut_leaves_no_conjunction_without_its_clause(nlp) -> None:
    text = (
        "Two cruise ships a day currently sail down Venice's narrow Giudecca canal, offering "
        "passengers spectacular views as they tower over St Marks Square but, according to "
        "protesters, polluting the delicate eco system of the lagoon."
    )
    questions = _questions(nlp, text, date(2012, 10, 1))
    assert not [q for q in questions if "according to protesters." in q], questions


def test_a_designator_ending_another_name_is_no_aircraft(nlp) -> None:
    """'the Indonesian Palapa B-1 communication satellites' named a B-1 bomber (sample Q6)."""
    satellite = (
        "Sally Ride was a mission specialist on her first mission, STS-7, which put the "
        "Canadian Anik C-2 and the Indonesian Palapa B-1 communication satellites into orbit."
    )
    article = Article(id="t", text=satellite, published=date(2012, 7, 24))
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert not [c for c in cards if c.kind == "aircraft"], [c.question for c in cards]
    bombers = "Two B-1 bombers flew over the Korean Peninsula on Monday, the Air Force said."
    article = Article(id="t", text=bombers, published=date(2012, 7, 24))
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert [c.answer for c in cards if c.kind == "aircraft"] == ["B-1"]


def test_a_post_told_with_when_it_was_held_is_not_asked_as_of_the_article(nlp) -> None:
    """'Kathleen Blanco, the governor of Louisiana when Hurricane Katrina struck her state in
    2005' was asked 'As of October 2012, what was Kathleen Blanco's position?' (sample Q6)."""
    then = (
        '"Your economy grinds to the halt," Kathleen Blanco, the governor of Louisiana when '
        "Hurricane Katrina struck her state in 2005, told The Star-Ledger on Wednesday."
    )
    now = (
        '"Your economy grinds to the halt," Kathleen Blanco, the governor of Louisiana, told '
        "The Star-Ledger on Wednesday."
    )
    published = date(2012, 10, 31)
    assert not facts_of_kind(nlp, then, "role", published, "")
    assert facts_of_kind(nlp, now, "role", published, "")


@pytest.mark.parametrize(
    ("text", "published", "answer"),
    [
        (
            "Spurs go into Thursday's clash against Maribor with three draws from three games, "
            "but a shock 1-0 home defeat to Wigan on Saturday means they are low on form.",
            date(2012, 11, 7),
            "Saturday, Nov. 3, 2012",
        ),
        (
            "Paul Maholm is 5-1 with a 1.41 ERA in his past seven starts, the loss coming "
            "Saturday against Houston in his Braves debut.",
            date(2012, 8, 9),
            "Saturday, Aug. 4, 2012",
        ),
    ],
)
def test_the_day_of_an_outcome_is_past(nlp, text, published, answer) -> None:
    """A defeat or a loss is known once it happened: its Saturday is the one before the
    article (samples Q5 and Q7 read both as the Saturday ahead)."""
    article = Article(id="t", text=text, published=published)
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert [c.answer for c in cards if c.kind == "date"] == [answer]


def test_a_holiday_gives_its_month_away() -> None:
    from trainer.model import AnswerType, CardKind, Fact
    from trainer.questions.giveaways import month_shown

    def dated(question: str) -> Fact:
        return Fact(
            kind=CardKind.DATE,
            key="k",
            question=question,
            answer="October 2012",
            evidence="",
            source="t",
            answer_type=AnswerType("date", "month"),
        )

    assert month_shown(dated("When did four aides fly to Washington a few days before Halloween?"))
    assert not month_shown(dated("When did four aides fly to Washington before Christmas?"))
    assert not month_shown(dated("When did four aides fly to Washington?"))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "John Doe, an American businessman, bought the island on Sunday. Doe paid $4 "
            "million. Doe said he would build a hotel there, and Doe plans to open it in May.",
            "an American businessman",
        ),
        (
            "Usain Bolt won the 200 meters on Thursday. Yohan Blake, Bolt's countryman and "
            "training partner, took silver. Blake said he was proud. Blake ran 19.44 seconds.",
            "Bolt's countryman and training partner",
        ),
    ],
)
def test_a_people_and_one_word_or_a_relation_is_no_post_to_learn(nlp, text, answer) -> None:
    """'Who was Gregory Viant Faull? -> an American businessman' fits millions; "Bolt's
    countryman and training partner" says whose Blake is, not his post (sample Q7): passing."""
    facts = [
        f for f in facts_of_kind(nlp, text, "role", date(2012, 11, 12), "") if f.answer == answer
    ]
    assert facts and all(f.passing for f in facts), [(f.question, f.passing) for f in facts]


def test_after_q8_a_weekday_in_a_title_makes_no_date(nlp) -> None:
    """'Friday Night Lights' was read as a Friday: 'during Friday, Oct. 26, 2012, Night
    Lights' _____ seasons' (sample Q8)."""
    text = (
        "Connie Britton said Friday Night Lights was her favourite show. Acme Corp. opened a "
        "plant in Leeds on Friday."
    )
    questions = _questions(nlp, text, date(2012, 11, 6))
    assert not [q for q in questions if "Nov. 2, 2012, Night" in q or "Britton" in q]
    assert [q for q in questions if "Acme Corp." in q], questions


def test_a_country_written_in_for_it_is_what_the_country_stands_for(nlp) -> None:
    """'In September, it (Turkey) expressed an interest ..., with one Turkish official telling
    Defense News the country plans to spend ...': the firm rule must not drop it (a fact of
    the seeds' gold, in the bundled article)."""
    from pathlib import Path

    from trainer.articles import read_article

    path = Path(__file__).parent.parent / "decks" / "articles" / "004_d663472cd4bb9700.txt"
    article = read_article(path)
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    dated = [c for c in cards if c.kind == "date" and "border security equipment" in c.question]
    assert [c.answer for c in dated] == ["September 2015"], [c.question for c in cards]
