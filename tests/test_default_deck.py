"""The bundled default deck is what `trainer generate` makes of the seed articles."""

from __future__ import annotations

import pytest

from tests.conftest import DEFAULT_DECK, SEEDS
from trainer.articles import read_articles
from trainer.commands.generate import relative_source
from trainer.decks import dump_deck, load_deck
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow


def test_committed_default_deck_is_what_the_generator_produces(nlp):
    """Fails when the generators changed and the deck was not regenerated. Regenerate with:

        cd decks && trainer generate articles -o syria-2015-11-17.deck.yaml \\
            --title "Syria, 17 Nov 2015: Russia notifies the U.S. before its strikes"
    """
    committed = load_deck(DEFAULT_DECK)
    articles = read_articles([SEEDS]).articles
    sources = [relative_source(a, DEFAULT_DECK.parent) for a in articles]
    fresh = build_deck(
        articles, committed.id, committed.title, nlp=nlp, sources=sources, rule=Rule()
    ).deck  # the cards `trainer generate` keeps by default
    assert committed.id == "syria-2015-11-17"
    assert dump_deck(fresh) == DEFAULT_DECK.read_text(encoding="utf-8"), (
        "decks/syria-2015-11-17.deck.yaml is out of date: regenerate it (see this docstring)"
    )
