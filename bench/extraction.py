"""How close HTML extraction comes to the clean text of the development corpus.

    python bench/extraction.py [CORPUS_DIR]

For each NN-slug.html with a NN-slug.txt beside it: word-level precision, recall and F1 of
trainer's article text against the clean text, and the reading time against trafilatura's
bare extraction of the same pages (the floor) in the same run.
"""

from __future__ import annotations

import difflib
import sys
import time
from pathlib import Path

from trainer.articles import read_article

CORPUS = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[2] / "shared" / "corpus"
)


def word_scores(extracted: str, gold: str) -> tuple[float, float, float]:
    a, b = extracted.split(), gold.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    precision, recall = matched / len(a), matched / len(b)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main() -> None:
    import trafilatura

    pages = sorted(p for p in CORPUS.glob("*.html") if p.with_suffix(".txt").exists())
    if not pages:
        sys.exit(f"no .html/.txt pairs in {CORPUS}")
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


if __name__ == "__main__":
    main()
