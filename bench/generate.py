"""Generation speed against spaCy's own parse time, measured in the same run.

    python bench/generate.py [--repeat N] [--html]

Parses the corpus (../shared/corpus/*.txt, with --html also *.html) and the seed
articles with `nlp.pipe` alone, then runs the whole generator (`build_deck`: the same
`nlp.pipe`, every generator, merging, distractors) on the same texts. Prints both
times (best of N) and their ratio. Target: ratio <= 1.3.

Times are the process's CPU time (`time.process_time`), which other programs on a shared
machine disturb far less than wall-clock time; `--wall` measures wall-clock time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainer.articles import read_articles  # noqa: E402
from trainer.nlp import load_pipeline  # noqa: E402
from trainer.pipeline import BATCH_SIZE, build_deck  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
SEEDS = REPO / "decks" / "articles"
TARGET = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--html", action="store_true", help="also the saved .html pages")
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args = parser.parse_args()
    clock = time.perf_counter if args.wall else time.process_time

    inputs = sorted(CORPUS.glob("[0-9][0-9]-*.txt")) + sorted(SEEDS.glob("*.txt"))
    if args.html:
        inputs += sorted(CORPUS.glob("*.html"))
    articles = read_articles(inputs).articles
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_pipeline()
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:2]))  # warm up

    spacy_times, generate_times = [], []
    cards = 0
    for _ in range(args.repeat):
        start = clock()
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        spacy_times.append(clock() - start)
        start = clock()
        deck = build_deck(articles, "bench", "bench", nlp=nlp).deck
        generate_times.append(clock() - start)
        cards = len(deck.cards)

    parse, generate = min(spacy_times), min(generate_times)
    ratio = generate / parse
    print(f"{len(articles)} articles, {words} words, {cards} cards")
    kind = "wall-clock" if args.wall else "CPU"
    print(f"spaCy nlp.pipe alone: {parse:.2f} s {kind} (best of {args.repeat})")
    print(f"trainer generate:     {generate:.2f} s {kind} (best of {args.repeat})")
    print(f"ratio:                {ratio:.2f}x (target <= {TARGET}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
