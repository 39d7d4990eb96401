"""Where a card's wrong answers come from in a deck of many articles.

Wrong answers drawn from an unrelated story are ruled out at a glance ("Who is the
Columbus Police Department spokesman?" offering a Taliban spokesman and a president).
So a card draws from its own article first, exactly as a deck of that article alone
would; only when that gives too few, from the articles about the same thing (sharing
named entities; a post there only of the same class); only then from anywhere in the deck,
and there only answers of the same class: posts of the same class
(trainer/data/role_classes.yaml), places within the same country or region, dates of the
same year, numbers and aircraft of the same type, and never people (someone from another
story is ruled out at a glance). Kinds whose answers carry no class (unnamed sources, quote words) draw from
their own and related articles only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from trainer.extract.title_words import TITLE_NOUNS
from trainer.knowledge.places import countries_named
from trainer.knowledge.role_classes import title_class
from trainer.language.names import name_key
from trainer.language.text import normalise
from trainer.model import CardKind, Fact
from trainer.questions.options import CHOICES, offered, pool_for
from trainer.questions.role import post_card

if TYPE_CHECKING:
    from trainer.questions import QuestionKind

RELATED_SHARED = 2  # named entities two articles share to be about the same thing
ENTITIES_COMPARED = 10  # an article's most mentioned entities that are compared
# An entity among the main ones of more than this share of a deck's articles ("China",
# "Trump" in a news feed) says nothing of what an article is about.
COMMON_SHARE = 0.2


def related_articles(
    entities: Mapping[str, Sequence[str]], same_facts: Sequence[Sequence[str]] = ()
) -> dict[str, list[str]]:
    """For each article, the others sharing at least RELATED_SHARED of its main entities
    or stating a fact it states (`same_facts`: the articles of each such fact), the most
    shared first (ties in input order)."""
    holders: dict[str, list[str]] = {}
    for article, names in entities.items():
        for name in dict.fromkeys(names[:ENTITIES_COMPARED]):
            holders.setdefault(name, []).append(article)
    order = {article: i for i, article in enumerate(entities)}
    common = max(2, int(COMMON_SHARE * len(entities)))
    holders = {name: held for name, held in holders.items() if len(held) <= common}
    stated: dict[str, Counter[str]] = {}
    for articles in same_facts:
        for article in articles:
            others = (a for a in articles if a != article)
            stated.setdefault(article, Counter()).update(dict.fromkeys(others, RELATED_SHARED))
    related: dict[str, list[str]] = {}
    for article, names in entities.items():
        shared: Counter[str] = Counter(stated.get(article, {}))
        for name in dict.fromkeys(names[:ENTITIES_COMPARED]):
            shared.update(a for a in holders.get(name, ()) if a != article)
        near = [a for a, k in shared.items() if k >= RELATED_SHARED]
        related[article] = sorted(near, key=lambda a: (-shared[a], order[a]))
    return related


@lru_cache(maxsize=65536)
def post_noun(title: str) -> str:
    """The noun that names the post: 'analyst' of 'Commerzbank analyst', 'director' of
    'deputy director of the centre'. Beside an answer from another story only a post of the
    same noun is plausible ('Barclays analyst', not 'Goddard planetary scientist')."""
    words = normalise(title).split()
    for stop in ("of", "at", "for", "to", "in"):
        if stop in words[1:]:
            words = words[: words.index(stop, 1)]
    nouns = [w for w in words if w in TITLE_NOUNS]
    return nouns[-1] if nouns else ""


_OWNER = re.compile(r"^((?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*)['’]s\s")


@lru_cache(maxsize=65536)
def post_owner(title: str) -> frozenset[str]:
    """Whose post it is, when it says: the countries it names and a possessor ("Liberia's
    information minister" -> Liberia). Beside a post that names no owner it is of another
    granularity, and from another story, ruled out at a glance ("Liberia's information
    minister" offered for "Finance minister" on a South African page)."""
    owner = _OWNER.match(title)
    named = countries_named(title)
    return named | {owner.group(1)} if owner and not named else named


class Pools:
    """The facts a card may draw wrong answers from, nearest first, tier by tier."""

    def __init__(
        self,
        kinds: Mapping[CardKind, QuestionKind],
        facts: Sequence[tuple[Fact, Sequence[str]]],
        entities: Mapping[str, Sequence[str]],
    ) -> None:
        self.kinds = kinds
        self.by_article: dict[str, dict[CardKind, list[Fact]]] = {}
        self.everywhere: dict[CardKind, list[Fact]] = {}
        self.post: dict[str, str] = {}  # a person (name key) -> the class of their post
        self.classes: dict[int, str] = {}  # a fact (by id) -> its person's class, once
        for fact, sources in facts:
            self.everywhere.setdefault(fact.kind, []).append(fact)
            for source in sources:
                self.by_article.setdefault(source, {}).setdefault(fact.kind, []).append(fact)
            if fact.kind == CardKind.ROLE and fact.person:
                card = post_card(fact)
                title = card[1] if card and card[0] == "who" else fact.answer
                post = title_class(title)
                if post:
                    self.post.setdefault(name_key(fact.person), post)
        # a quote or an event two articles both state ties them; a post does not ("Trump,
        # the U.S. President" is background to half the news)
        same = [s for f, s in facts if len(s) > 1 and f.kind != CardKind.ROLE]
        self.related = related_articles(entities, same)

    def wrong_answers(self, fact: Fact, sources: Sequence[str], n: int = CHOICES - 1) -> list[str]:
        """Up to `n` wrong answers: from the card's own articles when they have enough,
        else adding related articles, else adding same-class answers from the whole deck."""
        kind = self.kinds[fact.kind]
        pool: list[Fact] = []
        seen: set[int] = set()
        for article in sources:
            mine = pool_for(fact.kind, kind.pool_kinds, self.by_article.get(article, {}))
            pool += [f for f in mine if id(f) not in seen]
            seen.update(id(f) for f in mine)
        wrong = offered(kind, fact, pool, n)
        if len(wrong) == n:
            return wrong
        own = len(pool)
        near_articles = [a for s in sources for a in self.related.get(s, []) if a not in sources]
        for other in dict.fromkeys(near_articles):
            near = pool_for(fact.kind, kind.pool_kinds, self.by_article.get(other, {}))
            pool += [f for f in near if id(f) not in seen and self.fits_beside(fact, f)]
            seen.update(id(f) for f in near)
        if len(pool) > own:
            wrong = offered(kind, fact, pool, n)
            if len(wrong) == n:
                return wrong
        if fact.answer_type.sort == "person":
            return wrong  # a person from another story: its reader rules them out at a glance
        rest = pool_for(fact.kind, kind.pool_kinds, self.everywhere)
        alike = [f for f in rest if id(f) not in seen and self.same_class(fact, f)]
        if not alike:
            return wrong
        return offered(kind, fact, pool + alike, n)

    def fits_beside(self, fact: Fact, other: Fact) -> bool:
        """May a related article's answer stand beside `fact`'s? A post only of the same
        known class (a reporter's post is no president's); anything else unless known to
        be of another class."""
        if fact.answer_type.sort in ("title", "description"):
            return self.same_class(fact, other)
        return not self.unlike(fact, other)

    def unlike(self, fact: Fact, other: Fact) -> bool:
        """Are the two answers known to be of different classes (a spokesman, a general)?"""
        mine, theirs = self.class_of(fact), self.class_of(other)
        return bool(mine) and bool(theirs) and mine != theirs

    def class_of(self, fact: Fact) -> str:
        if fact.answer_type.sort in ("title", "description"):
            return title_class(fact.answer)
        return self.person_class(fact)

    def person_class(self, fact: Fact) -> str:
        known = self.classes.get(id(fact))
        if known is None:
            name = fact.answer if fact.answer_type.sort == "person" else fact.person
            known = self.classes[id(fact)] = self.post.get(name_key(name), "") if name else ""
        return known

    def same_class(self, fact: Fact, other: Fact) -> bool:
        """May `other`'s answer stand beside `fact`'s in a deck of unrelated articles?"""
        sort = fact.answer_type.sort
        if sort == "person":
            mine = self.person_class(fact)
            return bool(mine) and mine == self.person_class(other)
        if other.answer_type != fact.answer_type:
            return False
        if sort in ("title", "description"):
            mine = title_class(fact.answer)
            return (
                bool(mine)
                and mine == title_class(other.answer)
                and post_noun(fact.answer) == post_noun(other.answer)
                and (bool(post_owner(fact.answer)) or not post_owner(other.answer))
            )
        if sort == "place":
            return bool(fact.within) and other.within == fact.within
        if sort == "date":
            year = (fact.answer_value or "")[:4]
            return bool(year) and (other.answer_value or "")[:4] == year
        return sort in ("number", "aircraft", "weapon")
