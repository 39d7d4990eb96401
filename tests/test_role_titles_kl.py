"""role: where a post's words stop and which posts are asked (samples K and L). Courtesy
titles and honours are no part of a post; a post never reaches into another noun phrase or
ends inside one; a post at a body its holder left is not asked "As of" the article; a job
said two ways ('lawyer', 'Trump attorney') is never a wrong option for the other; a post
placed nowhere that everyone knows ('President') or that is someone's by a pronoun ('his
lawyer') is a passing detail. Invented sentences, and real ones from unseen news pages."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import number_questions, role_cards
from trainer.language.posts import COURTESY_WORDS
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions import role

pytestmark = pytest.mark.slow

APR12 = date(2012, 4, 17)


def position(person: str) -> str:
    possessive = f"{person}'" if person.endswith("s") else f"{person}'s"
    return f"What is {possessive} position?"


# (text, person, the post as the card answers it)
COURTESY = [
    # l20 (telegraph): "His Honour" is a style of address, and "QC" an honour after the name
    (
        "His Honour Judge Neil Ford QC sentenced sobbing Hartley to three years for "
        "manslaughter by gross negligence.",
        "Neil Ford",
        "Judge",
    ),
    # l17 (trinidadexpress): a courtesy title between the post and the name
    (
        "Melissa Jagessar was charged with the offence on Wednesday 27th April, 2022, by "
        "Detective Cowie Massy of the Homicide Bureau of Investigations, following the advice "
        "of Deputy Director of Public Prosecutions Mrs. Joan Honoré-Paul.",
        "Joan Honoré-Paul",
        "Deputy Director of Public Prosecutions",
    ),
    ("Acme chairman Sir John Roe said profits rose.", "John Roe", "Acme chairman"),
    ("Foreign Minister Dr. Jane Roe said it.", "Jane Roe", "Foreign Minister"),
    ("His Excellency Ambassador Jane Roe said it.", "Jane Roe", "Ambassador"),
]


@pytest.mark.parametrize(("text", "person", "post"), COURTESY)
def test_a_courtesy_title_is_no_part_of_a_post(nlp, text, person, post):
    found = role_cards(nlp, text)
    assert (position(person), post) in found, found
    for question, answer in found:
        words = {w.lower().strip("?,") for w in f"{question} {answer}".split()}
        assert not words & COURTESY_WORDS, (question, answer)


def test_his_honour_is_not_written_out_as_a_persons(nlp):
    # l20: "His" of "His Honour" stands for no one named before it
    text = (
        "Andrew Hartley, 37, was found guilty of manslaughter at Leeds Crown Court.\n\n"
        "His Honour Judge Neil Ford QC sentenced sobbing Hartley to three years for "
        "manslaughter by gross negligence."
    )
    for question in number_questions(nlp, text).values():
        assert "'s Honour" not in question, question


# (text, who the card may say the person is, or None for no card about them)
CLAUSES = [
    # l13 (latimes): "the gracious welcome [that] billionaire Michael R. Bloomberg has come
    # to expect": the welcome is another noun phrase
    (
        "This is not the gracious welcome billionaire Michael R. Bloomberg — who has poured "
        "towering piles of cash into liberal causes and candidates for more than a decade — "
        "has come to expect from prominent Democrats.",
        "Michael R. Bloomberg",
    ),
    ("It was not the warm welcome singer Jane Roe had come to expect.", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "person"), CLAUSES)
def test_a_post_does_not_reach_into_the_phrase_a_clause_is_about(nlp, text, person):
    found = role_cards(nlp, text)
    about = {a for q, a in found if person in q}
    assert about <= {"a billionaire", "a singer"}, found
    assert not any("welcome" in a for _, a in found), found


def test_a_description_after_the_still_reaches_its_first_word(nlp):
    text = "Today's guest is the veteran industry analyst Ken Doctor."
    assert ("Who is Ken Doctor?", "a veteran industry analyst") in role_cards(nlp, text)


def test_a_post_never_ends_inside_a_noun_phrase(nlp):
    # k18 (nature): the apposition is longer than a post; its first post is whole
    text = (
        "But now, observation time will be accessible to researchers from around the world, "
        "says Zhiqiang Shen, director of the Shanghai Astronomical Observatory and co-chair of "
        "the Chinese Academy of Sciences’ FAST supervisory committee."
    )
    found = role_cards(nlp, text)
    assert (
        position("Zhiqiang Shen"),
        "director of the Shanghai Astronomical Observatory",
    ) in found, found
    assert not any(a.endswith("FAST") for _, a in found), found


def test_a_post_cut_at_a_comma_is_not_cut_inside_a_phrase(nlp):
    # corpus p (a press release): "Dräger, Inc." ends the post at its comma
    text = (
        "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Effective "
        "clinical alarm management continues to be a high focus for health systems.”"
    )
    found = role_cards(nlp, text)
    assert (position("Steve Menet"), "Senior Vice President of Sales for Dräger") in found


def test_a_long_post_with_no_first_post_gives_no_card(nlp):
    text = (
        "Jane Roe, chair of the Greater Dover Kent County Joint Regional Public Transit "
        "Authority Board Oversight Review Panel Steering committee, said so."
    )
    found = role_cards(nlp, text)
    assert all(a.endswith("committee") for _, a in found), found


def test_a_post_at_a_body_its_holder_left_is_not_asked_as_of_the_article(nlp):
    # l20: "founder" lasts, but he left Future and "now runs" TED: not his position in 2012
    text = (
        "Zoe Anderson, 24, was overcome by carbon monoxide fumes at the home of her wealthy "
        "father, Future Publishing founder Chris Anderson.\n\n"
        "Mr Anderson, who quit Future Publishing in 2001 and now runs organisation TED, had "
        "previously taken to the court's witness box during Hartley's trial."
    )
    found = role_cards(nlp, text, APR12)
    assert not any("Future" in a or "Future" in q for q, a in found), found
    kept = "Acme founder Jane Roe said it. Ms Roe joined Acme in 2001."
    assert (
        "As of April 2012, what was Jane Roe's position?",
        "Acme founder",
    ) in role_cards(nlp, kept, APR12)


def _fact(source: str, person: str, answer: str) -> Fact:
    return Fact(
        kind=CardKind.ROLE,
        key=f"{source}|{person}",
        question=f"What is {person}'s position?",
        answer=answer,
        evidence="",
        source=source,
        answer_type=AnswerType("title"),
        person=person,
    )


def test_one_job_said_two_ways_is_never_a_wrong_option():
    # k04 (cnn): "his lawyer Chris Kise", "Trump attorney Alina Habba": both are Trump's lawyers
    pool = [
        _fact("k04", "Chris Kise", "lawyer"),
        _fact("k04", "Alina Habba", "Trump attorney"),
        _fact("k04", "Letitia James", "New York Attorney General"),
        _fact("k04", "Arthur Engoron", "Judge"),
        _fact("x", "Jane Roe", "Pentagon spokesman"),
        _fact("x", "John Doe", "spokeswoman"),
        _fact("y", "Ann Poe", "Navy spokeswoman"),
    ]
    kise, habba, _, _, pentagon, _, _ = pool
    assert "Trump attorney" not in role.distractors(kise, pool)
    assert {"New York Attorney General", "Judge"} <= set(role.distractors(kise, pool))
    assert "lawyer" not in role.distractors(habba, pool)
    offered = role.distractors(pentagon, pool)
    assert "spokeswoman" not in offered  # says nowhere: true of the Pentagon's man too
    assert "Navy spokeswoman" in offered  # another post of the same job


@pytest.mark.parametrize(
    ("text", "person", "passing"),
    [
        # k04: someone's lawyer, told by a pronoun: whose?
        (
            "Judge Arthur Engoron told his lawyer Chris Kise to “control your client.”",
            "Chris Kise",
            True,
        ),
        ("Acme lawyer Chris Kise said it.", "Chris Kise", False),
        ("Judge Arthur Engoron said it.", "Arthur Engoron", False),
        ("British Prime Minister Boris Johnson said it.", "Boris Johnson", False),
    ],
)
def test_a_post_whose_only_by_a_pronoun_is_a_passing_detail(nlp, text, person, passing):
    assert [f.passing for f in _positions(nlp, text, person)] == [passing]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a head of state placed nowhere: the well-known one, or one the card cannot place
        ("President Joe Biden said it.", "Joe Biden"),
        ("Prime Minister Boris Johnson said it.", "Boris Johnson"),
        ("The talks were led by President Jane Roe.", "Jane Roe"),
    ],
)
def test_no_position_card_for_a_head_of_state_placed_nowhere(nlp, text, person):
    assert _positions(nlp, text, person) == []


def _positions(nlp, text: str, person: str) -> list[Fact]:
    article = Article(id="t", text=text, published=APR12)
    found = role.find(nlp(text), article)
    return [f for f in found if f.person == person and "position" in f.question]
