"""Whom a 'he', 'him', 'his', 'she' or 'her' of a question can stand for. A person the
question names is not enough: 'Mrs Thatcher marked his briefing note' names a woman, so
'his' is a man named in an earlier sentence; 'Prof Lewin told him ...' names only the
subject of 'told', which its object 'him' can never be. The reader is left asking who.
Nor is an 'its' in what a subject becomes the subject's ('Flipkart became its first
client'), and a name after a title ('Mr Ng') is a person, never an 'its'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.language import sexes
from trainer.language.anaphora import ANAPHORIC_PEOPLE, KIN, TEMPORAL_NOUNS
from trainer.language.posts import COURTESY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = frozenset(("dobj", "dative"))
# Entities that never stand for what a pronoun or a definite points back to.
COUNTS_AND_TIMES = frozenset(
    ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
)


FAVOUR = frozenset(("favor", "favour"))


def _in_another_s_favour(pronoun: Token, tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """'reversed an Indiana state judge's 2015 ruling in his favor': whom a ruling favours is
    never who made it, and the question names no one else (sample Q118, NONSENSE)."""
    favour = pronoun.head
    if pronoun.dep_ != "poss" or favour.lemma_.lower() not in FAVOUR or favour.dep_ != "pobj":
        return False
    ruling = favour.head.head
    if ruling.pos_ in ("VERB", "AUX"):  # 'overturned a judge's ruling in his favor'
        ruling = next((c for c in ruling.children if c.dep_ == "dobj"), ruling)
    makers = [c for c in ruling.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if favour.head.lower_ != "in" or not makers:
        return False
    theirs = {t.i for m in makers for t in m.subtree}
    return not any(
        t.i not in theirs
        and t.i != pronoun.i
        and (
            (t.i in replaced and t.pos_ not in ("VERB", "AUX"))  # 'reversed' -> 'reverse'
            or t.ent_type_ == "PERSON"
            or t.lemma_ in ANAPHORIC_PEOPLE
        )
        for t in tokens
    )


def no_one_fits(pronoun: Token, tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """Does the question name people before a 'his' or 'him' (or 'her') and none of them
    can be whom it stands for? A person of the other sex (by a title, a pronoun or a given
    name that nearly always means one sex) cannot, nor can the subject of the verb whose
    object the pronoun is. A person whose sex the question does not tell ('Robin Roe', a
    name written in) or a person it brings in ('a woman') always may. With no one named
    before, standalone.dangling decides."""
    sex = sexes.of_pronoun(pronoun.lower_)
    if not sex or pronoun.i in replaced or -1 in replaced:
        return False
    if _in_another_s_favour(pronoun, tokens, replaced):
        return True
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
    """FEMALE for 'Mrs Thatcher', MALE for 'Sir Keith Joseph' or 'Gov. Rick Snyder' (a given
    name that nearly always means one sex: 'Michigan Gov. Rick Snyder praised her selection',
    sample Q145, NONSENSE), '' when neither says."""
    doc = name.doc
    ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    start = ent.start if ent is not None else name.i
    for i in range(max(start - 1, 0), name.i):
        sex = sexes.of_title(doc[i].text)
        if sex:
            return sex
    return sexes.of_first_name(ent.text) if ent is not None and ent.label_ == "PERSON" else ""


def titled(token: Token) -> bool:
    """'Mr Ng', 'Dr. Roe': a name after a title is a person's."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in COURTESY_WORDS and c.i < token.i
        for c in token.children
    )


COPULAS = frozenset(("be", "become", "remain"))


def not_its_own(token: Token, tokens: Sequence[Token]) -> bool:
    """'Flipkart became its first corporate client': 'its' in what the subject is or
    becomes stands for something else than the subject ('its own' would be the subject's);
    so does the 'it' a subject acts on ('The IEA expects it to exceed ...': the subject
    would be 'itself'). Bound only by a noun before it outside the subject."""
    verb = _acted_on_by(token)
    if verb is None:
        if token.lower_ not in ("its", "their") or token.head.dep_ not in ("attr", "oprd"):
            return False
        verb = token.head.head
        if verb.lemma_ not in COPULAS or any(c.lower_ == "own" for c in token.head.children):
            return False
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if not subject and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        # 'Google ..., relaunching it Thursday': the participle's doer is its clause's subject
        subject = {
            t.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
        }
    return not any(
        t.i < token.i
        and t.i not in subject
        and t.pos_ in ("NOUN", "PROPN")
        and t.lemma_ not in TEMPORAL_NOUNS
        and t.ent_type_ not in COUNTS_AND_TIMES
        for t in tokens
    )


def _acted_on_by(token: Token) -> Token | None:
    """The verb whose subject acts on an 'it': 'sold it', 'expects it to exceed'."""
    if token.lower_ != "it":
        return None
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    clause = token.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if token.dep_ == "nsubj" and clause.dep_ in ("ccomp", "xcomp") and infinitive:
        return clause.head if clause.head.pos_ == "VERB" else None
    return None
