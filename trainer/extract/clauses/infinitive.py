"""The verb a wh-question about an infinitive's object is asked of: in 'Acme finalized a
deal to purchase 30 jets' the infinitive only describes the object of 'finalized', so the
question is '... did Acme finalize a deal to purchase?', built around 'finalized'."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def asked_verb(verb: Token) -> Token:
    """The main verb when `verb` is a subjectless 'to' infinitive describing its direct
    object ('a deal to purchase', 'plans to build'); else `verb` itself."""
    if (
        verb.dep_ in ("relcl", "acl")
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
    ):
        return verb.head.head
    return verb
