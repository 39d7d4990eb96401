"""Articles -> Deck: parse every article once, run every question kind, merge, add choices.

The data flows one way: texts go through spaCy in one `nlp.pipe` call, each
question kind (trainer.questions.KINDS) turns a parsed article into Facts, equal facts (same kind and key) from
several articles become one Card listing every source, and each card gets up to
three distractors from its kind (trainer.questions.options). Nothing here depends on the clock
or on the order files are found on disk, so the same inputs give the same deck.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trainer.model import CARD_KINDS, Article, Card, CardKind, Deck, Fact, Source
from trainer.questions.options import (
    CHOICES,
    offered,
    pick_distractors,
    pool_for,
    shuffled_choices,
    with_other_wording,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from trainer.questions import Finder, QuestionKind

__all__ = ["CHOICES", "Generated", "GeneratorBug", "build_deck", "card_id", "pick_distractors"]

BATCH_SIZE = 16


class GeneratorBug(Exception):
    """A generator broke the contract (unknown kind, evidence not in the article)."""


@dataclass(frozen=True)
class Generated:
    """The deck, and the ids of the articles that gave no card (the command warns)."""

    deck: Deck
    empty_articles: tuple[str, ...] = ()
    facts_by_article: dict[str, int] = field(default_factory=dict)


@dataclass
class _Entry:
    fact: Fact
    sources: list[str]
    order: tuple[int, int, int, int]


def card_id(kind: str, key: str) -> str:
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def finders(kinds: Mapping[CardKind, QuestionKind]) -> list[Finder]:
    """Each kind's `find`, once (aircraft and weapon share one), in the table's order."""
    return list(dict.fromkeys(entry.find for entry in kinds.values()))


def collect_facts(
    article: Article, doc: object, kinds: Mapping[CardKind, QuestionKind]
) -> list[tuple[int, Fact]]:
    """Every fact of one parsed article, with its position in the text (for card order)."""
    found: list[tuple[int, Fact]] = []
    for find in finders(kinds):
        name = f"{find.__module__}.{find.__name__}"
        for fact in find(doc, article):  # type: ignore[arg-type]  # a parsed Doc
            entry = kinds.get(fact.kind)
            if entry is None or entry.find is not find:
                raise GeneratorBug(f"{name} produced a fact of kind {fact.kind!r}")
            position = article.text.find(fact.evidence) if fact.evidence else -1
            if position < 0:
                raise GeneratorBug(
                    f"{name}: evidence is not a substring of {article.id}: {fact.evidence[:60]!r}"
                )
            found.append((position, fact))
    return found


def build_deck(
    articles: Sequence[Article],
    deck_id: str,
    title: str,
    *,
    nlp: Language | None = None,
    kinds: Mapping[CardKind, QuestionKind] | None = None,
    jobs: int = 1,
    sources: Sequence[Source] | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> Generated:
    """Parse `articles` once and turn them into a deck.

    `sources` (one per article, same order) lets the caller rewrite metadata such as
    paths relative to the deck file; by default each article's own source is used.
    `on_article` is called after each article is done (a progress bar hooks in here).
    """
    if nlp is None:
        from trainer.nlp import load_pipeline

        nlp = load_pipeline()
    if kinds is None:
        from trainer.questions import KINDS

        kinds = KINDS
    kind_rank = {kind: i for i, kind in enumerate(CARD_KINDS)}

    entries: dict[tuple[str, str], _Entry] = {}
    counts: dict[str, int] = {}
    texts = (article.text for article in articles)
    n_process = jobs if jobs > 1 and len(articles) > 1 else 1
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        facts = collect_facts(article, doc, kinds)
        counts[article.id] = len(facts)
        for n, (position, fact) in enumerate(facts):
            entry = entries.get((fact.kind, fact.key))
            if entry is None:
                order = (index, position, kind_rank[fact.kind], n)
                entries[(fact.kind, fact.key)] = _Entry(fact, [article.id], order)
            else:
                if article.id not in entry.sources:
                    entry.sources.append(article.id)
                entry.fact = with_other_wording(entry.fact, fact)
        if on_article is not None:
            on_article(article)

    by_kind_facts: dict[CardKind, list[Fact]] = {}
    for entry in entries.values():
        by_kind_facts.setdefault(entry.fact.kind, []).append(entry.fact)
    pools = {kind: pool_for(kind, kinds[kind].pool_kinds, by_kind_facts) for kind in by_kind_facts}

    cards = []
    for entry in sorted(entries.values(), key=lambda e: e.order):
        fact = entry.fact
        cid = card_id(fact.kind, fact.key)
        wrong = offered(kinds[fact.kind], fact, pools[fact.kind])
        choices = shuffled_choices(cid, fact.answer, wrong) if len(wrong) == CHOICES - 1 else ()
        cards.append(
            Card(
                id=cid,
                kind=str(fact.kind),
                question=fact.question,
                answer=fact.answer,
                sources=tuple(entry.sources),
                evidence=fact.evidence,
                accept=fact.accept,
                choices=choices,
                tags=fact.tags,
                answer_value=fact.answer_value,
            )
        )
    with_cards = {s for card in cards for s in card.sources}
    deck = Deck(
        id=deck_id,
        title=title,
        sources=tuple(sources) if sources is not None else tuple(a.to_source() for a in articles),
        cards=tuple(cards),
    )
    empty = tuple(a.id for a in articles if a.id not in with_cards)
    return Generated(deck, empty, counts)
