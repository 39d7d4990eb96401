"""What a feed has already given: its articles, kept in the data directory.

A daily `trainer generate --feed URL -o news.deck.yaml` must grow one deck: yesterday's
articles stay in it (so their cards, and the review history keyed by card id, stay) and are
not fetched again. So every article taken from a feed is kept, text and metadata, in
`<data>/feeds/<feed>.jsonl`; the next run skips those links and generates the deck from the
kept articles plus the new ones. The deck is thus the same whether it is written with -o or
--save, and whether or not the old deck file is still there.

The file starts with a header line (`{"trainer_feed": 1, "feed": ...}`), then one JSON object
per article: `link` (the feed entry's link) and the article's fields. It is replaced
atomically, and only after the deck was written (`remember`), so a failed run loses nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from trainer.fileio import atomic_write_bytes
from trainer.language.written import year_written
from trainer.model import Article, slugify
from trainer.sources.problems import Problem

FORMAT = 1
ARTICLE_FIELDS = ("id", "title", "outlet", "author", "published", "url", "text")


@dataclass
class KeptArticles:
    """The articles already taken from one feed (`feed` is its URL or absolute path)."""

    feed: str
    directory: Path
    new: list[tuple[str, Article]] = field(default_factory=list)

    @property
    def path(self) -> Path:
        digest = hashlib.sha1(self.feed.encode("utf-8")).hexdigest()[:10]
        return self.directory / f"{slugify(self.feed, 40)}-{digest}.jsonl"

    def links(self) -> set[str]:
        """Every link and article URL taken before: a feed entry with one of them is old."""
        seen: set[str] = set()
        for record in self._records():
            if isinstance(record, dict):
                seen.update(str(record.get(k)) for k in ("link", "url") if record.get(k))
        return seen

    def articles(self) -> Iterator[Article | Problem]:
        """The kept articles, oldest first, exactly as they were read."""
        for number, record in enumerate(self._records(), start=2):
            if not isinstance(record, dict) or not record.get("text"):
                yield Problem(f"{self.path}:{number}: not a kept article (the line is damaged)")
                continue
            published = record.get("published")
            kept: dict[str, Any] = {
                k: str(record.get(k) or "") for k in ARTICLE_FIELDS if k != "published"
            }
            yield Article(
                **kept,
                published=date.fromisoformat(published) if published else None,
                dated_from_text=None if published else year_written(kept["text"]),
            )

    def add(self, link: str, article: Article) -> None:
        """Keep `article` (taken from the feed entry `link`) once `remember` is called."""
        self.new.append((link, article))

    def remember(self) -> None:
        """Append this run's new articles to the file, atomically."""
        if not self.new:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        old = (
            self.path.read_bytes()
            if self.path.exists()
            else _line({"trainer_feed": FORMAT, "feed": self.feed})
        )
        lines = [_line({"link": link, **_fields(article)}) for link, article in self.new]
        atomic_write_bytes(self.path, old + b"".join(lines))
        self.new.clear()

    def _records(self) -> Iterator[object]:
        if not self.path.exists():
            return
        with self.path.open("rb") as handle:
            next(handle, None)  # the header
            for raw in handle:
                try:
                    yield json.loads(raw)
                except ValueError:
                    yield None


def _fields(article: Article) -> dict[str, str]:
    values = {k: getattr(article, k) for k in ARTICLE_FIELDS}
    values["published"] = article.published.isoformat() if article.published else ""
    return values


def _line(record: dict[str, object]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=False).encode("utf-8") + b"\n"
