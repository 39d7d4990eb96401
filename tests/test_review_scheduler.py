"""FSRS scheduling on a fixed clock: a scripted sequence of answers gives known due dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.review_support import T0, answer, card, store_in
from trainer.review.scheduler import LEARNING, RELEARNING, REVIEW, FsrsScheduler
from trainer.review.settings import Settings, SettingsError, load_settings

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


def test_first_answer_follows_the_learning_steps():
    """fsrs's default learning steps are 1 and 10 minutes; Hard on step 0 is their mean."""
    sched = FsrsScheduler(fuzz=False)
    dues = {rating: sched.review(None, 1, rating, T0).due - T0 for rating in (1, 2, 3, 4)}
    assert dues[AGAIN] == timedelta(minutes=1)
    assert dues[HARD] == timedelta(minutes=5, seconds=30)
    assert dues[GOOD] == timedelta(minutes=10)
    assert dues[EASY] >= timedelta(days=1)  # Easy skips learning


# Each step: the rating, and when it is given (None: when the card is due).
# The day counts are fsrs 6 with default parameters and retention 0.9, fuzz off.
SCRIPT = [
    (GOOD, T0, "2025-03-01T09:10:00+00:00", LEARNING),
    (GOOD, T0 + timedelta(minutes=10), "2025-03-03T09:10:00+00:00", REVIEW),
    (GOOD, None, "2025-03-14T09:10:00+00:00", REVIEW),
    (GOOD, None, "2025-04-29T09:10:00+00:00", REVIEW),
    (AGAIN, None, "2025-04-29T09:20:00+00:00", RELEARNING),
    (GOOD, None, "2025-05-02T09:20:00+00:00", REVIEW),
    (EASY, None, "2025-05-14T09:20:00+00:00", REVIEW),
]


def test_a_scripted_sequence_of_answers_gives_the_expected_due_dates(tmp_path: Path):
    c = card("c")
    with store_in(tmp_path) as store:
        due = None
        for rating, at, expected_due, expected_state in SCRIPT:
            when = at or due
            assert when is not None
            verdict = "wrong" if rating == AGAIN else "right"
            store.record(answer(c, when, verdict=verdict), rating)
            state = store.card_state("d1", "c")
            assert state is not None
            assert (state["due"], state["state"]) == (expected_due, expected_state)
            due = datetime.fromisoformat(state["due"])
            if state["state"] == REVIEW:
                # at retention 0.9, FSRS's interval in days is the stability, rounded
                interval = due - datetime.fromisoformat(state["last_review"])
                assert interval == timedelta(days=max(1, round(state["stability"])))


def test_lower_desired_retention_gives_longer_intervals():
    at_90 = FsrsScheduler(0.9, fuzz=False).review(None, 1, EASY, T0).due
    at_80 = FsrsScheduler(0.8, fuzz=False).review(None, 1, EASY, T0).due
    assert at_80 - T0 > at_90 - T0 > timedelta(days=1)


def test_fuzz_moves_long_intervals_by_a_little():
    exact = FsrsScheduler(fuzz=False)
    fuzzed = FsrsScheduler(fuzz=True)
    state = exact.review(None, 1, EASY, T0).state
    at = datetime.fromisoformat(state["due"])
    plain = exact.review(state, 1, GOOD, at).due - at
    seen = {fuzzed.review(state, 1, GOOD, at).due - at for _ in range(40)}
    # fsrs fuzz: about +-10% at this length (a day or so more at the edges), never more than 15%
    assert all(abs(d - plain) <= timedelta(days=plain.days * 0.15) for d in seen)
    assert len(seen) > 1


def test_times_must_be_aware_and_any_zone_is_taken_as_utc():
    sched = FsrsScheduler(fuzz=False)
    with pytest.raises(ValueError, match="timezone-aware"):
        sched.review(None, 1, GOOD, datetime(2025, 3, 1, 9, 0))
    paris = timezone(timedelta(hours=1))
    result = sched.review(None, 1, GOOD, datetime(2025, 3, 1, 10, 0, tzinfo=paris))
    assert result.due == datetime(2025, 3, 1, 9, 10, tzinfo=UTC)
    assert result.state["due"] == "2025-03-01T09:10:00+00:00"


# -- settings ----------------------------------------------------------------------


def test_settings_default_when_there_is_no_file(tmp_path: Path):
    settings = load_settings(tmp_path)
    assert settings == Settings(desired_retention=0.9, new_cards_per_day=20, fuzz=True)
    assert settings.scheduler().desired_retention == 0.9


def test_settings_file_is_read(tmp_path: Path):
    (tmp_path / "settings.yaml").write_text(
        "desired_retention: 0.85\nnew_cards_per_day: 5\nfuzz: false\n"
    )
    settings = load_settings(tmp_path)
    assert (settings.desired_retention, settings.new_cards_per_day, settings.fuzz) == (
        0.85,
        5,
        False,
    )
    scheduler = settings.scheduler()
    assert (scheduler.desired_retention, scheduler.fuzz) == (0.85, False)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("desired_retention: high\n", "desired_retention must be a number"),
        ("desired_retention: 1.5\n", "outside 0.7-0.99"),
        ("new_cards_per_day: -1\n", "new_cards_per_day must be a whole number"),
        ("new_cards: 10\n", "unknown setting 'new_cards'"),
        ("- 1\n- 2\n", "must be a mapping"),
        ("a: [\n", "not valid YAML"),
    ],
)
def test_bad_settings_are_one_clear_line(tmp_path: Path, text: str, message: str):
    path = tmp_path / "settings.yaml"
    path.write_text(text)
    with pytest.raises(SettingsError) as info:
        load_settings(tmp_path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)
    assert path.read_text() == text


def test_ratings_are_an_enum_stored_as_their_numbers():
    from trainer.review.scheduler import FsrsScheduler, Rating

    scheduled = FsrsScheduler(fuzz=False).review(None, 1, Rating.HARD, T0)
    assert scheduled.log["rating"] == 2 == Rating.HARD
    assert [int(r) for r in Rating] == [1, 2, 3, 4]
    with pytest.raises(ValueError, match="rating must be 1-4"):
        FsrsScheduler().review(None, 1, 5, T0)
