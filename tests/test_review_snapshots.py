"""How the stats screen looks (pytest-textual-snapshot; SVGs in __snapshots__/).

Update after an intended change of look: `pytest tests/test_review_snapshots.py
--snapshot-update`, then look at the SVGs before committing them.
"""

from __future__ import annotations

import random

from tests.quizdecks import FakeClock, Ticks, make_deck
from trainer.review.stats import DeckStats, KindAccuracy, Leech
from trainer.tui.app import create_app

STATS = DeckStats(
    deck_id="summit",
    title="Lisbon summit, March 2021",
    cards=5,
    new=1,
    learning=2,
    due_today=2,
    due_this_week=3,
    reviews=14,
    retention=0.64,
    streak=3,
    reviews_per_day=[0] * 20 + [2, 0, 0, 1, 0, 0, 3, 5, 0, 3],
    due_per_day=[2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    accuracy_by_kind={
        "who_said": KindAccuracy(3, 3),
        "date": KindAccuracy(1, 5),
        "number": KindAccuracy(2, 3),
        "place": KindAccuracy(3, 3),
    },
    leeches=[
        Leech("date-summit", "date", "On what date does the summit open?", "March 9", 4, 5),
        Leech("number-delegates", "number", "How many delegates are expected?", "8,000", 2, 3),
    ],
)


def stats_app():
    return create_app(
        [make_deck()],
        last_score=lambda deck_id: (4, 5),
        stats=lambda deck: STATS,
        now=FakeClock(),
        key_clock=Ticks(),
        rng=random.Random(0),
    )


def test_stats_screen(snap_compare):
    assert snap_compare(stats_app(), press=["t"])


def test_stats_screen_wide(snap_compare):
    assert snap_compare(stats_app(), press=["t"], terminal_size=(120, 36))
