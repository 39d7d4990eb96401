"""A vote's tally: "Senators voted 52-43 to preserve the so-called earmarks in a catchall
spending bill" -> "Senators voted _____ to preserve the so-called earmarks in a catchall
spending bill." -> 52-43.

How a legislature, a court or a board split is the news of many political stories, yet no
number card asked it: a figure joined to another by a dash is a score or a range to the
number finder. A tally is read where a word of voting stands right before it ("voted 52-43",
"ruled 5-4", "by a vote of 220-207"), right after it ("a 52-43 vote", "in a 5-4 decision"),
or after the object of a verb of deciding ("passed the bill 68-31"), and asked as a blank of
its clause (the sentence says what was voted on). Wrong answers split the same number of
votes, the winning side still ahead: 53-42, 51-44, 54-41.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import clause_of
from trainer.extract.clauses.keys import fact_key
from trainer.extract.clauses.phrase import MIN_WORDS_NAMED, cloze
from trainer.extract.clauses.render import words
from trainer.extract.clauses.standalone import names_something
from trainer.extract.clauses.unasserted import unasserted
from trainer.extract.doc import evidence_of, text_of
from trainer.language.dates import written_out
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.as_of import MAX_QUESTION_WORDS
from trainer.questions.casualties import simple_past
from trainer.questions.date_checks import with_periods_written_out

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VOTE_TYPE = AnswerType("number", "vote")
TALLY = re.compile(r"(?<![\d.,-])(\d{1,3})(?:-|–| to )(\d{1,3})(?![\d.,]|-\d)")
# The word before a tally that makes it a vote's: 'voted 52-43', 'a vote of 220-207'.
BEFORE = frozenset(("voted", "ruled", "split", "vote", "votes", "tally"))
# The word after it: 'a 52-43 vote', 'in a 5-4 decision'.
AFTER = frozenset(("vote", "votes", "decision", "ruling", "tally", "majority", "verdict"))
# Verbs a body decides by vote, the tally after their object: 'passed the bill 68-31'.
PASSING_VERBS = frozenset(
    [
        "pass",
        "approve",
        "reject",
        "confirm",
        "adopt",
        "defeat",
        "uphold",
        "override",
        "overturn",
        "strike",
        "block",
        "advance",
        "endorse",
        "ratify",
        "acquit",
        "convict",
    ]
)
# How far a wrong answer moves votes from one side to the other.
STEPS = (1, 2, 3, 5, 4, 6, 7, 8)
WRONG_ANSWERS = 6


def find(doc: Doc, article: Article) -> list[Fact]:
    facts = []
    text = text_of(doc)
    for match in TALLY.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or not _of_a_vote(span):
            continue
        fact = _fact(span, match, article)
        if fact is not None:
            facts.append(fact)
    return facts


def _of_a_vote(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "of" and before.i > 0:
        before = doc[before.i - 1]  # 'a vote of 220-207'
    first = span[0]
    passed = first.dep_ == "npadvmod" and first.head.lemma_ in PASSING_VERBS
    return (
        passed
        or (before is not None and before.lower_ in BEFORE)
        or (after is not None and after.lower_ in AFTER)
    )


def _fact(span: Span, match: re.Match[str], article: Article) -> Fact | None:
    evidence = evidence_of(span.sent, article)
    if evidence is None or unasserted(span.root):
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _what_was_decided(verb, span):
        return None  # 'The Fed's policymaking body voted _____ earlier this week': on what?
    question = cloze(clause_of(span[0]), span, {}, MIN_WORDS_NAMED)
    if question is None or words(question.text) > MAX_QUESTION_WORDS:
        return None
    text = with_periods_written_out(question.text, span.sent, article)  # 'last year' -> 2008
    if not names_something(question.text, question.tokens):
        # 'Senators voted _____ to preserve the so-called earmarks ...': a vote of the
        # article's days, in its month (as a who_did card asks an act); else which vote?
        dated = any(t.ent_type_ == "DATE" for t in question.tokens)
        if dated or not article.as_of or not simple_past(verb):
            return None
        text = f"In {written_out(article.as_of)}, {text[:1].lower()}{text[1:]}"
    yes, no = match.group(1), match.group(2)
    answer = f"{yes}-{no}"
    return Fact(
        kind=CardKind.NUMBER,
        key=fact_key("number", f"{answer} votes", span.root.head, question),
        question=text,
        answer=answer,
        evidence=evidence,
        source=article.id,
        answer_type=VOTE_TYPE,
        accept=(f"{yes} to {no}", f"{yes} {no}"),
        answer_value=answer,
    )


def _what_was_decided(verb: Token, span: Span) -> bool:
    """'voted 52-43 to preserve the earmarks', 'ruled 5-4 that ...', 'passed the bill
    68-31': the vote's verb says what the vote decided, or its noun ('a 98-1 vote on the
    bill')."""
    inside = {t.i for t in span}
    noun = span.root.head if span.root.head.lower_ in AFTER else None
    if noun is not None:
        # 'approved the bill in a 220-207 vote', 'a 98-1 vote on the bill', 'Kavanaugh, who
        # was confirmed by a 50-48 vote'; not 'helped
        # drive a 98-1 vote in the Senate, effectively forcing ...' (sample Q97, VAGUE)
        return any(
            c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in DECIDED_ON)
            for c in noun.children
        ) or any(c.dep_ in ("dobj", "nsubjpass") and c.i != noun.i for c in verb.children)
    return any(
        c.dep_ in ("xcomp", "ccomp", "dobj", "advcl")
        or (c.dep_ == "prep" and c.lower_ in DECIDED_ON)
        for c in verb.children
        if c.i not in inside
    )


DECIDED_ON = frozenset(("on", "for", "against", "to"))


def distractors(fact: Fact) -> list[str]:
    """Other splits of as many votes, the side that won still ahead (a tie stays none)."""
    found = TALLY.fullmatch(fact.answer)
    if found is None:
        return []
    yes, no = int(found.group(1)), int(found.group(2))
    out: list[str] = []
    for step in STEPS:
        for a, b in ((yes + step, no - step), (yes - step, no + step)):
            if min(a, b) < 0 or (a > b) != (yes > no) or (a < b) != (yes < no):
                continue
            written = f"{a}-{b}"
            if written not in out:
                out.append(written)
        if len(out) >= WRONG_ANSWERS:
            break
    return out
