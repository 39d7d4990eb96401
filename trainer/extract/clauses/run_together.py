"""Text no question can be built of: a heading the page glued to the first sentence
('baseThe', 'CongressAs'), a preposition whose object a cut dropped ('eligible to bid
for?') and a modifier whose noun it dropped ('after much?'). Used by
trainer.extract.clauses.standalone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import TIMES
from trainer.extract.doc import cached
from trainer.language.lexicon import FINITE_TAGS, TELLING_TO, wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Words a sentence opens with: a heading run into the text ends in one ('CongressAs').
SENTENCE_OPENERS = wordset(
    """the a an as in on at this that these it its he she they we when while after before
    for but and if two three one our his her"""
)


def glued(word: str, text: str = "") -> bool:
    """'baseThe', 'CongressAs', 'WINSTwo': a heading run into the first sentence.

    A name written in one word is not: 'SpaceX', 'LiveU' (one capital letter at the end),
    'macOS', 'EdgeHTML' (capitals at the end), 'LCOEs' (a plural of initials), and
    'GiveWell', 'LinkedIn' or 'FiveThirtyEight' when the end is no word a sentence opens
    with or `text` (the article) writes the word again: a glued heading is there once."""
    if re.search(r"[A-Z]{3,}[A-Z][a-z]{2,}$", word):
        return True
    m = re.search(r"[a-z]{2}([A-Z][a-z]+)$", word)  # not 'iOS', 'eBay', 'SpaceX'
    if not m:
        return False
    if re.match(r"^[a-z]{3,}[A-Z]", word) is not None:
        return True  # 'baseThe', 'articleBody'
    return m.group(1).lower() in SENTENCE_OPENERS and text.count(word) < 2


def two_words_run_together(token: Token) -> bool:
    """'were stabbed and killedwhile attending': a lower-case word that is two words the
    article writes apart elsewhere ('killed while'), a space the page lost (sample Q31)."""
    word = token.text
    if len(word) < RUN_TOGETHER_LENGTH or not word.isalpha() or not word.islower():
        return False
    pairs = cached(token.doc, "trainer.word_pairs", _word_pairs)
    return any(
        word[k:] in SMALL_WORDS and (word[:k], word[k:]) in pairs for k in range(3, len(word) - 1)
    )


# A word shorter than this is never read as two run together ('into', 'cannot').
RUN_TOGETHER_LENGTH = 7
# What a lost space leaves at a word's end: a small word. A compound the article also
# writes in two ('spaceship', 'space ship'; 'storefront') ends in a word of its own.
SMALL_WORDS = wordset(
    """while when where after before and but the that with from into for of to in on at by
    as or than then who which"""
)


def _word_pairs(doc: Doc) -> frozenset[tuple[str, str]]:
    """The doc's pairs of neighbouring lower-case words."""
    words = [t.text for t in doc if t.is_alpha]
    return frozenset((a, b) for a, b in pairwise(words) if a.islower() and b.islower())


def stranded_preposition(tokens: Sequence[Token]) -> bool:
    """'How many companies were eligible to bid for?': a preposition the parser gave no
    object, whose words after it the question cut (they were its object, misread)."""
    kept = {t.i for t in tokens}
    return any(
        t.dep_ == "prep"
        and t.pos_ == "ADP"
        and not any(True for _ in t.children)
        and t.i + 1 < len(t.doc)
        and t.i + 1 not in kept
        and not t.doc[t.i + 1].is_punct
        for t in tokens
    )


# Words a phrase never ends on.
ENDLESS_WORDS = wordset("the a an its their our your my every")
# Words that stand before the noun they modify.
PRE_MODIFIERS = frozenset(("amod", "det", "poss", "compound", "nummod", "predet", "quantmod"))


def modifier_left_alone(tokens: Sequence[Token]) -> bool:
    """'... after much?', 'after much and rivals ...', '... of France Télécom's.': the
    question keeps a word that modifies the word after it, which a cut dropped ('after much
    wrangling with Ofcom')."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    last = words[-1]
    if last.tag_ == "POS" or last.lower_ in ENDLESS_WORDS:
        return True  # "... of France Télécom's.", "... the?" (the parser may make either the
        # object of a preposition)
    kept = {t.i for t in tokens}
    for t in words:
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if after is None or after.i in kept or after.is_punct or after.ent_type_:
            continue  # a name or a date after it is the answer the question asks
        if t.like_num or t.ent_type_:
            continue  # a number or a name: the answer, whose noun a wh-question moved
        if (t.lower_ in ("much", "many") and t.dep_ == "pobj") or (
            t.dep_ in PRE_MODIFIERS and t.head.i == after.i
        ):
            return True
    return False


# Verbs that name something as something: with 'as' and no object, the object is missing.
NAMING_VERBS = wordset("choose name pick select elect appoint crown")


def object_cut(tokens: Sequence[Token]) -> bool:
    """'Oxford chose as Word of the Year.': a verb that names something as something keeps
    'as ...' but not what it named (the parser may read a quoted name after the phrase,
    'chose as Word of the Year "squeezed middle"', as a verb of its own)."""
    kept = {t.i for t in tokens}
    return any(
        t.lemma_ in NAMING_VERBS
        and t.pos_ == "VERB"
        and any(c.lower_ == "as" and c.i in kept for c in t.children)
        and not any(c.dep_ in ("dobj", "nsubjpass") and c.i in kept for c in t.children)
        and not any(c.dep_ == "auxpass" for c in t.children)
        for t in tokens
    )


def a_verb_cut_before_its_object(tokens: Sequence[Token]) -> bool:
    """'a bill that would invest $50 million a year to help(, education and law enforcement
    officials reduce ...)': a bare verb whose next words the question does not keep and
    which has nothing after itself (the parser hung the rest on another verb; sample Q139,
    UNGRAM: '... to help in Congress?'). A verb whose object is the blank has it."""
    kept = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    return doc is not None and any(
        t.tag_ == "VB"
        and t.pos_ == "VERB"
        and t.i + 1 < len(doc)
        and t.i + 1 not in kept
        and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM")
        and not any(c.i > t.i for c in t.children)
        for t in tokens
    )


# How far after its object a verb's 'to' may stand ('ordered 60 Russian diplomats the U.S.
# considers spies to leave').
TO_WITHIN = 8


def a_telling_without_what(tokens: Sequence[Token]) -> bool:
    """'Who ordered 60 Russian diplomats in March 2018?' (sample Q140, UNGRAM: 'to leave the
    country' cut), 'On what date will Trump instruct the acting HHS director?' (VAGUE): a
    verb of telling someone, with its object kept and its 'to ...' not."""
    kept = {t.i for t in tokens}
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_TO:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in kept]
        if not objects:
            continue
        doc = verb.doc
        # after the object's last word if the question keeps it all ('instruct the acting
        # director of the Department of Health and Human Services | to declare'), else after
        # its head (a clause the parser hung on it may hold the 'to')
        whole = all(t.i in kept for t in objects[0].subtree)
        edge = objects[0].right_edge.i if whole else objects[0].i
        for i in range(edge + 1, min(edge + 1 + TO_WITHIN, verb.sent.end - 1)):
            if doc[i].lower_ == "to":  # 'ordered Manafort to jail' says where, and is kept
                if doc[i].tag_ == "TO" and doc[i + 1].tag_ == "VB" and i not in kept:
                    return True
                break
            if doc[i].text in (".", ";", ":"):
                break
    return False


# Verbs of asking someone something, which say nothing without what was asked.
ASKING = frozenset(("ask", "question", "quiz"))


def an_asking_without_what(tokens: Sequence[Token]) -> bool:
    """'On what date did Fox News ask Defense Secretary Jim Mattis?' (sample Q146,
    NONSENSE: 'if he had ever heard any 25th Amendment talk' cut): a verb of asking with
    the person asked kept and what was asked not."""
    kept = {t.i for t in tokens}
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING:
            continue
        if not any(c.dep_ == "dobj" and c.i in kept for c in verb.children):
            continue
        if any(
            c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > verb.i and c.i not in kept
            for c in verb.children
        ):
            return True
    return False


def a_bare_verb_without_its_modal(tokens: Sequence[Token]) -> bool:
    """'the Trump administration bar nearly all refugees ...' of '... will be able to bar
    citizens of ... for 90 days, and bar nearly all refugees ...' (sample Q115, UNGRAM): the
    second verb, in its bare form, kept without the first and its 'will'."""
    kept = {t.i for t in tokens}
    return any(
        (
            (t.tag_ == "VB" and (t.head.i not in kept or _finite_alone(t.head, t)))
            or (t.head.i not in kept and _shares_a_modal(t))
        )
        and t.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
        for t in tokens
    )


def _shares_a_modal(verb: Token) -> bool:
    """'candidates must receive 10% or more in at least four polls ..., or hit at least 12%
    in two polls': a second verb of one form in the past and the bare ('hit', 'put', 'set')
    that the tagger read as a past, joined to a verb with 'must' (sample Q180, NONSENSE:
    'Candidates hit at least _____ in two polls' told a rule as a result)."""
    head = verb.head
    return (
        verb.tag_ in ("VBD", "VBP")
        and verb.lower_ == verb.lemma_.lower()
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def _finite_alone(verb: Token, bare: Token) -> bool:
    """'he’s 35 years junior to Trump, and likely be alive to see ...' (sample Q119, UNGRAM):
    a bare verb joined by 'and' to one that has a tense of its own and no 'will' or 'can' to
    share, the source's slip. Not an order after a colon ('issued an ultimatum Tuesday: side
    with America ... or stand ...'), nor 'let alone'."""
    between = verb.doc[verb.i + 1 : bare.i]
    return (
        verb.tag_ in FINITE_TAGS
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(t.lower_ == "and" and t.dep_ == "cc" and t.head.i == verb.i for t in between)
        and not any(t.text in (":", ";", "—", "–") for t in between)
    )


def comparison_cut(tokens: Sequence[Token]) -> bool:
    """'More U.S. coal-fired power plants were shut in President Donald Trump's first _____.'
    of '... than were retired in the whole of Barack Obama's first term' (sample Q114,
    NONSENSE): a comparative kept, its 'than' cut, compares with nothing."""
    kept = {t.i for t in tokens}
    if any(t.lower_ == "than" for t in tokens):
        return False  # 'won more than _____ of the vote'
    doc = tokens[0].doc if tokens else None
    for word in tokens:
        if word.tag_ not in ("JJR", "RBR") or doc is None or word.ent_type_ in ("DATE", "TIME"):
            continue  # 'earlier this year' compares with nothing
        if word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "than":
            continue  # 'more than _____', its 'than' the blank's
        if any(
            t.lower_ == "than"
            and t.i > word.i
            and t.i not in kept
            and doc[t.i - 1].tag_ not in ("JJR", "RBR")  # 'more than 60': another's 'than'
            for t in word.sent
        ):
            return True
    return False


def a_relative_read_as_a_clause(tokens: Sequence[Token]) -> bool:
    """'castigated Flynn for disgracing the uniform Flynn wore for three decades': the
    parser hangs 'Flynn wore ...' on 'castigated' as what he said, though it tells which
    uniform; asked alone, 'How long did Flynn wear?' wears nothing (sample Q111)."""
    kept = {t.i for t in tokens}
    for verb in tokens:
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.i not in kept:
            continue
        if any(
            c.dep_ in ("dobj", "mark", "ccomp", "xcomp", "attr", "acomp") for c in verb.children
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subjects or subjects[0].left_edge.i == 0:
            continue
        before = verb.doc[subjects[0].left_edge.i - 1]
        if before.dep_ == "dobj" and before.head != verb.head and not before.is_punct:
            return True
    return False


# Verbs of going somewhere: asked without where, a question means nothing.
MOTION_VERBS = wordset("arrive return travel")
# And of going into something, told of a subject ('In what year did Bulgaria and
# Romania join?', sample Q49). Not leaving: 'we leave or we stay' says all it means.
JOINING_VERBS = wordset("join enter")


def goes_nowhere(tokens: Sequence[Token]) -> bool:
    """'Mr. Petraeus, 59 years old, arrived in _____.' ('arrived in 2011 to find two
    basement gyms at the CIA's headquarters'): a verb of going keeps no word of where,
    only when."""
    kept = {t.i for t in tokens}
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        joining = verb.lemma_ in JOINING_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i in kept for c in verb.children
        )
        if verb.lemma_ not in MOTION_VERBS and not joining:
            continue
        told = [
            t
            for c in verb.children
            if c.i in kept and c.dep_ in ("prep", "advmod", "dobj", "xcomp", "advcl", "prt")
            for t in c.subtree
            if t.i in kept and t.pos_ in ("NOUN", "PROPN", "ADV", "VERB", "PART")
        ]
        if not [t for t in told if t.ent_type_ not in TIMES]:
            return True
    return False
