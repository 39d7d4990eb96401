"""Named military hardware other than aircraft designators: missiles, air-defence and
rocket systems, tanks and armoured vehicles by name ("Kalibr", "HIMARS", "Leopard 2"),
ships by name ("the aircraft carrier Admiral Kuznetsov", "USS Carney"), ship classes
("Arleigh Burke-class destroyers", "Type 055 destroyer"), systems by nickname beside
their class word ("Grad rockets": the BM-21) and firearms by caliber (".45-caliber handgun").

Names come from trainer/data/aircraft.yaml (`weapons`); a name the file marks `bare:
false` ("Patriot", "Abrams", a ship's name) counts only beside its class word or a navy
prefix. Ships the file does not know count when the grammar says they are ships: a navy
prefix ("HMS ..."), a singular ship word in apposition ("the frigate Admiral Essen"), or a
class written "<Name>-class <ship word>".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.knowledge.aircraft import Weapon, aircraft
from trainer.language.hardware import NAVY_PREFIXES, SHIP_WORDS, WEAPON_CLASS_WORDS
from trainer.language.lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# add(start_char, end_char, kind, form, role, family): keep a mention unless it overlaps one.
Add = Callable[[int, int, str, str, str, str], None]

_NAME_WORD = r"[A-Z][\w'’.-]*"
# "USS Gerald R. Ford", "HMS Prince of Wales": a prefix and up to four capitalised words.
PREFIXED_SHIP_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(NAVY_PREFIXES))}) {_NAME_WORD}(?: (?:of )?{_NAME_WORD}){{0,3}}"
)
_SHIP_WORD = "|".join(sorted(SHIP_WORDS, key=len, reverse=True))
# "the frigate Admiral Essen": a singular ship word, then a name.
SHIP_NAME_RE = re.compile(
    rf"\b(?:{_SHIP_WORD}),? (?:the )?[\"“]?({_NAME_WORD}(?: (?:of )?{_NAME_WORD}){{0,2}})"
)
# "Arleigh Burke-class destroyers", "Type 055 destroyer".
SHIP_CLASS_RE = re.compile(
    rf"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+-class|Type \d{{2,3}}[A-Z]?) (?:{_SHIP_WORD})s?\b"
)
# Words between a name and its class word: "Patriot air defense systems".
CLASS_MODIFIERS = frozenset(
    [
        "air",
        "defense",
        "defence",
        "missile",
        "battle",
        "cruise",
        "ballistic",
        "anti-ship",
        "anti-tank",
        "anti-aircraft",
        "surface-to-air",
        "rocket",
        "artillery",
        "main",
        "guided",
        "guided-missile",
        "attack",
        "armored",
        "armoured",
        "infantry",
        "fighting",
        "self-propelled",
        "multiple",
        "aircraft",
    ]
)
# Entity labels a ship's name never has ("the destroyer Tuesday", "a frigate 12 ...").
NOT_A_NAME = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "NORP"}


def form_of(weapon: Weapon) -> str:
    """name (a missile, a tank), ship (a named ship) or class (a ship class)."""
    return form_of_name(weapon.name, weapon.type, weapon.bare)


def form_of_name(name: str, wtype: str, bare: bool = True) -> str:
    if name.endswith("-class"):
        return "class"
    if name.startswith("Type "):
        return "type-number"  # "Type 055": only against other numbered types
    return "ship" if wtype in SHIP_WORDS.values() and not bare else "name"


def named_equipment(doc: Doc, add: Add) -> None:
    text = text_of(doc)
    known = aircraft()
    pattern, by_name = _known_names()
    for m in pattern.finditer(text):
        weapon = by_name[m.group(1)]
        start, end = m.start(1), m.end()
        before = text[max(0, start - 8) : start].split()
        prefixed = bool(before) and before[-1] in NAVY_PREFIXES
        if prefixed and weapon.prefix:
            start -= len(before[-1]) + 1  # "USS Cole" is the name as written
        is_ship = form_of(weapon) == "ship"
        if weapon.bare or prefixed or _class_word_beside(text, m.start(1), m.end(), is_ship):
            add(start, end, "weapon", form_of(weapon), weapon.type, weapon.name)
    for m in PREFIXED_SHIP_RE.finditer(text):
        written = _without_possessive(m.group(0))
        name = written.split(" ", 1)[1]
        known_ship = known.weapon_of(name)
        cls = known_ship.type if known_ship else _ship_word_before(text, m.start()) or "warship"
        end = m.start() + len(written)
        add(m.start(), end, "weapon", "ship", cls, known_ship.name if known_ship else name)
    for m in SHIP_NAME_RE.finditer(text):
        _ship_in_apposition(doc, m, add)
    for m in SHIP_CLASS_RE.finditer(text):
        word = m.group(0)[len(m.group(1)) :].strip().rstrip("s")
        cls = SHIP_WORDS.get(word, "warship")
        add(m.start(1), m.end(1), "weapon", form_of_name(m.group(1), cls), cls, m.group(1))
    for m in _caliber_pattern().finditer(text):
        add(m.start(), m.end(), "weapon", "caliber", "firearm", m.group(0).lower())
    nicknames, by_nickname = _known_nicknames()
    for m in nicknames.finditer(text):
        weapon = by_nickname[m.group(1)]
        if _class_word_beside(text, m.start(1), m.end(), ship=False):
            add(m.start(1), m.end(1), "weapon", "nickname", weapon.type, weapon.name)


def _without_possessive(name: str) -> str:
    """ "USS Carney's crew": the ship is "USS Carney"."""
    return re.sub(r"['’]s?$", "", name)


@cache
def _known_names() -> tuple[re.Pattern[str], dict[str, Weapon]]:
    by_name: dict[str, Weapon] = {}
    for weapon in aircraft().weapons:
        by_name.setdefault(weapon.name, weapon)
    names = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])({alternatives})(?:s)?(?![\w-])"), by_name


# How a caliber is written: ".45-caliber", "9mm" or "9 mm", "12-gauge".
CALIBER = r"(?:\.\d{2,3}-caliber|\d{1,2}(?:\.\d{1,2})?\s?mm|\d{2}-gauge)"


@cache
def _caliber_pattern() -> re.Pattern[str]:
    """'a loaded .45-caliber handgun': a firearm word of the knowledge file after a caliber."""
    words = sorted({w for ws in aircraft().firearms.values() for w in ws}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w.]){CALIBER}\s+(?:{alternatives})s?(?![\w-])", re.IGNORECASE)


@cache
def _known_nicknames() -> tuple[re.Pattern[str], dict[str, Weapon]]:
    """'Grad rockets', 'Smerch launchers': a system's nickname counts beside its class word
    (a bare 'Grad' is a city's word in Russian news, 'Armata' a platform's)."""
    by_nickname = {w.nickname: w for w in aircraft().weapons if w.nickname}
    names = "|".join(re.escape(n) for n in sorted(by_nickname, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names})(?:s)?(?![\w-])"), by_nickname


def _class_word_beside(text: str, start: int, end: int, ship: bool) -> bool:
    """'Patriot air defense systems', 'the Admiral Kuznetsov aircraft carrier', 'the frigate
    Admiral Essen'; a ship's name only beside a ship word."""
    if _ship_word_before(text, start):
        return True
    after = re.match(r"((?:\s+[\w-]+){1,3})", text[end : end + 60])
    words = after.group(1).lower().split() if after else []
    for i, word in enumerate(words):
        if word in WEAPON_CLASS_WORDS and (not ship or WEAPON_CLASS_WORDS[word] == "ship"):
            return True
        if word not in CLASS_MODIFIERS or i == 2:
            return False
    return False


def _ship_word_before(text: str, start: int) -> str:
    before = text[max(0, start - 40) : start].lower().rstrip(' "“')
    for phrase, cls in sorted(SHIP_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{phrase}(?:,? the|,)?$", before):
            return cls
    return ""


def _ship_in_apposition(doc: Doc, m: re.Match[str], add: Add) -> None:
    """A name right after a singular ship word, joined to it in the parse (apposition or
    compound): 'the aircraft carrier Admiral Kuznetsov', not 'a destroyer Russia sent'."""
    name = _without_possessive(m.group(1))
    while name.split()[-1] in ("of",):
        name = name.rsplit(" ", 1)[0]
    span = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="contract")
    if span is None or name.split()[0] in (*MONTHS, *WEEKDAYS, "The", "A", "An"):
        return
    if any(t.ent_type_ in NOT_A_NAME for t in span):
        return
    ship_word = doc.char_span(m.start(), m.start(1), alignment_mode="expand")
    if ship_word is None:
        return
    word = [t for t in ship_word if t.lower_ not in ('"', "“", ",", "the")][-1]
    root = span.root
    joined = root.head.i == word.i or word.head.i in range(span.start, span.end)
    if not joined:
        return
    cls = SHIP_WORDS.get(m.group(0)[: m.start(1) - m.start()].strip(' "“').lower(), "warship")
    ship = aircraft().weapon_of(name)
    add(span.start_char, span.end_char, "weapon", "ship", ship.type if ship else cls, name)
