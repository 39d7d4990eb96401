"""How often an undated article's own text gives the year it was written, and how often
that year is right (trainer.language.written, the "As of YEAR" of posts and counts).

    python bench/text_dates.py [--benchmark DIR] [-v]

Pages of the extraction benchmark (DIR: html/*.html.gz and ground-truth.json, by default
../aeb beside the checkout) whose HTML gives a publication date (trainer's own page
reader, trainer.pages) are read as if undated: the year is inferred from their text alone,
twice: the benchmark's clean article text saved as a .txt without front matter and read
by trainer (Article.dated_from_text), and the text trainer extracts from the page (what an
undated .html would get). Pages listed in ../shared/corpus/RESERVED.txt are
never read (the script refuses to run without that list). The development corpus
(../shared/corpus/NN-*.txt, dated by the .html beside each) is a second check.

Coverage: pages given a year. Accuracy: inferred year == the published year, among those;
"later" and "earlier" count the wrong ones. -v lists every page with a year. For
comparison, the same figures for the plain rule "the latest year the text gives to a
past event" (a lower bound only: news text seldom writes its own year).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from trainer.articles import ArticleError, read_article
from trainer.language.written import evidence, year_written

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / "shared"
CORPUS = SHARED / "corpus"
RESERVED = CORPUS / "RESERVED.txt"


@dataclass(frozen=True)
class Page:
    name: str
    published: date
    text: str
    year: int | None  # inferred from the text alone


@dataclass
class Tally:
    pages: int = 0
    right: int = 0
    later: int = 0
    earlier: int = 0

    @property
    def covered(self) -> int:
        return self.right + self.later + self.earlier

    def line(self, what: str) -> str:
        share = self.covered / self.pages if self.pages else 0.0
        accuracy = f"{self.right / self.covered:.1%}" if self.covered else "n/a"
        return (
            f"{what}: {self.pages} dated pages, year inferred for {self.covered} "
            f"({share:.1%}); right {self.right}, later {self.later}, earlier {self.earlier}; "
            f"accuracy {accuracy}"
        )


def reserved_pages() -> set[str]:
    if not RESERVED.is_file():
        sys.exit(f"{RESERVED} not found: it lists the pages never to use; refusing to run")
    lines = RESERVED.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def benchmark_pages(directory: Path) -> tuple[list[Page], list[Page], int]:
    """(clean text pages, extracted text pages, pages unread or without a date)."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    never = reserved_pages()
    clean: list[Page] = []
    extracted: list[Page] = []
    left_out = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key, entry in sorted(truth.items()):
            if key in never:
                continue
            raw = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
            page = Path(tmp) / f"{key[:16]}.html"
            page.write_bytes(raw)
            try:
                article = read_article(page)
            except ArticleError:
                article = None
            if article is None or article.published is None:
                left_out += 1
                continue
            body = entry["articleBody"]
            clean.append(Page(key[:12], article.published, body, undated_year(body)))
            extracted.append(
                Page(key[:12], article.published, article.text, year_written(article.text))
            )
    return clean, extracted, left_out


def undated_year(text: str) -> int | None:
    """What trainer reads from `text` saved as a .txt file without front matter."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        try:
            return read_article(path).dated_from_text
        except ArticleError:
            return None


def corpus_pages() -> list[Page]:
    pages: list[Page] = []
    for text in sorted(CORPUS.glob("[0-9][0-9]-*.txt")):
        html = text.with_suffix(".html")
        published = read_article(html).published if html.exists() else None
        article = read_article(text)
        if published is not None and article.published is None:
            given = text.read_text(encoding="utf-8")
            pages.append(Page(text.stem, published, given, article.dated_from_text))
    return pages


def tally(pages: Iterable[Page], verbose: bool) -> Tally:
    result = Tally()
    for page in pages:
        result.pages += 1
        year = page.year
        if year is None:
            continue
        if year == page.published.year:
            result.right += 1
        elif year > page.published.year:
            result.later += 1
        else:
            result.earlier += 1
        if verbose:
            print(f"  {page.name:40} published {page.published}  inferred {year}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmark", type=Path, default=ROOT / "aeb", metavar="DIR")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.benchmark / "ground-truth.json").is_file():
        sys.exit(f"{args.benchmark}: no ground-truth.json (give --benchmark DIR)")
    clean, extracted, left_out = benchmark_pages(args.benchmark)
    corpus = corpus_pages()
    print(f"benchmark pages unread or without a date in their HTML (left out): {left_out}")
    for what, pages in (
        ("benchmark, clean text", clean),
        ("benchmark, text trainer extracts", extracted),
        ("corpus .txt", corpus),
    ):
        print(tally(pages, args.verbose).line(what))
    print("for comparison, the latest year given to a past event:")
    for what, pages in (("benchmark, clean text", clean), ("corpus .txt", corpus)):
        plain = [replace(p, year=latest_past_event(p.text)) for p in pages]
        print(tally(plain, False).line(f"  {what}"))


def latest_past_event(text: str) -> int | None:
    return max((e.year for e in evidence(text) if e.kind == "past"), default=None)


if __name__ == "__main__":
    main()
