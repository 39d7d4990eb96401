"""How many of ...? The count wh-questions for a number inside a longer noun phrase, which
questions/amounts.py and questions/counts.py (the plain `Subject [aux] Verb ... AMOUNT`
shapes) leave as clozes:

- a part of a whole, as subject or object:
  'Ten of the 18 staffers who reported for duty were working overtime'
  -> 'How many of the 18 staffers who reported for duty were working overtime?',
  'Acme finalized a deal to purchase 30 of Boeing's jets'
  -> 'How many of Boeing's jets did Acme finalize a deal to purchase?'
- a counted subject with words after its noun (an adjective, participle, relative clause or
  preposition that says which ones): 'Only three games available on the service have been
  announced' -> 'How many games available on the service have been announced?'

- a count in a clause of its own in brackets: '(only three games ... have been announced)'.

The phrase stays whole in the question, so only the number goes. An aside between commas
(', the one on which Jeffrey Epstein was found dead,') stays with a subject when the question
is short enough, else goes; asides closing the clause after an object go (', executives
announced Wednesday'); anything else after a comma or dash refuses.

A count its appositive spells out item by item is no card when the question shows the list:
in 'Two hostages — an American and an Australian — were released' it gives the number away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, Clause
from trainer.extract.clauses.infinitive import asked_verb
from trainer.extract.clauses.phrase import (
    MIN_WORDS_NAMED,
    PLACE_LABELS,
    Question,
    wh_question,
)
from trainer.extract.clauses.render import render
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.numbers import NumberMention
from trainer.language.currencies import is_currency
from trainer.language.numbers import BOUND_HEDGES, HEDGE_WORDS
from trainer.questions.amounts import amount_question
from trainer.questions.counts import as_of_phrase, count_subject, subject_split

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# What may follow a counted subject's noun and still say which ones it counts.
NOUN_MODIFIERS = frozenset(("amod", "acl", "relcl", "prep"))
# An aside after a comma that a question can leave out: '18 staffers, the one on which ...,'
ASIDES = frozenset(("appos", "relcl", "acl"))
# Words after a noun that point outside the question.
DEICTIC = frozenset(("there", "here", "then"))
# Punctuation that ends a noun phrase ('-' inside 'midnight-to-8' does not).
BREAKS = frozenset((",", ";", ":", "(", ")", "[", "]", "—", "–", "―", "--", *QUOTE_CHARS))


def phrase_question(
    mention: NumberMention, clause: Clause, names: dict[str, str], as_of: str
) -> Question | None:
    """The wh-question for a count inside a longer noun phrase, or None."""
    inner = _bracketed(clause, mention.span)
    if inner is not None:  # '(only three games ... have been announced)': a clause of its own
        found = amount_question(mention, inner, names, as_of)
        return found or phrase_question(mention, inner, names, as_of)
    if mention.category != "count":
        return None
    hedge = mention.hedge.lower()
    about = "about " if hedge and hedge not in ("only", "just", *BOUND_HEDGES) else ""
    number = mention.span[-1]
    if number.dep_ in (*SUBJECTS, "dobj") and _of_after(number) is not None:
        return _part_of_whole(mention, clause, names, as_of, about)
    if number.dep_ == "nummod" and number.head.dep_ in SUBJECTS:
        return _described_subject(mention, clause, names, as_of, about)
    return None


def _bracketed(clause: Clause, span: Span) -> Clause | None:
    """The tokens inside the brackets around `span` when they make a clause of their own
    (a verb with a subject), or None."""
    tokens = list(clause.tokens)
    ids = [t.i for t in tokens]
    if span.start not in ids:
        return None
    at = ids.index(span.start)
    opened = next((k for k in range(at - 1, -1, -1) if tokens[k].text in ("(", ")")), None)
    closed = next((k for k in range(at, len(tokens)) if tokens[k].text in ("(", ")")), None)
    if opened is None or closed is None or tokens[opened].text != "(" or tokens[closed].text != ")":
        return None
    inside = tokens[opened + 1 : closed]
    verbs = [t for t in inside if t.head.i not in {u.i for u in inside} or t.head.i == t.i]
    if len(verbs) != 1 or verbs[0].pos_ not in ("VERB", "AUX"):
        return None  # not one clause: '(50.8 millimeters)', '(The Final Reflection and ...)'
    if not any(c.dep_ in SUBJECTS for c in verbs[0].children):
        return None
    return Clause(tuple(inside), clause.sentence)


def spelled_out(mention: NumberMention) -> set[int]:
    """'Two hostages — an American and an Australian —', 'two of the requirements — water
    and energy —': the tokens of an appositive listing as many items as the count; a
    question showing them gives the count away."""
    number = mention.span[-1]
    of = _of_after(number)
    counted = [c for c in of.children if c.dep_ == "pobj"] if of is not None else [number.head]
    if mention.category != "count" or (number.dep_ != "nummod" and of is None):
        return set()
    listed = {
        t.i
        for noun in counted
        for c in noun.children
        if c.dep_ == "appos" and len(c.conjuncts) + 1 == mention.value
        for t in c.subtree
    }
    for noun in counted:
        # '_____ Elite League games in Belfast, Fife and Guildford': one place each
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            places = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS]
            if places and len(places[0].conjuncts) + 1 == mention.value:
                listed.update(t.i for t in prep.subtree)
        # 'How many mosques did bombers strike ..., a Shiite mosque in Kabul and a Sunni
        # mosque in Ghor?': the items named again with the counted noun (sample Q35)
        again = [
            t
            for t in noun.sent
            if t.i != noun.i and t.pos_ == "NOUN" and t.lemma_ == noun.lemma_ and t.tag_ == "NN"
        ]
        if noun.tag_ == "NNS" and len(again) == mention.value:
            listed.update(t.i for item in again for t in item.subtree)
    return listed


def _of_after(number: Token) -> Token | None:
    return next(
        (
            c
            for c in number.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == number.i + 1
        ),
        None,
    )


def _hedges_only(before: list[Token]) -> bool:
    return all(t.lower_ in HEDGE_WORDS or is_currency(t.text) for t in before)


def _part_of_whole(
    mention: NumberMention,
    clause: Clause,
    names: dict[str, str],
    as_of: str,
    about: str,
) -> Question | None:
    """'Ten of the 18 staffers ...' -> 'How many of the 18 staffers ...'."""
    number = mention.span[-1]
    of = _of_after(number)
    assert of is not None
    in_clause = {t.i for t in clause.tokens}
    before = [t for t in number.subtree if t.i < mention.span.start]
    if not _hedges_only(before):
        return None  # 'the first ten of ...'
    after = [t for t in number.subtree if t.i >= of.i]
    words = [t.i for t in clause.tokens if not t.is_punct]
    if not words or not after:
        return None  # a clause of punctuation only, which the parse may cut (sample Q42)
    last = max(words)
    kept = _without_aside(after, number, after[-1].i >= last)
    if kept is None:
        return None
    whole, aside = kept
    if not {t.i for t in [*before, *whole, *aside]} <= in_clause:
        return None
    np = [*before, *mention.span, *whole]
    verb = number.head
    replace = name_replacements([*np, *verb.subtree], names)
    owned = render(whole[1:], replace)
    if number.dep_ in SUBJECTS:
        anchor = as_of_phrase(verb, as_of)
        how = f"{about}how many" if anchor else f"{about}how many".capitalize()
        if len(aside) > 2 and aside[-1].text == ",":  # an aside between commas says which
            shown = [*whole[1:], *aside[:-1]]
            wh = f"{anchor}{how} of {render(shown, replace)},"
            found = count_subject(mention, clause, number, [*np, *aside], wh, shown, replace)
            if found is not None:
                return found
        wh = f"{anchor}{how} of {owned}"
        return count_subject(
            mention, clause, number, np, wh, whole, replace, frozenset(t.i for t in aside)
        )
    if subject_split(asked_verb(verb)):
        return None
    wh = f"{about}how many of {owned}"
    wh = wh[:1].upper() + wh[1:]
    end = max(t.i for t in [*whole, *aside])
    remove = number.doc[np[0].i : end + 1]
    return wh_question(clause, asked_verb(verb), remove, wh, names, MIN_WORDS_NAMED)


def _without_aside(
    phrase: list[Token], number: Token, ends_clause: bool
) -> tuple[list[Token], list[Token]] | None:
    """('of the 18 staffers', ', the one on which ...,') from what follows the number, or
    None when something other than one aside follows a comma or a dash."""
    cut = next((k for k, t in enumerate(phrase) if t.text in BREAKS), None)
    if cut is None:
        return phrase, []
    whole, rest = phrase[:cut], phrase[cut:]
    if rest[0].text != "," or len(rest) < 2 or any(t.text in QUOTE_CHARS for t in rest):
        return None
    top = [t for t in rest[1:] if t.head.i in {number.i, *(w.i for w in whole)}]
    if not top or any(t.dep_ not in ASIDES for t in top):
        return None
    if len(top) > 1 and not ends_clause:
        return None  # several asides are one only at the clause's end
    aside_ids = {t.i for a in top for t in a.subtree}
    inner = [t for t in rest[1:] if t.i not in aside_ids]
    if any(not t.is_punct for t in inner) or any(t.text in BREAKS - {","} for t in rest[1:]):
        return None
    doc = number.doc
    after = phrase[-1].i + 1
    if after < len(doc) and doc[after].text == ",":
        rest = [*rest, doc[after]]  # ', the one on which ..., were working': both commas go
    return whole, rest


def _described_subject(
    mention: NumberMention,
    clause: Clause,
    names: dict[str, str],
    as_of: str,
    about: str,
) -> Question | None:
    """'Only three games available exclusively on the service have been announced' -> 'How
    many games available exclusively on the service have been announced?'"""
    number = mention.span[-1]
    noun = number.head
    in_clause = {t.i for t in clause.tokens}
    np = [t for t in noun.subtree]
    before = [t for t in np if t.i < mention.span.start]
    after = [c for c in noun.children if c.i > noun.i]
    if not after or not _hedges_only(before) or not {t.i for t in np} <= in_clause:
        return None
    if any(c.dep_ not in NOUN_MODIFIERS for c in after):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in after):
        return None  # 'three of ...' and 'two cases of X' are counts.py's
    if any(t.text in BREAKS for t in np) or len(np) > 16:
        return None
    if any(
        (t.pos_ == "PRON" and t.tag_ not in ("WP", "WDT")) or t.lower_ in DEICTIC
        for t in np
        if t.i > noun.i
    ):
        return None  # 'teams from there', 'people who saw it': leans on the sentence before
    head_words = [t for t in np if t.i >= mention.span.end]
    verb = noun.head
    replace = name_replacements([*np, *verb.subtree], names)
    anchor = as_of_phrase(verb, as_of)
    how = f"{about}how many" if anchor else f"{about}how many".capitalize()
    wh = f"{anchor}{how} {render(head_words, replace)}"
    return count_subject(mention, clause, noun, np, wh, head_words, replace)
