"""'He said' / 'She said' after a clause whose subject is a name the article gives once
(sample S: 'Curie, 21, a Korean exchange student, came second ... She said: "..."'; 'Hafiz,
from Pakistan, has created water kits ... He said: "..."'; '"Perry" chimed in: "...," he
said'): the pronoun may mean that one, not the person who spoke before, so the quotation
is credited to no one (a card naming the earlier speaker was WRONG three times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.decks import load_deck

pytestmark = pytest.mark.slow

SECOND_PLACE = """---
title: Chilli contest raises money for charity
published: 2014-03-10
---
Restaurant owner Samuel Okafor said the contest had gone well. "We raised more than we hoped," Samuel Okafor said.

Mina, 21, a Korean exchange student at the university, came second in the competition, but she admitted the prize "came at a cost".

She said: "I have always liked hot food and thought this was for a good cause, but I had to be taken to hospital twice."
"""

WATER_KITS = """---
title: Young leaders win water awards
published: 2019-03-10
---
Peter Walusimbi, from Uganda, trains unemployed young people to make soap. Peter Walusimbi said: "Unemployed youth are an untapped resource that can be trained to bring about change."

Tariq, from Pakistan, has created water purification kits for refugee camps. He has reached more than 11,000 people.

He said: "This award is an encouragement to reach more people and to make clean water available to everyone."
"""

NICKNAME = """---
title: Vigil outside the precinct
published: 2014-12-30
---
Next to him stood Marcus Delgado, 18, of Queens, who says he was beaten by officers last year. "I got targeted, and nobody listened to me at all," Delgado told me.

"Tex" chimed in: "They never want to take the blame," he said of the police union. "There has to be peace on all sides."
"""


def who_said(tmp_path: Path, text: str) -> dict[str, str]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    deck = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(deck), "--all-cards"]) == 0
    return {c.question: c.answer for c in load_deck(deck).cards if c.kind == "who_said"}


@pytest.mark.parametrize(
    ("text", "quoted", "earlier", "named_before"),
    [
        (SECOND_PLACE, "taken to hospital twice", "Samuel Okafor", "We raised more"),
        (WATER_KITS, "This award is an encouragement", "Peter Walusimbi", "untapped resource"),
        (NICKNAME, "take the blame", "Marcus Delgado", "I got targeted"),
    ],
)
def test_a_pronoun_after_another_named_subject_credits_no_earlier_speaker(
    tmp_path, text, quoted, earlier, named_before
):
    cards = who_said(tmp_path, text)
    # the earlier speaker's own words are still theirs
    assert [a for q, a in cards.items() if named_before in q] == [earlier], cards
    assert not [a for q, a in cards.items() if quoted in q and a == earlier], cards
