"""Domain code never imports Textual; nothing but `generate` loads spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest

DOMAIN_MODULES = [
    "trainer.model",
    "trainer.articles",
    "trainer.decks",
    "trainer.yamlio",
    "trainer.fileio",
    "trainer.paths",
    "trainer.cli",
    "trainer.pipeline",
    "trainer.generators",
    "trainer.generators.dates",
    "trainer.generators.numbers",
    "trainer.generators.aircraft",
    "trainer.generators.places",
    "trainer.commands.generate",
]


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_imports_no_textual_or_spacy(module: str):
    code = (
        f"import sys, {module}\n"
        "heavy = sorted(m for m in ('textual', 'spacy', 'trafilatura', 'genanki') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"{module} imports {result.stdout.strip()}"


def test_building_the_cli_parser_loads_nothing_heavy():
    code = (
        "import sys\nfrom trainer.cli import build_parser\nbuild_parser()\n"
        "print(','.join(m for m in ('textual', 'spacy', 'genanki', 'anki', 'fsrs') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
