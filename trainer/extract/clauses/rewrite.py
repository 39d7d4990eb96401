"""Writing names out in a clause: a lone surname as the full name the article introduced,
a subject pronoun as the previous sentence's named subject, the speaker of a bare quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, Clause
from trainer.extract.persons import person_entities
from trainer.language.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_replacements(tokens: Sequence[Token], names: dict[str, str]) -> dict[int, str]:
    """Token index -> full name for surnames used alone."""
    out: dict[int, str] = {}
    ids = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return out
    for ent in person_entities(doc):
        text = re.sub(r"['’]s$", "", ent.text).strip()
        if ent.start in ids and text in names and names[text] != text:
            last = ent.end - 1 if ent[-1].text not in ("'s", "’s") else ent.end - 2
            for t in ent[: last - ent.start]:
                out[t.i] = ""
            out[last] = names[text]
    for token in tokens:  # a surname the NER missed: 'King and Weeks were abducted'
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ in ("", "PERSON", "ORG", "GPE")
            and token.text in names
            and token.i not in out
            and token.dep_ != "compound"
            and not any(c.dep_ == "compound" for c in token.children)
            and not (token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN")
        ):
            out[token.i] = names[token.text]
    return out


def pronoun_replacements(clause: Clause, names: dict[str, str]) -> dict[int, str]:
    """A clause-subject pronoun standing for the previous sentence's named subject.

    "Turkey has expressed concern. In September, it expressed ..." -> it = Turkey.
    Only when the previous sentence's subject is a named entity of the right sort
    and the previous sentence names no rival of that sort.
    """
    out: dict[int, str] = {}
    sent = clause.sentence
    if sent.start == 0:
        return out
    previous = sent.doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if len(subjects) != 1:
        return out
    subject = subjects[0]
    for token in clause.tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PRON":
            continue
        word = token.lower_
        if word in ("he", "she") and subject.ent_type_ == "PERSON":
            rivals = {e.text for e in previous.ents if e.label_ == "PERSON"}
            if len({names.get(r.split()[-1], r) for r in rivals}) == 1:
                ent = next(e for e in previous.ents if e.label_ == "PERSON")
                out[token.i] = names.get(ent[-1].text, ent.text)
        elif word == "it" and subject.ent_type_ in ("GPE", "ORG") and subject.tag_ == "NNP":
            ents = [e for e in previous.ents if e.label_ in ("GPE", "ORG")]
            if len(ents) == 1 and subject in ents[0]:
                out[token.i] = ents[0].text
        break
    return out


def previous_speaker(clause: Clause, names: dict[str, str]) -> str | None:
    """The named speaker of the sentence before, when it is an attributed quote."""
    sent = clause.sentence
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    if not any(c in previous.text for c in QUOTE_CHARS):
        return None
    for token in previous:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ == "PERSON":
                    ent = next(e for e in previous.ents if e.start <= child.i < e.end)
                    text = re.sub(r"['’]s$", "", ent.text).strip()
                    return names.get(text, text)
    return None
