"""The shape of a deck's questions: how long they are and how many are wh-questions.

    python bench/question_shape.py DECK.yaml [DECK2.yaml ...]

Prints, per card kind and for the whole deck: the number of cards, the median and the
longest question in words, how many are over 35 and over 40 words, and the share of
questions that are wh-questions (end in "?" and have no blank) rather than clozes.
Issue 10's targets on the dev corpus: median <= 22 words, none over 40, and at least
40% wh-questions among date, number, place and aircraft cards.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

import yaml

BLANK = "_____"
WH_KINDS = ("date", "number", "place", "aircraft")


def words(text: str) -> int:
    return len(re.findall(r"[\w$%'’-]+", text.replace(BLANK, " blank ")))


def is_wh(question: str) -> bool:
    return BLANK not in question and question.rstrip().endswith("?")


def row(name: str, questions: list[str]) -> str:
    lengths = [words(q) for q in questions]
    wh = sum(is_wh(q) for q in questions)
    return (
        f"{name:<12} {len(questions):>5} {statistics.median(lengths):>6.1f} {max(lengths):>4}"
        f" {sum(n > 35 for n in lengths):>4} {sum(n > 40 for n in lengths):>4}"
        f" {wh / len(questions):>6.0%}"
    )


def main(paths: list[str]) -> None:
    for path in paths:
        deck = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        by_kind: dict[str, list[str]] = {}
        for card in deck["cards"]:
            by_kind.setdefault(card["kind"], []).append(card["question"])
        print(path)
        print(f"{'kind':<12} {'cards':>5} {'median':>6} {'max':>4} {'>35':>4} {'>40':>4} {'wh':>6}")
        for kind, questions in by_kind.items():
            print(row(kind, questions))
        targeted = [q for k in WH_KINDS for q in by_kind.get(k, [])]
        if targeted:
            print(row("date+num+pl+air", targeted))
        print(row("all", [q for qs in by_kind.values() for q in qs]))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
