"""The words between a speech verb and the partial quote it introduces, so a question can
read 'Who said the plan would "open a new chapter"?'. Shared by extract.quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEAD_PRONOUNS = wordset("he she him her his they them their it its this these those")
MAX_LEAD_WORDS = 15


def lead_words(doc: Doc, verb: Token, quote_start: int) -> str | None:
    """The words between a speech verb and the partial quote it introduces, without the
    verb's object: 'telling Defense News the country plans to spend "…' -> 'the country
    plans to spend'. None when they would not read well after 'Who said'."""
    objects = {
        t.i
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "iobj", "acomp", "oprd", "prt") and c.i > verb.i
        for t in c.subtree
    }
    i = verb.i + 1
    while i < len(doc) and (i in objects or doc[i].is_punct) and doc[i].idx < quote_start - 1:
        i += 1
    that = i < len(doc) and doc[i].lower_ == "that" and doc[i].idx < quote_start - 1
    if that:
        i += 1
    if i >= len(doc) or doc[i].idx >= quote_start - 1:
        return "that" if that else ""
    if (
        not that
        and doc[i].pos_ == "ADP"
        and (i + 1 == len(doc) or doc[i + 1].idx >= quote_start - 1)
    ):
        return None  # 'warned against "a return to ..."': 'Who said against' reads wrong
    lead = text_of(doc)[doc[i].idx : quote_start - 1].strip()
    words = lead.lower().split()
    if len(words) > MAX_LEAD_WORDS or set(words) & LEAD_PRONOUNS or re.search(r"[,;:\"“”()]", lead):
        return None
    return f"that {lead}" if that else lead
