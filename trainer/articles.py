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
from typing import Any

from trainer import yamlio
from trainer.model import Article, slugify

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# Documentation that lives beside articles in a folder is not an article.
NOT_ARTICLES = {"README", "LICENSE", "CHANGELOG", "NOTES"}
FRONT_MATTER_FIELDS = ("id", "title", "outlet", "author", "published", "url")

# Navigation and sharing lines of news pages: a line that is only one of these.
FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        in\ other\ news | load\ more | more\ (?:in|from|on|about)\b.{0,40} | read\ more\b.{0,60}
      | related(?:\ (?:articles?|stories|coverage|content))?:? | recommended(?:\ for\ you)?
      | advertisement | sponsored(?:\ content)? | share\ this(?:\ article|\ story)?
      | (?:sign\ up|subscribe)\b.{0,80} | click\ here\b.{0,80} | trending(?:\ now)?
      | (?:e-?mail|twitter|facebook|instagram|linkedin|follow(?:\ \w+){0,4}\ on\ \w+)\s*:.{0,80}
      | ©.{0,100} | copyright\b.{0,100} | all\ rights\ reserved\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "Jane Doe is the executive editor for X.", "John Roe was deputy editor and senior
# Pentagon correspondent ...", "Jane Doe covers the Pentagon for X."
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|la|le)){1,3}"
_BIO_ROLE = (
    r"editor|reporter|correspondent|writer|journalist|columnist|contributor|"
    r"producer|bureau chief|staff|freelance|author|analyst|fellow|intern"
)
BIO_PARAGRAPH = re.compile(
    rf"^(?:{_NAME})\s+(?:is|was|has been|had been|covers|covered|writes|reports)\b"
    rf"(?=.{{0,200}}\b(?:{_BIO_ROLE}))",
    re.DOTALL,
)
# Subheadings, captions and bylines: a short paragraph that does not end a sentence.
# Not quiz material, and left in the text they glue onto the next sentence when parsed.
HEADING_MAX_WORDS = 14
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")
# A line inside a paragraph that is not prose: a heading pasted above its text, or a page's
# metadata ("date 2024-01-08", "Updated: 3:41 PM"). Joined to the next line it would become
# the start of a sentence ("Seek And Destroy Putin said ...").
HEADING_LINE_MAX_WORDS = 8
METADATA_LINE = re.compile(
    r"^(?:date|dated|published|updated|posted|last updated|modified)\b\s*:?\s*(?=.*\d).{1,40}$",
    re.IGNORECASE,
)
BYLINE_PARAGRAPH = re.compile(r"^(?:by|story by|written by)\s+" + _NAME + r"\s*$", re.IGNORECASE)


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
    paragraphs = clean_paragraphs(_paragraphs(body))
    if not paragraphs:
        raise ArticleError(f"{path}: no article text")
    return Article(
        id=slugify(str(meta.get("id") or path.stem)),
        text="\n\n".join(paragraphs),
        title=str(meta.get("title") or ""),
        outlet=str(meta.get("outlet") or ""),
        author=str(meta.get("author") or ""),
        published=_as_date(meta.get("published")),
        url=str(meta.get("url") or ""),
        path=str(path),
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
    if not paragraphs:
        raise ArticleError(f"{where}: no article text found in this page")

    def meta(name: str) -> str:
        return _clean_line(str(getattr(document, name, None) or ""))

    page: dict[str, str | date | None] = {
        "title": meta("title"),
        "outlet": meta("sitename"),
        "author": meta("author"),
        "published": _as_date(meta("date")),
        "url": meta("url"),
    }
    return _article("\n\n".join(paragraphs), {**page, **_given(fields)})


def article_from_text(text: str, where: str, **fields: str | date | None) -> Article:
    """Plain text (paragraphs split by blank lines) with its metadata in `fields`."""
    paragraphs = clean_paragraphs(_paragraphs(text))
    if not paragraphs:
        raise ArticleError(f"{where}: no article text")
    return _article("\n\n".join(paragraphs), _given(fields))


def _given(fields: dict[str, str | date | None]) -> dict[str, str | date | None]:
    return {k: v for k, v in fields.items() if v not in (None, "")}


def _article(text: str, fields: dict[str, str | date | None]) -> Article:
    def field(name: str) -> str:
        return str(fields.get(name) or "")

    return Article(
        id=slugify(field("id")),
        text=text,
        title=field("title"),
        outlet=field("outlet"),
        author=field("author"),
        published=_as_date(fields.get("published")),
        url=field("url"),
        path=field("path"),
    )


# Words a sentence or a headline does not end on: a line ending on one was cut mid-sentence.
DANGLING_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "these",
        "those",
        "into",
        "onto",
        "upon",
        "about",
        "after",
        "before",
        "over",
        "under",
        "between",
        "among",
        "during",
        "including",
    }
)
# Below this many words of clean text, an extraction is taken to have missed the article (a
# page whose precise extraction is a copyright line), and the next method is tried.
MIN_ARTICLE_WORDS = 40
# The page's own JSON-LD articleBody is used when it holds this much more text than the
# extraction: the publisher's copy of the body beats a cut-short extraction.
JSON_LD_GAIN = 1.5


def extract_html(html: str | bytes, url: str | None = None) -> tuple[list[str], Any, str] | None:
    """The clean paragraphs of a page, its trafilatura document (metadata), and the method
    that gave the text: "precision" (trafilatura favouring precision), "recall" (favouring
    recall, when the first found next to nothing) or "json-ld" (the page's articleBody).
    None when the markup cannot be parsed at all."""
    import trafilatura  # heavy: only when an HTML page is read

    def run(favor_precision: bool = False, favor_recall: bool = False) -> Any:
        try:
            return trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=favor_precision,
                favor_recall=favor_recall,
            )
        except Exception:  # trafilatura raises many kinds on broken markup
            return None

    document = run(favor_precision=True)
    method = "precision"
    paragraphs = _html_paragraphs(document)
    if _words(paragraphs) < MIN_ARTICLE_WORDS:
        recall = run(favor_recall=True)
        if _words(_html_paragraphs(recall)) > _words(paragraphs):
            document, paragraphs, method = recall, _html_paragraphs(recall), "recall"
    if document is None:
        return None
    body = json_ld_article_body(
        html if isinstance(html, str) else html.decode("utf-8", errors="replace")
    )
    if body:
        from_ld = clean_paragraphs(_paragraphs(body.replace("\n", "\n\n")))
        if _words(from_ld) >= max(MIN_ARTICLE_WORDS, JSON_LD_GAIN * _words(paragraphs)):
            paragraphs, method = from_ld, "json-ld"
    return paragraphs, document, method


def _html_paragraphs(document: Any) -> list[str]:
    text = getattr(document, "text", None) if document is not None else None
    return clean_paragraphs(_join_broken_lines(text.splitlines())) if text else []


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs from trafilatura's lines. A line that stops mid-sentence goes on in the
    next (a link or a hard line break cut it), so they are one paragraph: a line before one
    that starts in lower case, or a line that ends on a word no sentence or headline ends on
    ("the", "of", "and"). Headlines and headings stay lines of their own."""
    paragraphs: list[str] = []
    joined = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if joined and _goes_on(joined, line):
            joined = f"{joined} {line}"
            continue
        if joined:
            paragraphs.append(joined)
        joined = line
    if joined:
        paragraphs.append(joined)
    return paragraphs


def _goes_on(before: str, line: str) -> bool:
    if SENTENCE_END.search(before):
        return False
    if line[:1].islower() or line[:1] in ",;)":
        return True
    return before.split()[-1] in DANGLING_WORDS


def json_ld_article_body(html: str) -> str:
    """The longest `articleBody` of the page's JSON-LD blocks (schema.org NewsArticle)."""
    import json

    best = ""
    for block in re.findall(
        r"<script[^>]+type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
        html,
        re.DOTALL | re.IGNORECASE,
    ):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        for body in _article_bodies(data):
            if len(body) > len(best):
                best = body
    return html_unescape(re.sub(r"<[^>]+>", " ", best)).strip()


def _article_bodies(data: object) -> list[str]:
    if isinstance(data, list):
        return [b for item in data for b in _article_bodies(item)]
    if isinstance(data, dict):
        found = [data["articleBody"]] if isinstance(data.get("articleBody"), str) else []
        return found + [b for value in data.values() for b in _article_bodies(value)]
    return []


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


# -- cleaning ----------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


def _clean_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop furniture lines anywhere and trailing biographies; join each paragraph's lines."""
    kept: list[str] = []
    for paragraph in paragraphs:
        lines = [_clean_line(line) for line in paragraph.splitlines()]
        lines = [line for line in lines if line and not FURNITURE_LINE.match(line)]
        if len(lines) > 1:
            widest = max(map(len, lines))
            lines = [
                line
                for i, line in enumerate(lines)
                if not _is_heading_line(line, lines[i + 1] if i + 1 < len(lines) else None, widest)
            ]
        if lines:
            kept.append(" ".join(lines))
    while kept and _is_bio(kept[-1]):  # several bios (co-authors) may close a page
        kept.pop()
    return [p for p in kept if not BYLINE_PARAGRAPH.match(p) and not _is_heading(p)]


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(paragraph)


def _is_heading_line(line: str, following: str | None, widest: int) -> bool:
    """A short line of capitalised words or metadata, not ending a sentence, before a line
    that starts one. A hard-wrapped sentence goes on in lower case, or its lines are all
    about as wide as the paragraph's widest."""
    if METADATA_LINE.match(line):
        return True
    words = line.split()
    if len(words) > HEADING_LINE_MAX_WORDS or SENTENCE_END.search(line):
        return False
    if len(line) >= 0.6 * widest:
        return False
    if following is not None and not following[:1].isupper():
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= max(1, round(0.6 * len(words)))


def _is_bio(paragraph: str) -> bool:
    return bool(BIO_PARAGRAPH.match(paragraph)) and len(paragraph) < 1200


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
