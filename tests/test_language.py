"""The pure parts of generation, without spaCy: word lists, the normaliser, names, dates,
numbers, quotation marks (trainer.language) and the knowledge files (trainer.knowledge)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from trainer.knowledge.aircraft import aircraft
from trainer.knowledge.places import known_place, parent_of
from trainer.language import lexicon
from trainer.language.dates import PATTERNS, month_spelling, resolve
from trainer.language.names import clean_name, is_plausible_name, name_key, same_name_form_first
from trainer.language.numbers import NUMBER_RE, plain, value_of
from trainer.language.quotation import join_parts, quote_spans, shorten
from trainer.language.text import has_word, looks_english, mentions, normalise, word_count

TUESDAY = date(2015, 11, 17)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("seven", 7),
        ("nineteen", 19),
        ("forty", 40),
        ("ninety", 90),
        ("dozen", 12),
        ("hundred", 100),
        ("million", 10**6),
    ],
)
def test_number_words_have_their_value(word, value):
    assert lexicon.NUMBER_WORDS[word] == value


def test_count_words_are_number_words_in_reading_order():
    assert all(lexicon.NUMBER_WORDS[w] == v for w, v in lexicon.COUNT_WORDS.items())
    assert list(lexicon.COUNT_WORDS)[:3] == ["one", "two", "three"]
    assert "thirteen" in lexicon.COUNT_WORDS  # "Thirteen Russian nationals" (sample Q95)
    assert "sixty" not in lexicon.COUNT_WORDS  # read by the answer matcher only


@pytest.mark.parametrize(
    ("text", "form", "published", "tense", "expected"),
    [
        ("Nov. 12, 2015", "month-day-year", None, "past", "2015-11-12"),
        ("12 November 2015", "day-month-year", None, "past", "2015-11-12"),
        ("Oct. 31", "month-day", date(2016, 1, 10), "past", "2015-10-31"),
        ("Jan. 5", "month-day", date(2015, 12, 20), "future", "2016-01-05"),
        ("Oct. 31", "month-day", None, "past", None),  # no published date: no year
        ("September", "month", TUESDAY, "past", "2015-09"),
        ("February", "month", TUESDAY, "future", "2016-02"),
        ("Monday", "weekday", TUESDAY, "past", "2015-11-16"),
        ("last Tuesday", "weekday", TUESDAY, "past", "2015-11-10"),
        ("Friday", "weekday", TUESDAY, "future", "2015-11-20"),
        ("Wednesday", "weekday", TUESDAY, "past", None),  # the page's date is off by a day
        ("two months ago", "ago", TUESDAY, "past", "2015-09"),
        ("14 days ago", "ago", TUESDAY, "past", "2015-11-03"),
        ("three weeks ago", "ago", TUESDAY, "past", None),  # no day to name
        ("last month", "last", TUESDAY, "past", "2015-10"),
        ("last week", "last", TUESDAY, "past", None),
        ("2014", "year", None, "past", "2014"),
    ],
)
def test_relative_dates_resolve_against_the_published_date(text, form, published, tense, expected):
    assert resolve(text, form, published, tense) == expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Nov. 12, 2015", "month-day-year"),
        ("12 November 2015", "day-month-year"),
        ("last Friday", "weekday"),
        ("three weeks ago", "ago"),
        ("Sept. 30", "month-day"),
    ],
)
def test_date_patterns_name_the_written_form(text, form):
    first = next(name for name, pattern in PATTERNS if pattern.search(text))
    assert first == form


@pytest.mark.parametrize(
    ("text", "form", "spelling"),
    [
        ("Nov. 12", "month-day", "ap"),
        ("November 12", "month-day", "full"),
        ("Nov 12", "month-day", "short"),
        ("March 3", "month-day", "any"),
        ("Sept. 2015", "month-year", "ap"),
        ("Monday", "weekday", ""),
    ],
)
def test_a_date_s_month_spelling_is_kept(text, form, spelling):
    assert month_spelling(text, form) == spelling


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr. Trump's", "Trump"),
        ("Secretary Ash Carter", "Ash Carter"),
        ("Defense Secretary Ash Carter", "Defense Secretary Ash Carter"),
        ("Jane Roe,", "Jane Roe"),
        ("President", "President"),
    ],
)
def test_clean_name_drops_titles_and_possessives(written, name):
    assert clean_name(written) == name


def test_two_spellings_of_one_name_share_a_key_and_two_people_do_not():
    assert name_key("Bashar al-Assad") == name_key("Bashar Assad") == "bashar assad"
    assert name_key("Jane Roe") != name_key("John Roe")


@pytest.mark.parametrize(
    ("name", "plausible"),
    [
        ("Jane Roe", True),
        ("Bashar al Assad", True),
        ("jane roe", False),
        ("Su 24", False),
        ("A B C D E F", False),
    ],
)
def test_plausible_names(name, plausible):
    assert is_plausible_name(name) is plausible


def test_names_written_like_the_answer_come_first_within_the_article():
    names = ["Roe", "Ann Lee", "Bo", "Cy Dee"]
    assert same_name_form_first("Jane Roe", names, nearby=2) == ["Ann Lee", "Roe", "Cy Dee", "Bo"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Côte d'Ivoire!", "cote d ivoire"),
        ("Côte d’Ivoire", "cote divoire"),
        ("  Tu-160M  ", "tu 160m"),
        ("$1,500", "1 500"),
    ],
)
def test_one_normaliser_for_keys_and_answers(text, key):
    assert normalise(text) == key


def test_mentions_is_word_bounded():
    assert mentions("The Tu-160 bombers flew.", "tu-160")
    assert not mentions("The Tu-1600 flew.", "Tu-160")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$1.5 billion", 1.5e9),
        ("forty", 40.0),
        ("8,000", 8000.0),
        ("two million", 2e6),
        ("one", None),
    ],
)
def test_number_values(text, value):
    assert value_of(text) == value


def test_number_pattern_keeps_hedge_and_unit():
    m = NUMBER_RE.search("It cost more than 75 percent of the budget.")
    assert m is not None
    assert (m.group("hedge").strip(), m.group("core"), m.group("unit").strip()) == (
        "more than",
        "75",
        "percent",
    )
    assert plain(3.0) == "3" and plain(2.5) == "2.5"


def test_quote_spans_pair_straight_and_curly_marks():
    text = 'He said "we welcome it" and “we mean it”.'
    spans, still_open = quote_spans(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["we welcome it", "we mean it"]
    assert still_open is False


def test_parts_of_one_quote_join_and_long_quotes_are_cut_at_a_sentence():
    assert join_parts(["We will go,", "and we will stay."]) == "We will go, and we will stay."
    long = " ".join(["This is a sentence of exactly ten words in all."] * 5)
    short = shorten(long)
    assert short is not None and short.endswith(" …") and len(short.split()) <= 35


def test_aircraft_knowledge_is_typed_and_finds_families_by_variant():
    known = aircraft()
    su24 = known.family_of("Su-24M")
    assert su24 is not None and (su24.designator, su24.maker, su24.role) == (
        "Su-24",
        "Sukhoi",
        "bomber",
    )
    dreamliner = known.family_of("787-9")
    assert dreamliner is not None and dreamliner.nickname == "Dreamliner" and not dreamliner.bare
    assert known.family_of("COVID-19") is None
    patriot = known.weapon_of("Patriot")
    assert patriot is not None and patriot.type == "air defense system" and not patriot.bare
    assert "long-range bombers" in known.aircraft_types["bomber"]


@pytest.mark.parametrize(
    ("name", "kind", "parent"),
    [
        ("U.S.", "country", "Americas"),
        ("Aleppo", "city", "Syria"),
        ("Syria", "country", "Middle East"),
    ],
)
def test_places_know_their_type_and_parent(name, kind, parent):
    info = known_place(name)
    assert info is not None and (info.type, info.parent) == (kind, parent)
    assert parent_of(name) == parent


def test_an_unknown_place_has_no_type():
    assert known_place("Atlantis") is None and parent_of("Atlantis") == ""


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pacific Gas & Electric Co. cut power", 7),  # a reader counts the ampersand
        ("AT&T's well-known plan — a deal", 5),  # a dash between spaces is no word
        ("Officials said: “We welcome it.”", 5),
    ],
)
def test_words_are_counted_as_a_reader_counts_them(text, count):
    assert word_count(text) == count


def test_english_prose_is_told_from_other_languages_and_from_tables():
    english = (
        "The minister said on Tuesday that the budget would be cut by $3 billion, and that "
        "the opposition had been told of the plan before it was announced to the press. "
    ) * 2
    assert looks_english(english)
    assert looks_english("Acme 3, Dover 1")  # too short to tell: read it
    italian = (
        "Il ministro ha detto martedì che il bilancio sarà tagliato di tre miliardi, e che "
        "l'opposizione era stata informata del piano prima che fosse annunciato alla stampa. "
    ) * 2
    assert not looks_english(italian)
    results = "Smith (Dover) 52.1; Jones (Acme) 53.4; Brown (Kent) 54.0; " * 10
    assert not looks_english(results)


@pytest.mark.parametrize(
    ("haystack", "needle", "joiners"),
    [
        ("Syria and Russia", "Syria", ""),
        ("Syrian forces", "Syria", ""),
        ("in Syria.", "Syria", ""),
        ("pro-Syria groups", "Syria", ""),
        ("pro-Syria groups", "Syria", "-"),
        ("the A350-1000 and the A350", "A350", "-"),
        ("A350_x", "A350", ""),
        ("Côte d'Ivoire", "Ivoire", ""),
        ("Médecins", "decins", ""),
        ("", "Syria", ""),
    ],
)
def test_has_word_is_the_word_bounded_pattern(haystack, needle, joiners):
    extra = re.escape(joiners)
    pattern = rf"(?<![\w{extra}]){re.escape(needle)}(?![\w{extra}])"
    assert has_word(haystack, needle, joiners) == (re.search(pattern, haystack) is not None)
