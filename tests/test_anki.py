"""Exported packages imported into a real, fresh Anki collection (the `anki` package).

Every test writes a package with trainer.anki, imports it with the options Anki's
import dialog starts with (the backend's presets), and looks at what a user would see.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests import anki_helpers
from tests.anki_helpers import import_package
from trainer import anki as trainer_anki
from trainer.model import CLOZE_BLANK, Card, Deck, Source

T0 = 1_700_000_000.0  # export times: the clock is passed in
T1 = T0 + 3600

SOURCES = (
    Source(
        id="a1",
        title="Strikes & talks",
        outlet="Daily Planet",
        published=date(2015, 11, 17),
        url="https://example.com/a1?x=1&y=2",
    ),
    Source(id="a2", outlet="Evening Star", published=date(2015, 11, 18)),
)

col = anki_helpers.col  # a fresh Anki collection (fixture)


def sample_deck(**changes) -> Deck:
    cards = (
        Card(
            id="who-said-1",
            kind="who_said",
            question='Who said: "We welcome that"?',
            answer="Jane Roe",
            choices=("John Doe", "Jane Roe", "Max Mustermann", "Erika Musterfrau"),
            sources=("a1",),
            evidence='"We welcome that," said Jane Roe, a spokeswoman.',
            tags=("person",),
        ),
        Card(
            id="date-1",
            kind="date",
            question="On what date did the strikes begin?",
            answer="Sept. 30",
            accept=("September 30",),
            answer_value="2015-09-30",
            sources=("a1", "a2"),
            evidence="The strikes began on Sept. 30 in the north.",
        ),
        Card(
            id="cloze-1",
            kind="quote_cloze",
            question=f'Roe said: "We welcome {CLOZE_BLANK} in the talks."',
            answer="progress",
            sources=("a2",),
            evidence='"We welcome progress in the talks," Roe said.',
        ),
        Card(
            id="html-1",
            kind="number",
            question="What did <script>alert(1)</script> & <b>AT&T</b> report?",
            answer="<i>5 & 6</i>",
            choices=("<i>5 & 6</i>", "7 < 8", "9 > 1"),
            sources=("a2",),
            evidence="A note: <script>alert(1)</script> reported <i>5 & 6</i> today.",
        ),
    )
    fields = {"id": "test-deck", "title": "Test deck, 17 Nov", "sources": SOURCES, "cards": cards}
    fields.update(changes)
    return Deck(**fields)


# -- helpers -----------------------------------------------------------------------


def export(tmp_path: Path, decks: list[Deck], now: float = T0, name: str = "out", **kw) -> Path:
    path = tmp_path / f"{name}.apkg"
    trainer_anki.write_package(decks, path, now=now, **kw)
    return path


def notes_by_card_id(col) -> dict:
    """trainer card id -> Anki note (the hidden Card field holds it)."""
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[html.unescape(note["CardId"])] = note
    return notes


def visible(rendered: str) -> str:
    """A rendered side without its <style> block."""
    return re.sub(r"<style>.*?</style>", "", rendered, flags=re.DOTALL)


# -- what the package holds ------------------------------------------------------------


def test_every_card_becomes_one_note_with_one_card(tmp_path: Path, col):
    deck = sample_deck()
    log = import_package(col, export(tmp_path, [deck]))
    assert len(log.new) == len(deck.cards)
    assert col.note_count() == len(deck.cards)
    assert col.card_count() == len(deck.cards)
    assert set(notes_by_card_id(col)) == {card.id for card in deck.cards}


def test_note_types_have_fixed_ids_names_and_fields(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    notes = notes_by_card_id(col)
    expected = {
        "who-said-1": (trainer_anki.CHOICE_MODEL_ID, trainer_anki.CHOICE_FIELDS),
        "date-1": (trainer_anki.TYPED_MODEL_ID, trainer_anki.TYPED_FIELDS),
        "cloze-1": (trainer_anki.CLOZE_MODEL_ID, trainer_anki.CLOZE_FIELDS),
        "html-1": (trainer_anki.CHOICE_MODEL_ID, trainer_anki.CHOICE_FIELDS),
    }
    for card_id, (model_id, fields) in expected.items():
        note_type = notes[card_id].note_type()
        assert note_type["id"] == model_id
        assert note_type["name"] == trainer_anki.MODEL_NAMES[model_id]
        assert tuple(f["name"] for f in note_type["flds"]) == fields
    cloze_type = notes["cloze-1"].note_type()
    assert cloze_type["type"] == 1  # Anki's cloze kind


def test_multiple_choice_card_shows_question_options_and_marked_answer(tmp_path: Path, col):
    deck = sample_deck()
    import_package(col, export(tmp_path, [deck]))
    card = notes_by_card_id(col)["who-said-1"].cards()[0]
    question, answer = visible(card.question()), visible(card.answer())
    assert html.escape('Who said: "We welcome that"?', quote=False) in question
    for letter, option in zip("ABCD", deck.cards[0].choices, strict=True):
        assert f'<span class="letter">{letter}</span> {option}</li>' in question
    assert "Jane Roe" in answer
    assert 'class="answer"><span class="letter">B</span> Jane Roe</div>' in answer
    assert 'class="choices answer-B"' in answer  # the CSS marks option B on the back
    assert "Jane Roe" not in question.replace('<li><span class="letter">B</span> Jane Roe', "")


def test_typed_card_uses_anki_type_in_and_shows_accepted_answers(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    card = notes_by_card_id(col)["date-1"].cards()[0]
    question, answer = visible(card.question()), visible(card.answer())
    assert "On what date did the strikes begin?" in question
    assert "[[type:Answer]]" in question  # Anki's reviewer turns this into the input box
    assert "Sept. 30" not in question
    assert '<div class="answer">Sept. 30</div>' in answer
    assert "Also accepted: September 30" in answer


def test_quote_cloze_card_blanks_the_answer(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    note = notes_by_card_id(col)["cloze-1"]
    assert note["Text"] == 'Roe said: "We welcome {{c1::progress}} in the talks."'
    card = note.cards()[0]
    question, answer = visible(card.question()), visible(card.answer())
    assert 'Roe said: "We welcome' in question and "in the talks." in question
    assert "progress" not in re.sub(r"<[^>]*>", "", question)  # (Anki keeps it in an attribute)
    assert '<span class="cloze" data-cloze=' in question  # Anki's blank
    assert '<span class="cloze" data-ordinal="1">progress</span>' in answer


def test_quote_cloze_without_blank_falls_back_to_type_in(tmp_path: Path, col):
    deck = sample_deck()
    broken = replace(deck.cards[2], question="Roe said what?")
    import_package(col, export(tmp_path, [replace(deck, cards=(broken,))]))
    note = notes_by_card_id(col)["cloze-1"]
    assert note.note_type()["id"] == trainer_anki.TYPED_MODEL_ID
    assert col.card_count() == 1


def test_cloze_answer_with_braces_and_colons_stays_one_cloze(tmp_path: Path, col):
    deck = sample_deck()
    tricky = replace(
        deck.cards[2],
        question=f"At {{{{c2::x}}}} o'clock: {CLOZE_BLANK}",
        answer="10::30}} {{c3::y",
    )
    import_package(col, export(tmp_path, [replace(deck, cards=(tricky,))]))
    assert col.card_count() == 1
    answer = visible(col.get_card(col.find_cards("")[0]).answer())
    assert "10::30}} {{c3::y" in html.unescape(answer)
    assert "{{c2::x}}" in html.unescape(answer)


def test_html_special_characters_render_escaped(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    card = notes_by_card_id(col)["html-1"].cards()[0]
    question, answer = visible(card.question()), visible(card.answer())
    for side in (question, answer):
        assert "<script>" not in side and "<b>" not in side and "<i>" not in side
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;AT&amp;T&lt;/b&gt;" in side
    assert "&lt;i&gt;5 &amp; 6&lt;/i&gt;" in question  # an option
    assert "7 &lt; 8" in question and "9 &gt; 1" in question
    assert '<span class="letter">A</span> &lt;i&gt;5 &amp; 6&lt;/i&gt;</div>' in answer
    assert "<mark>&lt;i&gt;5 &amp; 6&lt;/i&gt;</mark>" in answer  # highlighted, still escaped


def test_evidence_highlights_the_answer_and_source_shows_outlet_date_link(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    notes = notes_by_card_id(col)
    answer = visible(notes["date-1"].cards()[0].answer())
    assert (
        '<blockquote class="evidence">The strikes began on <mark>Sept. 30</mark> in the north.'
        in answer
    )
    assert (
        '<div class="source">Daily Planet, 17 Nov 2015 · '
        '<a href="https://example.com/a1?x=1&amp;y=2">Strikes &amp; talks</a></div>' in answer
    )
    assert '<div class="source">Evening Star, 18 Nov 2015</div>' in answer
    who = visible(notes["who-said-1"].cards()[0].answer())
    assert "said <mark>Jane Roe</mark>, a spokeswoman" in who


def test_only_web_links_become_links(tmp_path: Path, col):
    evil = Source(id="a1", title="Click", url="javascript:alert(1)")
    deck = sample_deck(sources=(evil, SOURCES[1]))
    import_package(col, export(tmp_path, [deck]))
    answer = visible(notes_by_card_id(col)["who-said-1"].cards()[0].answer())
    assert "javascript:" not in answer.split('class="source"')[1]
    assert '<div class="source">Click</div>' in answer


def test_tags_name_kind_outlet_and_deck(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    notes = notes_by_card_id(col)
    assert set(notes["who-said-1"].tags) == {
        "trainer::kind::who_said",
        "Daily_Planet",
        "test-deck",
        "person",
    }
    assert set(notes["date-1"].tags) == {
        "trainer::kind::date",
        "Daily_Planet",
        "Evening_Star",
        "test-deck",
    }
    assert set(notes["cloze-1"].tags) == {"trainer::kind::quote_cloze", "Evening_Star", "test-deck"}


def test_decks_nest_under_the_parent_named_by_title(tmp_path: Path, col):
    first = sample_deck()
    second = sample_deck(id="second", title="Second: a deck :: with colons")
    import_package(col, export(tmp_path, [first, second]))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {
        "trainer",
        "trainer::Test deck, 17 Nov",
        "trainer::Second: a deck : with colons",
    } <= names
    for card_id in col.find_cards('"deck:trainer::Test deck, 17 Nov"'):
        assert col.get_card(card_id).note()["CardId"] in {c.id for c in first.cards}
    assert len(col.find_cards('"deck:trainer::Test deck, 17 Nov"')) == len(first.cards)
    assert len(col.find_cards('"deck:trainer::Second: a deck : with colons"')) == len(second.cards)


def test_other_parent_and_no_parent(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()], parent="News::2015", name="a"))
    import_package(col, export(tmp_path, [sample_deck(id="top")], parent="", name="b"))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"News", "News::2015", "News::2015::Test deck, 17 Nov", "Test deck, 17 Nov"} <= names


# -- importing again ------------------------------------------------------------------


def test_importing_the_same_export_twice_adds_nothing(tmp_path: Path, col):
    path = export(tmp_path, [sample_deck()])
    import_package(col, path)
    note_types = len(col.models.all_names_and_ids())
    log = import_package(col, path)
    assert len(log.new) == 0 and len(log.updated) == 0 and len(log.conflicting) == 0
    assert col.note_count() == len(sample_deck().cards)
    assert len(col.models.all_names_and_ids()) == note_types


def test_reexport_updates_changed_notes_adds_new_ones_and_keeps_history(tmp_path: Path, col):
    old = sample_deck()
    import_package(col, export(tmp_path, [old], now=T0, name="old"))
    before = notes_by_card_id(col)
    note_types = len(col.models.all_names_and_ids())

    # study one card in Anki
    studied = before["date-1"].cards()[0]
    studied.start_timer()
    col.sched.answerCard(studied, 4)
    studied.load()
    assert studied.reps == 1

    changed = replace(old.cards[1], question="When did the strikes start?")
    added = replace(old.cards[0], id="who-said-2", question='Who said: "Not yet"?')
    new = replace(old, cards=(old.cards[0], changed, old.cards[2], old.cards[3], added))
    log = import_package(col, export(tmp_path, [new], now=T1, name="new"))

    assert [html.unescape(n.fields[-1]) for n in log.new] == ["who-said-2"]
    assert len(log.conflicting) == 0
    assert col.note_count() == len(new.cards) == col.card_count()
    after = notes_by_card_id(col)
    assert after["date-1"]["Question"] == "When did the strikes start?"
    assert after["date-1"].id == before["date-1"].id
    assert {k: n.id for k, n in after.items() if k != "who-said-2"} == {
        k: n.id for k, n in before.items()
    }
    card = after["date-1"].cards()[0]
    assert card.id == studied.id and card.reps == 1 and card.type == studied.type
    assert "When did the strikes start?" in card.question()
    assert len(col.models.all_names_and_ids()) == note_types

    # and the older export imported afterwards changes nothing back
    log = import_package(col, tmp_path / "old.apkg")
    assert len(log.new) == 0 and len(log.updated) == 0
    assert notes_by_card_id(col)["date-1"]["Question"] == "When did the strikes start?"


def test_guids_come_from_deck_and_card_ids_not_text():
    deck = sample_deck()
    card = deck.cards[0]
    reworded = replace(card, question="Reworded?", answer="Someone", evidence="Other.")
    assert trainer_anki.note_guid(deck, card) == trainer_anki.note_guid(deck, reworded)
    other_deck = replace(deck, id="other-deck")
    assert trainer_anki.note_guid(deck, card) != trainer_anki.note_guid(other_deck, card)
    assert trainer_anki.anki_deck_id(deck) == trainer_anki.anki_deck_id(replace(deck, title="X"))
    assert trainer_anki.anki_deck_id(deck) != trainer_anki.anki_deck_id(other_deck)


def test_same_card_id_in_two_decks_stays_two_notes(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck(), sample_deck(id="b", title="B")]))
    assert col.note_count() == 2 * len(sample_deck().cards)


def test_package_is_deflated_and_holds_no_media(tmp_path: Path):
    path = export(tmp_path, [sample_deck()])
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["collection.anki2", "media"]
        assert zf.getinfo("collection.anki2").compress_type == zipfile.ZIP_DEFLATED
        assert zf.read("media") == b"{}"


@pytest.mark.parametrize("card_id", ["who-said-1", "date-0f3a9c21d4", "é-ü-ß", "x" * 200])
def test_note_guid_is_genanki_guid_for(card_id: str):
    import genanki

    deck = sample_deck()
    card = replace(deck.cards[0], id=card_id)
    assert trainer_anki.note_guid(deck, card) == genanki.guid_for("trainer", deck.id, card_id)


def test_type_in_accepts_the_answer_as_written_despite_escaping(tmp_path: Path, col):
    deck = sample_deck()
    typed = replace(deck.cards[1], answer="AT&T <Labs>", accept=(), evidence="AT&T <Labs> did.")
    import_package(col, export(tmp_path, [replace(deck, cards=(typed,))]))
    note = notes_by_card_id(col)["date-1"]
    assert note["Answer"] == "AT&amp;T &lt;Labs&gt;"
    verdict = col.compare_answer(note["Answer"], "AT&T <Labs>")  # what Anki's reviewer calls
    assert "typeGood" in verdict and "typeBad" not in verdict and "typeMissed" not in verdict


def test_card_id_field_is_searchable_in_anki(tmp_path: Path, col):
    import_package(col, export(tmp_path, [sample_deck()]))
    found = col.find_notes("CardId:date-1")
    assert len(found) == 1 and col.get_note(found[0])["Question"].startswith("On what date")


def test_newer_export_brings_new_templates_and_css(
    tmp_path: Path, col, monkeypatch: pytest.MonkeyPatch
):
    import_package(col, export(tmp_path, [sample_deck()], now=T0, name="old"))
    from trainer.anki import models  # the note types' CSS, read at export time

    monkeypatch.setattr(models, "CSS", models.CSS + "\n.question { color: red; }")
    import_package(col, export(tmp_path, [sample_deck()], now=T1, name="new"))
    note_type = col.models.get(trainer_anki.CHOICE_MODEL_ID)
    assert note_type["css"].endswith(".question { color: red; }")
    names = [n.name for n in col.models.all_names_and_ids()]
    assert names.count(trainer_anki.MODEL_NAMES[trainer_anki.CHOICE_MODEL_ID]) == 1


def test_card_changing_note_type_is_left_alone_as_a_conflict(tmp_path: Path, col):
    """Documented limitation: Anki refuses to switch a note's type on import."""
    deck = sample_deck()
    import_package(col, export(tmp_path, [deck], now=T0, name="old"))
    typed = replace(deck.cards[0], choices=(), question="Who said it?")
    log = import_package(col, export(tmp_path, [replace(deck, cards=(typed,))], now=T1))
    assert len(log.conflicting) == 1 and len(log.new) == 0
    note = notes_by_card_id(col)["who-said-1"]
    assert note.note_type()["id"] == trainer_anki.CHOICE_MODEL_ID
    assert col.note_count() == len(deck.cards)


def test_a_headline_card_s_answer_is_masked_in_the_deck_name(tmp_path: Path, col):
    # a deck of one article is named after its headline: the name would give the blank away
    headline = Card(
        id="headline-1",
        kind="headline",
        question='Complete the headline of March 2021: "_____ hosts summit on growth"',
        answer="Portugal",
        choices=("Portugal", "Spain", "France", "Italy"),
        sources=("a1",),
        evidence="Portugal hosted the summit in Lisbon on Tuesday.",
    )
    deck = sample_deck(id="one", title="Portugal hosts summit on growth", cards=(headline,))
    import_package(col, export(tmp_path, [deck]))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert "trainer::… hosts summit on growth" in names
    assert not any("Portugal" in name for name in names)
