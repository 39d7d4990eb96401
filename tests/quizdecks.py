"""Small hand-built decks and a fake clock for the quiz tests (not the bundled deck)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from trainer import study
from trainer.model import CLOZE_BLANK, Card, Deck, Source

SOURCE = Source(
    id="wire-1",
    title="Ministers meet in Lisbon",
    outlet="Example Wire",
    author="A. Writer",
    published=datetime(2021, 3, 4).date(),
)


def make_card(card_id: str, kind: str, question: str, answer: str, **extra) -> Card:
    extra.setdefault("evidence", f"The text says {answer} here.")
    return Card(
        id=card_id, kind=kind, question=question, answer=answer, sources=("wire-1",), **extra
    )


CHOICE_CARDS = (
    make_card(
        "who-said-growth",
        "who_said",
        'Who said: "Growth will return by spring"?',
        "Maria Santos",
        choices=("Maria Santos", "Jon Berg", "Ana Lima", "Paul Roth"),
        evidence='"Growth will return by spring," finance minister Maria Santos said.',
        tags=("person",),
    ),
    make_card(
        "date-summit",
        "date",
        "On what date does the summit open?",
        "March 9",
        answer_value="2021-03-09",
        choices=("March 2", "March 9", "April 9", "May 1"),
        evidence="The summit opens on March 9 in Lisbon.",
    ),
    make_card(
        "number-delegates",
        "number",
        "How many delegates are expected?",
        "8,000",
        answer_value="8000",
        choices=("800", "8,000", "18,000", "80,000"),
        evidence="Organisers expect 8,000 delegates.",
    ),
)

TYPED_CARDS = (
    make_card(
        "place-summit",
        "place",
        "In which city does the summit open?",
        "Lisbon",
        evidence="The summit opens on March 9 in Lisbon.",
    ),
    make_card(
        "cloze-growth",
        "quote_cloze",
        f'Maria Santos said: "Growth will {CLOZE_BLANK} by spring."',
        "return",
        evidence='"Growth will return by spring," finance minister Maria Santos said.',
    ),
)


def make_deck(cards=CHOICE_CARDS + TYPED_CARDS, deck_id: str = "summit", title: str = "") -> Deck:
    return Deck(
        id=deck_id,
        title=title or "Lisbon summit, March 2021",
        sources=(SOURCE,),
        cards=tuple(cards),
    )


@dataclass
class FakeClock:
    """A clock that moves only when told: `clock.advance(5)`."""

    at: datetime = datetime(2024, 1, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@dataclass
class Ticks:
    """A monotonic clock (seconds) that moves only when told: the grade keys' hold."""

    at: float = 1000.0

    def __call__(self) -> float:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += seconds


@dataclass
class Steps:
    """A monotonic clock a second later at every look: no key press is ever a double press
    (for tests about something else than the keys' hold)."""

    at: float = 1000.0

    def __call__(self) -> float:
        self.at += 1.0
        return self.at


@dataclass
class ListRecorder:
    """A Recorder that remembers every call, in order."""

    calls: list[tuple] = field(default_factory=list)

    sessions: int = 0  # start_session() calls

    def start_session(self) -> None:
        self.sessions += 1

    def record(self, answer: study.Answer, rating: int) -> int:
        self.calls.append(("record", answer, rating))
        return sum(1 for c in self.calls if c[0] == "record")

    def rerate(self, review_id: int, rating: int) -> None:
        self.calls.append(("rerate", review_id, rating))

    def undo(self, review_id: int) -> None:
        self.calls.append(("undo", review_id))

    def correct(self, review_id: int, verdict: str, rating: int) -> None:
        self.calls.append(("correct", review_id, verdict, rating))

    def suspend(self, deck_id: str, card_id: str) -> None:
        self.calls.append(("suspend", deck_id, card_id))

    def bury(self, deck_id: str, card_id: str, at: datetime) -> None:
        self.calls.append(("bury", deck_id, card_id, at))

    @property
    def answers(self) -> list[study.Answer]:
        return [c[1] for c in self.calls if c[0] == "record"]
