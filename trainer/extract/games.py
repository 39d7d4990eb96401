"""A game's circumstance: '26 saves in the win', 'replaced Park after 70 minutes', 'was
second, 0.65 seconds back', 'shooting 38.5 percent from the field'. In a report of games a
player's figures belong to one game, and a card that does not say which game (the teams,
the score) asks what no reader can place: of the cards readers of unseen samples had judged
that this rule takes, 11 were nonsense, vague, broken or gave the answer away, 6 were
unimportant and 1 good. A figure is kept when its sentence gives the game's result ("as the
Timberwolves stunned Phoenix, 100-93") or is that result ("beat South Africa by 128 runs").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# What a player or a team counts in one game (the counted noun's lemma).
GAME_UNITS = wordset(
    """point rebound board assist helper save steal block turnover birdie bogey eagle yard
    goal run hit homer rbi start stroke touchdown tackle sack interception wicket inning
    strikeout over boundary try lap"""
)
# Units that count a game's time, or a share of shots: a game's only where the page
# reports games.
GAME_MEASURES = frozenset(("minutes", "seconds", "percent"))
# Words only a report of games uses.
GAME_WORDS = wordset(
    """rebound rebounds birdie birdies bogey bogeys touchdown touchdowns inning innings
    wicket wickets rbi rbis strikeout strikeouts halftime half-time sin-binned goalkeeper
    goaltender goalie quarterback striker midfielder defenseman playoff playoffs fixture
    scorer shootout layup jumper dunk three-pointer three-pointers trey putt putts fairway
    hat-trick power-play stoppage-time injury-time free-kick"""
)
# Counted things only a game has: 'three goals', '26 saves'.
GAME_COUNTS = wordset(
    """goal save rebound assist steal birdie touchdown wicket homer rbi strikeout"""
)
# A page is a report of games when it has a game word and a result, or when its game
# words, game counts and results add up to this.
MIN_GAME_SIGNS = 3
# The words of a result: 'stunned Phoenix, 100-93', 'a 32-15 defeat', 'beat X by 128 runs'.
RESULT_WORDS = wordset(
    """win wins won winning beat beats beating defeat defeats defeated lose loses lost
    losing stun stuns stunned edge edges edged rout routs routed topped downed blank
    blanked thrash thrashed crush crushed crushing trounce trounced draw drew drawn tie tied
    victory triumph loss upset outlast outlasted overcame overcome"""
)
# A score: '100-93', '4-0', '32 - 15'; not a record after 'is' ('is 5-1 with a 1.41 ERA'),
# nor a share ('5-of-13', '13-for-33'), nor a range of a measure ('0-60 mph', '30-40
# dollars').
SCORE = re.compile(
    r"(?<![\w.$£€-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w-])"
    r"(?!\s*(?:mph|km|kph|miles|dollars|euros|pounds|percent|per|%|years?|months?|days?"
    r"|hours?|minutes?|people|million|billion|feet|ft|kg|lbs?|degrees|metres|meters|m\b))"
)
RECORD_BEFORE = re.compile(r"\b(?:is|are|was|were|now|improved\s+to|fell\s+to)\s+$", re.I)


def game_circumstance(span: Span, unit: str, category: str, shown: str) -> bool:
    """Is this figure one game's circumstance the card cannot place? A count of a game's
    unit (points, saves, minutes...) on a page reporting games, in a card (`shown`, its
    answer written in) that gives no result and is not the result's margin: the sentence
    may give the result in a part the card cuts (sample Q23)."""
    counted = unit.lower().split()[-1] if unit else ""
    if counted.endswith("s") and counted[:-1] in GAME_UNITS:
        counted = counted[:-1]  # a measure's unit is written as the text has it: 'yards'
    if counted not in GAME_UNITS and not (
        category in ("duration", "percent") and counted in GAME_MEASURES
    ):
        return False
    if not reports_games(span.doc):
        return False
    counted_noun = span.root.head if span.root.dep_ == "nummod" else span.root
    head = counted_noun.head
    if head.lower_ == "by" and head.head.lower_ in RESULT_WORDS:
        return False  # 'beat South Africa by 128 runs': the result itself
    return not gives_a_result(shown)


def scores_in(sentence: str) -> Iterator[re.Match[str]]:
    """The scores a sentence writes ('100-93'), not a record after 'is' ('is 5-1 with a 1.41
    ERA')."""
    return (m for m in SCORE.finditer(sentence) if not RECORD_BEFORE.search(sentence[: m.start()]))


def gives_a_result(sentence: str) -> bool:
    """'as the Timberwolves stunned Phoenix, 100-93', 'a 32-15 defeat': a score beside a
    word of winning or losing."""
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", sentence)}
    return bool(words & RESULT_WORDS) and next(scores_in(sentence), None) is not None


def reports_games(doc: Doc) -> bool:
    """Does the article report games: a result given, or the words of a game?"""
    return cached(doc, "trainer.reports_games", _reports_games)


def _reports_games(doc: Doc) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", text_of(doc))]
    used = sum(1 for w in words if w in GAME_WORDS)
    counted = sum(
        1
        for t in doc
        if t.dep_ == "nummod" and t.head.lemma_.lower() in GAME_COUNTS and t.head.i > t.i
    )
    results = sum(1 for s in doc.sents if gives_a_result(s.text))
    return bool(used and results) or (
        (used or results) > 0 and used + counted + results >= MIN_GAME_SIGNS
    )
