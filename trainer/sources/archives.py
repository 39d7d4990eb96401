"""Archives of many articles in one file: `.jsonl` (one JSON object a line) and WARC.

Both are read one record at a time, so an archive of any size streams through: the reader
yields an `Article` or a `Problem` (naming the file and the line or record) per record.

A `.jsonl` line is an object with `text` (plain text, paragraphs split by a blank line) or
`html` (a saved page: main text and metadata through trafilatura), and optionally `id`,
`title`, `outlet`, `author`, `published` (ISO date) and `url`; those win over the page's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from trainer.articles import MAX_BYTES, ArticleError, article_from_html, article_from_text
from trainer.model import Article, slugify
from trainer.sources.problems import Problem
from trainer.sources.web import HTML_TYPES, url_slug

JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES
JSONL_FIELDS = ("text", "html", "id", "title", "outlet", "author", "published", "url")
META_FIELDS = ("title", "outlet", "author", "published", "url")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path: Path) -> Iterator[Article | Problem]:
    if path.name.lower().endswith(JSONL_SUFFIXES):
        return read_jsonl(path)
    return read_warc(path)


# -- JSON lines --------------------------------------------------------------


def read_jsonl(path: Path) -> Iterator[Article | Problem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(f"{path}: cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                yield jsonl_article(raw, f"{path}:{number}", str(path), number)
            except ArticleError as exc:
                yield Problem(str(exc))


def jsonl_article(raw: bytes, where: str, path: str, number: int) -> Article:
    """One `.jsonl` line as an article (`where` is 'FILE:LINE' for messages)."""
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{where}: too big ({len(raw) / 1024 / 1024:.1f} MB; the limit is 5 MB)")
    try:
        record = json.loads(raw.rstrip(b"\r\n"))
    except UnicodeDecodeError:
        raise ArticleError(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ArticleError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ArticleError(f"{where}: expected a JSON object with 'text' or 'html'")
    unknown = sorted(set(record) - set(JSONL_FIELDS))
    if unknown:
        raise ArticleError(
            f"{where}: unknown field {unknown[0]!r} (known: {', '.join(JSONL_FIELDS)})"
        )
    for name, value in record.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{where}: field {name!r} must be a string")
    if bool(record.get("text")) == bool(record.get("html")):
        raise ArticleError(f"{where}: give either 'text' or 'html' (one of them, not empty)")
    meta = {name: record.get(name) for name in META_FIELDS}
    if meta["published"] and _bad_date(meta["published"]):
        raise ArticleError(f"{where}: 'published' is not a date: {meta['published']!r}")
    article_id = record.get("id") or (url_slug(meta["url"]) if meta["url"] else "")
    fields = {**meta, "id": article_id or f"{Path(path).stem}-{number}", "path": path}
    if record.get("text"):
        return article_from_text(record["text"], where, **fields)
    return article_from_html(record["html"], where, **fields)


def _bad_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value.strip()[:10])
    except ValueError:
        return True
    return False


# -- WARC --------------------------------------------------------------------


def read_warc(path: Path) -> Iterator[Article | Problem]:
    """Each HTML response (or resource) record becomes an article; requests, metadata,
    images and redirects in the archive are not pages and are passed over."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(f"{path}: cannot read ({exc.strerror or exc})")
        return
    number = 0
    with handle:
        records = iter(ArchiveIterator(handle))
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                where = f"{path}: record {number + 1}" if number else str(path)
                yield Problem(f"{where}: not a readable WARC record ({_first_line(exc)})")
                return
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{path}: record {number}" + (f" ({uri})" if uri else "")
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
            else:
                status = "200"
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if status != "200" or content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
            try:
                body = record.content_stream().read(MAX_BYTES + 1)
            except (OSError, ValueError, EOFError) as exc:
                yield Problem(f"{where}: cannot read the page ({_first_line(exc)})")
                continue
            if len(body) > MAX_BYTES:
                yield Problem(f"{where}: too big (over 5 MB; the limit is 5 MB)")
                continue
            fields = {"id": url_slug(uri) if uri else f"{slugify(path.stem)}-{number}"}
            try:
                article = article_from_html(body, where, **fields, path=str(path))
            except ArticleError as exc:
                yield Problem(str(exc))
                continue
            yield article if article.url or not uri else _with_url(article, uri)


def _with_url(article: Article, url: str) -> Article:
    from dataclasses import replace

    return replace(article, url=url)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
