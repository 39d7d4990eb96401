"""Dates in a parsed article: found by their written shape (month names, weekdays,
"14 months ago"), not by the statistical NER alone, which also tags "A350" or "7-5" as
dates. Each mention keeps the text as written and the ISO date it resolves to against
the article's published date (trainer.language.dates), with the tense of its verb
deciding whether "Oct. 31" is last year's or this year's ("until July", "the upcoming
summit in June" are ahead). An article that says "today" of its own day and "Thursday" of
a past event on that same day tells weekdays of another week: they are not dated. A date
that is one end of a period ("between 2009 and 2018", "from March to May") is marked: the
period is the fact, and a blank on either end of it is a passing detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import inside_quote
from trainer.extract.date_tense import finite, tense_of, told_in_the_past, told_years_ago
from trainer.extract.doc import in_a_day_s_name, text_of, verb_over
from trainer.language.currencies import is_currency
from trainer.language.dates import (
    AGO_WORDS,
    PATTERNS,
    month_index,
    resolve,
    safe_date,
)
from trainer.language.lexicon import (
    ORDINAL_WORDS,
    RESCHEDULING_VERBS,
    WEEKDAYS,
    wordset,
)
from trainer.language.numbers import DURATION_UNITS, HEDGE_WORDS, MEASURE_UNITS, MODIFIER_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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


# The word joining the two ends of a period, and the words that may open it: "between
# 2009 and 2018", "from March to May", "from 2009 through 2018", "from May until July".
RANGE_LINKS = {
    "and": ("between",),
    "to": ("from", "between"),
    "through": ("from",),
    "thru": ("from",),
    "until": ("from",),
    "till": ("from",),
    "-": ("from", "between"),
    "–": ("from", "between"),
}


@dataclass(frozen=True)
class DateMention:
    span: Span
    form: str
    value: str | None
    range_end: bool = False  # one end of a period: "between _____ and 2018"
    # the tense of the verb it hangs on ("past", "future", "present": the nearest date,
    # "either": ahead of a past remark, no weekday; "next": after "next")
    tense: str = "past"


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
            tense = tense_of(span, form)
            value = resolve(span.text, form, published, tense)
            found.append(DateMention(span, form, value, tense=tense))
    found = _in_the_year_given(
        _told_with_their_date(sorted(found, key=lambda d: d.span.start)), published
    )
    if published is not None and _weekdays_of_another_week(doc, published, found):
        found = [replace(d, value=None) if d.form == "weekday" else d for d in found]
    if published is not None:
        found = _weekdays_the_article_dates(published, found)
    return _periods(found)


# How far from the article's day a date it writes out may be the day a bare weekday means.
WEEKDAY_REACH = 7


def _weekdays_the_article_dates(published: date, found: list[DateMention]) -> list[DateMention]:
    """'... from Friday, March 31, to Sunday, April 2 ... Science Expeditions starts Friday
    evening': the article writes out the day its bare 'Friday' means, a week from the
    reckoning by tense (sample Q46, two WRONG cards). A weekday is the one date near the
    article's day that the article writes out with that weekday ('Friday, March 31'; not a
    bare 'September 11', which may be an anniversary); with two such dates, it could be
    either, and is not dated."""
    near: dict[int, set[str]] = {}
    for d in found:
        if d.form not in DAY_FORMS or d.value is None or len(d.value) != len("2017-03-31"):
            continue
        day = date.fromisoformat(d.value)
        if abs((day - published).days) <= WEEKDAY_REACH and _its_weekday_before(d.span, day):
            near.setdefault(day.weekday(), set()).add(d.value)
    out: list[DateMention] = []
    for d in found:
        if d.form == "weekday" and d.value is not None and len(d.value) == len("2017-03-31"):
            written = near.get(date.fromisoformat(d.value).weekday(), set())
            if written and d.value not in written:
                d = replace(d, value=next(iter(written)) if len(written) == 1 else None)
        out.append(d)
    return out


DAY_FORMS = {"month-day", "day-month", "month-day-year", "day-month-year"}

# Forms that give a month its year: "the July 2021 riots", "on June 29, 2021".
YEAR_FORMS = {"month-year", "month-day-year", "day-month-year"}


def _in_the_year_given(
    found: list[DateMention], published: date | None = None
) -> list[DateMention]:
    """A past "July 8" after the text told of "the July 2021 riots" is July 8, 2021: a
    writer leaves out the year the text just gave that month (the last one given). Not
    always (`_which_year`)."""
    given: dict[str, tuple[str, int, str]] = {}  # month -> year, where, form last given
    # month -> the year 'May 2023' gave it last, and where in the text
    month_years: dict[str, tuple[str, int]] = {}
    out = []
    for mention in found:
        value = mention.value
        if mention.form in YEAR_FORMS and value:
            given[value[5:7]] = (value[:4], mention.span.end_char, mention.form)
            if mention.form == "month-year":
                month_years[value[5:7]] = (value[:4], mention.span.end_char)
        elif mention.form in SENTENCE_YEAR_FORMS and mention.tense == "past" and value:
            if _years_ago_on_its_verb(mention) and not _the_sentence_s_year(mention, found):
                out.append(replace(mention, value=None))
                continue  # 'Sixteen years ago, on the night of October 19th': which year?
            year = _the_sentence_s_year(mention, found) or value[:4]
            if (
                mention.form == "month-day"
                and value[5:7] not in given
                and year == value[:4]
                and _another_year_just_before(mention, year)
            ):
                out.append(replace(mention, value=None))
                continue  # "... doomed the team's 1969 season. On September 9, ..." (Q80)
            if value[5:7] not in given and _a_time_before_another_year(mention, year):
                out.append(replace(mention, value=None))
                continue  # '... in 2016 ... Mr. Steele had begun providing the memos in July'
            if mention.form == "month-day":  # a month alone takes only its sentence's
                # year: 'In May' after a caption's 'May 18, 2010' is this year's May
                last = given.get(value[5:7])
                if last is not None and last[0] != year:
                    chosen = _which_year(mention, value, last, published)
                    if chosen is None:
                        out.append(replace(mention, value=None))
                        continue  # which year? neither reading is safe
                    year = chosen
            told = month_years.get(value[5:7])
            if (
                mention.form == "month"
                and told is not None
                and _paragraphs_between(mention.span, told[1]) <= MONTH_TOLD_PARAGRAPHS
            ):  # '... his arrest in May 2023. ... Khan's arrest led to riots in May' (Q29)
                year = told[0]
            known = safe_date(int(year), int(value[5:7]), int(value[8:10] or "1"))
            if year != value[:4] and known is not None:
                mention = replace(mention, value=f"{year}{value[4:]}")
        out.append(mention)
    return out


def _another_year_just_before(mention: DateMention, year: str) -> bool:
    """'Superstitious Cubs fans point to one moment that doomed the team's 1969 season. On
    September 9, Chicago faced off against the New York Mets' (a story of November 2016,
    sample Q80, WRONG as 'Sept. 9, 2016'): the sentence just before, in the same paragraph,
    told of another year; which year the day is of, neither reading is safe."""
    sentence = mention.span.sent
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    if "\n\n" in text_of(sentence.doc)[before.end_char : sentence.start_char]:
        return False
    return any(
        YEAR_WORD.fullmatch(t.text) is not None
        and t.text != year
        and t.i + 1 < len(t.doc)
        and not t.doc[t.i + 1].like_num  # '1,969 votes' written '1969 votes'
        and t.doc[t.i - 1].lower_ not in REFERENCE_POINTS  # 'had not won since 1908'
        for t in before
    )


YEAR_WORD = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def _a_time_before_another_year(mention: DateMention, year: str) -> bool:
    """'In 2016, the FBI knew ... Mr. Steele had begun providing the dossier memos to the
    FBI in July' (a story of December 2019, sample Q171, WRONG as July 2019): a month or day
    with no year whose act is told in the past perfect lies before a past time the text
    set, and the last year the text wrote before it is another one: which year, a reader
    cannot tell."""
    verb = verb_over(mention.span.root)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # 'had begun providing'
    if verb is None or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    years = YEAR_WORD.findall(text_of(mention.span.doc)[: mention.span.start_char])
    return bool(years) and years[-1] != year


def _years_ago_on_its_verb(mention: DateMention) -> bool:
    """'Sixteen years ago, on the night of October 19th US Army Rangers raided ...': the
    date's own verb is told of years before the article's (not 'fled more than 30 years ago
    and was detained in September', two acts)."""
    verb = verb_over(mention.span.root)
    return verb is not None and told_years_ago(verb)


# A day the text gave its month's year this many paragraphs back or more is far from it.
DAY_TOLD_PARAGRAPHS = 5
# ... or this many sentences back: a page that runs its whole text as one paragraph (a
# timeline's 'September 10, 2015: ...' twenty sentences before 'reported on Sept. 21' of
# a November 2016 story, sample Q78).
DAY_TOLD_SENTENCES = 10
# A day within this many days before the article is of its news.
RECENT_DAYS = 61


def _which_year(
    mention: DateMention, value: str, last: tuple[str, int, str], published: date | None
) -> str | None:
    """The year of a past day ('On August 12') the text left out, after it gave the same
    month another year (`last`: year, where, form); None when neither year is safe.

    - A day of the article's last weeks, far from the other year, is the article's news:
      'On August 12, Murdoch promoted ...' of a September 2016 story, ten paragraphs after
      'in August 2015' (sample Q60, WRONG when read as 2015).
    - A month given with its year ('the July 2021 riots') gives it to a day of that month
      told later ('on July 8', nine paragraphs on), and so does another day of the month
      close by ('August 6, 2015' ... 'On August 12').
    - Another day of the month given far back, with its year, is another time, and the
      article's year may be wrong too: no year is safe. (Close by, the other day's year is
      taken, and may still be wrong: 'insurrection at the Capitol on January 6th' one
      sentence after 'January 20th 2017' is put in 2017, sample Q64.)"""
    far = (
        _paragraphs_between(mention.span, last[1]) >= DAY_TOLD_PARAGRAPHS
        or _sentences_between(mention.span, last[1]) >= DAY_TOLD_SENTENCES
    )
    default = safe_date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    recent = (
        published is not None
        and default is not None
        and 0 <= (published - default).days <= RECENT_DAYS
    )
    if recent and far:
        return value[:4]
    if recent and _another_year_since(mention, last):
        # 'took effect in January 2016. ... withdrew ... in May 2018. On Jan. 5, Iran all but
        # abandoned the deal' of a January 2020 story: the text went on past January 2016
        # (sample Q150, WRONG as Jan. 5, 2016)
        return value[:4]
    if last[2] == "month-year" or not far:
        return last[0]
    return None


def _another_year_since(mention: DateMention, last: tuple[str, int, str]) -> bool:
    """Has the text told of a later year between the month's year (`last`) and the day?"""
    between = text_of(mention.span.doc)[last[1] : mention.span.start_char]
    return any(int(year) > int(last[0]) for year in YEAR_WORD.findall(between))


# A month alone is of the year the text gave the same month in its paragraph or in one
# of the paragraphs just before.
MONTH_TOLD_PARAGRAPHS = 2


def _sentences_between(span: Span, since: int) -> int:
    """How many sentences of the text start from offset `since` to the span."""
    return sum(1 for sent in span.doc.sents if since < sent.start_char <= span.start_char)


def _paragraphs_between(span: Span, since: int) -> int:
    """How many paragraph breaks the text has from offset `since` to the span."""
    return text_of(span.doc).count("\n\n", since, span.start_char)


# Forms a sentence's year may be left out of: 'in January', 'on Jan. 10'.
SENTENCE_YEAR_FORMS = frozenset(("month", "month-day", "day-month"))


def _the_sentence_s_year(mention: DateMention, found: list[DateMention]) -> str | None:
    """'Other accidents in 2007 included the crash of an Adamair flight in January': the
    one year its sentence gives before a past month is that month's year (sample Q14); so
    is the year of 'Sixteen years ago, on the night of October 19th' (sample Q47, WRONG)."""
    sent = mention.span.sent
    years = [
        d
        for d in found
        if d.span.sent == sent
        and d.form in ("year", "ago", *YEAR_FORMS)
        and d.value
        and of_a_reference_event(d.span) is None
    ]
    if len(years) != 1 or years[0].span.start > mention.span.start or not years[0].value:
        return None
    return years[0].value[:4]


def of_a_reference_event(span: Span) -> Token | None:
    """A date of the event another is told by: 'killed since the U.S.-led invasion of
    Afghanistan in 2001' dates the invasion, not the killing (sample Q23, WRONG), however
    the parser hangs 'in 2001'. The date follows 'since', 'after' ... and a noun phrase,
    with no verb or comma between."""
    doc = span.doc
    for token in reversed(doc[max(span.start - REFERENCE_REACH, span.sent.start) : span.start]):
        if token.lower_ in REFERENCE_POINTS and token.dep_ == "prep":
            return token if token.i < span.start - 2 else None  # 'since 2001' is the date itself
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":", "(", ")"):
            return None
    return None


REFERENCE_REACH = 10
REFERENCE_POINTS = frozenset(("since", "after", "before", "following", "until"))


def _its_weekday_before(span: Span, day: date) -> bool:
    """'Friday, March 31', 'Friday (March 31)': the date written after its own weekday."""
    if span[0].text == WEEKDAYS[day.weekday()]:
        return True  # matched with the date
    before = [t for t in span.doc[max(span.start - 3, 0) : span.start] if not t.is_punct]
    return bool(before) and before[-1].text == WEEKDAYS[day.weekday()]


def _told_with_their_date(found: list[DateMention]) -> list[DateMention]:
    """'on Wednesday (April 27)', 'Wednesday, the 27th': a weekday the article dates right
    after it is part of that date; a card blanking the weekday alone would show its date."""
    out: list[DateMention] = []
    for i, mention in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if mention.form == "weekday" and following is not None and following.form in DAY_FORMS:
            between = mention.span.doc[mention.span.end : following.span.start]
            same = mention.span.sent.start == following.span.sent.start
            if same and all(t.is_punct or t.lower_ == "the" for t in between):
                continue
        out.append(mention)
    return out


def _weekdays_of_another_week(doc: Doc, published: date, found: list[DateMention]) -> bool:
    """'is due in court today ... On Thursday, she was detained', in a Thursday paper: an
    article that says 'today' for its own day, of what is still to happen, does not call
    it 'Thursday' in the past tense; its weekdays were written in another week (an earlier
    report), and none of them can be dated."""
    today = [
        t
        for t in doc
        if t.lower_ == "today"
        and t.dep_ in ("npadvmod", "tmod", "advmod", "pobj")  # not "NBC's Today show"
        and (t.text == "today" or t.is_sent_start)
        and not _quoted(t)
        and not told_in_the_past(finite(verb_of(t)))  # 'were not told of it today'
    ]
    return bool(today) and any(
        d.form == "weekday"
        and d.tense == "past"
        and d.value == published.isoformat()
        and d.span[0].lower_ != "last"
        and not _quoted(d.span[0])
        for d in found
    )


def verb_of(token: Token) -> Token:
    """The verb a word hangs on, through its preposition ('until today') and the time of
    day it dates ('between 6 p.m. Friday and 6 a.m. today')."""
    head = token.head
    while head.lower_ in TIMES_OF_DAY and head.head.i != head.i:
        head = head.head  # 6 a.m. -> (6 p.m. ->) between -> arrested
    return head.head if head.pos_ == "ADP" else head


# The times of day a day word may date: '6 a.m. today', 'midnight Tuesday'.
TIMES_OF_DAY = frozenset(("a.m.", "p.m.", "am", "pm", "noon", "midnight", "dawn", "dusk"))


def _quoted(token: Token) -> bool:
    """Inside a quotation, which may have opened sentences before in its paragraph."""
    return inside_quote(token, text_of(token.doc).rfind("\n", 0, token.idx) + 1)


def _periods(found: list[DateMention]) -> list[DateMention]:
    """The mentions with both ends of each period marked; a period's end comes after its
    start ("runs from Friday to Sunday" is the Sunday after that Friday)."""
    out = list(found)
    for i, (start, end) in enumerate(pairwise(found)):
        if not _one_period(start.span, end.span):
            continue
        out[i] = replace(out[i], value=_in_the_end_s_year(start, end), range_end=True)
        value = _after(end.value, start.value) if end.form == "weekday" else end.value
        out[i + 1] = replace(end, value=value, range_end=True)
    return out


def _in_the_end_s_year(start: DateMention, end: DateMention) -> str | None:
    """'from January to October 2023': a month that opens a period is of the year its end
    gives (of the year before, if it comes later in the year: 'from November to March
    2024')."""
    if start.form != "month" or end.form not in YEAR_FORMS or not start.value or not end.value:
        return start.value
    year = int(end.value[:4]) - (start.value[5:7] > end.value[5:7])
    return f"{year}{start.value[4:]}"


def _after(end: str | None, start: str | None) -> str | None:
    """A weekday ending a period, moved on by weeks to come after its start: 'between
    Monday and Friday' is the Friday of that Monday's week."""
    if end is None or start is None or len(end) != 10 or len(start) != 10:
        return end
    day = date.fromisoformat(end)
    while day.isoformat() < start:
        day += timedelta(days=7)
    return day.isoformat()


def _one_period(start: Span, end: Span) -> bool:
    """'between 2009 and 2018', 'from March to May': two dates joined as one period's ends.
    'moved from Tuesday to Thursday', 'pushed back from 2020 to 2021' is a new date, not a
    period."""
    doc = start.doc
    if end.start != start.end + 1 or start.start == 0:
        return False
    opening, link = doc[start.start - 1], doc[start.end]
    if opening.lower_ not in RANGE_LINKS.get(link.lower_, ()):
        return False
    verb = opening.head
    if verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
        verb = verb.head  # 'pushed back from 2020 to 2021'
    return not (opening.lower_ == "from" and verb.lemma_.lower() in RESCHEDULING_VERBS)


DAY_WORDS = frozenset(("today", "yesterday", "tomorrow", "tonight"))


# 'in the wake of Sept. 11', 'since September 11th': the 2001 attacks, named by their day.
NAMED_DAY = re.compile(r"^Sept?(?:\.|ember)?\s+11(?:th)?$")


def _plausible(span: Span, form: str) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if NAMED_DAY.match(span.text):
        return False  # no date of this year: 'a program set up in the wake of Sept. 11' (Q77)
    if (
        form == "month"
        and span.start >= 2
        and before is not None
        and before.lower_ == "of"
        and doc[span.start - 2].lower_ == "fourth"
    ):
        return False  # 'the Fourth of July': a holiday's name ('the Fourth of _____', Q85)
    # Designators and scores: "Su-24", "A-10", "787-9", "7-5".
    mid = before is not None and before.i > 0 and doc[before.i - 1].lower_ == "mid"
    if (before is not None and before.text in ("-", "/") and not mid) or (
        after is not None and after.text in ("-", "/")
    ):
        return False
    if form == "ago" and after is not None and after.lower_ in DAY_WORDS:
        return False  # 'one year ago today': a day, which 'in 2016 today' cannot ask (Q46)
    if form == "day-word" and before is not None and before.lower_ == "ago":
        return False  # and its 'today' is not the article's day
    if form == "year" and int(span.text) < OLD_YEARS and span[0].ent_type_ != "DATE":
        return False  # "in 1500 cases", "grew to 1800": a count, which the parse tells
    if form == "year" and _year_of_a_thing(span, before):
        return not _in_title(span)  # 'into a 2010 rape allegation'
    if form in ("month", "year"):
        lead = "mid" if mid else before.lower_ if before is not None else ""
        if lead == "as" and span.start >= 3:  # 'as soon as 2023', 'as early as May'
            opening = [t.lower_ for t in doc[span.start - 3 : span.start - 1]]
            lead = "by" if opening in (["as", "soon"], ["as", "early"]) else lead
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
            if before is not None and is_currency(before.text):
                return False
    if form == "year" and _in_title(span):
        return False
    if form == "month" and span[0].text == "May" and span[0].pos_ in ("AUX", "VERB"):
        return False
    if form == "ago" and before is not None and before.lower_ in AGO_HEDGES:
        return False  # "nearly five years ago": 2014 or 2015?
    if form == "ago" and _loose_years(span.text):
        return False  # 'eight years ago' in a 2015 paper: 2007, or the 2008 it rounds?
    if form == "weekday" and (
        in_a_day_s_name(span[0]) or _a_name_goes_on(span, after) or _a_kind_of_thing(span)
    ):
        return False
    if form == "weekday" and _nth_of_a_month(span, before, after):
        return False  # 'its traditional first Saturday in May': no day near the article's
    if form == "weekday" and _told_from_an_event(before, after):
        return False  # 'the Saturday before Election Day' (sample Q93, WRONG): that event's
    if form == "day-word":
        return _the_articles_day(span[0], after)
    if form == "last" and before is not None and before.lower_ in ("the", "this", "that"):
        return False  # 'the last year or two': a stretch of time up to now, no date
    if form == "last" and "same" in (t.lower_ for t in doc[max(0, span.start - 3) : span.start]):
        return False  # 'up 5.9 per cent on the same month last year': a comparison's base
    return not (form == "weekday" and span[0].pos_ not in ("PROPN", "NOUN", "ADJ"))


# Years before this are taken only where the parse tags them a date: "in 1889" (a
# count of that size is rarer after "in" than a year, but "in 1500 cases" is one).
OLD_YEARS = 1950


def _year_of_a_thing(span: Span, before: Token | None) -> bool:
    """'into a 2010 rape allegation', 'a 2018 analysis of the data found': a year that
    dates a thing someone did, after 'a'; not 'a 2000 mile journey' (a measure), nor 'a 2020
    Sentra' (a model's name)."""
    token = span[0]
    noun = token.head
    if before is None or before.lower_ not in ("a", "an") or token.dep_ != "nummod":
        return False
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i <= token.i:
        return False
    between = token.doc[token.i + 1 : noun.i + 1]
    units = MEASURE_UNITS | DURATION_UNITS | set(MODIFIER_UNITS)
    return all(t.lower_ not in units and t.pos_ in ("NOUN", "ADJ") for t in between)


def _nth_of_a_month(span: Span, before: Token | None, after: Token | None) -> bool:
    """'the first Saturday in May', 'the last Monday of the month': a weekday counted in a
    month, not one near the article's day."""
    ordinal = before is not None and before.lower_ in (*ORDINAL_WORDS, "first", "last")
    return ordinal and after is not None and after.lower_ in ("in", "of")


def _told_from_an_event(before: Token | None, after: Token | None) -> bool:
    """'the Saturday before Election Day', 'the Monday after the vote': a weekday told from
    an event, not from the article's day."""
    return (
        before is not None
        and before.lower_ == "the"
        and after is not None
        and after.lower_ in ("before", "after", "following", "preceding", "prior")
    )


def _the_articles_day(word: Token, after: Token | None) -> bool:
    """'was arrested yesterday', 'comes into force today': the day of the article, or the
    one before. Not 'today's economy', NBC's 'Today', a quotation (said on another day), or
    a 'today' of a clause in the present ('Today, more people own a phone')."""
    if word.dep_ not in ("npadvmod", "tmod", "advmod", "pobj") or (
        after is not None and after.tag_ == "POS"
    ):
        return False
    if (word.text[:1].isupper() and not word.is_sent_start) or _quoted(word):
        return False
    verb = finite(verb_of(word))
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("relcl", "acl"):
        return False  # 'The SUVs Uber is debuting today are ...': a noun's clause
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children):
        return False  # 'Today, I'm going to build on ...': the writer's day
    if any(c.lower_ in TREND_WORDS for c in verb.children):
        return False  # 'Today, giants like VMware are increasingly using online tools': a trend
    if _compared_with(word):
        return False  # '740GW by 2022, more than India and Japan today': the present age
    if _people_nowadays(word, verb):
        return False  # 'Today, people are coming from around the world to ...': a trend
    if _a_perfect_nowadays(word, verb):
        return False  # 'Today, jury nullification has all but disappeared' (sample Q95)
    # a plain present: a caption ('Staff wait outside the store yesterday') or what holds
    # now ('Today, more people own a phone')
    return not (verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children))


def _a_perfect_nowadays(word: Token, verb: Token) -> bool:
    """'Today, jury nullification has all but disappeared from ...': a 'today' set before
    its sentence, of a perfect of something in general, is the present age against the
    past; a day's news says what happened ('Today, the company announced ...', 'Today, the
    Wikimedia Foundation has received reports ...')."""
    doc = word.doc
    opens = bool(word.is_sent_start) and word.i + 1 < len(doc) and doc[word.i + 1].text == ","
    perfect = verb.tag_ in ("VBN", "VBD") and any(  # "has all but disappeared": VBD
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
    )
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    general = (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
    )  # not 'Today, ..., the Wikimedia Foundation has received reports that ...'
    # 'Today, the once brash Mr. Wine has left behind the strut ...' (sample Q139, WRONG:
    # dated Thursday): someone set against what they once were
    once = subject is not None and any(
        t.lower_ in ONCE_WORDS for t in subject.subtree if t.i < subject.i
    )
    return opens and perfect and (general or once)


# Words that set someone against what they were ('the once brash Mr. Wine').
ONCE_WORDS = frozenset(("once", "formerly", "erstwhile", "onetime", "one-time"))


def _people_nowadays(word: Token, verb: Token) -> bool:
    """'Today, people are coming from around the world for ...': a 'today' before what
    people in general are doing is the present age, not a day."""
    if word.lower_ != "today" or verb.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lemma_.lower() in PEOPLE_AT_LARGE
        and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children)
    )


# People in general, whose doings 'today' are those of the age ('people', 'consumers').
PEOPLE_AT_LARGE = wordset(
    """people person consumer user patient customer family parent student tourist traveler
    traveller woman man child couple buyer voter"""
)


def _compared_with(word: Token) -> bool:
    """'more than the capacities of India and Japan today', 'compared with 5% today': a
    'today' closing what something is compared with, after 'than' with no verb between."""
    for token in reversed(word.doc[word.sent.start : word.i]):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and token.lower_ != "compared":
            return False  # a clause of its own ('the combined capacities' is no clause)
        if token.lower_ in ("than", "compared", "versus", "vs"):
            return True
    return False


# Words of a change under way, which 'today' sets in the present age, not on a day.
TREND_WORDS = frozenset(("increasingly", "gradually", "steadily", "slowly", "progressively"))


# A bound or a round figure: "nearly five years ago" (an "only" or "just" is exact).
AGO_HEDGES = HEDGE_WORDS - {"only", "just"}
# Words before a weekday that make it a day: 'on Tuesday Russian jets struck'.
DATING_WORDS = frozenset(
    (
        "on",
        "by",
        "until",
        "till",
        "since",
        "last",
        "next",
        "this",
        "every",
        "before",
        "after",
        "from",
        "through",
        "late",
        "early",
        "that",
        "each",
        "of",
    )
)
# From this many years back, "N years ago" is a round figure: the year it gives is as
# likely one off as right ('eight years ago' told in 2015 of a 2008 race).
LOOSE_YEARS = 5


def _loose_years(text: str) -> bool:
    count, unit = text.lower().split()[:2]
    n = int(count) if count.isdigit() else AGO_WORDS.get(count, 0)
    return unit.startswith("year") and n >= LOOSE_YEARS


# Things a weekday names a kind of ('Sunday news shows', 'Sunday school'), not a day.
WEEKLY_THINGS = wordset(
    "show shows program programs programme programmes paper papers edition editions school"
    " talk talks"
)


def _a_kind_of_thing(span: Span) -> bool:
    """'Once a fixture on cable channels and Sunday news shows, ... Giuliani': a weekday
    that qualifies the thing held on it each week, after no word that dates it, is no day
    (sample Q184, WRONG: 'Sunday, Oct. 20, 2019'). Not 'for Sunday services' of a shooting,
    nor 'documents released Tuesday show'."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in DATING_WORDS or before.pos_ in ("VERB", "AUX")):
        return False  # 'documents released Tuesday show': the day of the verb before it
    root = span.root
    heads = (root.head, root.head.head) if root.dep_ in ("compound", "nmod", "amod") else ()
    return any(h.pos_ == "NOUN" and h.lower_ in WEEKLY_THINGS for h in heads)


def _a_name_goes_on(span: Span, after: Token | None) -> bool:
    """'Friday Night Lights': a weekday followed by a capitalised word that is no month,
    mid-sentence and after no word that dates ('on Tuesday Russian jets struck'), is a word
    of a name (sample Q8)."""
    if after is None or span[0].is_sent_start or span.end >= len(span.doc):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in DATING_WORDS:
        return False
    word = after.text
    return (
        word[:1].isupper()
        and word.isalpha()
        and month_index(word) is None
        and after.ent_type_ not in ("DATE", "TIME")
    )


def _in_title(span: Span) -> bool:
    """A year inside the name of a work: '"2001: A Space Odyssey"', 'the film 2012'."""
    if any(t.ent_type_ in ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW") for t in span):
        return True
    sent = span.sent
    before = text_of(span.doc)[sent.start_char : span.start_char]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    if not opened:
        return False
    # inside quotation marks: a title when the quotation is short and capitalised
    quote_start = max(before.rfind('"'), before.rfind("“"))
    rest = text_of(span.doc)[sent.start_char + quote_start + 1 : sent.end_char]
    inner = re.split(r'["”]', rest, maxsplit=1)[0].split()
    return len(inner) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in inner[:3])
