"""A web page's title, outlet and author, checked before the quiz's source line shows them.

trafilatura reads them from wherever a page puts them, and pages put odd things there: a
date or the headline where the site's name goes ("Nov. 29, 2016"), the site's name as the
title with the headline as the site's name, a sign-in link or a section label as the
author ("Sign In", "Food Science"), the links after an author's name ("Alyssa Newcomb
Twitter Email", "Jeremy Herron More stories by Jeremy Herron"). General rules set them
right or leave them out: a wrong source line is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from trainer.cleaning import CREDENTIAL
from trainer.language.lexicon import MONTHS, WEEKDAYS, wordset
from trainer.language.text import normalise

# Words a date line is made of besides its figures: "Nov. 29, 2016", "Updated 3:41 PM ET".
MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | frozenset(m[:3].lower() for m in MONTHS)
DATE_WORDS = (
    MONTH_WORDS
    | frozenset(d.lower() for d in WEEKDAYS)
    | wordset(
        """sept published updated posted modified last on at am pm a m p gmt utc et est edt
        cst cdt mst mdt pst pdt"""
    )
)
# Words a page writes after an author's name that are no part of it: links and the date.
# (Months that are also given names, "April", "May", "June", "August", stay.)
AFTER_AUTHOR_WORDS = (
    wordset("twitter email e-mail facebook instagram linkedin contact bio rss website")
    | wordset("published updated posted")
    | frozenset(d.lower() for d in WEEKDAYS)
    | frozenset(m.lower() for m in MONTHS) - wordset("april may june august")
)
# Where an author's name ends and a link or a biography starts: "Jeremy Herron More
# stories by Jeremy Herron", "Phil Helsel is a reporter for NBC News".
AFTER_AUTHOR = re.compile(
    r"\s+(?:more\s+(?:stories|articles|posts|from|by)\b|(?:view|see)\s+(?:all|more)\b"
    r"|all\s+(?:stories|articles|posts)\s+by\b|follow\b|(?:is|was)\s+an?\b).*$",
    re.IGNORECASE,
)
# Links a page's byline area holds that are no one's name.
SITE_LINK = re.compile(
    r"^(?:sign\s*(?:in|up|out)|log\s*(?:in|out)|subscribe|register|menu|search|share|follow"
    r"|home|contact(?:\s+us)?)$",
    re.IGNORECASE,
)
# A degree written after a name and read as a second author: "Brenda Goodman, MA".
DEGREE = re.compile(rf"^{CREDENTIAL}$")  # case kept: "Ma" is a surname
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# A title of at most this many words that names the page's host ("Bloomberg" on
# bloomberg.com) is the site's name; a site's name of at least HEADLINE_WORDS words beside
# it is the headline: the two were read the wrong way round.
SITE_NAME_WORDS = 3
HEADLINE_WORDS = 5
# A title of at most this many words may be a section's name ("Allergies Health Center").
SECTION_NAME_WORDS = 4


@dataclass(frozen=True)
class PageMetadata:
    title: str
    outlet: str
    author: str


def checked_metadata(
    title: str, outlet: str, author: str, host: str = "", page: str = ""
) -> PageMetadata:
    """The page's own title, outlet and author with what cannot be right set right or left
    out. `host`: the page's host name, the outlet when the page gives none that holds;
    `page`: the page's markup, to tell a name from a section label written in lower case."""
    host = re.sub(r"^www\.", "", host.lower())
    title = _headline_over_section(title, page)
    if _names_the_host(title, host) and len(outlet.split()) >= max(
        HEADLINE_WORDS, len(title.split()) + 1
    ):
        title, outlet = outlet, title  # "Bloomberg" with the headline as the outlet
    outlet = _checked_outlet(outlet, title) or host
    authors = [_checked_author(part, title, page) for part in author.split(";")]
    kept = _one_each([a for a in authors if a and not DEGREE.match(a)])
    return PageMetadata(title=_without_byline(title, kept), outlet=outlet, author="; ".join(kept))


def _headline_over_section(title: str, page: str) -> str:
    """A page whose one <h1> is its section's name ("Allergies Health Center") has its
    headline in <title> ("Babies Who Eat Peanuts Early May Avoid Allergy"): a short title
    that <title> does not hold gives way to a headline there."""
    if not page or len(title.split()) > SECTION_NAME_WORDS:
        return title
    found = re.search(r"<title[^>]*>(.*?)</title>", page, re.IGNORECASE | re.DOTALL)
    if not found:
        return title
    import html

    whole = " ".join(html.unescape(found.group(1)).split())
    if not whole or _holds_title(whole, title):
        return title
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", whole)]
    headline = max(parts, key=lambda p: len(p.split()))
    return headline if len(headline.split()) >= HEADLINE_WORDS else title


def _one_each(authors: list[str]) -> list[str]:
    """Each name once, in the page's normal case: 'Jeffrey Gettleman; JEFFREY GETTLEMAN'
    is one author."""
    kept: dict[str, str] = {}
    for author in authors:
        key = author.casefold()
        if key not in kept or kept[key].isupper():
            kept[key] = author
    return list(kept.values())


def _without_byline(title: str, authors: list[str]) -> str:
    """'Headline | Eleanor Ainge Roy': the author's name after the headline is no part of
    it."""
    for author in authors:
        match = re.search(rf"\s+[|–—-]\s+{re.escape(author)}\s*$", title, re.IGNORECASE)
        if match and match.start() > 0:
            return title[: match.start()]
    return title


def is_date_line(text: str) -> bool:
    """'Nov. 29, 2016', 'Updated 3:41 PM ET', '2016': a date and nothing else."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not re.search(r"\d", text) and not any(w in MONTH_WORDS for w in words):
        return False
    return all(w in DATE_WORDS for w in words)


def _checked_outlet(outlet: str, title: str) -> str:
    outlet = outlet.strip()
    if re.match(r"https?://", outlet, re.IGNORECASE):
        return re.sub(r"^www\.", "", urlsplit(outlet).hostname or "")
    if COPYRIGHT.match(outlet) or is_date_line(outlet) or _holds_title(outlet, title):
        return ""
    return outlet


def _checked_author(author: str, title: str, page: str) -> str:
    author = AFTER_AUTHOR.sub("", author.strip())
    words = author.split()
    while words and words[-1].lower() in AFTER_AUTHOR_WORDS:
        words.pop()
    author = " ".join(words).strip(" ,|-")
    if not author or SITE_LINK.match(author) or is_date_line(author):
        return ""
    if _holds_title(author, title) or _written_in_lower_case(author, page):
        return ""
    return author


def _holds_title(text: str, title: str) -> bool:
    """Is the title the whole of this text, or inside it ('… - Headline')?"""
    key, title_key = normalise(text), normalise(title)
    return bool(title_key) and f" {title_key} " in f" {key} "


def _names_the_host(title: str, host: str) -> bool:
    """'Bloomberg' on bloomberg.com, 'The Gazette' on gazette.example."""
    words = title.split()
    if not host or not words or len(words) > SITE_NAME_WORDS:
        return False
    letters = re.sub(r"[^a-z0-9]", "", normalise(re.sub(r"^the\s+", "", title, flags=re.I)))
    return len(letters) >= 3 and letters in re.sub(r"[^a-z0-9]", "", host)


def _written_in_lower_case(author: str, page: str) -> bool:
    """A byline the page writes only in lower case ('food science') is a section's label
    that trafilatura capitalised, not a person's name."""
    if not page or author in page or author.lower() == author:
        return False
    return re.search(rf"(?<![\w-]){re.escape(author.lower())}(?![\w-])", page) is not None


# Where a page states its date for machines: a meta tag, JSON-LD, a <time datetime>.
_META_DATE = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time"
    r"|datePublished|pubdate|publishdate|parsely-pub-date|sailthru\.date)[\"'][^>]*>",
    re.IGNORECASE,
)
_ISO_IN_TAG = re.compile(r"(?:content|value|datetime)=[\"'](\d{4}-\d{2}-\d{2})")
_JSON_DATE = re.compile(r"\"datePublished\"\s*:\s*\"(\d{4}-\d{2}-\d{2})")
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime=[\"'](\d{4}-\d{2}-\d{2})", re.IGNORECASE)
# '/2016/10/', '/2010/08/13/', '/2010/POLITICS/08/13/': the date in a page's own address
# (year and month, and the day when it gives one)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(?:[A-Za-z][\w-]*/)?(\d{1,2})/(?:(\d{1,2})/)?")


def checked_published(
    found: date | None, page: str, url: str = "", dateline: date | None = None
) -> date | None:
    """The page's date, checked. Day and month are put back when they were read the wrong
    way round: "10/04/16" beside `<time datetime="2016-10-04">` is October 4, not April 10
    (the date the page states for machines, or the year and month of its URL, says which
    reading is right). A date more than a month away from the day in the page's own
    address, which the page does not state for machines, came from elsewhere on the page
    (a link in a sidebar): the address's day is the page's. The story's own `dateline`
    beats any date the page does not state for machines."""
    stated = _stated_dates(page)
    in_url = _URL_DATE.search(url)
    checked = _unswapped(found, stated, in_url)
    if dateline is not None and not stated:
        return dateline
    if checked is None or in_url is None or in_url.group(3) is None or checked in stated:
        return checked
    try:
        day = date(int(in_url.group(1)), int(in_url.group(2)), int(in_url.group(3)))
    except ValueError:
        return checked
    return day if abs((checked - day).days) > 31 else checked


def _unswapped(found: date | None, stated: set[date], in_url: re.Match[str] | None) -> date | None:
    if found is None or found.day > 12 or found.day == found.month:
        return found
    swapped = found.replace(month=found.day, day=found.month)
    if stated:
        return swapped if swapped in stated and found not in stated else found
    if in_url and (int(in_url.group(1)), int(in_url.group(2))) == (swapped.year, swapped.month):
        return swapped if (found.year, found.month) != (swapped.year, swapped.month) else found
    return found


def _stated_dates(page: str) -> set[date]:
    """The dates a page states for machines (meta tags, JSON-LD, <time datetime>)."""
    texts = [
        m.group(1)
        for tag in _META_DATE.finditer(page)
        for m in [_ISO_IN_TAG.search(tag.group())]
        if m
    ]
    texts += _JSON_DATE.findall(page) + _TIME_TAG.findall(page)[:3]
    dates = set()
    for text in texts:
        try:
            dates.add(date.fromisoformat(text))
        except ValueError:
            continue
    return dates
