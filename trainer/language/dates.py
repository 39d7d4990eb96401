"""Dates as articles write them: the written forms, and what each resolves to.

Pure calendar arithmetic over strings and a published date; no spaCy. The extractor
(trainer.extract.dates) finds the mentions and decides the tense; this module says
which form a text is and which ISO date (YYYY-MM-DD, YYYY-MM or YYYY) it means.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from trainer.language.lexicon import AP_MONTHS, COUNT_WORDS, MONTHS, SHORT_MONTHS, WEEKDAYS

# Number words of "three weeks ago"; "a month ago" counts one.
NUMBER_WORDS = {**COUNT_WORDS, "a": 1, "an": 1}
WORDS_FOR = {v: k for k, v in NUMBER_WORDS.items() if len(k) > 2}

_FULL_MONTH_RE = "|".join(MONTHS)
# A month as written, in full or abbreviated ("Sept.", "Oct"); the weekday names.
# A date phrase of the article's own days ('on Tuesday', 'this morning', 'two days ago'):
# told of them, a fact is the article's news (appointments, the lead's event).
ARTICLE_DAYS = re.compile(
    r"^(?:on |late |early |earlier |last |this )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|today|yesterday|tonight|this week|this morning|this afternoon"
    r"|this evening|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
    r"(?:morning|afternoon|evening|night)"
    r"|(?:a|one|two|three|four|five|six|\d) days? ago)$"
)
MONTH_RE = (
    rf"(?:{_FULL_MONTH_RE}"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY_RE = rf"(?:{'|'.join(WEEKDAYS)})"
_NUM_RE = rf"(?:\d{{1,3}}|{'|'.join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 12)})"
# How many units ago ('sixteen years ago'): the number words up to twelve, and the teens.
TEENS = {
    w: 13 + i
    for i, w in enumerate(
        ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
}
AGO_WORDS = {**{w: n for w, n in NUMBER_WORDS.items() if n <= 12}, **TEENS}
_AGO_NUM_RE = rf"(?:\d{{1,3}}|{'|'.join(AGO_WORDS)})"

# A year written in figures, 1800 to 2099 ('in 2011', 'As of November 2019').
A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

# Rules, most specific first; each names the written form (the answer type's form).
# A weekday written with its date ("Saturday, May 18") belongs to the date.
_WEEKDAY_WITH = rf"(?:{WEEKDAY_RE},? )?"
_ORDINAL = "(?:st|nd|rd|th)?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month-day-year",
        re.compile(rf"\b{_WEEKDAY_WITH}{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"),
    ),
    # "27 April 2022", "Wednesday 27th April, 2022", "the 27th of April, 2022"
    (
        "day-month-year",
        re.compile(rf"\b{_WEEKDAY_WITH}(\d{{1,2}}){_ORDINAL} (?:of )?{MONTH_RE},? (\d{{4}})\b"),
    ),
    (
        "month-day",
        re.compile(rf"\b{_WEEKDAY_WITH}{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d|:)"),
    ),
    (
        "day-month",
        re.compile(
            rf"\b{_WEEKDAY_WITH}(\d{{1,2}}){_ORDINAL} (?:of )?(?:{_FULL_MONTH_RE})\b(?! \d)"
        ),
    ),
    ("month-year", re.compile(rf"\b{MONTH_RE} (\d{{4}})\b")),
    (
        "month-last-year",
        re.compile(rf"\b(?:{_FULL_MONTH_RE}) (?:last|next|this) year\b"),
    ),
    # "Wednesday next week", "Monday of last week": a day of the week before or after
    ("weekday", re.compile(rf"\b(?:[Ll]ast )?{WEEKDAY_RE}(?: (?:of )?(?:next|last) week)?\b")),
    ("day-word", re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b")),
    ("ago", re.compile(rf"\b{_AGO_NUM_RE} (day|week|month|year)s? ago\b", re.IGNORECASE)),
    ("last", re.compile(r"\blast (week|month|year)\b", re.IGNORECASE)),
    (
        "this-month",
        re.compile(r"\b(?:(?:earlier|later) )?(?:this|next) month\b", re.IGNORECASE),
    ),
    ("last-month-name", re.compile(rf"\b(?:[Ll]ast|[Nn]ext) (?:{_FULL_MONTH_RE})\b")),
    ("month", re.compile(rf"\b(?:{_FULL_MONTH_RE})\b")),
    # before 1950 only where the parse reads a date ("born in 1889": extract/dates.py)
    ("year", re.compile(r"\b(?:1[0-9]\d\d|20\d\d)\b")),
]


def figures_and_months(text: str) -> tuple[list[int], list[int]]:
    """The numbers and the months (1-12) a written date holds, in order: 'Feb. 23, 2015' ->
    ([23, 2015], [2])."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [m for m in map(month_index, (w for w in words if w.isalpha())) if m]
    return numbers, months


def month_index(text: str) -> int | None:
    word = text.rstrip(".").lower()
    for i, name in enumerate(MONTHS, start=1):
        if name.lower() == word or (name.lower()[:3] == word[:3] and len(word) <= 4):
            return i
    return None


# Days a calendar fixes ('New Year's Eve', 'the Fourth of July', 'Thanksgiving'): a question
# that names one gives its day and month away (sample Q85, GIVEAWAY).
NAMED_DAYS = re.compile(
    r"\b(?:New Year['’]s(?: Eve| Day)?|Christmas (?:Eve|Day)|(?:on|at) Christmas|Boxing Day"
    r"|Valentine['’]s Day|Hallowe['’]?en|Independence Day|Fourth of July|July Fourth"
    r"|Bastille Day|(?:St\.?|Saint) Patrick['’]s Day|Thanksgiving|Easter (?:Sunday|Monday)"
    r"|Good Friday|Memorial Day|Labou?r Day|Veterans['’]? Day|Armistice Day|Remembrance Day"
    r"|Election Day|Inauguration Day|Mother['’]s Day|Father['’]s Day|Black Friday|Cyber Monday)\b"
)


# Forms that mean nothing without the article's date: their card asks the date itself.
RELATIVE_FORMS = frozenset(
    ("weekday", "day-word", "ago", "last", "this-month", "last-month-name", "month-last-year")
)


# "17 months ago": a count of this many months or more is a rough one, right within a few
# months (ROUGH_BY either way).
ROUGH_MONTHS = 12
ROUGH_BY = 3


# A day of the month up to which "earlier this month" has no earlier days to tell of: the
# page's date is later than the day its text was written.
EARLY_DAYS = 2


def resolve(text: str, form: str, published: date | None, tense: str = "past") -> str | None:
    """ISO value of a written date; None without a published date for anything
    that needs one, and None for what cannot be pinned down ("last week").

    `tense` is "past" (on or before the published date), "future" (after it),
    "present" (the nearest occurrence either way: "the show opens Friday") or "either"
    (ahead of a past remark, "would": the nearest month or date, but no weekday, which may
    be the one before the article's day or the one after) or "next" (after "next": ahead,
    but no weekday two days ahead or fewer)."""
    if tense == "either":
        if form == "weekday":
            return None
        tense = "present" if form != "month" else "either"
    if tense == "next":
        if form == "weekday" and published is not None:
            # "next Saturday" said on a Friday: tomorrow, or the Saturday after? Two days
            # ahead or fewer, a reader cannot tell
            day_name = next(p for p in text.split() if p in WEEKDAYS)
            ahead = (WEEKDAYS.index(day_name) - published.weekday()) % 7
            if ahead <= 2:
                return None
        tense = "future"
    # "27th of April": the day's number and the month
    parts = [p for p in text.replace(",", "").split() if p != "of"]
    weekday_given: int | None = None
    if form != "weekday" and parts and parts[0] in WEEKDAYS:
        weekday_given = WEEKDAYS.index(parts[0])
        parts = parts[1:]  # "Saturday, May 18": the date decides (and the day its year)
    if form == "day-month":
        form, parts = "month-day", [parts[1], parts[0]]
    if form == "month-day-year":
        month, day, year = month_index(parts[0]), int(parts[1].rstrip("stndrh")), int(parts[2])
        return _iso(year, month, day)
    if form == "day-month-year":
        return _iso(int(parts[2]), month_index(parts[1]), int(re.sub(r"\D", "", parts[0])))
    if form == "month-year":
        month = month_index(parts[0])
        return f"{int(parts[1]):04d}-{month:02d}" if month else None
    if form == "year":
        return text
    if published is None:
        return None
    if form == "month-day":
        month, day = month_index(parts[0]), int(re.sub(r"\D", "", parts[1]))
        if month is None:
            return None
        year = published.year
        candidate = safe_date(year, month, day)
        if candidate is None:
            return None
        # Papers leave out the year of a date in the current one (AP style): this year's,
        # unless the tense needs a date across the new year ("Dec. 20" done, in January;
        # "Feb. 14" ahead, in November) or it lies more than half a year away.
        ahead = (candidate - published).days
        if tense == "past" and 7 < ahead <= 61 and weekday_given is None:
            # "hasn't been seen since Oct. 7", in August: last year's, or a verb whose
            # tense was misread ("said the Oct. 1 deadline ...")? A reader cannot tell.
            return None
        if ahead > 61 and (tense == "past" or _within(published, year - 1, month, day)):
            year -= 1
        elif ahead < -61 and (tense == "future" or _within(published, year + 1, month, day)):
            year += 1
        if weekday_given is not None:
            return _year_of_the_weekday(year, month, day, weekday_given, tense)
        return _iso(year, month, day)
    if form == "month":
        month = month_index(parts[0])
        year = published.year
        if month is None:
            return None
        # the nearest: "goes on sale in January", in November (this year's unless more than
        # nine months away); ahead of a remark ("said Monday he would resign in March", in
        # November) the nearest either way, next year's March
        within = {"present": 9, "either": 6}.get(tense)
        if within is not None:
            if month - published.month > within:
                year -= 1
            elif published.month - month > within:
                year += 1
        elif tense == "past" and month > published.month:
            year -= 1
        elif tense == "past" and month == published.month and published.day <= EARLY_DAYS:
            # "In January, China's space agency announced ...", in a paper of Jan. 1: this
            # January has had no days to tell of; last year's? A reader cannot tell (Q87)
            return None
        elif tense == "future" and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if form == "day-word":  # 'yesterday', 'today', 'tonight': of the article's day
        return (published - timedelta(days=text.lower() == "yesterday")).isoformat()
    if form == "weekday":
        weekday = WEEKDAYS.index(next(p for p in parts if p in WEEKDAYS))
        week = re.search(r"\b(next|last) week$", text)
        if week:  # "until Wednesday next week", said on a Wednesday: the Wednesday after
            monday = published - timedelta(days=published.weekday())
            shift = 7 if week.group(1) == "next" else -7
            return (monday + timedelta(days=shift + weekday)).isoformat()
        delta = (published.weekday() - weekday) % 7
        if parts[0].lower() == "last":
            # "last Monday" said on a Tuesday: yesterday, or the Monday of the week before?
            # (an unseen page meant the one before); a day or two back, a reader cannot tell
            return None if delta in (1, 2) else (published - timedelta(days=delta or 7)).isoformat()
        ahead = (weekday - published.weekday()) % 7
        if tense == "future" and ahead == 6:
            # "On Monday night, the full moon will reach ..." in a Tuesday paper: next
            # Monday, or the page's date a day after the text was written (sample Q85, WRONG)?
            return None
        if tense == "future" or (tense == "present" and 0 < ahead <= 3):
            return (published + timedelta(days=ahead)).isoformat()
        if delta == 6:
            return None  # "Wednesday" in a Tuesday paper: the page's date is off by a time zone
        return (published - timedelta(days=delta)).isoformat()
    if form == "ago":
        n = int(parts[0]) if parts[0].isdigit() else AGO_WORDS[parts[0].lower()]
        unit = parts[1].lower().rstrip("s")
        if unit == "day":
            return (published - timedelta(days=n)).isoformat()
        if unit == "month":
            months = published.year * 12 + published.month - 1 - n
            if n >= ROUGH_MONTHS:
                # 'pulling out of the nuclear deal 17 months ago' (of January 2020: May 2018,
                # sample Q172, WRONG as August 2018): a count of many months is rounded, so
                # only the year is sure, when a few months either way stay in it
                years = {(months + d) // 12 for d in (-ROUGH_BY, ROUGH_BY)}
                return f"{months // 12:04d}" if len(years) == 1 else None
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
    if form == "this-month":
        if parts[0].lower() == "earlier" and published.day <= EARLY_DAYS:
            return None  # 'earlier this month' on the 2nd: written the month before (Q32)
        months = published.year * 12 + published.month - 1 + (parts[-2].lower() == "next")
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if form == "last-month-name":
        month = month_index(parts[1])
        if month is None:
            return None
        # "last October" in a November article: this year's October (AP style writes "in
        # October" for that), or last year's (as many writers mean, "last month" being the
        # word for the one just gone)? A reader cannot tell, so no date; "last December",
        # in November, can only be last year's. "next" the same way, ahead.
        later = month > published.month
        if parts[0].lower() == "next":
            return None if later else f"{published.year + 1:04d}-{month:02d}"
        earlier = month < published.month
        return None if earlier else f"{published.year - 1:04d}-{month:02d}"
    if form == "month-last-year":
        month = month_index(parts[0])
        shift = {"last": -1, "next": 1}.get(parts[1].lower(), 0)
        return f"{published.year + shift:04d}-{month:02d}" if month else None
    return None


def written_out(iso: str) -> str:
    """How a card answers a resolved date: "Tuesday, Nov. 17, 2015", "November 2015", "2015"."""
    if len(iso) == 10:
        d = date.fromisoformat(iso)
        return f"{WEEKDAYS[d.weekday()]}, {day_written(d)}"
    if len(iso) == 7:
        return f"{MONTHS[int(iso[5:]) - 1]} {iso[:4]}"
    return iso


def day_written(d: date) -> str:
    """A day as a card writes it, without its weekday: "Nov. 17, 2015"."""
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def read_written_out(text: str, form: str) -> str | None:
    """The ISO date `written_out` wrote as `text` ("Tuesday, Nov. 17, 2015" -> "2015-11-17"),
    for a "full-date", "month-year" or "year" form; None for any other text."""
    parts = text.replace(",", "").split()
    if form == "year":
        return text if re.fullmatch(r"\d{4}", text) else None
    if form == "month-year" and len(parts) == 2 and parts[1].isdigit():
        month = month_index(parts[0])
        return f"{parts[1]}-{month:02d}" if month else None
    if form == "full-date" and len(parts) == 4 and parts[2].isdigit() and parts[3].isdigit():
        month = month_index(parts[1])
        return f"{parts[3]}-{month:02d}-{int(parts[2]):02d}" if month else None
    return None


def _year_of_the_weekday(year: int, month: int, day: int, weekday: int, tense: str) -> str | None:
    """'Monday, Dec. 14' in a December 2016 article: Dec. 14, 2016 was a Wednesday, so the
    timeline it tells is 2015's. The nearest year (before, for a past verb) whose date falls
    on that weekday, a year either way at most (for a past verb, only the year before);
    None if neither fits (a weekday written wrong, or a date too far to guess)."""
    shifts = [0, -1] if tense == "past" else [0, -1, 1]
    for shift in shifts:
        d = safe_date(year + shift, month, day)
        if d is not None and d.weekday() == weekday:
            return d.isoformat()
    return None


def _within(published: date, year: int, month: int, day: int, days: int = 61) -> bool:
    """Is that year's `month`/`day` within `days` of the published date?"""
    other = safe_date(year, month, day)
    return other is not None and abs((other - published).days) <= days


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    d = safe_date(year, month, day)
    return d.isoformat() if d else None


def month_spelling(text: str, form: str) -> str:
    """How a date's month is spelled (ap, full, short; any for March-July), "" for a date
    without one: distractors must be written the same way."""
    if form in ("month-day", "month-day-year", "month", "month-year"):
        first = text.split()[0]
        style = (
            "ap"
            if first in AP_MONTHS and first not in MONTHS[2:7]
            else "full"
            if first in MONTHS
            else "short"
        )
        if first in MONTHS[2:7]:
            style = "any"  # March..July are spelled out in every style
        return style
    return ""


def month_style(word: str) -> str:
    if word in MONTHS:
        return "full" if word not in MONTHS[2:7] else "ap"
    if word in AP_MONTHS:
        return "ap"
    return "short"


def month_name(month: int, style: str) -> str:
    if style == "full":
        return MONTHS[month - 1]
    if style == "ap":
        return AP_MONTHS[month - 1]
    return SHORT_MONTHS[month - 1]
