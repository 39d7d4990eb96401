"""Places and what kind of place each is (trainer/data/places.yaml): a country and its
region, a city or a state and its country, so a place's distractors are of its type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from trainer import yamlio

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
# Short forms an article writes for a place the file names in full.
ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
}


@dataclass(frozen=True)
class PlaceInfo:
    type: str  # country, city, state, region
    parent: str  # region of a country, country of a city or state


@cache
def _knowledge() -> dict[str, Any]:
    data: dict[str, Any] = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    return data


@cache
def places() -> dict[str, PlaceInfo]:
    """Every place the file names, by name."""
    data = _knowledge()
    table: dict[str, PlaceInfo] = {}
    for group, kind in (
        ("regions", "region"),
        ("states", "state"),
        ("cities", "city"),
        ("countries", "country"),
    ):
        for parent, names in data[group].items():
            for name in names:
                table[name] = PlaceInfo(kind, parent)
    return table


def known_place(name: str) -> PlaceInfo | None:
    """What the file says `name` (or the place it abbreviates: "U.S.") is."""
    return places().get(ALIASES.get(name, name))


def parent_of(name: str) -> str:
    """The country of a city, the region of a country; "" when unknown."""
    info = known_place(name)
    return info.parent if info else ""


@cache
def capitals() -> frozenset[str]:
    """The seats of the countries' governments the file names ("Washington", "London")."""
    return frozenset(str(city) for city in _knowledge().get("capitals", {}).values())
