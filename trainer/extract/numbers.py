"""Numbers in a parsed article: counts ("224 people"), money, percentages, measures and
durations, each with its hedge ("more than") and unit. Scores, times, ages, years,
designators ("Flight 9268") and references ("the two militaries") are not numbers
worth asking about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS
from trainer.extract.doc import text_of
from trainer.extract.persons import full_names
from trainer.language.currencies import SIGNS, currency_of
from trainer.language.lexicon import DEATH_VERBS
from trainer.language.numbers import (
    CASUALTY_STATES,
    CASUALTY_VERBS,
    CHANGE_VERBS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    LABEL_NOUNS,
    LEVEL_NOUNS,
    MEASURE_UNITS,
    MODIFIER_UNITS,
    NOT_UNITS,
    NUMBER_RE,
    NUMBERS_AS_NAMES,
    value_of,
)
from trainer.language.numbers import (
    WORD_OR_DIGITS as _WORD_OR_DIGITS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Words after a number that make it no count of the noun that follows (times of day, 'three
# dozen', '25 times their expenses', fractions).
NOT_COUNTED = frozenset(
    (
        *("a.m.", "p.m.", "am", "pm", "gmt", "dozen", "hundred", "times"),
        # a fraction written apart: 'two thirds of the $5 billion' (sample Q89, NONSENSE)
        *("halves", "thirds", "fifths", "sixths", "eighths", "tenths"),
    )
)


@dataclass(frozen=True)
class NumberMention:
    span: Span  # the answer as blanked: the core number, with its unit unless a count
    hedge: str
    unit: str  # "people", "$", "percent", "km", "hours"
    category: str  # count, money, percent, measure, duration, rate
    value: float


# "a 43-year-old man", "the 55-year old": an age written as a modifier.
AGE_RE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b")


# "an 11-game losing streak", "a two-day visit", "a 10-year sentence": a number written
# into a modifier, with a singular unit after its hyphen ("-year-old" is an age, above).
MODIFIER_RE = re.compile(
    rf"\b({_WORD_OR_DIGITS})-({'|'.join(MODIFIER_UNITS)})\b(?!-)", re.IGNORECASE
)
# "eight out of ten companies": a share, asked as a whole.
OUT_OF_RE = re.compile(rf"\b({_WORD_OR_DIGITS}) out of ({_WORD_OR_DIGITS})\b", re.IGNORECASE)


def mentions(doc: Doc) -> list[NumberMention]:
    found: list[NumberMention] = []
    shares: set[int] = set()  # characters of "eight out of ten": neither number alone
    for m in OUT_OF_RE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        part, total = value_of(m.group(1)), value_of(m.group(2))
        if span is not None and part is not None and total and 0 < part < total:
            found.append(NumberMention(span, "", f"out of {m.group(2).lower()}", "share", part))
            shares.update(range(m.start(), m.end()))
    for m in AGE_RE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is not None and 1 <= int(m.group(1)) <= 110:
            # its own unit: "43-year-old" is never offered beside a bare "31"
            found.append(NumberMention(span, "", "year-old", "age", float(m.group(1))))
    for m in MODIFIER_RE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        value = value_of(m.group(1))
        if span is not None and value is not None and value >= 2 and _modifies_noun(span):
            unit = f"-{m.group(2).lower()}"
            found.append(NumberMention(span, "", unit, "count", value))
            shares.update(range(m.start(), m.end()))
    for m in NUMBER_RE.finditer(text_of(doc)):
        if m.start("core") in shares:
            continue
        previous = text_of(doc)[m.start("core") - 1] if m.start("core") else " "
        if previous.isalnum() or previous in ".,":
            continue  # part of a word or a designator: "A350", "Su-24", "2.5"
        start = m.start("hedge") if m.group("hedge") else m.start("core")
        core = doc.char_span(m.start("core"), m.end("core"), alignment_mode="strict")
        whole = doc.char_span(m.start("core"), m.end(), alignment_mode="strict")
        if core is None or whole is None or text_of(doc)[start - 1 : start] in ("-", "/", *SIGNS):
            continue
        mention = _classify(doc, m, core, whole)
        if mention is not None:
            found.append(mention)
    return found


def _classify(doc: Doc, m: re.Match[str], core: Span, whole: Span) -> NumberMention | None:
    after = doc[whole.end] if whole.end < len(doc) else None
    first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    start = first.start if first is not None else core.start
    before = doc[start - 1] if start > 0 else None  # the word before the hedge
    text = core.text
    next_char = text_of(doc)[whole.end_char : whole.end_char + 1]
    prev_char = text_of(doc)[core.start_char - 1 : core.start_char] if core.start_char else ""
    if next_char in ("-", "–", ":", "/") or prev_char in ("-", "–", ":", "/", "#"):
        return None  # scores, times, "43-year-old", "24/7"
    if next_char.isupper():
        return None  # a name written with a figure: "4K TVs", "5G", "3D", "128GB"
    if after is not None and after.lower_ in NOT_COUNTED:
        return None  # times of day, "three dozen", "25 times their expenses"
    if (_range_start(doc, m, after) and not _a_change(before)) or _between(before, after):
        return None  # "242 to 330", "two or three", "between 40 and 50"
    if before is not None and (
        before.text in ("No.", "#") or before.text in QUOTE_CHARS or _range_end(before)
    ):
        return None  # "between four to six", "'three amigos'"
    if before is not None and before.lower_ == "per" and re.fullmatch(r"10*(,000)*|1,0+", text):
        return None  # "cases per 100,000 people": the base of a rate, not a fact
    age = _age(core, before, after) or _age_at_death(core)
    if age is not None:
        return age
    hedge = (m.group("hedge") or "").strip()
    if hedge.lower() == "over" and first is not None and first[0].dep_ == "prt":
        hedge = ""  # 'handed over 21 of the schoolgirls': a verb's particle (sample Q86, WRONG)
    unit_text = (m.group("unit") or "").strip()
    if not hedge and _designator(before, text):
        return None  # "Flight 9268", "Boeing 787"
    if text in NUMBERS_AS_NAMES and not unit_text:
        return None
    named = any(t.ent_type_ in ("PRODUCT", "ORDINAL") for t in core)  # not '₦5bn' (no ordinal)
    if (named and not currency_of(text)) or re.fullmatch(r"(19|20)\d\d", text):
        return None
    value = value_of(text)
    if value is None or _in_a_name(whole):
        return None
    if re.search(r"\d(?:m|mn)$", text) and not currency_of(text):
        return None  # "a 10m wall": metres, not millions
    if currency_of(text):
        if before is not None and before.ent_type_ == "GPE" and before.text.isupper():
            return None  # "US $1.4 billion": the country's dollar, which "$" alone is not
        return NumberMention(core, hedge, currency_of(text), "money", value)
    if unit_text.lower() in CURRENCY_WORDS:
        return NumberMention(whole, hedge, unit_text.lower(), "money", value)
    if unit_text.lower() in ("percentage point", "percentage points"):
        return NumberMention(whole, hedge, "percentage points", "measure", value)
    if unit_text.lower() in ("%", "percent", "per cent"):
        return NumberMention(whole, hedge, "percent", "percent", value)
    if unit_text.lower() in MEASURE_UNITS:
        return NumberMention(whole, hedge, unit_text.lower(), "measure", value)
    if unit_text.startswith("°"):  # "1.5°C", "46 °F"
        return NumberMention(whole, hedge, unit_text, "measure", value)
    if unit_text.lower() in DURATION_UNITS:
        if after is not None and after.lower_ in ("ago", "old", "later", "earlier"):
            return None  # "14 months ago" is a date; ages are not asked
        return NumberMention(whole, hedge, unit_text.lower(), "duration", value)
    rate = _per(after)
    if rate is not None:
        return NumberMention(core, hedge, rate, "rate", value)
    run = _run(core[-1], after)
    if run is not None and value >= 2:
        return NumberMention(core, hedge, run, "count", value)
    # a count: the number must modify a plural noun ("224 people", "30 Boeing 787 jets")
    number = core[-1]
    head = number.head
    of_count = _of_count(number, value)
    if of_count is not None:
        return NumberMention(core, hedge, of_count, "count", value)
    if _toll(number, value):
        return NumberMention(core, hedge, "people", "count", value)
    level = _level(number, value)
    if level is not None:
        return NumberMention(core, hedge, level, "count", value)
    if (
        number.dep_ != "nummod"
        or head.pos_ != "NOUN"
        or head.i < number.i
        or head.lower_ in NOT_UNITS
    ):
        return None
    if head.tag_ != "NNS" or head.i - number.i > 4 or value < 2:
        return None
    if any(
        c.dep_ in ("det", "poss")
        and c.i < number.i
        and c.lower_ not in ("a", "an")
        and not (c.dep_ == "poss" and c.pos_ == "PROPN")  # "Taylor Swift's first six albums"
        for c in head.children
    ) and not _whole_of_part(number, head):
        return None  # "the two militaries", "his first 18 games": a reference, not a fact
    return NumberMention(core, hedge, head.lemma_.lower(), "count", value)


def _in_a_name(whole: Span) -> bool:
    """'Three Mile Island', 'Seven Sisters Road': a number written in words, capitalized
    with its unit, inside a name (a proper noun follows, which the words qualify)."""
    words = [t for t in whole if t.is_alpha]
    last = whole[-1]
    return (
        bool(words)
        and all(t.is_title for t in words)
        and last.dep_ == "compound"
        and last.head.i > last.i
        and last.head.pos_ == "PROPN"
        and last.head.is_title
    )


# Words for a part of a whole: 'half of the 30 hospitals', 'most of the 40 passengers'.
PART_WORDS = frozenset(
    (
        *("half", "third", "quarter", "most", "majority", "some", "many", "all", "none"),
        *("several", "one"),
    )
)


def _whole_of_part(number: Token, noun: Token) -> bool:
    """'more than half of the 30 hospitals', 'one of the 16 schools': 'the' does not make the
    number a reference here; the sentence states the whole its part is taken from. ('Three
    of the 12 miners' is asked by its part, _of_count.)"""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.i != number.i - 2:
        return False
    if not any(
        c.dep_ == "det" and c.lower_ == "the" and c.i == number.i - 1 for c in noun.children
    ):
        return False
    return of.head.lower_ in PART_WORDS


def _per(after: Token | None) -> str | None:
    """'at 108.55 per dollar', 'fell to 401 per 100,000 births': a rate, whose unit ('per
    dollar') stays in the question. 'per cent' is a percentage (above)."""
    if after is None or after.lower_ != "per" or after.i + 1 >= len(after.doc):
        return None
    doc = after.doc
    noun = doc[after.i + 1]
    if noun.tag_ == "NN" and noun.is_alpha and noun.lower_ not in ("cent", "capita"):
        return f"per {noun.lower_}"
    base = doc[after.i + 2] if after.i + 2 < len(doc) else None
    if noun.like_num and base is not None and base.tag_ == "NNS":
        return f"per {noun.text} {base.lower_}"
    return None


# Verbs of a run of results: 'have lost five straight', 'won 11 in a row'.
RUN_VERBS = frozenset(("win", "lose", "drop"))


def _run(number: Token, after: Token | None) -> str | None:
    """'The Predators have lost five straight', 'The Celtics have won 11 in a row': a run of
    games with no noun after the number; its unit ('straight', 'in a row') stays in the
    question."""
    if after is None or not (number.pos_ == "NUM" or number.like_num):
        return None
    doc = number.doc
    verb = number.head if number.dep_ == "dobj" else number.head.head
    if verb.lemma_ not in RUN_VERBS or verb.pos_ != "VERB":
        return None
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if after.lower_ == "straight" and (
        following is None or following.pos_ not in ("NOUN", "PROPN")
    ):
        return "straight"  # not 'five straight games': a count of games, above
    if [t.lower_ for t in doc[after.i : after.i + 3]] == ["in", "a", "row"]:
        return "in a row"
    return None


# Words after a duration that make it the time between two events.
INTERVAL_WORDS = frozenset(("after", "before", "since", "later", "earlier", "until"))


def interval(span: Span) -> bool:
    """'arrested seven years after he sought refuge': the duration is the time from one event
    to another, which a cloze asks ('... arrested _____ after he sought refuge')."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in INTERVAL_WORDS


def _designator(before: Token | None, text: str) -> bool:
    """'Flight 9268', 'Boeing 787': a number right after a name is part of it; so is one
    after a label noun ('level 3 restrictions', `_a_level`)."""
    if before is None or currency_of(text):
        return False
    return before.pos_ == "PROPN" or _a_level(before, text)


def _a_level(before: Token, text: str) -> bool:
    """'level 3 restrictions', 'a Category 4 storm', 'Article 50', 'Game 7': the figure
    names a level or a stage and counts nothing (sample Q27: 'how many restrictions ...?
    3')."""
    return text.isdigit() and before.lower_ in LABEL_NOUNS


def _range_start(doc: Doc, m: re.Match[str], after: Token | None) -> bool:
    """'242 to 330', 'two or three': the first number of a range. 'fell 3.38% to $55.12'
    and 'took 15 minutes to find' are not one: what follows 'to' is no number of the
    same kind."""
    if after is None or after.lower_ not in ("to", "or"):
        return False
    following = NUMBER_RE.match(text_of(doc), after.idx + len(after.text) + 1)
    if following is None or following.group("hedge"):
        return False

    mine, theirs = _kind(m), _kind(following)
    return mine == theirs or not mine


# Nouns of a change from one level to another: 'a reduction in costs from $0.23 to $0.10'.
CHANGE_NOUNS = frozenset(
    ("increase", "reduction", "rise", "fall", "drop", "cut", "growth", "decline")
)


def _a_change(before: Token | None) -> bool:
    """'increase the efficiency from 23% to 35%', 'fell from 5.2% to 4.8%': the 'from' of a
    change, whose two numbers are the levels before and after, not the ends of a range
    ('sentences range from three weeks to five years')."""
    if before is None or before.lower_ != "from":
        return False
    head = before.head
    if head.lemma_.lower() not in (CHANGE_VERBS if head.pos_ == "VERB" else CHANGE_NOUNS):
        return False
    return _named_subject(head)


def _named_subject(word: Token) -> bool:
    """Whether the verbs above a word have a subject that names someone or something: 'The
    U.S. increased its debt', 'Seoul expects producers to increase ...'; not 'Consumer debt
    increased from 63 percent to 94 percent' (whose? when?)."""
    while True:
        for child in word.children:
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                for t in child.subtree
            ):
                return True
        if word.head.i == word.i:
            return False
        word = word.head


def _between(before: Token | None, after: Token | None) -> bool:
    """'between 40 and 50 people': the first end of a range opened by 'between'."""
    return (
        before is not None
        and after is not None
        and before.lower_ == "between"
        and after.lower_ == "and"
    )


def _kind(match: re.Match[str]) -> str:
    """What a matched number is: money, percent, duration, measure, or '' (a plain count)."""
    core, unit = match.group("core"), (match.group("unit") or "").strip().lower()
    if currency_of(core) or unit in CURRENCY_WORDS:
        return "money"
    if unit in ("%", "percent", "per cent"):
        return "percent"
    if unit in DURATION_UNITS:
        return "duration"
    return "measure" if unit else ""


def _range_end(before: Token) -> bool:
    """'four to six', 'between 4 and 6', 'two or three', '51 percent to 47 percent': the
    second number of a range or a score, which the first gives away. 'fell 3% to $55' is
    not one."""
    if before.lower_ not in ("to", "and", "or") or before.i == 0:
        return False
    left = before.doc[before.i - 1]
    opening = before.doc[max(0, before.i - 4) : before.i - 1]  # "from $4 billion"
    if any(_a_change(t) for t in opening):
        return False  # 'rose from 23% to 35%': the level it reached
    if left.like_num or left.lower_ == "between":
        return True
    # 'from three weeks to five years', '51 percent to 47 percent': a number and its unit
    # before the 'to' (not after a verb of change, above)
    unit = left.lower_ in DURATION_UNITS | MEASURE_UNITS | CURRENCY_WORDS | {"%", "percent"}
    if not unit or before.lower_ == "and" or before.i < 2 or not before.doc[before.i - 2].like_num:
        return False
    if before.i < 3 or before.doc[before.i - 3].lower_ in ("from", "between"):
        return True
    # '51 percent to 47 percent': the same unit on both sides, no verb of change before it
    # ('rose 12% to $4 billion' is a change and its level)
    doc = before.doc
    right = doc[before.i + 2] if before.i + 2 < len(doc) else None
    first = doc[before.i - 2]
    changed = (
        first.head.lemma_.lower() in CHANGE_VERBS or first.head.head.lemma_.lower() in CHANGE_VERBS
    )
    return right is not None and right.lower_ == left.lower_ and not changed


def _age(core: Span, before: Token | None, after: Token | None) -> NumberMention | None:
    """'Patrick Carlineo, 55, pleaded guilty': a named person's age between commas."""
    if before is None or after is None or before.text != "," or after.text != ",":
        return None
    if len(core) != 1 or not core.text.isdigit() or not 1 <= int(core.text) <= 110:
        return None
    name = before.doc[before.i - 1] if before.i > 0 else None
    if name is None or not (name.ent_type_ == "PERSON" or name.text in full_names(name.doc)):
        return None
    return NumberMention(core, "", "years old", "age", float(core.text))


def _age_at_death(core: Span) -> NumberMention | None:
    """'Sally Ride ... has passed away at the age of 61', 'died at 61', 'dead at 61': the age
    of someone at their death (trainer.questions.number asks 'At what age did Sally Ride
    die?')."""
    if len(core) != 1 or not core.text.isdigit() or not 1 <= int(core.text) <= 110:
        return None
    if death_of(core[0]) is None:
        return None
    return NumberMention(core, "", "years old", "age", float(core.text))


def death_of(number: Token) -> Token | None:
    """The verb 'died' (or 'passed away', 'dead') an age hangs on: 'at 61', 'at the age of
    61', 'aged 61'."""
    head = number.head
    if head.lower_ == "of" and head.head.lower_ == "age":
        head = head.head.head  # 'at the age of 61': 'at'
    if head.lower_ not in ("at", "aged") or head.dep_ not in ("prep", "acl", "advcl"):
        return None
    verb = head.head
    passed_away = verb.lemma_ == "pass" and any(c.lower_ == "away" for c in verb.children)
    return verb if verb.lemma_ in DEATH_VERBS or passed_away or verb.lower_ == "dead" else None


# Measures named by their period ('the seven-day average'): the period is no news.
METRIC_NOUNS = frozenset(("rate", "average", "mean", "incidence", "high", "low"))


def _modifies_noun(span: Span) -> bool:
    """'an 11-game losing streak': the modifier stands before the noun it describes."""
    head = span.root.head
    if span.text[:1].isupper() or head.text[:1].isupper():
        return False  # 'the Six-Day War': a name
    if head.lower_ in METRIC_NOUNS:
        return False  # 'the seven-day rate', 'a 52-week high': the name of a measure
    return (
        head.pos_ == "NOUN"
        and head.i >= span.end
        and span.root.dep_ in ("amod", "compound", "nummod")
    )


def _level(number: Token, value: float) -> str | None:
    """A number with no noun after it that a change or a level names: 'the toll rose to
    12', 'increased the total of providers to 14', 'a new all-time high of 40,816.38'.
    Its unit is what it counts ('providers') or the level's noun ('high')."""
    if not (number.pos_ == "NUM" or number.like_num) or number.dep_ != "pobj" or value < 2:
        return None
    prep = number.head
    if prep.lower_ == "of" and prep.head.lower_ in LEVEL_NOUNS:
        return prep.head.lower_
    if prep.lower_ != "to" or prep.head.lemma_.lower() not in CHANGE_VERBS:
        return None
    verb = prep.head
    for child in verb.children:  # 'increased the total of providers to 14'
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lower_ in LEVEL_NOUNS:
            counted = [
                g for c in child.children if c.lower_ == "of" for g in c.children if g.tag_ == "NNS"
            ]
            return counted[0].lemma_.lower() if counted else child.lower_
    return "level"


def _toll(number: Token, value: float) -> bool:
    """'..., killing 23 and wounding 40', '..., leaving at least 19 dead', 'at least 12 were
    killed': a toll with no noun after it counts people."""
    if not (number.pos_ == "NUM" or number.like_num) or value < 2:
        return False
    verb = number.head
    if number.dep_ == "nummod" and verb.lower_ in CASUALTY_STATES.get("leave", ()):
        verb = verb.head  # 'leaving 19 dead'
        return (
            verb.tag_ == "VBG" and verb.lemma_ == "leave" and number.head.dep_ in ("dobj", "oprd")
        )
    if number.dep_ == "nsubjpass" and not any(c.dep_ == "prep" for c in number.children):
        # 'At least 12 were killed in the attack': the passive's subject, no noun after it
        return verb.lemma_ in CASUALTY_VERBS and verb.lemma_ not in CASUALTY_STATES
    return (
        number.dep_ == "dobj"
        and verb.tag_ == "VBG"
        and verb.lemma_ in CASUALTY_VERBS
        and verb.lemma_ not in CASUALTY_STATES
    )


def _of_count(number: Token, value: float) -> str | None:
    """'five of the 10 Democrats', 'three of those companies': a count of the noun after 'of'."""
    if number.dep_ not in ("nsubj", "nsubjpass", "dobj") or number.pos_ != "NUM" or value < 2:
        return None
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == number.i + 1:
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
            if nouns:
                return nouns[0].lemma_.lower()
    return None


def names_a_level(span: Span) -> bool:
    """A figure after a label noun (`_a_level`), as a quote's blank sees it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and _a_level(before, span.text)
