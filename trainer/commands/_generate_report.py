"""What `trainer generate` tells the user besides writing the deck: a warning for each
article that gave no cards, one for each question generator that broke on an article, one for the articles that state no publication date (what
their cards lose, and how to give one), and a line for each deck written. Apart from the
command's flow (generate.py) so its wording is read, and changed, in one place.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from trainer.model import Deck, Source
    from trainer.pipeline import Generated


def warn(message: str) -> None:
    print(f"trainer: warning: {message}", file=sys.stderr)


def warn_cardless(generated: Generated, found: Sequence[Source]) -> None:
    """One warning for each article that gave no cards, saying why: not English, only
    passing details (which --all-cards keeps), or nothing quizzable."""
    for article_id in generated.empty_articles:
        where = next(s.path or s.url for s in found if s.id == article_id)
        if article_id in generated.not_english:
            warn(
                f"{where}: not English prose (the questions are made from English text); no cards from this article"
            )
        elif n := generated.facts_by_article.get(article_id, 0):
            warn(
                f"{where}: {n} fact{'s' if n != 1 else ''} found, all passing details: "
                "no cards (--all-cards keeps them)"
            )
        else:
            warn(f"{where}: nothing quizzable found; no cards from this article")


def warn_failed(generated: Generated, found: Sequence[Source]) -> None:
    """One warning for each article a question generator broke on: its cards of that kind
    are left out, the deck is written. A bug of ours, which the user can report."""
    for article_id, failures in generated.failed.items():
        where = next(s.path or s.url for s in found if s.id == article_id)
        for failure in failures:
            kind, error = failure.split(": ", 1)
            warn(
                f"{where}: the {kind} questions broke on this article and were left out "
                f"(please report it: {error})"
            )


def wrote(deck: Deck, target: Path) -> str:
    """'wrote X: 12 cards (who_said 5, date 7) from 2 articles'."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in deck.kinds().items()) or "no cards"
    n = len(deck.sources)
    cards = len(deck.cards)
    return f"wrote {target}: {cards} card{'s' * (cards != 1)} ({kinds}) from {n} article{'s' * (n != 1)}"


def undated_warning(found: Sequence[Source]) -> str:
    """One line on the articles without a publication date ("" when every one has it):
    what their cards lose, how many still got "As of YEAR" from the year their text shows
    (trainer.language.written), and how to give one."""
    undated = [s for s in found if s.published is None]
    if not undated:
        return ""
    years = [s for s in undated if s.dated_from_text]
    one = len(undated) == 1
    what = undated[0].path or undated[0].url if one else ""
    what = f"{what} has" if what else f"{len(undated)} of {len(found)} articles have"
    left_out = "posts and counts that go stale make no card (--all-cards keeps them, undated)"
    weekdays = 'weekdays ("Tuesday") make no card'
    if one and years:
        year = years[0].dated_from_text
        asked = (
            f'posts and counts are asked "As of {year}" (the year its text shows), and {weekdays}'
        )
    elif len(years) == len(undated):
        asked = (
            "all show their year in their text, so their posts and counts are asked "
            f'"As of YEAR", and {weekdays}'
        )
    elif years:
        shows = (
            "shows its year in its text, so its"
            if len(years) == 1
            else ("show their year in their text, so their")
        )
        asked = (
            f'{len(years)} {shows} posts and counts are asked "As of YEAR"; in the others, '
            f"{left_out}; in all, {weekdays}"
        )
    else:
        asked = f'{left_out}, nor do weekdays ("Tuesday") or dates of no year ("in January")'
    return (
        f"{what} no publication date: {asked}; give one with --published YYYY-MM-DD (or, in "
        "a text file, front matter: published: YYYY-MM-DD)"
    )
