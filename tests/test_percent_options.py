"""A share of a whole is never over 100 per cent: the options of '99.9 per cent of
residents' stay under it (sample S offered '124.9 per cent')."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.language.numbers import value_of

pytestmark = pytest.mark.slow

TEXT = """---
title: City praised for its mask rules
published: 2020-08-04
---
Jane Roe said 99.9 per cent of Melbourne residents were following the mask rules in August.

Acme's share of the market rose to 62.5% in 2019.
"""


@pytest.mark.parametrize("answer", ["99.9 per cent", "62.5%"])
def test_options_of_a_share_stay_under_the_whole(tmp_path: Path, answer: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    deck = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(deck), "--all-cards"]) == 0
    cards = [c for c in load_deck(deck).cards if c.answer == answer]
    assert cards, [c.answer for c in load_deck(deck).cards]
    for card in cards:
        options = [o for o in card.choices if o != answer]
        assert len(options) == 3, card.choices
        values = [value_of(o.replace(" per cent", "").rstrip("%")) for o in options]
        assert all(v is not None and 0 < v < 100 for v in values), card.choices
