"""The lead's statement as a who_did card (issue 10): news that is what someone said ('Texas
Gov. Rick Perry said Saturday that the Boy Scouts ... shouldn't soften ...') is asked 'Who
said in July 2012 that ...?'. Readers of samples Q41 to Q45 found the main news of such pages
asked nowhere. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import cards_of

pytestmark = pytest.mark.slow

DAY = date(2012, 7, 21)
OTHERS = (
    " Mitt Romney, who led the Boy Scouts' Olympic effort, disagreed. Barack Obama has"
    " criticised the policy. Rick Perry wrote a book about the Scouts. Jennifer Tyrrell was"
    " ousted as a den leader. Bob Mazzuca leads the Scouts."
)


def _who_did(nlp, text: str, day: date | None = DAY) -> list:
    return [c for c in cards_of(nlp, text, day) if c.kind == "who_did"]


def test_the_lead_s_statement_is_asked_with_the_article_s_month(nlp) -> None:
    """The speaker is the answer, the clause said is the question, the month is the
    article's, and the manner ('emphatically') and the day ('Saturday') are left out."""
    text = (
        "Texas Gov. Rick Perry said emphatically Saturday that the Boy Scouts of America "
        "shouldn't soften its strict membership policy." + OTHERS
    )
    cards = _who_did(nlp, text)
    assert [(c.question, c.answer) for c in cards] == [
        (
            "Who said in July 2012 that the Boy Scouts of America shouldn't soften its strict "
            "membership policy?",
            "Rick Perry",
        )
    ]
    # wrong answers are the article's other people, by their full names
    choices = [c for c in cards[0].choices if c != "Rick Perry"]
    assert choices and all(len(c.split()) >= 2 for c in choices), choices


def test_whom_it_was_told_stays_in_the_question(nlp) -> None:
    text = (
        "Health Secretary Kathleen Sebelius told CNN on Tuesday that President Barack Obama "
        "did not know of problems with the Affordable Care Act website until after its launch."
        " John Boehner wants her to resign. Marilyn Tavenner runs the agency."
    )
    questions = [c.question for c in _who_did(nlp, text, date(2013, 10, 23))]
    assert questions == [
        "Who told CNN in October 2013 that President Barack Obama did not know of problems "
        "with the Affordable Care Act website until after its launch?"
    ]


def test_a_quotation_is_no_statement(nlp) -> None:
    """Quoted words are who_said's question, never this one's."""
    text = (
        'Texas Gov. Rick Perry said Saturday the Boy Scouts of America "should keep its '
        'strict membership policy."' + OTHERS
    )
    assert _who_did(nlp, text) == []


def test_a_time_told_from_the_article_s_day_makes_no_statement(nlp) -> None:
    """'problems last week': the card cannot show which week."""
    text = (
        "Disney executive Kevin Mayer said Tuesday that a computer-coding glitch led to "
        "widespread problems last week." + OTHERS
    )
    assert _who_did(nlp, text, date(2019, 11, 19)) == []
    text = text.replace("problems last week", "problems at the launch")
    assert [c.answer for c in _who_did(nlp, text, date(2019, 11, 19))] == ["Kevin Mayer"]


def test_a_clause_is_not_cut_to_its_bare_verb(nlp) -> None:
    """'... the $300,000 he paid Brian Mulroney came?' (its 'after ...' cut off)."""
    text = (
        "Karlheinz Schreiber told MPs on Thursday the $300,000 he paid Brian Mulroney came "
        "after Fred Doucet told him the then prime minister was in desperate shape and "
        "needed the money right away." + OTHERS
    )
    assert not any(c.question.endswith(" came?") for c in _who_did(nlp, text, date(2007, 12, 6)))


def test_only_the_first_sentence_s_statement_and_only_with_a_date(nlp) -> None:
    statement = (
        "Texas Gov. Rick Perry said Saturday that the Boy Scouts of America shouldn't "
        "soften its strict membership policy."
    )
    assert _who_did(nlp, statement + OTHERS, None) == []  # no month to ask it with
    later = "The Boy Scouts of America met in Dallas on Friday to review the policy. "
    assert _who_did(nlp, later + statement + OTHERS) == []


def test_the_cli_writes_the_statement_card_and_counts_one_card(nlp, tmp_path, capsys) -> None:
    """The README's example: a one-card deck, reported as '1 card' (not '1 cards'), and
    `check` says the same."""
    from trainer.cli import main
    from trainer.decks import load_deck

    article = tmp_path / "said.txt"
    article.write_text(
        "---\ntitle: Texas governor backs the Scouts' ban\npublished: 2012-07-21\n---\n"
        "Texas Gov. Rick Perry said emphatically Saturday that the Boy Scouts of America "
        "shouldn't soften its strict membership policy.\n\nMitt Romney, who led the 2002 "
        "Winter Olympics, disagreed. Barack Obama has criticised the policy, and Scouts "
        "leader Bob Mazzuca defended it.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "said.deck.yaml"
    assert main(["generate", str(article), "-o", str(deck_path)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {deck_path}: 1 card (who_did 1) from 1 article" in out, out
    card = load_deck(deck_path).cards[0]
    assert card.answer == "Rick Perry"
    assert sorted(card.choices) == ["Barack Obama", "Bob Mazzuca", "Mitt Romney", "Rick Perry"]
    assert main(["check", str(deck_path)]) == 0
    assert ": 1 card (who_did 1), 1 source" in capsys.readouterr().out


def test_a_statement_told_before_its_speaker_is_asked(nlp) -> None:
    """'Private companies did not pay for ..., Communications Minister Fahmi Fadzil said
    today': the clause said first, a person after it. A body named after the news ('...,
    the company said') is where the news came from: no card."""
    others = " Rafizi Ramli disagreed. Anthony Loke spoke later. Anwar Ibrahim said nothing."
    day = date(2024, 6, 7)
    text = (
        "Private companies did not pay for Prime Minister Anwar Ibrahim's recent travels "
        "abroad, Communications Minister {} said today." + others
    )
    cards = _who_did(nlp, text.format("Fahmi Fadzil"), day)
    assert [(c.question, c.answer) for c in cards] == [
        (
            "Who said in June 2024 that private companies did not pay for Prime Minister "
            "Anwar Ibrahim's recent travels abroad?",
            "Fahmi Fadzil",
        )
    ]
    body = text.replace("Communications Minister {}", "the ministry")
    assert not _who_did(nlp, body, day)
    added = text.format("Fahmi Fadzil").replace("today.", "today, adding that he would quit.")
    assert not _who_did(nlp, added, day)  # '..., adding that ...': more than the clause said


def test_a_statement_told_by_announcing_after_a_teaser_and_an_aside(nlp) -> None:
    """'And here we were expecting a slice of key lime pie. Acme has surprised the tech
    world by announcing that the next version of Android, its mobile operating system, will
    be named KitKat': a teaser that names no one is not the lead's first sentence, the
    statement is told by 'by announcing', and the appositive is left out."""
    text = (
        "And here we were expecting a slice of key lime pie.\n\n{} has surprised the tech world "
        "by announcing that the next version of Android, its mobile operating system, will be "
        "named KitKat."
    )
    day = date(2013, 9, 4)
    cards = _who_did(nlp, text.format("Nokia"), day)
    assert [(c.question, c.answer) for c in cards] == [
        (
            "Who announced in September 2013 that the next version of Android will be named "
            "KitKat?",
            "Nokia",
        )
    ]
    # its wrong answers are its peers (the article names no other company)
    wrong = [c for c in cards[0].choices if c != "Nokia"]
    assert len(wrong) == 3
    from trainer.knowledge.organisations import peers

    assert set(wrong) <= set(peers("Nokia"))


def test_a_second_clause_said_is_left_out(nlp) -> None:
    """'... Barack Obama on Sunday said all nations must strive to rid the world of nuclear
    arms and that the U.S. had a "moral responsibility" to lead ...' (sample Q53: its page
    had no card): the first clause said is asked, without the quoted second one."""
    text = (
        "Declaring the future of mankind at stake, President Barack Obama on Sunday said all "
        "nations must strive to rid the world of nuclear arms and that the U.S. had a "
        '"moral responsibility" to lead. Dmitry Medvedev, Vaclav Klaus and Kim Jong Il were '
        "not there."
    )
    cards = _who_did(nlp, text, date(2009, 4, 5))
    assert [(c.question, c.answer) for c in cards] == [
        (
            "Who said in April 2009 that all nations must strive to rid the world of nuclear arms?",
            "Barack Obama",
        )
    ]
