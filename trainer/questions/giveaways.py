"""Cards that give their answer away, left out once all the facts of an article are known:
a blank on the article's topic entity ("... missile system inside _____." -> Syria, in an
article about Syria), an answer whose name is written elsewhere in its question, a number
the question's own numbers add up to ("22 games ... the addition of _____ extra titles ...
after the initial dozen" -> 10) or divide into ("_____ of its memory, or 8GB of its 12GB" ->
67%), a count the question lists the things of
(trainer.questions.listed_counts), a name followed by the one description that fits it
("_____, the world's largest airliner"), and a cloze blanking what another card of the same
sentence shows as its answer."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from trainer.extract.topic import names_topic, topic_entities
from trainer.knowledge.places import countries_named
from trainer.language.lexicon import MONTHS, NUMBER_WORDS
from trainer.language.numbers import numbers_in
from trainer.language.text import has_word, normalise
from trainer.model import CLOZE_BLANK, CardKind, Fact
from trainer.questions.listed_counts import lists_the_count

# Kinds that ask about the person or the post itself ("Who said ...?", "Who is ...?"): the
# topic person is what they are specifically about, and their answer is named in them. Not
# "Who did ...?": readers of samples Q5 and Q7 judged its cards whose answer is the article's
# topic trivial (the headline names the doer), so only a doer the article is not about is asked.
# A headline's blank on the topic is weighed by headline.topic_alone, which sees how the
# article's other cards score.
ABOUT_THE_ANSWER = frozenset((CardKind.ROLE, CardKind.WHO_SAID, CardKind.HEADLINE))
# Kinds whose answer is a name: any of its capitalised words in the question gives it away.
NAMED_ANSWERS = frozenset(
    (
        CardKind.PLACE,
        CardKind.AIRCRAFT,
        CardKind.WEAPON,
        CardKind.WHO_SAID,
        CardKind.WHO_DID,
        CardKind.HEADLINE,
    )
)
# A number worked out from two of the question's own is given away. A smaller answer is
# too often the sum or difference of two numbers by chance (1 + 1, 3 - 1), and so is one
# off by one ("one shot ... victories out of eight").
# A blank followed by the one description that fits it: "_____, the world's largest
# airliner", "_____, its biggest city": whoever knows the field knows the name.
SUPERLATIVE_AFTER_BLANK = re.compile(
    re.escape(CLOZE_BLANK)
    + r",\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?"
    + r"(?:(?!best\b|\w*interest\b|\w*west\b|\w*test\b)\w{2,}est|most\s+\w+)\b",
    re.IGNORECASE,
)
MIN_WORKED_OUT = 3
MIN_OPERAND = 2


def without_giveaways(doc: object, facts: Sequence[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The facts of one parsed article (position, fact), minus those that give their answer
    away. `doc` is the article's spaCy Doc (the topic is computed from its entities)."""
    # (the class is asked, not the doc: a Doc's 'ents' builds every entity's span)
    parsed = hasattr(type(doc), "ents")
    topics = topic_entities(doc) if parsed else frozenset()  # type: ignore[arg-type]
    kept: list[tuple[int, Fact]] = []
    for position, fact in facts:
        if (
            fact.kind not in ABOUT_THE_ANSWER
            and names_topic(fact.answer, topics)
            and not _a_dated_act_of_the_topic_person(fact)
        ):
            continue
        if fact.kind in NAMED_ANSWERS and names_in_question(fact):
            continue
        if initials_in_question(fact):
            continue  # 'A HPA spokeswoman said: "_____ is aware ..."' -> Health Protection Agency
        if fact.kind == CardKind.NUMBER and worked_out(fact):
            continue
        if _next_in_a_series(fact):
            continue  # '50, 60, _____, I guess it averaged' -> 70 percent (sample Q57)
        if lists_the_count(fact):
            continue  # 'there'll be _____ versions: the 50 quattro and the 55 quattro'
        if fact.kind in NAMED_ANSWERS and SUPERLATIVE_AFTER_BLANK.search(fact.question):
            continue  # 'Airbus' iconic _____, the world's largest airliner'
        if fact.answer_type.sort == "place" and country_shown(fact):
            continue  # 'the Anglo Irish Bank of _____' -> Ireland
        if fact.kind == CardKind.DATE and (month_shown(fact) or day_shown(fact)):
            continue  # 'its busiest November in eight years in _____' -> November 2014
        kept.append((position, without_spelling_initials(fact)))
    return _no_blank_shown_by_a_sibling(kept)


def _a_dated_act_of_the_topic_person(fact: Fact) -> bool:
    """'Who resigned as Kiwis coach in January 2008?', of the story of his resignation:
    the lead's news, dated, about the person the article is about. Readers of samples Q5
    and Q7 judged 'Which country launched air strikes in Syria?' trivial, of a story about
    Russia; every sample since asked for the lead's news first, and a person's dated act
    is what a student of the news learns (a body's or a country's is left to the headline)."""
    return (
        fact.kind == CardKind.WHO_DID
        and fact.answer_type.sort == "person"
        and DATED_QUESTION.search(fact.question) is not None
    )


DATED_QUESTION = re.compile(
    r"^As of [A-Z][a-z]+ \d{4}\b|\bin [A-Z][a-z]+ \d{4}\?$|\b(?:1[89]|20)\d\d\b"
)


def initials_in_question(fact: Fact) -> bool:
    """A name of several words whose initials the question writes as a word: 'HPA' for
    the Health Protection Agency, 'NFL' for the National Football League."""
    words = _initialled_words(fact.answer)
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    shown = set(_WORD.findall(fact.question))
    return initials in shown or f"{initials}s" in shown


_WORD = re.compile(r"\w+")
# A blank followed by initials in brackets: 'an intercontinental _____ (ICBM)'.
INITIALS_AFTER_BLANK = re.compile(re.escape(CLOZE_BLANK) + r"(\s*\(([A-Z]{2,6})s?\))")


def without_spelling_initials(fact: Fact) -> Fact:
    """'tests of an intercontinental _____ (ICBM)' -> ballistic missile (sample Q75,
    GIVEAWAY): initials in brackets after the blank that end on the answer's initials spell
    it out; the question goes on without them."""
    m = INITIALS_AFTER_BLANK.search(fact.question)
    words = _initialled_words(fact.answer)
    if m is None or len(words) < 2:
        return fact
    if not m.group(2).endswith("".join(w[0] for w in words).upper()):
        return fact
    return replace(fact, question=fact.question[: m.start(1)] + fact.question[m.end(1) :])


def _initialled_words(name: str) -> list[str]:
    """The words of a name its initials are made of (not 'of', 'the', 'and' ...)."""
    return [w for w in re.findall(r"[\w'’&-]+", name) if w.lower() not in NAME_LINKS]


# Small words inside a body's name that its initials leave out.
NAME_LINKS = frozenset(("the", "of", "and", "for", "&", "de", "la", "du"))


def month_shown(fact: Fact) -> bool:
    """A month-and-year answer whose month the question names ('its busiest November ...
    in _____' -> November 2014), or names by a holiday in it ('a few days before Halloween'
    -> October 2012, sample Q7): only the year is left to know."""
    month = re.fullmatch(r"([A-Z][a-z]+) \d{4}", fact.answer)
    question = fact.question.replace(CLOZE_BLANK, " ")
    if month is None:
        return False
    if re.search(rf"\b{month.group(1)}\b", question) is not None:
        return True
    return any(
        HOLIDAY_MONTHS[holiday] == month.group(1)
        for holiday in HOLIDAY_MONTHS
        if re.search(rf"\b{holiday}\b", question, re.IGNORECASE)
    )


# Holidays that fall in one month every year.
HOLIDAY_MONTHS = {
    "Halloween": "October",
    "Thanksgiving": "November",
    "Christmas": "December",
    "New Year's Eve": "December",
    "Valentine's Day": "February",
    "Independence Day": "July",
    "Fourth of July": "July",
    "Veterans Day": "November",
    "Memorial Day": "May",
    "Labor Day": "September",
    "Bastille Day": "July",
    "Guy Fawkes": "November",
}


def country_shown(fact: Fact) -> bool:
    """A country the question names by its adjective ('Anglo Irish Bank', 'the French
    minister') is the answer: 'Ireland', 'France'."""
    return fact.answer in countries_named(fact.question.replace(CLOZE_BLANK, " "))


def day_shown(fact: Fact) -> bool:
    """'_____ was May 1st, “May Day”' -> Wednesday, May 1, 2013: the question writes the
    day the answer is ('May 1st', '1 May')."""
    value = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", fact.answer_value or "")
    if value is None:
        return False
    month = MONTHS[int(value.group(1)) - 1]
    day = str(int(value.group(2)))
    name = rf"(?:{month}|{month[:3]}\.?)"
    nth = rf"{day}(?:st|nd|rd|th)?"
    question = fact.question.replace(CLOZE_BLANK, " ")
    return re.search(rf"\b(?:{name} {nth}|{nth} {name})\b", question) is not None


def names_in_question(fact: Fact) -> bool:
    """'Who said: "... Epstein ..."?' -> Jeffrey Epstein: a name of the answer is shown."""
    question = fact.question.replace(CLOZE_BLANK, " ")
    for word in re.findall(r"[A-Z][\w'’-]{2,}", fact.answer):
        # the word, or a word made from it: 'Syria' in '... of Syrian president Assad'
        if has_word(question, word) or (
            len(word) >= 4
            and any(has_word(question, word + end) for end in ("n", "an", "ns", "ans"))
        ):
            return True
    return False


# "its third case ... after _____ other cases": the others before an N-th are N - 1.
ORDINALS = {
    w: n
    for n, w in enumerate(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        start=2,
    )
}
_NTH = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(ORDINALS) + r"))\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_OTHERS = re.compile(r"\b(?:other|others|previous|earlier|prior)\b", re.IGNORECASE)


def worked_out(fact: Fact) -> bool:
    """Is the answer the sum or the difference of two numbers the question shows? 'Stadia is
    launching with 22 games (the addition of _____ extra titles ... after the initial dozen
    offerings ...)' -> 10 = 22 - 12; or the figure itself, shown elsewhere ('"Fight for
    15," ... the minimum wage to _____' -> $15). Or the count of the others before an N-th
    ('the third case ... after _____ other cases') -> 2."""
    try:
        answer = float(fact.answer_value or "")
    except ValueError:
        return False
    if _OTHERS.search(fact.question) and any(
        answer == int(m.group(1) or ORDINALS.get(m.group(2).lower(), 0)) - 1
        for m in _NTH.finditer(fact.question)
    ):
        return True
    if _a_share_shown(fact.question, fact.answer, answer):
        return True
    years = [int(y) for y in _YEAR.findall(fact.question)]
    if "year" in fact.answer and any(abs(a - b) == answer for a, b in combinations(years, 2)):
        return True  # 'As of November 2019, how long has X ... in 2012?' -> seven years
    if answer >= MIN_OPERAND and _said_again(fact.question, answer):
        return True  # '"Fight for 15," the movement aimed at raising the minimum wage to _____'
        # -> $15 (sample Q96); 'How many black men were shot ... in two different cities?'
        # -> two (sample Q98): the figure is in the question
    if answer < MIN_WORKED_OUT:
        return False
    shown = [n for n in numbers_in(fact.question.replace(CLOZE_BLANK, " ")) if n >= MIN_OPERAND]
    return any(
        math.isclose(answer, a + b) or math.isclose(answer, abs(a - b))
        for a, b in combinations(shown, 2)
    )


# A figure, or a number word (not every word: 'two', not 'cities').
_FIGURE_OR_WORD = re.compile(
    rf"(?<![\w.,$-])(\d[\d,]*(?:\.\d+)?|(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))"
    r"(?![\w-])"
)


def _said_again(question: str, answer: float) -> bool:
    """Does the question show the answer's figure where it stands alone?"""
    text = question.replace(CLOZE_BLANK, " ")
    for m in _FIGURE_OR_WORD.finditer(text):
        before = text[: m.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0] not in ("In", "On", "At", "By"):
            continue  # 'Windows 8', 'GJ 1132'
        values = numbers_in(m.group(1))
        if values and math.isclose(values[0], answer):
            return True
    return False


# A figure and the unit written on to it ("8GBs", "12 GB", "40 tons"): a share of like
# with like.
_MEASURE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?([A-Za-z]*)")


def _a_share_shown(question: str, answer: str, value: float) -> bool:
    """Is a percentage answer one number of the question over another of the same unit?
    'access to _____ of the console's memory, or 8GBs of its total 12GB' -> 67% (sample
    Q56, GIVEAWAY)."""
    if not answer.endswith("%") and "percent" not in answer:
        return False
    units: dict[str, list[float]] = {}
    for m in _MEASURE.finditer(question.replace(CLOZE_BLANK, " ")):
        unit = m.group(2).lower().removesuffix("s")
        if not unit and _YEAR.fullmatch(m.group(1)):
            continue  # 'As of April 2017' is no figure
        units.setdefault(unit, []).append(float(m.group(1).replace(",", "")))
    return any(
        abs(100 * min(a, b) / max(a, b) - value) <= 0.5
        for figures in units.values()
        for a, b in combinations(figures, 2)
        if min(a, b) > 0 and a != b
    )


# Two numbers of a list right before the blank: '50, 60, _____'.
_SERIES = re.compile(
    r"(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,?\s*(?:and\s+|or\s+)?" + re.escape(CLOZE_BLANK)
)


def _next_in_a_series(fact: Fact) -> bool:
    """Is the blank the next step of a series the question counts up to it ('many places,
    50, 60, _____' -> 70 percent)?"""
    try:
        answer = float(re.sub(r"[^\d.]", "", fact.answer_value or fact.answer) or "x")
    except ValueError:
        return False
    for m in _SERIES.finditer(fact.question):
        a, b = float(m.group(1)), float(m.group(2))
        if math.isclose(answer - b, b - a):
            return True
    return False


def _no_blank_shown_by_a_sibling(facts: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """A cloze whose blank overlaps the answer another card of its sentence reveals is left
    out: once that card is answered, the cloze is a gift. Of two such clozes the first stays.
    A headline card is no sibling: it shows the headline, not the sentence (and
    headline.one_card leaves it out when another card asks its answer)."""
    by_sentence: dict[str, list[Fact]] = {}
    for _, fact in facts:
        if fact.kind != CardKind.HEADLINE:
            by_sentence.setdefault(fact.evidence, []).append(fact)
    dropped: set[int] = set()
    for siblings in by_sentence.values():
        for fact in siblings:
            if CLOZE_BLANK not in fact.question:
                continue
            for other in siblings:
                if other is fact or id(other) in dropped:
                    continue
                if _overlap(fact.answer, other.answer) and (
                    CLOZE_BLANK not in other.question
                    or siblings.index(other) < siblings.index(fact)
                ):
                    dropped.add(id(fact))
                    break
    return [(position, fact) for position, fact in facts if id(fact) not in dropped]


def _overlap(a: str, b: str) -> bool:
    """Does one answer contain the other, as whole words ('Boeing 787-9' in '30 Boeing 787-9s')?"""
    x, y = f" {normalise(a)} ", f" {normalise(b)} "
    return x.strip() != "" and y.strip() != "" and (x in y or y in x)
