from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEFAULT_DECK
from trainer.decks import DeckError, dump_deck, load_deck, parse_deck, write_deck
from trainer.model import Card, Deck, Source

GOOD = """\
format: 1
id: demo
title: Demo deck
sources:
  - id: a1
    outlet: The Daily
    published: 2020-01-02
cards:
  - id: c1
    kind: number
    question: How many?
    answer: '224'
    choices: ['224', '189', '241', '217']
    source: a1
    evidence: It killed 224 people.
"""


def test_bundled_deck_round_trip(tmp_path: Path):
    deck = load_deck(DEFAULT_DECK)
    assert deck.cards, "the bundled deck has cards"
    out = tmp_path / "copy.deck.yaml"
    write_deck(deck, out)
    again = load_deck(out)
    assert again == deck
    assert out.read_bytes() == DEFAULT_DECK.read_bytes()


def test_tricky_strings_round_trip(tmp_path: Path):
    texts = [
        'He said: "We are here" -- and # not a comment: really',
        "x" * 200,
        "a long line with trailing space " * 5 + " ",
        "multi\nline\n\nwith blank",
        "yes",
        "2015-11-17",
        "- dash first and a colon: here " * 4,
        "'quoted' & <html> \u2014 em dash \u201ccurly\u201d " * 3,
    ]
    cards = tuple(
        Card(
            id=f"c{i}",
            kind="who_said",
            question=t,
            answer=t[:20] or "a",
            sources=("s",),
            evidence=t,
        )
        for i, t in enumerate(texts)
    )
    deck = Deck(id="t", title="T", sources=(Source(id="s"),), cards=cards)
    path = tmp_path / "t.deck.yaml"
    write_deck(deck, path)
    assert load_deck(path) == deck
    assert dump_deck(load_deck(path)) == path.read_text(encoding="utf-8")


def test_same_deck_same_bytes():
    deck = parse_deck(GOOD)
    assert dump_deck(deck) == dump_deck(parse_deck(dump_deck(deck)))


@pytest.mark.parametrize(
    "edit, expected",
    [
        (("format: 1", "format: 7"), ["<deck>:1: unknown format version 7"]),
        (("    answer: '224'\n", ""), ["<deck>:9: card 'c1' is missing required field 'answer'"]),
        (
            ("['224', '189'", "['225', '189'"),
            ["<deck>:13: card 'c1': answer '224' is not among its choices"],
        ),
        (("'241', '217'", "'241', '189'"), ["<deck>:13: card 'c1': duplicate choice '189'"]),
        (("source: a1", "source: a9"), ["<deck>:14: card 'c1': unknown source id 'a9'"]),
        (("kind: number", "kind: nonsense"), ["<deck>:10: card 'c1': unknown kind 'nonsense'"]),
        (
            ("    evidence", "    colour: red\n    evidence"),
            ["<deck>:15: card 'c1' has unknown field 'colour'"],
        ),
    ],
)
def test_validation_errors_with_lines(edit: tuple[str, str], expected: list[str]):
    text = GOOD.replace(*edit)
    assert text != GOOD
    with pytest.raises(DeckError) as info:
        parse_deck(text)
    assert [line.split(" (")[0] for line in info.value.lines] == [
        e.split(" (")[0] for e in expected
    ]


def test_all_problems_reported_at_once():
    text = GOOD + GOOD[GOOD.index("  - id: c1") :].replace("source: a1", "source: zz")
    with pytest.raises(DeckError) as info:
        parse_deck(text, "d.deck.yaml")
    assert info.value.lines == [
        "d.deck.yaml:16: duplicate card id 'c1' (first used by card 1)",
        "d.deck.yaml:21: card 'c1': unknown source id 'zz'",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "d:1: empty deck file"),
        ("- a\n- b\n", "d:1: a deck must be a mapping"),
        ("format: 1\nid: x\ntitle: [unclosed\n", "d:4: "),
        (
            "!!python/object/apply:os.system ['echo hi']\n",
            "d:1: refused unsafe or unknown YAML tag !!python/object/apply:os.system",
        ),
        ("format: 1\nid: x\n", "d:1: missing required field 'title'"),
    ],
)
def test_unreadable_decks(text: str, message: str):
    with pytest.raises(DeckError) as info:
        parse_deck(text, "d")
    assert info.value.lines[0].startswith(message)


def test_invalid_deck_is_never_written(tmp_path: Path):
    deck = parse_deck(GOOD)
    bad = Deck(
        id=deck.id, title=deck.title, sources=deck.sources, cards=deck.cards + deck.cards
    )  # duplicate id
    path = tmp_path / "out.deck.yaml"
    path.write_text("old contents", encoding="utf-8")
    with pytest.raises(DeckError):
        write_deck(bad, path)
    assert path.read_text(encoding="utf-8") == "old contents"
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_missing_deck_file(tmp_path: Path):
    with pytest.raises(DeckError, match="no such deck file"):
        load_deck(tmp_path / "none.deck.yaml")
