"""The grammatical shape of quoted words, read from the parse: is a quote that starts in
lower case a whole clause of its own ('adding "we need everyone on it"'), does it open with
a predicate whose subject is outside, does its sentence go on after the marks, and where
does the main clause of a sentence too long for a card begin ('"After ..., I then make the
assessment that ...," she said' -> '…I then make the assessment that ...'). Used by
extract.quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.language.lexicon import SPEECH_VERBS
from trainer.language.quotation import MAX_WORDS, MIN_KEPT_WORDS
from trainer.language.text import normalise, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass", "expl")
END_OF_WORDS = r"[,.!?…:;]['’]?$"  # quoted words that end where the marks close


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return [t for t in span or [] if not t.is_space]


def is_whole_clause(doc: Doc, start: int, end: int) -> bool:
    """Are the quoted words one clause with its own subject first and its verb inside
    ('we need everyone on it'), not a fragment of the sentence around them ('…needs to be
    a conversation', 'a matter of policy')?"""
    tokens = _words(doc, start, end)
    inside = {t.i for t in tokens}
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    roots = [t for t in words if t.head.i not in inside or t.head is t]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in roots[0].children if c.dep_ in SUBJECTS and c.i in inside]
    return bool(subjects) and min(t.i for t in subjects[0].subtree) == words[0].i


def main_clause_tail(doc: Doc, start: int, end: int) -> str | None:
    """The longest clause, subject first, that ends the quote's first sentence and follows a
    comma or a 'that': '…the evidence is not strong enough to form the basis for filing an
    indictment'. None when no such clause has a card's length."""
    tokens = _words(doc, start, end)
    if not tokens:
        return None
    sentence = tokens[0].sent
    tokens = [t for t in tokens if t.sent == sentence]
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2:
        return None
    last = words[-1].i
    best: str | None = None
    for verb in words:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > words[0].i]
        if verb.pos_ not in ("VERB", "AUX") or not subjects:
            continue
        first = min(t.i for t in subjects[0].subtree)
        if max(t.i for t in verb.subtree) < last or first <= words[0].i:
            continue
        before = doc[first - 1]
        if not (before.text == "," or (before.lower_ == "that" and before.dep_ == "mark")):
            continue
        tail = doc[first : last + 1].text
        if MIN_KEPT_WORDS <= word_count(tail) <= MAX_WORDS and (
            best is None or word_count(tail) > word_count(best)
        ):
            best = tail
    return best


def opens_with_empty_it(doc: Doc, start: int, end: int) -> bool:
    """'It should be noted that ...', 'It is clear that ...': an "it" that stands for the
    clause after it leans on nothing before."""
    words = [t for t in _words(doc, start, end) if not t.is_punct]
    if not words or words[0].lower_ != "it":
        return False
    it, verb = words[0], words[0].head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    predicate = verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)
    that_clause = any(
        c.dep_ in ("ccomp", "csubj")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )
    return it.dep_ in SUBJECTS and (passive or predicate) and that_clause


# Pronouns that, as an object, stand for something said before: "I cringe when I hear it".
OBJECT_PRONOUNS = frozenset(("it", "them", "this", "that", "these", "those"))
OBJECTS = frozenset(("dobj", "pobj"))


def object_leans_back(doc: Doc, start: int, end: int) -> bool:
    """'I frankly cringe when I hear it', 'I have been able to stop them completely': an
    object pronoun in a quote that names nothing else stands for something outside it; alone,
    the quote does not say what it is about. ('Telling them ...' of people is no object of
    that kind.)"""
    words = _words(doc, start, end)
    if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words):
        return False
    return any(
        t.lower_ in OBJECT_PRONOUNS
        and t.pos_ == "PRON"
        and t.dep_ in OBJECTS
        and t.head.lemma_ not in SPEECH_VERBS
        for t in words
    )


def starts_with_predicate(doc: Doc, start: int, end: int) -> bool:
    """'…are illegal under international law': the subject is outside the quote."""
    span = doc.char_span(start, end, alignment_mode="expand")
    # '…vastly improved its detection': an adverb first does not change that
    first = next((t for t in span or [] if not t.is_punct and t.pos_ != "ADV"), None)
    return first is not None and first.pos_ in ("VERB", "AUX", "ADP", "PART", "SCONJ")


def sentence_goes_on(doc: Doc, start: int, end: int) -> bool:
    """'"We don't want those people" working in prisons, she said': the quote is no sentence."""
    text = text_of(doc)
    inside = text[start:end].rstrip()
    after = text[end + 1 : end + 3].lstrip()
    return not re.search(END_OF_WORDS, inside) and after[:1].islower()


def tail_shown(doc: Doc, start: int, end: int, joined: str) -> str | None:
    """A first sentence too long for a card and with no clean cut before its end, shown
    from its main clause on: '…I then make the assessment that ...'."""
    tail = main_clause_tail(doc, start, end)
    if tail is None:
        return None
    more = not normalise(joined).endswith(normalise(tail))
    return "…" + tail.rstrip(",.;:") + (" …" if more else "")
