"""Articles -> Deck as a map then a reduce: facts of each article, then cards of them all.

The map (`facts_of`) parses one article and runs every generator over it; it returns
plain, picklable data (`ArticleFacts`), so it can run here, in worker processes or on a
Dask cluster (trainer.workers) with the same result. An article longer than `PART_CHARS`
is parsed in parts of whole paragraphs, so time and memory stay linear in its length.
The reduce (`Reduction`) merges equal facts (same kind and key) from several articles
into one Card listing every source, then gives each card up to three distractors from
its kind's generator. It holds facts, never texts or parsed docs. Nothing here depends
on the clock, on the order files are found on disk or on where the map ran, so the
same inputs give the same deck.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from trainer.model import CARD_KINDS, Article, Card, Deck, Fact, Source

if TYPE_CHECKING:
    from spacy.language import Language

CHOICES = 4  # the answer and three distractors; fewer distractors -> a typed card
BATCH_SIZE = 16  # articles per spaCy batch in bench/generate.py's parse floor
# A longer article is parsed in parts of whole paragraphs, each at most this long: the
# parser's memory grows with a doc's length (about 3 GB at 950 kB) and some generators
# look across the whole doc. Any article up to this length is one doc, as it always was.
PART_CHARS = 100_000
# Where a part may end, best first: a paragraph, a line, a sentence, a word.
PART_BREAKS = ("\n\n", "\n", ". ", " ")


class GeneratorBug(Exception):
    """A generator broke the contract (unknown kind, evidence not in the article)."""


@dataclass(frozen=True)
class Generated:
    """The deck, and the ids of the articles that gave no card (the command warns)."""

    deck: Deck
    empty_articles: tuple[str, ...] = ()
    facts_by_article: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleFacts:
    """What the map step found in one article: plain data, small and picklable.

    `facts` are (position of the evidence in the article text, fact), in the order the
    generators gave them; `parts` is how many pieces the article was parsed in.
    """

    source: Source
    facts: tuple[tuple[int, Fact], ...]
    parts: int = 1


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


def parts_of(text: str, limit: int | None = None) -> list[str]:
    """The text in consecutive pieces of at most `limit` characters, cut after a paragraph
    where possible (else a line, a sentence, a word). Each piece is a substring of the
    text, so evidence found in it is evidence of the article. Short text: one piece."""
    limit = PART_CHARS if limit is None else limit
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in PART_BREAKS:
            at = text.rfind(mark, start + 1, end)
            if at > start:
                end = at + len(mark)
                break
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


@cache
def default_generators() -> tuple[ModuleType, ...]:
    from trainer.generators import discover

    return tuple(discover())


def facts_of(
    article: Article,
    nlp: Language,
    generators: Sequence[ModuleType] | None = None,
    *,
    on_part: Callable[[int, int], None] | None = None,
) -> ArticleFacts:
    """The map step: parse one article (in parts when it is long) and run every generator.

    Facts of the parts are concatenated in text order. A long article loses what the
    generators would have seen across two parts (a person named in one part and quoted in
    the next, by surname only). `on_part(done, total)` follows a long article's progress.
    """
    generators = default_generators() if generators is None else generators
    by_kind = generator_for_kind(generators)
    parts = parts_of(article.text)
    found: list[tuple[int, Fact]] = []
    # one doc alive at a time: a part is parsed, mined, and dropped
    for done, doc in enumerate(nlp.pipe(parts, batch_size=1), start=1):
        found += collect_facts(article, doc, generators, by_kind)
        if on_part is not None and len(parts) > 1:
            on_part(done, len(parts))
    return ArticleFacts(article.to_source(), tuple(found), len(parts))


class Reduction:
    """The reduce step: every article's facts, in article order, merged into cards.

    Card order is (article index, position in the article, kind rank, n), as the facts
    arrive; so the map may run anywhere as long as its results are added in input order.
    """

    def __init__(self, generators: Sequence[ModuleType] | None = None) -> None:
        generators = default_generators() if generators is None else generators
        self.by_kind = generator_for_kind(generators)
        self.kind_rank = {kind: i for i, kind in enumerate(CARD_KINDS)}
        self.entries: dict[tuple[str, str], _Entry] = {}
        self.counts: dict[str, int] = {}
        self.sources: list[Source] = []

    def add(self, found: ArticleFacts) -> None:
        index = len(self.sources)
        article_id = found.source.id
        self.sources.append(found.source)
        self.counts[article_id] = len(found.facts)
        for n, (position, fact) in enumerate(found.facts):
            entry = self.entries.get((fact.kind, fact.key))
            if entry is None:
                order = (index, position, self.kind_rank[fact.kind], n)
                self.entries[(fact.kind, fact.key)] = _Entry(fact, [article_id], order)
            else:
                if article_id not in entry.sources:
                    entry.sources.append(article_id)
                entry.fact = with_other_wording(entry.fact, fact)

    def cards(self) -> list[Card]:
        by_kind_facts: dict[str, list[Fact]] = {}
        for entry in self.entries.values():
            by_kind_facts.setdefault(entry.fact.kind, []).append(entry.fact)
        pools = {kind: pool_for(self.by_kind[kind], kind, by_kind_facts) for kind in by_kind_facts}
        cards = []
        for entry in sorted(self.entries.values(), key=lambda e: e.order):
            fact = entry.fact
            cid = card_id(fact.kind, fact.key)
            wrong = pick_distractors(
                fact, self.by_kind[fact.kind].distractors(fact, pools[fact.kind])
            )
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
        return cards


def map_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    generators: Sequence[ModuleType] | None = None,
    jobs: int = 1,
    cluster: str | None = None,
    on_part: Callable[[Article, int, int], None] | None = None,
) -> Iterator[ArticleFacts]:
    """The map step over a stream of articles, results in input order: here (default), in
    `jobs` worker processes, or on a Dask cluster ("local" or a scheduler address)."""
    if cluster is not None or jobs > 1:
        if generators is not None:
            raise ValueError("custom generators run in this process only")
        from trainer import workers

        if cluster is not None:
            return workers.map_on_cluster(articles, cluster, workers=max(jobs, 2))
        return workers.map_in_processes(articles, jobs)
    if nlp is None:
        from trainer.nlp import load_pipeline

        nlp = load_pipeline()
    return _map_here(articles, nlp, generators, on_part)


def _map_here(
    articles: Iterable[Article],
    nlp: Language,
    generators: Sequence[ModuleType] | None,
    on_part: Callable[[Article, int, int], None] | None,
) -> Iterator[ArticleFacts]:
    for article in articles:
        progress = None
        if on_part is not None:
            progress = lambda done, total, a=article: on_part(a, done, total)  # noqa: E731
        yield facts_of(article, nlp, generators, on_part=progress)


def build_deck(
    articles: Iterable[Article],
    deck_id: str,
    title: str,
    *,
    nlp: Language | None = None,
    generators: Sequence[ModuleType] | None = None,
    jobs: int = 1,
    cluster: str | None = None,
    sources: Sequence[Source] | None = None,
    on_article: Callable[[ArticleFacts], None] | None = None,
    on_part: Callable[[Article, int, int], None] | None = None,
) -> Generated:
    """Map every article to its facts, then reduce them to a deck.

    `articles` may be any iterable (a stream): only one article's text and parsed doc
    are alive at a time in this process. `sources` (one per article, same order) lets
    the caller rewrite metadata such as paths relative to the deck file; by default each
    article's own source is used. `on_article` is called after each article is done and
    `on_part` after each part of a long one (progress bars hook in here).
    """
    reduction = Reduction(generators)
    found_facts = map_articles(
        articles, nlp=nlp, generators=generators, jobs=jobs, cluster=cluster, on_part=on_part
    )
    for found in found_facts:
        reduction.add(found)
        if on_article is not None:
            on_article(found)
    cards = reduction.cards()
    with_cards = {s for card in cards for s in card.sources}
    deck = Deck(
        id=deck_id,
        title=title,
        sources=tuple(sources) if sources is not None else tuple(reduction.sources),
        cards=tuple(cards),
    )
    empty = tuple(s.id for s in reduction.sources if s.id not in with_cards)
    return Generated(deck, empty, reduction.counts)
