"""Faults of the twenty-fourth round (issue 10), from sample Q45: link labels read as people
('Watch Obama', 'Fire Ron Johnson'), a stake in a company the card does not name, a quoted
fragment whose subject is outside the quotation marks, a surname written in lower case. Each
test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import card_questions, cards_of

pytestmark = pytest.mark.slow


def test_a_link_label_is_no_part_of_the_story() -> None:
    """'... trickles down." Watch Obama tout his tax plan »' and '(See "Did J.C. Penney Pick
    The Exact Wrong Time To Fire Ron Johnson?")': links to other pages, whose words were read
    as people named 'Watch Obama' and 'Fire Ron Johnson' (sample Q45, three UNGRAM cards)."""
    from trainer.articles import article_from_text

    text = (
        "Obama said wealth does not trickle down. Watch Obama tout his tax plan »\n\n"
        "Penney lost money without much to show for the effort. (See “Did J.C. Penney Pick "
        "The Exact Wrong Time To Fire Ron Johnson?”)\n\nThe index rose 5% (see chart) today."
    )
    article = article_from_text(text, "page.txt")
    assert "Watch Obama" not in article.text
    assert "Fire Ron Johnson" not in article.text
    assert "Obama said wealth does not trickle down." in article.text
    assert "without much to show for the effort." in article.text
    assert "(see chart)" in article.text  # a bracket of the story's own stays


def test_a_stake_says_in_what(nlp) -> None:
    """'Soros Fund Management has taken a _____ stake in the retailer' (the retailer is J.C.
    Penney, named in the sentence before) and 'In what year did Warren Buffett purchase a
    controlling stake?' (sample Q45, NONSENSE)."""
    day = date(2013, 4, 26)
    before = "Bill Ackman is a J.C. Penney shareholder. "
    retailer = "Soros Fund Management has taken a 7.9% stake in {}, an SEC filing shows."
    assert not any(
        "7.9" in c.answer for c in cards_of(nlp, before + retailer.format("the retailer"), day)
    )
    assert any(
        "7.9" in c.answer for c in cards_of(nlp, before + retailer.format("J.C. Penney"), day)
    )
    buffett = "Warren Buffett is the richest man. In 1965, Buffett purchased a controlling stake{}."
    assert not card_questions(nlp, buffett.format(""), date(2008, 3, 6), "date")
    assert card_questions(nlp, buffett.format(" in Berkshire Hathaway"), date(2008, 3, 6), "date")


def test_a_quoted_fragment_without_its_subject_is_a_passing_detail(nlp) -> None:
    """'... characters like Ms Marvel who “ARE excited about these new heroes”' became 'Who
    said: "ARE excited about these new heroes"?' (sample Q45, UNGRAM)."""
    from tests.conftest import facts_of_kind

    text = (
        "Marvel vice president David Gabriel later issued a clarifying statement, saying there "
        "was a readership for characters like Ms Marvel and Miles Morales who “{}”. Gabriel "
        "spoke to ICv2 in Denver."
    )
    day = date(2017, 4, 1)
    fragment = facts_of_kind(
        nlp, text.format("ARE excited about these new heroes"), "who_said", day
    )
    assert fragment and all(f.passing for f in fragment)
    whole = "Readers ARE excited about these new heroes"
    assert not all(f.passing for f in facts_of_kind(nlp, text.format(whole), "who_said", day))


def test_a_surname_opening_a_sentence_keeps_its_capital(nlp) -> None:
    """'Drescher joined Real Housewives of New York in 2012' became 'In what year did
    drescher join ...?' (the tagger left the lone surname untagged)."""
    text = (
        "Aviva Drescher has not been asked back. Drescher joined Real Housewives of New York "
        "in 2012."
    )
    questions = card_questions(nlp, text, date(2013, 4, 26), "date")
    assert any("did Drescher join" in q for q in questions), questions
