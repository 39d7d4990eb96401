"""Well-known organisations by sector (trainer/data/organisations.yaml): an organisation's
peers, the wrong answers of a card whose answer it is when its article names too few
others ("Who announced ...?" -> Google, among Apple, Microsoft, Samsung)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from trainer import yamlio
from trainer.language.text import normalise

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "organisations.yaml"


@cache
def _sectors() -> dict[str, tuple[str, ...]]:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    return {str(name): tuple(str(n) for n in names) for name, names in data["sectors"].items()}


@cache
def _sector_of() -> dict[str, str]:
    found: dict[str, str] = {}
    for sector, names in _sectors().items():
        for name in names:
            found.setdefault(normalise(name), sector)
    return found


def peers(name: str) -> tuple[str, ...]:
    """The other organisations of the sector `name` is of, in the file's order; () for
    an organisation the file does not know."""
    sector = _sector_of().get(normalise(name))
    if sector is None:
        return ()
    return tuple(n for n in _sectors()[sector] if normalise(n) != normalise(name))


def known_names() -> tuple[str, ...]:
    """Every organisation the file lists, sector by sector."""
    return tuple(n for names in _sectors().values() for n in names)


def known_organisation(name: str) -> bool:
    """Does the file list `name` ('Boko Haram', 'Rodong Sinmun'), whatever the tagger took
    it for?"""
    return normalise(name) in _sector_of()
