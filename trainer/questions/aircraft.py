"""aircraft and weapon: a blank of the sentence around a designator (Tu-160, Boeing 787-9),
a named flight, a generic type ("long-range bombers") or a named weapon (Kalibr).

Mentions come from trainer.extract.aircraft: the clause around a designator rarely has
the plain shape a wh-question needs. Distractors have the same role and surface form:
the deck's first, then the knowledge file's (trainer.knowledge.aircraft).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.aircraft import Mention, mentions
from trainer.extract.clauses.cut import clause_of
from trainer.extract.clauses.keys import collect, content_key, fact_key
from trainer.extract.clauses.phrase import cloze
from trainer.extract.doc import evidence_of
from trainer.knowledge.aircraft import AircraftFamily, aircraft
from trainer.language.text import normalise
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, article: Article) -> list[Fact]:
    return collect(doc, article, mentions(doc), _fact)


def _fact(mention: Mention, article: Article, names: dict[str, str]) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = evidence_of(span.sent, article)
    if evidence is None:
        return None
    clause = clause_of(span[0])
    question = cloze(clause, span, names)
    if question is None:
        return None
    kind = CardKind(mention.kind)
    answer_type = AnswerType(kind, mention.form, mention.role)
    value = normalise(span.text)
    fact = Fact(
        kind=kind,
        key=fact_key(kind, value, span.root, question),
        question=question.text,
        answer=span.text,
        evidence=evidence,
        source=article.id,
        answer_type=answer_type,
        accept=_accept(mention),
        tags=(mention.role,) if mention.role else (),
    )
    return fact, content_key(kind, value, question)


def _accept(mention: Mention) -> tuple[str, ...]:
    text = mention.span.text
    forms: list[str] = []
    if mention.form == "designator":
        family = aircraft().family_of(text.split()[-1])
        if family and not text.startswith(family.maker):
            forms.append(f"{family.maker} {text}")
        elif family:
            forms.append(text[len(family.maker) :].strip())
    if mention.form == "flight" and mention.family:
        forms.append(text[len(mention.family) :].strip())
    return tuple(f for f in forms if f and f != text)


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Same role and the same surface form: deck first, then the knowledge file."""
    form = fact.answer_type.form
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type]
    if form == "designator":
        candidates = _designators_like(fact, deck)
    elif form == "flight":
        candidates = [*[d for d in deck if "Flight" in d], *_flights_like(fact.answer)]
    elif form == "type":
        candidates = _types_like(fact)
    else:  # a named weapon
        wtype = fact.answer_type.detail
        candidates = [
            *deck,
            *(w.name for w in aircraft().weapons if w.type == wtype),
        ]
    return candidates


def _family_name(text: str) -> str:
    family = aircraft().family_of(text.split()[-1])
    if family:
        return family.designator
    weapon = aircraft().weapon_of(text)
    return weapon.name if weapon else ""


def _designators_like(fact: Fact, deck: list[str]) -> list[str]:
    """Same role, same country first; written like the answer: with or without the
    maker, a variant ("787-9") for a variant, a family ("A380") for a family."""
    role = fact.answer_type.detail
    bare_answer = _without_maker(fact.answer)
    own = aircraft().family_of(bare_answer)
    country = own.country if own else ""
    with_maker = bare_answer != fact.answer
    same = [f for f in aircraft().families if f.role == role]
    same.sort(key=lambda f: (f.country != country, f.designator))
    names = [_without_maker(d) for d in deck]
    for f in same:
        names += [*f.variants, f.designator]
    want_variant = own is not None and bare_answer != own.designator
    names.sort(key=lambda n: _is_variant(n) != want_variant)  # stable: keeps deck first
    out = []
    for name in names:
        family = aircraft().family_of(name)
        if family is None:
            continue
        if own is not None and family is own and bare_answer == own.designator:
            continue  # "Tu-160M" would also be a "Tu-160"
        if with_maker or (not family.bare and not with_maker and not _is_variant(name)):
            name = f"{family.maker} {name}" if with_maker else name
        out.append(name)
    return _consistent_with_question(fact, own, out)


def _consistent_with_question(
    fact: Fact, own: AircraftFamily | None, names: list[str]
) -> list[str]:
    """Drop distractors the question itself rules out: "Boeing's _____ jets" leaves only
    Boeing aircraft, "the _____ Dreamliner" only variants of that family."""
    if own is None:
        return names
    question = fact.question.replace(CLOZE_BLANK, " ")

    def named(word: str) -> bool:
        return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question) is not None

    if named(own.nickname):
        return [n for n in names if aircraft().family_of(_without_maker(n)) is own]
    if named(own.maker):
        return [n for n in names if _maker_of(_without_maker(n)) == own.maker]
    return names


def _without_maker(text: str) -> str:
    family = aircraft().family_of(text.split()[-1]) if text.split() else None
    maker = family.maker if family else ""
    return text[len(maker) :].strip() if maker and text.startswith(maker + " ") else text


def _is_variant(name: str) -> bool:
    family = aircraft().family_of(name)
    return family is not None and name != family.designator


def _maker_of(name: str) -> str | None:
    family = aircraft().family_of(name)
    return family.maker if family else None


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
    kind, role = fact.answer_type.sort, fact.answer_type.detail
    known = aircraft()
    table = known.aircraft_types if kind == "aircraft" else known.weapon_types
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
