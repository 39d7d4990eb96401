"""`trainer generate --jobs/--cluster`: workers die with the command, decks do not change.

The kill tests start the real command in a fresh process, wait until its workers are
busy, kill it, and check that no process it started survives (bounded waits).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from trainer.cli import main
from trainer.decks import load_deck

psutil = pytest.importorskip("psutil")

pytestmark = pytest.mark.slow

WAIT = 90  # seconds: loading spaCy in two workers on a busy machine


@pytest.fixture
def many_articles(tmp_path: Path) -> Path:
    """Enough work to keep two workers busy for a while: the seeds, 80 times over."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(80):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{n:02d}-{seed.name}")
    return folder


def start_generate(folder: Path, out: Path, *options: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "trainer", "generate", str(folder), "-o", str(out), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, as a shell job would be
    )


def busy_workers(command: subprocess.Popen[str], n: int = 2) -> list[psutil.Process]:
    """Every process the command started, once `n` workers are parsing (using CPU)."""
    parent = psutil.Process(command.pid)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert command.poll() is None, command.communicate()
        family = parent.children(recursive=True)
        workers = [p for p in family if "resource_tracker" not in " ".join(_cmdline(p))]
        if len(workers) >= n and all(_cpu_seconds(p) > 2 for p in workers):
            return family
        time.sleep(0.2)
    raise AssertionError("the workers never got busy")


def _cmdline(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:
        return []


def _cpu_seconds(process: psutil.Process) -> float:
    try:
        times = process.cpu_times()
    except psutil.Error:
        return 0.0
    return times.user + times.system


def survivors(processes: list[psutil.Process], within: float = 20) -> list[psutil.Process]:
    """The processes still alive (not gone, not a zombie) after `within` seconds."""
    deadline = time.monotonic() + within
    alive = processes
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _alive(p)]
        time.sleep(0.1)
    return alive


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def test_sigkill_of_the_command_kills_its_workers(many_articles, tmp_path):
    out = tmp_path / "x.deck.yaml"
    command = start_generate(many_articles, out, "--jobs", "2")
    family = busy_workers(command)
    command.send_signal(signal.SIGKILL)
    command.communicate(timeout=WAIT)
    assert survivors(family) == []
    assert not out.exists()


def test_sigterm_stops_the_workers_with_one_line(many_articles, tmp_path):
    out = tmp_path / "x.deck.yaml"
    command = start_generate(many_articles, out, "--jobs", "2")
    family = busy_workers(command)
    command.send_signal(signal.SIGTERM)
    _, err = command.communicate(timeout=WAIT)
    assert err == "trainer: terminated\n"
    assert command.returncode == 128 + signal.SIGTERM
    assert survivors(family) == []
    assert os.listdir(tmp_path) == [many_articles.name]


def test_ctrl_c_prints_one_line_and_stops_the_workers(many_articles, tmp_path):
    out = tmp_path / "x.deck.yaml"
    command = start_generate(many_articles, out, "--jobs", "2")
    family = busy_workers(command)
    os.killpg(command.pid, signal.SIGINT)  # the terminal sends it to the whole job
    _, err = command.communicate(timeout=WAIT)
    assert err == "trainer: interrupted\n"
    assert command.returncode == 130
    assert survivors(family) == []


@pytest.mark.parametrize(
    "options", [["--jobs", "2"], ["--cluster", "local", "--jobs", "2"]], ids=["jobs", "dask"]
)
def test_worker_processes_and_a_local_dask_cluster_give_the_one_process_deck(
    nlp, tmp_path, options
):
    """Byte-identical decks wherever the map runs (a few small articles, ≤ 30 s)."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    here, there = tmp_path / "here.deck.yaml", tmp_path / "there.deck.yaml"
    assert main(["generate", str(articles), "-o", str(here), "--id", "d"]) == 0
    assert main(["generate", str(articles), "-o", str(there), "--id", "d", *options]) == 0
    assert len(load_deck(here).cards) > 10
    assert there.read_bytes() == here.read_bytes()


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    article = next(SEEDS.glob("*.txt"))
    out = tmp_path / "x.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--cluster", "tcp://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("trainer: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert not out.exists()


def test_stopping_early_leaves_no_pool_thread_to_race_the_exit():
    """A pool thread still ending at exit can write to a pipe it has just closed, and
    Python prints "Bad file descriptor" after our one line: stopping waits for it."""
    import threading
    from concurrent.futures.process import _ExecutorManagerThread

    from trainer.articles import read_article
    from trainer.workers import map_in_processes

    article = read_article(sorted(SEEDS.glob("*.txt"))[0])
    found = map_in_processes([article] * 8, 2)
    assert next(found).source.id == article.id
    found.close()
    assert [t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread)] == []
