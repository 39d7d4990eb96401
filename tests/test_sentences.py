"""Sentence boundaries the small English model gets wrong in news text: a title before a
name ("Navy Capt. Jeff Davis") never ends a sentence, and a paragraph break always does."""

from __future__ import annotations

import pytest

from trainer.cli import main
from trainer.decks import load_deck

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Pentagon spokesman Navy Capt. Jeff Davis told reporters Monday.", "Capt. Jeff Davis"),
        ("The order came from Lt. Gen. Jeffrey Harrigian on Tuesday.", "Lt. Gen. Jeffrey"),
        ("Reporters asked Sgt. Maj. Lee about the raid.", "Sgt. Maj. Lee"),
        ("The bill was backed by Sen. Jane Roe and Rep. John Doe this week.", "Sen. Jane Roe"),
        ("He met Gov. Eric Holcomb and Lt. Col. Ray Smith in the capital.", "Lt. Col. Ray Smith"),
        ("The plan was praised by Adm. Mike Gilday and Brig. Gen. Pat Ryder.", "Brig. Gen. Pat"),
    ],
)
def test_a_title_before_a_name_never_ends_a_sentence(nlp, text: str, together: str):
    sentences = [s.text for s in nlp(text).sents]
    assert len(sentences) == 1, sentences
    assert together in sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "He said the talks would go on. Mr. Lee agreed.",
        "The company was founded in the U.S.\n\nIt grew fast after that.",
    ],
)
def test_real_sentence_ends_stay(nlp, text: str):
    assert len(list(nlp(text).sents)) == 2


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Seek And Destroy", "Putin said the war would go on."),
        ("Chapter Two: Ivan", "Putin said it would rain."),
        ("The Hunt For Red October", "Vladimir Putin said the talks were over."),
    ],
)
def test_a_paragraph_break_always_ends_a_sentence_and_no_entity_crosses_it(
    nlp, heading: str, body: str
):
    doc = nlp(f"{heading}\n\n{body}")
    assert [s.text.strip() for s in doc.sents] == [heading, body]
    assert all("\n" not in ent.text and ent.text.strip() == ent.text for ent in doc.ents)
    persons = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    assert persons and all(p in body for p in persons)


def test_a_speaker_after_a_rank_keeps_his_quotes(tmp_path):
    """The sentence used to be cut after "Capt.", so the quote went to nobody."""
    article = tmp_path / "briefing.txt"
    article.write_text(
        "---\ntitle: Briefing\npublished: 2019-11-18\n---\n"
        "The strikes went on through the weekend near the border.\n\n"
        '"We will keep flying these missions for as long as it takes," Pentagon spokesman '
        "Navy Capt. Jeff Davis told reporters Monday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "briefing.deck.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    who = [c for c in load_deck(out).cards if c.kind == "who_said"]
    assert [c.answer for c in who] == ["Jeff Davis"]
    assert "Capt." not in who[0].question


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a name the recogniser stops a word short of
        (
            "A plan to impeach South Korean President Yoon Suk Yeol over his declaration of "
            "martial law has failed.",
            "Yoon Suk Yeol",
        ),
        # a title after a name is not part of it
        ("Facebook never bought Snapchat, whose CEO Evan Spiegel said no.", "Evan Spiegel"),
    ],
)
def test_a_name_the_recogniser_cut_short_takes_its_last_word(nlp, text, person):
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert person in people and not any(p != person and person in p for p in people), people


@pytest.mark.slow
def test_the_role_card_of_a_name_cut_short_gives_the_whole_name(tmp_path):
    article = tmp_path / "seoul.md"
    article.write_text(
        "---\ntitle: Impeachment vote fails in Seoul\npublished: 2024-12-07\n---\n"
        "A plan to impeach South Korean President Yoon Suk Yeol over his declaration of "
        "martial law failed on Saturday.\n\nYoon apologized on Saturday morning.\n",
        encoding="utf-8",
    )
    out = tmp_path / "seoul.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Yoon Suk Yeol" in text and "Yoon Suk'" not in text and "Yoon Suk’" not in text
