"""Places: where something is or happened, when the sentence says so plainly.

"the Peterson Institute in Washington" -> 'Where is the Peterson
Institute?' -> Washington. Other locative phrases ("held by
the Taliban in Afghanistan") become a blank of the sentence. A place is asked
only when its type is known (trainer/data/places.yaml, or "City, Country"
written out), so its distractors can be of the same type.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import yamlio
from trainer.generators import _facts
from trainer.model import Article, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KINDS = ("place",)

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
LOCATIVE = {"in", "at", "near", "over", "outside", "inside"}
MAX_PER_PLACE = 2  # cards per place per article: a place named ten times is not ten facts
ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
}


@dataclass(frozen=True)
class PlaceInfo:
    type: str  # country, city, state, region
    parent: str  # region of a country, country of a city or state


@cache
def knowledge() -> dict[str, PlaceInfo]:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
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


def place_info(name: str, doc: Doc | None = None, span: Span | None = None) -> PlaceInfo | None:
    name = ALIASES.get(name, name)
    info = knowledge().get(name)
    if info is not None:
        return info
    if (
        doc is not None
        and span is not None
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
    ):
        following = doc[span.end + 1 :]
        for ent in following.ents[:1]:
            parent = knowledge().get(ent.text)
            if ent.start == span.end + 1 and parent and parent.type in ("country", "state"):
                return PlaceInfo("city", ent.text)
    return None


def find(doc: Doc, article: Article) -> list[Fact]:
    names = _facts.full_names(doc)
    facts: list[Fact] = []
    fuller: dict[int, str] = {}
    per_place: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        info = place_info(ent.text, doc, ent)
        if info is None or per_place.get(ent.text, 0) >= MAX_PER_PLACE:
            continue
        made = _fact(ent, info, article, names)
        if made is not None:
            per_place[ent.text] = per_place.get(ent.text, 0) + 1
            fuller[len(facts)] = made[1]
            facts.append(made[0])
    return _facts.unique_keys(facts, fuller)


def _fact(
    ent: Span, info: PlaceInfo, article: Article, names: dict[str, str]
) -> tuple[Fact, str] | None:
    root = ent.root
    prep = root.head
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent.text in ALIASES:
        return None  # "in the U.S." -> "in the Canada"
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return None
    for child in root.children:  # "in Syria and Iraq": the blank would have two answers
        country = place_info(child.text)
        written_in = info.type != "country" and country is not None and country.type == "country"
        if child.dep_ in ("conj", "appos") and not written_in:  # "Sinai, Egypt" is one place
            return None
    evidence = _facts.evidence_of(ent.sent, article)
    if evidence is None:
        return None
    clause = _facts.clause_of(ent[0])
    question = _where_is(prep, ent, clause, names) or _facts.cloze(clause, ent, names)
    if question is None:
        return None
    value = ALIASES.get(ent.text, ent.text)
    anchor = prep.head
    fact = Fact(
        kind="place",
        key=_facts.fact_key("place", _facts.norm(value), anchor, question),
        question=question.text,
        answer=ent.text,
        evidence=evidence,
        source=article.id,
        answer_type=f"place:{info.type}",
        accept=tuple(a for a in (value,) if a != ent.text),
        tags=(info.parent,),
    )
    return fact, _facts.content_key("place", _facts.norm(value), question)


def _where_is(
    prep: Token, ent: Span, clause: _facts.Clause, names: dict[str, str]
) -> _facts.Question | None:
    """'X in Qatar' where X is a named facility or organisation: 'Where is X?'"""
    noun = prep.head
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("GPE", "PERSON", "NORP", "DATE"):
        return None
    if prep.lower_ != "in" or prep.i != noun.i + 1:
        return None
    np = [t for t in noun.subtree if t.i < prep.i]
    if not np or any(t.dep_ in ("relcl", "acl", "appos", "poss", "nummod", "conj") for t in np):
        return None
    if sum(1 for t in np if t.pos_ == "PROPN") < 2:
        return None  # a single capitalised word is rarely a place that stands still
    replace = _facts.name_replacements(np, names)
    subject = _facts.render(np, replace)
    if np[0].lower_ == "the":
        subject = "the" + subject[3:]
    verb = "are" if noun.tag_ == "NNPS" else "is"
    text = f"Where {verb} {subject}?"
    if _facts.mentions(text, ent.text) or _facts.words(text) < 4:
        return None
    return _facts.Question(text, tuple(np))


# -- distractors -------------------------------------------------------------


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Places of the same type: the deck's first, then the knowledge list, nearest first."""
    ptype = fact.answer_type.split(":")[1]
    parent = fact.tags[0] if fact.tags else ""
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type]
    known = [name for name, info in knowledge().items() if info.type == ptype]
    known.sort(key=lambda name: _spread(fact.answer, name))
    candidates = [*dict.fromkeys([*deck, *known])]
    # same country (a city) or region (a country) first, the deck's before the list's
    candidates.sort(key=lambda name: (_parent(name) != parent, name not in deck))
    # a place inside the answer, or containing it, would also be true
    related = [name for name, info in knowledge().items() if info.parent == fact.answer]
    if parent:
        related.append(parent)
    return _facts.pick_distractors(fact, candidates, also_true=related)


def _parent(name: str) -> str:
    info = knowledge().get(ALIASES.get(name, name))
    return info.parent if info else ""


def _spread(answer: str, name: str) -> str:
    """A fixed order that differs per answer, so the list's alphabet shows no pattern."""
    return hashlib.sha1(f"{answer}|{name}".encode()).hexdigest()
