"""A subject pronoun whose only possible antecedents are the things it acted on itself.

'Then, after adding charging dongles and circuitry, they gave them to five users': before
'they' the question names only 'dongles' and 'circuitry', and both are what 'they' added
(a participle without a subject of its own is done by its clause's subject). What one
does is never who does it, so 'they' stands for someone the article named before: the
question leans on it. standalone.dangling counts those nouns as antecedents; this check
runs after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_PRONOUNS = frozenset(("they", "he", "she", "it"))
PARTICIPLES = frozenset(("VBG", "VBN"))


def bound_only_by_its_own_act(tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """True if a subject pronoun of the question (not written out) has before it only
    nouns inside a subjectless participle put before its verb ('after adding X, they',
    'Having bought X, she')."""
    if -1 in replaced:
        return False  # a speaker put before a quote
    for pronoun in tokens:
        if (
            pronoun.lower_ not in SUBJECT_PRONOUNS
            or pronoun.pos_ != "PRON"
            or pronoun.dep_ not in ("nsubj", "nsubjpass")
            or pronoun.i in replaced
        ):
            continue
        before = [
            t
            for t in tokens
            if t.i < pronoun.i and (t.pos_ in ("NOUN", "PROPN", "PRON") or t.i in replaced)
        ]
        acted = _own_acts(pronoun.head, pronoun.i)
        if before and all(t.i in acted and t.i not in replaced for t in before):
            return True
    return False


def _own_acts(verb: Token, before: int) -> set[int]:
    """The tokens of participles without a subject put before `before` on `verb`
    ('after adding X', 'Having bought X,'), which the verb's subject does."""
    acts: set[int] = set()
    for child in verb.children:
        if child.i >= before:
            continue
        participle = child
        if child.dep_ == "prep":  # 'after adding': the participle is the preposition's object
            participle = next((c for c in child.children if c.dep_ == "pcomp"), child)
        elif child.dep_ != "advcl":
            continue
        if participle.tag_ not in PARTICIPLES or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in participle.children
        ):
            continue
        acts.update(t.i for t in child.subtree)
    return acts
