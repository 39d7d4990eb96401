"""number: 'How many people were killed ...?' -> 224.

Counts ("224 people"), money ("$9 billion"), percentages ("75 percent"),
measures ("98 km") and durations ("24 hours"), found by trainer.extract.numbers. A
count's answer is the number as written, its unit stays in the question; for the
others the unit is part of the answer. Hedges ("around", "more than") stay in the
question, beside the blank. Distractors are nearby numbers with the same unit and
written form: the deck's first, then made-up ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, clause_of, trailing_clauses
from trainer.extract.clauses.keys import collect, content_key, fact_key
from trainer.extract.clauses.phrase import MAX_WORDS, MIN_WORDS, Question, cloze, wh_question
from trainer.extract.clauses.render import render, tidy, words
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.doc import evidence_of, text_of
from trainer.extract.numbers import NumberMention, mentions
from trainer.language.dates import written_out
from trainer.language.numbers import HEDGES, NUMBER_WORDS, WORD_FOR, plain
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, article: Article) -> list[Fact]:
    return collect(doc, article, mentions(doc), _fact)


# A measure converted into other units in brackets: "2 inches (50.8 millimeters)".
CONVERSION_BEFORE = re.compile(
    r"\d[\d.,]*(?:\s*[A-Za-z]+\.?){1,2}\s*\(\s*(?:about\s+|around\s+)?[$€£¥]?$"
)
CONVERSION_AFTER_BLANK = re.compile(
    re.escape(CLOZE_BLANK) + r"\s*\(\s*(?:about\s+)?[$€£¥]?\d[\d.,]*(?:\s*[A-Za-z]+\.?){0,2}\s*\)"
)


def _fact(
    mention: NumberMention, article: Article, names: dict[str, str]
) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = evidence_of(span.sent, article)
    if evidence is None or CONVERSION_BEFORE.search(
        text_of(span.doc)[max(0, span.start_char - 40) : span.start_char]
    ):
        return None  # "2 inches (50.8 millimeters)": the conversion is no separate fact
    clause = clause_of(span[0])
    question = None
    if mention.category == "age":
        question = _how_old(mention, article, names)
        if question is None and mention.span.text[:1].isdigit() and "-" in mention.span.text:
            question = cloze(clause, span, names)  # "a 43-year-old man": the age is the blank
        if question is None:
            return None
    if mention.category == "count":
        question = _how_many(mention, clause, names, article.published)
    if mention.category in ("money", "duration"):
        question = _how_much_or_long(mention, clause, names)
    if question is None:
        question = cloze(clause, span, names)
    if question is None or words(question.text) > MAX_QUESTION_WORDS:
        return None
    # "about _____ (50.8 millimeters)" would give the answer away
    question = replace(question, text=CONVERSION_AFTER_BLANK.sub(CLOZE_BLANK, question.text))
    value = plain(mention.value)
    anchor = span[-1].head if mention.category in ("count", "age") else span.root
    unit = mention.unit
    fact = Fact(
        kind=CardKind.NUMBER,
        key=fact_key("number", f"{value} {unit}", anchor, question),
        question=question.text,
        answer=span.text,
        evidence=evidence,
        source=article.id,
        answer_type=AnswerType("number", mention.category, unit),
        accept=_accept(span.text, mention),
        answer_value=value,
    )
    return fact, content_key("number", f"{value} {unit}", question)


# A longer question is a reading exercise, not a flashcard.
MAX_QUESTION_WORDS = 40


def _how_much_or_long(
    mention: NumberMention, clause: Clause, names: dict[str, str]
) -> Question | None:
    """'Emirates agreed to pay $16 billion for the jets' -> 'How much did Emirates agree to
    pay for the jets?'; 'She served for eight years as mayor' -> 'How long did she serve as
    mayor?'. Only when the amount (with its hedge) is the whole object or 'for' phrase."""
    span = mention.span
    root = span.root
    hedge = set(mention.hedge.lower().split())
    if mention.category == "money" and root.dep_ == "dobj":
        phrase, verb, wh = list(root.subtree), root.head, "How much"
    elif (
        mention.category == "duration"
        and root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.dep_ == "prep"
    ):
        phrase, verb, wh = list(root.head.subtree), root.head.head, "How long"
    else:
        return None
    inside = {t.i for t in span} | {phrase[0].i if wh == "How long" else -1}
    # what follows the amount may stay ("for eight years as mayor"); what precedes may not
    if wh == "How long":
        phrase = [t for t in phrase if t.i < span.end]
    if any(t.i not in inside and t.lower_ not in hedge for t in phrase):
        return None  # "$9 billion of debt", "for eight years of war": more than the amount
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return wh_question(clause, verb, span.doc[phrase[0].i : phrase[-1].i + 1], wh, names)


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
    full = person.text if " " in person.text else names.get(person.text, "")
    if not full:
        return None  # "Roe, 68," with no first name anywhere: whose age?
    when = written_out(article.published.isoformat()[:7])
    return Question(f"How old was {full} in {when}?", (*person, mention.span[0]))


# A count that is a running total goes stale: "has now", "so far", "to date".
RUNNING_TOTAL = {"now", "far", "date", "currently"}


def _as_of(verb: Token, published: date | None) -> str:
    """'As of November 2019, ' before a count that can change after the article."""
    if published is None:
        return ""
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    running = any(t.lower_ in RUNNING_TOTAL and t.dep_ in ("advmod", "pobj") for t in verb.subtree)
    if not (perfect or running or (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in ("have", "be"))):
        return ""
    return f"As of {written_out(published.isoformat()[:7])}, "


def _how_many(
    mention: NumberMention, clause: Clause, names: dict[str, str], published: date | None
) -> Question | None:
    """'Three Taliban prisoners were flown to Qatar' -> 'How many Taliban prisoners ...?'"""
    number = mention.span[-1]
    noun = number.head
    np = list(noun.subtree)
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or any(t.text in QUOTE_CHARS for t in np):
        return None
    if any(c.dep_ in ("relcl", "acl", "appos", "conj") for c in noun.children) or len(np) > 8:
        return None
    hedge_ids = {
        t.i
        for t in np
        if t.i < mention.span.start
        and t.dep_ in ("advmod", "quantmod", "det", "amod")
        and t.lower_ in " ".join(HEDGES).split()
    }
    leading = {t.i for t in np if t.i < mention.span.start and t.pos_ == "DET"}
    of_phrase = {t.i for c in noun.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree}
    if any(t.i > noun.i and t.i not in of_phrase for t in np):
        return None  # "two officers asleep": only '... of X' may follow the noun
    wh_tokens = [t for t in np if t.i >= mention.span.end and t.i not in hedge_ids]
    replace = name_replacements(np, names)
    as_of = _as_of(noun.head, published)
    wh = f"{as_of}{'how' if as_of else 'How'} many " + render(wh_tokens, replace)
    if noun.dep_ == "dobj":
        return wh_question(clause, noun.head, noun.doc[np[0].i : np[-1].i + 1], wh, names)
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    toks = [t for t in verb.subtree if t.i in {c.i for c in clause.tokens}]
    if not toks or toks[0].i != np[0].i:
        return None
    cut = trailing_clauses(verb, noun.doc[np[0].i : np[-1].i + 1])
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
    if dangling(used, replace) or leading - {t.i for t in np}:
        return None
    text = f"{wh} {render(rest, replace)}?"
    text = tidy(text)
    if not MIN_WORDS <= words(text) <= MAX_WORDS:
        return None
    return Question(text, tuple(used))


def _accept(text: str, mention: NumberMention) -> tuple[str, ...]:
    forms = [text.replace(",", "")]
    if mention.hedge:
        forms.append(f"{mention.hedge} {text}")
    if mention.category == "percent":
        forms.append(re.sub(r"\s*(percent|per cent)", "%", text))
    return tuple(dict.fromkeys(f for f in forms if f != text))


# -- distractors -------------------------------------------------------------

FACTORS = (0.75, 1.25, 0.5, 1.5, 2.0, 0.6)


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Nearby numbers with the same unit and written form, deck first."""
    value = float(fact.answer_value or 0)
    deck = []
    for other in pool:
        if other.answer_type != fact.answer_type or not other.answer_value:
            continue
        v = float(other.answer_value)
        if (
            v != value
            and value
            and 0.4 <= v / value <= 2.5
            and _same_form(other.answer, fact.answer)
        ):
            deck.append(other.answer)
    candidates = [*deck, *synthesize(fact.answer, fact.answer_type.form)]
    return [_match_case(c, fact.answer) for c in candidates]


def _same_form(a: str, b: str) -> bool:
    def shape(s: str) -> tuple[bool, bool, bool, str, bool]:
        return (
            s.startswith("$"),
            "," in s,
            "." in s,
            s.split()[-1] if " " in s else "",
            s[:1].isalpha(),
        )

    return shape(a) == shape(b)


def synthesize(answer: str, category: str) -> list[str]:
    """Numbers near the answer, written like it; `category` is count, money, percent, ..."""
    m = re.match(
        r"^(\$?)([\d,.]+|[a-zA-Z]+)((?: (?:thousand|million|billion|trillion))?)(.*)$", answer
    )
    if not m:
        return []
    dollar, number, scale, unit = m.groups()
    word = number.isalpha()
    if word:
        if number.lower() not in NUMBER_WORDS:
            return []
        n = float(NUMBER_WORDS[number.lower()])
    else:
        n = float(number.replace(",", ""))
    decimals = len(number.split(".")[1]) if "." in number else 0
    candidates: list[float] = []
    v: float
    if category == "age" and not decimals:
        candidates = [n - 4, n + 3, n + 6, n - 7, n + 9]
    elif category == "percent" and n <= 100 and not decimals:
        step = 5 if n % 5 == 0 else 1
        for delta in (-15, 15, -25, 10, -10, 20):
            v = round((n + delta) / step) * step
            if 0 < v < 100:
                candidates.append(v)
    elif n <= 12 and decimals == 0:
        candidates = [n + 1, n - 1, n + 2, n + 3, n - 2, n + 4]
        candidates = [c for c in candidates if c >= 2]
    else:
        digits = str(int(n))
        zeros = len(digits) - len(digits.rstrip("0")) if n == int(n) else 0
        precision = 10 ** min(zeros, len(digits) - 1) if not decimals else 0
        if precision > 1 and digits[0] == "1":
            precision //= 10  # 100 -> 80, 120, 150 rather than 100, 200
        for f in FACTORS:
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
            text = f"{v:.{decimals}f}"
        elif "," in number or (v >= 10000 and not number.isdigit()):
            text = f"{int(v):,}"
        else:
            text = str(int(v))
        out.append(f"{dollar}{text}{scale}{unit}")
    return list(dict.fromkeys(out))


def _match_case(candidate: str, answer: str) -> str:
    if candidate[:1].isalpha() and answer[:1].isalpha():
        return (
            candidate[:1].upper() + candidate[1:]
            if answer[:1].isupper()
            else candidate[:1].lower() + candidate[1:]
        )
    return candidate
