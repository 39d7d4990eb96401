"""number: 'How many people were killed ...?' -> 224.

Counts ("224 people"), money ("$9 billion"), percentages ("75 percent"),
measures ("98 km"), durations ("24 hours"), shares ("eight out of ten") and numbers in
modifiers ("an 11-game streak"), found by trainer.extract.numbers. A count's answer is the
number as written, its unit stays in the question; for the others the unit is part of the
answer. The wh-questions ("How many ...?", "By what percentage ...?") are built in
questions/amounts.py and questions/counts.py; otherwise a cloze, whose hedge ("around",
"more than") stays beside the blank. A wh-question's bound ("more than") goes with its
answer, and with every wrong answer. Distractors are nearby numbers with the same unit and
written form: the deck's first, then made-up ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import named_subordinate_clause
from trainer.extract.clauses.comparisons import compared_to_nothing
from trainer.extract.clauses.cut import Clause, clause_of
from trainer.extract.clauses.keys import collect, content_key, fact_key
from trainer.extract.clauses.moves import undated_move
from trainer.extract.clauses.phrase import MIN_WORDS_NAMED, Question, cloze, placed_by_its_source
from trainer.extract.clauses.render import words
from trainer.extract.clauses.standalone import barred_from_nothing, names_something
from trainer.extract.clauses.unasserted import unasserted
from trainer.extract.doc import evidence_of, text_of, verb_over
from trainer.extract.games import game_circumstance
from trainer.extract.numbers import NumberMention, death_of, interval, mentions
from trainer.extract.periods import counts_a_near_period
from trainer.language.currencies import PREFIX, currency_of, without_currency
from trainer.language.dates import A_YEAR, WEEKDAY_RE, written_out
from trainer.language.lexicon import REPORTING_VERBS, wordset
from trainer.language.numbers import (
    BOUND_HEDGES,
    CASUALTY_VERBS,
    LOWER_BOUNDS,
    NUMBER_WORDS,
    WORD_FOR,
    numbers_in,
    plain,
    takes_an,
    value_of,
)
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.questions import as_of, scores, votes
from trainer.questions.amount_phrases import phrase_question, spelled_out
from trainer.questions.amounts import amount_question, undated_price
from trainer.questions.as_of import MAX_QUESTION_WORDS
from trainer.questions.casualties import casualty_question
from trainer.questions.date_checks import with_periods_written_out, with_quarter_year
from trainer.questions.salience import headline_of
from trainer.questions.shares import share_question

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# A figure with 'the' before it and no noun after: one the article told of before ('two
# thirds of the $5 billion are due to ...'), which the blank leaves unsaid.
THE_AMOUNT_TOLD = re.compile(
    rf"\bthe {re.escape(CLOZE_BLANK)}(?=\s+(?:are|is|was|were|will|would|has|have|had)\b|[,.;:?]|$)"
)


def find(doc: Doc, article: Article) -> list[Fact]:
    return (
        collect(doc, article, mentions(doc), _fact)
        + scores.find(doc, article)
        + votes.find(doc, article)
    )


# A measure converted into other units in brackets: "2 inches (50.8 millimeters)".
# "90 miles per gallon (38 kilometers per liter)", "6.5 billion euros ($7.3 billion)",
# "132 km/h (82 mph)" (sample Q48).
CONVERSION_BEFORE = re.compile(
    rf"\d[\d.,]*(?:[\s-]*[A-Za-z]+(?:/[A-Za-z]+)?\.?){{1,3}}\s*\(\s*(?:about\s+|around\s+)?(?:{PREFIX})?$"
)
# The same measure in other units beside the blank, set off by 'or': '_____, or around
# 6,200 miles', 'around 10,000 km, or around _____'.
_UNITS = (
    r"(?:miles|km|kilomet(?:er|re)s|feet|ft|met(?:er|re)s|m|pounds|lbs?|kg|kilograms|tons"
    r"|tonnes|gallons|lit(?:er|re)s|inches|cm|mph|knots|degrees)\b"
)
_ABOUT = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
OR_CONVERTED = re.compile(
    rf"{re.escape(CLOZE_BLANK)},?\s+or\s+{_ABOUT}\d[\d.,]*\s*{_UNITS}"
    rf"|\d[\d.,]*\s*{_UNITS},?\s+or\s+{_ABOUT}{re.escape(CLOZE_BLANK)}"
)
# A share said again as a fraction right after its blank: '_____, or one-third, of ...'.
OR_A_FRACTION = re.compile(
    rf"{re.escape(CLOZE_BLANK)},?\s+or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?"
    r"(?:half\b|(?:one|two|three|a)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth)\b)"
)
# ... or before it, its figure in brackets: 'Just under a quarter (_____) of Democrats said ...'
# (sample Q159, GIVEAWAY).
A_FRACTION_BEFORE = re.compile(
    r"\b(?:half|(?:one|two|three|a)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth))"
    rf"\s*\(\s*{re.escape(CLOZE_BLANK)}\s*\)",
    re.IGNORECASE,
)
CONVERSION_AFTER_BLANK = re.compile(
    re.escape(CLOZE_BLANK)
    + r"((?:[a-z]{1,3}\b)?(?:\s+per\s+[a-z]+)?)"  # '_____mm (0.7 inches)' (sample Q43)
    + rf"\s*\(\s*(?:about\s+)?(?:{PREFIX})?\d[\d.,]*(?:\s*[A-Za-z]+\.?){{0,3}}\s*\)"
)


TO_THE_DAY = re.compile(r"\s+to the (?:day|minute|hour)\b", re.IGNORECASE)


def _said_again_in_other_units(span: Span) -> bool:
    """'708.7 hours, or 29.53 Earth days': an amount and the same amount in other units,
    joined by ', or'; either one shown works the other out."""
    doc, root = span.doc, span.root
    if root.dep_ in ("nummod", "quantmod") and root.head.i > root.i:
        root = root.head  # '29.53' of '29.53 Earth days'

    def joined_by_or(before: int) -> bool:  # ', or' just before the token at `before`
        return before >= 2 and doc[before - 1].lower_ == "or" and doc[before - 2].text == ","

    if root.dep_ == "conj" and joined_by_or(root.left_edge.i):
        before = [t for t in root.head.subtree if t.i < root.left_edge.i]
        return any(t.like_num for t in before) and _a_share(before) == _a_share(span)
    return any(
        c.dep_ in ("conj", "appos")
        and c.i > root.i
        and joined_by_or(c.left_edge.i)
        # 'or 29.53 Earth days', 'or about 30 miles'; not 'or a 0.02% increase'
        and c.left_edge.pos_ != "DET"
        and any(t.like_num for t in c.subtree)
        # 'fell 102.2 points, or 0.37%': a share of something else, not the same amount
        and _a_share(c.subtree) == _a_share(span)
        for c in root.children
    )


def _a_share(tokens: Iterable[Token]) -> bool:
    return any(t.text == "%" or t.lower_ in ("percent", "per") for t in tokens)


# Who told a reporter: how many of them did is never the news.
SOURCE_NOUNS = frozenset(("sources", "officials", "diplomats", "aides", "insiders", "people"))


def _one_of_two_figures(span: Span) -> bool:
    """'While S$5,000 or S$5,500 is the minimum salary for entry-level jobs, it goes up to
    S$10,500 ... or S$11,500 if they are in the financial sector': one figure of two told
    with 'or', whose condition the question leaves out (sample Q64, VAGUE)."""
    root = span.root
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "or":
        before = doc[max(span.sent.start, span.start - 9) : span.start - 1]
        if any(ch.isdigit() for t in before for ch in t.text):
            return True  # '..., it goes up to S$10,500 for middle-aged candidates, or S$11,500'
    if root.dep_ == "conj":
        pair = other = root.head
    else:
        found = next((c for c in root.children if c.dep_ == "conj"), None)
        if found is None:
            return False
        pair, other = root, found
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in pair.children) and any(
        ch.isdigit() for ch in other.text
    )


def _counts_the_sources(span: Span) -> bool:
    """'Two Turkish security sources told Reuters ...', 'three people familiar with the
    matter said': a count of the people a report comes from."""
    noun = span.root.head
    return (
        noun.lower_ in SOURCE_NOUNS
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_ in REPORTING_VERBS
    )


def _fact(
    mention: NumberMention, article: Article, names: dict[str, str]
) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = evidence_of(span.sent, article)
    if evidence is None or unasserted(span.root):
        return None  # 'not certain when Apple last issued four updates': no fact
    if CONVERSION_BEFORE.search(text_of(span.doc)[max(0, span.start_char - 40) : span.start_char]):
        return None  # "2 inches (50.8 millimeters)": the conversion is no separate fact
    if _said_again_in_other_units(span):
        return None  # "a day is 708.7 hours, or 29.53 Earth days" (sample Q51, GIVEAWAY)
    if _part_of_a_height(span):
        return None  # 'at 6 feet 4': one height, not a number of feet and one of inches
    if TO_THE_DAY.match(text_of(span.doc), span.end_char):
        return None  # 'seven years to the day after Obama signed his law': an anniversary
    if _a_share_of_no_one(mention):
        return None  # '57 percent have positive views about Clinton': of whom?
    if _from_now(span):
        return None  # 'will kick off in _____ time' -> three days: from when? (sample Q24)
    if _a_toll_of_nothing(mention):
        return None  # 'At least four Palestinians were killed': in what? (sample Q21)
    if _the_ones_told_before(span):
        return None  # 'Throughout the _____, participants can ...' -> five days (sample Q27)
    clause = clause_of(span[0])
    question = None
    died = _who_died(mention) if mention.category == "age" else None
    if mention.category == "age":
        question = _how_old(mention, article, names) or _age_at_death(died, mention, names)
        if question is None and mention.span.text[:1].isdigit() and "-" in mention.span.text:
            question = cloze(clause, span, names)  # "a 43-year-old man": the age is the blank
        if question is None:
            return None
    answer = span.text
    if question is None and not mention.unit.startswith("-"):  # not 'an 11-game streak'
        question = casualty_question(mention, clause, names)
        question = question or share_question(mention, clause, names)
        question = question or amount_question(mention, clause, names, article.as_of)
        question = question or phrase_question(mention, clause, names, article.as_of)
        if question is not None and _beside_another_amount(mention, question):
            question = None  # a cloze keeps a list of amounts in its order
        inner = None if question else named_subordinate_clause(clause, span)
        said = None if question or inner else _extraposed(span)
        if said is not None:
            # "it's noteworthy that five of the 10 Democrats will serve as jurors"
            question = casualty_question(mention, said, names)
            question = question or amount_question(mention, said, names, article.as_of)
            question = question or phrase_question(mention, said, names, article.as_of)
            question = question or cloze(said, span, names, MIN_WORDS_NAMED)
        if inner is not None:
            # '..., as Microsoft launched its service across 13 markets'
            question = amount_question(mention, inner, names, article.as_of)
        if question is not None and mention.hedge.lower() in BOUND_HEDGES:
            answer = f"{mention.hedge.lower()} {span.text}"  # 'How many ...?' 'More than 60'
    if question is not None and CLOZE_BLANK not in question.text and _per_item(span, question):
        question = None  # 'sold for $23,000 -- apiece': not the price of the pair (Q78, WRONG)
    if question is None:
        question = cloze(clause, span, names, MIN_WORDS_NAMED)
    # someone's age is rarely what the news is; their age at death, in an article whose
    # headline names them, is (an obituary: 'Sally Ride, pioneering astronaut, dead at 61')
    passing = mention.category == "age" and not (
        _an_obituary_s(died, article) or _an_age_in_the_headline(mention, article)
    )
    if question is not None and not passing and mention.category != "age":
        question, passing = as_of.dated(question, mention.span.root, article)
    if question is not None and undated_price(question.text):
        return None  # 'At what price did Bitcoin trade?': when? (sample Q49, VAGUE)
    if question is not None and _a_move(mention, question.tokens):
        passing = True  # 'The Dow rose _____ points': on which day?
    passing = passing or counts_a_near_period(span)  # 'over the past _____'
    passing = passing or _counts_the_sources(span)  # 'Two security sources told Reuters'
    passing = passing or _one_of_two_figures(span)  # 'S$5,000 or S$5,500 is the minimum'
    shown = question.text.replace(CLOZE_BLANK, span.text) if question is not None else ""
    # which game? ('LeBron James scored _____ points.' of '..., 95-79 over the SuperSonics')
    passing = passing or game_circumstance(span, mention.unit, mention.category, shown)
    passing = passing or _added_to_what(mention)  # '10,000 additional US troops': beside what?
    passing = passing or (question is not None and _a_time_of_no_day(question.text))
    if question is None or words(question.text) > MAX_QUESTION_WORDS:
        return None
    if compared_to_nothing(question.tokens, span):
        return None  # 'the One S weighs _____ less': than what?
    if barred_from_nothing(question.tokens):
        return None  # 'Uma Thurman was prevented for _____ by Harvey Weinstein' (Q80)
    if mention.category == "duration" and interval(span) and _after(span) not in question.tokens:
        return None  # 'Assange was arrested _____.' -> 'seven years': after what?
    if not names_something(question.text, question.tokens):
        # '..., authorities in Binghamton, New York, said': the source places the act
        question = placed_by_its_source(question, span)
        if question is None or words(question.text) > MAX_QUESTION_WORDS:
            return None  # 'The conspiracy charge is punishable by up to _____': whose?
    if (
        OR_CONVERTED.search(question.text)
        or OR_A_FRACTION.search(question.text)
        or A_FRACTION_BEFORE.search(question.text)
    ):
        return None  # 'traveling around _____, or around 6,200 miles' (sample Q99, GIVEAWAY);
        # 'approximately _____, or one-third, of children' (sample Q150, GIVEAWAY)
    if THE_AMOUNT_TOLD.search(question.text):
        return None  # 'two thirds of the _____ are due to ...': the $5 billion told before (Q94)
    if spelled_out(mention) & {t.i for t in question.tokens}:
        return None  # 'Two hostages — an American and an Australian —' gives the count away
    # "about _____ (50.8 millimeters)" would give the answer away
    text = CONVERSION_AFTER_BLANK.sub(CLOZE_BLANK + r"\1", question.text)
    # "a _____ gift" takes the article its answer takes ("an $8 million gift"); the options
    # are chosen to take it too (distractors), so it tells nothing
    an = "n" if takes_an(answer) else ""
    text = re.sub(rf"\b([Aa])n? ({re.escape(CLOZE_BLANK)})", rf"\1{an} \2", text)
    text = with_periods_written_out(text, span.sent, article)  # 'For last month' -> 'For May 2019'
    text = with_quarter_year(text, article)  # 'in the third quarter' -> '... of 2012'
    question = replace(question, text=text)
    value = plain(mention.value)
    anchor = span[-1].head if mention.category in ("count", "age") else span.root
    unit = mention.unit
    fact = Fact(
        kind=CardKind.NUMBER,
        key=fact_key("number", f"{value} {unit}", anchor, question),
        question=question.text,
        answer=answer,
        evidence=evidence,
        source=article.id,
        answer_type=AnswerType("number", mention.category, unit),
        accept=_accept(answer, span.text, mention),
        answer_value=value,
        passing=passing,
    )
    return fact, content_key("number", f"{value} {unit}", question)


# A sentence opening on a time of day ('At 5 p.m. EDT, ...'), and a day or year that dates
# it.
CLOCK_TIME = re.compile(r"^(?:As of [^,]+, )?At \d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?", re.IGNORECASE)
A_WEEKDAY = re.compile(rf"\b{WEEKDAY_RE}\b")


# What an amount after it says it is of each one: '$23,000 apiece', '$5 each'.
PER_ITEM = re.compile(
    r"\s*(?:--|[-—–,])?\s*(?:apiece|each|a head|per (?:person|head))\b(?!\s+(?:of|other)\b)"
)


def _per_item(span: Span, question: Question) -> bool:
    """The amount is of each one and the question does not say so: its answer would be
    taken for the whole ('For how much was one pair of tickets sold?' -> '$23,000', of
    '$23,000 -- apiece')."""
    said = PER_ITEM.match(text_of(span.doc), span.end_char)
    return said is not None and not any(
        t.lower_ in ("apiece", "each", "head", "person") for t in question.tokens
    )


def _a_time_of_no_day(question: str) -> bool:
    """'At 5 p.m. EDT, Rita was centered about _____ southeast of Galveston' (sample Q52,
    VAGUE): a figure told of an hour of some day the question does not say is a passing
    one ('lasted about _____ from 1:05 a.m.' tells of the act, which says which)."""
    dated = A_YEAR.search(question) or A_WEEKDAY.search(question)
    return CLOCK_TIME.search(question) is not None and dated is None


# Words that count things beside others the card does not show: 'additional troops'.
ADDED = frozenset(("additional", "extra"))


def _added_to_what(mention: NumberMention) -> bool:
    """'More than 10,000 additional US troops operate under US military command': beside
    how many, and where? (sample Q18's NONSENSE card)."""
    span = mention.span
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    before = span.doc[span.start - 1] if span.start else None
    return any(c.dep_ == "amod" and c.lower_ in ADDED for c in counted.children) or (
        before is not None and before.lower_ in ADDED
    )


def _from_now(span: Span) -> bool:
    """'in three days time', 'in two weeks' time': a span counted from the day the article
    was written, which means nothing a week later."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return (
        before is not None
        and before.lower_ == "in"
        and (after[:1] == ["time"] or after[:2] in (["'s", "time"], ["’s", "time"], ["'", "time"]))
    )


def _the_ones_told_before(span: Span) -> bool:
    """'throughout the five days', 'during these four weeks': a count under a definite
    that says nothing more of what it counts is the one the article told of before (the
    five-day conference), which the card does not show. 'the 24 hours to 9am' and 'the
    three years since the launch' say which."""
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    if counted.pos_ != "NOUN" or not counted.i < span.end:
        return False
    return any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS and c.i == span.start - 1
        for c in counted.children  # not 'the past five years' (counts.counts_a_near_period)
    ) and not any(c.i > counted.i and c.dep_ in ("prep", "acl", "relcl") for c in counted.children)


DEFINITE_DETERMINERS = frozenset(("the", "these", "those"))


def _a_toll_of_nothing(mention: NumberMention) -> bool:
    """The dead or hurt counted with no word of what killed or hurt them, nor where: 'At
    least four Palestinians were killed, and medics said at least 60 were injured' (the
    clashes were the sentence before's). 'killed in a gunbattle', 'killed by a cyclone',
    'killed when ...', 'died in Gaza' say it."""
    verb = mention.span.root
    while verb.dep_ not in ("nsubj", "nsubjpass") and verb.head != verb:
        verb = verb.head
    if verb.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = verb.head
    # 'six people were known dead' (sample Q52): a state of the dead, told by its adjective
    dead = verb.lemma_ in TOLD_DEAD and any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in DEAD_WORDS for c in verb.children
    )
    if verb.lemma_.lower() not in (*CASUALTY_VERBS, *HELD_VERBS, "die") and not dead:
        return False
    return not any(
        c.dep_ in ("prep", "agent", "advcl", "npadvmod", "advmod")
        and c.lower_ != "also"
        and c.lemma_ != "add"  # '..., adding to 13 who died last week': other dead
        and not (verb.lemma_ in HELD_VERBS and (c.lower_ == "according" or _only_a_time(c)))
        for c in verb.children
    )


# Verbs of people taken away: 'Four demonstrators were arrested late Saturday, according to
# a police spokesman' (sample Q78, NONSENSE: arrested at what?). Their time says no more.
HELD_VERBS = frozenset(("arrest", "detain"))


def _only_a_time(token: Token) -> bool:
    """'late Saturday', 'on Sunday', 'overnight': a time, which says nothing of what
    happened."""
    words = [t for t in token.subtree if not t.is_punct and t.lower_ not in ("on", "late", "early")]
    return bool(words) and all(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ == "overnight" for t in words
    )


DEAD_WORDS = frozenset(("dead", "injured", "wounded", "hurt", "missing"))
# Verbs that tell a state of the dead ('were known dead'), not what left them so ('violence
# that has left 47 people dead' says what).
TOLD_DEAD = frozenset(("be", "know", "confirm", "report", "fear", "presume", "believe"))


def _a_share_of_no_one(mention: NumberMention) -> bool:
    """'Some of the shine is off: 57 percent have "strongly" positive views': a share as a
    subject that says neither of whom ('57 percent of black women') nor among whom (sample
    Q17's NONSENSE card; the sentence before said)."""
    if mention.category != "percent":
        return False
    root = mention.span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):  # '..., down from 72 percent': the subject's
        verb = verb_over(root)
        subjects = [] if verb is None else [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lower_ not in ("percent", "%"):
            return False
        root = subjects[0]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False
    sent = root.sent
    colon = next((t for t in reversed(sent[: root.i - sent.start]) if t.text == ":"), None)
    if colon is not None and any(
        t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") for t in sent[: colon.i - sent.start]
    ):
        return False  # 'most Democrats in Ohio were pleased: 47 percent said ...'
    return not any(c.dep_ == "prep" and c.lower_ == "among" for c in root.head.children)


def _part_of_a_height(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    feet = ("feet", "foot", "ft")
    return (span[-1].lower_ in feet and after is not None and after.like_num) or (
        before is not None and before.lower_ in feet and span[0].like_num
    )


def _beside_another_amount(mention: NumberMention, question: Question) -> bool:
    """'gave about $230,000 to A, about $94,000 to B': a wh-question asking one amount of a
    list shows the others where its own was ('How much did they give to A, about $94,000
    to B?'); of a count, 'How many electoral votes does Nevada have, Colorado nine, ...?'."""
    label = mention.span.root.ent_type_
    if mention.category not in ("money", "percent", "count") or not label:
        return False
    inside = {t.i for t in mention.span}
    return any(
        t.like_num
        and t.ent_type_ == label
        and t.i not in inside
        # of a count, only a number standing for the same noun ('Colorado nine'); 'of the 18
        # staffers' counts something else
        and (
            mention.category != "count"
            # 'Colorado nine': a number after a name, for the same noun, as in a gapped list
            or (t.dep_ == "nummod" and t.head.i == t.i - 1 and t.head.pos_ == "PROPN")
            # 'reported over 4,000 patients so far and more than 100 deaths': a second count
            # joined by 'and', whatever the parser joined it to (sample Q60, UNGRAM: 'How many
            # patients has India reported so far and more than 100 deaths?')
            or (t.dep_ == "nummod" and t.head.dep_ == "conj" and t.head.i > mention.span.end)
        )
        for t in question.tokens
    )


# Adjectives of 'it is ADJ that ...' that assert what follows ('likely', 'possible' do not).
ASSERTING_ADJECTIVES = frozenset(
    ("noteworthy", "notable", "clear", "true", "striking", "remarkable", "significant")
)


def _extraposed(span: Span) -> Clause | None:
    """'it's noteworthy that five of the 10 Democrats will serve as jurors': the clause after
    'that', which the sentence asserts, asked alone."""
    verb = span.root
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    be = verb.head
    if verb.dep_ != "ccomp" or not (be.lemma_ == "be" or be.norm_ == "'s") or verb.i < be.i:
        return None
    subject = [c for c in be.children if c.dep_ in ("nsubj", "expl")]
    adjective = [c for c in be.children if c.dep_ == "acomp"]
    if [c.lower_ for c in subject] != ["it"] or not adjective:
        return None
    if adjective[0].lower_ not in ASSERTING_ADJECTIVES or any(c.dep_ == "neg" for c in be.children):
        return None
    tokens = [t for t in verb.subtree if not (t.dep_ == "mark" and t.head.i == verb.i)]
    return Clause(tuple(tokens), span.sent)


def _after(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < len(span.doc) else None


def _a_move(mention: NumberMention, tokens: Sequence[Token]) -> bool:
    """A price's or an index's move by a percentage, points or money, asked undated."""
    unit = mention.unit
    moved = mention.category in ("percent", "money") or unit in ("", "level") or "point" in unit
    span = mention.span
    return moved and undated_move(span.root, [t for t in tokens if t not in span])


def _how_old(mention: NumberMention, article: Article, names: dict[str, str]) -> Question | None:
    """'Patrick Carlineo, 55, pleaded guilty' -> 'How old was Patrick Carlineo in November
    2019?': an age goes stale, so the question carries the article's month."""
    doc = mention.span.doc
    if mention.span.start < 2 or doc[mention.span.start - 1].text != ",":
        return None
    name = doc[mention.span.start - 2]
    person = next((e for e in doc.ents if e.start <= name.i < e.end), doc[name.i : name.i + 1])
    if article.published is None:
        return None
    full = _full_name(person, names)
    if not full:
        return None  # "Roe, 68," with no first name anywhere: whose age?
    when = written_out(article.published.isoformat()[:7])
    return Question(f"How old was {full} in {when}?", (*person, mention.span[0]))


def _who_died(mention: NumberMention) -> Span | None:
    """The person whose age at death the mention is ('Sally Ride ... died at 61')."""
    verb = death_of(mention.span[0])
    if verb is None:
        return None
    if verb.lower_ == "dead" and verb.dep_ in ("acomp", "amod", "appos"):
        verb = verb.head  # 'Sally Ride is dead at 61', 'Sally Ride, dead at 61'
    subject = verb if verb.ent_type_ == "PERSON" else None
    subject = subject or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    doc = subject.doc
    return next(
        (e for e in doc.ents if e.start <= subject.i < e.end and e.label_ == "PERSON"), None
    )


def _age_at_death(
    person: Span | None, mention: NumberMention, names: dict[str, str]
) -> Question | None:
    """'Sally Ride ... has passed away at the age of 61' -> 'At what age did Sally Ride
    die?' (an age at death never goes stale). `person`: _who_died."""
    full = _full_name(person, names) if person is not None else ""
    if person is None or not full:
        return None
    return Question(f"At what age did {full} die?", (*person, mention.span[0]))


def _full_name(person: Span, names: dict[str, str]) -> str:
    """The person's name with a first name: as written, or from the article ('Roe' ->
    'Jane Roe'); '' when the article gives none."""
    return person.text if " " in person.text else names.get(person.text, "")


def _an_obituary_s(person: Span | None, article: Article) -> bool:
    """The person whose age at death is told is named in the headline."""
    if person is None:
        return False
    return re.search(rf"\b{re.escape(person[-1].text)}\b", headline_of(article)) is not None


def _an_age_in_the_headline(mention: NumberMention, article: Article) -> bool:
    """'15-year-old driver killed, 14-year-old passenger critical in crash': an age the
    headline gives is part of the news it tells."""
    title = article.title or ""
    age = plain(mention.value)
    return bool(title) and re.search(rf"\b{re.escape(age)}-year-old\b", title) is not None


def _accept(answer: str, core: str, mention: NumberMention) -> tuple[str, ...]:
    forms = [core, core.replace(",", "")]
    if mention.hedge:
        forms.append(f"{mention.hedge} {core}")
    if mention.category == "percent":
        forms.append(re.sub(r"\s*(percent|per cent)", "%", core))
    return tuple(dict.fromkeys(f for f in forms if f != answer))


# -- distractors -------------------------------------------------------------

FACTORS = (0.75, 1.25, 0.5, 1.5, 2.0, 0.6)
# A measure told to a hundredth ('a 100m PB of 11.58 seconds') is a close contest: wrong
# answers within a tenth of it ('5.79 seconds' for a sprint, sample Q64, is absurd).
FINE_FACTORS = (0.96, 1.04, 0.93, 1.07, 0.9, 1.1)
MEASURES = wordset(
    """seconds second secs sec s minutes minute mins metres meters metre meter m kilometres
    kilometers km miles kg kilograms pounds lbs"""
)


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Nearby numbers with the same unit and written form, deck first."""
    if fact.answer_type == scores.SCORE_TYPE:
        return scores.distractors(fact)
    if fact.answer_type == votes.VOTE_TYPE:
        return votes.distractors(fact)
    value = float(fact.answer_value or 0)
    hedge, answer = bound_hedge(fact.answer)
    deck = []
    for other in pool:
        if other.answer_type != fact.answer_type or not other.answer_value:
            continue
        v = float(other.answer_value)
        theirs = bound_hedge(other.answer)[1]
        if v != value and value and 0.4 <= v / value <= 2.5 and _same_form(theirs, answer):
            deck.append(theirs)
    candidates = [*deck, *synthesize(answer, fact.answer_type.form)]
    bound = hedge.strip().lower() or _bound_before_blank(fact.question)
    if bound and value:  # "more than 40" is true where "more than 60" is: only those above
        above = bound in LOWER_BOUNDS or bound == "above"
        candidates = [c for c in candidates if ((value_of(c) or value) > value) == above]
        candidates = [c for c in candidates if value_of(c) not in (None, value)]
    moved = MOVED_FROM.search(fact.question)
    if moved and value and (start := value_of(moved.group(2))) is not None and start != value:
        # '_____ support from Democrats, up from 88 percent': only a figure above 88 fits
        # (sample Q141, GIVEAWAY: the wrong options were all below it)
        up = moved.group(1).lower() in RISE_WORDS
        if (value > start) == up:
            candidates = [c for c in candidates if ((value_of(c) or start) > start) == up]
    if ARTICLE_BEFORE_BLANK.search(fact.question):  # 'a _____ gift': options that read 'a'
        candidates = [c for c in candidates if takes_an(c) == takes_an(answer)]
    if value and APPROXIMATE.search(f"{fact.question} {fact.answer}"):
        # 'about _____' -> 89%: 90% is about 89% too; a wrong answer lies further off
        candidates = [c for c in candidates if _far_enough(c, value)]
    return [hedge + _match_case(c, answer) for c in candidates]


def _bound_before_blank(question: str) -> str:
    """'an increase of less than _____': the bound the question sets on its blank (its
    wrong answers on the bound's other side, as of an answer that carries its bound)."""
    found = BOUND_BEFORE_BLANK.search(question)
    return found.group(1).lower() if found else ""


# 'found Trump under _____' -> 50%: 'under 61%' is as true (sample Q138, DISTRACTOR); a
# preposition bounds a blank as a hedge does.
BOUNDING_PREPOSITIONS = ("under", "below", "above")
BOUND_BEFORE_BLANK = re.compile(
    rf"\b({'|'.join(sorted((*BOUND_HEDGES, *BOUNDING_PREPOSITIONS), key=len, reverse=True))})"
    rf"\s+{re.escape(CLOZE_BLANK)}",
    re.IGNORECASE,
)


# 'up from 88 percent', 'down from $3 billion': where the blank's figure moved from.
RISE_WORDS = frozenset(("up", "rising", "rose", "climbing", "increasing"))
MOVED_FROM = re.compile(
    rf"{re.escape(CLOZE_BLANK)}[^.;]*?\b(up|down|rising|rose|falling|fell|climbing|dropping"
    r"|increasing|decreasing)\s+from\s+(\$?\d[\d,.]*(?:\s+(?:percent|million|billion))?%?)",
    re.IGNORECASE,
)


# Words that make a figure a round one: a wrong answer within NEAR of it is as true.
APPROXIMATE = re.compile(
    rf"\b(?:about|around|roughly|nearly|almost|approximately|some|close to)\s+"
    rf"(?:{re.escape(CLOZE_BLANK)}|\$?\d)",
    re.IGNORECASE,
)
NEAR = 0.1


def _far_enough(candidate: str, value: float) -> bool:
    theirs = numbers_in(candidate)
    return not theirs or abs(theirs[0] - value) > NEAR * value


ARTICLE_BEFORE_BLANK = re.compile(rf"\b[Aa]n? {re.escape(CLOZE_BLANK)}")


def bound_hedge(answer: str) -> tuple[str, str]:
    """'more than 60' -> ('more than ', '60'): a wh-question's answer keeps its bound."""
    for hedge in BOUND_HEDGES:
        if answer.lower().startswith(hedge + " "):
            return answer[: len(hedge) + 1], answer[len(hedge) + 1 :]
    return "", answer


def _same_form(a: str, b: str) -> bool:
    """Written alike: the same currency, thousands commas, as many decimals ('1.808%' stands out
    beside '2.5%'), the same unit word, in figures or in words."""

    def shape(s: str) -> tuple[str, bool, int, str, bool]:
        figure = re.match(r"[\d,]*(?:\.(\d+))?", without_currency(s))
        decimals = len(figure.group(1) or "") if figure else 0
        return (
            currency_of(s),
            "," in s,
            decimals,
            s.split()[-1] if " " in s else "",
            s[:1].isalpha(),
        )

    return shape(a) == shape(b)


def synthesize(answer: str, category: str) -> list[str]:
    """Numbers near the answer, written like it; `category` is count, money, percent, ..."""
    m = re.match(
        r"^([\d,.]+|[a-zA-Z]+)((?: (?:thousand|million|billion|trillion|lakh|crore)){0,2})(.*)$",
        without_currency(answer),
    )
    if not m:
        return []
    number, scale, unit = m.groups()
    currency = answer[: len(answer) - len(without_currency(answer))]  # "Rs ", "US$", "R"
    word = number.isalpha()
    if word:
        if number.lower() == "one" and scale:
            n = 1.0  # 'one million'
        elif number.lower() not in NUMBER_WORDS:
            return []
        else:
            n = float(NUMBER_WORDS[number.lower()])
    else:
        n = float(number.replace(",", ""))
    decimals = len(number.split(".")[1]) if "." in number else 0
    candidates: list[float] = []
    v: float
    if category == "share":  # "eight out of ten": another part of the same whole
        whole = value_of(unit.split()[-1]) or 0
        candidates = [c for c in (n + 1, n - 1, n + 2, n - 2, n - 3) if 0 < c < whole]
    elif category == "age" and not decimals:
        candidates = [n - 4, n + 3, n + 6, n - 7, n + 9]
    elif category == "percent" and n <= 100 and not decimals:
        step = 5 if n % 5 == 0 else 1
        for delta in (-15, 15, -25, 10, -10, 20):
            v = round((n + delta) / step) * step
            if 0 < v < 100:
                candidates.append(v)
    elif category == "percent" and 50 < n < 100:  # '99.9 per cent': never over a whole
        candidates = [round(n + d, decimals) for d in (-10, 10, -15, 15, -25, 20) if n + d < 100]
    elif n <= 12 and decimals == 0:
        candidates = [n + 1, n - 1, n + 2, n + 3, n - 2, n + 4]
        candidates = [c for c in candidates if c >= 2]
    else:
        digits = str(int(n))
        zeros = len(digits) - len(digits.rstrip("0")) if n == int(n) else 0
        precision = 10 ** min(zeros, len(digits) - 1) if not decimals else 0
        if precision > 1 and digits[0] == "1":
            precision //= 10  # 100 -> 80, 120, 150 rather than 100, 200
        fine = decimals >= 2 and unit.strip().split(" ")[0].lower() in MEASURES
        for f in FINE_FACTORS if fine else FACTORS:
            v = n * f
            v = round(v / precision) * precision if precision else round(v, decimals)
            if decimals and v == int(v):
                v += 10**-decimals
            candidates.append(v)
    out: list[str] = []
    for v in candidates:
        if v == n or v <= 0:
            continue
        if word and int(v) in WORD_FOR and number[:1].isalpha():
            text = WORD_FOR[int(v)]
            text = text.capitalize() if number[:1].isupper() else text
        elif decimals:
            text = f"{v:,.{decimals}f}" if "," in number else f"{v:.{decimals}f}"
        elif "," in number or (v >= 10000 and not number.isdigit()):
            text = f"{int(v):,}"
        else:
            text = str(int(v))
        out.append(f"{currency}{text}{scale}{unit}")
    return list(dict.fromkeys(out))


def _match_case(candidate: str, answer: str) -> str:
    if candidate[:1].isalpha() and answer[:1].isalpha():
        return (
            candidate[:1].upper() + candidate[1:]
            if answer[:1].isupper()
            else candidate[:1].lower() + candidate[1:]
        )
    return candidate
