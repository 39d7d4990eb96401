"""Cards that ask again what another card of the article taught, or who only relayed the
news (issue 10, weak cards of unseen pages): the default deck keeps one card of each,
--all-cards keeps them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.repeats import one_card_a_date, one_card_a_quote
from trainer.questions.salience import FLOOR, PASSING, Reading, Rule, score

PLANT = """---
title: Acme picks Dover for battery plant
published: 2019-11-20
---
Acme Corp's board approved a $2 billion battery plant in Dover, Delaware, on Tuesday.

The Dover city council voted on Tuesday to give the plant a tax break worth $40 million.

"This plant will make Dover the battery capital of the East Coast," Acme chief executive Tom Poe told reporters. "We expect the first cells to ship in 2022."

The plant is Acme's fifth. Poe said the company chose Dover over sites in Ohio.
"""

SPOKESMAN = """---
title: Acme to build Dover battery plant
published: 2019-11-20
---
Acme Corp will build a $2 billion battery plant in Dover, Delaware, Acme spokesman John Doe said on Tuesday.

The plant will employ 1,500 people when it opens in 2022, according to Acme chief executive Tom Poe.

Tom Poe said Acme chose Dover over sites in Ohio and Michigan because of its port.
"""

GOVERNOR = """---
title: Acme to build Dover battery plant
published: 2019-11-20
---
Acme Corp will build a $2 billion battery plant in Dover, Delaware Governor Jane Carney announced on Tuesday at the Acme headquarters.

The plant will employ 1,500 people when it opens in 2022, according to Acme chief executive Tom Poe.

Tom Poe said Acme chose Dover over sites in Ohio and Michigan because of its port.
"""

DISNEY = """---
title: Disney+ signs up 10 million users in its first day
published: 2019-11-20
---
Disney's new streaming service signed up 10 million users in its first day, Disney Chief Executive Bob Iger told investors on Tuesday.

Disney+ costs $6.99 a month in the United States, and Disney plans to launch it in Europe in March.

The launch was marred by log-in problems, which Disney blamed on demand far above its forecasts.
"""

VOTE = """---
title: Nadia Mohamed elected mayor of Dover
published: 2023-11-09
---
Nadia Mohamed won the Dover mayoral election with 58% of the vote on Tuesday, defeating Dale Anderson, who got 41%.

Mohamed, 27, will be the first Somali American mayor of Dover when she takes office in January.

Turnout was 31%, the county clerk said.
"""

BRIDGE = """---
title: Harbor Bridge to close for repairs
published: 2019-11-20
---
"The Harbor Bridge deck is worn out and its steel needs new paint," state bridge engineer Jane Roe said on Tuesday.

"Drivers crossing the Harbor Bridge should plan for delays of at least 20 minutes at rush hour," Roe said.

The Harbor Bridge in Dover will close for six months of repairs starting in January.

"We will reopen one lane of the Harbor Bridge in each direction by the summer," Roe said.
"""


def _decks(tmp_path: Path, text: str) -> tuple[list, list]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    decks = []
    for name, flags in (("default", []), ("all", ["--all-cards"])):
        out = tmp_path / f"{name}.deck.yaml"
        assert main(["generate", str(article), "-o", str(out), *flags]) == 0
        decks.append(list(load_deck(out).cards))
    return decks[0], decks[1]


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    return _decks(tmp_path_factory.mktemp("plant"), PLANT)


def test_a_day_the_article_asks_twice_is_taught_once(plant):
    default, everything = plant
    dated = [c for c in everything if c.kind == "date" and c.answer.startswith("Tuesday, Nov. 19")]
    assert len(dated) == 2, [c.question for c in dated]
    kept = [c for c in default if c.kind == "date" and c.answer.startswith("Tuesday, Nov. 19")]
    assert len(kept) == 1


def test_the_post_of_a_spokesman_named_once_is_a_passing_detail(tmp_path):
    default, everything = _decks(tmp_path, SPOKESMAN)
    spokesman = {
        c.question for c in everything if c.kind == "role" and "John Doe" in (c.question + c.answer)
    }
    assert spokesman, "the generator found no post for the spokesman"
    assert not [c for c in default if c.kind == "role" and "John Doe" in (c.question + c.answer)]
    # the chief executive the article comes back to keeps his post
    assert any(c.kind == "role" and c.answer == "Acme chief executive" for c in default)


def test_an_article_quoting_one_person_asks_who_said_once(tmp_path):
    default, everything = _decks(tmp_path, BRIDGE)
    assert [c.answer for c in everything if c.kind == "who_said"] == ["Jane Roe"] * 3
    assert [c.answer for c in default if c.kind == "who_said"] == ["Jane Roe"]


def test_the_post_of_someone_the_article_names_once_is_a_passing_detail(tmp_path):
    default, everything = _decks(tmp_path, GOVERNOR)
    posts = {c.answer for c in everything if c.kind == "role"}
    assert {"Delaware Governor", "Acme chief executive"} <= posts, posts
    assert {c.answer for c in default if c.kind == "role"} == {"Acme chief executive"}


def test_a_post_at_the_article_s_main_body_is_kept_though_its_holder_is_named_once(tmp_path):
    default, _ = _decks(tmp_path, DISNEY)
    assert [c.answer for c in default if c.kind == "role"] == ["Disney Chief Executive"]


def _fact(kind: CardKind, question: str, answer: str, answer_type: AnswerType, **more) -> Fact:
    """A fact as a generator gives it, for the rules that read its kind, question and answer."""
    return Fact(
        kind=kind,
        key=f"{kind}|{question}",
        question=question,
        answer=answer,
        evidence=more.pop("evidence", ""),
        source="a",
        answer_type=answer_type,
        **more,
    )


def test_of_two_cards_of_one_day_the_question_asking_for_it_is_kept():
    def dated(question: str, salience: float) -> Fact:
        return _fact(
            CardKind.DATE,
            question,
            "Thursday, July 25, 2019",
            AnswerType("date", "month-day"),
            answer_value="2019-07-25",
            salience=salience,
        )

    cloze = dated("Jane Roe was surprised by the _____ call.", 0.6)
    asked = dated("On what date was the Acme board's call?", 0.4)
    kept = [f for _, f in one_card_a_date([(0, cloze), (1, asked)]) if f.salience >= Rule().floor]
    assert kept == [asked]


def test_a_sentence_gives_one_number_card(tmp_path):
    default, everything = _decks(tmp_path, VOTE)
    shares = [c.answer for c in everything if c.kind == "number" and "Dale Anderson" in c.evidence]
    assert sorted(shares) == ["41%", "58%"]
    kept = [c.answer for c in default if c.kind == "number" and "Dale Anderson" in c.evidence]
    assert kept == ["58%"]


def test_a_number_the_headline_shows_in_figures_counts_as_the_headline_s():
    text = (
        "Officials of the agency spoke on Monday.\n\nMore officials of the agency spoke on "
        "Tuesday.\n\nPostal workers will deliver it to five million homes."
    )
    card = _fact(
        CardKind.NUMBER,
        "Postal workers will deliver it to _____ homes.",
        "five million",
        AnswerType("number", "count"),
    )

    def scored(title: str) -> float:
        reading = Reading.of(Article(id="a", text=text, title=title), ())
        return score(reading, text.find("Postal"), card)

    shown = scored("Sweden tells 5,000,000 households how to survive a war")
    # a count after the lead is a passing detail unless the headline shows it
    assert scored("Sweden tells households how to survive a war") <= PASSING < FLOOR <= shown


def test_a_quotation_asked_who_said_gets_no_blank_of_its_own(plant):
    default, everything = plant
    said = {c.evidence for c in default if c.kind == "who_said"}
    assert said, "no Who said card"
    assert [c for c in everything if c.kind == "quote_cloze" and c.evidence in said]
    assert not [c for c in default if c.kind == "quote_cloze" and c.evidence in said]


def test_a_quotation_of_two_sentences_is_asked_who_said_once():
    passage = '"The deck is worn out. Drivers should plan for delays," Jane Roe said.'

    def said(question: str, speaker: str, evidence: str, salience: float) -> Fact:
        person = AnswerType("person")
        return _fact(
            CardKind.WHO_SAID, question, speaker, person, evidence=evidence, salience=salience
        )

    first = said('Who said: "The deck is worn out …"?', "Jane Roe", passage, 0.5)
    second = said('Who said: "Drivers should plan for delays"?', "Jane Roe", passage, 0.4)
    other = said('Who said: "Shops will lose $3 million"?', "John Doe", "Shops ...", 0.3)
    kept = [
        f.question
        for _, f in one_card_a_quote([(0, first), (1, second), (2, other)])
        if f.salience >= Rule().floor
    ]
    assert kept == [first.question, other.question]


INTERVIEW = """Acme opens a factory in Dover

Acme Corp opened a $40 million battery factory in Dover on Monday, creating 300 jobs.

"We looked at twelve towns before we chose Dover for the plant," said Jane Roe, the chief executive of Acme.

"The workers here built ships for a century, and they know heavy industry better than anyone," Roe said.

The mayor of Dover, John Doe, welcomed the plant at the opening ceremony.

"This is the largest investment the town has seen since the shipyard closed in 1992," Doe said.

Acme plans a second plant in the region by 2027, according to the company.

"We will hire most of the new staff from the old shipyard families," Roe said at the ceremony.
"""


def test_a_speaker_is_asked_who_said_once(tmp_path):
    """Of a speaker's quotes the deck asks the best (the lead's), whether the others are in
    the same passage or another (sample Q28: of 23 judged second quotes of a speaker, 8
    were worth studying)."""
    default, everything = _decks(tmp_path, INTERVIEW)
    roe = [c.evidence for c in everything if c.kind == "who_said" and c.answer == "Jane Roe"]
    assert len(roe) == 3, roe  # two paragraphs in a row, and one after Doe
    kept = [c.evidence for c in default if c.kind == "who_said" and c.answer == "Jane Roe"]
    assert len(kept) == 1 and "twelve towns" in kept[0], kept


def test_the_post_of_a_source_at_none_of_the_main_bodies_is_a_passing_detail():
    text = (
        "Acme raised $20 million, Jane Roe, Acme's chief executive, said.\n\n"
        '"Investors want profit," said Dale Chang, a vice president at Scale Partners. '
        "Chang said start-ups rent by the month. Chang said rents fell.\n\nRoe agreed."
    )
    reading = Reading.of(Article(id="a", text=text, title="Acme raises money"), ("acme", "roe"))

    def post(answer: str, person: str) -> float:
        question = f"As of November 2019, what was {person}'s position?"
        fact = _fact(CardKind.ROLE, question, answer, AnswerType("role"), person=person)
        return score(reading, text.find(person), fact)

    assert post("a vice president at Scale Partners", "Dale Chang") < Rule().floor
    assert post("Acme's chief executive", "Jane Roe") >= Rule().floor  # a main body's post
    assert post("the Acme’s vice president", "Dale Chang") >= Rule().floor  # curly "’s" too
    # named five times, the source is part of the story
    text = text.replace("Roe agreed.", "Chang left. Chang came back. Roe agreed.")
    reading = Reading.of(Article(id="a", text=text, title="Acme raises money"), ("acme", "roe"))
    assert post("a vice president at Scale Partners", "Dale Chang") >= Rule().floor


SIGNING = """---
title: Raiders sign quarterback Jane Roe
published: 2017-10-20
---
The Oakland Raiders signed quarterback Jane Roe to a two-year, $6 million contract on Thursday.

Roe was a first-round pick of the Dover Bills in 2013. The Bills released her after the 2016 season.

Roe had signed with the Dover Jets in March 2017 to a one-year, $800,000 deal before the Raiders called.

Raiders coach John Doe said Roe would start against Denver on Sunday.
"""


def test_a_sentence_after_the_lead_gives_one_card(tmp_path):
    default, everything = _decks(tmp_path, SIGNING)

    def of(cards, words):
        return sorted(
            c.kind
            for c in cards
            if words in c.evidence and c.kind not in ("who_said", "who_did", "headline")
        )

    assert of(everything, "one-year") == ["date", "number"], everything
    assert len(of(default, "one-year")) == 1, default
    # the lead's sentence keeps each of its facts: how much, and when
    assert of(default, "two-year") == ["date", "number"], default
