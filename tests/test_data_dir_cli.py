"""The data directory and the decks in it, through the entry point: a data directory that is
a file, a broken saved deck, `stats` in a pipe, and a deck id given in capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DECK
from tests.test_cli import run_cli


@pytest.mark.parametrize(
    "args", [["stats"], ["review"], ["quiz", str(SAMPLE_DECK)], ["check", "--history"]]
)
def test_a_data_dir_that_is_a_file_is_said_in_one_line(tmp_path: Path, args: list[str]):
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("oops\n")
    result = run_cli(*args, env={"TRAINER_DATA_DIR": str(not_a_dir)})
    assert result.returncode == 1
    assert result.stderr == f"trainer: {not_a_dir}: the data directory is not a directory\n"
    assert not_a_dir.read_text() == "oops\n"


@pytest.mark.parametrize("args", [["check", str(SAMPLE_DECK)], ["export", str(SAMPLE_DECK)]])
def test_commands_that_need_no_data_dir_still_work_beside_a_file(tmp_path: Path, args: list[str]):
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("oops\n")
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "TRAINER_DATA_DIR": str(not_a_dir)},
    )
    assert result.returncode == 0, result.stderr


def test_stats_skips_a_broken_saved_deck_with_one_warning(data_dir: Path):
    decks = data_dir / "decks"
    decks.mkdir()
    (decks / "good.deck.yaml").write_text(SAMPLE_DECK.read_text(encoding="utf-8"))
    broken = decks / "broken.deck.yaml"
    broken.write_text("format: 1\nid: broken\n")
    result = run_cli("stats")
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"trainer: skipped {broken}: {broken}:")
    assert "Syria, 17 Nov 2015" in result.stdout  # the good ones are all there


def test_stats_in_a_pipe_has_no_trailing_spaces():
    result = run_cli("stats", str(SAMPLE_DECK))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.lstrip().startswith("Cards") for line in lines)
    assert [line for line in lines if line != line.rstrip()] == []


def test_generate_refuses_an_id_that_is_not_a_slug(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nSome text of an article.\n")
    out = tmp_path / "x.deck.yaml"
    result = run_cli("generate", str(article), "-o", str(out), "--id", "UPPER")
    assert result.returncode == 1
    assert result.stderr == (
        "trainer: --id 'UPPER': a deck id is lower-case letters, digits and hyphens "
        "(try --id upper)\n"
    )
    assert not out.exists()
