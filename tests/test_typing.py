"""The package type-checks under `mypy --strict` (pyproject's [tool.mypy]) and keeps the
import boundaries pyproject's [tool.importlinter] contracts state (run by import-linter).
Both read their settings from pyproject.toml; a bare clone with the test extra runs them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_mypy_strict_passes():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None, reason="import-linter is not installed"
)
def test_import_contracts_are_kept():
    code = "import sys\nfrom importlinter.cli import lint_imports\nsys.exit(lint_imports(no_logo=True))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and " kept, 0 broken" in result.stdout
