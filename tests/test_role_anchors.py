"""role cards that must be true as of the article's date (issue 10, sample G): a post told
of an earlier time, a record rather than a post, a title cut out of a body's name, a post
many hold in one body. Invented sentences and real ones from sample G's pages."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import role_cards
from trainer.model import Article
from trainer.questions import role

pytestmark = pytest.mark.slow

NOV16 = date(2016, 11, 22)


def cards(nlp, text: str, published: date | None = NOV16) -> set[tuple[str, str]]:
    return role_cards(nlp, text, published)


def about(got: set[tuple[str, str]], person: str) -> set[tuple[str, str]]:
    return {(q, a) for q, a in got if person in q or a == person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the clause is dated well before the article
        ("In 2014, Acme chief executive Jane Roe sold the Dover plant.", "Jane Roe"),
        ("Last year, Acme chief executive Jane Roe sold the Dover plant.", "Jane Roe"),
        ("Acme chief executive Jane Roe sold the Dover plant in December 2015.", "Jane Roe"),
        ("On March 3, 2012, the board hired Acme chief executive Jane Roe.", "Jane Roe"),
        ("Two years ago, Dover police chief Jane Roe closed the station.", "Jane Roe"),
        (
            "In a 2014 interview, Acme chief executive Jane Roe said the plant would close.",
            "Jane Roe",
        ),
        # a past clause about the person is dated, and the main clause is not
        (
            "Dover police officer Jane Roe, who shot a man in 2014, said the man had a gun.",
            "Jane Roe",
        ),
        ("Jane Roe, a Dover police officer, shot a man in 2014.", "Jane Roe"),
        # a participle clause dated long before ('the Act, signed by ... in 1935')
        (
            "Friday is the 75th anniversary of the Dover Act, signed into law by Governor "
            "Jane Roe on August 14, 1935.",
            "Jane Roe",
        ),
        # a past clause says the holder was leaving the post
        ("Acme chief executive Jane Roe resigned on Monday.", "Jane Roe"),
        ("Dover schools Superintendent Jane Roe was on the verge of retirement.", "Jane Roe"),
        ("Acme chief executive Jane Roe stepped down after the vote.", "Jane Roe"),
        ("Acme chief executive Jane Roe announced her retirement in a letter.", "Jane Roe"),
        ("Acme chief executive Jane Roe resigned from her post on Monday.", "Jane Roe"),
        ("Acme chief executive Jane Roe resigned from Acme on Monday.", "Jane Roe"),
        ("Acme chief executive Jane Roe was fired by the board in March.", "Jane Roe"),
        # real: the Guardian, Nov 2016; the LA Times, Dec 2016, on the Dec 2015 shutdown
        (
            "Ferguson police officer Darren Wilson, who fatally shot Michael Brown in 2014, "
            "said the unarmed black teenager looked like a \u201cdemon\u201d.",
            "Darren Wilson",
        ),
        (
            "L.A. schools Supt. Ramon Cortines was on the verge of retirement and had turned "
            "over day-to-day control to his second-in-command, Michelle King (who, about a "
            "month later, would be named his successor).",
            "Ramon Cortines",
        ),
    ],
)
def test_no_card_for_a_post_told_of_an_earlier_time(nlp, text, person):
    assert about(cards(nlp, text), person) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the clause's own date is the news's: a date inside another clause is not the post's
        "Acme chief executive Jane Roe, who joined the firm in 2009, said on Tuesday that it "
        "would grow.",
        "Acme chief executive Jane Roe said on Tuesday that the plant, which opened in 1998, "
        "would close.",
        "Acme chief executive Jane Roe said the plant closed in 2014.",
        # a post held since then, or begun then
        "Jane Roe, Acme's chief executive since 2014, said it.",
        "Acme chief executive Jane Roe, who was appointed in 2012, said the plant would close.",
        # a date of the news before the title is no part of it
        "Last week Acme chief executive Jane Roe said the plant would close.",
        # present tense: held now
        "Acme chief executive Jane Roe says the plant, which she bought in 2014, is for sale.",
        "Acme chief executive Jane Roe has run the firm since 2014.",
        # a month of this year, or a date of the last weeks
        "Acme chief executive Jane Roe sold the Dover plant in October.",
        "Acme chief executive Jane Roe sold the Dover plant on Nov. 2.",
        "In May, Acme chief executive Jane Roe said the plant would close.",
        "He listened in on the July 25 call with Acme chief executive Jane Roe.",
        # a post being left, but not by its holder; or one she says she will leave
        "Acme chief executive Jane Roe accepted the resignation of the board.",
        "Acme chief executive Jane Roe accepted John Doe's resignation.",
        "Acme chief executive Jane Roe fired the plant manager on Monday.",
        "Acme chief executive Jane Roe says she will retire next year.",
        # she left something else than the post
        "Acme chief executive Jane Roe resigned from the board of Dover Bank.",
        "Acme chief executive Jane Roe retired from medicine at age 43.",
    ],
)
def test_a_post_held_at_the_articles_time_is_asked(nlp, text):
    got = cards(nlp, text)
    post = "Acme's chief executive" if "Acme's" in text else "Acme chief executive"
    assert ("As of November 2016, what was Jane Roe's position?", post) in got, got


def test_the_rule_reads_the_year_of_an_undated_article(nlp):
    text = "In 2014, Acme chief executive Jane Roe sold the Dover plant."
    article = Article(id="t", text=text, dated_from_text=2016)
    assert role.find(nlp(text), article) == []
    recent = Article(id="t", text=text, dated_from_text=2014)
    assert role.find(nlp(text), recent)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jane Roe, the first female president of Acme, said it.", "Jane Roe"),
        ("Jane Roe, the only Republican senator from Dover, voted no.", "Jane Roe"),
        ("Jane Roe, the youngest chief executive of Acme, said it.", "Jane Roe"),
        ("Acme's youngest director Jane Roe said it.", "Jane Roe"),
        ("Jane Roe, the last Soviet ambassador to Chile, said it.", "Jane Roe"),
        ("Acme's longest-serving chief executive Jane Roe said it.", "Jane Roe"),
        # real: The New York Times, Oct 2018 ("... since the end of the Cold War")
        (
            "Soon after her arrival in New York, Ms. Nikki R. Haley, the first cabinet-level "
            "United Nations ambassador for a Republican administration since the end of the "
            "Cold War, quickly made clear that she saw the position as a steppingstone to a "
            "higher political office.",
            "Haley",
        ),
    ],
)
def test_a_record_is_no_post(nlp, text, person):
    assert about(cards(nlp, text), person) == set()


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("Jane Roe, a best-selling author, said it.", "Jane Roe", "a best-selling author"),
        (
            "Scotland's First Minister Jane Roe said it.",
            "Jane Roe",
            "Scotland's First Minister",
        ),
        (
            "Dover's first deputy mayor Jane Roe said it.",
            "Jane Roe",
            "Dover's first deputy mayor",
        ),
    ],
)
def test_a_post_named_with_first_is_a_post(nlp, text, person, post):
    """and a description after "a" is one of many, no record."""
    got = cards(nlp, text)
    question = (
        f"As of November 2016, who was {person}?"
        if post.startswith("a ")
        else f"As of November 2016, what was {person}'s position?"
    )
    assert (question, post) in got, got


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        # the title is given with the whole name of the body it opens with
        (
            "American Federation of Government Employees President J. David Cox Sr., who also "
            "represents Energy employees, warned against it.",
            "J. David Cox Sr.",
            "American Federation of Government Employees President",
        ),
        ("Bank of America CEO Brian Moynihan said it.", "Brian Moynihan", "Bank of America CEO"),
        # "... CEO and a founding member of ...": the post is the first of the two
        (
            "The incident shows how a single anomaly can become a major setback for a space "
            "company, Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, "
            "told NBC News.",
            "Jim Cantrell",
            "Vector Space Systems CEO",
        ),
    ],
)
def test_a_title_is_never_cut_out_of_a_name(nlp, text, person, post):
    got = cards(nlp, text)
    assert (f"As of November 2016, what was {person}'s position?", post) in got, got
    clipped = {a for _, a in got} | {q for q, _ in got}
    assert not any(a.endswith((" and a", " and an", " and the")) for a in clipped), got
    assert all(post in q or person in q for q, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation the sentence splitter took for a sentence's end cuts the title
        "The call included Zimmer and LAPD Asst. Chief Earl Paysinger, according to interviews.",
        "The call included the Dover Dep. Chief Jane Roe, according to interviews.",
    ],
)
def test_a_title_cut_by_a_sentence_break_makes_no_card(nlp, text):
    got = cards(nlp, text)
    assert not any(a == "Chief" or q.endswith("the Chief?") for q, a in got), got


def test_a_title_after_a_name_with_for_is_given_with_the_whole_name(nlp):
    got = cards(nlp, "The National Federation for the Blind Commissioner Jane Roe said it.")
    assert got, "the post is asked, with its body's whole name"
    assert all(a.startswith("National Federation for") for q, a in got if "position" in q), got
    assert not any(a.startswith(("Blind", "the Blind")) for _, a in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a lawyer of a body or a person is one of many: no "Who was the ...?"
        "\u201cThey seem to have almost an infinite arsenal of different types of weapons,\u201d "
        "said Rachel Lederman, attorney for the National Lawyers Guild (NLG).",
        "Rachel Lederman, the lawyer for John Doe, said it.",
    ],
)
def test_no_who_card_for_an_attorney_of_a_body(nlp, text):
    got = cards(nlp, text)
    assert got, "the position card is still asked"
    assert not any(q.startswith("As of November 2016, who was the") for q, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, the U.S. attorney for the Southern District of New York, said it.",
        "Jane Roe, the U.S. Attorney for the Western District, said it.",
    ],
)
def test_an_attorney_for_a_place_is_one_post(nlp, text):
    got = cards(nlp, text)
    assert any(q.startswith("As of November 2016, who was the U.S.") for q, _ in got), got


def test_a_who_card_accepts_the_surname_not_the_suffix(nlp):
    text = "Acme Union President Jane P. Roe Jr. said on Monday the talks had failed."
    article = Article(id="t", text=text, published=date(2019, 11, 20))
    accepts = [f.accept for f in role.find(nlp(text), article) if f.answer.startswith("Jane")]
    assert accepts and all(a == ("Roe",) for a in accepts), accepts
