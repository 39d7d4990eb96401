"""Whom a 'he', 'him', 'his', 'she' or 'her' of a question can stand for. A person the
question names is not enough: 'Mrs Thatcher marked his briefing note' names a woman, so
'his' is a man named in an earlier sentence; 'Prof Lewin told him ...' names only the
subject of 'told', which its object 'him' can never be. The reader is left asking who."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.language import sexes
from trainer.language.anaphora import ANAPHORIC_PEOPLE, KIN

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = frozenset(("dobj", "dative"))


def no_one_fits(pronoun: Token, tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """Does the question name people before a 'his' or 'him' (or 'her') and none of them
    can be whom it stands for? A person of the other sex (by a title or a pronoun) cannot,
    nor can the subject of the verb whose object the pronoun is. A person whose sex the
    question does not tell ('Jane Roe', a name written in) or a person it brings in ('a
    woman') always may. With no one named before, standalone.dangling decides."""
    sex = sexes.of_pronoun(pronoun.lower_)
    if not sex or pronoun.i in replaced or -1 in replaced:
        return False
    subject = _own_subject(pronoun)
    found = False
    for token in tokens:
        if token.i >= pronoun.i:
            break
        if token.i in replaced:
            written = replaced[token.i].split()
            if token.pos_ in ("VERB", "AUX") or not written:
                continue  # 'voted' -> 'vote', a word dropped: no one
            seen = sexes.of_title(written[0]) or sexes.of_pronoun(token.lower_)
        elif token.pos_ == "PRON" and sexes.of_pronoun(token.lower_):
            seen = sexes.of_pronoun(token.lower_)
        elif token.ent_type_ == "PERSON" and token.dep_ != "compound":
            seen = _sex_of_person(token)
        elif token.pos_ == "NOUN" and (token.lemma_ in ANAPHORIC_PEOPLE or token.lemma_ in KIN):
            return False  # 'a woman ... her', 'the family ... their'
        else:
            continue
        found = True
        if seen in ("", sex) and token.i not in subject:
            return False
    return found


def _own_subject(pronoun: Token) -> set[int]:
    """The words of the subject of the verb whose object the pronoun is ('Prof Lewin' of
    'Prof Lewin told him'); none for a 'his', a subject or a 'himself'."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in OBJECTS or pronoun.lower_.endswith("self"):
        return set()  # 'Obama inserted himself': a 'himself' is its own subject
    verb = pronoun.head
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _sex_of_person(name: Token) -> str:
    """FEMALE for 'Mrs Thatcher', MALE for 'Sir Keith Joseph', '' when no title says."""
    doc = name.doc
    start = next((e.start for e in doc.ents if e.start <= name.i < e.end), name.i)
    for i in range(max(start - 1, 0), name.i):
        sex = sexes.of_title(doc[i].text)
        if sex:
            return sex
    return ""
