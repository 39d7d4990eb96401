"""Dates: 'On what day did Emirates announce its order for Airbus jets?' -> Monday.

Dates are found by their written shape (month names, weekdays, "14 months ago"),
not by the statistical NER alone, which also tags "A350" or "7-5" as dates. The
answer stays as written; `answer_value` is the ISO date it resolves to (YYYY-MM-DD,
YYYY-MM or YYYY) against the article's published date, and is left empty when
the article has no published date or the text is not precise ("last week").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from trainer.generators import _facts
from trainer.generators._common import text_of
from trainer.model import Article, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KINDS = ("date",)

MONTHS = [m for m in calendar.month_name if m]
# AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March-July are never abbreviated.
AP_ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
SHORT_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = [d for d in calendar.day_name]
NUMBER_WORDS = {**_facts.NUMBER_WORDS, "a": 1, "an": 1}  # "a month ago"
WORDS_FOR = {v: k for k, v in NUMBER_WORDS.items() if len(k) > 2}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM_RE = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"

# Rules, most specific first; each names the written form (the answer_type suffix).
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month-day-year", re.compile(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?, (\d{{4}})\b")),
    ("day-month-year", re.compile(rf"\b(\d{{1,2}}) {_MONTH_RE} (\d{{4}})\b")),
    ("month-day", re.compile(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d|:)")),
    ("month-year", re.compile(rf"\b{_MONTH_RE} (\d{{4}})\b")),
    ("weekday", re.compile(rf"\b(?:last )?{_WEEKDAY_RE}\b")),
    ("ago", re.compile(rf"\b{_NUM_RE} (day|week|month|year)s? ago\b", re.IGNORECASE)),
    ("last", re.compile(r"\blast (week|month|year)\b", re.IGNORECASE)),
    (
        "month",
        re.compile(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        ),
    ),
    ("year", re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")),
]
# A month or a year standing alone is a date only after one of these words
# ("in May", "since 2014"), which keeps out "May" the verb and "2002" the count.
DATE_LEAD = {
    "in",
    "since",
    "until",
    "by",
    "before",
    "after",
    "from",
    "through",
    "during",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "this",
    "of",
    "between",
    "and",
    "to",
}
# Which wh-phrase asks for which form; other forms are asked as a blank.
WH = {
    "month-day": "On what date",
    "month-day-year": "On what date",
    "day-month-year": "On what date",
    "weekday": "On what day",
    "month": "In what month",
    "month-year": "When",
    "year": "In what year",
    "ago": "When",
    "last": "When",
}
# "is scheduled to", "is set to", "plans to": what follows is ahead.
FUTURE_LEMMAS = {"schedule", "set", "due", "expect", "plan", "slate", "intend", "aim"}
PREPOSITION_FOR = {
    "on": ("month-day", "month-day-year", "day-month-year", "weekday"),
    "in": ("month", "month-year", "year"),
}


@dataclass(frozen=True)
class DateMention:
    span: Span
    form: str
    value: str | None


def find(doc: Doc, article: Article) -> list[Fact]:
    return _facts.collect(doc, article, mentions(doc, article.published), _fact)


def mentions(doc: Doc, published: date | None) -> list[DateMention]:
    """Every date in the doc, as written, with its resolved ISO value where known."""
    taken: set[int] = set()
    found: list[DateMention] = []
    for form, pattern in PATTERNS:
        for m in pattern.finditer(text_of(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
            if span is None or any(t.i in taken for t in span):
                continue
            if not _plausible(span, form):
                continue
            taken.update(t.i for t in span)
            found.append(DateMention(span, form, resolve(span.text, form, published, _tense(span))))
    return sorted(found, key=lambda d: d.span.start)


def _plausible(span: Span, form: str) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # Designators and scores: "Su-24", "A-10", "787-9", "7-5".
    if (before is not None and before.text in ("-", "/")) or (
        after is not None and after.text in ("-", "/")
    ):
        return False
    if form in ("month", "year"):
        lead = before.lower_ if before is not None else ""
        if lead not in DATE_LEAD and not (
            form == "year" and before is not None and before.text == ","
        ):
            return False
        if form == "year":
            token = span[0]
            if token.dep_ == "nummod" or (
                after is not None
                and after.pos_ == "NOUN"
                and after.lower_ not in ("season", "election", "budget", "crash", "attack")
            ):
                return False
            if before is not None and before.text == "$":
                return False
    if form == "month" and span[0].text == "May" and span[0].pos_ in ("AUX", "VERB"):
        return False
    return not (form == "weekday" and span[0].pos_ not in ("PROPN", "NOUN", "ADJ"))


def _tense(span: Span) -> str:
    """'past' or 'future' for the verb the date hangs on."""
    head = span.root
    while head.head.i != head.i and not (
        head.pos_ in ("VERB", "AUX")
        and (
            head.tag_ in ("VBD", "VBZ", "VBP", "MD")
            or any(c.dep_ in ("aux", "auxpass") for c in head.children)
        )
    ):
        head = head.head  # up to the finite verb: "will be back ... defending X on Wednesday"
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & {"will", "'ll", "shall", "should", "could", "would", "may", "might", "can", "must"}:
        return "future"
    ancestor = head
    while (
        "to" in {c.lower_ for c in ancestor.children if c.dep_ == "aux"}
        and ancestor.head.i != ancestor.i
    ):
        ancestor = ancestor.head  # "is scheduled to take place in February"
        tensed = {c.lower_ for c in ancestor.children if c.dep_ in ("aux", "auxpass")}
        if (
            ancestor.lemma_ in FUTURE_LEMMAS
            and not tensed & {"was", "were", "had"}
            and ancestor.tag_ != "VBD"
            and not (ancestor.dep_ == "acomp" and ancestor.head.tag_ == "VBD")  # "was due to"
        ):
            return "future"
    if head.tag_ in ("VBD", "VBN"):
        return "past"
    if (
        head.tag_ in ("VBZ", "VBP", "VB", "VBG")
        and auxes & {"is", "are", "am"}
        and head.tag_ == "VBG"
    ):
        return "future"  # "is scheduled ... Monday", "are meeting Friday"
    return "past"


def _month_index(text: str) -> int | None:
    word = text.rstrip(".").lower()
    for i, name in enumerate(MONTHS, start=1):
        if name.lower() == word or (name.lower()[:3] == word[:3] and len(word) <= 4):
            return i
    return None


def resolve(text: str, form: str, published: date | None, tense: str = "past") -> str | None:
    """ISO value of a written date; None without a published date for anything
    that needs one, and None for what cannot be pinned down ("last week")."""
    parts = text.replace(",", "").split()
    if form == "month-day-year":
        month, day, year = _month_index(parts[0]), int(parts[1].rstrip("stndrh")), int(parts[2])
        return _iso(year, month, day)
    if form == "day-month-year":
        return _iso(int(parts[2]), _month_index(parts[1]), int(parts[0]))
    if form == "month-year":
        month = _month_index(parts[0])
        return f"{int(parts[1]):04d}-{month:02d}" if month else None
    if form == "year":
        return text
    if published is None:
        return None
    if form == "month-day":
        month, day = _month_index(parts[0]), int(re.sub(r"\D", "", parts[1]))
        if month is None:
            return None
        year = published.year
        candidate = _safe_date(year, month, day)
        if candidate is None:
            return None
        # "Oct. 31" written in January means last year's, unless it is still ahead
        if tense == "past" and candidate > published + timedelta(days=1):
            year -= 1
        elif tense == "future" and candidate < published - timedelta(days=1):
            year += 1
        return _iso(year, month, day)
    if form == "month":
        month = _month_index(parts[0])
        year = published.year
        if month is None:
            return None
        if tense == "past" and month > published.month:
            year -= 1
        elif tense == "future" and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if form == "weekday":
        weekday = WEEKDAYS.index(parts[-1])
        delta = (published.weekday() - weekday) % 7
        if parts[0].lower() == "last":
            return (published - timedelta(days=delta or 7)).isoformat()
        if tense == "future":
            return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
        if delta == 6:
            return None  # "Wednesday" in a Tuesday paper: the page's date is off by a time zone
        return (published - timedelta(days=delta)).isoformat()
    if form == "ago":
        n = int(parts[0]) if parts[0].isdigit() else NUMBER_WORDS[parts[0].lower()]
        unit = parts[1].lower().rstrip("s")
        if unit == "day":
            return (published - timedelta(days=n)).isoformat()
        if unit == "month":
            months = published.year * 12 + published.month - 1 - n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if unit == "year":
            return f"{published.year - n:04d}"
        return None  # weeks: a day we cannot name
    if form == "last":
        unit = parts[1].lower()
        if unit == "month":
            months = published.year * 12 + published.month - 2
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if unit == "year":
            return f"{published.year - 1:04d}"
        return None
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    d = _safe_date(year, month, day)
    return d.isoformat() if d else None


# -- questions ---------------------------------------------------------------


def _fact(mention: DateMention, article: Article, names: dict[str, str]) -> tuple[Fact, str] | None:
    span = mention.span
    evidence = _facts.evidence_of(span.sent, article)
    if evidence is None:
        return None
    clause = _facts.clause_of(span[0])
    question = _wh(mention, clause, names) or _facts.cloze(clause, span, names)
    if question is None:
        return None
    value = mention.value or span.text.lower()
    anchor = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    key = _facts.fact_key("date", value, anchor, question)
    fact = Fact(
        kind="date",
        key=key,
        question=question.text,
        answer=span.text,
        evidence=evidence,
        source=article.id,
        answer_type=f"date:{_style(span.text, mention.form)}",
        accept=_accept(span.text, mention),
        answer_value=mention.value,
    )
    return fact, _facts.content_key("date", value, question)


def _wh(
    mention: DateMention, clause: _facts.Clause, names: dict[str, str]
) -> _facts.Question | None:
    span = mention.span
    root = span.root
    wh = WH.get(mention.form)
    if wh is None:
        return None
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        if mention.form not in PREPOSITION_FOR.get(prep.lower_, ()):
            return None
        if [t for t in prep.subtree] != [prep, *span] and list(prep.subtree)[1:] != list(span):
            return None
        verb = prep.head
        remove = span.doc[prep.i : span.end]
    elif root.dep_ in ("npadvmod", "tmod", "obl") and mention.form in ("weekday", "ago", "last"):
        verb = root.head
        if mention.form == "ago":
            verb = verb.head if verb.lower_ == "ago" else verb
        remove = span
        if span.start > 0 and span.doc[span.start - 1].lower_ == "on":
            return None
        # "Tuesday morning": the modifier goes with the date
        extra = [c for c in root.children if c.i >= span.end]
        if extra:
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _facts.wh_question(clause, verb, remove, wh, names)


def _style(text: str, form: str) -> str:
    """The written form: distractors must be written the same way."""
    if form in ("month-day", "month-day-year", "month", "month-year"):
        first = text.split()[0]
        style = (
            "ap"
            if first in AP_ABBR and first not in MONTHS[2:7]
            else "full"
            if first in MONTHS
            else "short"
        )
        if first in MONTHS[2:7]:
            style = "any"  # March..July are spelled out in every style
        return f"{form}:{style}"
    return form


def _accept(text: str, mention: DateMention) -> tuple[str, ...]:
    forms: list[str] = []
    if mention.value and len(mention.value) == 10:
        d = date.fromisoformat(mention.value)
        full = f"{MONTHS[d.month - 1]} {d.day}"
        if mention.form == "weekday" or full != text:
            forms.append(full)
        forms.append(mention.value)
    return tuple(dict.fromkeys(f for f in forms if f != text))


# -- distractors -------------------------------------------------------------


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Other dates written the same way: from the deck first, then shifted ones."""
    also_true = [
        p.answer for p in pool if fact.answer_value and p.answer_value == fact.answer_value
    ]
    deck = [p.answer for p in pool if p.answer_type == fact.answer_type and p.answer != fact.answer]
    if fact.answer_type == "date:year":  # a year far from the answer is a giveaway
        deck = sorted(
            (d for d in deck if abs(int(d) - int(fact.answer)) <= 5),
            key=lambda d: abs(int(d) - int(fact.answer)),
        )
    return _facts.pick_distractors(
        fact, [*deck, *synthesize(fact.answer, fact.answer_type)], also_true
    )


def synthesize(answer: str, answer_type: str) -> list[str]:
    form = answer_type.split(":")[1]
    parts = answer.replace(",", "").split()
    out: list[str] = []
    if form in ("month-day", "month-day-year"):
        month = _month_index(parts[0])
        if month is None:
            return []
        year = int(parts[2]) if form == "month-day-year" else 2000
        base = _safe_date(year, month, int(re.sub(r"\D", "", parts[1])))
        if base is None:
            return []
        style = _written_style(parts[0])
        for shift in (-7, 7, -14, 14, -3, 3, -21, 21):
            d = base + timedelta(days=shift)
            text = f"{_month_name(d.month, style)} {d.day}"
            out.append(f"{text}, {d.year}" if form == "month-day-year" else text)
    elif form == "day-month-year":
        base = _safe_date(int(parts[2]), _month_index(parts[1]) or 1, int(parts[0]))
        if base:
            style = _written_style(parts[1])
            for shift in (-7, 7, -14, 14):
                d = base + timedelta(days=shift)
                out.append(f"{d.day} {_month_name(d.month, style)} {d.year}")
    elif form in ("month", "month-year"):
        month = _month_index(parts[0])
        if month is None:
            return []
        style = "full"  # a month without a day is spelled out
        year = int(parts[1]) if form == "month-year" else 0
        for shift in (-1, 1, -2, 2, -3, 3):
            m = year * 12 + month - 1 + shift
            name = _month_name(m % 12 + 1, style)
            out.append(f"{name} {m // 12}" if form == "month-year" else name)
    elif form == "weekday":
        i = WEEKDAYS.index(parts[-1])
        prefix = "last " if parts[0].lower() == "last" else ""
        for shift in (-1, 1, -2, 2, 3):
            name = WEEKDAYS[(i + shift) % 7]
            out.append(f"{prefix}{name}" if prefix else name)
        if answer[:1].islower() and prefix:
            out = [o[:1].lower() + o[1:] for o in out]
        elif prefix:
            out = [o[:1].upper() + o[1:] for o in out]
    elif form == "year":
        y = int(answer)
        out = [str(y + s) for s in (-1, 1, -2, 2, -3)]
    elif form == "ago":
        word = parts[0]
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)
        unit = parts[1].rstrip("s")
        for m in (n - 2, n + 2, n + 4, n - 4, n + 1):
            if m >= 2 and m != n:
                num = str(m) if word.isdigit() else WORDS_FOR.get(m, str(m))
                out.append(f"{num} {unit}s ago")
    elif form == "last":
        for unit in ("week", "month", "year"):
            out.append(f"{parts[0]} {unit}")
    return out


def _written_style(word: str) -> str:
    if word in MONTHS:
        return "full" if word not in MONTHS[2:7] else "ap"
    if word in AP_ABBR:
        return "ap"
    return "short"


def _month_name(month: int, style: str) -> str:
    if style == "full":
        return MONTHS[month - 1]
    if style == "ap":
        return AP_ABBR[month - 1]
    return SHORT_ABBR[month - 1]
