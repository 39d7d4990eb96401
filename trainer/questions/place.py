"""place: where something is or happened, when the sentence says so plainly.

"the Peterson Institute in Washington" -> 'Where is the Peterson
Institute?' -> Washington. Other locative phrases ("held by
the Taliban in Afghanistan") become a blank of the sentence. A place is asked
only when its type is known (trainer/data/places.yaml, or "City, Country"
written out), so its distractors can be of the same type.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.comparisons import compared_to_nothing
from trainer.extract.clauses.cut import Clause, clause_of
from trainer.extract.clauses.keys import content_key, fact_key, unique_keys
from trainer.extract.clauses.misparses import misread
from trainer.extract.clauses.moves import undated_move
from trainer.extract.clauses.phrase import Question, cloze, wh_question
from trainer.extract.clauses.render import render, words
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.unasserted import unasserted
from trainer.extract.doc import evidence_of
from trainer.extract.persons import full_names
from trainer.extract.places import mentions, place_info
from trainer.extract.subjects import entity_at
from trainer.knowledge.places import (
    ALIASES,
    PlaceInfo,
    capitals,
    countries_named,
    known_place,
    parent_of,
    places,
    same_or_part,
)
from trainer.language.lexicon import (
    NATIONAL_BODY_WORDS,
    PLACE_HEADS_WITH_THE,
    REMARK_VERBS,
    wordset,
)
from trainer.language.numbers import CURRENCY_SIGNS
from trainer.language.text import mentions as names_in
from trainer.language.text import normalise
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.questions import as_of
from trainer.questions.date_checks import (
    a_person_somewhere,
    framing_a_remark,
    with_periods_written_out,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOCATIVE = {"in", "at", "near", "over", "outside", "inside"}
# Names of what is in many places, or somewhere else each time: an office of a body, an
# event held again and again ("the 2022 Commonwealth Games" says which edition).
MOVING_NAMES = wordset(
    """embassy embassies consulate consulates office offices bureau bureaus branch mission
    delegation marshals games championships championship cup olympics summit conference
    festival tournament expo fair awards"""
)
# How much a place holds: a blank after a smaller place names where that one lies.
PLACE_SIZES = {"city": 1, "state": 2, "region": 2, "country": 3}
MAX_PER_PLACE = 2  # cards per place per article: a place named ten times is not ten facts
# '_____, Scotland': the capitalised words after a blank and a comma name where it lies
WRITTEN_WITHIN = re.compile(rf"{re.escape(CLOZE_BLANK)}, ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)*)")


def find(doc: Doc, article: Article) -> list[Fact]:
    names = full_names(doc)
    facts: list[Fact] = []
    fuller: dict[int, str] = {}
    per_place: dict[str, int] = {}
    for mention in mentions(doc):
        ent = mention.span
        if per_place.get(ent.text, 0) >= MAX_PER_PLACE:
            continue
        made = _fact(ent, mention.info, article, names)
        if made is not None:
            per_place[ent.text] = per_place.get(ent.text, 0) + 1
            fuller[len(facts)] = made[1]
            facts.append(made[0])
    return unique_keys(facts, fuller)


def _fact(
    ent: Span, info: PlaceInfo, article: Article, names: dict[str, str]
) -> tuple[Fact, str] | None:
    root = ent.root
    prep = root.head
    if ent.start >= 2 and ent.doc[ent.start - 1].text == "," and _is_place(ent.doc[ent.start - 2]):
        return None  # "Palm Beach, _____": the place before names the state or country
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent.text in ALIASES:
        return None  # "in the U.S." -> "in the Canada"
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return None
    if ent.end < len(ent.doc) and ent.doc[ent.end].text[:1] in CURRENCY_SIGNS:
        return None  # "just over US $1.4 billion": the money's currency, no place
    for child in root.children:  # "in Syria and Iraq": the blank would have two answers
        country = place_info(child.text)
        written_in = info.type != "country" and country is not None and country.type == "country"
        if child.dep_ in ("conj", "appos") and not written_in:  # "Sinai, Egypt" is one place
            return None
    evidence = evidence_of(ent.sent, article)
    if evidence is None or unasserted(ent.root):
        return None  # 'no evidence that ... in Idlib': no fact
    clause = clause_of(ent[0])
    named = _with_its_article(ent)  # 'the Netherlands': the article is part of the name
    question = _where_is(prep, named, clause, names)  # where a named place stands: no date
    stale = False
    if question is None:
        question = _where_did(prep, named, clause, names) or (
            None if _qualified(ent) else cloze(clause, named, names)
        )
        if question is not None and STILL.search(question.text):
            question, stale = as_of.dated(question, ent.root, article)  # as of when?
    if question is None or compared_to_nothing(question.tokens, ent):
        return None  # 'margins have been narrower in _____': than where?
    if a_person_somewhere(prep.head, question.tokens):
        return None  # 'Where was Zelensky?': there for what? (sample Q75, VAGUE)
    # 'Last month, researchers at OpenAI in _____ revealed' -> 'In December 2019, ...'
    question = replace(question, text=with_periods_written_out(question.text, ent.sent, article))
    value = ALIASES.get(ent.text, ent.text)
    anchor = prep.head
    fact = Fact(
        kind=CardKind.PLACE,
        key=fact_key("place", normalise(value), anchor, question),
        question=question.text,
        answer=_answer(named),
        evidence=evidence,
        source=article.id,
        answer_type=AnswerType("place", info.type),
        accept=tuple(dict.fromkeys(a for a in (ent.text, value) if a != _answer(named))),
        tags=(info.parent,),
        within=info.parent,
        # 'Where did crude fall toward $50 a barrel?': where a market moved, on no day
        passing=stale
        or undated_move(root, question.tokens)
        or _seat_of_government(question, value)
        or _holds_place_before(prep, info)
        or _told_by_the_question(question, ent, value, info)
        # 'Speaking in Paris on Saturday, President Hollande said ...': where a remark was
        # made, as the day it was (date_checks.day_of_a_remark), is a passing detail
        or prep.head.lemma_ in REMARK_VERBS
        or framing_a_remark(prep.head),
    )
    return fact, content_key("place", normalise(value), question)


# 'is currently serving a prison term in _____': where someone or something is for now (a
# place where something happened stays where it happened).
STILL = re.compile(r"\b(?:currently|now|still|remains?|continues? to)\b", re.IGNORECASE)


def _qualified(ent: Span) -> bool:
    """'rally in _____, D.C.': the place written after the blank may name the answer alone
    ('D.C.' is Washington) when the place file does not know it, so cannot tell what it
    holds. 'Raqqa, Syria' stays: Syria holds many cities. A wh-question drops the pair
    whole."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or not _is_place(doc[ent.end + 1]):
        return False
    after = next((e for e in doc.ents if e.start == ent.end + 1), doc[ent.end + 1 : ent.end + 2])
    return place_info(after.text) is None


def _seat_of_government(question: Question, place: str) -> bool:
    """'Where is the Senate Judiciary Committee? -> Washington': a national body sits in its
    country's capital, which any reader knows."""
    names = {t.lower_ for t in question.tokens if t.pos_ == "PROPN"}  # not 'a house'
    return place in capitals() and bool(names & NATIONAL_BODY_WORDS)


def _holds_place_before(prep: Token, answer: PlaceInfo) -> bool:
    """'his mansion in Palm Beach in _____' -> Florida: the answer is where a place the
    sentence names lies, which whoever knows that place knows ('talks with China in
    _____' -> Geneva is not: a city does not hold a country)."""
    if prep.i == 0 or not _is_place(before := prep.doc[prep.i - 1]):
        return False
    ent = entity_at(before)  # a place word is always in one
    known = place_info(ent.text) if ent is not None else None
    size = PLACE_SIZES.get(answer.type, 0)
    return size > PLACE_SIZES.get(known.type, 0) if known else size > PLACE_SIZES["city"]


def _told_by_the_question(question: Question, ent: Span, answer: str, info: PlaceInfo) -> bool:
    """'as they learned in _____, where journalists beat them ashore in Mogadishu' ->
    Somalia, 'an Egyptian political prisoner held in _____' -> Cairo: a place the question
    names lies in the answer, or the question names the country whose capital the answer
    is. Whoever knows where places are knows the blank."""
    others = {
        found.text if found is not None else t.text
        for t in question.tokens
        if t.pos_ == "PROPN" and not ent.start <= t.i < ent.end
        for found in [entity_at(t)]
    }  # whatever the tagger took a place for ('Aleppo' a nationality)
    if any(parent_of(name) == answer for name in others):
        return True
    text = " ".join(t.text for t in question.tokens if not ent.start <= t.i < ent.end)
    return info.type == "city" and answer in capitals() and info.parent in countries_named(text)


def _with_its_article(ent: Span) -> Span:
    """'in the Netherlands', 'in The Gambia': a name written with 'the' is blanked and
    answered with it ('in _____' -> 'the Netherlands'), never 'in the _____' or 'in The
    _____', which only a name taking 'the' fits."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "the" and before.head.i in range(ent.start, ent.end):
        return ent.doc[ent.start - 1 : ent.end]
    return ent


def _answer(named: Span) -> str:
    """'the Netherlands', as written but for a 'The' the sentence does not open with."""
    text = named.text
    return "the" + text[3:] if text.startswith("The ") and not named[0].is_sent_start else text


def _is_place(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC")


# Prepositions that tie a name to an act ('played for X', 'a match against X'), whose
# place phrase after the name is the act's as likely as the name's.
EVENT_PREPOSITIONS = frozenset(("for", "against", "with", "over", "by"))


def _where_is(prep: Token, ent: Span, clause: Clause, names: dict[str, str]) -> Question | None:
    """'X in Qatar' where X is a named facility or organisation: 'Where is X?'"""
    noun = prep.head
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("GPE", "PERSON", "NORP", "DATE", "EVENT"):
        return None  # 'Hurricane Andrew in Florida': an event happens there, it is not there
    if prep.lower_ != "in" or prep.i != noun.i + 1:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in EVENT_PREPOSITIONS:
        # 'made his F1 debut as a 17-year-old for Toro Rosso in Australia': where the act
        # was, not where the team is (sample Q79, WRONG)
        return None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.dep_ == "cc":
        return None  # '... in Florida and Louisiana': one of two places is no answer
    if misread(clause.tokens):
        return None
    np = [t for t in noun.subtree if t.i < prep.i]
    if not np or any(t.dep_ in ("relcl", "acl", "appos", "poss", "nummod", "conj") for t in np):
        return None
    if sum(1 for t in np if t.pos_ == "PROPN") < 2:
        return None  # a single capitalised word is rarely a place that stands still
    if any(ch.isdigit() for t in np for ch in t.text):
        return None  # 'the launch of Redmi 4A in New Delhi': a model, sold everywhere (Q54)
    if any(t.dep_ == "amod" and t.lower_ in ("new", "newest", "latest") for t in np):
        return None  # 'its lineup with the new Mi TV 4A Series in Beijing': launched there
    if any(t.pos_ == "PROPN" and t.text == parent_of(ent.text) for t in np):
        return None  # 'IBM Research India' in Bangalore: the name says the country
    if noun.lower_ in MOVING_NAMES and not any(t.like_num for t in np):
        # 'the Egyptian Embassy in Washington', 'U.S. Marshals in Georgia': one office of a
        # body that has many; 'the Commonwealth Games in Birmingham': each edition is
        # somewhere else. Where the sentence puts them is asked in its words instead.
        return None
    replace = name_replacements(np, names)
    subject = render(np, replace)
    if np[0].lower_ == "the":
        subject = "the" + subject[3:]
    verb = "are" if noun.tag_ == "NNPS" else "is"
    text = f"Where {verb} {subject}?"
    if names_in(text, ent.text) or words(text) < 4:
        return None
    return Question(text, tuple(np))


def _where_did(prep: Token, ent: Span, clause: Clause, names: dict[str, str]) -> Question | None:
    """'The Taliban members were released in Doha, Qatar.' -> 'Where were the Taliban members
    released?': the place phrase of the clause's verb asked with 'Where'."""
    verb = prep.head
    if prep.lower_ not in ("in", "at") or verb.pos_ not in ("VERB", "AUX"):
        return None
    phrase = sorted(prep.subtree, key=lambda t: t.i)
    if any(t.i < ent.start and t.lower_ != "the" for t in phrase[1:]):
        return None  # 'in the heart of X', 'in northern X': the place is not the whole phrase
    country = {t.i for c in ent.root.children if c.dep_ in ("appos", "relcl") for t in c.subtree}
    if any(t.i >= ent.end and t.i not in country and not t.is_punct for t in phrase):
        return None  # 'in London in 2012': only a country or a relative clause may follow
    remove = prep.doc[prep.i : phrase[-1].i + 1]
    return wh_question(clause, verb, remove, "Where", names)


# -- distractors -------------------------------------------------------------


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Places of the same type: the deck's first, then the knowledge list, nearest first."""
    ptype = fact.answer_type.form
    parent = fact.within
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type]
    known = [name for name, info in places().items() if info.type == ptype]
    known.sort(key=lambda name: _spread(fact.answer, name))
    candidates = [*dict.fromkeys([*deck, *known])]
    written = _written_within(fact.question) or (
        parent if parent and names_in(fact.question, parent) else ""
    )
    if written:
        # '_____, Texas': the question says where the answer lies, so a wrong answer from
        # anywhere else is ruled out at a glance; with too few, the card is typed
        inside = {p.answer for p in pool if p.within == written}
        candidates = [name for name in candidates if name in inside or parent_of(name) == written]
    # same country (a city) or region (a country) first, the deck's before the list's
    candidates.sort(key=lambda name: (parent_of(name) != parent, name not in deck))
    if fact.answer.lower().startswith("the "):  # 'the West Bank': 'the Gaza Strip' beside it
        return [_with_the(name) for name in candidates]
    return candidates


def _written_within(question: str) -> str:
    """'in _____, Texas.' -> 'Texas': the place a blank is written within."""
    found = WRITTEN_WITHIN.search(question)
    return found.group(1) if found and known_place(found.group(1)) else ""


def _with_the(name: str) -> str:
    words = name.split()
    takes = words[0].lower() != "the" and words[-1].lower() in PLACE_HEADS_WITH_THE
    return f"the {name}" if takes else name


def also_true(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """A place inside the answer, or containing it, would also be true."""
    related = [name for name, info in places().items() if info.parent == fact.answer]
    if fact.within:
        related.append(fact.within)
    return [*related, *same_or_part(fact.answer)]  # 'United Kingdom' for 'Britain


def _spread(answer: str, name: str) -> str:
    """A fixed order that differs per answer, so the list's alphabet shows no pattern."""
    return hashlib.sha1(f"{answer}|{name}".encode()).hexdigest()
