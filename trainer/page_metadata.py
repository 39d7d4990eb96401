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
from urllib.parse import urlsplit

from trainer.cleaning import CREDENTIAL
from trainer.language.lexicon import MONTHS, WEEKDAYS, wordset
from trainer.language.text import SITE_NAME_WORDS, names_the_host, normalise
from trainer.page_dates import TAG, is_date_line, page_texts

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
# A title of at most SITE_NAME_WORDS words that names the page's host ("Bloomberg" on
# bloomberg.com) is the site's name; a site's name of at least HEADLINE_WORDS words beside
# it is the headline: the two were read the wrong way round.
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
    if names_the_host(title, host) and len(outlet.split()) >= max(
        HEADLINE_WORDS, len(title.split()) + 1
    ):
        title, outlet = outlet, title  # "Bloomberg" with the headline as the outlet
    outlet = _checked_outlet(outlet, title) or host
    authors = [_checked_author(part, title, page) for part in author.split(";")]
    kept = _one_each([a for a in authors if a and not DEGREE.match(a)])
    if not kept or all(_is_publisher(a, outlet, page) for a in kept):
        kept = labelled_authors(page) or [a for a in kept if not _is_publisher(a, "", page)]
    title = _without_site_parts(_without_byline(title, kept), outlet, host)
    return PageMetadata(title=title, outlet=outlet, author="; ".join(kept))


def _without_site_parts(title: str, outlet: str, host: str) -> str:
    """'Headline | DW | 19.01.2020': the site's name and the date after the headline are
    no part of it (a headline of some length stays)."""
    site = {re.sub(r"[^a-z0-9]", "", normalise(name)) for name in (outlet, host) if name}
    for separator in reversed(list(re.finditer(r"\s+[|–—-]\s+", title))):
        last, head = title[separator.end() :], title[: separator.start()]
        letters = re.sub(r"[^a-z0-9]", "", normalise(last))
        names_site = len(last.split()) <= SITE_NAME_WORDS and len(letters) >= 2
        if len(head.split()) < HEADLINE_WORDS or not (
            is_date_line(last) or (names_site and any(letters in name for name in site))
        ):
            break
        title = head
    return title


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


def _written_in_lower_case(author: str, page: str) -> bool:
    """A byline the page writes only in lower case ('food science') is a section's label
    that trafilatura capitalised, not a person's name."""
    if not page or author in page or author.lower() == author:
        return False
    return re.search(rf"(?<![\w-]){re.escape(author.lower())}(?![\w-])", page) is not None


_ADDRESS_TAGS = (
    re.compile(r"<link\b[^>]*?\brel=[\"']canonical[\"'][^>]*>", re.IGNORECASE),
    re.compile(r"<meta\b[^>]*?property=[\"']og:url[\"'][^>]*>", re.IGNORECASE),
)
_ADDRESS = re.compile(r"\b(?:href|content)=[\"'](https?://[^\"'\s]+)", re.IGNORECASE)


def page_address(page: str) -> str:
    """The page's own address as it states it (its canonical link, else its og:url);
    "" when it states none."""
    for pattern in _ADDRESS_TAGS:
        for tag in pattern.finditer(page):
            found = _ADDRESS.search(tag.group())
            if found:
                return found.group(1)
    return ""


_AUTHOR_LABEL = re.compile(r"^(?:author|authors|written\s+by)\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_PUBLISHER_META = re.compile(
    r"<meta\b[^>]*?(?:name|property)=[\"'](?:publisher|copyright|og:site_name)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"\bcontent=[\"']([^\"']*)", re.IGNORECASE)


def labelled_authors(page: str) -> list[str]:
    """The names a page writes after an "Author" label ("<strong>Author</strong> Ben
    Knight"): a person's name of two to four capitalised words."""
    if not page:
        return []
    texts = page_texts(page)
    found = []
    for i, text in enumerate(texts):
        label = _AUTHOR_LABEL.match(text)
        if label is None:
            continue
        value = label.group("value") or (texts[i + 1] if i + 1 < len(texts) else "")
        value = re.sub(r"(?<=\w{3})\.$", "", value)  # "Emma Grey Ellis." (not "John M.")
        if _PERSON.match(value):
            found.append(value)
    return list(dict.fromkeys(found))


def _is_publisher(author: str, outlet: str, page: str) -> bool:
    """'Deutsche Welle' as the author of a page whose publisher is 'Deutsche Welle
    (www.dw.com)': the publisher, not a person who wrote the story."""
    import html

    names = [outlet] + [
        html.unescape(m.group(1))
        for tag in _PUBLISHER_META.finditer(page)
        for m in [_CONTENT.search(tag.group())]
        if m
    ]
    key = normalise(author)
    for name in names:
        name = re.sub(r"\([^)]*\)|©|\(c\)|\b(?:19|20)\d{2}\b", " ", name)
        if key and key == normalise(name):
            return True
    return False


# An element a page marks as its headline: `class="headline"`, `itemprop="headline"`.
_HEADLINE_MARK = re.compile(
    r"<(?P<tag>\w+)\b[^>]*?(?:class=[\"'][^\"']*\b(?:headline|entry-title|article-title"
    r"|story-title|post-title)\b[^\"']*[\"']|itemprop=[\"']headline[\"'])[^>]*>(?P<text>.*?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)
# A headline is this many words.
HEADLINE_SPAN = range(4, 26)


def story_title(title: str, page: str, opening: str) -> str:
    """A title that shares no word with the story's first paragraph is the site's ("News
    from The Associated Press"): the element the page marks as its headline, when that
    one does share words with it, is the story's title."""
    if shared_words(title, opening) or not page:
        return title
    import html

    titles = [title, *re.findall(r"<title[^>]*>(.*?)</title>", page, re.I | re.S)[:1]]
    parts = [p for t in titles for p in re.split(r"\s+[|–—-]\s+", html.unescape(t))]
    for found in _HEADLINE_MARK.finditer(page):
        text = " ".join(html.unescape(TAG.sub(" ", found.group("text"))).split())
        if any(len(part.split()) >= 3 and _holds_title(text, part) for part in parts):
            continue  # the title with a summary after it ("Is X a Crime? NFL assaults ...")
        if len(text.split()) in HEADLINE_SPAN and shared_words(text, opening) >= 2:
            return text
    return title


def shared_words(text: str, other: str) -> int:
    """How many words of four letters or more, not function words, the two texts share."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list

    words = set(re.findall(r"[a-z]{4,}", normalise(text))) - STOP_WORDS
    return len(words & set(re.findall(r"[a-z]{4,}", normalise(other))))
