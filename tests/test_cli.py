"""The CLI through its entry point: exit codes and one-line messages, never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_DECK
from trainer.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("trainer")
    command = [exe] if exe else [sys.executable, "-m", "trainer"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "check" in result.stdout


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]):
    from trainer.cli import command_names

    for name in command_names():
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        assert f"usage: trainer {name}" in capsys.readouterr().out


def test_check_bundled_deck_without_argument():
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert DEFAULT_DECK.name in result.stdout
    assert "cards (" in result.stdout and "2 sources" in result.stdout


def test_check_reports_every_problem(tmp_path: Path):
    bad = tmp_path / "bad.deck.yaml"
    # the first card's kind, whichever it is, made unknown
    text = re.sub(r"kind: \w+", "kind: dat", DEFAULT_DECK.read_text(encoding="utf-8"), count=1)
    bad.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.deck.yaml"
    result = run_cli("check", str(DEFAULT_DECK), str(bad), str(missing))
    assert result.returncode == 1
    assert "ok " in result.stdout
    errors = result.stderr.strip().splitlines()
    assert errors[0].startswith(f"trainer: {bad}:") and "unknown kind 'dat'" in errors[0]
    assert errors[1] == f"trainer: {missing}: no such deck file"
    assert "Traceback" not in result.stderr


def test_unsafe_yaml_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    evil = tmp_path / "evil.deck.yaml"
    evil.write_text("!!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    assert main(["check", str(evil)]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip()
        == f"trainer: {evil}:1: refused unsafe or unknown YAML tag !!python/object/apply:os.system"
    )
    assert not Path("pwned").exists()


@pytest.mark.parametrize(
    "args",
    [["check", "syria-2015-11-17"], ["stats", "syria-2015-11-17", "--json"]],
)
def test_commands_take_a_bundled_deck_by_name(args: list[str]):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "syria-2015-11-17" in result.stdout


def test_export_takes_a_bundled_deck_by_name(tmp_path: Path):
    out = tmp_path / "named.apkg"
    result = run_cli("export", "syria-2015-11-17", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.stat().st_size > 0
