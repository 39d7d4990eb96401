"""Domain code never imports Textual; the quiz never loads spaCy; heavy libraries load lazily.

Every module of the package is checked, found by walking it, so a new module is covered
without editing this file.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import trainer

HEAVY = ("textual", "spacy", "trafilatura", "genanki", "anki", "fsrs")


def _modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(trainer.__path__, "trainer.")
        if m.name != "trainer.__main__"
    )


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(filter(None, result.stdout.strip().split(",")))


@pytest.mark.parametrize("module", [m for m in _modules() if not m.startswith("trainer.tui")])
def test_domain_module_imports_nothing_heavy(module: str):
    assert _loaded_after_import(module) == set()


@pytest.mark.parametrize("module", [m for m in _modules() if m.startswith("trainer.tui")])
def test_tui_module_never_loads_spacy(module: str):
    assert "spacy" not in _loaded_after_import(module)


def test_modules_are_found():
    names = _modules()
    assert {"trainer.model", "trainer.decks", "trainer.cli", "trainer.pipeline"} <= set(names)


def test_building_the_cli_parser_loads_nothing_heavy():
    code = (
        "import sys\nfrom trainer.cli import build_parser\nbuild_parser()\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
