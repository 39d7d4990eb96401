"""Places and what kind of place each is (trainer/data/places.yaml): a country and its
region, a city or a state and its country, so a place's distractors are of its type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from trainer import yamlio
from trainer.language.text import normalise

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
# Short forms an article writes for a place the file names in full.
ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
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


def same_or_part(name: str) -> list[str]:
    """The places true along with `name`: its other names ('Britain', 'UK' for 'United
    Kingdom'), the countries it is made of, and the one it is part of (with its names)."""
    parts: dict[str, list[str]] = _knowledge().get("parts", {})
    part_of = next((whole for whole, members in parts.items() if name in members), None)
    whole = part_of or ALIASES.get(name, name)
    names = [whole, *(alias for alias, full in ALIASES.items() if full == whole)]
    if part_of is None:
        names += parts.get(whole, [])  # 'Scotland' is true where 'the U.K.' is
    return [n for n in names if n != name]


@cache
def capitals() -> frozenset[str]:
    """The seats of the countries' governments the file names ("Washington", "London")."""
    return frozenset(str(city) for city in _knowledge().get("capitals", {}).values())


# Endings that make a country's name an adjective: "Syrian", "Iraqi", "Japanese",
# "Ukrainian" (the name's last letter dropped), "Argentine".
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "i", "ese", "ean", "e", "ine")


def countries_named(title: str) -> frozenset[str]:
    """The countries a post names, by name or adjective: "Liberia's information minister"
    and "South African Finance Minister" name one each, "Finance minister" none; a word
    that is some other place ("Indiana Governor") names no country."""
    words = tuple(normalise(title).split())
    found: set[str] = set()
    forms = _country_words()
    for i in range(len(words)):
        for n in range(1, min(_longest_form(), len(words) - i) + 1):
            found.update(forms.get((words[i : i + n - 1], words[i + n - 1]), ()))
    return frozenset(found)


@cache
def _country_words() -> dict[tuple[tuple[str, ...], str], frozenset[str]]:
    """(a form's words but its last, a way to write its last word) -> the countries it
    names: every form `_adjective_of` would take, made once."""
    found: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for phrase, country in _country_forms().items():
        name = phrase[-1]
        ways = {name}
        if len(name) >= 4:
            ways |= {w for end in _ADJECTIVE_ENDINGS for w in (name + end, name[:-1] + end)}
            ways -= _other_places() - {name}
        for way in ways:
            found.setdefault((phrase[:-1], way), set()).add(country)
    return {key: frozenset(countries) for key, countries in found.items()}


@cache
def _longest_form() -> int:
    return max(len(phrase) for phrase in _country_forms())


def a_country_s_adjective(phrase: str) -> bool:
    """'South African', 'Syrian', 'Iraqi': the whole phrase is a country's name or
    adjective ('Scottish Conservative' is not)."""
    words = tuple(normalise(phrase).split())
    return any(
        len(form) == len(words) and words[:-1] == form[:-1] and _adjective_of(words[-1], form[-1])
        for form in _country_forms()
    )


def _adjective_of(word: str, name: str) -> bool:
    if word == name:
        return True
    if len(name) < 4 or word in _other_places():
        return False
    return any(word in (name + end, name[:-1] + end) for end in _ADJECTIVE_ENDINGS)


@cache
def _country_forms() -> dict[tuple[str, ...], str]:
    """Each country's name, short forms and irregular adjective, as words."""
    countries = [name for name, info in places().items() if info.type == "country"]
    forms = {tuple(normalise(c).split()): c for c in countries}
    extra = [*ALIASES.items(), *_knowledge().get("demonyms", {}).items()]
    forms.update({tuple(normalise(a).split()): c for a, c in extra if c in countries})
    return forms


@cache
def _other_places() -> frozenset[str]:
    return frozenset(normalise(n) for n, info in places().items() if info.type != "country")
