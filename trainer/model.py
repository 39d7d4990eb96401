"""The objects every stage shares: articles in, cards and decks out.

Plain frozen dataclasses with the standard library only, so the quiz, the
export and the review code can use them without loading spaCy or Textual.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

FORMAT_VERSION = 1

# How a quote_cloze question marks its blank: 'Roe said: "We welcome _____."'
CLOZE_BLANK = "_____"


class CardKind(StrEnum):
    """What a card asks; its value is the `kind` written in deck files. The order is the
    order decks, the quiz and the stats list kinds in."""

    HEADLINE = "headline"
    WHO_DID = "who_did"
    WHO_SAID = "who_said"
    QUOTE_CLOZE = "quote_cloze"
    DATE = "date"
    AIRCRAFT = "aircraft"
    WEAPON = "weapon"
    NUMBER = "number"
    ROLE = "role"
    PLACE = "place"
    RATING = "rating"


CARD_KINDS: tuple[str, ...] = tuple(kind.value for kind in CardKind)


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII slug: 'Syria, 17 Nov.' -> 'syria-17-nov'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "untitled"


@dataclass(frozen=True)
class Article:
    """One news article, read from a file: clean body text and its metadata."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    path: str = ""
    # Without `published`: the year the text shows it was written (trainer.language.written),
    # an "As of YEAR" anchor for posts and counts only, never a date to count days from.
    dated_from_text: int | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def as_of(self) -> str:
        """When facts that go stale held, as ISO: the published month ("2019-11"), else the
        year the text was written ("2019"), else ""."""
        if self.published is not None:
            return self.published.isoformat()[:7]
        return str(self.dated_from_text) if self.dated_from_text else ""

    def to_source(self) -> Source:
        return Source(
            id=self.id,
            title=self.title,
            outlet=self.outlet,
            author=self.author,
            published=self.published,
            url=self.url,
            path=self.path,
            dated_from_text=self.dated_from_text,
        )


@dataclass(frozen=True)
class Source:
    """An article as a deck remembers it: metadata, no text."""

    id: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    path: str = ""
    # in memory only (a deck file does not keep it): for the command's warning
    dated_from_text: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Card:
    """One question about one fact, with the evidence it was read from.

    `sources` lists the ids of every article that states the fact.
    `answer_value` holds a normalised form of the answer where one exists
    (an ISO date for `date` cards, a number for `number` cards).
    """

    id: str
    kind: str
    question: str
    answer: str
    sources: tuple[str, ...]
    evidence: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    answer_value: str | None = None

    @property
    def has_choices(self) -> bool:
        return len(self.choices) >= 2


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    sources: tuple[Source, ...] = ()
    cards: tuple[Card, ...] = ()
    format: int = FORMAT_VERSION
    path: str = field(default="", compare=False)

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def kinds(self) -> dict[str, int]:
        """Card counts by kind, in the order of CARD_KINDS, then any others."""
        counts: dict[str, int] = {}
        for card in self.cards:
            counts[card.kind] = counts.get(card.kind, 0) + 1
        order = {kind: i for i, kind in enumerate(CARD_KINDS)}
        return dict(sorted(counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))


@dataclass(frozen=True)
class AnswerType:
    """Which answers may stand as each other's distractors: the same sort of thing, written
    the same way. Kept in parts, so no question kind has to split a string to read them.

    `str()` gives the joined form ("number:count:people", "date:month-day:ap", "person").
    """

    sort: str  # person, source, title, description, cloze, date, number, aircraft, weapon, place, rating
    form: str = ""  # month-day, count, designator, flight, city, PERSON, ...
    detail: str = ""  # a date's spelling (ap), a number's unit, an aircraft's role

    def __str__(self) -> str:
        return ":".join(part for part in (self.sort, self.form, self.detail) if part)


@dataclass(frozen=True)
class Fact:
    """One quizzable fact found in one article, already phrased as a question.

    Question kinds (trainer.questions.*) produce facts; the pipeline merges the same
    fact from several articles (same `kind` and `key`) into one card listing every
    source, picks distractors, and derives the stable card id from `kind` + `key`.

    `key` is a normalised description of the fact, independent of wording details
    that may change between regenerations (e.g. "date|russia begin airstrikes syria|2015-09-30").
    `answer_type` groups answers that may stand as each other's distractors
    (AnswerType("person"), AnswerType("date", "month-day", "ap"), AnswerType("number",
    "count", "people")).
    """

    kind: CardKind
    key: str
    question: str
    answer: str
    evidence: str
    source: str
    answer_type: AnswerType
    accept: tuple[str, ...] = ()
    answer_value: str | None = None
    tags: tuple[str, ...] = ()
    # In memory only, never written to a deck: what the question kinds need to pick
    # distractors without reading it back out of the question text or the tags.
    person: str = ""  # the person a role fact is about ("Jane Roe" for her position)
    within: str = ""  # the place the answer lies within (a city's country, a country's region)
    salience: float = 0.0  # how much it matters to the article's reader (questions.salience)
    passing: bool = False  # a detail its kind knows is a passing one (an age, a remark's day)
    # the answer is the article's topic: a headline card asks it only of an article that
    # has no other card (questions.headline.one_card)
    topic: bool = False
    published: str = (
        ""  # the article's ISO date, for a date fact: options stay on the answer's side
    )
    # wrong answers of the same sort the article itself names (a lead's doer: its other
    # people or organisations), for kinds whose deck pool holds too few
    others: tuple[str, ...] = ()
