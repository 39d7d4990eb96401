"""aircraft and weapon: a blank of the sentence around a designator (Tu-160, Boeing 787-9),
a named flight, a generic type ("long-range bombers") or a named weapon (Kalibr).

Mentions come from trainer.extract.aircraft: the clause around a designator rarely has
the plain shape a wh-question needs. Distractors have the same role and surface form:
the deck's first, then the knowledge file's (trainer.knowledge.aircraft).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.aircraft import Mention, mentions
from trainer.extract.clauses.cut import clause_of
from trainer.extract.clauses.keys import collect, content_key, fact_key
from trainer.extract.clauses.phrase import cloze
from trainer.extract.clauses.unasserted import unasserted
from trainer.extract.doc import evidence_of
from trainer.extract.topic import topic_types
from trainer.knowledge.aircraft import AircraftFamily, Weapon, aircraft
from trainer.language.hardware import NAVY_PREFIXES, arms_bloc
from trainer.language.text import has_word, normalise
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.questions.date_checks import with_periods_written_out
from trainer.questions.equipment import calibers_like, equipment_like
from trainer.questions.which_type import which_type

if TYPE_CHECKING:
    from spacy.tokens import Doc


PER_TYPE = 2  # cards per named type in one article: the third mention adds nothing


def find(doc: Doc, article: Article) -> list[Fact]:
    """One card per (type, sentence), at most PER_TYPE per type: six blanks of one F-35
    teach one fact. A blank on the type the article is about (extract.topic.topic_types:
    "Emirates Airline finalized a deal to purchase 30 of Boeing's _____ jets" under the
    headline "Emirates orders 30 Boeing 787 jets") is a passing mention."""
    asked: dict[str, set[int]] = {}
    found = mentions(doc)
    paragraphs = article.paragraphs
    topics = topic_types(found, article.title or (paragraphs[0] if paragraphs else ""))

    def once(mention: Mention, art: Article, names: dict[str, str]) -> tuple[Fact, str] | None:
        sentences = asked.setdefault(mention.type_key, set())
        sentence = mention.span.sent.start
        if sentence in sentences or len(sentences) >= PER_TYPE:
            return None
        made = _fact(mention, art, names)
        if made is None:
            return None
        sentences.add(sentence)
        fact, content = made
        return replace(fact, passing=mention.type_key in topics), content

    return collect(doc, article, found, once)


def _fact(mention: Mention, article: Article, names: dict[str, str]) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = evidence_of(span.sent, article)
    if evidence is None or unasserted(span.root):
        return None  # 'denied that its Su-24 bombers struck ...': no fact
    clause = clause_of(span[0])
    question = which_type(mention, clause, names) or cloze(clause, span, names)
    if question is None:
        return None
    kind = CardKind(mention.kind)
    answer_type = AnswerType(kind, mention.form, mention.role)
    answer = _answer(mention)
    value = normalise(answer)
    # 'tests of an ICBM last month' -> '... in July 2017': the month its date card answers
    text = with_periods_written_out(question.text, span.sent, article)
    fact = Fact(
        kind=kind,
        key=fact_key(kind, value, span.root, question),
        question=text,
        answer=answer,
        evidence=evidence,
        source=article.id,
        answer_type=answer_type,
        accept=tuple(a for a in (span.text, *_accept(mention)) if a != answer),
        tags=(mention.role,) if mention.role else (),
    )
    return fact, content_key(kind, value, question)


def _answer(mention: Mention) -> str:
    """The type as the answer: 'Su-34' for the blanked 'Su-34 Fullback', so the nickname
    neither stays in the question to give it away nor makes the options odd."""
    text = mention.span.text
    family = aircraft().family_of(mention.family) if mention.form == "designator" else None
    if family and family.nickname and text.endswith(" " + family.nickname):
        return text[: -len(family.nickname) - 1]
    return text


def _accept(mention: Mention) -> tuple[str, ...]:
    """Other right ways to write the answer: with or without the maker, the singular of a
    plural, the designator or the nickname alone."""
    text = mention.span.text
    forms: list[str] = []
    if mention.form == "designator":
        family = aircraft().family_of(mention.family)
        bare = _core(text)
        if family and family.nickname and text.endswith(" " + family.nickname):
            forms.append(family.nickname)
        forms.append(bare)
        if family and not text.startswith(family.maker + " "):
            forms.append(f"{family.maker} {bare}")
    if mention.form == "nickname":
        family = aircraft().family_of(mention.family)
        if family:
            forms += [family.designator, f"{family.designator} {family.nickname}"]
        weapon = aircraft().weapon_of(mention.family) if mention.kind == "weapon" else None
        if weapon:
            forms += [weapon.name, f"{weapon.name} {weapon.nickname}"]
    if mention.form == "ship" and text.split()[0] in NAVY_PREFIXES:
        forms.append(text.split(" ", 1)[1])
    if mention.form == "flight" and mention.family:
        forms.append(text[len(mention.family) :].strip())
    out: list[str] = []
    for f in forms:
        if f and f != text and f not in out:
            out.append(f)
    return tuple(out)


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Same role and the same surface form: deck first, then the knowledge file."""
    form = fact.answer_type.form
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type]
    if form == "designator":
        candidates = _written_like(fact.answer, _designators_like(fact, deck))
    elif form == "nickname":
        candidates = _nicknames_like(fact, deck)
    elif form == "flight":
        candidates = [*[d for d in deck if "Flight" in d], *_flights_like(fact.answer)]
    elif form == "type":
        candidates = _types_like(fact)
    elif form == "caliber":
        candidates = calibers_like(fact.answer)
    else:  # a named weapon, ship or ship class
        candidates = equipment_like(fact, deck)
    candidates = [c for c in candidates if not _same_type(fact.answer, c)]
    if form == "type":
        candidates = [c for c in candidates if not _listed_beside(c, fact.question)]
    return _after_article(fact, candidates)


def _listed_beside(candidate: str, question: str) -> bool:
    """'Iran has produced its own tanks, _____, missiles, ...': 'main battle tanks' is one of
    the things the question lists beside the blank, so it is true too (sample Q59)."""
    head = candidate.split()[-1].lower()
    shown = question.replace(CLOZE_BLANK, " ").lower()
    return re.search(rf"\b{re.escape(head)}\b", shown) is not None


def _after_article(fact: Fact, candidates: list[str]) -> list[str]:
    """'shot down an _____': only options read with 'an' too, or the article tells."""
    before = fact.question.split(CLOZE_BLANK)[0].split()
    article = before[-1].lower() if before else ""
    if article not in ("a", "an"):
        return candidates
    wants_an = article == "an"
    return [c for c in candidates if _takes_an(c) == wants_an]


def _takes_an(name: str) -> bool:
    """'an Il-20', 'an F-35', 'an MQ-9', 'an A321'; 'a Tu-160', 'a 787', 'a Black Hawk'."""
    first = name[:1]
    if first in "AEIOaeiou":
        return not name.lower().startswith(("uni", "eu", "one"))
    letters = re.match(r"[A-Z]+(?![a-z])", name)  # an initialism is read letter by letter
    return bool(letters) and first in "FHLMNRSX"


def _same_type(answer: str, candidate: str) -> bool:
    """'F-35' against 'F-35B', 'A-10' against 'A-10s': a prefix, family or parent of
    the answer is also right."""
    a, c = normalise(answer), normalise(candidate)
    return a.startswith(c) or c.startswith(a)


def _written_like(answer: str, names: list[str]) -> list[str]:
    """Options in the answer's form: plural when it is ("A-10s": "Su-25s"), "Max" spelt as
    the answer spells it."""
    plural = _without_maker(answer) == _core(answer) + "s"
    max_as = re.search(r"\b(?i:max)\b", answer)
    if max_as:
        names = [re.sub(r"\b(?i:max)\b", max_as.group(0), n) for n in names]
    return [f"{name}s" for name in names] if plural else names


def _nicknames_like(fact: Fact, deck: list[str]) -> list[str]:
    """Nicknames of other families (or systems) of the same role, the answer's country first."""
    own = aircraft().by_nickname(fact.answer)
    country = own.country if own else ""
    role = fact.answer_type.detail
    same: list[AircraftFamily | Weapon]
    if fact.kind == CardKind.WEAPON:
        same = [w for w in aircraft().weapons if w.type == role and w.nickname]
    else:
        same = [f for f in aircraft().families if f.role == role and f.nickname]
    same.sort(key=lambda f: (f.country != country, arms_bloc(f.country) != arms_bloc(country)))
    return [*deck, *(f.nickname for f in same if f is not own)]


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
    bare_answer = _core(fact.answer)
    own = aircraft().family_of(bare_answer)
    country = own.country if own else ""
    with_maker = _without_maker(fact.answer) != fact.answer
    prefix = bare_answer.split("-")[0]
    if role == "aircraft":  # a type the file does not list: the same bureau's others
        same = [f for f in aircraft().families if f.designator.split("-")[0] == prefix]
    else:
        same = [f for f in aircraft().families if f.role == role]
    same.sort(key=lambda f: f.country != country)  # stable: the file lists current types first
    names = [_core(d) for d in deck]
    for f in same:
        names += [*f.variants, f.designator]
    want_variant = own is not None and bare_answer != own.designator
    names.sort(key=lambda n: (_is_variant(n) != want_variant, *_remoteness(n, country)))
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


def _remoteness(name: str, country: str) -> tuple[bool, bool]:
    """Same country first, then the same bloc: a Russian bomber against Russian bombers."""
    family = aircraft().family_of(name)
    other = family.country if family else ""
    return other != country, arms_bloc(other) != arms_bloc(country)


def _consistent_with_question(
    fact: Fact, own: AircraftFamily | None, names: list[str]
) -> list[str]:
    """Drop distractors the question itself rules out: "Boeing's _____ jets" leaves only
    Boeing aircraft, "the _____ Dreamliner" only variants of that family, and a family the
    question names as another ("cancel _____ jets, favoring the A350") is none of them."""
    if own is None:
        return names
    question = fact.question.replace(CLOZE_BLANK, " ")

    def named(word: str) -> bool:
        return bool(word) and has_word(question, word, joiners="-")

    names = [
        n
        for n in names
        if (family := aircraft().family_of(_core(n))) is None or not named(family.designator)
    ]

    if named(own.nickname):
        return [n for n in names if aircraft().family_of(_without_maker(n)) is own]
    if named(own.maker):
        return [n for n in names if _maker_of(_without_maker(n)) == own.maker]
    return names


def _without_maker(text: str) -> str:
    for maker in sorted({f.maker for f in aircraft().families}, key=len, reverse=True):
        if text.startswith(maker + " "):
            return text[len(maker) + 1 :]
    return text


def _core(answer: str) -> str:
    """The designator alone: no maker, nickname or plural ("Su-34 Fullback" -> "Su-34")."""
    bare = _without_maker(answer)
    if aircraft().family_of(bare) is not None:
        return bare
    for family in aircraft().families:
        if family.nickname and bare.endswith(" " + family.nickname):
            return bare[: -len(family.nickname) - 1]
    if bare.endswith("s"):
        return bare[:-1]
    return bare


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
