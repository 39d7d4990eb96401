"""Answering through the pilot: double presses, the verdict in view, "show the answer",
undo, "mark my answer correct", the last score, and a history locked by another program."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.quizdecks import CHOICE_CARDS, TYPED_CARDS, FakeClock, Steps, Ticks, make_card, make_deck
from tests.review_support import store_in
from tests.tui_support import text
from trainer import study
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.review.scheduler import FsrsScheduler
from trainer.tui.app import create_app
from trainer.tui.screens.question import KEY_HOLD_SECONDS
from trainer.tui.screens.start import StartScreen
from trainer.tui.screens.summary import SummaryScreen

IN_ORDER = QuizOptions(shuffle=False)
TYPED = QuizOptions(mode="typed", shuffle=False)

pytestmark = pytest.mark.anyio


def stored(store) -> list[tuple[str, str, str, int, str]]:
    return [(r.card_id, r.reply, r.verdict, r.rating, r.rated_by) for r in store.reviews()]


async def test_a_double_enter_on_the_feedback_does_not_answer_the_next_question():
    ticks = Ticks()
    session = QuizSession([make_deck(CHOICE_CARDS)], IN_ORDER, now=FakeClock())
    app = create_app(session=session, key_clock=ticks)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        ticks.advance(5)  # reading the feedback
        await pilot.press("enter", "enter")  # next, and a second enter at once
        assert session.position == 1 and session.awaiting_answer
        assert len(session.outcomes) == 1
        assert not app.screen.query(".-highlighted")  # no option looks chosen
        await pilot.press("1")  # an answer key inside the hold is the same double press
        assert session.awaiting_answer
        ticks.advance(KEY_HOLD_SECONDS + 0.01)
        await pilot.press("enter")  # past the hold, enter still picks nothing highlighted
        assert session.awaiting_answer
        await pilot.press("2")
        assert session.last.reply == "March 9" and len(session.outcomes) == 2


async def test_the_real_clock_holds_answer_keys_right_after_a_new_question():
    """Without an injected clock the hold uses time.monotonic: pilot presses are quicker."""
    session = QuizSession([make_deck(TYPED_CARDS)], TYPED, now=FakeClock())
    app = create_app(session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Lisbon", "enter")
        await pilot.pause(KEY_HOLD_SECONDS)
        started = time.monotonic()
        await pilot.press("enter", "enter")  # next, then enter on the empty line at once
        if time.monotonic() - started >= KEY_HOLD_SECONDS:
            pytest.skip("the machine is too busy to press two keys within the hold")
        assert session.position == 1 and session.awaiting_answer


LONG_EVIDENCE = make_card(
    "date-long",
    "date",
    "On what date did the ministers first meet to discuss the plan for the summit?",
    "March 9",
    choices=("March 2", "March 9", "April 9", "May 1"),
    evidence=" ".join(["The ministers met on March 9, officials said, after weeks of talks."] * 6),
)


@pytest.mark.parametrize("size", [(60, 16), (80, 24)])
async def test_the_verdict_and_grade_stay_in_view_with_long_evidence(size):
    session = QuizSession([make_deck([LONG_EVIDENCE])], IN_ORDER, now=FakeClock())
    app = create_app(session=session, key_clock=Steps())
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await pilot.pause()
        for _ in range(2):
            for selector in ("#verdict", "#rating"):
                widget = app.screen.query_one(selector)
                assert widget.region.height >= 1
                shown, _ = app.screen.get_widget_at(*widget.region.offset)
                assert shown is widget, f"{selector} is hidden at {size}"
            assert "Wrong — the answer is March 9" in text(app, "#verdict")
            await pilot.press("up", "up", "pageup")  # scrolling the evidence moves only it
            await pilot.pause()


async def test_undo_removes_the_review_and_asks_again(tmp_path: Path):
    ticks = Ticks()
    with store_in(tmp_path) as store:
        session = QuizSession(
            [make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder("quiz"), now=FakeClock()
        )
        app = create_app(session=session, key_clock=ticks)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("2")  # Jon Berg: wrong
            assert stored(store) == [("who-said-growth", "Jon Berg", "wrong", 1, "derived")]
            ticks.advance(1)
            await pilot.press("u")
            await pilot.pause()
            assert store.reviews() == []
            assert store.card_state("summit", "who-said-growth") is None  # new again
            assert session.awaiting_answer and session.outcomes == []
            assert "score 0/0" in text(app, "#progress")
            ticks.advance(1)
            await pilot.press("1")  # Maria Santos: right
            assert stored(store) == [("who-said-growth", "Maria Santos", "right", 3, "derived")]
        (score,) = store.rows("SELECT correct, total FROM sessions")
        assert tuple(score) == (1, 1)  # the undone answer does not count
        assert store.last_score("summit") == (1, 1)


async def test_mark_my_answer_correct_corrects_the_review_not_a_second_one(tmp_path: Path):
    clock, ticks = FakeClock(), Ticks()
    with store_in(tmp_path) as store:
        session = QuizSession(
            [make_deck(TYPED_CARDS)], TYPED, recorder=store.recorder("quiz"), now=clock
        )
        app = create_app(session=session, key_clock=ticks)
        async with app.run_test(size=(80, 24)) as pilot:
            clock.advance(4)
            answered_at = clock()
            await pilot.press(*"Lx", "enter")
            assert "Wrong" in text(app, "#verdict")
            assert "c mark right" in str(app.screen.query_one("KeyBar").content)
            ticks.advance(1)
            await pilot.press("c")
            await pilot.pause()
            assert "Right" in text(app, "#verdict") and "marked right by you" in text(
                app, "#verdict"
            )
            assert "score 1/1" in text(app, "#progress")
            assert "mark right" not in str(app.screen.query_one("KeyBar").content)
        assert stored(store) == [("place-summit", "Lx", "right", study.GOOD, "user")]
        assert store.card_state("summit", "place-summit") == (
            FsrsScheduler(fuzz=False).review(None, 1, study.GOOD, answered_at, 4).state
        )
        (score,) = store.rows("SELECT correct, total FROM sessions")
        assert tuple(score) == (1, 1)


async def test_choice_answers_cannot_be_marked_correct():
    session = QuizSession([make_deck(CHOICE_CARDS)], IN_ORDER, now=FakeClock())
    app = create_app(session=session, key_clock=Steps())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "c")
        assert session.last.verdict == "wrong"


async def test_last_score_is_the_full_quiz_not_its_retry():
    deck = make_deck(CHOICE_CARDS)
    app = create_app([deck], options=IN_ORDER, key_clock=Steps())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        for key in ("2", "enter", "1", "enter", "1", "enter"):  # wrong, wrong, wrong
            await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("r")
        await pilot.pause()
        session = app.screen.session
        answers = {q.card.id: str(q.choices.index(q.card.answer) + 1) for q in session.questions}
        for question in session.questions:  # every retry right
            await pilot.press(answers[question.card.id], "enter")
        await pilot.pause()
        assert "3 of 3 right" in text(app, "#headline")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "Last score  0 of 3" in text(app, "#deck-details")


async def test_stopping_before_any_answer_says_so():
    session = QuizSession([make_deck(CHOICE_CARDS)], IN_ORDER, now=FakeClock())
    app = create_app(session=session, key_clock=Steps())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert text(app, "#headline") == "No questions answered"
        assert "0 of 0" not in text(app, "#details")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == (
        "Lisbon summit, March 2021: stopped before answering any of 3 questions"
    )


async def test_a_locked_history_keeps_the_answer_and_saves_it_when_the_lock_frees(
    tmp_path: Path,
):
    ticks = Ticks()
    with store_in(tmp_path) as store:
        session = QuizSession(
            [make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder("quiz"), now=FakeClock()
        )
        app = create_app(session=session, key_clock=ticks)
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("1")
                await pilot.pause()
                assert "Right" in text(app, "#verdict")
                assert "saving…" in text(app, "#progress") and "saving…" in text(app, "#rating")
                assert not app.screen.query("#record-error")
                assert session.last.unsaved and session.last.review_id is None
                ticks.advance(1)
                await pilot.press("4")  # graded while waiting: the grade waits too
                assert "4 easy" in text(app, "#rating")
                await pilot.pause(1.2)  # still locked: still waiting, nothing lost
                assert len(session.unsaved) == 1
                other.execute("ROLLBACK")
                await pilot.pause(1.2)  # the app tries again every half second
                assert session.unsaved == []
                assert "saving…" not in text(app, "#progress")
                assert session.last.review_id is not None
        finally:
            other.close()
        assert stored(store) == [("who-said-growth", "Maria Santos", "right", 4, "user")]


def test_answers_still_waiting_when_the_quiz_ends_are_saved_once_the_lock_frees(
    tmp_path: Path, capsys
):
    import threading

    from trainer.commands.quiz import save_unsaved

    locked, release = threading.Event(), threading.Event()

    def hold_the_lock(path: Path) -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(10)
        other.execute("ROLLBACK")
        other.close()

    with store_in(tmp_path) as store:
        holder = threading.Thread(target=hold_the_lock, args=(store.path,))
        holder.start()
        locked.wait(10)
        session = QuizSession(
            [make_deck(CHOICE_CARDS)], IN_ORDER, recorder=store.recorder("quiz"), now=FakeClock()
        )
        session.choose(0)
        session.stop()
        assert len(session.unsaved) == 1
        threading.Timer(0.5, release.set).start()
        assert save_unsaved([session], retry_seconds=0.05) == 0
        holder.join()
        assert stored(store) == [("who-said-growth", "Maria Santos", "right", 3, "derived")]
    err = capsys.readouterr().err
    assert "locked by another program; waiting to save 1 answer" in err
    assert "saved 1 answer" in err


async def test_the_palettes_screenshot_goes_to_the_given_directory(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/Downloads
    shots = tmp_path / "data"
    session = QuizSession([make_deck(CHOICE_CARDS)], IN_ORDER, now=FakeClock())
    app = create_app(session=session, key_clock=Steps(), screenshot_dir=shots)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Screenshot", "enter")
        await pilot.pause(0.5)
        saved = list(shots.glob("*.svg"))
        assert len(saved) == 1
        assert any(f"Screenshot saved to {saved[0]}" in str(n.message) for n in app._notifications)


async def test_two_quizzes_of_a_deck_in_one_run_are_two_scores(tmp_path: Path):
    deck = make_deck(CHOICE_CARDS)
    with store_in(tmp_path) as store:
        app = create_app(
            [deck],
            options=IN_ORDER,
            recorder=store.recorder("quiz"),
            last_score=store.last_score,
            key_clock=Steps(),
        )
        async with app.run_test(size=(80, 24)) as pilot:
            for keys in (("2", "enter", "1", "enter", "1", "enter"), ("1", "enter") * 3):
                await pilot.press("enter")  # start the highlighted deck
                await pilot.pause()
                for key in keys:
                    await pilot.press(key)
                await pilot.pause()
                await pilot.press("q")  # leave the summary
                await pilot.pause()
                assert isinstance(app.screen, StartScreen)
        scores = [tuple(row) for row in store.rows("SELECT correct, total FROM sessions")]
        assert scores == [(0, 3), (1, 3)]  # each quiz its own score, all three counted
        assert store.last_score("summit") == (1, 3)
