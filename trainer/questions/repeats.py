"""Cards that ask again what another card of the article taught, made passing mentions
(issue 10): a speaker's quotes beyond the best two (all when no one else is quoted), a
speaker's second quote of one passage, a day asked twice, a figure asked twice, a
sentence's second number, a quotation's second card, a second fact of a sentence after the
lead. Each rule keeps the
best card of its group, by salience (trainer.questions.salience), and lowers the others to
PASSING; --all-cards still keeps them. Rules and readers' counts: docs/salience.md."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from trainer.language.names import surname
from trainer.language.text import normalise
from trainer.model import CLOZE_BLANK, CardKind, Fact
from trainer.questions.salience import PASSING, TOLL
from trainer.questions.who_said import SOURCES_FROM_WORDS

# "Who said ...?" asked of one person again and again teaches one name: the best quote of
# each speaker is kept, and none when the article quotes no one else (every card
# of it has the same answer, which a reader of the article guesses: on unseen pages, readers
# judged 11 of 17 second cards of an only speaker a passing repeat, and in samples V to Z 10
# of 38 cards of pages with one speaker worth studying, against 16 of 34 with more).
# (The best three until samples Q24 and Q25: of the judged cards of speakers with three in
# a deck, 2 of 20 were worth studying, against 13 of 28 of speakers with two. The best two
# until sample Q28: of the second quotes readers had judged on 965 pages, 8 were worth
# studying, 14 passing details and 1 not acceptable.)
QUOTES_PER_SPEAKER = 1
QUOTES_OF_ONLY_SPEAKER = 0
QUOTES_OF_A_BRIEF_S_ONLY_SPEAKER = 1
# ... in an article of more words than this: a brief that quotes one person is its quote,
# and keeps the best one (as the one-off sources of trainer.questions.who_said).
BRIEF_WORDS = SOURCES_FROM_WORDS


def spread_speakers(
    scored: Sequence[tuple[int, Fact]],
    headline: frozenset[str] = frozenset(),
    words: int = BRIEF_WORDS + 1,
) -> tuple[tuple[int, Fact], ...]:
    """An article's facts with the who_said cards beyond QUOTES_PER_SPEAKER of a speaker
    (the best first) made passing mentions, and those of a speaker the headline names
    (`headline`: its content words) or the only one an article of more than BRIEF_WORDS
    `words` quotes, which any reader guesses; --all-cards still keeps them."""
    said = [f for _, f in scored if f.kind == CardKind.WHO_SAID]
    alone = len({normalise(f.answer) for f in said}) == 1
    limit = QUOTES_PER_SPEAKER
    if alone:
        brief = words <= BRIEF_WORDS
        limit = QUOTES_OF_A_BRIEF_S_ONLY_SPEAKER if brief else QUOTES_OF_ONLY_SPEAKER
    # the one speaker the headline names; of two ("Volker's and Morrison's testimony"),
    # telling their quotes apart is worth a card
    named = {f.answer for f in said if _in_headline(f.answer, headline)}
    kept: Counter[str] = Counter()
    passing: set[int] = set()
    for i, (_, fact) in sorted(enumerate(scored), key=lambda e: -e[1][1].salience):
        if fact.kind != CardKind.WHO_SAID:
            continue
        kept[normalise(fact.answer)] += 1
        if kept[normalise(fact.answer)] > limit or named == {fact.answer}:
            passing.add(i)
    return tuple(
        (at, replace(f, salience=min(f.salience, PASSING)) if i in passing else f)
        for i, (at, f) in enumerate(scored)
    )


def without_repeats(
    scored: Sequence[tuple[int, Fact]],
    text: str = "",
    headline: frozenset[str] = frozenset(),
    lead_end: int = 0,
) -> tuple[tuple[int, Fact], ...]:
    """An article's facts (their scores set) with the cards that ask again what another
    taught made passing mentions: a speaker's quotes beyond their best (spread_speakers;
    `headline`: its content words), a day asked twice, a sentence's second number, a
    quotation's second card, a second fact of a sentence after the lead (which ends at
    `lead_end` in the text)."""
    scored = spread_speakers(scored, headline, len(text.split()))
    scored = one_card_a_quote(one_number_a_sentence(one_card_a_date(one_figure_once(scored))))
    return one_card_a_sentence(a_few_posts(scored), lead_end)


# Posts an article teaches at most: a long story names many officials in passing ('Ryan
# House Speaker', 'Kasich Ohio governor', 'Obama a current president', sample Q80: nine post
# cards, seven judged weak or not acceptable). On one deck per page of every judged page, a
# cap of 4 took 7 judged cards (5 weak, 1 not acceptable, 1 good); a cap of 2 took 27 (15
# good).
POSTS_AN_ARTICLE = 4


def a_few_posts(scored: Sequence[tuple[int, Fact]]) -> tuple[tuple[int, Fact], ...]:
    """An article's facts with its best POSTS_AN_ARTICLE post cards kept; the others are
    passing mentions (--all-cards keeps them)."""
    ranked = _ranked(scored, lambda _, f: f.kind == CardKind.ROLE and f.salience > PASSING)
    return _lowered(scored, {i for i, _ in ranked[POSTS_AN_ARTICLE:]})


# Kinds of which a sentence gives one card after the lead, the first kept before the
# others: how many before where or who, and when last (a sentence's date is most often
# its background: "launched 8,000 airstrikes since the campaign began in September 2014").
# Named aircraft and weapons are never a second card: a type is the news where it is named.
ONE_A_SENTENCE = {CardKind.NUMBER: 0, CardKind.PLACE: 1, CardKind.ROLE: 1, CardKind.DATE: 2}


def one_card_a_sentence(
    scored: Sequence[tuple[int, Fact]], lead_end: int = 0
) -> tuple[tuple[int, Fact], ...]:
    """One fact a sentence after the lead: of the cards of one sentence ("signed by the
    Raiders in March to a one-year, $800,000 deal": its month and its amount; "cities they
    seized in 2014 and 2015"), the question that asks for its answer is kept before a
    blank, then the kind ONE_A_SENTENCE puts first, then the better score; the others are
    passing mentions (--all-cards keeps them).
    The lead's sentences tell the news, and each of their facts is kept ("Three scientists
    won the Nobel Physics Prize on Tuesday": how many and when)."""
    return _one_of_each(
        scored,
        lambda at, f: f.kind in ONE_A_SENTENCE and f.salience > PASSING and at >= lead_end,
        lambda f: f.evidence,
        lambda f: ONE_A_SENTENCE[f.kind],
    )


def one_card_a_date(scored: Sequence[tuple[int, Fact]]) -> tuple[tuple[int, Fact], ...]:
    """An article's facts with each date taught once: of its date cards with one answer
    ("On what date did Trump call Zelensky?" and "... who listened in on the call of _____",
    both July 25), the best is kept and the others are passing mentions (--all-cards keeps
    them). News tells one day's events again and again; a second card of the same day
    asks again what the first taught."""
    return _one_of_each(
        scored,
        lambda _, f: f.kind == CardKind.DATE,
        lambda f: f.answer_value or normalise(f.answer),
    )


def one_figure_once(scored: Sequence[tuple[int, Fact]]) -> tuple[tuple[int, Fact], ...]:
    """An article's facts with each figure taught once: a page that tells the price of a
    villa in its captions and its text ('$14.2 million' three times, each time of Katy
    Perry, Orlando Bloom and Montecito) asked it three times (sample Q64), a standfirst and
    its lead '96 million' infections twice (sample Q73), a shooting's toll of ten three
    times (sample Q74). A figure is an amount, a share, a number of three figures or more or
    of millions, or a toll (of one event: the questions share a name); the same count or
    share of another act keeps its card: the questions share no more than half their words.
    A sum of money is one however it is told: the $600 weekly add-on a bill extends,
    Republicans doubt and moderates would scale down (sample Q108), the $225,000 paid and
    the tax not paid on it."""
    ranked = _ranked(
        scored,
        lambda _, f: f.kind == CardKind.NUMBER and (_a_figure(f.answer) or _a_toll(f)),
    )
    kept: dict[str, list[frozenset[str]]] = {}
    tolls: dict[str, list[frozenset[str]]] = {}
    repeated: set[int] = set()
    for i, fact in ranked:
        key = f"{fact.answer_value or normalise(fact.answer)}|{_unit(fact.answer)}"
        words = _question_words(fact)
        names = frozenset(NAME_WORD.findall(fact.question.replace(CLOZE_BLANK, " ")))
        if any(len(words & other) * 2 > min(len(words), len(other)) for other in kept.get(key, [])):
            repeated.add(i)
        elif _unit(fact.answer) in CURRENCY_SIGNS and key in kept:
            repeated.add(i)  # '$600' three times: the add-on passed, doubted, scaled down (Q108)
        elif _a_toll(fact) and any(names & other for other in tolls.get(key, [])):
            repeated.add(i)  # 'killed _____ people at the store in Boulder', 'the shooting in
            # Boulder that left _____ people dead': one toll (sample Q74)
        else:
            kept.setdefault(key, []).append(words)
            if _a_toll(fact):
                tolls.setdefault(key, []).append(names)
    # a time or a measure with its unit ('four hours into its journey', told in the lead
    # and in two captions, sample Q79) is one fact when a third of the words are shared
    measured: dict[str, list[frozenset[str]]] = {}
    for i, fact in _ranked(scored, lambda _, f: f.kind == CardKind.NUMBER and _measured(f)):
        key = f"{fact.answer_value}|{fact.answer_type.detail}"
        words = _question_words(fact)
        if any(
            len(words & other) * 3 > min(len(words), len(other)) for other in measured.get(key, [])
        ):
            repeated.add(i)
        else:
            measured.setdefault(key, []).append(words)
    return _lowered(scored, repeated)


def _question_words(fact: Fact) -> frozenset[str]:
    """The question's words of more than three letters, to tell two questions of one fact."""
    return frozenset(w for w in normalise(fact.question).split() if len(w) > 3)


def _measured(fact: Fact) -> bool:
    return fact.answer_type.form in ("duration", "measure") and fact.answer_value is not None


# A capitalised word of a question that is no sentence's first ('Boulder', 'Soopers').
NAME_WORD = re.compile(r"(?<=[\w,] )[A-Z][a-z]{3,}")


def _a_toll(fact: Fact) -> bool:
    """A count of the dead or hurt ('How many people did the crash kill?')."""
    return bool(TOLL.search(fact.question))


CURRENCY_SIGNS = frozenset("$€£¥")


def _unit(answer: str) -> str:
    """'$' of '$14.2 million', '%' of '15.2%', '' of '3,780': '$500' is no '500 people'."""
    return next((c for c in answer if c in CURRENCY_SIGNS or c == "%"), "")


def _a_figure(answer: str) -> bool:
    digits = sum(c.isdigit() for c in answer)
    large = re.search(r"\b(?:million|billion|trillion)\b", answer, re.IGNORECASE)
    return digits >= 3 or (digits > 0 and (any(c in answer for c in "$€£¥%") or bool(large)))


def one_number_a_sentence(
    scored: Sequence[tuple[int, Fact]],
) -> tuple[tuple[int, Fact], ...]:
    """An article's facts with one number card a sentence: "won with 58% of the vote,
    defeating Dale Anderson, who got 41%" teaches the winner's share; the loser's is a
    detail of it (readers of unseen pages judged 13 of 14 second number cards of a sentence
    passing details)."""
    return _one_of_each(scored, lambda _, f: f.kind == CardKind.NUMBER, lambda f: f.evidence)


def one_card_a_quote(scored: Sequence[tuple[int, Fact]]) -> tuple[tuple[int, Fact], ...]:
    """One card a quotation: the second "Who said ...?" of one passage (a long quote's later
    sentence) and a quote's blank ('Jane Roe said: "I am from _____."') beside a "Who said"
    card of it are passing mentions; readers of unseen pages judged 16 of 18 and 13 of 14 of
    them passing details. A quote cloze of a quotation with no "Who said" card is kept."""
    scored = _one_of_each(scored, lambda _, f: f.kind == CardKind.WHO_SAID, lambda f: f.evidence)
    asked = {f.evidence for _, f in scored if f.kind == CardKind.WHO_SAID and f.salience > PASSING}
    return tuple(
        (at, replace(f, salience=min(f.salience, PASSING)))
        if f.kind == CardKind.QUOTE_CLOZE and f.evidence in asked
        else (at, f)
        for at, f in scored
    )


def _one_of_each(
    scored: Sequence[tuple[int, Fact]],
    which: Callable[[int, Fact], bool],
    key: Callable[[Fact], str],
    order: Callable[[Fact], int] = lambda _: 0,
) -> tuple[tuple[int, Fact], ...]:
    """The facts `which` picks (by position and fact) that share a key made passing
    mentions, but the best: one that is no passing mention already (a count after the lead
    does not push out the blank of its sentence's time: sample Q41's 'in the first _____
    they were available'), then the question that asks for its answer ("On what date was
    the call?") before a blank in a sentence that tells of something else, then by `order`,
    then the better score."""
    ranked = _ranked(scored, which, order)
    best: dict[str, int] = {}
    for i, fact in ranked:
        best.setdefault(key(fact), i)
    return _lowered(scored, {i for i, fact in ranked if best[key(fact)] != i})


def _ranked(
    scored: Sequence[tuple[int, Fact]],
    which: Callable[[int, Fact], bool],
    order: Callable[[Fact], int] = lambda _: 0,
) -> list[tuple[int, Fact]]:
    """(index, fact) of the facts `which` picks, best first (`_one_of_each`)."""
    return sorted(
        ((i, f) for i, (at, f) in enumerate(scored) if which(at, f)),
        key=lambda e: (
            e[1].salience <= PASSING,
            "_____" in e[1].question,
            order(e[1]),
            -e[1].salience,
        ),
    )


def _lowered(
    scored: Sequence[tuple[int, Fact]], repeated: set[int]
) -> tuple[tuple[int, Fact], ...]:
    """The facts, those at the `repeated` indices made passing mentions."""
    return tuple(
        (at, replace(f, salience=min(f.salience, PASSING)) if i in repeated else f)
        for i, (at, f) in enumerate(scored)
    )


def _in_headline(speaker: str, headline: frozenset[str]) -> bool:
    last = surname(speaker).lower()  # "Cox" for "J. David Cox Sr."
    return bool({last, f"{last}'s", f"{last}’s"} & headline)
