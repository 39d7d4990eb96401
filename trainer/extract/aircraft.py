"""Aircraft and weapons in a parsed article: designators (Tu-160, F-16C, Boeing 787-9, A-10s,
"Su-34 Fullback"), named flights ("<Airline> Flight <digits>"), nicknames ("Black Hawk
helicopters"), generic types ("long-range bombers") and weapons, ships and vehicles
(trainer.extract.equipment).

The statistical NER does not find these reliably, so they are read by token
patterns checked against the bundled knowledge file trainer/data/aircraft.yaml
(family, maker, role, country). A designator-like string the file does not know
("COVID-19", "H-1B", "I-95") counts only when an aircraft word follows it.
Questions are blanks of the sentence: the clause around a designator rarely
has the plain shape a wh-question needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.extract.equipment import Add, named_equipment
from trainer.knowledge.aircraft import AircraftFamily, aircraft
from trainer.language.hardware import WEAPON_CLASS_WORDS
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A designator: letters, a dash, digits, a variant suffix ("Su-24M", "F/A-18E", "KC-135R"),
# maybe a plural "s" ("A-10s").
DESIGNATOR_RE = re.compile(
    r"\b(?:[A-Z][A-Za-z]{0,2}/)?[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,3}\d?(?:s\b|\b)(?!-)"
)
# Airbus and Boeing numbers: "A321neo", "A350-900", "787-9", "777X", "737 MAX 8".
AIRLINER_RE = re.compile(
    r"\b(?:A[2-3]\d\d(?:-\d{3,4})?(?:neo|XLR|LR|M)?|7[0-8]7(?:-\d{1,3}[A-Z]{0,2}|X| (?i:max)(?: \d{1,2})?)?)(?![\w-])"
)
FLIGHT_RE = re.compile(r"\b((?:[A-Z][\w&'’.-]*\s){0,3})Flight\s(\d{1,5})\b")
AIRCRAFT_WORDS = {
    "jet",
    "jets",
    "aircraft",
    "plane",
    "planes",
    "airliner",
    "airliners",
    "bomber",
    "bombers",
    "fighter",
    "fighters",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
    "dreamliner",
    "dreamliners",
    "jetliner",
    "jetliners",
    "freighter",
    "freighters",
    "gunship",
    "gunships",
    "max",
    "warplane",
    "warplanes",
}


# Generic classes not asked in a sentence that names a type of the same kind: "the F-35
# stealth fighter jet" asks the F-35, "the aircraft carrier Admiral Kuznetsov" the ship.
# (A missile beside a named ship is another fact: "USS Carney shot down cruise missiles".)
NAMED_FIRST_WEAPONS = frozenset({"ship", "vehicle"})


@dataclass(frozen=True)
class Mention:
    span: Span
    kind: str  # aircraft | weapon
    form: str  # designator | flight | type | nickname | name | ship | class
    role: str  # bomber, airliner, ... ; cruise missile, frigate, ... ; "" for flights
    family: str  # the type it names ("Su-34", "Kalibr"): one card per type and sentence

    @property
    def type_key(self) -> str:
        """The type it names, with its kind: 'aircraft|787', 'weapon|long-range missiles'."""
        return f"{self.kind}|{self.family or normalise(self.span.text)}"


def mentions(doc: Doc) -> list[Mention]:
    found: list[Mention] = []
    taken: set[int] = set()

    def add(start: int, end: int, kind: str, form: str, role: str, family: str) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.i in taken for t in span):
            return
        taken.update(t.i for t in span)
        found.append(Mention(span, kind, form, role, family))

    text = text_of(doc)
    for m in FLIGHT_RE.finditer(text):
        airline = m.group(1).split()
        while airline and airline[0].lower() in ("the", "a", "an", "of", "on", "aboard"):
            airline = airline[1:]
        start = (
            m.end() - len(f"Flight {m.group(2)}") - len(" ".join(airline)) - (1 if airline else 0)
        )
        add(start, m.end(), "aircraft", "flight", "", " ".join(airline))
    for pattern in (DESIGNATOR_RE, AIRLINER_RE, _named_families()):
        for m in pattern.finditer(text):
            _designator(doc, m, add)
    named_equipment(doc, add)
    _nicknames(doc, add)
    named_sentences = {
        (x.kind, x.span.sent.start) for x in found if x.form not in ("flight", "type")
    }
    _generic(doc, add, taken, named_sentences)
    return sorted(found, key=lambda x: x.span.start)


@cache
def _named_families() -> re.Pattern[str]:
    """Families the designator patterns cannot see ('Rafale', 'Shahed-136', 'Mirage 2000',
    'Bayraktar TB2'): the knowledge file's own names, longest first, variants included."""
    names = {
        name
        for family in aircraft().families
        for name in (family.designator, *family.variants)
        if not (DESIGNATOR_RE.fullmatch(name) or AIRLINER_RE.fullmatch(name))
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})s?(?![\w-])")


def _designator(doc: Doc, m: re.Match[str], add: Add) -> None:
    text = text_of(doc)
    designator, plural = m.group(0), ""
    known = aircraft()
    if designator.endswith("s") and known.family_of(designator) is None:
        designator, plural = designator[:-1], "s"  # "A-10s"
    end = m.start() + len(designator)
    following = re.match(r"\s*([\w-]+)(?:\s+([\w-]+))?", text[m.end() : m.end() + 40])
    next_word = following.group(1).lower() if following else ""
    weapon = known.weapon_of(designator)
    if weapon is not None and weapon.bare:
        add(m.start(), end, "weapon", "name", weapon.type, weapon.name)
        return
    family = known.family_of(designator)
    aircraft_word = next_word in AIRCRAFT_WORDS or next_word.rstrip("s") in AIRCRAFT_WORDS
    if family is None:
        _unknown_designator(m.start(), end, designator, next_word, add)
        return
    before = text[max(0, m.start() - 40) : m.start()]
    maker = family.maker.split()[-1]
    with_maker = re.search(rf"\b{re.escape(maker)}(?:'s|’s)? $", before) is not None
    if not family.bare and not (with_maker or aircraft_word):
        return
    if not with_maker and not aircraft_word and _part_of_another_name(doc, m.start(), next_word):
        return  # 'the Indonesian Palapa B-1 communication satellites' (sample Q6)
    start = m.start()
    if with_maker and not before.rstrip().endswith(("'s", "’s")):
        full = family.maker if before.endswith(family.maker + " ") else maker
        start = m.start() - len(full) - 1  # "Boeing 787-9" is written as one name
    end = m.end() if plural else end
    end += _nickname_after(text, end, family)
    add(start, end, "aircraft", "designator", family.role, family.designator)


# What a designator may name besides an aircraft: 'Palapa B-1 communication satellites'.
NOT_AIRCRAFT_WORDS = frozenset(("satellite", "satellites", "communication", "communications"))


def _part_of_another_name(doc: Doc, start: int, next_word: str) -> bool:
    """The designator ends a name of something else: a satellite, or a name word the tagger
    did not take for a maker, a country or a people before it ('Palapa B-1')."""
    if next_word in NOT_AIRCRAFT_WORDS:
        return True
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = doc[span.start - 1]
    return word.pos_ == "PROPN" and word.ent_type_ not in ("NORP", "GPE", "ORG", "")


def _nickname_after(text: str, end: int, family: AircraftFamily) -> int:
    """'Su-34 Fullback', 'UH-60 Black Hawk': the nickname is part of the name asked."""
    nick = family.nickname
    if nick and text[end : end + len(nick) + 1] == f" {nick}":
        after = text[end + len(nick) + 1 : end + len(nick) + 2]
        if not after or not (after.isalnum() or after == "-"):
            return len(nick) + 1
    return 0


def _unknown_designator(start: int, end: int, designator: str, next_word: str, add: Add) -> None:
    """A designator the file does not list: an aircraft when a Soviet/Russian bureau's prefix
    ("Il-20", "Yak-130") or an aircraft word follows it, a weapon when a weapon's class
    word follows it ("T-62 tanks"), else nothing ("COVID-19", "I-95")."""
    role = _role_from_word(next_word) if "-" in designator else ""
    if designator.split("-")[0] in aircraft().bureaus:
        role = "aircraft"  # its role is not known: options come from the same bureau
    if role:
        add(start, end, "aircraft", "designator", role, designator)
        return
    word_class = WEAPON_CLASS_WORDS.get(next_word, "")
    if "-" in designator and word_class in ("missile", "tank", "howitzer", "rocket launcher"):
        add(start, end, "weapon", "name", word_class, designator)


def _role_from_word(word: str) -> str:
    for role, phrases in aircraft().aircraft_types.items():
        if any(p.split()[-1].rstrip("s") == word.rstrip("s") for p in phrases):
            return role
    return {"jet": "airliner", "jets": "airliner", "plane": "airliner", "planes": "airliner"}.get(
        word, ""
    )


def _nicknames(doc: Doc, add: Add) -> None:
    """'Black Hawk helicopters', 'a Reaper drone': a family's nickname before a word of its
    role names the type ('Spirit jets' is an airline's, not B-2 bombers)."""
    pattern, by_nickname = _nickname_pattern()
    for m in pattern.finditer(text_of(doc)):
        family = by_nickname[m.group(1)]
        word = m.group(2).lower()
        if word.rstrip("s") in ("aircraft", "plane") or _role_from_word(word) == family.role:
            add(m.start(), m.end(1), "aircraft", "nickname", family.role, family.designator)


@cache
def _nickname_pattern() -> tuple[re.Pattern[str], dict[str, AircraftFamily]]:
    """One pass for every nickname: 'Black Hawk' then the word after it."""
    by_nickname = {f.nickname: f for f in aircraft().families if f.nickname[:1].isupper()}
    names = "|".join(re.escape(n) for n in sorted(by_nickname, key=len, reverse=True))
    return re.compile(rf"\b({names})s?\s+([\w-]+)"), by_nickname


def _generic(
    doc: Doc, add: Add, designated: set[int], named_sentences: set[tuple[str, int]]
) -> None:
    """Generic types: the phrase must end its noun phrase ('cruise missiles', not
    'bomber pilots'), and no named type of the same sentence is the better answer
    ('the F-35 stealth fighter jet' asks the F-35)."""
    pattern, meaning = _generic_types()
    for m in pattern.finditer(text_of(doc).lower()):
        phrase = m.group(0)
        kind, role = meaning[phrase]
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is None:
            continue
        head = span[-1]
        if head.dep_ == "compound" or head.pos_ != "NOUN" or len(phrase.split()) < 2:
            continue  # one word ("bombers", "airliners") is too loose to ask about
        if any(t.i in designated for t in head.subtree if t.i < span.start):
            continue  # "the Tu-160 strategic bombers", "Smerch multiple rocket launchers"
        named_first = kind == "aircraft" or role in NAMED_FIRST_WEAPONS
        if named_first and (kind, span.sent.start) in named_sentences:
            continue
        add(m.start(), m.end(), kind, "type", role, phrase)


@cache
def _generic_types() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every generic type in the knowledge file, longest first, and what
    each phrase is: one pass over the text instead of one search per phrase."""
    meaning: dict[str, tuple[str, str]] = {}
    for role, phrases in aircraft().aircraft_types.items():
        meaning.update({p: ("aircraft", role) for p in phrases})
    for cls, phrases in aircraft().weapon_types.items():
        meaning.update({p: ("weapon", cls) for p in phrases})
    alternatives = "|".join(re.escape(p) for p in sorted(meaning, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), meaning
