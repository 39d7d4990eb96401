"""A web page's date, checked: the date trafilatura found is set right or replaced when
the page says otherwise.

Pages show many dates besides their own (a teaser's in a sidebar, a related story's), and
htmldate sometimes takes one of them, or reads "10/04/16" with day and month the wrong way
round. What the page states for machines (meta tags, JSON-LD, <time datetime>), its own
address, the story's dateline and the date it shows its reader as its own (in its title, or
after a "Date" label) say which date is the page's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from trainer.language.dates import A_YEAR
from trainer.language.lexicon import MONTHS, WEEKDAYS, wordset

# Words a date line is made of besides its figures: "Nov. 29, 2016", "Updated 3:41 PM ET".
MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | frozenset(m[:3].lower() for m in MONTHS)
DATE_WORDS = (
    MONTH_WORDS
    | frozenset(d.lower() for d in WEEKDAYS)
    | wordset(
        """sept mon tue tues wed thu thur thurs fri sat sun published updated posted modified
        launched
        last on at am pm a m p gmt utc et est edt
        cst cdt mst mdt pst pdt"""
    )
)


def is_date_line(text: str) -> bool:
    """'Nov. 29, 2016', 'Updated 3:41 PM ET', '2016': a date and nothing else."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not re.search(r"\d", text) and not any(w in MONTH_WORDS for w in words):
        return False
    return all(w in DATE_WORDS for w in words)


# Where a page states its date for machines: a meta tag, JSON-LD, a <time datetime>.
_META_DATE = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time"
    r"|datePublished|pubdate|publishdate|parsely-pub-date|sailthru\.date)[\"'][^>]*>",
    re.IGNORECASE,
)
_ISO_IN_TAG = re.compile(r"(?:content|value|datetime)=[\"'](\d{4}-\d{2}-\d{2})")
_JSON_DATE = re.compile(r"\"datePublished\"\s*:\s*\"(\d{4}-\d{2}-\d{2})")
# A publication date a page's scripts set for its own use: "publicationDate:'2010-08-16'".
_SCRIPT_DATE = re.compile(
    r"[\"']?\b(?:publicationDate|publishDate|publishedDate|pubDate|publish_date|published_date"
    r"|publishedAt|published_at|dateCreated)[\"']?\s*[:=]\s*[\"'](\d{4}-\d{2}-\d{2})"
)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime=[\"'](\d{4}-\d{2}-\d{2})", re.IGNORECASE)
# '/2016/10/', '/2010/08/13/', '/2010/POLITICS/08/13/', '/2020/oct/02/': the date in a
# page's own address (year and month, and the day when it gives one)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})/(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\d{1,2})/"
    r"|(?:[A-Za-z][\w-]*/)?(\d{1,2})/(?:(\d{1,2})/)?)",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# '/feed/2011-01/nfl-coaches/', '/story/2011-01-04/': a year and month, and maybe a day,
# joined by hyphens
_URL_DASHED_DATE = re.compile(r"/((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?/")
# '/11/06/12/': month, day and a two-digit year, as older US news sites write them
_URL_SHORT_DATE = re.compile(r"/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(\d{2})/")


def _url_date(url: str) -> tuple[int, int, int | None] | None:
    """Year, month and (when given) day of the date in a page's address."""
    m = _URL_DATE.search(url)
    dashed = _URL_DASHED_DATE.search(url) if m is None else None
    if dashed is not None:
        day = int(dashed.group(3)) if dashed.group(3) else None
        return int(dashed.group(1)), int(dashed.group(2)), day
    if m is None:
        short = _URL_SHORT_DATE.search(url)
        if short is None:
            return None
        return 2000 + int(short.group(3)), int(short.group(1)), int(short.group(2))
    if m.group(2):
        return int(m.group(1)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(3))
    return int(m.group(1)), int(m.group(4)), int(m.group(5)) if m.group(5) else None


def checked_published(
    found: date | None,
    page: str,
    url: str = "",
    dateline: date | None = None,
    opening: Sequence[str] = (),
    dateline_day: tuple[int, int] | None = None,
) -> date | None:
    """The page's date, checked (`_checked`); none when the page writes it only as figures
    that read both ways ('11/05/2012': 11 May or 5 November?), or when it is a 1 January
    the page neither states for machines nor shows nor has in its address (the year of a
    copyright line, which the extractor writes so): no date beats a wrong one. `opening`
    is the story's first paragraphs, as extracted: the date line set beside them is the
    story's (`story_date_line`)."""
    stated, in_url = _stated_dates(page), _url_date(url)
    if found is not None and found in _expiry_dates(page):
        found = None  # a cache's expiry date ('expires: Mon, 30 May 2005'), not the story's
    texts = page_texts(page)
    shown = shown_dates(page, texts) + _own_links(page, url)
    beside = story_date_line(texts, opening)
    own = shown if beside is None or beside in shown else [*shown, beside]
    day = _read(found, page, stated, in_url, dateline, own, _years_told(texts))
    if day is None and dateline_day is not None:
        return _line_of_the_day(_date_lines(texts, shown), dateline_day)  # 'Dec. 3 (Bloomberg)'
    if day is not None and day not in stated and in_url is None and day != dateline:
        day = _as_the_page_shows(day, _date_lines(texts, shown), dateline_day)
    return day


# A page's cache expiry, which the extractor may take for its date (samples Q19, Q21: two
# Bloomberg pages of 2007 and 2008 dated "30 May 2005").
_EXPIRES = re.compile(
    r"<meta\b[^>]*http-equiv=[\"']expires[\"'][^>]*content=[\"']([^\"']+)", re.IGNORECASE
)


def _expiry_dates(page: str) -> set[date]:
    """The days a page's `<meta http-equiv="expires">` tags give."""
    from email.utils import parsedate_to_datetime

    days = set()
    for value in _EXPIRES.findall(page):
        try:
            days.add(parsedate_to_datetime(value).date())
        except (TypeError, ValueError, IndexError):
            continue
    return days


def _read(
    found: date | None,
    page: str,
    stated: set[date],
    in_url: tuple[int, int, int | None] | None,
    dateline: date | None,
    shown: list[date],
    years: frozenset[int] = frozenset(),
) -> date | None:
    """The page's date read from what the extractor `found`, what the page `stated` for
    machines, its address, the story's `dateline`, the dates it shows its reader as its
    own (`shown`) and the `years` its texts name."""
    day = _checked(found, stated, in_url, shown, dateline, _modified_dates(page), years)
    if day is not None and day not in stated and in_url and _outside_the_month(day, in_url):
        # '/2014/09/' in the address, and December 3, 2015 from the header's 'today' line
        # (sample Q70, WRONG): a day of that month the page states anywhere, else none
        month = sorted(d for d in {*_script_dates(page), *shown} if d.timetuple()[:2] == in_url[:2])
        return month[0] if month else None
    if day is None or day == dateline or day in shown:
        return day
    coded = _script_dates(page)
    if not stated and in_url is None and len(coded) == 1:
        first = next(iter(coded))
        if abs((day - first).days) > AFTER_THE_PAGE:
            return first  # 'publicationDate: 2010-08-16' of a WSJ page dated by its crawl

    updated = _updated_stamp(page)
    if updated is not None and day not in stated and in_url is None and updated != day:
        return updated  # 'updated 8:54 p.m. EDT, Tue October 6, 2009' beats a video's day
    if (day.month, day.day) == (1, 1) and day not in stated and not (in_url and in_url[1] == 1):
        return None  # a year alone (a copyright line's) that the extractor wrote as 1 January
    if day not in stated and in_url is None and _only_in_code(day, page):
        return None  # '//2006-11-24: Banner' in an ad's script: the day the ad was set up
    if not _either_way(day, page, stated, in_url):
        return day
    # the text's own writing of the day, with its month's name, says which reading it is
    return next((d for d in (day, _swapped(day)) if _named(d, page)), None)


# The stamp a page writes of when its story was last updated, anywhere in it (CNN's pages
# of 2009 write it from a script): 'updated 8:54 p.m. EDT, Tue October 6, 2009'.
_UPDATED = re.compile(
    r"\bupdated\s+(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}\s*)?,?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"((?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+\d{1,2},\s+\d{4})",
    re.IGNORECASE,
)


def _own_links(page: str, url: str) -> list[date]:
    """The days of the page's links to its own story under another address that gives the
    day ('.../story/2011-01-04/raiders-cut-ties-with-cable' in the comments box of
    '.../feed/2011-01/nfl-coaches/story/raiders-cut-ties-with-cable', sample Q66)."""
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    if slug.count("-") < 2:
        return []  # too short to be the story's own name
    linked = re.finditer(
        rf"/((?:19|20)\d{{2}})[-/](\d{{1,2}})[-/](\d{{1,2}})/(?:[\w-]+/)*{re.escape(slug)}(?![\w-])",
        page,
    )
    days = []
    for m in linked:
        try:
            days.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return list(dict.fromkeys(days))


def _outside_the_month(day: date, in_url: tuple[int, int, int | None]) -> bool:
    """The address gives a year and a month and no day ('/2014/09/'), and `day` lies
    outside that month and the month after it (an update)."""
    if in_url[2] is not None:
        return False
    first = date(in_url[0], in_url[1], 1)
    return not first <= day <= first + timedelta(days=62)


def _rewritten(first: date, last: date, years: frozenset[int]) -> bool:
    """Whether a page first published on `first` and modified on `last` was rewritten since:
    its texts name two or more years between the two ('agreed in 2025' on a page of 2012
    edited in 2026). One such year may be a plan's ('by 2018')."""
    return len({y for y in years if first.year < y < last.year}) >= 2


def _years_told(texts: list[str]) -> frozenset[int]:
    """The years a page's texts name ('agreed in 2025')."""
    return frozenset(int(y) for t in texts for y in A_YEAR.findall(t))


def _updated_stamp(page: str) -> date | None:
    """The one day the page's 'updated' stamps give (sample Q53: a CNN page of October 6,
    2009, dated September 30 from a video's address in a script); None for none or several."""
    days = {d for m in _UPDATED.finditer(page) for d in [written_date(m.group(1))] if d}
    return days.pop() if len(days) == 1 else None


def _checked(
    found: date | None,
    stated: set[date],
    in_url: tuple[int, int, int | None] | None,
    shown: list[date],
    dateline: date | None,
    modified: frozenset[date] = frozenset(),
    years: frozenset[int] = frozenset(),
) -> date | None:
    """The page's date, checked. Day and month are put back when they were read the wrong
    way round: "10/04/16" beside `<time datetime="2016-10-04">` is October 4, not April 10
    (the date the page states for machines, or the year and month of its URL, says which
    reading is right). A date more than a month away from the day in the page's own
    address, which the page does not state for machines, came from elsewhere on the page
    (a link in a sidebar): the address's day is the page's. The story's own `dateline`
    beats any date the page does not state for machines. `stated`, `in_url` and `shown`
    are the dates the page states for machines, its address's and the ones it shows its
    reader as its own. A date the page states as its last modification (`modified`) gives way
    to the one date it states as its publication (sample Q61: a 2020 story dated by its 2025
    edit, and its 'yesterday' with it), unless the page names years between the two: then
    its text was rewritten since, and the last modification is its date (`_rewritten`,
    sample Q62: an explainer of 2012 that tells of 2025)."""
    checked = _unswapped(found, stated, in_url)
    if dateline is not None and not stated:
        return dateline
    if checked is not None and checked in modified and checked not in stated and len(stated) == 1:
        first = next(iter(stated))
        if first < checked and not _rewritten(first, checked, years):
            return first  # 'dateModified: 2025-01-07' of a story 'datePublished: 2020-07-10'
    if checked is not None and checked in stated and modified:
        last = max(modified)
        if _rewritten(checked, last, years):
            return last  # an explainer of 2012 that tells of 2023 and 2025 (sample Q62)
    if shown and (checked is None or checked not in stated | set(shown)):
        # a date that neither the page's machines nor its reader are told is another
        # page's (a teaser's in a sidebar): the one its title or "Date" label shows wins
        return next((d for d in shown if d in stated), shown[0])
    if checked is None or in_url is None or in_url[2] is None or checked in stated:
        return checked
    try:
        day = date(in_url[0], in_url[1], in_url[2])
    except ValueError:
        return checked
    return day if abs((checked - day).days) > 31 else checked


# How far a page's date may lie after every date line it shows (its "today" banner).
AFTER_THE_PAGE = 31


def _as_the_page_shows(
    day: date, lines: list[date], dateline_day: tuple[int, int] | None
) -> date | None:
    """The page's date, checked against the dates the page shows (`lines`). The story's
    yearless dateline ("Dec. 3 (Bloomberg) --") says its day: a date of another day gives
    way to the date line of that day the page shows ("Last Updated: December 3, 2007"), or
    to none. A date later than every date the page shows by more than a month (an agency
    slug's "01-10-08" read as October 1) is none."""
    if dateline_day is not None and not _near(day, dateline_day):
        return _line_of_the_day(lines, dateline_day)
    if lines and all((day - d).days > AFTER_THE_PAGE for d in lines):
        return None
    return day


def _date_lines(texts: list[str], shown: list[date]) -> list[date]:
    """Every date the page shows: its date lines, and its title's and labels' (`shown`)."""
    return [d for t in texts for d in [written_date(t)] if d is not None] + shown


def _line_of_the_day(lines: list[date], month_day: tuple[int, int]) -> date | None:
    """The one date of that month and day among the page's `lines` ("Last Updated:
    December 3, 2007" for a dateline "Dec. 3 (Bloomberg) --"), else None."""
    same = {d for d in lines if (d.month, d.day) == month_day}
    return same.pop() if len(same) == 1 else None


def _near(day: date, month_day: tuple[int, int]) -> bool:
    """Is `day` within a day of that month and day, in its own year or the next or last?"""
    from trainer.language.dates import safe_date

    near = (safe_date(day.year + k, *month_day) for k in (-1, 0, 1))
    return any(d is not None and abs((day - d).days) <= 1 for d in near)


def _unswapped(
    found: date | None, stated: set[date], in_url: tuple[int, int, int | None] | None
) -> date | None:
    if found is None or found.day > 12 or found.day == found.month:
        return found
    swapped = found.replace(month=found.day, day=found.month)
    if stated:
        return swapped if swapped in stated and found not in stated else found
    if in_url and in_url[:2] == (swapped.year, swapped.month):
        return swapped if (found.year, found.month) != (swapped.year, swapped.month) else found
    return found


def _only_in_code(day: date, page: str) -> bool:
    """Is the day written, in figures, only in a script's comments? An advertiser's
    script notes the day its banner was set up ('//2006-11-24: Banner', on unseen pages of
    2007 and 2008), and the extractor, finding no other date, takes it for the page's. A
    date in a script's data, a meta tag, an address or an HTML comment ('<!-- pubdate
    20071228 -->', a build's time stamp) is the page's."""
    forms = (day.isoformat(), day.strftime("%Y/%m/%d"), day.strftime("%Y%m%d"))
    found = [m for f in forms for m in re.finditer(re.escape(f), page)]
    return bool(found) and all(
        _LINE_COMMENT.fullmatch(page, page.rfind("\n", 0, m.start()) + 1, m.start()) for m in found
    )


# A script's line opening on a comment, up to the date ('//2006-11-24: Banner')
_LINE_COMMENT = re.compile(r"[ \t]*//[ \t]*")


def _either_way(
    day: date, page: str, stated: set[date], in_url: tuple[int, int, int | None] | None
) -> bool:
    """Does the page write its date as figures that read both ways ('11/05/2012',
    '07-11-12'), with no date stated for machines and no address of that year and month
    to say which?"""
    if day.day > 12 or day.day == day.month or stated:
        return False
    if in_url is not None and in_url[:2] in ((day.year, day.month), (day.year, day.day)):
        return False
    years = rf"(?:{day.year}|{day.year % 100:02d})"
    either = (
        rf"(?<![\d/.-])0?{a}([/.-])0?{b}\1{years}(?![\d/.-])"
        for a, b in ((day.day, day.month), (day.month, day.day))
    )
    return any(re.search(pattern, page) for pattern in either)


def _named(day: date, page: str) -> bool:
    """Is the day written with its month's name ('Nov. 5, 2012', '5 November 2012')?"""
    month = MONTHS[day.month - 1]
    name = rf"(?:{month}|{month[:3]}\.?)"
    return bool(
        re.search(rf"\b{name} 0?{day.day}(?:st|nd|rd|th)?,? {day.year}\b", page)
        or re.search(rf"\b0?{day.day}(?:st|nd|rd|th)? {name},? {day.year}\b", page)
    )


def _swapped(day: date) -> date:
    return day.replace(month=day.day, day=day.month)


# Where a page states when it was last changed, for machines.
_MODIFIED_META = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)=[\"'](?:article:modified_time|og:updated_time"
    r"|dateModified|last-modified)[\"'][^>]*>",
    re.IGNORECASE,
)
_JSON_MODIFIED = re.compile(r"\"dateModified\"\s*:\s*\"(\d{4}-\d{2}-\d{2})")


def _modified_dates(page: str) -> frozenset[date]:
    """The days a page states it was modified on (meta tags, JSON-LD)."""
    return frozenset(_iso_days(_in_tags(page, _MODIFIED_META) + _JSON_MODIFIED.findall(page)))


def _stated_dates(page: str) -> set[date]:
    """The dates a page states for machines (meta tags, JSON-LD, <time datetime>)."""
    texts = _in_tags(page, _META_DATE) + _JSON_DATE.findall(page) + _TIME_TAG.findall(page)[:3]
    return _iso_days(texts)


def _script_dates(page: str) -> set[date]:
    """The publication dates a page's scripts state (sample Q66: a WSJ page of August 16,
    2010 whose only other date was a December crawl's)."""
    return _iso_days(_SCRIPT_DATE.findall(page))


def _in_tags(page: str, tags: re.Pattern[str]) -> list[str]:
    """The ISO dates the content of each tag `tags` finds holds."""
    return [
        m.group(1) for tag in tags.finditer(page) for m in [_ISO_IN_TAG.search(tag.group())] if m
    ]


def _iso_days(texts: list[str]) -> set[date]:
    """The days of the ISO dates among `texts` (one that is no real day is left out)."""
    days = set()
    for text in texts:
        try:
            days.add(date.fromisoformat(text))
        except ValueError:
            continue
    return days


# A page's own date written for its reader: a part of its title ("Headline | DW |
# 19.01.2020"), or the value of a "Date" / "Published" label ("<strong>Date</strong>
# 19.01.2020"). A teaser's date in a sidebar has neither.
_DATE_LABEL = re.compile(
    r"^(?:date|published|posted|written|first\s+published|publication\s+date|date\s+published)"
    r"(?:\s+on)?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_TITLE_PARTS = re.compile(r"\s*\|\s*|\s+[–—-]\s+")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$")
_ISO_DATE = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})$")
_CLOCK_AFTER = re.compile(
    r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$", re.IGNORECASE
)
# 'Article Launched: 12/30/2007 01:50:35 AM PST': a US date, read only where its day is
# past 12 (no month); '01/02/2008' may be either day first or month first.
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})$")
_LINE_LABEL = re.compile(
    r"^(?:published|posted|updated|launched|modified)(?:\s+on)?\s*:?\s*", re.IGNORECASE
)
TAG = re.compile(r"<[^>]*>")
_CODE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(
    r"<meta\b[^>]*?property=[\"']og:title[\"'][^>]*?content=[\"']([^\"']*)", re.IGNORECASE
)
# A label's value is at most this many words ("Thursday, 28 April 2022 – 3:55pm").
LABEL_VALUE_WORDS = 8


def shown_dates(page: str, texts: list[str] | None = None) -> list[date]:
    """The dates a page shows its reader as its own: in its <title> or og:title (a part of
    the title that is a date and nothing else), then after a "Date" / "Published" label,
    in the order the page gives them. `texts`: the page's texts, when already read."""
    import html

    titles = re.findall(r"<title[^>]*>(.*?)</title>", page, re.IGNORECASE | re.DOTALL)
    titles += _OG_TITLE.findall(page)
    found = [
        d
        for title in titles
        for part in _TITLE_PARTS.split(html.unescape(title).strip())
        for d in [written_date(part)]
        if d is not None
    ]
    texts = page_texts(page) if texts is None else texts
    for i, text in enumerate(texts):
        label = _DATE_LABEL.match(text)
        if label is None:
            continue
        value = label.group("value") or (texts[i + 1] if i + 1 < len(texts) else "")
        if len(value.split()) <= LABEL_VALUE_WORDS:
            day = written_date(value)
            if day is not None:
                found.append(day)
    return list(dict.fromkeys(found))


# How far before the story's first paragraph (in the page's texts) its date line may stand:
# past the byline, the headline and a photo's credit, not into the page's header.
DATE_LINE_REACH = 12
_ARTICLE_LABEL = re.compile(r"^article\s+(?=published|posted|updated|launched)", re.IGNORECASE)
_PRINT_PAGE = re.compile(r"\s*[;|]\s*(?=page\b)", re.IGNORECASE)


def story_date_line(texts: list[str], opening: Sequence[str]) -> date | None:
    """The date line nearest the story's opening: a text that is a day with its year and
    nothing else (`written_date`), among the page's texts from a few before the first of
    the `opening` paragraphs to the last of them, in the page's `texts`. A site's banner
    ("Web Issue 3044 | January 15 2008") and a table of past winners further down are other
    dates than the "January 01 2008" set over the story. None when no opening paragraph is
    found in the page's texts."""
    found = [i for paragraph in opening for i in [_text_index(texts, paragraph)] if i is not None]
    if not found:
        return None
    first, last = min(found), max(found)
    lines = [
        (abs(i - first), day)
        for i in range(max(0, first - DATE_LINE_REACH), last + 1)
        if not texts[i].startswith("(")  # '(July 24, 2012)': a related story's, in a box
        # 'Sunday, January 6, 2008; Page A04': the print page after the day
        for day in [written_date(_PRINT_PAGE.split(_ARTICLE_LABEL.sub("", texts[i]))[0])]
        if day is not None
    ]
    return min(lines, key=lambda line: line[0])[1] if lines else None


def _text_index(texts: list[str], paragraph: str) -> int | None:
    """Where in the page's texts `paragraph` starts: the first text of some length it
    opens with (the page breaks a paragraph at its links)."""
    paragraph = " ".join(paragraph.split())
    return next(
        (i for i, text in enumerate(texts) if len(text) >= 20 and paragraph.startswith(text)),
        None,
    )


_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_CLOCK_BEFORE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*,?\s*", re.IGNORECASE)


def written_date(text: str) -> date | None:
    """'19.01.2020', '2020-01-19', 'Jan. 19, 2020', 'Thursday, 28 April 2022 – 3:55pm',
    '01:33, January 7th 2008': a day with its year written for a reader, and nothing but a
    date; else None."""
    from trainer.language.dates import figures_and_months, safe_date

    text = " ".join(text.split()).strip(" ,")
    text = _ORDINAL.sub(r"\1", text)  # 'January 7th 2008'
    text = _CLOCK_BEFORE.sub("", text)  # '01:33, January 7 2008'
    if not text or not is_date_line(re.sub(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?", "", text)):
        return None
    bare = _CLOCK_AFTER.sub("", _LINE_LABEL.sub("", text))  # '2023-11-07 15:03:30'
    for pattern, order in ((_DOTTED_DATE, (3, 2, 1)), (_ISO_DATE, (1, 2, 3))):
        match = pattern.match(bare)
        if match:
            y, m, d = (int(match.group(i)) for i in order)
            return safe_date(y, m, d)
    slash = _SLASH_DATE.match(bare)
    if slash:
        first, second, year = (int(slash.group(i)) for i in (1, 2, 3))
        if (first > 12) == (second > 12):
            return None  # '01/02/2008': January 2 or February 1?
        month, day = (second, first) if first > 12 else (first, second)
        return safe_date(year, month, day)
    numbers, months = figures_and_months(re.split(r"\s[–—-]\s|\d{1,2}:\d{2}", text)[0])
    if len(numbers) != 2 or len(months) != 1 or not 1900 <= numbers[1] <= 2100:
        return None
    return safe_date(numbers[1], months[0], numbers[0])


def page_texts(page: str) -> list[str]:
    """The page's texts between its tags, in order (scripts and styles left out)."""
    import html

    texts = (" ".join(html.unescape(t).split()) for t in TAG.split(_CODE.sub(" ", page)))
    return [t for t in texts if t]
