"""How many? The wh-questions a count card asks when its sentence has the plain shape
`Subject [aux] Verb ... COUNT NOUN ...` (questions/amounts.py sends its counts here):

- the subject:  'Three prisoners were flown to Qatar' -> 'How many prisoners were flown ...?'
- the object:   'GateHouse laid off more than 60 employees' -> 'How many employees did
                GateHouse lay off?'
- after a preposition: 'Teachers rallied in 2,000 schools' -> 'In how many schools did
                teachers rally?'
- 'there are':  'there were 30 staff vacancies at the facility' -> 'How many staff vacancies
                were there at the facility?'

A count that can change after the article ('has now', 'so far', a present 'have') is asked
'As of <when the article's counts held>, how many ...?'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import dash_aside, parenthetical, relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_clauses
from trainer.extract.clauses.infinitive import asked_verb
from trainer.extract.clauses.misparses import misread
from trainer.extract.clauses.phrase import (
    MIN_WORDS_NAMED,
    Question,
    long_enough,
    wh_question,
)
from trainer.extract.clauses.pointing_back import others_of_what
from trainer.extract.clauses.render import render, tidy
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.numbers import NumberMention
from trainer.language.dates import written_out
from trainer.language.numbers import HEDGE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A count that is a running total goes stale: "has now", "so far", "to date".
RUNNING_TOTAL = {"now", "far", "date", "currently"}
COUNT_PREPOSITIONS = frozenset(
    ("in", "at", "on", "from", "to", "by", "for", "with", "across", "among", "against", "into")
)
# Punctuation that sets a phrase off from the clause before it.
SET_OFF = frozenset((",", ";", "—", "–", "--"))


def count_question(
    mention: NumberMention,
    clause: Clause,
    names: dict[str, str],
    as_of: str,
    about: str,
) -> Question | None:
    """'Three Taliban prisoners were flown to Qatar' -> 'How many Taliban prisoners ...?'"""
    number = mention.span[-1]
    noun = number.head
    np = list(noun.subtree)
    if noun.dep_ == "attr" and not any(t.text in QUOTE_CHARS for t in np):
        return _there_are(mention, clause, noun, names, about)
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or any(
        t.text in QUOTE_CHARS for t in np
    ):
        return None
    if noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return None  # 'Four overs later Harris claimed ...': a verb with two subjects is a misparse
    if noun.dep_ == "dobj" and _two_objects_joined(noun.head):
        return None  # 'recorded 28,000 deaths — ... — and 600,000 infections': two objects (Q147)
    aside = parenthetical(np, mention.span)  # '22 games (10 were added ...)'
    np = [t for t in np if t.i not in aside]
    if noun.dep_ in ("dobj", "pobj"):  # 'faces 18 charges in the US': 'in the US' stays
        np = without_trailing_phrase(np, noun)
        comma = next((t.i for t in np if t.i > noun.i and t.text == ","), None)
        np = [t for t in np if comma is None or t.i < comma]
    ids = {t.i for t in np}
    if any(c.dep_ in ("relcl", "acl", "appos") and c.i in ids for c in noun.children):
        return None
    if any(c.dep_ == "conj" and not _joint_noun(c) for c in noun.children) or len(np) > 10:
        return None
    joint = any(c.dep_ == "conj" for c in noun.children)
    if not joint:  # 'made 25 saves and [Clifton added a goal]': the 'and' joins clauses
        np = [t for t in np if not (t.dep_ == "cc" and t.head.i == noun.i)]
    hedge_ids = {
        t.i
        for t in np
        if t.i < mention.span.start
        and t.dep_ in ("advmod", "quantmod", "det", "amod")
        and t.lower_ in HEDGE_WORDS
    }
    leading = {t.i for t in np if t.i < mention.span.start and t.i not in hedge_ids}
    if leading:
        return None  # 'the 18 staffers', "Swift's first six albums": the count is not all
    of_phrase = {
        t.i
        for c in noun.children
        if c.i > noun.i
        and ((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("cc", "conj") and joint))
        for t in c.subtree
    }
    if any(t.i > noun.i and t.i not in of_phrase for t in np):
        return None  # "two officers asleep": only '... of X' may follow the noun
    wh_tokens = [t for t in np if t.i >= mention.span.end and t.i not in hedge_ids]
    if any(others_of_what(t) for t in wh_tokens):
        return None  # 'How many other men did police arrest?': besides whom?
    replace = name_replacements(np, names)
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ not in COUNT_PREPOSITIONS or leading:
            return None
        if prep.i < prep.head.i:
            return None  # 'With three diagnoses, the public ...': a circumstance, not a count
        if _absolute_with(prep):
            return None
        if subject_split(prep.head):
            return None
        wh = f"{prep.text.capitalize()} {about}how many " + render(wh_tokens, replace)
        remove = noun.doc[prep.i : np[-1].i + 1]
        return wh_question(clause, prep.head, remove, wh, names, MIN_WORDS_NAMED)
    anchor = as_of_phrase(noun.head, as_of)
    how = f"{about}how many" if anchor else f"{about}how many".capitalize()
    wh = f"{anchor}{how} " + render(wh_tokens, replace)
    if noun.dep_ == "dobj":
        if leading or subject_split(asked_verb(noun.head)):
            return None
        remove = noun.doc[np[0].i : np[-1].i + 1]
        clause = _without_shortfall(clause, noun.head, np[-1].i)
        return wh_question(clause, asked_verb(noun.head), remove, wh, names, MIN_WORDS_NAMED)
    if misread(clause.tokens):
        return None  # 'killed in the US airstrikes' with 'airstrikes' read as a verb (Q147)
    replace.update(name_replacements(list(noun.head.head.subtree), names))
    return count_subject(mention, clause, noun, np, wh, wh_tokens, replace)


def _two_objects_joined(verb: Token) -> bool:
    """'has recorded approximately 28,000 deaths — highest in the world — and over 600,000
    confirmed infections', parsed as two objects of one verb with an 'and' between them
    ('How many confirmed infections has the U.S. recorded approximately 28,000 deaths and
    ...?', sample Q147, UNGRAM). 'added 38,000 jobs in May – 122,000 fewer than expected'
    has no 'and': one object and a comment on it."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return len(objects) > 1 and any(
        c.dep_ == "cc" and objects[0] < c.i < objects[-1] for c in verb.children
    )


def _absolute_with(prep: Token) -> bool:
    """'X was the second winner from the post in 33 starts, with four second-place finishes
    since 1930': a with-phrase set off after its clause by a comma (or dash) comments on the
    clause, it does not say how its verb was done; 'With how many finishes was X the second
    winner?' asks nonsense. 'Stadia is launching with 22 games', 'charged with two counts'
    (no comma: the phrase is the verb's own) stay questions."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].text in SET_OFF


def subject_split(verb: Token) -> bool:
    """'the state alone accounted for 140 cases, the highest in the country' with 'the
    highest' parsed as the subject's appositive: a subject whose words reach past its verb.
    A wh-question puts the subject in one piece before the verb ('For how many cases did
    the state alone the highest in the country account?'), so it makes none. Words after
    a dash are an aside the question drops whole ('..., 140 cases — the highest ...')."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # the verb the question asks (as phrase.wh_question climbs)
    sentence = verb.sent
    aside = dash_aside(list(sentence), sentence[0:0])  # what the wh-question drops whole
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.i < verb.i
        and any(t.i > verb.i and t.i not in aside for t in c.subtree)
        for c in verb.children
    )


def as_of_phrase(verb: Token, when: str) -> str:
    """'As of November 2019, ' (or 'As of 2019, ') before a count that can change after the
    article; `when` is trainer.model.Article.as_of."""
    if not when:
        return ""
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    running = any(t.lower_ in RUNNING_TOTAL and t.dep_ in ("advmod", "pobj") for t in verb.subtree)
    if not (perfect or running or (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in ("have", "be"))):
        return ""
    return f"As of {written_out(when)}, "


def without_trailing_phrase(phrase: list[Token], unit: Token) -> list[Token]:
    """'for eight years as the head of the board': the phrase after the amount stays in
    the question ('How long did Swift serve as the head of the board?')."""
    after = [
        c
        for c in unit.children
        if c.dep_ == "prep" and c.i > unit.i and c.lower_ not in ("of", "per")
    ]
    if not after:
        return phrase
    start = min(t.i for t in after[0].subtree)
    return [t for t in phrase if t.i < start]


def _without_shortfall(clause: Clause, verb: Token, end: int) -> Clause:
    """'received 192 votes, eight short of the 200 needed': the shortfall after the count
    goes (the question would show two numbers that work the answer out)."""
    for child in verb.children:
        sub = sorted(child.subtree, key=lambda t: t.i)
        if (
            child.i > end
            and child.like_num
            and sub[0].i > 0
            and verb.doc[sub[0].i - 1].text == ","
            and any(t.lower_ in ("short", "shy") for t in sub)
        ):
            gone = {t.i for t in sub} | {sub[0].i - 1}
            return Clause(tuple(t for t in clause.tokens if t.i not in gone), clause.sentence)
    return clause


def _joint_noun(conj: Token) -> bool:
    """'14 supporters and friends of X': a second noun the count covers too (not '14
    supporters and 20 friends', not a clause)."""
    return (
        conj.pos_ == "NOUN"
        and not any(c.dep_ in ("nummod", "det") for c in conj.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in conj.head.children)
    )


def count_subject(
    mention: NumberMention,
    clause: Clause,
    noun: Token,
    np: list[Token],
    wh: str,
    wh_tokens: list[Token],
    replace: dict[int, str],
    skip: frozenset[int] = frozenset(),
) -> Question | None:
    """The count is the subject: 'How many people were killed?' is the clause's rest
    (without `skip`, an aside of the subject's the caller leaves out)."""
    verb = noun.head
    in_clause = {c.i for c in clause.tokens}
    own = verb.head.i not in in_clause  # the clause's own verb: '(only three games ... )'
    if verb.pos_ not in ("VERB", "AUX") or (verb.dep_ not in ("ROOT", "ccomp") and not own):
        return None
    if not verb.is_alpha:
        return None  # a dash the parser took for a verb
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # 'anticipate 80,000 jobs to have been added': no finite verb to ask with
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in skip]
    if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that" and verb.dep_ == "ccomp":
        toks = toks[1:]  # '(announced) that two infected individuals sought treatment'
    if not toks or toks[0].i != np[0].i:
        return None
    span = noun.doc[np[0].i : np[-1].i + 1]
    # ', which was "extremely distressing,"' and the like go
    cut = trailing_clauses(verb, span) | relative_aside(toks, span)
    rest = [t for t in toks if t.i > np[-1].i and t.i not in cut]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if any(t.text in QUOTE_CHARS for t in rest) or not rest:
        return None
    if rest[0].i != verb.i and not (
        rest[0].head.i == verb.i and rest[0].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        return None
    used = [*wh_tokens, *rest]
    source = ""
    if verb.dep_ == "ccomp" and not own:  # 'Taylor wrote that four appointments failed
        said = [c for c in verb.head.children if c.dep_ == "nsubj"]
        named = [t for t in said[0].subtree if t.pos_ == "PROPN"] if said else []
        if not named or said[0].pos_ == "PRON":
            return None  # whose claim?
        aside = {
            t.i for c in said[0].children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree
        }
        speaker = [t for t in said[0].subtree if not t.is_punct and t.i not in aside]
        said_by = render(speaker, replace)
        # 'A spokeswoman for the ambulance service said ...' -> ', according to a
        # spokeswoman ...' (sample Q88, UNGRAM: 'according to A spokeswoman')
        said_by = re.sub(r"^(A|An|The) ", lambda m: f"{m.group(1).lower()} ", said_by)
        source = f", according to {said_by}"
        used += speaker
    if dangling(used, replace):
        return None
    text = tidy(f"{wh} {render(rest, replace)}{source}?")
    if not long_enough(text, used, MIN_WORDS_NAMED):
        return None
    return Question(text, tuple(used))


def _there_are(
    mention: NumberMention, clause: Clause, noun: Token, names: dict[str, str], about: str
) -> Question | None:
    """'According to WHO, there were 3,248 cases reported worldwide' -> 'How many cases were
    reported worldwide, according to WHO?'; 'there were 30 staff vacancies at the facility'
    -> 'How many staff vacancies were there at the facility?'"""
    verb = noun.head
    expl = [c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"]
    if verb.lemma_ != "be" or len(expl) != 1 or expl[0].i != verb.i - 1 or noun.i < verb.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    in_clause = {t.i for t in clause.tokens}
    cut = trailing_clauses(verb, noun.doc[noun.i : noun.i + 1])
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in cut]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    number = mention.span
    head_words = [t for t in noun.doc[number.end : noun.i + 1]]
    if any(t.dep_ not in ("compound", "amod") for t in head_words[:-1]):
        return None
    before = [t for t in toks if t.i < number.start and t.i not in (expl[0].i, verb.i)]
    before = [t for t in before if not (t.i >= number.start - 3 and t.lower_ in HEDGE_WORDS)]
    front = [t for t in before if t.i < expl[0].i]
    if [t for t in before if t.i > expl[0].i] or any(t.text in QUOTE_CHARS for t in toks):
        return None  # something between 'there were' and the number
    if front:
        heads = {t.i for t in front if t.head.i == verb.i and not t.is_punct}
        phrase = front[0] if len(heads) == 1 else None
        if phrase is None or phrase.head.i != verb.i or phrase.dep_ not in ("prep", "advcl"):
            return None
    body = [t for t in toks if t.i > noun.i]
    participle = bool(body) and body[0].dep_ == "acl" and body[0].tag_ == "VBN"
    replace = name_replacements(toks, names)
    how = f"{about}how many".capitalize()
    text = f"{how} {render(head_words, replace)} {verb.lower_}"
    text += f"{'' if participle else ' there'} {render(body, replace)}"
    if front:
        moved = render([t for t in front if not t.is_punct or t.i < front[-1].i], replace)
        first = front[0]
        moved = moved if first.pos_ == "PROPN" else moved[:1].lower() + moved[1:]
        text = text.rstrip(",") + f", {moved}"
    text = tidy(text).rstrip(",;:") + "?"
    used = [*front, *head_words, *body]
    if dangling(used, replace) or not long_enough(text, used, MIN_WORDS_NAMED):
        return None
    return Question(text, tuple(used))
