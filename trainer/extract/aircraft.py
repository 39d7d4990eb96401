"""Aircraft and weapons in a parsed article: designators (Tu-160, F-16C, Boeing 787-9), named
("<Airline> Flight <digits>"), generic types ("long-range bombers") and weapons.

The statistical NER does not find these reliably, so they are read by token
patterns checked against the bundled knowledge file trainer/data/aircraft.yaml
(family, maker, role, country). A designator-like string the file does not know
("COVID-19", "H-1B", "I-95") counts only when an aircraft word follows it.
Questions are blanks of the sentence: the clause around a designator rarely
has the plain shape a wh-question needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.knowledge.aircraft import aircraft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A designator: letters, a dash, digits, a variant suffix ("Su-24M", "F/A-18E", "KC-135R").
DESIGNATOR_RE = re.compile(
    r"\b(?:[A-Z][A-Za-z]{0,2}/)?[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,3}\d?\b(?!-)"
)
# Airbus and Boeing numbers: "A321neo", "A350-900", "787-9", "777X", "737 MAX 8".
AIRLINER_RE = re.compile(
    r"\b(?:A[2-3]\d0(?:-\d{3,4})?(?:neo|XLR|LR|M)?|7[0-8]7(?:-\d{1,3}[A-Z]{0,2}|X| (?i:max)(?: \d{1,2})?)?)(?![\w-])"
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


@dataclass(frozen=True)
class Mention:
    span: Span
    kind: str  # aircraft | weapon
    form: str  # designator | flight | type | name
    role: str  # bomber, airliner, ... ; cruise missile, ... ; "" for flights
    family: str


# add(start_char, end_char, kind, form, role, family): keep a mention unless it overlaps one.
Add = Callable[[int, int, str, str, str, str], None]


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
    for pattern in (DESIGNATOR_RE, AIRLINER_RE):
        for m in pattern.finditer(text):
            _designator(doc, m, add)
    _generic(doc, add, taken)
    return sorted(found, key=lambda x: x.span.start)


def _designator(doc: Doc, m: re.Match[str], add: Add) -> None:
    text = text_of(doc)
    designator = m.group(0)
    following = re.match(r"\s*([\w-]+)", text[m.end() : m.end() + 30])
    next_word = following.group(1).lower() if following else ""
    maker_match = re.search(
        r"(\b[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)? $", text[max(0, m.start() - 30) : m.start()]
    )
    maker = maker_match.group(1) if maker_match else ""
    known = aircraft()
    weapon = known.weapon_of(designator)
    if weapon is not None and weapon.bare:
        add(m.start(), m.end(), "weapon", "name", weapon.type, weapon.name)
        return
    family = known.family_of(designator)
    aircraft_word = next_word in AIRCRAFT_WORDS or next_word.rstrip("s") in AIRCRAFT_WORDS
    if family is None:
        if aircraft_word and "-" in designator:
            role = _role_from_word(next_word)
            if role:
                add(m.start(), m.end(), "aircraft", "designator", role, designator)
        return
    with_maker = maker.split()[-1] == family.maker.split()[-1] if maker else False
    if not family.bare and not (with_maker or aircraft_word):
        return
    start = m.start()
    if with_maker and maker_match and not maker_match.group(0).rstrip().endswith(("'s", "’s")):
        start = m.start() - len(maker_match.group(0))  # "Boeing 787-9" is written as one name
    add(start, m.end(), "aircraft", "designator", family.role, family.designator)


def _role_from_word(word: str) -> str:
    for role, phrases in aircraft().aircraft_types.items():
        if any(p.split()[-1].rstrip("s") == word.rstrip("s") for p in phrases):
            return role
    return {"jet": "airliner", "jets": "airliner", "plane": "airliner", "planes": "airliner"}.get(
        word, ""
    )


def _generic(doc: Doc, add: Add, designated: set[int]) -> None:
    """Generic types: the phrase must end its noun phrase ('cruise missiles', not
    'bomber pilots')."""
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
        if span.start > 0 and span.doc[span.start - 1].i in designated:
            continue  # "the Tu-160 strategic bombers": the designator is the fact
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
