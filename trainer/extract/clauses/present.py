"""Whether a clause states how things stand at the time of writing: a fact that goes stale.

'Stadia Pro is offered at $9.99 a month', 'Assange has avoided extradition for seven
years', 'About 200 troops are believed to remain at the base', 'Trump continues to give
mixed signals', 'Right now, Parise is brimming with confidence': a card asking one needs
the article's date ("As of November 2019, ..."), or, with no date known, is a passing
detail. 'Three prisoners were flown to Qatar' is history and holds whenever it is asked.

The clause is the number's own: the first verb with a tense above it (an infinitive or a
participle takes the tense of the verb it hangs on), never the verb that attributes it
('Acme says it lost $5 million' is past); a verb inside a quotation is its speaker's present.
A condition or a time to come ('if Google gets to 100 games', 'when the candidates meet')
states nothing that holds now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.verbs import tense_tag
from trainer.language.lexicon import CONDITION_WORDS, NOW_WORDS, PRESENT_MODALS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset(("VBZ", "VBP"))
TENSED_TAGS = frozenset(("VBZ", "VBP", "VBD", "MD"))
AUXILIARIES = frozenset(("aux", "auxpass"))
VERBS = frozenset(("VERB", "AUX"))


def holds_now(token: Token) -> bool:
    """True when the clause holding `token` speaks of the present: a present-tense or
    present perfect verb ('is offered', 'has avoided', 'are believed to remain'), a
    present modal ('will be removed'), 'continues to', or 'now', 'currently', 'so far',
    'to date' beside its verb."""
    verb = clause_verb(token)
    if verb is None:
        return False
    if _in_an_act_before(token, verb):
        return False  # 'After pleading guilty to 11 counts, Madoff will await ...' (Q58)
    if tense_tag(verb) == "VBD" and verb.tag_ != "VBD":
        return False  # 'cities rang with the boom of tear gas': a past the tagger read as a
        # present ('As of April 2019, how long do ... rang', sample Q164, UNGRAM)
    if verb.lemma_.lower() in REPORTING_VERBS - {"continue"}:
        # 'Nearly 80 percent of Americans say ...': a poll's share is its sayers, and holds
        # as the poll does (sample Q89, STALE); else the verb attributes the number
        return _said_by_a_share(token, verb)
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in verb.children
    ):
        return False  # 'if Google gets to 100 games', 'when they meet': nothing holds now
    return _present(verb) or _running(verb)


def _said_by_a_share(token: Token, verb: Token) -> bool:
    """'Nearly 80 percent of Americans say they ...': the token is in the present
    reporting verb's subject."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and token.i in {t.i for t in c.subtree} for c in verb.children
    )


def _in_an_act_before(token: Token, verb: Token) -> bool:
    """'After pleading guilty to 11 counts, Bernard Madoff will await sentencing': the count
    is of the act 'after' introduces, done before the clause's time, not of its future."""
    current = token
    while current.i != verb.i and current.head.i != current.i:
        head = current.head
        if current.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in ("after", "before"):
            return True
        current = head
    return False


def clause_verb(token: Token) -> Token | None:
    """The tensed verb of the clause `token` stands in, or None (a verbless fragment)."""
    current = token
    while True:
        if current.pos_ in VERBS and _tense_word(current) is not None:
            return current
        if current.head.i == current.i:
            return None
        current = current.head


def _tense_word(verb: Token) -> Token | None:
    """The word that carries a verb's tense: its first auxiliary ('has avoided', 'is
    offered', 'will be removed') or itself; None for an infinitive or a participle."""
    auxiliaries = sorted(
        (c for c in verb.children if c.dep_ in AUXILIARIES and c.i < verb.i), key=lambda c: c.i
    )
    if auxiliaries:
        first = auxiliaries[0]
        return first if first.tag_ in TENSED_TAGS else None
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb  # 'where Trump lost by ...', tagged a participle: a past with its own
        # subject ('As of August 2018, Donald Trump lost ...', sample Q126, NONSENSE)
    return verb if verb.tag_ in TENSED_TAGS else None


def _present(verb: Token) -> bool:
    word = _tense_word(verb)
    if word is None:
        return False
    if word.tag_ == "MD":
        return word.lower_ in PRESENT_MODALS
    return word.tag_ in PRESENT_TAGS


def _running(verb: Token) -> bool:
    """'now', 'currently' beside the verb; a running total 'so far', 'to date'."""
    for child in verb.children:
        words = {c.lower_ for c in child.children}
        if child.dep_ == "advmod" and (
            child.lower_ in NOW_WORDS or (child.lower_ == "far" and "so" in words)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and "date" in words:
            return True
    return False
