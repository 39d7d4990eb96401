"""Read articles (.txt, .md, .html) into `Article` objects with clean body text.

Page furniture ("In Other News", "Load More", "Email:" lines) and trailing
author biographies are cut by general patterns that news pages share, so they
never become quiz material.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from trainer import yamlio
from trainer.cleaning import (
    clean_line,
    clean_paragraphs,
    split_paragraphs,
    text_paragraphs,
    without_run_in_captions,
)
from trainer.language.text import normalise
from trainer.language.written import year_written
from trainer.model import Article, slugify
from trainer.openers import dateline_day, is_headline_line, normal_case_openers, strip_dateline
from trainer.page_dates import checked_published
from trainer.page_metadata import checked_metadata, page_address, shared_words, story_title
from trainer.pages import extract_html

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# Documentation that lives beside articles in a folder is not an article.
NOT_ARTICLES = {"README", "LICENSE", "CHANGELOG", "NOTES"}
FRONT_MATTER_FIELDS = ("id", "title", "outlet", "author", "published", "url")
# The story's first paragraphs, which the date line set beside them is looked for near.
OPENING_PARAGRAPHS = 3


class ArticleError(Exception):
    """An article that cannot be read; the message names the file."""


@dataclass(frozen=True)
class ReadResult:
    articles: list[Article]
    problems: list[str]


def read_article(path: str | os.PathLike[str]) -> Article:
    path = Path(path)
    text = _read_text(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _from_html(path, text)
    return _from_text(path, text)


def article_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand directories into the article files inside them (sorted)."""
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and p.stem.upper() not in NOT_ARTICLES
            )
            if not found:
                raise ArticleError(
                    f"{path}: no articles in this directory (looked for {', '.join(ARTICLE_SUFFIXES)})"
                )
            paths.extend(found)
        else:
            paths.append(path)
    return paths


def read_articles(inputs: Iterable[str | os.PathLike[str]], skip_bad: bool = False) -> ReadResult:
    """Read every article; the first bad one raises unless `skip_bad`, which collects problems."""
    articles: list[Article] = []
    problems: list[str] = []
    for path in article_paths(inputs):
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            if not skip_bad:
                raise
            problems.append(str(exc))
    seen: dict[str, int] = {}
    unique: list[Article] = []
    for article in articles:  # two files with the same stem still get distinct ids
        n = seen.get(article.id, 0)
        seen[article.id] = n + 1
        if n:
            article = Article(**{**article.__dict__, "id": f"{article.id}-{n + 1}"})
        unique.append(article)
    return ReadResult(unique, problems)


# -- reading bytes -----------------------------------------------------------


def _read_text(path: Path) -> str:
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(f"{path}: not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{path}: too large ({size / 1024 / 1024:.1f} MB; the limit is 5 MB)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if path.suffix.lower() in HTML_SUFFIXES:
            text = raw.decode("cp1252", errors="replace")  # old pages; the tags still parse
        else:
            raise ArticleError(
                f"{path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
            ) from None
    if not text.strip():
        raise ArticleError(f"{path}: empty file")
    return text


# -- plain text and Markdown -------------------------------------------------


def _from_text(path: Path, text: str) -> Article:
    meta, body = _split_front_matter(path, text)
    if path.suffix.lower() == ".md":
        body, heading = _strip_markdown(body)
        meta.setdefault("title", heading)
    # A text file is the user's own copy of a story: its dateline is left as written (the
    # bundled deck's seeds keep theirs); pages, fetched or archived, lose theirs.
    paragraphs = normal_case_openers(
        without_run_in_captions(clean_paragraphs(text_paragraphs(body)))
    )
    paragraphs = _without_headline_line(paragraphs, str(meta.get("title") or ""))
    if not paragraphs:
        raise ArticleError(f"{path}: no article text")
    text = "\n\n".join(paragraphs)
    published = _as_date(meta.get("published"))
    return Article(
        id=slugify(str(meta.get("id") or path.stem)),
        text=text,
        title=str(meta.get("title") or ""),
        outlet=str(meta.get("outlet") or ""),
        author=str(meta.get("author") or ""),
        published=published,
        url=str(meta.get("url") or ""),
        path=str(path),
        # read before cleaning: a quoted post's signature or a correction line is furniture
        # to the quiz but says when the text was written
        dated_from_text=None if published else year_written(body),
    )


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    match = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text, re.DOTALL)
    if not match:
        return {}, text
    try:
        meta = yamlio.load(match.group(1)) or {}
    except yamlio.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        raise ArticleError(f"{path}{line}: front matter is not valid YAML") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}:2: front matter must be a mapping of fields")
    unknown = sorted(set(map(str, meta)) - set(FRONT_MATTER_FIELDS))
    if unknown:
        raise ArticleError(
            f"{path}: unknown front matter field {unknown[0]!r} "
            f"(known: {', '.join(FRONT_MATTER_FIELDS)})"
        )
    if meta.get("published") is not None and _as_date(meta["published"]) is None:
        raise ArticleError(f"{path}: front matter 'published' is not a date: {meta['published']!r}")
    return meta, text[match.end() :]


def _strip_markdown(body: str) -> tuple[str, str]:
    heading = ""
    lines = []
    for line in body.splitlines():
        m = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            if not heading:
                heading = m.group(1)
            lines.append("")  # a heading ends a paragraph and is not body text
            continue
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links -> their text
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        lines.append(line)
    return "\n".join(lines), heading


# -- HTML --------------------------------------------------------------------


def _from_html(path: Path, html: str) -> Article:
    return article_from_html(html, str(path), id=slugify(path.stem), path=str(path))


def article_from_html(html: str | bytes, where: str, **fields: str | date | None) -> Article:
    """A page's main text and metadata; `fields` (id, url, path, title, ...) win over the
    page's own. Errors start with `where` (a file, a URL, an archive record)."""
    url = fields.get("url")
    extracted = extract_html(html, url=str(url) if url else None)
    if extracted is None:
        raise ArticleError(f"{where}: cannot parse HTML")
    paragraphs, document, _method = extracted
    # the story's yearless dateline, in its first paragraph or after a headline line
    day_given = next((d for p in paragraphs[:2] for d in [dateline_day(p)] if d), None)
    paragraphs, dateline = _opened(paragraphs)
    if not paragraphs:
        raise ArticleError(f"{where}: no article text found in this page")

    def meta(name: str) -> str:
        return clean_line(str(getattr(document, name, None) or ""))

    markup = html if isinstance(html, str) else html.decode("utf-8", errors="replace")
    checked = checked_metadata(
        meta("title"), meta("sitename"), meta("author"), host=meta("hostname"), page=markup
    )
    address = meta("url") or page_address(markup)
    published = checked_published(
        _as_date(meta("date")),
        markup,
        address or str(url or ""),
        dateline,
        opening=paragraphs[:OPENING_PARAGRAPHS],
        dateline_day=day_given,
    )
    title = story_title(checked.title, markup, paragraphs[0])
    if (
        len(paragraphs) > 1
        and is_headline_line(paragraphs[0])
        and not shared_words(title, paragraphs[0])
        and shared_words(paragraphs[0], paragraphs[1]) >= 2
    ):
        title = paragraphs[0]  # the section's name ('Political Spectrum') was the page's title
    if len(paragraphs) > 1 and normalise(paragraphs[0]) == normalise(title):
        paragraphs = paragraphs[1:]  # the headline, again as the text's first line
    page: dict[str, str | date | None] = {
        "title": title,
        "outlet": checked.outlet,
        "author": checked.author,
        "published": published,
        "url": address,
    }
    return _article("\n\n".join(paragraphs), {**page, **_given(fields)})


def article_from_text(text: str, where: str, **fields: str | date | None) -> Article:
    """Plain text (paragraphs split by blank lines) with its metadata in `fields`."""
    paragraphs, dateline = _opened(clean_paragraphs(split_paragraphs(text)))
    if not paragraphs:
        raise ArticleError(f"{where}: no article text")
    return _article("\n\n".join(paragraphs), {"published": dateline, **_given(fields)}, text)


HEADLINE_LINE_WORDS = 4  # a shorter title may end a sentence of the story


def _without_headline_line(paragraphs: list[str], title: str) -> list[str]:
    """Without a first paragraph that is the headline again, or that ends with it after a
    photo's caption ('A car drives through downtown Cedarville in Modoc County | AP Photo
    California to reopen many retailers Friday, loosen rules on rural counties', sample
    Q109: the caption ran into a card), or holds it after a caption's bar."""
    if len(paragraphs) < 2 or len(title.split()) < HEADLINE_LINE_WORDS:
        return paragraphs
    first, headline = normalise(paragraphs[0]), normalise(title)
    credited = paragraphs[0].partition(" | ")[2]  # '... | Saul Loeb/AFP/Getty Images <title>
    # <summary>': a caption, its credit, the headline and its summary (sample Q114, MIXED: the
    # credit was a person among the options)
    if first.endswith(headline) or (credited and headline in normalise(credited)):
        return paragraphs[1:]
    return paragraphs


def _opened(paragraphs: list[str]) -> tuple[list[str], date | None]:
    """Paragraphs without the story's dateline and with drop-cap openers in normal case;
    the date the dateline gives."""
    paragraphs, dateline = strip_dateline(paragraphs)
    return normal_case_openers(paragraphs), dateline


def _given(fields: dict[str, str | date | None]) -> dict[str, str | date | None]:
    return {k: v for k, v in fields.items() if v not in (None, "")}


def _article(text: str, fields: dict[str, str | date | None], given: str = "") -> Article:
    """`given`: the text before cleaning, when there is one (to read its year from)."""

    def field(name: str) -> str:
        return str(fields.get(name) or "")

    published = _as_date(fields.get("published"))
    return Article(
        id=slugify(field("id")),
        text=text,
        title=field("title"),
        outlet=field("outlet"),
        author=field("author"),
        published=published,
        url=field("url"),
        path=field("path"),
        dated_from_text=None if published else year_written(given or text),
    )


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
