"""The options of a multiple-choice card: which wrong answers may stand beside the right
one, and in which order they are shown.

Each kind proposes candidates, best first (trainer.questions.<kind>.distractors);
`pick_distractors` is the one filter every candidate goes through, once (`offered`):
never the answer, an accepted form, a part of either ("Roe" for "Jane Roe"), a repeat,
and for the kinds that ask so, nothing the evidence itself states or that is also true.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.language.lexicon import NAMED_AFTER_WORDS
from trainer.language.posts import SAME_MEANING
from trainer.language.quotation import QUOTATION
from trainer.language.sexes import of_first_name, of_pronoun
from trainer.language.text import mentions, normalise
from trainer.model import CardKind, Fact

if TYPE_CHECKING:
    from trainer.questions import QuestionKind

CHOICES = 4  # the answer and three distractors; fewer distractors -> a typed card


def with_other_wording(kept: Fact, same: Fact) -> Fact:
    """The same fact as another article words it ("Defense Department spokesperson" for
    "Pentagon spokesman", "Bashar al Assad" for "Bashar Assad"): its answers are right too."""
    known = {normalise(a) for a in (kept.answer, *kept.accept)}
    extra = [a for a in (same.answer, *same.accept) if normalise(a) not in known]
    extra = [a for i, a in enumerate(extra) if normalise(a) not in map(normalise, extra[:i])]
    return replace(kept, accept=(*kept.accept, *extra)) if extra else kept


# British spellings and their American forms, word endings only: 'armoured' is 'armored'
# ('armoured personnel carriers' was offered beside the answer 'armored personnel carriers',
# sample Q59, DISTRACTOR), 'centre' 'center', 'organisation' 'organization'.
_SPELLINGS = (
    (re.compile(r"(?<=\w\w)our(ed|s|ing|ite|ites)?\b"), r"or\1"),
    (re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
    (re.compile(r"(?<=\w\w)tre(s)?\b"), r"ter\1"),
    (re.compile(r"(?<=\w\w[aeiou])ll(ed|ing|er|ers)\b"), r"l\1"),
    # a prefix written with a hyphen or without: 'semi-automatic', 'semiautomatic' (sample
    # Q74, DISTRACTOR)
    (re.compile(r"\b(semi|anti|non|multi|counter|inter|self|cross|ultra|mini) (?=[a-z])"), r"\1"),
)


def one_spelling(text: str) -> str:
    """Normalised words with British endings written the American way, to tell two
    spellings of one answer ('armoured', 'armored') for the same."""
    for pattern, written in _SPELLINGS:
        text = pattern.sub(written, text)
    return text


def _overlaps(a: str, b: str) -> bool:
    """True when one answer's words are all among the other's ("Roe" / "Jane Roe"), words
    of the same meaning counted as one ("Republican Governor" / "Kentucky GOP Governor")."""
    wa, wb = _meaning(a), _meaning(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _a_short_form(a: str, b: str) -> bool:
    """'Fed' of 'Federal Reserve': one word that opens the other's first word (sample Q131,
    DISTRACTOR: 'Fed' offered beside the Federal Reserve)."""
    short, long = sorted((a, b), key=len)
    words = long.split()
    return (
        " " not in short
        and len(words) > 1
        and len(short) >= MIN_SHORT_FORM
        and words[0] != short
        and words[0].startswith(short)
    )


MIN_SHORT_FORM = 3


def _meaning(text: str) -> set[str]:
    for phrase, same in SAME_MEANING.items():
        if " " in phrase:
            text = re.sub(rf"\b{phrase}\b", same, text)
    return {SAME_MEANING.get(word, word) for word in text.split()}


def _of_the_question_s_sex(fact: Fact, candidates: Iterable[str]) -> Iterable[str]:
    """'Who said in March 2019 that she would reject an offer ...?' -> Nancy Pelosi: a wrong
    answer whose given name says the other sex would be ruled out by the pronoun (sample
    Q85, GIVEAWAY: the one woman of the options)."""
    words = re.findall(r"[A-Za-z]+", QUOTATION.sub("", fact.question))
    said = {sex for sex in map(of_pronoun, words) if sex}
    if len(said) != 1 or of_first_name(fact.answer) not in ("", *said):
        return candidates
    return [c for c in candidates if of_first_name(c) in ("", *said)]


def pick_distractors(
    fact: Fact,
    candidates: Iterable[str],
    n: int = CHOICES - 1,
    *,
    unstated: bool = False,
    also_true: Iterable[str] = (),
) -> list[str]:
    """The first `n` candidates that differ from the answer, its accepted forms and each other.

    A candidate whose words are a subset or superset of a correct form is dropped too:
    "Roe" is not a wrong answer when the answer is "Jane Roe". With `unstated`, so is a
    candidate the evidence itself states, or one of `also_true` (answers right as well).
    """
    if fact.answer_type.sort == "person":
        candidates = _of_the_question_s_sex(fact, candidates)
        # 'Alfred E. Smith Memorial Foundation Dinner' is no person (sample Q141, MIXED)
        candidates = [c for c in candidates if not _named_after_someone(c)]
    stated = {_plain(a) for a in (fact.answer, *fact.accept, *also_true)}
    taken = [one_spelling(_plain(f)) for f in (fact.answer, *fact.accept)]
    taken = [t for t in taken if t]
    kept: list[str] = []
    for candidate in candidates:
        if unstated:
            plain = _plain(candidate)
            if not plain or plain in stated or mentions(fact.evidence, candidate):
                continue
            stated.add(plain)
        key = one_spelling(_plain(candidate))
        if not key or not candidate.strip():
            continue
        if any(key == t or _overlaps(key, t) or _a_short_form(key, t) for t in taken):
            continue
        kept.append(candidate.strip())
        taken.append(key)
        if len(kept) == n:
            break
    return kept


def _named_after_someone(name: str) -> bool:
    """A name of a place, prize or event named after a person ('... Memorial Dinner')."""
    words = name.split()
    return len(words) > 1 and normalise(words[-1]) in NAMED_AFTER_WORDS


def _plain(text: str) -> str:
    """`normalise`, with a curly apostrophe read as a straight one: "O’Brien" and "O'Brien"
    are one name (sample Q96: both among one card's options). Keys keep `normalise`."""
    return normalise(text.replace("’", "'").replace("‘", "'"))


def offered(
    kind: QuestionKind, fact: Fact, pool: Sequence[Fact], n: int = CHOICES - 1
) -> list[str]:
    """The wrong answers a card shows: its kind's candidates through the one filter."""
    also_true = kind.also_true(fact, pool) if kind.also_true is not None else ()
    return pick_distractors(
        fact, kind.distractors(fact, pool), n, unstated=kind.unstated, also_true=also_true
    )


def shuffled_choices(cid: str, answer: str, distractors: Sequence[str]) -> tuple[str, ...]:
    """The options in an order seeded by the card id: stable, and no position tell."""
    options = [answer, *distractors]
    seed = int(hashlib.sha1(cid.encode("utf-8")).hexdigest()[:16], 16)
    random.Random(seed).shuffle(options)
    return tuple(options)


def pool_for(
    kind: CardKind, pool_kinds: Sequence[CardKind], facts: Mapping[CardKind, list[Fact]]
) -> list[Fact]:
    """Every fact of `kind`, then of the kinds it also draws wrong answers from
    (a who_said card may offer a person a role card names)."""
    pool = list(facts.get(kind, []))
    for other in pool_kinds:
        if other != kind:
            pool += facts.get(other, [])
    return pool
