"""Is a cut piece of a sentence still a sentence? It must keep a main clause: a finite
verb that is not inside a subordinate clause ('As Aaron Bushnell burned to death ... on
_____.' is the 'as' clause alone, cut from the sentence it belonged to). And the page's
own run-on ('X dealt well with Y and Z, who turns 18 in three days, came on for his
debut': two main clauses with no word joining them) is not copied into a question whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import where_of
from trainer.extract.clauses.quoted import quoted_tokens
from trainer.extract.doc import has_a_tense
from trainer.language.lexicon import FINITE_TAGS, SUBORDINATORS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses that tell of a noun of another clause: alone, they are no main clause.
CUT_FROM_A_NOUN = frozenset(("relcl", "acl", "amod"))


JOINING_MARKS = frozenset((";", ":", "—", "–", "--"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))


def _subordinated(verb: Token, ids: set[int]) -> bool:
    """'as he burned ...': the verb's clause is opened by a subordinating conjunction, and
    runs to the end of the piece. The conjunction may have been cut off with the main
    clause: a clause with a tense of its own then reads as a sentence ('rumors started
    spreading earlier today' cut from 'After rumors started spreading ..., the company
    ...'), one without is still no sentence ('three stops to pick up more passengers' cut
    from '... arrived in Miami after three stops to pick up ...'). A comma of its own with
    words after it ('As temperatures began to rise on Friday, the manager of the grid
    called ...') is where the main clause starts, whatever the parser hung it on."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS]
    if not any(c.i in ids or not has_a_tense(verb) for c in marks):
        return False
    last = max(ids)
    return not any(
        c.text == "," and c.i in ids and any(not t.is_punct for t in verb.doc[c.i + 1 : last + 1])
        for c in verb.children
    )


def keeps_a_main_clause(tokens: Sequence[Token]) -> bool:
    """Is some word heading the piece neither a verb whose clause 'as', 'when' or
    'because' opens, nor a relative clause cut from its noun? The tagger misreads too many
    verbs ('the top 10 face off', tagged a noun) for a finite verb to be required."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if not t.is_punct and (t.head.i == t.i or t.head.i not in ids)]
    return any(
        not _subordinated(head, ids)
        and not (
            head.head.i != head.i
            and head.dep_ in CUT_FROM_A_NOUN
            and not cut_after_where(head, ids)
        )
        and not _an_item_of_a_list(head, ids)
        for head in heads
    )


def _an_item_of_a_list(head: Token, ids: set[int]) -> bool:
    """'and Rashid Sardarov, a Russian oil billionaire and longtime client of ...': the last
    name of a list after semicolons, cut from the verb before it (sample Q91, UNGRAM)."""
    return (
        head.dep_ == "conj"
        and head.pos_ == "PROPN"
        and head.head.i not in ids
        and head.head.pos_ in ("NOUN", "PROPN")
    )


def cut_after_where(verb: Token, ids: set[int]) -> bool:
    """'..., where Democratic incumbent Jane Roe trailed by 700 votes' without its 'where'
    names its own subject: it reads as a sentence (`cut._in_a_where_clause`)."""
    where = where_of(verb)
    return where is not None and where not in ids


def a_sentence(tokens: Sequence[Token]) -> bool:
    return (
        keeps_a_main_clause(tokens)
        and not run_on(tokens)
        and not stops_before_a_subject(tokens)
        and not asks(tokens)
        and not _a_subordinate_root(tokens)
    )


# Words that open a subordinate clause: a sentence's root never takes one.
ROOT_SUBORDINATORS = frozenset(
    ("after", "before", "when", "while", "because", "although", "though", "if", "since", "as")
)


def _a_subordinate_root(tokens: Sequence[Token]) -> bool:
    """'Just hours after a gunman killed 10 people at a Texas high school, two students 1,000
    miles away [worried ...]': the parser made the 'after' clause the sentence's root and
    the main clause a modifier of it, which a cut took (sample Q76, UNGRAM)."""
    ids = {t.i for t in tokens}
    return any(
        t.dep_ == "ROOT"
        and any(c.dep_ == "mark" and c.lower_ in ROOT_SUBORDINATORS for c in t.children)
        # the main clause the parser hung after it, cut ('... worried about ...')
        and any(
            c.dep_ in ("advcl", "ccomp", "conj") and c.i > t.i and c.i not in ids
            for c in t.children
        )
        for t in tokens
    )


def asks(tokens: Sequence[Token]) -> bool:
    """The piece asks rather than tells: a modal before its clause's subject ('Could the
    deal take four years?'), or a modal on a noun, a question whose verb the page left out
    ('So could the U.K. regulatory approval process for the reactors ...', sample Q10)."""
    ids = {t.i for t in tokens}
    quoted = quoted_tokens(tokens)  # 'an effort called “Can EU hear me?”' tells
    for token in tokens:
        if token.tag_ != "MD" or token.dep_ != "aux" or token.i in quoted:
            continue
        head = token.head
        if head.pos_ in ("NOUN", "PROPN"):
            return True
        if any(c.dep_ in SUBJECTS and c.i > token.i and c.i in ids for c in head.children):
            return True
    return False


def stops_before_a_subject(tokens: Sequence[Token]) -> bool:
    """The piece ends where the subject of a clause it cut off begins, with no comma or
    word joining them: '... and the transition to making the wearing of a mask' stops
    before 'a legal requirement in public was painless', the predicate of 'the
    transition' the parser hung elsewhere. What the piece kept is half a clause."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    ids = {t.i for t in tokens}
    last = words[-1]
    if last.i + 1 >= last.sent.end:
        return False
    after = last.doc[last.i + 1]
    if after.tag_ in ("WDT", "WP") and after.head.dep_ == "relcl":
        return False  # '..., an existing feature | that drives the car': a relative clause
    return any(
        t.dep_ in SUBJECTS and t.left_edge.i == after.i and t.head.i not in ids
        for t in (after, *after.ancestors)
    )


def run_on(tokens: Sequence[Token]) -> bool:
    """Two finite verbs of the main clause joined by nothing but a comma ('Alfie Gilchrist
    dealt well with Son and Josh Acheamong, who turns 18 in three days, came on for his
    debut'): the page's slip, which a question must not copy. The comma stands right
    before the second verb or its subject ('Powell received three votes and Faith Spotted
    Eagle received one' has an 'and' the parser hung on 'votes'); an 'and' anywhere in the
    chain of verbs ('rose, fell and closed'), or a semicolon or dash, joins them."""
    ids = {t.i for t in tokens}
    for verb in tokens:
        if verb.dep_ != "conj" or verb.head.i not in ids or verb.tag_ not in FINITE_TAGS:
            continue
        first, doc = verb.head, verb.doc
        if any(c.dep_ == "ccomp" and first.i < c.i < verb.i for c in first.children):
            continue  # 'has estimated that X, which ..., reported': the parser misread 'that'
        starts = [verb.i, *(s.left_edge.i for s in verb.children if s.dep_ in SUBJECTS)]
        if not any(i > 0 and doc[i - 1].text == "," for i in starts):
            continue
        if first.pos_ not in ("VERB", "AUX") or first.dep_ not in ("ROOT", "ccomp"):
            continue
        chain = [first]
        for v in chain:
            chain += [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        joints = [c for v in chain for c in v.children]
        # 'and' hung on the second subject, before it ('..., and Acme said')
        joints += [c for s in verb.children if s.dep_ in SUBJECTS for c in s.children if c.i < s.i]
        if not any(c.dep_ in ("cc", "preconj") or c.text in JOINING_MARKS for c in joints):
            return True
    return False
