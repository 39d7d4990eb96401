"""Aircraft and weapons: designators (Tu-160, F-16C, Boeing 787-9), named flights
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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import yamlio
from trainer.generators import _facts
from trainer.generators._common import text_of
from trainer.model import CLOZE_BLANK, Article, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KINDS = ("aircraft", "weapon")

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "aircraft.yaml"
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
SUFFIX_RE = re.compile(
    r"^(?:[A-Z]{0,3}\d?|-\d{1,4}[A-Z]{0,2}|neo|XLR|LR|X| (?i:max)(?: \d{1,2})?|M\d?)$"
)


@dataclass(frozen=True)
class Mention:
    span: Span
    kind: str  # aircraft | weapon
    form: str  # designator | flight | type | name
    role: str  # bomber, airliner, ... ; cruise missile, ... ; "" for flights
    family: str


@cache
def knowledge() -> dict[str, Any]:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    return data


def _families() -> list[dict[str, Any]]:
    return sorted(knowledge()["aircraft"], key=lambda f: -len(str(f["designator"])))


def family_of(designator: str) -> dict[str, Any] | None:
    """'Su-24M' -> the Su-24 entry; None for a designator the file does not know."""
    for family in _families():
        base = str(family["designator"])
        if designator == base or (
            designator.startswith(base) and SUFFIX_RE.match(designator[len(base) :])
        ):
            return family
    return None


def _weapon_of(name: str) -> dict[str, Any] | None:
    for weapon in knowledge()["weapons"]:
        base = str(weapon["name"])
        if name == base or (name.startswith(base) and SUFFIX_RE.match(name[len(base) :])):
            return weapon
    return None


def find(doc: Doc, article: Article) -> list[Fact]:
    return _facts.collect(doc, article, mentions(doc), _fact)


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


def _designator(doc: Doc, m: re.Match[str], add: Any) -> None:
    text = text_of(doc)
    designator = m.group(0)
    following = re.match(r"\s*([\w-]+)", text[m.end() : m.end() + 30])
    next_word = following.group(1).lower() if following else ""
    maker_match = re.search(
        r"(\b[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)? $", text[max(0, m.start() - 30) : m.start()]
    )
    maker = maker_match.group(1) if maker_match else ""
    weapon = _weapon_of(designator)
    if weapon is not None and weapon.get("bare", True):
        add(m.start(), m.end(), "weapon", "name", weapon["type"], weapon["name"])
        return
    family = family_of(designator)
    aircraft_word = next_word in AIRCRAFT_WORDS or next_word.rstrip("s") in AIRCRAFT_WORDS
    if family is None:
        if aircraft_word and "-" in designator:
            role = _role_from_word(next_word)
            if role:
                add(m.start(), m.end(), "aircraft", "designator", role, designator)
        return
    with_maker = maker.split()[-1] == str(family["maker"]).split()[-1] if maker else False
    if not family.get("bare", True) and not (with_maker or aircraft_word):
        return
    start = m.start()
    if with_maker and not maker_match.group(0).rstrip().endswith(("'s", "’s")):
        start = m.start() - len(maker_match.group(0))  # "Boeing 787-9" is written as one name
    add(start, m.end(), "aircraft", "designator", family["role"], str(family["designator"]))


def _role_from_word(word: str) -> str:
    for role, phrases in knowledge()["aircraft_types"].items():
        if any(p.split()[-1].rstrip("s") == word.rstrip("s") for p in phrases):
            return role
    return {"jet": "airliner", "jets": "airliner", "plane": "airliner", "planes": "airliner"}.get(
        word, ""
    )


def _generic(doc: Doc, add: Any, designated: set[int]) -> None:
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
    for role, phrases in knowledge()["aircraft_types"].items():
        meaning.update({p: ("aircraft", role) for p in phrases})
    for cls, phrases in knowledge()["weapon_types"].items():
        meaning.update({p: ("weapon", cls) for p in phrases})
    alternatives = "|".join(re.escape(p) for p in sorted(meaning, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), meaning


# -- questions ---------------------------------------------------------------


def _fact(mention: Mention, article: Article, names: dict[str, str]) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = _facts.evidence_of(span.sent, article)
    if evidence is None:
        return None
    clause = _facts.clause_of(span[0])
    question = _facts.cloze(clause, span, names)
    if question is None:
        return None
    kind = mention.kind
    answer_type = (
        f"{kind}:{mention.form}:{mention.role}" if mention.role else f"{kind}:{mention.form}"
    )
    value = _facts.norm(span.text)
    fact = Fact(
        kind=kind,
        key=_facts.fact_key(kind, value, span.root, question),
        question=question.text,
        answer=span.text,
        evidence=evidence,
        source=article.id,
        answer_type=answer_type,
        accept=_accept(mention),
        tags=(mention.role,) if mention.role else (),
    )
    return fact, _facts.content_key(kind, value, question)


def _accept(mention: Mention) -> tuple[str, ...]:
    text = mention.span.text
    forms: list[str] = []
    if mention.form == "designator":
        family = family_of(text.split()[-1])
        if family and not text.startswith(str(family["maker"])):
            forms.append(f"{family['maker']} {text}")
        elif family:
            forms.append(text[len(str(family["maker"])) :].strip())
    if mention.form == "flight" and mention.family:
        forms.append(text[len(mention.family) :].strip())
    return tuple(f for f in forms if f and f != text)


# -- distractors -------------------------------------------------------------


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Same role and the same surface form: deck first, then the knowledge file."""
    form = fact.answer_type.split(":")[1]
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type]
    if form == "designator":
        candidates = _designators_like(fact, deck)
    elif form == "flight":
        candidates = [*[d for d in deck if "Flight" in d], *_flights_like(fact.answer)]
    elif form == "type":
        candidates = _types_like(fact)
    else:  # a named weapon
        wtype = fact.answer_type.split(":")[2]
        candidates = [
            *deck,
            *(str(w["name"]) for w in knowledge()["weapons"] if w["type"] == wtype),
        ]
    return _facts.pick_distractors(fact, candidates)


def _family_name(text: str) -> str:
    family = family_of(text.split()[-1])
    if family:
        return str(family["designator"])
    weapon = _weapon_of(text)
    return str(weapon["name"]) if weapon else ""


def _designators_like(fact: Fact, deck: list[str]) -> list[str]:
    """Same role, same country first; written like the answer: with or without the
    maker, a variant ("787-9") for a variant, a family ("A380") for a family."""
    role = fact.answer_type.split(":")[2]
    bare_answer = _without_maker(fact.answer)
    own = family_of(bare_answer)
    country = own["country"] if own else ""
    with_maker = bare_answer != fact.answer
    same = [f for f in _families() if f["role"] == role]
    same.sort(key=lambda f: (f["country"] != country, str(f["designator"])))
    names = [_without_maker(d) for d in deck]
    for f in same:
        names += [str(v) for v in f.get("variants", ())] + [str(f["designator"])]
    want_variant = own is not None and bare_answer != str(own["designator"])
    names.sort(key=lambda n: _is_variant(n) != want_variant)  # stable: keeps deck first
    out = []
    for name in names:
        family = family_of(name)
        if family is None:
            continue
        if family is own and bare_answer == str(own["designator"]):
            continue  # "Tu-160M" would also be a "Tu-160"
        if with_maker or (
            not family.get("bare", True) and not with_maker and not _is_variant(name)
        ):
            name = f"{family['maker']} {name}" if with_maker else name
        out.append(name)
    return _consistent_with_question(fact, own, out)


def _consistent_with_question(
    fact: Fact, own: dict[str, Any] | None, names: list[str]
) -> list[str]:
    """Drop distractors the question itself rules out: "Boeing's _____ jets" leaves only
    Boeing aircraft, "the _____ Dreamliner" only variants of that family."""
    if own is None:
        return names
    question = fact.question.replace(CLOZE_BLANK, " ")

    def named(word: str) -> bool:
        return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question) is not None

    if named(str(own.get("nickname", ""))):
        return [n for n in names if family_of(_without_maker(n)) is own]
    if named(str(own["maker"])):
        return [
            n
            for n in names
            if str((family_of(_without_maker(n)) or {}).get("maker")) == own["maker"]
        ]
    return names


def _without_maker(text: str) -> str:
    family = family_of(text.split()[-1]) if text.split() else None
    maker = str(family["maker"]) if family else ""
    return text[len(maker) :].strip() if maker and text.startswith(maker + " ") else text


def _is_variant(name: str) -> bool:
    family = family_of(name)
    return family is not None and name != str(family["designator"])


def _flights_like(answer: str) -> list[str]:
    m = re.match(r"^(.*?)(\d+)$", answer)
    if not m:
        return []
    prefix, digits = m.groups()
    out = []
    for i in range(len(digits) - 1, 0, -1):  # swap neighbouring digits: 9268 -> 9286, 9628
        swapped = digits[: i - 1] + digits[i] + digits[i - 1] + digits[i + 1 :]
        if swapped != digits and swapped[0] != "0":
            out.append(prefix + swapped)
    return out


def _types_like(fact: Fact) -> list[str]:
    """Generic types of other roles (a 'strategic bomber' would also be true of a
    'long-range bomber'), in the same number."""
    kind, _, role = fact.answer_type.split(":")
    table = knowledge()["aircraft_types" if kind == "aircraft" else "weapon_types"]
    plural = fact.answer.endswith("s")
    out: list[str] = []
    for other_role, phrases in table.items():
        if other_role == role and kind == "aircraft":
            continue
        for phrase in phrases:
            if (
                phrase.endswith("s") == plural
                and len(phrase.split()) >= 2
                and phrase != fact.answer.lower()
            ):
                out.append(phrase)
                break
    if kind == "weapon":  # other missiles first, then other arms
        same = [p for p in table[role] if p.endswith("s") == plural and p != fact.answer.lower()]
        out = [*same, *out]
    return out
