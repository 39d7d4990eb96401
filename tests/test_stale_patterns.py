"""Facts that go stale (issue 10): a post ("Who is the Wild coach?") or a number that holds at
the time of writing ("is offered at $9.99", "has avoided extradition for seven years") is
asked "As of <the article's month>, ..."; with no date known it is a passing detail, left
out of the default deck and kept by --all-cards. Sentences are invented or from
../shared/corpus."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.model import Article, Fact
from trainer.questions import number, role

pytestmark = pytest.mark.slow

NOV19 = date(2019, 11, 19)


def facts(nlp, text: str, published: date | None, kind=number) -> list[Fact]:
    article = Article(id="t", text=text, published=published)
    return kind.find(nlp(text), article)


def asked(nlp, text: str, answer: str, published: date | None, kind=number) -> Fact:
    found = [f for f in facts(nlp, text, published, kind) if f.answer == answer]
    assert len(found) == 1, [(f.question, f.answer) for f in facts(nlp, text, published, kind)]
    return found[0]


# -- roles ---------------------------------------------------------------------------------

ROLES = (
    "Wild coach Bruce Boudreau praised the team. Ryan Suter, a Wild defenseman, scored twice. "
    "Boudreau said Suter played well."
)


def test_an_undated_article_makes_every_post_a_passing_detail(nlp):
    found = facts(nlp, ROLES, None, role)
    questions = {f.question: f.passing for f in found}
    assert questions == {
        "Who is the Wild coach?": True,
        "What is Bruce Boudreau's position?": True,
        "Who is Ryan Suter?": True,
    }


def test_a_dated_article_asks_every_post_as_of_its_month(nlp):
    found = facts(nlp, ROLES, NOV19, role)
    assert {f.question: f.answer for f in found} == {
        "As of November 2019, who was the Wild coach?": "Bruce Boudreau",
        "As of November 2019, what was Bruce Boudreau's position?": "Wild coach",
        "As of November 2019, who was Ryan Suter?": "a Wild defenseman",
    }
    assert not any(f.passing for f in found)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Acme co-founder Jane Roe spoke at the event.", "Jane Roe"),
        ("Jane Roe, the founder of Acme, spoke at the event.", "Jane Roe"),
        ("Jane Roe, the cofounder of Acme, spoke at the event.", "Jane Roe"),
        ("Wikileaks co-founder Julian Assange spoke at the event.", "Julian Assange"),
        ("Former Acme head Jane Roe spoke at the event.", "Jane Roe"),
    ],
)
def test_a_post_held_for_good_stays_in_an_undated_deck(nlp, text, person):
    found = [f for f in facts(nlp, text, None, role) if f.person == person]
    assert found and not any(f.passing for f in found), [(f.question, f.passing) for f in found]


# -- numbers -------------------------------------------------------------------------------

# (sentence, answer, the question on a dated article: "As of November 2019, ...")
PRESENT = [
    # a present perfect, in a wh-question (the duration asked "How long")
    (
        "Assange, who denies the accusation, has avoided extradition to Sweden for seven years "
        "after seeking refuge at the Ecuadorean embassy in London in 2012.",
        "seven years",
        "As of November 2019, how long has Assange avoided extradition to Sweden after seeking "
        "refuge at the Ecuadorean embassy in London in 2012?",
    ),
    # a present passive with an infinitive
    (
        "Some 200 U.S. military personnel are believed to remain at the al-Tanf base.",
        "200",
        "As of November 2019, about how many U.S. military personnel are believed to remain at "
        "the al-Tanf base?",
    ),
    (
        "The ICC is expected to take key decisions on two cases against Israel in the coming "
        "weeks, including relating to Israeli settlements.",
        "two",
        "As of November 2019, on how many cases is the ICC expected to take key decisions "
        "against Israel in the coming weeks, including relating to Israeli settlements?",
    ),
    # a cloze: its first word keeps its capital when it is a name ...
    (
        "Google's gaming offering, which is offered at a $9.99 monthly rate for its Stadia Pro "
        "subscription, is centered on the growing industry of game streaming.",
        "$9.99",
        "As of November 2019, Google's gaming offering, which is offered at a _____ monthly "
        "rate for its Stadia Pro subscription, is centered on the growing industry of game "
        "streaming.",
    ),
    # ... and loses it when it is not; "Right now" is what the date says
    (
        "Right now, having scored four times during a three-game streak, Parise is brimming "
        "with confidence.",
        "three-game",
        "As of November 2019, having scored four times during a _____ streak, Parise is "
        "brimming with confidence.",
    ),
    (
        "The basic plan, which is priced at $12.99 a month, includes live sports from Acme.",
        "$12.99",
        "As of November 2019, the basic plan, which is priced at _____ a month, includes live "
        "sports from Acme.",
    ),
    # a present verb, "currently"
    (
        "Acme currently employs 3,000 people in Ohio.",
        "3,000",
        "As of November 2019, how many people does Acme currently employ in Ohio?",
    ),
    (
        "The cheapest Tesla model costs about $30,000 in Ohio, while the luxury version sells "
        "for more.",
        "$30,000",
        "As of November 2019, about how much does the cheapest Tesla model cost in Ohio?",
    ),
    # a present modal in the number's clause, under "continues to"
    (
        "Mr. Trump continues to give mixed signals about whether he actually wants a deal and "
        "if any of his tariffs on $360 billion worth of Chinese goods will ever be removed.",
        "$360 billion",
        "As of November 2019, Mr. Trump continues to give mixed signals about whether he "
        "actually wants a deal and if any of his tariffs on _____ worth of Chinese goods will "
        "ever be removed.",
    ),
    # 'The' loses its capital, even before a name
    (
        "The National Institute on Drug Abuse has also estimated that 964,000 people age 12 "
        "and older, which account for about 0.4 percent of the total U.S. population, reported "
        "a methamphetamine use disorder in 2017, marking a significant increase from the "
        "previous year.",
        "964,000",
        "As of November 2019, the National Institute on Drug Abuse has estimated that _____ "
        "people age 12 and older reported a methamphetamine use disorder in 2017.",
    ),
    (
        "At least 106 protesters in 21 cities have been killed, according to credible reports "
        "received by Amnesty.",
        "21",
        "As of November 2019, at least 106 protesters in _____ cities have been killed, "
        "according to credible reports received by Amnesty.",
    ),
    # an opening that leans on the sentence before goes with the date
    (
        "Separately, the Congressional Budget Office projects that the tariffs will reduce "
        "the national output by 0.3 percent by 2020.",
        "0.3 percent",
        "As of November 2019, the Congressional Budget Office projects that the tariffs will "
        "reduce the national output by _____ by 2020.",
    ),
    # a running total with a past verb
    (
        "Police found 14 bodies so far in the river near Dover.",
        "14",
        "As of November 2019, how many bodies did police find so far in the river near Dover?",
    ),
]


@pytest.mark.parametrize("text, answer, question", PRESENT)
def test_a_number_that_holds_now_is_asked_as_of_the_articles_month(nlp, text, answer, question):
    fact = asked(nlp, text, answer, NOV19)
    assert (fact.question, fact.passing) == (question, False)


@pytest.mark.parametrize("text, answer, question", PRESENT)
def test_a_number_that_holds_now_is_a_passing_detail_without_a_date(nlp, text, answer, question):
    fact = asked(nlp, text, answer, None)
    assert "As of" not in fact.question
    assert fact.passing, fact.question


@pytest.mark.parametrize(
    "text, answer",
    [
        ("Three Taliban prisoners were flown to Qatar on Tuesday.", "Three"),
        # the attribution's present is not the number's
        ("Acme says it lost $5 million last year on the Boeing deal.", "$5 million"),
        ("Officials say 224 people were killed when the plane crashed in Egypt.", "224"),
        # a past modal reports, it does not hold now
        (
            "Mr. Roe said the plan to widen the M4 would cost $4 billion over ten years.",
            "$4 billion",
        ),
        # a time to come states nothing that holds now (a condition makes no card at all:
        # tests/test_hedged_clauses.py)
        (
            "Those issues will play out on Wednesday when the ten Democratic candidates meet in "
            "Atlanta just 75 days before primary voting begins.",
            "75 days",
        ),
        # the sentence dates its own state
        (
            "Soon-Shiong remains a major shareholder of Tribune, with 24.4% of the company as "
            "of March 20.",
            "24.4%",
        ),
    ],
)
def test_a_past_number_is_neither_anchored_nor_passing(nlp, text, answer):
    for published in (NOV19, None):
        fact = asked(nlp, text, answer, published)
        assert "As of" not in fact.question
        assert not fact.passing, fact.question


def test_a_number_too_long_to_carry_its_date_is_kept_undated_as_a_passing_detail(nlp):
    text = (
        "The orbiter will carry a set of cameras, spectrometers, and a radar to study the "
        "thickness of Titan's icy crust during 38 flybys, and perhaps yield further insights "
        "into the methane clouds above the moon's surface while it's there."
    )
    fact = asked(nlp, text, "38", NOV19)
    assert "As of" not in fact.question
    assert fact.passing, fact.question


# -- the deck --------------------------------------------------------------------------------


def test_the_default_deck_leaves_undated_posts_and_counts_out(tmp_path, capsys):
    article = tmp_path / "stadia.txt"
    article.write_text(
        "Google launched its Stadia game streaming service on Tuesday in 14 countries.\n\n"
        "Stadia Pro is offered at $9.99 a month, director for games at Google Jack Buser said. "
        "Google co-founder Larry Page did not attend the launch in London.\n\n"
        "Page sent a video message instead. Page wished the team luck.\n",
        encoding="utf-8",
    )
    default, every = tmp_path / "default.deck.yaml", tmp_path / "all.deck.yaml"
    assert main(["generate", str(article), "-o", str(default)]) == 0
    assert main(["generate", str(article), "-o", str(every), "--all-cards"]) == 0
    kept = {c.question: c.answer for c in load_deck(default).cards}
    everything = {c.question: c.answer for c in load_deck(every).cards}
    stale = {
        q: a for q, a in everything.items() if "Jack Buser" in (q, a) or a in ("$9.99", "Jack")
    }
    assert stale, everything
    assert not set(stale) & set(kept), kept
    assert any(a == "Larry Page" or "Larry Page" in q for q, a in kept.items()), kept
    assert not any("As of" in q for q in everything)


def test_a_post_two_undated_articles_state_stays_a_passing_detail(tmp_path):
    """Two articles make a fact matter more, but not make an undated post dated."""
    paths = []
    for name, news in (("a", "met the Taliban"), ("b", "visited Kabul on a trip")):
        path = tmp_path / f"{name}.txt"
        path.write_text(
            f"Secretary of State Mike Pompeo {news}, officials said.\n\n"
            f"Pompeo {news} after a long delay.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    default, every = tmp_path / "default.deck.yaml", tmp_path / "all.deck.yaml"
    assert main(["generate", *paths, "-o", str(default)]) == 0
    assert main(["generate", *paths, "-o", str(every), "--all-cards"]) == 0
    posts = [c for c in load_deck(every).cards if c.kind == "role"]
    assert any(len(c.sources) == 2 for c in posts), [(c.question, c.sources) for c in posts]
    assert not [c for c in load_deck(default).cards if c.kind == "role"]


def test_a_quotation_is_asked_as_its_speaker_said_it(nlp):
    # the present of a quotation is its speaker's: no date before the opening quote mark
    text = (
        "“With eight launches, your probability of success goes down to about 50 percent,” "
        "Jane Roe told the Acme panel."
    )
    fact = asked(nlp, text, "50 percent", NOV19)
    assert fact.question.startswith("“With eight launches") and not fact.passing
