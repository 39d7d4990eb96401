"""Who holds which post: "Pentagon spokesman Jane Roe", "Jane Roe, the Pentagon press
secretary", "Lisa Boesky, a clinical psychologist".

A title before a name, or an apposition after it, whose head is a post or an occupation
and which names where the post is held. Past posts ("former ...") are not roles.
Found once per Doc, then cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.extract.persons import person_index
from trainer.language.lexicon import wordset
from trainer.language.names import clean_name
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Head nouns of a post or an occupation.
TITLE_NOUNS = wordset(
    """spokesman spokeswoman spokesperson secretary president minister ambassador adviser
    advisor director chief chairman chairwoman chair ceo cfo coo cto officer official commander
    general senator governor mayor attorney judge analyst correspondent reporter professor
    editor head leader coach captain founder cofounder co-founder executive manager prosecutor
    lawyer economist researcher scientist psychologist physician expert representative lawmaker
    counsel administrator commissioner superintendent sheriff envoy diplomat meteorologist vp
    premier chancellor dean principal strategist consultant fellow owner partner publisher
    producer author historian professor lecturer surgeon pathologist epidemiologist
    pulmonologist specialist negotiator deputy auditor inspector treasurer speaker whip
    administrator""".lower()
)
# Words that make a title a past or uncertain one: no card.
NOT_CURRENT = wordset("former ex late then-former onetime one-time acting interim")
# Tokens a title before a name may be made of besides nouns and adjectives.
LINK_WORDS = wordset("of to for and")
MIN_TITLE_WORDS = 2  # "President Trump" is a form of address, not a quizzable post
MAX_TITLE_WORDS = 16


@dataclass(frozen=True)
class Role:
    person: str  # full name as first introduced
    title: str  # "Pentagon spokesman", "a clinical psychologist"
    definite: bool  # names a post ("the"/before the name) rather than describing the person
    start: int
    end: int


def find_roles(doc: Doc) -> list[Role]:
    """Every current post a person of the doc is said to hold, found once per doc."""
    return cached(doc, "trainer.roles", _find_roles)


def _find_roles(doc: Doc) -> list[Role]:
    persons = person_index(doc)
    roles: list[Role] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        person = persons.resolve(ent.text)
        if not person or " " not in person:
            continue
        for role in (_title_before(ent, person), _title_after(ent, person)):
            if role is not None:
                roles.append(role)
    return roles


def _title_before(ent: Span, person: str) -> Role | None:
    """'Pentagon spokesman Jane Roe', 'Energy Secretary Rick Perry'."""
    doc = ent.doc
    tokens: list[Token] = []
    # An entity may swallow a leading title word ("Superintendent Jennifer McCormick").
    start = ent.start
    while start < ent.end - 2 and doc[start].lower_ in TITLE_NOUNS:
        start += 1
    if start > ent.start:
        tokens = list(doc[ent.start : start])
    i = ent.start - 1
    seen_title = any(t.lower_ in TITLE_NOUNS for t in tokens)
    while i >= 0:
        t = doc[i]
        if t.ent_type_ == "PERSON" or t.is_space:
            break
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or (t.text in "-&" and tokens):
            tokens.insert(0, t)
            seen_title = seen_title or t.lower_ in TITLE_NOUNS
        elif not seen_title and tokens and t.lower_ in ("of", "to", "for"):
            tokens.insert(0, t)  # "Secretary of State", "Ambassador to the European Union"
        elif not seen_title and t.lower_ == "the" and tokens and doc[i + 1].i == tokens[0].i:
            if i == 0 or doc[i - 1].lower_ not in ("of", "to", "for"):
                break
            tokens.insert(0, t)
        else:
            break
        i -= 1
    if not tokens or not seen_title or tokens[0].lower_ in LINK_WORDS | {"the"}:
        return None
    # the post ends the phrase or is followed by "of"/"to"/"for ..." ("Secretary of State")
    last_title = max(k for k, t in enumerate(tokens) if t.lower_ in TITLE_NOUNS)
    rest = tokens[last_title + 1 :]
    if rest and rest[0].lower_ not in ("of", "to", "for"):
        return None
    if any(t.lower_ == "and" for t in tokens) or not _anchored(tokens):
        return None
    title = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if tokens[0].is_sent_start and tokens[0].pos_ != "PROPN" and not tokens[0].ent_type_:
        title = title[:1].lower() + title[1:]
    return _role(person, title, True, tokens[0].idx, ent.end_char)


def _title_after(ent: Span, person: str) -> Role | None:
    """'Jane Roe, the Pentagon press secretary,' / 'Lisa Boesky, a clinical psychologist'."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    head = ent.root
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > ent.end]
    if not appos or appos[0].lower_ not in TITLE_NOUNS or appos[0].pos_ not in ("NOUN", "PROPN"):
        return None
    first = ent.end + 1
    end = first
    while end < len(doc) and end < appos[0].i + MAX_TITLE_WORDS + 2:
        t = doc[end]
        if (
            t.text in ',;:()—–"“”'
            or t.lower_ in ("who", "which", "whose", "that")
            or (t.pos_ in ("VERB", "AUX") and t.i > appos[0].i)
        ):
            break
        if (t.is_sent_start and t.i > first) or t.is_space or t.text == ".":
            break
        end += 1
    if end <= appos[0].i:
        return None
    det = doc[first]
    if det.lower_ in ("the", "a", "an"):
        definite = det.lower_ == "the"
    elif det.pos_ in ("PROPN", "NOUN", "ADJ") and det.lower_ not in ("his", "her", "their"):
        definite = True  # "director for games at Google", "PG&E's principal meteorologist"
    else:
        return None
    words = doc[first:end]
    if definite and det.lower_ == "the":
        words = doc[first + 1 : end]
    if definite and not _anchored(list(words)):
        return None
    if words[-1].lower_ in LINK_WORDS or words[-1].lower_ == "the":
        return None
    title = text_of(doc)[words.start_char : words.end_char]
    return _role(person, title, definite, ent.start_char, words.end_char)


def _anchored(tokens: list[Token]) -> bool:
    """A post names where it is held ("Pentagon spokesman", "CEO of Take-Two", "Secretary of
    State", "Attorney General"); "the company CEO" or "the industry analyst" does not."""
    if (
        tokens[0].text.endswith(("'s", "’s"))
        or (len(tokens) > 1 and tokens[1].text in ("'s", "’s"))
    ) and not tokens[0].text[:1].isupper():
        return False  # "company's chief operating officer": whose?
    named = [t for t in tokens if t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")]
    capitalised = [
        t
        for t in tokens
        if t.text[:1].isupper() and t.lower_ not in TITLE_NOUNS and not t.is_sent_start
    ]
    formal = len(tokens) >= 2 and all(
        t.text[:1].isupper() or t.lower_ in LINK_WORDS | {"the"} for t in tokens
    )
    return bool(named or capitalised or formal)


def _role(person: str, title: str, definite: bool, start: int, end: int) -> Role | None:
    title = title.strip(" ,.")
    words = normalise(title).split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS:
        return None
    if set(words) & NOT_CURRENT or set(words) & set(normalise(clean_name(person)).split()):
        return None
    if re.search(r"\d", title):
        return None
    return Role(person=person, title=title, definite=definite, start=start, end=end)
