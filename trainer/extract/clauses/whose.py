"""Whom a 'he', 'him', 'his', 'she' or 'her' of a question can stand for. A person the
question names is not enough: 'Mrs Thatcher marked his briefing note' names a woman, so
'his' is a man named in an earlier sentence; 'Prof Lewin told him ...' names only the
subject of 'told', which its object 'him' can never be. The reader is left asking who."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.language.anaphora import ANAPHORIC_PEOPLE, KIN
from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Token

# Titles that say a person is a man or a woman ('Mrs Thatcher', 'Sir Keith Joseph').
MEN_TITLES = wordset("mr mr. sir lord king prince duke earl baron")
WOMEN_TITLES = wordset(
    "mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness madam"
)
MALE = frozenset(("he", "him", "his", "himself"))
FEMALE = frozenset(("she", "her", "hers", "herself"))
OBJECTS = frozenset(("dobj", "dative"))


def no_one_fits(pronoun: Token, tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """Does the question name people before a 'his' or 'him' (or 'her') and none of them
    can be whom it stands for? A person of the other sex (by a title or a pronoun) cannot,
    nor can the subject of the verb whose object the pronoun is. A person whose sex the
    question does not tell ('Jane Roe', a name written in) or a person it brings in ('a
    woman') always may. With no one named before, standalone.dangling decides."""
    sex = _sex_of_word(pronoun.lower_)
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
            seen = _sex_of_title(written[0]) or _sex_of_word(token.lower_)
        elif token.pos_ == "PRON" and _sex_of_word(token.lower_):
            seen = _sex_of_word(token.lower_)
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
    """'f' for 'Mrs Thatcher', 'm' for 'Sir Keith Joseph', '' when no title says."""
    doc = name.doc
    start = next((e.start for e in doc.ents if e.start <= name.i < e.end), name.i)
    for i in range(max(start - 1, 0), name.i):
        sex = _sex_of_title(doc[i].text)
        if sex:
            return sex
    return ""


def _sex_of_title(word: str) -> str:
    low = word.lower()
    return "m" if low in MEN_TITLES else "f" if low in WOMEN_TITLES else ""


def _sex_of_word(word: str) -> str:
    return "m" if word in MALE else "f" if word in FEMALE else ""
