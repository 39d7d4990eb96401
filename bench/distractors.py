"""Wrong answers in one deck of many articles against one deck per article (issue 15).

    python bench/distractors.py                 # 24 unseen articles + 6 of the corpus
    python bench/distractors.py --old           # ... with the deck-wide pool of before
    python bench/distractors.py FILE...         # any articles
    python bench/distractors.py --sample 60     # 60 random sets of the one deck, both ways

Each article is parsed once (the map step); its facts are then reduced alone (the deck of
that article) and all together (the deck of them all), every card kept. It prints every
multiple-choice set that differs between the two, for judging by hand, and the counts.
A set is adequate when no option is of another class than the answer, none would be ruled
out at a glance by the article's own reader, and none is also correct.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.articles import read_article  # noqa: E402
from trainer.model import Card  # noqa: E402
from trainer.pipeline import ArticleFacts, Reduction, facts_of  # noqa: E402
from trainer.questions import pools  # noqa: E402

UNSEEN = ROOT / "bench" / "unseen" / "articles"
CORPUS = ROOT.parent / "shared" / "corpus"


def default_articles() -> list[Path]:
    corpus = sorted(p for p in CORPUS.glob("[0-9]*.txt"))[:6]
    return sorted(UNSEEN.glob("*.txt")) + corpus


def reduce(found: list[ArticleFacts]) -> dict[tuple[str, str], Card]:
    """The cards by (first article, card id): one fact may be in several articles."""
    reduction = Reduction()
    for item in found:
        reduction.add(item)
    return {(card.sources[0], card.id): card for card in reduction.cards()}


class DeckWide(pools.Pools):
    """The pooling before issue 15: every fact of the deck, same article first."""

    def wrong_answers(self, fact, sources, n=3):  # type: ignore[no-untyped-def]
        from trainer.questions.options import offered, pool_for

        kind = self.kinds[fact.kind]
        return offered(kind, fact, pool_for(fact.kind, kind.pool_kinds, self.everywhere), n)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--old", action="store_true", help="the deck-wide pool of before")
    parser.add_argument("--related", action="store_true", help="print the related articles")
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="print N random multiple-choice sets of the one deck (seed 2026) with the same "
        "card's set in its article's own deck, to judge both",
    )
    args = parser.parse_args()
    if args.old:
        import trainer.pipeline

        trainer.pipeline.Pools = DeckWide  # type: ignore[misc]
    from trainer.nlp import load_pipeline

    nlp = load_pipeline()
    paths = args.articles or default_articles()
    found = [facts_of(read_article(p), nlp) for p in paths]
    alone: dict[tuple[str, str], Card] = {}
    for item in found:
        alone.update(reduce([item]))
    together = reduce(found)
    if args.related:
        entities = {f.source.id: f.entities for f in found}
        reduction = Reduction()
        for item in found:
            reduction.add(item)
        tied = pools.Pools(
            reduction.kinds, [(e.fact, e.sources) for e in reduction.entries.values()], entities
        ).related
        for article, near in tied.items():
            shared = [set(entities[article]) & set(entities[a]) for a in near]
            print(
                f"{article}: {', '.join(f'{a} {sorted(s)}' for a, s in zip(near, shared, strict=True))}"
            )
    if args.sample:
        import random

        sets = sorted(key for key, card in together.items() if card.choices)
        for n, key in enumerate(random.Random(2026).sample(sets, min(args.sample, len(sets))), 1):
            card = together[key]
            before = alone[key].choices if key in alone else ()
            print(f"[{n}] {card.kind} ({card.sources[0]}): {card.question}")
            print(f"    answer:     {card.answer}")
            print(
                f"    alone:      {', '.join(c for c in before if c != card.answer) or '(typed)'}"
            )
            print(f"    together:   {', '.join(c for c in card.choices if c != card.answer)}")
        return 0
    changed = 0
    moves = {"typed -> choices": 0, "choices -> other choices": 0, "choices -> typed": 0}
    for key, card in together.items():
        before = alone[key].choices if key in alone else ()
        if {c.casefold() for c in card.choices} == {c.casefold() for c in before}:
            continue
        changed += 1
        move = f"{'choices' if before else 'typed'} -> {'choices' if card.choices else 'typed'}"
        moves[move.replace("choices -> choices", "choices -> other choices")] += 1
        print(f"[{changed}] {card.kind} ({card.sources[0]}): {card.question}")
        print(f"    answer:     {card.answer}")
        print(f"    alone:      {', '.join(c for c in before if c != card.answer) or '(typed)'}")
        print(
            f"    together:   {', '.join(c for c in card.choices if c != card.answer) or '(typed)'}"
        )
    sets_alone = sum(bool(c.choices) for c in alone.values())
    sets_together = sum(bool(c.choices) for c in together.values())
    print(
        f"{len(paths)} articles, {len(together)} cards; multiple-choice sets: "
        f"{sets_alone} per article, {sets_together} in one deck; {changed} differ"
    )
    print("; ".join(f"{move}: {n}" for move, n in moves.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
