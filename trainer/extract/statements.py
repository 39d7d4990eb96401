"""The lead's statement: who said what, told first in an article ("Texas Gov. Rick Perry
says the Boy Scouts should keep their ban on gay members" -> Rick Perry said that the Boy
Scouts should keep their ban on gay members).

News often is what someone said: a governor's stand, a company's confirmation, a
minister's warning. Its lead names the speaker as the subject of a verb of saying, and
the clause said follows, without quotation marks (a quotation is who_said's). A statement
is taken only when that clause stands as a sentence of its own: a finite verb with its
subject, whole up to the first break, short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, clause_of
from trainer.extract.doc import has_a_tense
from trainer.extract.events import (
    article_days_of,
    is_break,
    named_doer,
    only_time_or_aux,
    plain_adverb,
    subtree_of,
)
from trainer.language.dates import PATTERNS, RELATIVE_FORMS
from trainer.language.lexicon import MODALS, wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs that state something as the speaker's own, with their past form for the question.
STATING = {
    "say": "said",
    "tell": "told",
    "announce": "announced",
    "confirm": "confirmed",
    "warn": "warned",
    "insist": "insisted",
    "argue": "argued",
    "predict": "predicted",
    "acknowledge": "acknowledged",
    "admit": "admitted",
    "concede": "conceded",
    "vow": "vowed",
    "promise": "promised",
    "assure": "assured",
}
# Verbs of saying that may name whom they were said to ('warned Israel that').
TOLD_SOMEONE = wordset("warn promise assure")
SPEAKER_LABELS = frozenset(("PERSON", "ORG", "GPE"))
MIN_WORDS = 4
MAX_WORDS = 18  # the clause said: a card's question, not a paragraph
# Pronouns that stand for the speaker inside what was said ('Perry said he ...'), by the
# speaker's sort.
OWN_PRONOUNS = {
    "PERSON": wordset("he him his himself she her hers herself"),
    "ORG": wordset("it its itself"),
    "GPE": wordset("it its itself"),
}


@dataclass(frozen=True)
class Statement:
    """Who said it ('Rick Perry'), the verb of saying, whom it was told ('CNN' of 'told
    CNN') and the clause said."""

    speaker: Span
    verb: Token
    told: tuple[Token, ...]
    said: tuple[Token, ...]

    @property
    def past(self) -> str:
        return STATING[self.verb.lemma_.lower()]

    @property
    def own(self) -> tuple[Token, ...]:
        """The words of the clause said that stand for the speaker: a pronoun of the
        speaker's sort before any other name of that sort."""
        out: list[Token] = []
        for token in self.said:
            if token.ent_type_ == self.speaker.label_:
                break
            if token.pos_ == "PRON" and token.lower_ in OWN_PRONOUNS[self.speaker.label_]:
                out.append(token)
        return tuple(out)


def lead_statements(doc: Doc, lead_end: int) -> list[Statement]:
    """The statement of the lead's first sentence (one with a verb), if it tells one."""
    told = (
        s
        for s in doc.sents
        if any(t.pos_ in ("VERB", "AUX") for t in s)
        # 'And here we were expecting a slice of key lime pie.': a teaser that names no one
        # is not the news told
        and any(t.pos_ == "PROPN" or t.ent_type_ for t in s)
    )
    first = next(told, None)  # a later sentence's statement is a detail of the news told
    if first is None or first.start_char >= lead_end:
        return []
    statement = _statement(first.root)
    return [] if statement is None else [statement]


def _statement(verb: Token) -> Statement | None:
    saying = verb if verb.lemma_.lower() in STATING else _by_saying(verb)
    if verb.pos_ != "VERB" or saying is None:
        return None
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if auxes not in ([], ["has"], ["have"]) or any(c.lower_ in MODALS for c in verb.children):
        return None  # 'will say', 'did not say', 'is expected to say': not the news as told
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (auxes and verb.tag_ == "VBN"):
        return None
    clause = clause_of(verb)
    in_clause = {t.i for t in clause.tokens}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i not in in_clause:
        return None
    if saying is verb and any(c.dep_ == "ccomp" and c.i < subjects[0].i for c in verb.children):
        return _told_after(verb, subjects[0], clause.tokens)
    if subjects[0].i > verb.i:
        return None
    speaker = named_doer(subjects[0])
    if speaker is None or speaker.label_ not in SPEAKER_LABELS:
        return None
    times = article_days_of(verb)
    fronted = _fronted(verb, subjects[0])
    before = [
        t
        for t in clause.tokens
        if t.i < verb.i and t.i not in subtree_of(subjects[0]) and t.i not in fronted
    ]
    if not only_time_or_aux(before, verb, times):
        return None
    said = [c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i]
    if len(said) != 1 or not _finite_with_subject(said[0]):
        return None
    # 'Cory Booker said on Thursday he would consider ...': the day the parser hung on the
    # clause said, before its subject, is the saying's (sample Q138: no card asked the news)
    day = _the_saying_s_day(said[0])
    times |= day
    told = _told(saying, said[0], times)
    if told is None:
        return None
    tokens = _upto_break(said[0], in_clause, day)
    if tokens is None:
        return None
    return Statement(speaker, saying, told, tokens)


def _the_saying_s_day(said: Token) -> set[int]:
    """An article's day opening the clause said, before its subject ('said on Thursday he
    would ...'), which the parser hung on the clause's verb."""
    subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return set()
    first = min(t.i for t in said.subtree)
    days = article_days_of(said)
    return days if days and min(days) == first and max(days) < subjects[0].i else set()


def _told_after(verb: Token, subject: Token, clause: tuple[Token, ...]) -> Statement | None:
    """'Private companies did not pay for the Prime Minister's travels abroad,
    Communications Minister Fahmi Fadzil said today': the clause said first, then who said
    it. Only a person's: a body named after its news ('..., the company said') is where
    the news comes from, not who made it."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i]
    speaker = named_doer(subject)
    if len(said) != 1 or speaker is None or speaker.label_ != "PERSON":
        return None
    if not _finite_with_subject(said[0]):
        return None
    words = subtree_of(said[0])
    shown = [t for t in clause if not t.is_punct]
    if not shown or shown[0].i != min(words):
        return None  # something before the clause said ('In a letter, ...')
    times = article_days_of(verb)
    own = subtree_of(subject) | {verb.i} | times
    after = [t for t in clause if t.i > max(words) and not t.is_punct]
    if any(
        t.i not in own
        and not (t.head == verb and t.dep_ in ("aux", "advmod") and plain_adverb(t))
        and t.dep_ != "aux"
        for t in after
    ):
        return None  # '..., he said, adding that ...', '..., said in a statement'
    tokens = _upto_break(said[0], {t.i for t in clause})
    if tokens is None:
        return None
    return Statement(speaker, verb, (), tokens)


def _by_saying(verb: Token) -> Token | None:
    """'Google has surprised the tech world by announcing that the next version of Android
    will be named KitKat': the saying told as how the subject did what the verb says."""
    by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i]
    saying = [c for b in by for c in b.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    if len(saying) != 1 or saying[0].lemma_.lower() not in STATING:
        return None
    return saying[0]


def _fronted(verb: Token, subject: Token) -> set[int]:
    """'Emerging from a meeting with Mexican President Felipe Calderon, Obama said ...',
    'In a press release, Marvel announced ...': a phrase before the subject, closed by a
    comma, that tells the setting; the statement is told without it."""
    out: set[int] = set()
    for child in verb.children:
        if child.i > subject.i or child.dep_ not in ("advcl", "prep", "npadvmod", "advmod"):
            continue
        words = subtree_of(child)
        after = verb.doc[max(words) + 1] if max(words) + 1 < len(verb.doc) else None
        if after is not None and after.text == ",":
            out |= words | {after.i}
    return out


NEXT_TIME = re.compile(r"\b(?:next|last|this) (?:week|month|year)\b|\btomorrow\b", re.I)


def _relative_time(text: str) -> bool:
    """A time told from the article's day ('last week', 'on Tuesday', 'next month')."""
    if NEXT_TIME.search(text):
        return True
    return any(form in RELATIVE_FORMS and rule.search(text) for form, rule in PATTERNS)


def _finite_with_subject(verb: Token) -> bool:
    """'the Boy Scouts should keep ...', 'it would close ...': a clause a sentence can be
    made of; not 'making good progress' nor 'to leave'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    return has_a_tense(verb) and subject


def _told(verb: Token, said: Token, times: set[int]) -> tuple[Token, ...] | None:
    """Between the verb and the clause said: whom it was told ('told CNN', 'told
    reporters'), the article's days (dropped) and 'that'; anything else ('said in a
    statement', 'said of the plan') leaves the statement out. 'Tell' needs whom."""
    told: list[Token] = []
    first = min(t.i for t in said.subtree)
    for token in verb.doc[verb.i + 1 : first]:
        if token.i in times or token.is_punct:
            continue
        if token.dep_ in ("dative", "dobj") and token.head == verb:
            told.extend(t for t in token.subtree if t.i < first)
            continue
        if token.head.i in {t.i for t in told}:
            continue
        if token.head == verb and token.dep_ == "advmod" and plain_adverb(token):
            continue  # 'said emphatically', how it was said
        if token.dep_ == "mark" and token.lower_ == "that":
            continue
        return None
    lemma = verb.lemma_.lower()
    if (lemma == "tell") != bool(told) and lemma not in TOLD_SOMEONE:
        return None  # 'told' needs whom; 'announced Acme' is no one told
    return tuple(sorted(set(told), key=lambda t: t.i))


# What a verb takes: cut off by the break, the clause ends halfway.
TAKEN = frozenset(
    ("dobj", "attr", "acomp", "xcomp", "ccomp", "pobj", "prep", "prt", "oprd", "agent")
)


def _shortened(tokens: list[Token]) -> list[Token]:
    """Over MAX_WORDS, the clause without its last phrases that only say when, why or
    how: a verb's closing prepositional phrase, or its clause opened by 'after', 'when',
    'because' ('after the Senate failed to pass a bill'); not a participle's ('among the
    managers looking to make new signings'), which may say which."""
    while len(tokens) > MAX_WORDS:
        shown = {t.i for t in tokens}
        last = max(shown)
        tail = [
            t
            for t in tokens
            if (
                t.dep_ == "prep"
                or (t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children))
            )
            and t.head.pos_ in ("VERB", "AUX")
            and t.head.i in shown
            and max(subtree_of(t)) == last
            and min(subtree_of(t)) - 1 != t.head.i  # 'came (after ...)': the verb needs it
        ]
        if not tail:
            break
        cut = subtree_of(tail[0])
        tokens = [t for t in tokens if t.i not in cut]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            tokens.pop()
    return tokens


def _appositives(words: list[Token]) -> set[int]:
    """', its mobile operating system,' of 'the next version of Android, its mobile operating
    system, will be named KitKat': a noun's appositive set off by commas, with its commas
    (the statement is whole without it)."""
    doc = words[0].doc
    out: set[int] = set()
    for token in words:
        if token.dep_ != "appos":
            continue
        first, last = min(subtree_of(token)), max(subtree_of(token))
        if first > 0 and last + 1 < len(doc) and doc[first - 1].text == doc[last + 1].text == ",":
            out |= set(range(first - 1, last + 2))
    return out


def _second_that(said: Token) -> set[int]:
    """'... said all nations must strive to rid the world of nuclear arms and that the U.S.
    had a "moral responsibility" to lead': a second clause said, joined by 'and that', is
    a statement of its own; the first is told without it."""
    out: set[int] = set()
    for conj in (c for c in said.children if c.dep_ == "conj" and c.i > said.i):
        words = subtree_of(conj)
        first = min(words)
        marks = [c for c in conj.children if c.dep_ == "mark" and c.lower_ == "that"]
        before = said.doc[first - 1] if first > 0 else None
        if (
            marks
            and min(m.i for m in marks) == first
            and before is not None
            and before.dep_ == "cc"
        ):
            out |= words | {before.i}
    return out


def _upto_break(
    said: Token, in_clause: set[int], skip: set[int] | None = None
) -> tuple[Token, ...] | None:
    """The clause said, from its first word up to the first break; None when the break
    cuts it before its verb has what it takes, or when it is too short, too long or
    quoted."""
    words = sorted(said.subtree, key=lambda t: t.i)
    aside = _appositives(words) | _second_that(said) | (skip or set())
    tokens: list[Token] = []
    for token in words:
        if token.i in aside:
            continue
        if token.i not in in_clause or is_break(token):
            break
        tokens.append(token)
    if not tokens or tokens[-1].i < said.i:
        return None
    end = tokens[-1].i
    if any(t.head.i > end for t in tokens if t != said):
        return None  # a phrase cut in two by the break
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    tokens = _shortened(tokens)
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS:
        return None
    if any(ch in t.text for t in tokens for ch in QUOTE_CHARS):
        return None  # a quotation: who said it is who_said's question
    if _relative_time(" ".join(t.text for t in tokens)):
        return None  # 'problems last week': a time the card cannot show
    if any(
        c.i > end and c.dep_ in TAKEN
        for t in tokens
        if t.pos_ in ("VERB", "AUX") and not any(d.i > t.i for d in t.children if d.i <= end)
        for c in t.children
    ):
        return None  # 'the $300,000 he paid came' of '... came, he said, from ...'
    last = tokens[-1]
    if last.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"):
        return None  # cut halfway: 'would meet with'
    if last.dep_ in ("amod", "compound", "poss", "det", "nummod") and last.head.i > last.i:
        return None  # a modifier whose noun was cut ('May 5' is whole)
    return tuple(tokens)
