"""How close HTML extraction comes to clean article text, and what it costs in cards.

    python bench/extraction.py [CORPUS_DIR]                  # the development corpus
    python bench/extraction.py --benchmark DIR [--cards]     # pages of the extraction benchmark

Corpus mode: for each NN-slug.html with a NN-slug.txt beside it, word-level precision, recall
and F1 of trainer's article text against the clean text, and the reading time against
trafilatura's bare extraction of the same pages (the floor) in the same run.

Benchmark mode: DIR is a checkout of scrapinghub/article-extraction-benchmark (html/*.html.gz
and ground-truth.json). Every page is scored against its ground-truth articleBody, except the
pages listed in ../shared/corpus/RESERVED.txt (kept for evaluation: never read here; the mode
refuses to run without that list). Each line says which extraction gave the text: precision
(trafilatura favouring precision), recall (its fallback when that found next to nothing) or
json-ld (the page's own articleBody). With --cards, each page is also generated into cards
twice, from the extracted text and from the clean text, and the cards found from only one of
the two are counted (the cost of extraction errors in quiz material).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

from trainer.articles import ArticleError, read_article
from trainer.model import Article
from trainer.pages import extract_html

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
RESERVED = CORPUS / "RESERVED.txt"


def word_scores(extracted: str, gold: str) -> tuple[float, float, float]:
    a, b = extracted.split(), gold.split()
    if not a or not b:
        return 0.0, 0.0, 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    precision, recall = matched / len(a), matched / len(b)
    if not matched:
        return 0.0, 0.0, 0.0
    return precision, recall, 2 * precision * recall / (precision + recall)


def corpus(directory: Path) -> None:
    import trafilatura

    pages = sorted(p for p in directory.glob("*.html") if p.with_suffix(".txt").exists())
    if not pages:
        sys.exit(f"no .html/.txt pairs in {directory}")
    html = {p: p.read_text(encoding="utf-8", errors="replace") for p in pages}
    start = time.perf_counter()
    for text in html.values():
        trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    floor = time.perf_counter() - start

    start = time.perf_counter()
    articles = {p: read_article(p) for p in pages}
    ours = time.perf_counter() - start

    f1s = []
    for page, article in articles.items():
        p, r, f1 = word_scores(article.text, page.with_suffix(".txt").read_text(encoding="utf-8"))
        f1s.append(f1)
        print(f"{page.stem[:40]:40}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    print(f"pages: {len(pages)}  mean F1: {sum(f1s) / len(f1s):.4f}  min F1: {min(f1s):.4f}")
    print(
        f"trafilatura alone: {floor:.2f} s  trainer read_article: {ours:.2f} s  ratio: {ours / floor:.2f}x"
    )


def reserved_pages() -> set[str]:
    if not RESERVED.is_file():
        sys.exit(f"{RESERVED} not found: it lists the pages never to use; refusing to run")
    lines = RESERVED.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def benchmark(directory: Path, cards: bool) -> None:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    never = reserved_pages()
    build = _deck_builder() if cards else None
    rows: list[tuple[float, str]] = []
    methods: dict[str, int] = {}
    only_html = only_text = both = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key, entry in sorted(truth.items()):
            if key in never or not entry["articleBody"].strip():
                continue
            raw = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
            page = Path(tmp) / f"{key[:16]}.html"
            page.write_bytes(raw)
            extracted = extract_html(raw.decode("utf-8", errors="replace"))
            method = extracted[2] if extracted and extracted[0] else "none"
            methods[method] = methods.get(method, 0) + 1
            try:
                article: Article | None = read_article(page)
            except ArticleError:
                article = None
            text = article.text if article else ""
            p, r, f1 = word_scores(text, entry["articleBody"])
            line = f"{key[:12]}  {method:9}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"
            if build is not None and article is not None:
                clean = Article(
                    id=article.id, text=entry["articleBody"], published=article.published
                )
                from_html, from_text = build(article), build(clean)
                only_html += len(from_html - from_text)
                only_text += len(from_text - from_html)
                both += len(from_html & from_text)
                line += f"  cards {len(from_html & from_text)} same, "
                line += f"{len(from_html - from_text)} html-only, {len(from_text - from_html)} text-only"
            rows.append((f1, f"{line}  {entry.get('url', '')[:60]}"))
    for _f1, line in sorted(rows):
        print(line)
    f1s = [f1 for f1, _ in rows]
    print(
        f"pages: {len(rows)} (reserved pages skipped: {len(never)})  mean F1: "
        f"{sum(f1s) / len(f1s):.4f}  pages under 0.9: {sum(f < 0.9 for f in f1s)}  "
        f"methods: {', '.join(f'{m} {n}' for m, n in sorted(methods.items()))}"
    )
    if cards:
        print(
            f"cards: {both} from both texts, {only_html} from the html only, {only_text} from the clean text only"
        )


def _deck_builder():  # type: ignore[no-untyped-def]
    from trainer.nlp import load_pipeline
    from trainer.pipeline import build_deck

    nlp = load_pipeline()

    def questions(article: Article) -> set[str]:
        deck = build_deck([article], "bench", "bench", nlp=nlp).deck
        return {f"{c.kind}: {c.question} -> {c.answer}" for c in deck.cards}

    return questions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--benchmark", type=Path, help="a checkout of article-extraction-benchmark")
    parser.add_argument("--cards", action="store_true", help="also compare the cards (loads spaCy)")
    args = parser.parse_args()
    if args.benchmark:
        benchmark(args.benchmark, args.cards)
    else:
        corpus(args.corpus)


if __name__ == "__main__":
    main()
