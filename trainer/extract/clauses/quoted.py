"""Clauses and quotation marks: a clause that is nothing but a quotation, the words inside
the marks (given as said, never reworded), and a report whose content is elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, inside_quote
from trainer.language.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def bare_quote(tokens: Sequence[Token]) -> bool:
    """A clause that is nothing but a quotation: '"And we are entering ..."'."""
    if not tokens or tokens[0].text not in QUOTE_CHARS:
        return False
    closing = [i for i, t in enumerate(tokens) if i and t.text in QUOTE_CHARS]
    return len(closing) == 1 and all(t.is_punct for t in tokens[closing[0] + 1 :])


def quoted_tokens(tokens: Sequence[Token]) -> set[int]:
    """The tokens inside quotation marks: a quotation is given as said, so a surname in it
    is never written out ('"President Trump has been clear ..."')."""
    start = tokens[0].idx if tokens else 0
    return {t.i for t in tokens if t.text not in QUOTE_CHARS and inside_quote(t, start)}


def hollow_report(tokens: Sequence[Token]) -> bool:
    """'He said at a Nov. 6 event.': a reporting verb whose content is elsewhere."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots or roots[0].lemma_ not in REPORTING_VERBS:
        return False
    if any(c in t.text for t in tokens for c in QUOTE_CHARS):
        return False
    return not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "nsubjpass") for c in roots[0].children
    )
