"""End to end in a real terminal (tmux): a `trainer quiz` killed with SIGKILL after N answers
has exactly N reviews in its history; `trainer review` asks the due cards and records them."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.quizdecks import make_deck
from tests.test_quiz_terminal import Terminal
from trainer.decks import write_deck
from trainer.review.store import open_store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path)
    yield term
    term.close()


def trainer_command(data_dir: Path, *args: str) -> str:
    exe = shutil.which("trainer")
    program = shlex.quote(exe) if exe else f"{shlex.quote(sys.executable)} -m trainer"
    env = f"PYTHONPATH={shlex.quote(str(REPO))} TRAINER_DATA_DIR={shlex.quote(str(data_dir))}"
    return f"env {env} {program} {' '.join(shlex.quote(a) for a in args)}"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("answers", [1, 3])
def test_a_quiz_killed_after_n_answers_has_exactly_n_reviews(
    terminal: Terminal, tmp_path: Path, data_dir: Path, answers: int
):
    deck = tmp_path / "summit.deck.yaml"
    write_deck(make_deck(), deck)  # three choice cards first, then two typed ones
    terminal.tmux("set-option", "-g", "remain-on-exit", "on")
    # `exec`: the pane's process is trainer itself, so the pane's pid is the one to kill
    terminal.start(
        "exec " + trainer_command(data_dir, "quiz", str(deck), "--in-order", "--mode", "choice")
    )
    pid = int(terminal.tmux("display-message", "-p", "#{pane_pid}").strip())
    terminal.wait_for("question 1 of 5", "1-4 answer")
    for n in range(1, answers + 1):
        terminal.keys("1")  # right for the first question, wrong for the second and third
        terminal.wait_for(f"score 1/{n}", "enter next")
        if n < answers:
            terminal.keys("Enter")
            terminal.wait_for(f"question {n + 1} of 5")
            time.sleep(0.5)  # answer keys wait 0.4 s after a new question (double presses)
    # the last answer's feedback is on screen: kill now, before anything else can happen
    assert alive(pid)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid) or "Pane is dead" in terminal.screen()

    with open_store(data_dir) as store:
        reviews = store.reviews()
        assert len(reviews) == answers
        assert [r.card_id for r in reviews] == [c.id for c in make_deck().cards[:answers]]
        assert [r.verdict for r in reviews] == ["right", "wrong", "wrong"][:answers]
        assert store.last_score("summit") == (1, answers)


def test_review_in_a_real_terminal_asks_the_due_cards_then_says_when_the_next_is(
    terminal: Terminal, tmp_path: Path, data_dir: Path
):
    deck = tmp_path / "summit.deck.yaml"
    write_deck(make_deck(), deck)
    (data_dir / "settings.yaml").write_text("new_cards_per_day: 2\n")
    review = trainer_command(data_dir, "review", str(deck), "--mode", "choice", "--seed", "1")
    terminal.start(f"{review}; echo EXIT=$?; {review}; echo EXIT2=$?; sleep 60")
    terminal.wait_for("Review · Lisbon summit", "question 1 of 2", "Who said:", "1-4 answer")
    terminal.keys("1")
    terminal.wait_for("enter next", "score ")
    terminal.keys("Enter")
    terminal.wait_for("question 2 of 2", "On what date does the summit open?")
    time.sleep(0.5)  # answer keys wait 0.4 s after a new question (double presses)
    terminal.keys("1")
    terminal.wait_for("enter next")
    terminal.keys("Enter")
    terminal.wait_for("SUMMARY")
    terminal.keys("q")
    screen = terminal.wait_for("EXIT2=")
    assert "EXIT=0" in screen and "EXIT2=0" in screen
    assert "Review · Lisbon summit, March 2021: " in screen  # the score line
    # the two new cards of the day are done, and answered cards come back in minutes
    assert "Nothing to review in 1 deck (5 cards). The next card is due today at" in " ".join(
        screen.split()
    ) or "The next card is due tomorrow at" in " ".join(screen.split())
    with open_store(data_dir) as store:
        reviews = store.reviews()
        assert [r.card_id for r in reviews] == ["who-said-growth", "date-summit"]
        assert store.last_score("summit", kind="review") is not None
