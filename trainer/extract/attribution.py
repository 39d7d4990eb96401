"""What attributes a quote inside its own paragraph: the speech verb its words hang from
or stand beside ('"...," Roe said', 'Roe told reporters: "..."', a "He added:" ending the
sentence before), an "according to" phrase, or a name alone before a colon ('Roe: "..."').

Token-walking that finds the attributing word, kept apart from extract.quotes, which
joins a quote's parts, carries a speaker across paragraphs and decides what makes a card.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import sentences_of, text_of
from trainer.extract.subjects import entity_at, is_speech_verb, subject_of
from trainer.language.lexicon import QUOTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= offset < e + 1 for s, e in spans)


def sentences_over(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences of the doc that share a character with start..end."""
    sentences = sentences_of(doc)
    return [s for s in sentences if s.end_char > start and s.start_char < end]


def _speech_verbs(
    sents: list[Span], quoted: list[tuple[int, int]], para: tuple[int, int]
) -> list[Token]:
    return [
        t
        for s in sents
        for t in s
        if (is_speech_verb(t) or (t.lemma_.lower() in QUOTING_VERBS and t.pos_ == "VERB"))
        and para[0] <= t.idx < para[1]
        and not _inside(t.idx, quoted)
    ]


def attributing_verb(
    doc: Doc, start: int, end: int, quoted: list[tuple[int, int]], para: tuple[int, int]
) -> Token | None:
    """The speech verb that attributes the quoted words start..end, if one does."""
    sents = sentences_over(doc, start, end)
    verbs = _speech_verbs(sents, quoted, para)
    inside = [t for t in doc.char_span(start, end, alignment_mode="expand") or []]
    # A verb the quoted words hang from, the nearest one first.
    for token in inside[:1] + [t for t in inside if t.dep_ == "ROOT" or t.head not in inside]:
        for ancestor in token.ancestors:
            if ancestor in verbs:
                return ancestor
    # beside it: saying only, or '"...," the patient described': a verb whose subject
    # follows the closing mark
    verbs = [v for v in verbs if is_speech_verb(v) or _right_after(doc, v, end)]
    if len(verbs) == 1:
        return verbs[0]
    if len(verbs) > 1:  # two speech verbs: the nearest one right beside the quote
        near = [v for v in verbs if abs(_distance(v, start, end)) <= 40]
        return min(near, key=lambda v: abs(_distance(v, start, end))) if near else None
    # "He added:" / "Roe said," ending the sentence before the quote
    lead = text_of(doc)[para[0] : start - 1].rstrip()
    if lead.endswith((":", ",")) and sents:
        previous = [s for s in doc.sents if s.end_char <= sents[0].start_char + 1][-1:]
        verbs = _speech_verbs(previous, quoted, para)
        if len(verbs) == 1 and previous[0].start_char >= para[0]:
            return verbs[0]
    return None


def _right_after(doc: Doc, verb: Token, end: int) -> bool:
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    first = min(t.i for t in subject.subtree if not t.is_punct)
    return re.fullmatch(r"[,.!?]?\s*[\"”’']\s*", text_of(doc)[end : doc[first].idx]) is not None


def _distance(verb: Token, start: int, end: int) -> int:
    if verb.idx >= end:
        return verb.idx - end
    return start - verb.idx


def according_to(
    sents: list[Span], quoted: list[tuple[int, int]], para: tuple[int, int]
) -> Token | None:
    """The object of an "according to" outside the quotation marks: the source."""
    for s in sents:
        for t in s:
            if (
                t.lower_ == "according"
                and para[0] <= t.idx < para[1]
                and not _inside(t.idx, quoted)
            ):
                if _other_subject(s, t, quoted):
                    return None  # 'According to AFP, one user posted: "..."'
                for to in t.children:
                    if to.lower_ == "to":
                        objects = [c for c in to.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
    return None


def _other_subject(sentence: Span, according: Token, quoted: list[tuple[int, int]]) -> bool:
    """Does a clause of the sentence have a subject of its own outside the quote?"""
    phrase = {t.i for t in according.subtree}
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in phrase
        and not _inside(t.idx, quoted)
        and t.lower_ not in ("it", "there")
        for t in sentence
    )


def colon_speaker(doc: Doc, start: int, para: tuple[int, int]) -> Token | None:
    """'Roe: "..."': a name alone before a colon at the start of its sentence."""
    lead = text_of(doc)[para[0] : start - 1]
    if not lead.rstrip().endswith(":"):
        return None
    colon = doc.char_span(para[0], start - 1, alignment_mode="expand")
    tokens = [t for t in colon or [] if not t.is_space]
    if len(tokens) < 2 or tokens[-1].text != ":":
        return None
    name = tokens[-2]
    found = entity_at(name)
    ent = [found] if found is not None else []
    if not ent or ent[0].label_ not in ("PERSON", "ORG") or ent[0].end != name.i + 1:
        return None
    first = doc[ent[0].start]
    if not (first.is_sent_start or first.i == tokens[0].i):
        return None
    return name
