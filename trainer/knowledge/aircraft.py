"""Aircraft families, weapons and the generic words for both (trainer/data/aircraft.yaml).

The file's comments say what each field means; here every entry becomes a frozen
dataclass, so a missing or misspelt field fails on load, not in the middle of a deck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from trainer import yamlio

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "aircraft.yaml"
# What may follow a family's designator in a variant: "Su-24M", "787-9", "A321neo", "737 MAX 8".
SUFFIX_RE = re.compile(
    r"^(?:[A-Z]{0,3}\d?|-\d{1,4}[A-Z]{0,2}|neo|XLR|LR|X| (?i:max)(?: \d{1,2})?|M\d?)$"
)


@dataclass(frozen=True)
class AircraftFamily:
    designator: str  # "Tu-160", "787"
    maker: str  # "Tupolev", "Boeing"
    role: str  # bomber, fighter, airliner, ...
    country: str
    variants: tuple[str, ...] = ()  # "Tu-160M"
    nickname: str = ""  # "Dreamliner"
    bare: bool = True  # False: an aircraft only beside its maker or an aircraft word


@dataclass(frozen=True)
class Weapon:
    name: str  # "Kh-101", "Patriot"
    type: str  # the class it is a distractor within: "cruise missile"
    country: str = ""
    bare: bool = True  # False: a weapon only beside its class word ("Patriot missiles")
    prefix: str = ""  # a ship's navy prefix: "USS"
    nickname: str = ""  # "Grad" for the BM-21


@dataclass(frozen=True)
class AircraftKnowledge:
    families: tuple[AircraftFamily, ...]  # in the file's order: current types before old ones
    weapons: tuple[Weapon, ...]
    aircraft_types: dict[str, tuple[str, ...]]  # role -> generic phrases ("long-range bombers")
    weapon_types: dict[str, tuple[str, ...]]  # class -> generic phrases ("cruise missiles")
    bureaus: dict[str, str]  # designator prefix -> maker: "Il" -> "Ilyushin"
    # a group of firearms -> its calibers: "handgun" -> (".22", ".38", "9mm", ...)
    calibers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a group of firearms -> the words a caliber stands before: "handgun" -> ("pistol", ...)
    firearms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def firearm_group(self, word: str) -> str:
        """'pistols' -> 'handgun'; '' for a word no group lists."""
        word = word.lower()
        for group, words in self.firearms.items():
            if word in words or word.removesuffix("s") in words:
                return group
        return ""

    # The same, longest name first, for matching: "Tu-22M" before "Tu-2".
    families_by_length: tuple[AircraftFamily, ...] = ()
    weapons_by_length: tuple[Weapon, ...] = ()

    def family_of(self, designator: str) -> AircraftFamily | None:
        """'Su-24M' -> the Su-24 family; None for a designator the file does not know."""
        for family in self.families_by_length:
            base = family.designator
            if designator == base or (
                designator.startswith(base) and SUFFIX_RE.match(designator[len(base) :])
            ):
                return family
        return None

    def weapon_of(self, name: str) -> Weapon | None:
        for weapon in self.weapons_by_length:
            base = weapon.name
            if name == base or (name.startswith(base) and SUFFIX_RE.match(name[len(base) :])):
                return weapon
        return None

    def by_nickname(self, nickname: str) -> AircraftFamily | Weapon | None:
        """'Black Hawk' -> the UH-60 family; 'Grad' -> the BM-21."""
        entries: tuple[AircraftFamily | Weapon, ...] = (*self.families, *self.weapons)
        for entry in entries:
            if entry.nickname and entry.nickname.lower() == nickname.lower():
                return entry
        return None


def _family(entry: dict[str, Any]) -> AircraftFamily:
    return AircraftFamily(
        designator=str(entry["designator"]),
        maker=str(entry["maker"]),
        role=str(entry["role"]),
        country=str(entry["country"]),
        variants=tuple(str(v) for v in entry.get("variants", ())),
        nickname=str(entry.get("nickname", "")),
        bare=bool(entry.get("bare", True)),
    )


def _weapon(entry: dict[str, Any]) -> Weapon:
    return Weapon(
        name=str(entry["name"]),
        type=str(entry["type"]),
        country=str(entry.get("country", "")),
        bare=bool(entry.get("bare", True)),
        prefix=str(entry.get("prefix", "")),
        nickname=str(entry.get("nickname", "")),
    )


def _table(entries: dict[str, list[Any]]) -> dict[str, tuple[str, ...]]:
    return {str(key): tuple(str(p) for p in phrases) for key, phrases in entries.items()}


@cache
def aircraft() -> AircraftKnowledge:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    families = tuple(_family(entry) for entry in data["aircraft"])
    weapons = tuple(_weapon(entry) for entry in data["weapons"])
    return AircraftKnowledge(
        families=families,
        weapons=weapons,
        families_by_length=tuple(sorted(families, key=lambda f: -len(f.designator))),
        weapons_by_length=tuple(sorted(weapons, key=lambda w: -len(w.name))),
        aircraft_types=_table(data["aircraft_types"]),
        weapon_types=_table(data["weapon_types"]),
        bureaus={str(k): str(v) for k, v in data.get("bureaus", {}).items()},
        calibers=_table(data.get("calibers", {})),
        firearms=_table(data.get("firearms", {})),
    )
