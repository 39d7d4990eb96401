"""Numbers with their unit: 'How many people were killed ...?' -> 224.

Counts ("224 people"), money ("$9 billion"), percentages ("75 percent"),
measures ("98 km") and durations ("24 hours"). A count's answer is the number as
written, its unit stays in the question; for the others the unit is part of the
answer. Hedges ("around", "more than") stay in the question, beside the blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trainer.generators import _facts
from trainer.generators._common import text_of
from trainer.model import CLOZE_BLANK, Article, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KINDS = ("number",)

# "one" is too often no count ("one of the officers") to ask about.
NUMBER_WORDS = {w: n for w, n in _facts.NUMBER_WORDS.items() if w != "one"}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}
# Numbers that are names: "911 calls".
NUMBERS_AS_NAMES = {"911", "999", "112"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
HEDGES = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as many as",
    "as much as",
    "an estimated",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "over",
    "only",
    "just",
    "approximately",
    "close to",
)
MEASURE_UNITS = {
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "mile",
    "meters",
    "metres",
    "feet",
    "inches",
    "millimeters",
    "centimeters",
    "mph",
    "tons",
    "tonnes",
    "pounds",
    "kilograms",
    "kg",
    "degrees",
    "acres",
    "gallons",
    "liters",
    "barrels",
    "megawatts",
    "knots",
}
DURATION_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
# Heads that are not units a reader can be asked about.
NOT_UNITS = {"%", "percent", "times", "share", "a.m.", "p.m.", "of", "year", "-", "to"}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"

NUMBER_RE = re.compile(
    rf"(?P<hedge>\b(?:{'|'.join(HEDGES)}) )?"
    rf"(?P<core>\$?{_NUM}(?: (?:thousand|million|billion|trillion))?"
    rf"|(?:{'|'.join(k for k in NUMBER_WORDS if k != 'hundred')})(?: (?:thousand|million|billion))?)"
    rf"(?P<unit>%| percent| per cent|(?: (?:{'|'.join(sorted(MEASURE_UNITS | DURATION_UNITS, key=len, reverse=True))}))\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    span: Span  # the answer as blanked: the core number, with its unit unless a count
    hedge: str
    unit: str  # "people", "$", "percent", "km", "hours"
    category: str  # count, money, percent, measure, duration
    value: float


def find(doc: Doc, article: Article) -> list[Fact]:
    return _facts.collect(doc, article, mentions(doc), _fact)


def mentions(doc: Doc) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in NUMBER_RE.finditer(text_of(doc)):
        previous = text_of(doc)[m.start("core") - 1] if m.start("core") else " "
        if previous.isalnum() or previous in ".,":
            continue  # part of a word or a designator: "A350", "Su-24", "2.5"
        start = m.start("hedge") if m.group("hedge") else m.start("core")
        core = doc.char_span(m.start("core"), m.end("core"), alignment_mode="strict")
        whole = doc.char_span(m.start("core"), m.end(), alignment_mode="strict")
        if core is None or whole is None or text_of(doc)[start - 1 : start] in ("-", "/", "$"):
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
    if after is not None and after.lower_ in (
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "gmt",
        "dozen",
        "hundred",
        "to",
        "or",
    ):
        return None  # times, "three dozen", ranges "242 to 330"
    if before is not None and (
        before.text in ("No.", "#", "to", "and") or before.text in _facts.QUOTE_CHARS
    ):
        return None  # "between four to six", "'three amigos'"
    if before is not None and before.pos_ == "PROPN" and not text.startswith("$"):
        return None  # "Flight 9268", "Boeing 787"
    if text in NUMBERS_AS_NAMES:
        return None
    if any(t.ent_type_ in ("PRODUCT", "ORDINAL") for t in core) or re.fullmatch(
        r"(19|20)\d\d", text
    ):
        return None
    hedge = (m.group("hedge") or "").strip()
    unit_text = (m.group("unit") or "").strip()
    value = _value(text)
    if value is None:
        return None
    if text.startswith("$") or (after is not None and after.lower_ in ("dollars",)):
        return NumberMention(whole, hedge, "$", "money", value)
    if unit_text.lower() in ("%", "percent", "per cent"):
        return NumberMention(whole, hedge, "percent", "percent", value)
    if unit_text.lower() in MEASURE_UNITS:
        return NumberMention(whole, hedge, unit_text.lower(), "measure", value)
    if unit_text.lower() in DURATION_UNITS:
        if after is not None and after.lower_ in ("ago", "old", "later", "earlier"):
            return None  # "14 months ago" is a date; ages are not asked
        return NumberMention(whole, hedge, unit_text.lower(), "duration", value)
    # a count: the number must modify a plural noun ("224 people", "30 Boeing 787 jets")
    number = core[-1]
    head = number.head
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
        c.dep_ in ("det", "poss") and c.i < number.i and c.lower_ not in ("a", "an")
        for c in head.children
    ):
        return None  # "the two militaries", "his first 18 games": a reference, not a fact
    return NumberMention(core, hedge, head.lemma_.lower(), "count", value)


def _value(text: str) -> float | None:
    words = text.replace("$", "").replace(",", "").split()
    if not words:
        return None
    first = words[0].lower()
    try:
        value = float(first)
    except ValueError:
        if first not in NUMBER_WORDS:
            return None
        value = float(NUMBER_WORDS[first])
    for w in words[1:]:
        value *= SCALES.get(w.lower(), 1)
    return value


# -- questions ---------------------------------------------------------------


# A measure converted into other units in brackets: "2 inches (50.8 millimeters)".
CONVERSION_BEFORE = re.compile(r"\d[\d.,]*\s*[A-Za-z]+\.?\s*\(\s*(?:about\s+|around\s+)?$")
CONVERSION_AFTER_BLANK = re.compile(
    re.escape(CLOZE_BLANK) + r"\s*\(\s*(?:about\s+)?\d[\d.,]*\s*[A-Za-z]+\.?\s*\)"
)


def _fact(
    mention: NumberMention, article: Article, names: dict[str, str]
) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = _facts.evidence_of(span.sent, article)
    if evidence is None or CONVERSION_BEFORE.search(
        text_of(span.doc)[max(0, span.start_char - 40) : span.start_char]
    ):
        return None  # "2 inches (50.8 millimeters)": the conversion is no separate fact
    clause = _facts.clause_of(span[0])
    question = None
    if mention.category == "count":
        question = _how_many(mention, clause, names)
    if question is None:
        question = _facts.cloze(clause, span, names)
    if question is None:
        return None
    # "about _____ (50.8 millimeters)" would give the answer away
    question = replace(question, text=CONVERSION_AFTER_BLANK.sub(CLOZE_BLANK, question.text))
    value = _plain(mention.value)
    anchor = span[-1].head if mention.category == "count" else span.root
    unit = mention.unit
    fact = Fact(
        kind="number",
        key=_facts.fact_key("number", f"{value} {unit}", anchor, question),
        question=question.text,
        answer=span.text,
        evidence=evidence,
        source=article.id,
        answer_type=f"number:{mention.category}:{unit}",
        accept=_accept(span.text, mention),
        answer_value=value,
    )
    return fact, _facts.content_key("number", f"{value} {unit}", question)


def _how_many(
    mention: NumberMention, clause: _facts.Clause, names: dict[str, str]
) -> _facts.Question | None:
    """'Three Taliban prisoners were flown to Qatar' -> 'How many Taliban prisoners ...?'"""
    number = mention.span[-1]
    noun = number.head
    np = list(noun.subtree)
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or any(
        t.text in _facts.QUOTE_CHARS for t in np
    ):
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
    replace = _facts.name_replacements(np, names)
    wh = "How many " + _facts.render(wh_tokens, replace)
    if noun.dep_ == "dobj":
        return _facts.wh_question(clause, noun.head, noun.doc[np[0].i : np[-1].i + 1], wh, names)
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    toks = [t for t in verb.subtree if t.i in {c.i for c in clause.tokens}]
    if not toks or toks[0].i != np[0].i:
        return None
    cut = _facts.trailing_clauses(verb, noun.doc[np[0].i : np[-1].i + 1])
    rest = [t for t in toks if t.i > np[-1].i and t.i not in cut]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if any(t.text in _facts.QUOTE_CHARS for t in rest) or not rest:
        return None
    if rest[0].i != verb.i and not (
        rest[0].head.i == verb.i and rest[0].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        return None
    used = [*wh_tokens, *rest]
    if _facts.dangling(used, replace) or leading - {t.i for t in np}:
        return None
    text = f"{wh} {_facts.render(rest, replace)}?"
    text = _facts.tidy(text)
    if not _facts.MIN_WORDS <= _facts.words(text) <= _facts.MAX_WORDS:
        return None
    return _facts.Question(text, tuple(used))


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


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
    candidates = [*deck, *synthesize(fact.answer, fact.answer_type)]
    return _facts.pick_distractors(fact, [_match_case(c, fact.answer) for c in candidates])


def _same_form(a: str, b: str) -> bool:
    def shape(s):
        return (
            s.startswith("$"),
            "," in s,
            "." in s,
            s.split()[-1] if " " in s else "",
            s[:1].isalpha(),
        )

    return shape(a) == shape(b)


def synthesize(answer: str, answer_type: str) -> list[str]:
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
    category = answer_type.split(":")[1]
    candidates: list[float] = []
    if category == "percent" and n <= 100 and not decimals:
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
