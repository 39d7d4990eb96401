"""Articles -> Deck: parse every article once, run every generator, merge, add choices.

The data flows one way: texts go through spaCy in one `nlp.pipe` call, each
generator turns a parsed article into Facts, equal facts (same kind and key) from
several articles become one Card listing every source, and each card gets up to
three distractors from its kind's generator. Nothing here depends on the clock
or on the order files are found on disk, so the same inputs give the same deck.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING

from trainer.model import CARD_KINDS, Article, Card, Deck, Fact, Source

if TYPE_CHECKING:
    from spacy.language import Language

CHOICES = 4  # the answer and three distractors; fewer distractors -> a typed card
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


def with_other_wording(kept: Fact, same: Fact) -> Fact:
    """The same fact as another article words it ("Defense Department spokesperson" for
    "Pentagon spokesman", "Bashar al Assad" for "Bashar Assad"): its answers are right too."""
    known = {comparable(a) for a in (kept.answer, *kept.accept)}
    extra = [a for a in (same.answer, *same.accept) if comparable(a) not in known]
    extra = [a for i, a in enumerate(extra) if comparable(a) not in map(comparable, extra[:i])]
    return replace(kept, accept=(*kept.accept, *extra)) if extra else kept


def card_id(kind: str, key: str) -> str:
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def comparable(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of an answer."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _overlaps(a: str, b: str) -> bool:
    """True when one answer's words are all among the other's ("Roe" / "Jane Roe")."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def pick_distractors(fact: Fact, candidates: Iterable[str], n: int = CHOICES - 1) -> list[str]:
    """The first `n` candidates that differ from the answer, its accepted forms and each other.

    A candidate whose words are a subset or superset of a correct form is dropped too:
    "Roe" is not a wrong answer when the answer is "Jane Roe".
    """
    taken = [comparable(f) for f in (fact.answer, *fact.accept)]
    taken = [t for t in taken if t]
    kept: list[str] = []
    for candidate in candidates:
        key = comparable(candidate)
        if not key or not candidate.strip():
            continue
        if any(key == t or _overlaps(key, t) for t in taken):
            continue
        kept.append(candidate.strip())
        taken.append(key)
        if len(kept) == n:
            break
    return kept


def shuffled_choices(cid: str, answer: str, distractors: Sequence[str]) -> tuple[str, ...]:
    """The options in an order seeded by the card id: stable, and no position tell."""
    options = [answer, *distractors]
    seed = int(hashlib.sha1(cid.encode("utf-8")).hexdigest()[:16], 16)
    random.Random(seed).shuffle(options)
    return tuple(options)


def generator_for_kind(generators: Sequence[ModuleType]) -> dict[str, ModuleType]:
    by_kind: dict[str, ModuleType] = {}
    for module in generators:
        for kind in module.KINDS:
            if kind not in CARD_KINDS:
                raise GeneratorBug(f"{module.__name__}: unknown card kind {kind!r}")
            if kind in by_kind:
                raise GeneratorBug(
                    f"kind {kind!r} claimed by {by_kind[kind].__name__} and {module.__name__}"
                )
            by_kind[kind] = module
    return by_kind


def collect_facts(
    article: Article, doc: object, generators: Sequence[ModuleType], by_kind: dict[str, ModuleType]
) -> list[tuple[int, Fact]]:
    """Every fact of one parsed article, with its position in the text (for card order)."""
    found: list[tuple[int, Fact]] = []
    for module in generators:
        for fact in module.find(doc, article):
            if by_kind.get(fact.kind) is not module:
                raise GeneratorBug(f"{module.__name__} produced a fact of kind {fact.kind!r}")
            position = article.text.find(fact.evidence) if fact.evidence else -1
            if position < 0:
                raise GeneratorBug(
                    f"{module.__name__}: evidence is not a substring of {article.id}: "
                    f"{fact.evidence[:60]!r}"
                )
            found.append((position, fact))
    return found


def pool_for(module: ModuleType, kind: str, facts: dict[str, list[Fact]]) -> list[Fact]:
    """Every fact of `kind`, then of the kinds the module also draws wrong answers from
    (optional `POOL_KINDS`: a who_said card may offer a person a role card names)."""
    pool = list(facts.get(kind, []))
    for other in getattr(module, "POOL_KINDS", ()):
        if other != kind:
            pool += facts.get(other, [])
    return pool


def build_deck(
    articles: Sequence[Article],
    deck_id: str,
    title: str,
    *,
    nlp: Language | None = None,
    generators: Sequence[ModuleType] | None = None,
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
    if generators is None:
        from trainer.generators import discover

        generators = discover()
    by_kind = generator_for_kind(generators)
    kind_rank = {kind: i for i, kind in enumerate(CARD_KINDS)}

    entries: dict[tuple[str, str], _Entry] = {}
    counts: dict[str, int] = {}
    texts = (article.text for article in articles)
    n_process = jobs if jobs > 1 and len(articles) > 1 else 1
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        facts = collect_facts(article, doc, generators, by_kind)
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

    by_kind_facts: dict[str, list[Fact]] = {}
    for entry in entries.values():
        by_kind_facts.setdefault(entry.fact.kind, []).append(entry.fact)
    pools = {kind: pool_for(by_kind[kind], kind, by_kind_facts) for kind in by_kind_facts}

    cards = []
    for entry in sorted(entries.values(), key=lambda e: e.order):
        fact = entry.fact
        cid = card_id(fact.kind, fact.key)
        module = by_kind[fact.kind]
        wrong = pick_distractors(fact, module.distractors(fact, pools[fact.kind]))
        choices = shuffled_choices(cid, fact.answer, wrong) if len(wrong) == CHOICES - 1 else ()
        cards.append(
            Card(
                id=cid,
                kind=fact.kind,
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
