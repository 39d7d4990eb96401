"""End to end: the installed `trainer quiz` in a real terminal (tmux), keys in, screen out."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.quizdecks import make_deck
from trainer.decks import write_deck

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    """One tmux server of our own (its own socket), one 80x24 window."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"trainer-test-{os.getpid()}-{time.monotonic_ns()}"

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def start(self, command: str, width: int = 80, height: int = 24) -> None:
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def wait_for(self, *texts: str, timeout: float = 30) -> str:
        """The screen once every text is on it (a screen may be caught half drawn)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            missing = [text for text in texts if text not in screen]
            if not missing:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{missing!r} never appeared; the screen:\n{screen}")
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path)
    yield term
    term.close()


def test_two_questions_in_a_real_terminal(terminal: Terminal, tmp_path: Path, data_dir: Path):
    deck = tmp_path / "summit.deck.yaml"
    write_deck(make_deck(), deck)
    exe = shutil.which("trainer")
    program = shlex.quote(exe) if exe else f"{shlex.quote(sys.executable)} -m trainer"
    env = f"PYTHONPATH={shlex.quote(str(REPO))} TRAINER_DATA_DIR={shlex.quote(str(data_dir))}"
    terminal.start(
        f"cd {shlex.quote(str(tmp_path))} && env {env} {program} quiz {shlex.quote(str(deck))} "
        "--in-order; echo EXIT=$?; sleep 60"
    )
    terminal.wait_for(
        "question 1 of 5",
        'Who said: "Growth will return by spring"?',
        "1   Maria Santos",
        "4   Paul Roth",
        "Lisbon summit, March 2021",
        "1-4 answer",
    )

    terminal.keys("1")
    terminal.wait_for("✓ Right", "Example Wire, 4 Mar 2021", "score 1/1", "enter next")

    terminal.keys("Enter")
    terminal.wait_for("question 2 of 5", "On what date does the summit open?", "4   May 1")
    time.sleep(0.5)  # answer keys wait 0.4 s after a new question (a double press guard)
    terminal.keys("c")  # April 9
    terminal.wait_for("✗ Wrong — the answer is March 9", "score 1/2")

    terminal.keys("q")
    terminal.wait_for("SUMMARY", "1 of 2 right · 50%", "Stopped after 2 of 5 questions.")
    terminal.keys("q")
    screen = terminal.wait_for("EXIT=")
    assert "EXIT=0" in screen
    assert "Lisbon summit, March 2021: 1 of 2 right (50%)" in screen
