"""Wrong answers for named weapons, ships and ship classes (the `weapon` kind's named
forms): the same class ("cruise missile", "frigate") and the same shape (a system's name, a
ship's name, a class name), the answer's country first, written as the answer is written (a
ship with its navy prefix only against ships with one).
"""

from __future__ import annotations

import re

from trainer.extract.equipment import CALIBER, form_of
from trainer.knowledge.aircraft import Weapon, aircraft
from trainer.language.hardware import NAVY_PREFIXES, arms_bloc
from trainer.model import Fact


def equipment_like(fact: Fact, deck: list[str]) -> list[str]:
    wtype, form = fact.answer_type.detail, fact.answer_type.form
    prefix = fact.answer.split()[0] if fact.answer.split()[0] in NAVY_PREFIXES else ""
    own = aircraft().weapon_of(_unprefixed(fact.answer))
    country = own.country if own else ""
    same: list[Weapon] = [
        w for w in aircraft().weapons if w.type == wtype and form_of(w) == form and w is not own
    ]
    out = [d for d in deck if d.split()[0] == prefix or (not prefix and _unprefixed(d) == d)]
    for weapon in same:
        if not prefix:
            out.append(weapon.name)
        elif weapon.prefix == prefix:  # "HMS ..." against "USS ...": the prefix tells
            out.append(f"{weapon.prefix} {weapon.name}")

    def remoteness(name: str) -> tuple[bool, bool, bool, bool]:
        """The answer's country, then its bloc; a ship written as the answer is (a "USS"
        against "USS" ships; one named bare against ships the press names bare)."""
        other = aircraft().weapon_of(_unprefixed(name))
        other_country = other.country if other else ""
        written = name.split()[0] if name.split()[0] in NAVY_PREFIXES else ""
        return (
            written != prefix,
            bool(other and other.prefix) != bool(prefix),
            other_country != country,
            arms_bloc(other_country) != arms_bloc(country),
        )

    return sorted(out, key=remoteness)  # stable: the deck's own first within each rank


def calibers_like(answer: str) -> list[str]:
    """'.45-caliber handgun' -> '.38-caliber handgun', ...: the same firearm, other calibers
    of its group (a pistol's, not a rifle's) written the same way ('9mm' against '10mm',
    '9 mm' against '10 mm', '12-gauge' against '20-gauge')."""
    m = re.match(rf"^({CALIBER})\s+(.*)$", answer, re.IGNORECASE)
    if m is None:
        return []
    written, gun = m.groups()
    style = _caliber_style(written)
    spaced = style == "mm" and " " in written
    known = aircraft()
    out = []
    for caliber in known.calibers.get(known.firearm_group(gun), ()):
        if _caliber_style(caliber) != style and not (style == "caliber" and caliber[0] == "."):
            continue
        if caliber.startswith("."):
            caliber += "-caliber"
        if spaced:
            caliber = caliber.replace("mm", " mm")
        if caliber.lower() != written.lower():
            out.append(f"{caliber} {gun}")
    return out


def _caliber_style(written: str) -> str:
    return "caliber" if written.startswith(".") else "gauge" if "gauge" in written else "mm"


def _unprefixed(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first in NAVY_PREFIXES and rest else name
