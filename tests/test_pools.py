"""Wrong answers in a deck of many articles (issue 15): the card's own article first,
then articles about the same thing, then only answers of the same class."""

from __future__ import annotations

from dataclasses import replace

import pytest

from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.pipeline import build_deck
from trainer.questions import KINDS
from trainer.questions.pools import Pools, related_articles, title_class


def role(article: str, person: str, title: str) -> Fact:
    return Fact(
        kind=CardKind.ROLE,
        key=f"role|who|{title.lower()}|{person.lower()}",
        question=f"Who is the {title}?",
        answer=person,
        evidence=f"{title} {person}",
        source=article,
        answer_type=AnswerType("person"),
        person=person,
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Columbus Police Department spokesman", "spokesperson:local"),
        ("Taliban spokesman", "spokesperson"),
        ("State Department spokeswoman", "spokesperson"),
        ("Afghan President", "head of government"),
        ("Manchester United manager", "sport"),
        ("Gen.", "military"),
        ("a senior military analyst at Stratfor", "expert"),
        ("VOA Pentagon correspondent", "journalist"),
        ("Secretary of State", "minister"),
        ("florist", ""),
    ],
)
def test_title_classes(title, kind):
    assert title_class(title) == kind


def test_articles_sharing_entities_or_a_fact_are_related_most_shared_first():
    related = related_articles(
        {
            "a": ("ohio", "columbus", "trump"),
            "b": ("taliban", "kabul", "trump"),
            "c": ("columbus", "ohio", "police", "trump"),
            "d": ("police", "school", "trump"),
            "e": ("kabul", "trump"),
        },
        [("b", "e")],
    )
    assert related["a"] == ["c"]  # "trump", in every article, tells nothing
    assert related["b"] == ["e"]  # one shared entity is not enough; a shared fact is
    assert related["d"] == []


def test_a_police_spokesman_is_offered_local_spokespeople_never_a_general_or_a_president():
    facts = [
        role("police", "Ann Lee", "Columbus Police Department spokesman"),
        role("war", "Zabihullah Mujahid", "Taliban spokesman"),
        role("war", "Tom Ray", "Army general"),
        role("war", "Ashraf Ghani", "Afghan President"),
        role("fire", "Bo Kim", "Denver Fire Department spokeswoman"),
        role("crime", "Cy Dee", "Miami police spokesman"),
        role("crime2", "Di Fox", "county sheriff's spokesman"),
    ]
    pools = Pools(KINDS, [(f, (f.source,)) for f in facts], {})
    wrong = pools.wrong_answers(facts[0], ("police",))
    assert sorted(wrong) == ["Bo Kim", "Cy Dee", "Di Fox"]


def test_too_few_of_the_same_class_leaves_a_typed_card_not_a_wrong_class_option():
    facts = [
        role("police", "Ann Lee", "Columbus Police Department spokesman"),
        role("war", "Tom Ray", "Army general"),
        role("war", "Ashraf Ghani", "Afghan President"),
        role("war", "Zabihullah Mujahid", "Taliban spokesman"),
    ]
    pools = Pools(KINDS, [(f, (f.source,)) for f in facts], {})
    assert pools.wrong_answers(facts[0], ("police",)) == []


def test_related_articles_come_before_the_rest_of_the_deck():
    facts = [
        role("a", "Ann Lee", "Ohio Governor"),
        role("b", "Bob Ray", "Columbus mayor"),
        role("b", "Cy Dee", "Ohio treasurer"),
        role("b", "Di Fox", "Ohio auditor"),
        role("b", "Al Ham", "Ohio senator"),
        role("z", "Ed Orr", "Texas Governor"),
        role("z", "Flo Park", "Utah Governor"),
        role("z", "Gus Lo", "Iowa Governor"),
    ]
    entities = {"a": ("ohio", "columbus"), "b": ("columbus", "ohio"), "z": ("texas",)}
    pools = Pools(KINDS, [(f, (f.source,)) for f in facts], entities)
    assert set(pools.wrong_answers(facts[0], ("a",))) == {"Bob Ray", "Cy Dee", "Di Fox"}
    # never a related article's post of another class (a senator for a governor)
    # unrelated: only the same class of post (governors, mayors), no post of no known class,
    # and holders of the same post first (role.distractors): governors for a governor
    pools = Pools(KINDS, [(f, (f.source,)) for f in facts], {})
    assert set(pools.wrong_answers(facts[0], ("a",))) == {"Ed Orr", "Flo Park", "Gus Lo"}


class FakeNLP:
    def pipe(self, texts, batch_size=16, n_process=1):
        yield from texts


def people(doc, article):
    """One role fact per line "Name, title." of the text."""
    facts = []
    for line in doc.split("\n\n"):
        name, _, title = line.partition(", ")
        facts.append(replace(role(article.id, name, title.rstrip(".")), evidence=line))
    return facts


def test_a_card_whose_article_has_enough_options_keeps_them_in_a_deck_of_many():
    one = Article(
        id="one",
        text="Ann Lee, Ohio governor.\n\nBob Ray, Ohio senator.\n\n"
        "Cy Dee, Ohio treasurer.\n\nDi Fox, Ohio auditor.",
    )
    other = Article(
        id="other",
        text="Ed Orr, Texas governor.\n\nFlo Park, Utah governor.\n\nGus Lo, Iowa mayor.",
    )
    kinds = {CardKind.ROLE: replace(KINDS[CardKind.ROLE], find=people)}
    alone = build_deck([one], "d", "D", nlp=FakeNLP(), kinds=kinds).deck
    both = build_deck([one, other], "d", "D", nlp=FakeNLP(), kinds=kinds).deck
    together = {c.id: c for c in both.cards}
    for card in alone.cards:
        assert card.choices and together[card.id].choices == card.choices
    # Ed Orr's own article has two other people; the other article is unrelated, so only
    # a governor may join (never its senator or treasurer)
    ed = next(c for c in both.cards if c.answer == "Ed Orr")
    assert set(ed.choices) == {"Ed Orr", "Flo Park", "Gus Lo", "Ann Lee"}
