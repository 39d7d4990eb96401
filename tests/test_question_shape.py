"""The shape of questions (issue 10): short wh-questions rather than whole-sentence clozes,
and no blank that gives itself away (the article's topic, a name shown in the question, the
answer of another card of the same sentence). Real corpus sentences and invented ones."""

from __future__ import annotations

import re
import statistics
from datetime import date

import pytest

from tests.conftest import corpus_files, needs_corpus
from trainer.articles import read_article
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.pipeline import build_deck, facts_of
from trainer.questions.giveaways import without_giveaways

NOV19 = date(2019, 11, 19)


def fact(kind: CardKind, question: str, answer: str, evidence: str = "One sentence.") -> Fact:
    return Fact(
        kind=kind,
        key=f"{kind}-{answer}",
        question=question,
        answer=answer,
        evidence=evidence,
        source="t",
        answer_type=AnswerType(str(kind)),
    )


def words(text: str) -> int:
    return len(re.findall(r"[\w$%'’-]+", text.replace(CLOZE_BLANK, " blank ")))


# -- giveaways, without a parse ------------------------------------------------------


def test_a_name_of_the_answer_shown_in_the_question_gives_it_away():
    shown = fact(
        CardKind.WHO_SAID,
        'Who said: "Epstein was never watched as closely as the rules required"?',
        "Jeffrey Epstein",
    )
    hidden = fact(CardKind.WHO_SAID, 'Who said: "The guards slept"?', "Jeffrey Epstein")
    kept = without_giveaways("no parse", [(0, shown), (1, hidden)])
    assert [f.question for _, f in kept] == [hidden.question]


def test_a_cloze_never_blanks_what_a_sibling_card_shows_as_its_answer():
    evidence = "Emirates ordered 30 Boeing 787-9 jets on Wednesday."
    aircraft = fact(
        CardKind.AIRCRAFT, "What aircraft did Emirates order 30 of?", "Boeing 787-9", evidence
    )
    number = fact(
        CardKind.NUMBER,
        f"Emirates ordered {CLOZE_BLANK} on Wednesday.",
        "30 Boeing 787-9 jets",
        evidence,
    )
    date_card = fact(
        CardKind.DATE,
        f"Emirates ordered 30 Boeing 787-9 jets {CLOZE_BLANK}.",
        "on Wednesday",
        evidence,
    )
    elsewhere = fact(
        CardKind.NUMBER,
        f"Qatar ordered {CLOZE_BLANK}.",
        "30 Boeing 787-9 jets",
        "Another sentence.",
    )
    kept = [
        f
        for _, f in without_giveaways(
            "no parse", [(0, aircraft), (0, number), (0, date_card), (5, elsewhere)]
        )
    ]
    assert number not in kept
    assert kept == [aircraft, date_card, elsewhere]


# -- the topic entity, through the pipeline's map step ----------------------------

SWEDEN = (
    "Sweden drops the case.\n\n"
    "Prosecutors in Sweden have dropped an investigation into a rape allegation made "
    "against the publisher Anna Berg, the authorities said on Tuesday.\n\n"
    "The case had been open in Sweden since 2010. Officials in Sweden said the evidence "
    "had weakened over time.\n\n"
    "Anna Berg has lived in London since 2012."
)


@pytest.mark.slow
def test_no_blank_on_the_topic_place_of_the_article(nlp):
    article = Article(id="t", text=SWEDEN, published=NOV19)
    found = [f for _, f in facts_of(article, nlp).facts]
    answers = {f.answer for f in found}
    assert "Sweden" not in answers
    assert answers, "the article still gives cards"


STRIKES = (
    "Russia strikes targets in Syria.\n\n"
    "Russia launched new air strikes in Syria on Tuesday, and Russia said it had warned "
    "Turkey in advance. Russia has flown missions over Syria since September.\n\n"
    "Officials in Turkey said the strikes hit villages in northern Syria. Russia denied it.\n\n"
    "The strikes were the heaviest in Syria this month, a monitoring group in London said."
)


EXTRADITION = (
    "Prosecutors in Norway have dropped a fraud case against the publisher Anna Berg.\n\n"
    "Anna Berg, who lives in the United States, has fought extradition from the United "
    "States for years. Officials in the United States said she would stay there. Lawyers "
    "in the United States welcomed the news, and the United States did not comment.\n\n"
    "The case had been open in Norway since 2012. A court in Oslo heard it in 2015, and "
    "the police in Norway closed it on Tuesday, a spokesman in the United States said."
)


@pytest.mark.slow
def test_no_blank_on_a_place_the_lead_names_and_the_article_repeats(nlp):
    """Norway is named in the lead and twice more: what the article is about, even though
    the United States is mentioned more often."""
    article = Article(id="t", text=EXTRADITION, published=NOV19)
    found = [f for _, f in facts_of(article, nlp).facts]
    assert found, "the article still gives cards"
    assert [f.question for f in found if f.answer == "Norway"] == []


@pytest.mark.slow
def test_no_blank_on_a_place_mentioned_nearly_as_often_as_the_top_one(nlp):
    """An article about Russia's strikes in Syria is about both: neither is a blank."""
    article = Article(id="t", text=STRIKES, published=NOV19)
    found = [f for _, f in facts_of(article, nlp).facts]
    answers = {f.answer for f in found}
    assert answers, "the article still gives cards"
    assert not answers & {"Russia", "Syria"}, answers


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize(
    ("article", "topic"),
    [("19-plague-cases-china", "China"), ("18-pge-power-shutoff", "California")],
)
def test_corpus_articles_make_no_card_blanking_their_topic(nlp, article, topic):
    path = next(p for p in corpus_files(".txt") if p.stem == article)
    found = [f for _, f in facts_of(read_article(path), nlp).facts]
    assert found
    assert [f.question for f in found if f.answer == topic] == []


# -- the corpus deck's shape ------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_deck(nlp):
    articles = [read_article(p) for p in corpus_files(".txt")]
    return build_deck(articles, "corpus", "Corpus", nlp=nlp).deck


@pytest.mark.slow
@needs_corpus
def test_corpus_questions_are_short(corpus_deck):
    lengths = [words(card.question) for card in corpus_deck.cards]
    assert statistics.median(lengths) <= 22
    assert [c.question for c in corpus_deck.cards if words(c.question) > 40] == []


# -- wh-questions cut from their clause (real corpus sentences, then invented ones) -----

WH = [
    # (sentence, answer, expected question)
    (
        "In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition "
        "request from the US.",
        "June 2019",
        "In what month did the then UK Home Secretary, Sajid Javid, formally approve an "
        "extradition request from the US?",
    ),
    (
        "In August, CBP announced that it would not be vaccinating migrant families in its "
        "holding centers ahead of the flu season.",
        "August 2019",
        "In what month did CBP announce that it would not be vaccinating migrant families in "
        "its holding centers ahead of the flu season?",
    ),
    (
        "The Swedish investigation into Julian Assange had been shelved in 2017 but was "
        "re-opened earlier this year following his eviction from the embassy.",
        "2017",
        "In what year had the Swedish investigation into Julian Assange been shelved?",
    ),
    (
        "Julian Assange was due to be released from HMP Belmarsh in September after serving "
        "the custody period of his jail term.",
        "September 2019",
        "In what month was Julian Assange due to be released from HMP Belmarsh after serving "
        "the custody period of his jail term?",
    ),
    (
        "The Taliban members were released in Doha, Qatar, where the group maintains a "
        "political office, according to a Taliban representative.",
        "Doha",
        "Where were the Taliban members released, according to a Taliban representative?",
    ),
    (
        "Separately, Senator Anna Berg was arrested in Paris on Friday and released on bail.",
        "Paris",
        "Where was Senator Anna Berg arrested on Friday?",
    ),
    (  # the answer in a clause describing a noun: asked about the noun
        "Prosecutors in Sweden have dropped an investigation into a rape allegation made "
        "against Wikileaks co-founder Julian Assange in 2010.",
        "2010",
        "In what year was a rape allegation made against Wikileaks co-founder Julian Assange?",
    ),
    (
        "The merger of Gannett and GateHouse Media, which became final in November, will "
        "create the largest newspaper chain in the country.",
        "November 2019",
        "In what month did the merger of Gannett and GateHouse Media become final?",
    ),
    (
        "Although the talks had stalled, Anna Berg flew to Paris in March.",
        "March 2019",
        "In what month did Anna Berg fly to Paris?",
    ),
    # 'since' asks since when (invented, after a corpus sentence)
    (
        "Sony has offered its Sony Now service since 2014.",
        "2014",
        "As of November 2019, since what year has Sony offered its Sony Now service?",
    ),
    (
        "Acme has been based in Ohio since March 2012, the company said.",
        "March 2012",
        "Since when has Acme been based in Ohio?",
    ),
]


def found_facts(nlp, text: str):
    article = Article(id="t", text=text, published=NOV19)
    return [f for _, f in facts_of(article, nlp).facts]


WH.append(
    (  # the aside in parentheses and the trailing ', featuring ...' go
        "Stadia is launching with 22 games (the addition of 10 extra titles was announced over "
        "the weekend after the initial dozen offerings were revealed last week), featuring "
        "popular franchises such as Assassin's Creed, Tomb Raider, Red Dead Redemption, Destiny "
        "and more.",
        "22",
        "As of November 2019, with how many games is Stadia launching?",
    )
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), WH)
def test_wh_question_from_the_clause(nlp, text, answer, question):
    asked = [f.question for f in found_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


CLOZES = [
    # (sentence, answer, the cloze's first words): kept as a cloze, cut to its clause
    (
        "While some Indiana protesters chanted, “Red for Ed,” in a Statehouse hallway, Indiana "
        "House Speaker Brian Bosma spoke before lawmakers defending the state budget approved "
        "by Republicans in April that boosted base school spending by 2.5% each of the next two "
        "years.",
        "April 2019",
        "Indiana House Speaker Brian Bosma spoke before lawmakers",
    ),
    (  # 'Where' would lose 'in 2012': the place is not the whole phrase
        "Anna Berg was born in Paris in 1975.",
        "Paris",
        f"Anna Berg was born in {CLOZE_BLANK} in 1975.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "start"), CLOZES)
def test_cloze_cut_to_its_clause(nlp, text, answer, start):
    asked = [f.question for f in found_facts(nlp, text) if f.answer == answer]
    assert len(asked) == 1
    assert asked[0].startswith(start) and CLOZE_BLANK in asked[0]
    assert words(asked[0]) <= 40


NOT_WH = [
    # (sentence, answer): no wh-question, whatever else the sentence gives
    (  # 'and more was expected': dropping the second verb would leave 'and more?'
        "A storm system dumped about 2 inches (50.8 millimeters) of rain in the San Diego "
        "County area on Tuesday and more was expected Wednesday.",
        "Tuesday",
    ),
    (  # the parser took the dateline for the subject
        "Indianapolis – Several thousand teachers wearing red surrounded the Indiana "
        "Statehouse on Tuesday to call for better pay.",
        "Tuesday",
    ),
    (  # 'the unilateral move', lifted out of its sentence, does not say which move
        "The Arab League condemned the unilateral move announced on Monday by US Secretary of "
        "State Mike Pompeo.",
        "Monday",
    ),
    (  # 'that was burned' may describe the area or the counties: 'was' says the area
        "Voluntary evacuation warnings were issued for a few communities in an area of Orange "
        "and Riverside counties that was burned in a wildfire in 2018.",
        "2018",
    ),
    (  # 'a marathon series': the only name is in parentheses
        "Granollers and Feliciano Lopez sealed the victory for Spain in a marathon series that "
        "ended close to 2 a.m. local time (0100 GMT) on Wednesday.",
        "Wednesday",
    ),
    (  # 'the 48-year-old Australian' is someone named in an earlier sentence
        "The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail for "
        "breaching his bail conditions.",
        "April 2019",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), NOT_WH)
def test_no_wh_question_where_it_would_be_wrong(nlp, text, answer):
    asked = [f.question for f in found_facts(nlp, text) if f.answer == answer]
    assert all(CLOZE_BLANK in q for q in asked), asked
    assert not any(q.endswith(" and more?") for q in asked)


def test_a_word_made_from_the_answer_gives_it_away_too():
    syrian = fact(
        CardKind.PLACE,
        "Where did Russia begin conducting airstrikes in support of the regime of Syrian "
        "president Bashar Assad?",
        "Syria",
    )
    plain = fact(CardKind.PLACE, "Where did Russia begin conducting airstrikes?", "Syria")
    kept = [f for _, f in without_giveaways("no parse", [(0, syrian), (1, plain)])]
    assert kept == [plain]
