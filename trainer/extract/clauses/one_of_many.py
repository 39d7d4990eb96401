"""A thing a question names that is one of many: 'On what date was a webinar hosted by The
University of Melbourne?' (sample S) asks about one of the university's many webinars; the
sentence's own subject, Fauci, who spoke at it, is cut off."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def made_by_a_body(verb: Token, np: list[Token], body: list[Token], answer: set[int]) -> bool:
    """'a webinar hosted by The University of Melbourne', 'a case study published in the
    journal BMJ': a participle that names only the body that made the thing, and nothing
    of what it is about. A body makes many; a person's act ('a lawsuit filed by Soltan'),
    a place ('a storm that struck the East') or an 'of'-phrase ('a case of plague') says
    which."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(t.dep_ == "prep" for t in np[1:]):
        return False
    names = [t for t in body if t.i not in answer and _names_something(t)]
    return bool(names) and all(t.ent_type_ == "ORG" for t in names)


def _names_something(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")
