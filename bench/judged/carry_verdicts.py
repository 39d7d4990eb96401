"""Carry card verdicts to a regenerated deck: which cards must be read again.

    python bench/judged/carry_verdicts.py OLD.deck.yaml OLD.tsv NEW.deck.yaml REUSED.tsv TODO.yaml

A card of NEW keeps its verdict from OLD.tsv when OLD has a card of the same id with the same
question, answer and options; every other card is written to TODO.yaml, to be read. The
verdict files have one line per card: id, kind, acceptable, code, weak, code, correct, comment
(tab-separated; see criteria.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a.get("question") == b.get("question")
        and a.get("answer") == b.get("answer")
        and sorted(a.get("choices") or []) == sorted(b.get("choices") or [])
    )


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    old_deck, old_tsv, new_deck, reused_tsv, todo_yaml = map(Path, argv)
    old = {c["id"]: c for c in yaml.safe_load(old_deck.read_text(encoding="utf-8"))["cards"]}
    verdicts = {
        line.split("\t")[0]: line
        for line in old_tsv.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.strip()
    }
    new = yaml.safe_load(new_deck.read_text(encoding="utf-8"))["cards"]
    reused, todo = [], []
    for card in new:
        before = old.get(card["id"])
        if before is not None and same(before, card) and card["id"] in verdicts:
            reused.append(verdicts[card["id"]])
        else:
            todo.append(card)
    reused_tsv.write_text("".join(reused), encoding="utf-8")
    todo_yaml.write_text(
        yaml.safe_dump({"cards": todo}, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
    print(f"{len(new)} cards: {len(reused)} keep their verdict, {len(todo)} to read")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
