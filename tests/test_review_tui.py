"""The quiz TUI over the real review history: grades through the pilot, the double-press
guard, `trainer review`'s session, the stats screen and the last score on the start screen."""

from __future__ import annotations

import random
import time
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.quizdecks import CHOICE_CARDS, FakeClock, Ticks, make_deck
from tests.review_support import store_in
from tests.tui_support import text
from trainer import study
from trainer.commands.review import review_session
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.review.scheduler import FsrsScheduler
from trainer.review.stats import deck_stats
from trainer.tui.app import create_app
from trainer.tui.screens.question import GRADE_HOLD_SECONDS, QuestionScreen
from trainer.tui.screens.start import StartScreen
from trainer.tui.screens.stats import StatsScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.widgets.barchart import BarChart, bar_rows, layout

IN_ORDER = QuizOptions(shuffle=False)

pytestmark = pytest.mark.anyio


def stored(store) -> list[tuple[str, str, int, str]]:
    return [(r.card_id, r.verdict, r.rating, r.rated_by) for r in store.reviews()]


def expected_state(card_row_id: int, rating: int, at, seconds: float):
    return FsrsScheduler(fuzz=False).review(None, card_row_id, rating, at, seconds).state


async def test_grade_keys_rerate_the_stored_review(tmp_path: Path):
    clock, ticks = FakeClock(), Ticks()
    with store_in(tmp_path) as store:
        session = QuizSession(
            [make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder("quiz"), now=clock
        )
        app = create_app(session=session, key_clock=ticks)
        async with app.run_test(size=(80, 24)) as pilot:
            clock.advance(4)
            answered_at = clock()
            await pilot.press("1")  # Maria Santos: right, quick -> Good
            assert stored(store) == [("who-said-growth", "right", study.GOOD, "derived")]
            assert store.card_state("summit", "who-said-growth") == expected_state(
                1, study.GOOD, answered_at, 4
            )

            ticks.advance(GRADE_HOLD_SECONDS + 0.1)
            await pilot.press("1")  # now a grade: Again
            assert stored(store) == [("who-said-growth", "right", study.AGAIN, "user")]
            assert "1 again" in text(app, "#rating")
            state = store.card_state("summit", "who-said-growth")
            assert state == expected_state(1, study.AGAIN, answered_at, 4)
            assert state["due"] == (answered_at + timedelta(minutes=1)).isoformat()

            await pilot.press("4")  # changed my mind: Easy (days away, not a minute)
            assert stored(store)[0][2:] == (study.EASY, "user")
            state = store.card_state("summit", "who-said-growth")
            assert state == expected_state(1, study.EASY, answered_at, 4)
            assert state["due"] > (answered_at + timedelta(days=1)).isoformat()

            await pilot.press("enter")
            clock.advance(3)
            ticks.advance(1)  # past the hold after a new question
            await pilot.press("a")  # March 2: wrong -> Again
            ticks.advance(1)
            await pilot.press("2")
            await pilot.press("enter")
        assert stored(store) == [
            ("who-said-growth", "right", study.EASY, "user"),
            ("date-summit", "wrong", study.HARD, "user"),
        ]
        assert store.last_score("summit") == (1, 2)


async def test_a_quick_double_press_answers_but_does_not_grade(tmp_path: Path):
    ticks = Ticks()
    with store_in(tmp_path) as store:
        session = QuizSession(
            [make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder(), now=FakeClock()
        )
        app = create_app(session=session, key_clock=ticks)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("1", "1")  # answer option 1, and the second press is ignored
            assert stored(store) == [("who-said-growth", "right", study.GOOD, "derived")]
            assert "3 good" in text(app, "#rating") and "auto" in text(app, "#rating")
            ticks.advance(GRADE_HOLD_SECONDS - 0.01)
            await pilot.press("1")
            assert stored(store)[0][2] == study.GOOD  # still inside the hold
            ticks.advance(0.02)
            await pilot.press("1")
            assert stored(store)[0][2:] == (study.AGAIN, "user")
            assert isinstance(app.screen, QuestionScreen) and session.position == 0


async def test_the_real_clock_holds_grades_right_after_an_answer(tmp_path: Path):
    """Without an injected clock the hold uses time.monotonic: pilot presses are quicker."""
    with store_in(tmp_path) as store:
        session = QuizSession([make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder())
        app = create_app(session=session)
        async with app.run_test(size=(80, 24)) as pilot:
            started = time.monotonic()
            await pilot.press("1", "1")
            if time.monotonic() - started >= 0.4:
                pytest.skip("the machine is too busy to press two keys within the hold")
            assert [r.rating for r in store.reviews()] == [study.GOOD]


async def test_review_session_asks_due_cards_first_and_records_a_review_session(tmp_path: Path):
    deck = make_deck()
    clock = FakeClock()
    with store_in(tmp_path) as store:
        by_id = {card.id: card for card in deck.cards}
        # a quiz yesterday: "number" missed first (due soonest), then "date" missed
        for card_id in ("number-delegates", "date-summit"):
            store.record(
                study.Answer(by_id[card_id], deck.id, "x", "choice", "wrong", 2.0, clock()),
                study.AGAIN,
            )
            clock.advance(60)
        clock.advance(24 * 3600)
        session, _ = review_session(store, [deck], 2, QuizOptions(), random.Random(0), clock)
        assert session is not None
        order = [q.card.id for q in session.questions]
        # due cards most overdue first, then 2 new cards (the daily limit) in deck order
        assert order == ["number-delegates", "date-summit", "who-said-growth", "place-summit"]
        app = create_app(session=session, key_clock=Ticks())
        async with app.run_test(size=(80, 24)) as pilot:
            assert "Review · Lisbon summit" in str(app.screen.query_one("#deck-title").content)
            first = session.current
            await pilot.press(str(first.choices.index("8,000") + 1), "enter")
            await pilot.press("q")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
        reviews = store.reviews()
        assert len(reviews) == 3 and reviews[-1].card_id == "number-delegates"
        (session_row,) = store.rows(
            "SELECT kind, total FROM sessions WHERE id = ?", (reviews[-1].session,)
        )
        assert tuple(session_row) == ("review", 1)
        assert store.last_score("summit", kind="quiz") is None  # no quiz session


async def test_nothing_due_gives_no_session_but_the_next_due_time(tmp_path: Path):
    deck = make_deck(CHOICE_CARDS[:1])
    clock = FakeClock()
    with store_in(tmp_path) as store:
        store.record(
            study.Answer(deck.cards[0], deck.id, "Maria Santos", "choice", "right", 2.0, clock()),
            study.GOOD,
        )
        session, next_due = review_session(store, [deck], 20, QuizOptions(), random.Random(), clock)
    assert session is None
    assert next_due == clock() + timedelta(minutes=10)  # FSRS's second learning step


def hand_built_history(store, clock: FakeClock):
    """Three days of answers to the summit deck: the date card missed three times."""
    deck = make_deck()
    by_id = {card.id: card for card in deck.cards}
    plan = [
        (0, "date-summit", "wrong", study.AGAIN),
        (0, "who-said-growth", "right", study.GOOD),
        (1, "date-summit", "wrong", study.AGAIN),
        (1, "place-summit", "almost", study.HARD),
        (2, "date-summit", "wrong", study.AGAIN),
        (2, "number-delegates", "right", study.EASY),
    ]
    start = clock()
    for day, card_id, verdict, rating in plan:
        at = start + timedelta(days=day, minutes=len(store.reviews()))
        store.record(
            study.Answer(by_id[card_id], deck.id, "reply", "typed", verdict, 3.0, at), rating
        )
    clock.at = start + timedelta(days=2, hours=3)
    return deck


async def test_stats_screen_from_the_start_screen_shows_the_history(tmp_path: Path):
    clock = FakeClock()
    with store_in(tmp_path) as store:
        deck = hand_built_history(store, clock)
        other = make_deck(CHOICE_CARDS[:1], deck_id="other", title="Other deck")
        expected = deck_stats(store, deck, clock(), tz=UTC)
        app = create_app(
            [deck, other],
            last_score=store.last_score,
            stats=lambda d: deck_stats(store, d, clock(), tz=UTC),
            key_clock=Ticks(),
        )
        async with app.run_test(size=(80, 24)) as pilot:
            assert isinstance(app.screen, StartScreen)
            assert "t stats" in str(app.screen.query_one("KeyBar").content)
            await pilot.press("t")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, StatsScreen)
            figures = str(screen.query_one(".stats-figures", Static).content)
            assert "Reviews       6" in figures
            assert "Cards         5" in figures and "New           1" in figures
            assert f"Retention     {expected.retention:.0%} (30 days)" in figures
            assert "Streak        3 days" in figures
            reviews_chart, due_chart = screen.query(BarChart)
            assert reviews_chart.values[-3:] == [2, 2, 2] and sum(reviews_chart.values) == 6
            assert due_chart.values == expected.due_per_day and len(due_chart.values) == 14
            accuracy = str(screen.query_one(".stats-accuracy", Static).content)
            assert "date" in accuracy and "0/3" in accuracy and "who said it" in accuracy
            leeches = str(screen.query_one(".stats-leeches", Static).content)
            assert "3× of 3" in leeches and "On what date does the summit open?" in leeches
            await pilot.press("escape")
            assert isinstance(app.screen, StartScreen)

            await pilot.press("down", "down")  # "All 2 decks": a section per deck
            await pilot.press("t")
            await pilot.pause()
            assert len(app.screen.query(".deck-stats")) == 2
            await pilot.press("q")
            assert isinstance(app.screen, StartScreen)


async def test_start_screen_shows_the_last_score_from_the_history(tmp_path: Path):
    clock = FakeClock()
    with store_in(tmp_path) as store:
        recorder = store.recorder("quiz")
        deck = make_deck()
        first = QuizSession([deck], IN_ORDER, recorder=recorder, now=clock)
        first.choose(0)  # right
        first.next()
        first.choose(0)  # wrong
        app = create_app([deck], last_score=store.last_score, key_clock=Ticks())
        async with app.run_test(size=(80, 24)):
            assert "Last score  1 of 2" in text(app, "#deck-details")
            assert "stats" not in str(app.screen.query_one("KeyBar").content)  # no provider


def test_bar_rows_start_from_zero_and_never_hide_a_small_value():
    # 1 of 8 is an eighth of the height at least; 4 of 8 fills the lower of two rows
    assert bar_rows([0, 1, 8, 4], rows=2, bar_width=1, gap=1) == ["    █", "  ▂ █ █"]
    assert bar_rows([0, 0], rows=1, bar_width=2, gap=1) == [""]
    assert layout(30, 44) == (1, 0) and layout(14, 44) == (2, 1) and layout(7, 80) == (3, 1)


async def test_stats_screen_fits_80x24_and_larger(tmp_path: Path):
    clock = FakeClock()
    with store_in(tmp_path) as store:
        deck = hand_built_history(store, clock)
        for size in ((80, 24), (120, 40)):
            app = create_app(
                [deck], stats=lambda d: deck_stats(store, d, clock(), tz=UTC), key_clock=Ticks()
            )
            async with app.run_test(size=size) as pilot:
                await pilot.press("t")
                await pilot.pause()
                screen = app.screen
                figures = screen.query_one(".stats-figures")
                charts = screen.query_one(".stats-charts")
                assert figures.region.right <= charts.region.x  # side by side, no overlap
                assert charts.region.right <= size[0]
                for chart in screen.query(BarChart):
                    assert chart.region.width >= 30  # every one of 30 days has a column


async def test_stats_chart_titles_are_never_cut_at_80x24():
    from dataclasses import replace

    from tests.test_review_snapshots import STATS

    busy = replace(STATS, reviews_per_day=[0] * 28 + [101, 3])
    for size in ((80, 24), (60, 16)):
        app = create_app([make_deck()], stats=lambda d: busy, key_clock=Ticks())
        async with app.run_test(size=size) as pilot:
            await pilot.press("t")
            await pilot.pause()
            (title, *_) = app.screen.query(".chart-title").results(Static)
            assert "max 101" in str(title.content)
            rendered = app.export_screenshot().replace("&#160;", " ")
            assert "max 101" in rendered, f"cut at {size}"


async def test_a_long_deck_title_in_the_stats_bar_ends_in_an_ellipsis(tmp_path: Path):
    """The bar is one line: a title that does not fit says so with "…", as the quiz does."""
    clock = FakeClock()
    long_title = "A deck title that goes on and on, well beyond the width of a small terminal"
    with store_in(tmp_path) as store:
        deck = make_deck(title=long_title)
        app = create_app(
            [deck],
            last_score=store.last_score,
            stats=lambda d: deck_stats(store, d, clock(), tz=UTC),
            key_clock=Ticks(),
        )
        async with app.run_test(size=(60, 20)) as pilot:
            await pilot.press("t")
            await pilot.pause()
            assert isinstance(app.screen, StatsScreen)
            bar = app.export_screenshot().split("trainer", 1)[1].split("</text>")[:12]
            assert any("…" in part for part in bar), bar
