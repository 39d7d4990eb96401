"""A percentage of a group as the subject of its clause, and the group it is compared with:

- 'About 3% of children who ate peanuts developed an allergy' -> 'About what percentage of
  children who ate peanuts developed an allergy?';
- '..., compared to about 17% of those who avoided them' -> 'About what percentage of
  children who avoided peanuts developed an allergy?': the second group is asked with the
  first clause's predicate, its 'those' and 'them' written out from the first group.

The question keeps the predicate as written (the wh-phrase is its subject, so no 'did').
The comparison is left out of the first question (it would show the other figure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_attribution, trailing_clauses
from trainer.extract.clauses.phrase import MIN_WORDS_NAMED, Question, long_enough
from trainer.extract.clauses.render import render, tidy
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.numbers import NumberMention
from trainer.language.numbers import BOUND_HEDGES, HEDGE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# 'compared to', 'compared with', 'versus': the second figure of a comparison.
COMPARING = frozenset(("compare", "versus", "vs.", "vs"))
# Pronouns of the second group that stand for the first group's noun ('17% of those who
# avoided them': 'those' are children) or the thing its clause names ('them': peanuts).
GROUP_PRONOUNS = frozenset(("those", "these"))
THING_PRONOUNS = frozenset(("them", "it"))
MOVABLE_FRONT = frozenset(("prep", "npadvmod"))


def share_question(
    mention: NumberMention, clause: Clause, names: dict[str, str]
) -> Question | None:
    """'What percentage of <group> <predicate>?' for a percentage of a group, or None."""
    if mention.category != "percent":
        return None
    root = mention.span.root
    hedge = mention.hedge.lower()
    about = "about " if hedge and hedge not in ("only", "just", *BOUND_HEDGES) else ""
    group = _group(root)
    share = root if root.dep_ in SUBJECTS else _compared_share(root)
    if share is None or group is None:
        return None
    extra = {} if share is root else _written_from(group, _group(share))
    if extra is None:
        return None
    before = [t for t in root.subtree if t.i < mention.span.start]
    if not all(t.lower_ in HEDGE_WORDS for t in before):
        return None  # 'the 3% of ...': a reference
    predicate = _predicate(share, clause)
    if predicate is None:
        return None
    rest, front = predicate
    replace = name_replacements([*group, *rest, *front], names)
    replace.update(extra)
    wh = f"{about}what percentage of {render(group, replace)}"
    text = f"{wh} {render(rest, replace)}"
    if front:
        behind = render(front, replace)
        behind = behind if front[0].pos_ == "PROPN" else behind[:1].lower() + behind[1:]
        text += f" {behind}"
    text = tidy(text).rstrip(",;:")
    text = text[:1].upper() + text[1:] + "?"
    used = [*group, *rest, *front]
    if any(t.text in QUOTE_CHARS for t in used):
        return None
    # in the sentence's order: 'In it, 38 percent of ... backed Biden' has no 'it' that
    # 'Biden' (read as a place) could stand for (sample Q140, NONSENSE: '... in it?')
    in_order = sorted(used, key=lambda t: t.i)
    if dangling(in_order, replace) or not long_enough(text, used, MIN_WORDS_NAMED):
        return None
    return Question(text, tuple(used))


def _group(share: Token) -> list[Token] | None:
    """'of children in Ohio who ate peanuts' right after the figure -> what follows it in
    the share's phrase, without 'of'."""
    of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i != share.i + 1:
        return None
    tokens = [t for t in share.subtree if t.i > of.i]
    if not tokens or any(t.text in (",", ";", ":", "(", ")", "—", "–") for t in tokens):
        return None  # 'of the voters, many of them young,': not one phrase
    return tokens


def _compared_share(figure: Token) -> Token | None:
    """'(developed an allergy,) compared to 17% of ...': the subject share of the clause the
    comparison belongs to, or None."""
    prep = figure.head
    if figure.dep_ != "pobj":
        return None
    compared = prep.head if prep.lower_ in ("to", "with") else prep  # 'versus 17% of ...'
    if compared.lemma_.lower() not in COMPARING and compared.lower_ not in COMPARING:
        return None
    verb = compared.head
    shares = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(shares) != 1 or shares[0].ent_type_ != "PERCENT":
        return None
    return shares[0]


def _written_from(group: list[Token], first: list[Token] | None) -> dict[int, str] | None:
    """'those who avoided them' after 'children who ate peanuts': 'those' -> 'children',
    'them' -> 'peanuts'. None when the first group does not say what they stand for."""
    out: dict[int, str] = {}
    if first is None:
        return None
    head = next((t for t in first if t.head.i not in {u.i for u in first}), None)
    if head is None:
        return None
    for token in group:
        if token.lower_ in GROUP_PRONOUNS and token.pos_ == "PRON":
            if head.tag_ not in ("NNS", "NNPS"):
                return None
            out[token.i] = head.text
        elif token.lower_ in THING_PRONOUNS:
            clause = [c for c in head.children if c.dep_ == "relcl"]
            objects = [c for v in clause for c in v.children if c.dep_ == "dobj"]
            if len(objects) != 1 or objects[0].pos_ == "PRON":
                return None
            thing = sorted(objects[0].subtree, key=lambda t: t.i)
            out[token.i] = render(thing, {})
    return out


def _predicate(share: Token, clause: Clause) -> tuple[list[Token], list[Token]] | None:
    """(the share's verb and what follows it, a phrase put before the subject to move
    behind it), without the comparison, a trailing clause or attribution; None when
    something else stands between the share and its verb."""
    verb = share.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
        return None
    in_clause = {t.i for t in clause.tokens}
    subject = {t.i for t in share.subtree}
    between = range(max(subject) + 1, verb.i)
    if any(
        verb.doc[i].head.i != verb.i or verb.doc[i].dep_ not in ("aux", "advmod") for i in between
    ):
        return None  # 'who ate peanuts before their first birthday got ...': a parse to distrust
    tokens = [t for t in verb.subtree if t.i in in_clause and t.i not in subject]
    cut: set[int] = set()
    for token in tokens:  # ', compared to 17% of those ...'
        if token.i > verb.i and (token.lemma_.lower() in COMPARING or token.lower_ in COMPARING):
            cut.update(t.i for t in token.subtree)
            if verb.doc[token.i - 1].text == ",":
                cut.add(token.i - 1)
    keep = verb.doc[verb.i : verb.i + 1]
    cut |= trailing_clauses(verb, keep) | relative_aside(tokens, keep)
    cut |= trailing_attribution(tokens, keep)
    rest = [t for t in tokens if t.i > max(subject) and t.i not in cut]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    before = [t for t in tokens if t.i < min(subject) and not t.is_punct]
    front: list[Token] = []
    if before:
        heads = [t for t in before if t.head.i == verb.i]
        phrase = sorted(heads[0].subtree, key=lambda t: t.i) if len(heads) == 1 else []
        if {t.i for t in phrase} != {t.i for t in before}:
            return None
        if heads[0].dep_ in MOVABLE_FRONT:
            front = phrase
        elif not (heads[0].dep_ == "advmod" and len(phrase) == 1):
            return None  # only a lone adverb ('Overall,') goes
    if not rest or any(t.text in (",", ";", ":", "—", "–") for t in rest):
        return None  # ', a 400% increase since 1997': an aside the question cannot place
    return rest, front
