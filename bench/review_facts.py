"""Print every fact of the given kinds over articles, with distractors, for reading.

python bench/review_facts.py date number -- ../shared/corpus/*.html decks/articles/*.txt
"""

from __future__ import annotations

import sys

from trainer.articles import read_article
from trainer.nlp import load_pipeline
from trainer.questions import KINDS


def main(argv: list[str]) -> None:
    split = argv.index("--") if "--" in argv else len(argv)
    kinds, paths = argv[:split], argv[split + 1 :]
    articles = [read_article(p) for p in paths]
    nlp = load_pipeline()
    facts = []
    words = 0
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles]), strict=True):
        words += len(article.text.split())
        for find in dict.fromkeys(KINDS[k].find for k in kinds):  # type: ignore[index]
            facts.extend(f for f in find(doc, article) if f.kind in kinds)
    for fact in facts:
        pool = [f for f in facts if f.kind == fact.kind and f is not fact]
        print(f"[{fact.source[:12]}] {fact.kind} {fact.answer_type}")
        print(f"  Q: {fact.question}")
        print(f"  A: {fact.answer}  value={fact.answer_value} accept={list(fact.accept)}")
        print(f"  D: {KINDS[fact.kind].distractors(fact, pool)[:3]}")
        print(f"  E: {fact.evidence[:300]}")
        print(f"  K: {fact.key}")
    print(
        f"{len(facts)} facts, {words} words, {1000 * len(facts) / max(words, 1):.1f} per 1,000 words"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
