"""How fast `trainer quiz` gets to its first question, and how fast a big deck loads.

1. Process start to the first question drawn (headless, Textual's pilot), against a minimal
   Textual app that draws one label, measured in the same run (interleaved, median of N).
   The quiz opens the review history (settings, fsrs, SQLite) as `trainer quiz` does.
   Target: under 1.5x the minimal app.
2. A generated 10,000-card deck (written to a temp dir) loads in under 0.5 s: the way
   `trainer quiz` loads it (trainer.deckcache), cold (YAML, filling the cache) and warm.
3. `trainer stats`, `trainer check` and `trainer export` over that deck, as processes (the
   first run fills the deck cache; then the median of N), against a floor measured in the
   same run: `trainer --version` (the interpreter and the command line, no deck).

    python bench/startup.py [--runs N] [--commands-only]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MINIMAL = textwrap.dedent(
    """
    import time
    from textual.app import App
    from textual.widgets import Label

    class Minimal(App):
        def compose(self):
            yield Label("What is the capital of Portugal?")

    async def drawn(pilot):
        await pilot.pause()
        print(time.time())
        pilot.app.exit()

    Minimal().run(headless=True, auto_pilot=drawn)
    """
)

QUIZ = textwrap.dedent(
    """
    import sys, time
    from trainer.cli import build_parser

    args = build_parser().parse_args(["quiz", sys.argv[1], "--in-order"])
    from trainer.deckcache import load_deck_cached as load_deck
    from trainer.quiz.session import QuizOptions, QuizSession
    from trainer.tui.app import create_app

    from trainer.commands._history import open_history

    deck = load_deck(args.decks[0])
    store = open_history()  # as `trainer quiz` does: answers go to the review history
    recorder = store.recorder("quiz")
    session = QuizSession([deck], QuizOptions(shuffle=args.shuffle), recorder=recorder)
    app = create_app(session=session, recorder=recorder, last_score=store.last_score)

    async def drawn(pilot):
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionScreen", app.screen
        assert app.screen.query_one("#question").region.height > 0
        print(time.time())
        pilot.app.exit()

    app.run(headless=True, auto_pilot=drawn)
    """
)


def time_to_draw(code: str, data_dir: str, *args: str) -> float:
    env = {
        "PYTHONPATH": str(REPO),
        "PATH": "/usr/bin:/bin",
        "TERM": "xterm-256color",
        "TRAINER_DATA_DIR": data_dir,
    }
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1]) - start


def big_deck(directory: Path, cards: int = 10_000) -> Path:
    from trainer.decks import write_deck
    from trainer.model import CARD_KINDS, Card, Deck, Source

    source = Source(id="s1", outlet="Example Wire", title="Generated")
    made = []
    for i in range(cards):
        kind = CARD_KINDS[i % len(CARD_KINDS)]
        answer = f"Answer {i}"
        made.append(
            Card(
                id=f"card-{i:05d}",
                kind=kind,
                question=f"Question number {i} about a fact reported in the generated article?",
                answer=answer,
                sources=("s1",),
                evidence=f"The generated article states that the answer to question {i} is {answer}, "
                "among many other things it reports at some length.",
                accept=(f"A{i}",),
                choices=(answer, f"Other {i}a", f"Other {i}b", f"Other {i}c"),
            )
        )
    deck = Deck(id="big", title="Big", sources=(source,), cards=tuple(made))
    path = directory / "big.deck.yaml"
    write_deck(deck, path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--commands-only", action="store_true", help="part 3 only")
    args = parser.parse_args()
    if args.commands_only:
        bench_commands(args.runs)
        return 0

    import compileall

    import trainer
    from trainer.paths import default_deck

    # An installed trainer has its bytecode compiled by pip; a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as on CI) would compile every module on every start.
    compileall.compile_dir(Path(trainer.__file__).parent, quiet=1)
    deck = default_deck()
    assert deck is not None, "no bundled deck"
    minimal, quiz = [], []
    with tempfile.TemporaryDirectory() as data:
        time_to_draw(MINIMAL, data)  # warm the file cache for both
        time_to_draw(QUIZ, data, str(deck))
        for _ in range(args.runs):
            minimal.append(time_to_draw(MINIMAL, data))
            quiz.append(time_to_draw(QUIZ, data, str(deck)))
    floor, ours = statistics.median(minimal), statistics.median(quiz)
    ratio = ours / floor
    print(
        f"minimal Textual app, start to label drawn:   {floor * 1000:7.0f} ms (median of {args.runs})"
    )
    print(
        f"trainer quiz, start to first question drawn: {ours * 1000:7.0f} ms (median of {args.runs})"
    )
    print(f"ratio: {ratio:.2f}x (target < 1.5x) {'ok' if ratio < 1.5 else 'SLOW'}")

    from trainer.deckcache import load_deck_cached
    from trainer.decks import load_deck
    from trainer.quiz.session import QuizOptions, QuizSession

    with tempfile.TemporaryDirectory() as tmp:
        path = big_deck(Path(tmp))
        cache = Path(tmp) / "cache"
        size_mb = path.stat().st_size / 1e6
        start = time.perf_counter()
        load_deck(path)
        yaml_seconds = time.perf_counter() - start
        start = time.perf_counter()
        load_deck_cached(path, cache)
        cold = time.perf_counter() - start
        loads = []
        for _ in range(3):
            start = time.perf_counter()
            loaded = load_deck_cached(path, cache)
            loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        QuizSession([loaded], QuizOptions(shuffle=True))
        session_seconds = time.perf_counter() - start
    load = statistics.median(loads)
    print(
        f"10,000-card deck ({size_mb:.1f} MB): YAML parse and validation {yaml_seconds * 1000:.0f} ms; "
        f"first load (YAML, fills the cache) {cold * 1000:.0f} ms"
    )
    print(
        f"10,000-card deck, later loads: {load * 1000:.0f} ms (median of 3, target < 500 ms) "
        f"{'ok' if load < 0.5 else 'SLOW'}; a shuffled session over it {session_seconds * 1000:.0f} ms"
    )
    bench_commands(args.runs)
    return 0 if ratio < 1.5 and load < 0.5 else 1


def run_command(data_dir: str, cwd: str, *args: str) -> float:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "TRAINER_DATA_DIR": data_dir}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, cwd=cwd, env=env, check=True
    )
    return time.perf_counter() - start


def bench_commands(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        deck = str(big_deck(Path(tmp)))
        data = str(Path(tmp) / "data")
        commands = {
            "stats": ["stats", deck],
            "check": ["check", deck],
            "export": ["export", deck, "-o", str(Path(tmp) / "out.apkg")],
        }
        first = {name: run_command(data, tmp, *args) for name, args in commands.items()}
        timings: dict[str, list[float]] = {name: [] for name in ["--version", *commands]}
        for _ in range(runs):  # interleaved, so all see the same machine
            timings["--version"].append(run_command(data, tmp, "--version"))
            for name, args in commands.items():
                timings[name].append(run_command(data, tmp, *args))
    floor = statistics.median(timings["--version"])
    print(f"commands over the 10,000-card deck, median of {runs} (first run fills the cache):")
    print(f"  floor   trainer --version   {floor * 1000:6.0f} ms")
    for name in commands:
        median = statistics.median(timings[name])
        print(
            f"  {name:7} {median * 1000:6.0f} ms  ratio {median / floor:4.1f} x  "
            f"(first run {first[name] * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    sys.exit(main())
