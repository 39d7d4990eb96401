"""A body's initials written out as its name, when the article names it in full.

"In what month did RTR close a $70 million Series D funding round?" (sample Q72, NONSENSE):
the article calls Rent the Runway "RTR" after naming it, and a card read on its own never
says which body RTR is. A question's word in capitals whose letters are the initials of
one name the article gives in full ("Rent the Runway", "Bank of America" for BOA or BA) is
written as that name. Words inside quotation marks are the speaker's and stay; so does a
question whose answer is the name or its initials (writing it out would give it away), and
initials everyone reads as they are (the knowledge file's: 'FBI', 'NATO'). The pipeline
writes them out once the fact is scored, so the card keeps its score and its id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from trainer.knowledge.organisations import known_names
from trainer.language.quotation import quote_spans
from trainer.language.text import normalise, word_count
from trainer.model import CardKind, Fact
from trainer.questions.salience import LONG_WORDS

INITIALS = re.compile(r"(?<![\w.&-])[A-Z]{3,6}(?![\w.&-]|['’][a-rt-z])")
# Two letters are too few to tell a body by ('PC' is no 'Porsche Cayenne'), and these few
# initials everyone knows, whatever the knowledge file lists.
COMMON = frozenset(("USA", "UAE", "BBC", "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "GDP"))
# Words a name's initials may leave out ('Bank of America' -> BA as well as BOA).
_SMALL = frozenset(("of", "the", "and", "&", "for", "in", "on", "at", "a", "an", "de"))
# A run of capitalised words, small words between them: 'Rent the Runway', 'Bank of America'.
_RUN = re.compile(r"(?<![\w.&-])[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|&|for|de)\s+)?[A-Z][\w’'-]*)+")
MAX_NAME_WORDS = 6
_POSSESSIVE = re.compile(r"['’]s?$")


def initials_written_out(fact: Fact, names: Mapping[str, str]) -> Fact:
    """The fact with each body's initials in its question written as the name the article
    gives (`names`: names_by_initials of its text), unless the question would grow over
    LONG_WORDS."""
    question, answer = fact.question, fact.answer
    if fact.kind == CardKind.HEADLINE or not INITIALS.search(question):
        return fact  # a headline is quoted as the page wrote it
    quoted, _ = quote_spans(question, 0, len(question), keep_open=True)
    said = normalise(answer)
    out = question
    for m in reversed(list(INITIALS.finditer(question))):
        full = names.get(m.group())
        if (
            full is None
            or question[: m.start()].endswith("(")  # 'Singapore Press Holdings (SPH)'
            or re.match(r"\s+[A-Z]", question[m.end() :])  # 'KDE SC', 'NZ First': a longer name
            or any(a <= m.start() < b for a, b in quoted)
            or m.group() in answer
            or normalise(full) in said
            or said in normalise(full)
        ):
            continue
        rest = out[m.end() :]
        last = full.split()[-1].lower()
        if re.match(rf"\s+{re.escape(last)}s?\b", rest, re.IGNORECASE):
            # 'at the CES show' -> 'at the Consumer Electronics Show' (sample Q87, UNGRAM:
            # 'Show show'): the name already says what the word after it did
            rest = re.sub(rf"^\s+{re.escape(last)}s?\b", "", rest, flags=re.IGNORECASE)
        out = out[: m.start()] + full + rest
    if out == question or word_count(out) > LONG_WORDS:
        return fact
    return replace(fact, question=out)


def names_by_initials(text: str) -> dict[str, str]:
    """Initials -> the one name of several capitalised words the text gives before it
    first writes those initials; initials two names share are left out (which one the
    writer meant, the card cannot tell), and so are the initials everyone knows."""
    first: dict[str, int] = {}
    for m in INITIALS.finditer(text):
        first.setdefault(m.group(), m.start())
    found: dict[str, set[str]] = {}
    for run in _RUN.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            for j in range(i + 2, min(i + MAX_NAME_WORDS, len(words)) + 1):
                part = words[i:j]
                if part[0] in _SMALL or part[-1] in _SMALL or _POSSESSIVE.search(part[-1]):
                    continue  # "the United Nations’ fire": no name ends on its possessive
                every = "".join(w[0] for w in part).upper()
                big = "".join(w[0] for w in part if w not in _SMALL).upper()
                for initials in {every, big}:
                    if first.get(initials, -1) > run.start():
                        found.setdefault(initials, set()).add(" ".join(part))
    return {
        k: next(iter(v))
        for k, v in found.items()
        if len(v) == 1 and k not in COMMON and k not in well_known()
    }


@lru_cache(maxsize=1)
def well_known() -> frozenset[str]:
    """Initials the knowledge file lists as bodies' names ('FBI', 'NATO', 'IBM'): everyone
    reads them as they are."""
    return frozenset(n for n in known_names() if INITIALS.fullmatch(n))
