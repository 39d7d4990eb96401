"""RSS and Atom feeds (`trainer generate --feed URL_OR_FILE`), read with feedparser.

A feed lists links; each new link is fetched as a page (trainer.sources.web). Links taken on
an earlier run are not fetched again: their kept articles (trainer.sources.seen) come first,
so a deck made from the feed every day grows without duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from trainer.articles import ArticleError
from trainer.model import Article
from trainer.sources.problems import Problem
from trainer.sources.seen import KeptArticles
from trainer.sources.web import FEED_TYPES, Fetcher, is_url, read_url


@dataclass(frozen=True)
class Entry:
    """One item of a feed: where its article is, and what the feed says about it."""

    link: str
    title: str
    author: str
    published: date | None


def feed_key(feed: str) -> str:
    """The feed's name in the data directory: its URL, or a file's absolute path."""
    return feed if is_url(feed) else str(Path(feed).resolve())


def read_feed(
    feed: str,
    fetcher: Fetcher,
    kept: KeptArticles,
    since: date | None = None,
    limit: int | None = None,
) -> Iterator[Article | Problem]:
    """The feed's kept articles, then its new ones (oldest first); `since` and `limit`
    choose among the new entries (with `limit`, the newest N)."""
    yield from kept.articles()  # even when the feed fails today: the deck never shrinks
    try:
        entries = feed_entries(feed, fetcher)
    except ArticleError as exc:
        yield Problem(str(exc))
        return
    seen = kept.links()
    new = []
    for entry in entries:
        if entry.link not in seen and (since is None or (entry.published or since) >= since):
            seen.add(entry.link)  # a link listed twice is read once
            new.append(entry)
    if limit is not None:
        newest_first = sorted(new, key=lambda e: e.published or date.min, reverse=True)
        new = [e for e in new if e in newest_first[:limit]]
    new.sort(key=lambda e: e.published or date.max)  # stable: undated ones keep feed order
    for entry in new:
        try:
            article = read_url(entry.link, fetcher)
        except ArticleError as exc:
            yield Problem(str(exc))
            continue
        article = replace(
            article,
            title=article.title or entry.title,
            author=article.author or entry.author,
            published=article.published or entry.published,
        )
        kept.add(entry.link, article)
        yield article


def feed_entries(feed: str, fetcher: Fetcher) -> list[Entry]:
    import feedparser  # type: ignore[import-untyped]

    if is_url(feed):
        data = fetcher.get(feed, accept=(*FEED_TYPES, "text/plain")).body
    else:
        try:
            data = Path(feed).read_bytes()
        except OSError as exc:
            raise ArticleError(f"{feed}: cannot read ({exc.strerror or exc})") from None
    parsed: Any = feedparser.parse(data, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        raise ArticleError(f"{feed}: not an RSS or Atom feed")
    entries = []
    for item in parsed.entries:
        link = str(item.get("link") or "")
        if not link:
            continue  # an item with no page to read (a notice in the feed, not an article)
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(
            Entry(
                link=link,
                title=str(item.get("title") or ""),
                author=str(item.get("author") or ""),
                published=date(*stamp[:3]) if isinstance(stamp, time.struct_time) else None,
            )
        )
    return entries
