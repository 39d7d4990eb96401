"""The words between a speech verb and the partial quote it introduces, so a question can
read 'Who said the plan would "open a new chapter"?'. Shared by extract.quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import has_a_tense, text_of
from trainer.language.anaphora import ANAPHORIC_ACTS, ANAPHORIC_THINGS
from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEAD_PRONOUNS = wordset("he she him her his they them their it its this these those")
MAX_LEAD_WORDS = 15


# Verbs that call something something: what follows them is an object and what it is
# called, no clause 'Who said' can take.
NAMING_SPEECH = frozenset(
    ("declare", "call", "label", "describe", "dub", "term", "brand", "deem", "name")
)


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
    if verb.lemma_ == "tell" and not objects:
        return None  # 'told Deadline Monday that ...': 'Who said Deadline Monday' (Q78)
    if verb.lemma_.lower() in NAMING_SPEECH:
        return None  # 'declared climate change an "urgent ..."': 'Who said climate change an'
        # reads wrong (sample Q91, UNGRAM)
    i = verb.i + 1
    while i < len(doc) and (i in objects or doc[i].is_punct) and doc[i].idx < quote_start - 1:
        i += 1
    i = _after_the_circumstances(doc, verb, i, quote_start)
    that = i < len(doc) and doc[i].lower_ == "that" and doc[i].idx < quote_start - 1
    if that and doc[i].dep_ in ("nsubj", "nsubjpass"):
        return None  # 'Barak said that would lead to ...': 'that' is what he spoke of (Q85)
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
    if not that and doc[i].tag_ == "VBG":
        return None  # 'he said, accusing Trump of "…"': 'Who said accusing' reads wrong (Q75)
    lead = text_of(doc)[doc[i].idx : quote_start - 1].strip()
    words = lead.lower().split()
    if len(words) > MAX_LEAD_WORDS or set(words) & LEAD_PRONOUNS or re.search(r"[,;:\"“”()]", lead):
        return None
    shown = [t for t in doc[i:] if t.idx < quote_start - 1]
    if any(_without_its_subject(t, i) for t in shown):
        return None  # 'Who said on behalf of the Trump campaign had "..."': the subject of
        # 'had' was taken for the verb's object and skipped (sample Q121, UNGRAM); 'cases
        # ..., Arlen said, can be "very challenging ..."' (sample Q139, UNGRAM: 'Who said can
        # be'), its subject before the speaker
    if any(_bare_definite(t) for t in shown):
        return None  # 'Who said the group immediately began lobbying ...': which? (Q52)
    if any(t.lower_ in ("which", "whom", "whose") for t in shown):
        return None  # 'recalled focus groups in 2016 in which voters were "…"': the noun 'in
        # which' tells of may be the verb's object, skipped ('Who said in 2016 in which voters
        # were', sample Q127, UNGRAM)
    return f"that {lead}" if that else lead


def _without_its_subject(verb: Token, start: int) -> bool:
    """A verb with a tense ('had', 'can look') whose subject comes before the words after
    'Who said'."""
    if verb.dep_ in ("aux", "auxpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return has_a_tense(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= start for c in verb.children
    )


def _bare_definite(token: Token) -> bool:
    """'the group', 'the move': a thing or act the article named before, which the words
    after 'Who said' do not name ('the Iowa Family Policy Center', 'the group's leader'
    say more)."""
    noun = token.head
    return (
        token.lower_ == "the"
        and token.dep_ == "det"
        and noun.lemma_.lower() in ANAPHORIC_THINGS | ANAPHORIC_ACTS
        and all(c.i == token.i or c.dep_ == "punct" for c in noun.children)
    )


CIRCUMSTANCES = frozenset(("prep", "npadvmod", "advmod"))


def _after_the_circumstances(doc: Doc, verb: Token, i: int, quote_start: int) -> int:
    """Where the words after the speech verb go on past where and when it was said, when a
    'that' follows them and they lean on the story: 'said at the conference that ...' ->
    'that ...' ('Who said at the conference that', sample Q85, NONSENSE: which conference?).
    What was said is asked, not the occasion; else `i` as it was."""
    j = i
    leaning = False
    while j < len(doc) and doc[j].idx < quote_start - 1:
        token = doc[j]
        if token.head.i != verb.i or token.dep_ not in CIRCUMSTANCES:
            break
        leaning = leaning or _leans_on_the_story(token)
        j = max(t.i for t in token.subtree) + 1
        while j < len(doc) and doc[j].is_punct and doc[j].text != '"':
            j += 1
    if leaning and j < len(doc) and doc[j].lower_ == "that" and doc[j].idx < quote_start - 1:
        return j
    return i


def _leans_on_the_story(phrase: Token) -> bool:
    """'at the conference', 'during the meeting': an occasion the article named before, by a
    common noun alone ('on Twitter', 'in court', 'in an interview' stand on their own)."""
    words = list(phrase.subtree)
    return any(
        t.lower_ in ("the", "this", "that") and t.dep_ == "det" and t.head.pos_ == "NOUN"
        for t in words
    ) and not any(t.pos_ == "PROPN" for t in words)
