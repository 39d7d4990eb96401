"""Cards of the same sentence (same evidence) are never asked back to back: not in the quiz
(shuffled or in order, and when retrying) and not in the new-card order of an Anki import."""

from __future__ import annotations

import html
import random
from pathlib import Path

import pytest

from tests.anki_helpers import col, import_package  # noqa: F401  (col is a fixture)
from tests.quizdecks import FakeClock, ListRecorder, make_card, make_deck
from trainer import anki as trainer_anki
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.siblings import spread

SENTENCES = [f"Sentence number {n} says {n} things." for n in range(4)]


def sibling_cards():
    """Ten cards, in deck order: three of sentence 0, then three of 1, two of 2, two of 3."""
    groups = [3, 3, 2, 2]
    cards = []
    for s, size in enumerate(groups):
        for k in range(size):
            cards.append(
                make_card(
                    f"card-{s}-{k}",
                    "date",
                    f"What does sentence {s} say, part {k}?",
                    f"answer {s} {k}",
                    evidence=SENTENCES[s],
                )
            )
    return tuple(cards)


def adjacent_siblings(evidences: list[str]) -> list[int]:
    return [i for i in range(1, len(evidences)) if evidences[i] == evidences[i - 1]]


def quiz(options: QuizOptions, seed: int = 0) -> QuizSession:
    return QuizSession(
        [make_deck(sibling_cards())],
        options,
        now=FakeClock(),
        recorder=ListRecorder(),
        rng=random.Random(seed),
    )


@pytest.mark.parametrize("seed", range(20))
def test_shuffled_quiz_never_asks_two_cards_of_one_sentence_in_a_row(seed):
    session = quiz(QuizOptions(shuffle=True), seed)
    evidences = [q.card.evidence for q in session.questions]
    assert sorted(q.card.id for q in session.questions) == sorted(c.id for c in sibling_cards())
    assert adjacent_siblings(evidences) == []


def test_in_order_quiz_keeps_the_order_but_moves_a_sibling_later():
    session = quiz(QuizOptions(shuffle=False))
    asked = [q.card.id for q in session.questions]
    assert adjacent_siblings([q.card.evidence for q in session.questions]) == []
    # each sentence's cards keep their own order, and the first card of a sentence
    # is never asked later than in the deck
    for s in range(4):
        own = [a for a in asked if a.startswith(f"card-{s}-")]
        assert own == sorted(own)
    assert asked[0] == "card-0-0"
    assert asked.index("card-1-0") <= 3
    assert [q.number for q in session.questions] == list(range(1, 11))


@pytest.mark.parametrize("shuffle", [False, True])
def test_a_quiz_of_few_questions_is_not_made_of_siblings(shuffle):
    """--count 4 of a deck that opens with three cards of one sentence: the four asked are
    chosen after spreading, so no two of them come back to back."""
    session = quiz(QuizOptions(shuffle=shuffle, count=4))
    evidences = [q.card.evidence for q in session.questions]
    assert len(evidences) == 4
    assert adjacent_siblings(evidences) == []
    if not shuffle:
        assert session.questions[0].card.id == "card-0-0"


def test_retrying_missed_cards_spreads_siblings_too():
    session = quiz(QuizOptions(shuffle=False))
    while session.current is not None:
        session.answer("wrong")
        session.next()
    assert session.retry_missed()
    assert adjacent_siblings([q.card.evidence for q in session.questions]) == []


def test_spread_keeps_every_item_and_leaves_unavoidable_neighbours_at_the_end():
    items = ["a", "a", "a", "b"]
    assert spread(items, key=str) == ["a", "b", "a", "a"]
    assert spread([], key=str) == []
    assert spread(["x", "y", "x"], key=str) == ["x", "y", "x"]


def test_anki_new_card_order_has_no_two_siblings_adjacent(tmp_path: Path, col):  # noqa: F811
    deck = make_deck(sibling_cards())
    path = tmp_path / "siblings.apkg"
    trainer_anki.write_package([deck], path, now=1_700_000_000.0)
    import_package(col, path)
    rows = col.db.all("select nid, due from cards where type = 0 order by due, id")
    assert len(rows) == len(deck.cards)
    by_id = {card.id: card for card in deck.cards}
    order = [html.unescape(col.get_note(nid)["CardId"]) for nid, _ in rows]
    dues = [due for _, due in rows]
    assert len(set(dues)) == len(dues), "every new card has its own place in the queue"
    assert adjacent_siblings([by_id[c].evidence for c in order]) == []
    assert order[0] == "card-0-0"
