"""Where articles come from: files, folders, globs, archives, URLs and feeds.

`Inputs` turns what the reader typed after `trainer generate` into one stream of `Article`s
and `Problem`s (one line each), read lazily so an archive of any size streams through.
Call `remember()` once the deck is written: only then are a feed's new articles kept.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from trainer.articles import ARTICLE_SUFFIXES, NOT_ARTICLES, ArticleError, read_article
from trainer.model import Article
from trainer.sources.archives import ARCHIVE_SUFFIXES, is_archive, read_archive
from trainer.sources.problems import Problem
from trainer.sources.seen import KeptArticles
from trainer.sources.web import DEFAULT_TIMEOUT, Fetcher, is_url, read_url

__all__ = ["Inputs", "Problem"]

GLOB_CHARS = frozenset("*?[")


@dataclass
class Inputs:
    """The inputs of one `trainer generate` run (paths, globs, URLs) and its feeds."""

    items: Sequence[str]
    feeds: Sequence[str] = ()
    since: date | None = None
    limit: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    _kept: list[KeptArticles] = field(default_factory=list, repr=False)

    def gather(self) -> Iterator[Article | Problem]:
        """Every article or problem, in the order given; a repeated article id gets -2, -3..."""
        counts: dict[str, int] = {}
        for item in self._all():
            if isinstance(item, Article):
                n = counts.get(item.id, 0)
                counts[item.id] = n + 1
                if n:  # two files with the same stem still get distinct ids
                    item = replace(item, id=f"{item.id}-{n + 1}")
            yield item

    def articles(self, skip_bad: bool, warn: Callable[[str], None]) -> Iterator[Article]:
        """The articles; a problem stops the run (ArticleError) unless `skip_bad` warns of it."""
        for item in self.gather():
            if isinstance(item, Problem):
                if not skip_bad:
                    raise ArticleError(item.message)
                warn(f"{item} (skipped)")
            else:
                yield item

    def check(self, skip_bad: bool) -> int | None:
        """Before the slow part: a missing file or an empty folder or pattern stops the run
        at once (unless `skip_bad`: then it is warned about when read). The number of
        articles to come, when it is known without reading them (no archive, no feed)."""
        count: int | None = 0
        for item in self.items:
            if is_url(item):
                count = None if count is None else count + 1
                continue
            try:
                paths = expand(item)
            except ArticleError:
                if skip_bad:
                    continue
                raise
            for path in paths:
                if not path.exists() and not skip_bad:
                    raise ArticleError(f"{path}: no such file")
                if is_archive(path):
                    count = None
                elif count is not None:
                    count += 1
        return None if self.feeds else count

    def remember(self) -> None:
        """Keep the feeds' new articles: the next run skips their links."""
        for kept in self._kept:
            kept.remember()

    def _all(self) -> Iterator[Article | Problem]:
        fetcher: Fetcher | None = None
        for item in self.items:
            if is_url(item):
                fetcher = fetcher or Fetcher(self.timeout)
                try:
                    yield read_url(item, fetcher)
                except ArticleError as exc:
                    yield Problem(str(exc))
            else:
                yield from read_paths(item)
        for feed in self.feeds:
            from trainer.paths import data_dir
            from trainer.sources.feeds import feed_key, read_feed

            fetcher = fetcher or Fetcher(self.timeout)
            kept = KeptArticles(feed_key(feed), data_dir() / "feeds")
            self._kept.append(kept)
            yield from read_feed(feed, fetcher, kept, since=self.since, limit=self.limit)


def read_paths(item: str) -> Iterator[Article | Problem]:
    """A file, a folder of articles, an archive, or a glob pattern ('articles/*.html')."""
    try:
        paths = expand(item)
    except ArticleError as exc:
        yield Problem(str(exc))
        return
    for path in paths:
        if is_archive(path):
            yield from read_archive(path)
            continue
        try:
            yield read_article(path)
        except ArticleError as exc:
            yield Problem(str(exc))


def expand(item: str) -> list[Path]:
    path = Path(item)
    if GLOB_CHARS & set(item) and not path.exists():
        matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
        found = [p for p in matches if p.is_file() and _is_input(p)]
        if not found:
            raise ArticleError(f"{item}: no article file matches this pattern")
        return found
    if not path.is_dir():
        return [path]
    found = sorted(p for p in path.iterdir() if p.is_file() and _is_input(p))
    if not found:
        suffixes = ", ".join((*ARTICLE_SUFFIXES, *ARCHIVE_SUFFIXES))
        raise ArticleError(f"{path}: no articles in this directory (looked for {suffixes})")
    return found


def _is_input(path: Path) -> bool:
    if is_archive(path):
        return True
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.upper() not in NOT_ARTICLES
