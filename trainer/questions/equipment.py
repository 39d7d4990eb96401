"""Wrong answers for named weapons, ships and ship classes (the `weapon` kind's named
forms): the same class ("cruise missile", "frigate") and the same shape (a system's name, a
ship's name, a class name), the answer's country first, written as the answer is written (a
ship with its navy prefix only against ships with one).
"""

from __future__ import annotations

from trainer.extract.equipment import form_of
from trainer.knowledge.aircraft import Weapon, aircraft
from trainer.language.lexicon import NAVY_PREFIXES
from trainer.model import Fact


def equipment_like(fact: Fact, deck: list[str]) -> list[str]:
    wtype, form = fact.answer_type.detail, fact.answer_type.form
    prefixed = fact.answer.split()[0] in NAVY_PREFIXES
    own = aircraft().weapon_of(_unprefixed(fact.answer))
    country = own.country if own else ""
    same: list[Weapon] = [
        w for w in aircraft().weapons if w.type == wtype and form_of(w) == form and w is not own
    ]
    # Written as the answer is: a ship named without a prefix against ships the press names
    # without one ("Admiral Kuznetsov", "Liaoning") before the "USS ..." ones.
    same.sort(key=lambda w: (w.country != country, bool(w.prefix) != prefixed, w.name))
    out = [d for d in deck if (d.split()[0] in NAVY_PREFIXES) == prefixed]
    for weapon in same:
        if not prefixed:
            out.append(weapon.name)
        elif weapon.prefix:
            out.append(f"{weapon.prefix} {weapon.name}")
    return out


def _unprefixed(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first in NAVY_PREFIXES and rest else name
