"""The quiz TUI driven through Textual's pilot: whole quizzes, by keys and by mouse."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from textual.widgets import Input, Static

from tests.quizdecks import (
    CHOICE_CARDS,
    TYPED_CARDS,
    FakeClock,
    ListRecorder,
    Steps,
    Ticks,
    make_card,
    make_deck,
)
from tests.tui_support import text
from trainer import study
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.tui.app import QuizApp, create_app
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.question import QuestionScreen
from trainer.tui.screens.start import StartScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.screens.too_small import TooSmallScreen

IN_ORDER = QuizOptions(shuffle=False)

pytestmark = pytest.mark.anyio


def quiz_app(
    cards=CHOICE_CARDS + TYPED_CARDS, options=IN_ORDER, key_clock=None, **kw
) -> tuple[QuizApp, QuizSession]:
    kw.setdefault("recorder", ListRecorder())
    kw.setdefault("now", FakeClock())
    session = QuizSession([make_deck(cards)], options, **kw)
    app = create_app(session=session, key_clock=key_clock or Steps())
    return app, session


async def type_answer(pilot, reply: str) -> None:
    await pilot.press(*[" " if c == " " else c for c in reply], "enter")
    await pilot.pause()


async def test_choice_quiz_by_keys_numbers_letters_and_arrows():
    app, session = quiz_app(CHOICE_CARDS)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, QuestionScreen)
        assert "Growth will return by spring" in text(app, "#question")
        await pilot.press("1")  # Maria Santos
        assert "Right" in text(app, "#verdict")
        assert "Example Wire, 4 Mar 2021" in text(app, "#source")
        assert "Maria Santos" in text(app, "#evidence")
        await pilot.press("enter")
        await pilot.press("a")  # March 2: wrong
        assert "Wrong — the answer is March 9" in text(app, "#verdict")
        assert app.screen.query_one("#choice-1").has_class("-right")
        assert app.screen.query_one("#choice-0").has_class("-wrong")
        await pilot.press("space")
        assert not app.screen.query(".-highlighted")  # no option looks chosen before a key
        await pilot.press("enter")  # nothing highlighted: enter picks nothing
        assert session.awaiting_answer
        await pilot.press("down", "down", "enter")  # 8,000 is the second option
        assert "Right" in text(app, "#verdict")
        assert "score 2/3" in text(app, "#progress")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text(app, "#headline") == "2 of 3 right · 67%"
    assert [o.reply for o in session.outcomes] == ["Maria Santos", "March 2", "8,000"]


async def test_choice_quiz_by_mouse():
    app, session = quiz_app(CHOICE_CARDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#choice-0")
        assert session.last.verdict == "right"
        await pilot.press("enter")
        await pilot.click("#choice-3")  # May 1
        await pilot.pause()
        assert session.last.reply == "May 1"
        assert "Wrong" in text(app, "#verdict")
        await pilot.click("#choice-0")  # clicks after the answer change nothing
        assert len(session.outcomes) == 2


async def test_typed_answers_right_almost_wrong():
    app, session = quiz_app(
        (*TYPED_CARDS, CHOICE_CARDS[1]), QuizOptions(mode="typed", shuffle=False)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.focused is app.screen.query_one("#reply", Input)
        await type_answer(pilot, "lisbon")
        assert text(app, "#verdict").startswith("✓ Right")
        await pilot.press("enter")
        assert "______" in text(app, "#question")  # the cloze blank
        await type_answer(pilot, "retrun")
        assert "Almost — the answer is return" in text(app, "#verdict")
        assert "Growth will return by spring" in text(app, "#question")  # blank filled in
        await pilot.press("enter")
        await type_answer(pilot, "9 April")
        assert "Wrong — the answer is March 9" in text(app, "#verdict")
    assert [o.verdict for o in session.outcomes] == ["right", "almost", "wrong"]


async def test_enter_on_an_empty_line_shows_the_answer_and_counts_as_wrong():
    recorder = ListRecorder()
    app, _ = quiz_app(TYPED_CARDS, recorder=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")  # q types into the line, it does not quit
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.query_one("#reply", Input).value == "q"
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert "Wrong — the answer is Lisbon" in text(app, "#verdict")
        assert "score 0/1" in text(app, "#progress")
    assert [(a.reply, a.verdict) for a in recorder.answers] == [("", "wrong")]
    assert recorder.calls[0][2] == study.AGAIN


async def test_answers_are_recorded_and_grades_rerated_from_the_feedback():
    recorder = ListRecorder()
    ticks = Ticks()
    app, _ = quiz_app(CHOICE_CARDS, recorder=recorder, key_clock=ticks)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        assert [c[0] for c in recorder.calls] == ["record"]
        assert recorder.calls[0][2] == study.GOOD
        ticks.advance(0.5)  # past the hold after an answer
        await pilot.press("4")  # on the feedback: a grade, not an option
        assert recorder.calls[-1] == ("rerate", 1, study.EASY)
        assert "4 easy" in text(app, "#rating")
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        assert len(recorder.answers) == 1


async def test_retry_missed_questions_from_the_summary():
    app, session = quiz_app(CHOICE_CARDS)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("2", "enter", "2", "enter", "1", "enter"):  # wrong, right, wrong
            await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        missed = [str(w.content) for w in app.screen.query(".missed").results(Static)]
        assert len(missed) == 2
        assert "Maria Santos" in missed[0] and "you said: Jon Berg" in missed[0]
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [q.card.id for q in session.questions] == ["who-said-growth", "number-delegates"]
        assert "1 of 2" in text(app, "#progress")
        await pilot.press("1", "enter", "2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text(app, "#headline") == "2 of 2 right · 100%"
        await pilot.press("r")  # nothing missed: no retry
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is not None
    lines = app.return_value.splitlines()
    assert lines[0].startswith("Lisbon summit, March 2021: 1 of 3 right (33%)")
    assert lines[1].startswith("Lisbon summit, March 2021 (retry 1): 2 of 2 right (100%)")


async def test_quit_mid_way_shows_the_partial_summary_then_leaves():
    app, _ = quiz_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "enter")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Stopped after 1 of 5 questions" in text(app, "#details")
        assert text(app, "#headline") == "1 of 1 right · 100%"
        await pilot.press("q")
        await pilot.pause()
    assert "stopped after 1 of 5" in app.return_value


async def test_escape_stops_a_typed_question_and_ctrl_c_quits_at_once():
    app, session = quiz_app(TYPED_CARDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "Lisbon")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    app, session = quiz_app(TYPED_CARDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "Lisbon")
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert session.finished
    assert "1 of 1 right" in app.return_value and "stopped after 1 of 2" in app.return_value


async def test_resize_to_80x24_and_a_clear_message_when_too_small():
    app, session = quiz_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("1")
        assert app.screen.query_one("#rating").region.bottom <= 23  # all of it above the footer
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        message = text(app, "#too-small")
        assert "too small: 40×12" in message and "ctrl+c" in message
        await pilot.press("enter")  # keys don't reach the quiz underneath
        assert session.position == 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("enter")
        assert session.position == 1


async def test_small_terminal_at_start_shows_the_message_first():
    app, _ = quiz_app()
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)


async def test_help_theme_and_command_palette():
    app, _ = quiz_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        explained = [str(w.content) for w in app.screen.query(".help-what").results(Static)]
        assert "retry the questions you missed" in explained
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"
        await pilot.press(*"Stop quiz", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_choice_mode_asks_cards_without_choices_typed():
    app, session = quiz_app(TYPED_CARDS, QuizOptions(mode="choice", shuffle=False))
    async with app.run_test(size=(80, 24)) as pilot:
        assert len(app.screen.query("#choices")) == 0
        await type_answer(pilot, "Lisbon")
        assert session.last.verdict == "right"


async def test_empty_deck_shows_a_message_not_a_crash():
    app, _ = quiz_app(())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text(app, "#headline") == "No questions to ask"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is None


async def test_start_screen_lists_decks_and_starts_the_chosen_one():
    summit = make_deck()
    other = make_deck(CHOICE_CARDS[:1], deck_id="other", title="Other deck")
    empty = make_deck((), deck_id="empty", title="Empty deck")
    app = create_app(
        [summit, other, empty],
        broken=[("/x/bad.deck.yaml", "/x/bad.deck.yaml:3: missing required field 'cards'")],
        last_score=lambda deck_id: (4, 5) if deck_id == "summit" else None,
        rng=random.Random(1),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen)
        options = app.screen.query_one("#decks")
        assert options.option_count == 5  # three decks, all decks, the broken one
        details = text(app, "#deck-details")
        assert "Lisbon summit" in details and "5 cards" in details and "4 of 5" in details
        kinds = app.screen.query_one("#kinds")
        assert kinds.option_count == 5
        await pilot.press("down", "down")  # the empty deck
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)  # nothing to ask: stays, says so
        await pilot.press("up")
        assert "Other deck" in text(app, "#deck-details")
        await pilot.press("m", "m")  # auto -> choice -> typed
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        session = app.screen.session
        assert session.options.mode == "typed"
        assert [d.id for d in session.decks] == ["other"]
        await type_answer(pilot, "Santos")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)  # back to the decks
        details = text(app, "#deck-details")
        assert "Other deck" in details and "Last score  1 of 1" in details  # this session's
        await pilot.press("q")
    assert "Other deck: 1 of 1 right" in app.return_value


async def test_start_screen_kinds_can_be_narrowed():
    app = create_app([make_deck()], rng=random.Random(1))
    async with app.run_test(size=(80, 24)) as pilot:
        kinds = app.screen.query_one("#kinds")
        kinds.deselect("who_said")
        kinds.deselect("quote_cloze")
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert {q.card.kind for q in app.screen.session.questions} == {"date", "number", "place"}


def test_the_quiz_never_loads_spacy():
    code = (
        "import asyncio, sys\n"
        "from tests.test_quiz_tui import quiz_app\n"
        "async def main():\n"
        "    app, session = quiz_app()\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.press('1', 'enter', 'q')\n"
        "asyncio.run(main())\n"
        "import trainer.commands.quiz\n"
        "print(','.join(m for m in ('spacy', 'trafilatura', 'genanki') if m in sys.modules))\n"
    )
    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("size", [(80, 24), (60, 16), (160, 50)])
async def test_every_screen_fits_common_sizes(size):
    app, _ = quiz_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        feedback = app.screen.query_one("#feedback")
        assert feedback.region.width > 0
        await pilot.press("enter", "q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_a_failing_history_store_is_reported_and_the_quiz_goes_on():
    class Broken(ListRecorder):
        def record(self, answer, rating):
            raise OSError("database is locked")

    app, session = quiz_app(CHOICE_CARDS, recorder=Broken())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert "database is locked" in text(app, "#record-error")
        assert any("not saved" in str(n.message) for n in app._notifications)
        await pilot.press("enter")
        assert session.position == 1


async def test_the_header_never_shows_the_answer_of_the_question_asked():
    # a deck named after its one article's headline, and that headline's card
    headline = make_card(
        "headline-lisbon",
        "headline",
        'Complete the headline of March 2021: "_____ hosts summit on growth"',
        "Portugal",
        choices=("Portugal", "Spain", "France", "Italy"),
        evidence="Portugal hosted the summit in Lisbon on Tuesday.",
    )
    session = QuizSession(
        [make_deck((headline,), title="Portugal hosts summit on growth")],
        IN_ORDER,
        recorder=ListRecorder(),
        now=FakeClock(),
    )
    app = create_app(session=session, key_clock=Steps())
    async with app.run_test(size=(100, 24)) as pilot:
        shown = text(app, "#deck-title")
        assert "Portugal" not in shown and "hosts summit on growth" in shown
        await pilot.press("1")
        await pilot.pause()
        assert "Portugal hosts summit on growth" in text(app, "#deck-title")  # answered
