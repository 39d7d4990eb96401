"""Faults of the fifteenth round (issue 10): names written in one word ('LiveU', 'SpaceX',
'FiveThirtyEight') read as a heading glued to the text, so their sentences made no card."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_all_passing, cards_of, facts_of_kind
from trainer.model import Article
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow


def _cards(nlp, text: str, published: date = date(2012, 11, 12), title: str = ""):
    return cards_of(nlp, text, published, title)


@pytest.mark.parametrize(
    "text",
    [
        "LiveU, a provider of video transmission technology, has raised $27 million in funding.",
        "SpaceX has raised $27 million in funding from investors in Texas.",
        "The FiveThirtyEight forecast gave Barack Obama a 91 percent chance of winning.",
    ],
)
def test_a_name_written_in_one_word_is_no_glued_heading(nlp, text: str) -> None:
    assert _cards(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Obama wins baseThe president said on Monday that 40 people had died in the storm.",
        "Election results CongressAs the results came in on Monday, 40 seats had changed hands.",
    ],
)
def test_a_heading_glued_to_the_first_sentence_still_makes_no_card(nlp, text: str) -> None:
    assert not _cards(nlp, text)


def test_an_amount_written_in_thousands_with_a_k_is_money(nlp) -> None:
    text = "Heatma.ps announced $400K in seed funding to move the software beyond beta testing."
    (card,) = [c for c in _cards(nlp, text, date(2012, 10, 30)) if c.kind == "number"]
    assert card.answer == "$400K"
    assert card.answer_value == "400000"
    assert all(choice.startswith("$") and choice.endswith("K") for choice in card.choices)


def test_a_k_without_a_currency_is_no_amount(nlp) -> None:
    text = "Jane Roe, the mayor of Boston, ran a 5K race in the city on Sunday with 300 runners."
    assert not [c for c in _cards(nlp, text, date(2012, 10, 30)) if "5K" in c.answer]


OBITUARY = (
    "Sally Ride, the first American woman in space, has passed away at the age of 61 after a "
    "17-month battle with pancreatic cancer at her home in La Jolla, Calif., her foundation said."
)


def test_the_age_at_death_of_whom_the_headline_names_is_asked_undated(nlp) -> None:
    title = "Sally Ride, pioneering astronaut, dead at 61"
    article = Article(id="t", text=OBITUARY, published=date(2012, 7, 23), title=title)
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    (card,) = [c for c in cards if c.question.startswith("At what age")]
    assert card.question == "At what age did Sally Ride die?"
    assert card.answer == "61"
    assert all(choice.isdigit() for choice in card.choices)


def test_an_age_at_death_of_someone_the_headline_does_not_name_is_passing(nlp) -> None:
    title = "Cancer research gets a $10 million gift"
    facts = facts_of_kind(nlp, OBITUARY, "number", date(2012, 7, 23), title)
    assert_all_passing([f for f in facts if f.question.startswith("At what age")], True)


def test_a_place_after_the_lead_is_a_passing_detail(nlp) -> None:
    text = (
        "Acme Corp opened its first factory in Brazil on Monday, the company said.\n\n"
        "The factory will employ 400 workers and make electric buses for South America.\n\n"
        "Acme Corp shipped its first buses to customers in Argentina, where Acme Corp has sold "
        "trucks since 2001."
    )
    article = Article(id="t", text=text, published=date(2012, 7, 23), title="Acme opens a plant")
    every = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    kept = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    assert {c.answer for c in every if c.kind == "place"} >= {"Brazil", "Argentina"}
    assert {c.answer for c in kept if c.kind == "place"} == {"Brazil"}


@pytest.mark.parametrize(
    ("opening", "story"),
    [
        ("(CBS News) ", "Sally Ride, the first American woman in space, has died at 61."),
        ("(CNN) ", "The storm hit the coast of Texas on Monday night."),
    ],
)
def test_an_outlet_s_credit_in_brackets_before_the_story_is_cut(opening: str, story: str):
    from trainer.openers import strip_dateline

    assert strip_dateline([opening + story, "More."])[0] == [story, "More."]
    aside = "(Updated at 5 p.m.) The storm hit the coast of Texas on Monday night."
    assert strip_dateline([aside])[0] == [aside]


def test_an_obituary_under_an_outlet_s_credit_asks_the_age(nlp) -> None:
    title = "Sally Ride, pioneering astronaut, dead at 61"
    from trainer.articles import article_from_text

    text = "(CBS News) " + OBITUARY
    article = article_from_text(text, "t.txt", published=date(2012, 7, 23), title=title)
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    assert [c for c in cards if c.question == "At what age did Sally Ride die?"]


def test_a_long_cloze_leaves_out_what_an_appositive_says_of_a_name(nlp) -> None:
    text = (
        "Howard Archer, chief UK economist at IHS Global Insight and a long-time observer of the "
        "British consumer credit markets, said consumers took on £1.7bn of debt in September, "
        "the highest monthly rise since early 2008, as banks eased lending."
    )
    asked = [c.question for c in _cards(nlp, text) if c.answer == "September 2012"]
    assert asked == [
        "Howard Archer said consumers took on £1.7bn of debt in _____, the highest monthly rise "
        "since early 2008, as banks eased lending."
    ]


def test_percentage_points_are_an_amount_asked_by_how_many(nlp) -> None:
    text = "Inflation rose 0.4 percentage point in the year to October, the ONS said."
    (card,) = [c for c in _cards(nlp, text) if c.kind == "number"]
    assert (
        card.question
        == "By how many percentage points did inflation rise in the year to October 2012?"
    )
    assert card.answer == "0.4 percentage point"
    assert all(choice.endswith(" percentage point") for choice in card.choices)


def test_as_of_this_writing_is_a_time_and_a_day_left_out_leaves_one_comma(nlp) -> None:
    text = (
        "As of this writing, on Sunday evening, Mr. Obama led by an average of 1.3 percentage "
        "points across 12 national polls."
    )
    asked = [c.question for c in _cards(nlp, text, date(2012, 11, 5)) if c.kind == "number"]
    # 'this writing' is the article's day: written as its month since sample Q73
    assert (
        "As of November 2012, Mr. Obama led by an average of _____ across 12 national polls."
        in asked
    )
    assert not [q for q in asked if ",," in q or "this writing" in q]


def test_a_first_name_the_parser_cut_from_its_surname_is_not_written_out_twice(nlp) -> None:
    text = (
        "After meeting Barack Obama in Paris on Monday, Jane Roe said she had signed 12 contracts."
    )
    asked = [c.question for c in _cards(nlp, text, date(2019, 5, 20))]
    assert asked
    assert not [q for q in asked if "Obama Obama" in q]


@pytest.mark.parametrize(
    "text",
    [
        # the subject of an infinitive has no tense of its own: not 'Yahoo accept an offer'
        "The agreement with Verizon allows Yahoo to terminate the deal and accept a superior "
        "offer by paying a $144 million breakup fee to Verizon.",
        # the one person before 'he' is in the phrase put in front: not who 'he' is
        "From a colleague named Barry Saltzman, he borrowed just three equations that would "
        "describe an even simpler nonperiodic system.",
    ],
)
def test_questions_that_would_misread_their_subject_are_not_made(nlp, text: str) -> None:
    assert not [c for c in _cards(nlp, text, date(2015, 3, 19)) if c.kind != "place"]


def test_a_participle_question_keeps_no_its_whose_owner_it_drops(nlp) -> None:
    text = (
        "The attack on the museum hurt tourism.\n\nTourism is critical to Tunisia’s "
        "economy, accounting for 15 percent of its gross domestic product in 2013."
    )
    asked = [c.question for c in _cards(nlp, text, date(2015, 3, 19))]
    assert [q for q in asked if "Tourism is critical" in q]
    assert not [q for q in asked if "Tourism account" in q or "tourism account" in q]


def test_a_time_of_day_before_an_asked_day_goes_with_it(nlp) -> None:
    text = "Mr Obama lands in Kenya later on Friday for his first visit since becoming president."
    (card,) = [c for c in _cards(nlp, text, date(2015, 7, 22)) if c.kind == "date"]
    assert card.question == (
        "On what date does Mr Obama land in Kenya for his first visit since becoming president?"
    )


def test_a_sentence_the_splitter_cut_in_two_makes_no_card(nlp) -> None:
    text = (
        "Eamonn’s A Dublin Chipper and T.N.T. Bar, at 2413 Columbia Pike in the Penrose Square "
        "development, were hoping to open this coming Monday, but the opening had been delayed "
        "due to permitting issues, according to a PR rep."
    )
    doc = nlp(text)
    assert len(list(doc.sents)) == 2  # the small model breaks it after 'Columbia'
    assert not _cards(nlp, text, date(2012, 8, 9))


@pytest.mark.parametrize(
    ("paragraphs", "story"),
    [
        (
            [
                "Emergency personnel work the scene after an explosion in Wilson, N.Y. (AP Photo)",
                "(CBS/AP) WILSON, N.Y. - An early morning blast leveled a house on Tuesday.",
            ],
            "An early morning blast leveled a house on Tuesday.",
        ),
        (
            ["New York (CNN) -- A wintry mix of rain and snow bore down on the Northeast."],
            "A wintry mix of rain and snow bore down on the Northeast.",
        ),
    ],
)
def test_datelines_in_normal_case_or_after_a_photo_credit_are_cut(paragraphs, story) -> None:
    from trainer.openers import strip_dateline

    assert strip_dateline([*paragraphs, "More."])[0] == [story, "More."]
    ally = "New York Governor Andrew Cuomo (D) -- a close ally -- said on Monday he would run."
    assert strip_dateline([ally])[0] == [ally]


def test_a_closing_x_reports_says_nothing_of_which_thing_a_noun_is(nlp) -> None:
    leaning = "About 100 emergency personnel were on the scene of the blast, WIVB-TV reports."
    named = (
        "About 100 emergency personnel were on the scene of the blast in Wilson, WIVB-TV reports."
    )
    assert not _cards(nlp, leaning, date(2012, 7, 24))
    assert _cards(nlp, named, date(2012, 7, 24))


@pytest.mark.parametrize(
    ("vague", "compared"),
    [
        (
            "The One S, in comparison, weighs two pounds less.",
            "The One S weighs two pounds less than the Xbox One X, Microsoft said.",
        ),
        (
            "Mr. Obama’s margins have been narrower in Nevada.",
            "Mr. Obama’s margins have been narrower in Nevada than in Ohio.",
        ),
    ],
)
def test_a_comparison_without_what_it_compares_to_makes_no_card(nlp, vague, compared) -> None:
    def asked(text: str) -> list[str]:
        return [c.answer for c in _cards(nlp, text, date(2017, 11, 7)) if c.kind != "date"]

    assert not asked(vague)
    assert asked(compared)


def test_an_adviser_to_a_candidate_is_not_the_candidate_s_post(nlp) -> None:
    text = (
        "Avik Roy, a health care policy adviser to Republican presidential candidate Mitt "
        "Romney, said the platform was a statement of 40 activists."
    )
    posts = {
        (c.question, c.answer) for c in _cards(nlp, text, date(2012, 8, 28)) if c.kind == "role"
    }
    assert not [q for q, a in posts if "Romney's position" in q]
    assert [a for q, a in posts if "Avik Roy" in q and "adviser" in a]


def test_a_date_the_question_writes_out_makes_no_card(nlp) -> None:
    text = "Wednesday was May 1st, “May Day”—the original Labor Day, then “International Workers’ Day.”"
    assert not [c for c in _cards(nlp, text, date(2013, 5, 3)) if c.kind == "date"]


def test_a_question_the_article_asks_makes_no_card(nlp) -> None:
    asked = "Did the conversation on the Sunday episode of Up w/ Chris Hayes predict the budget?"
    told = "The conversation on the Sunday episode of Up w/ Chris Hayes predicted the budget."
    assert not _cards(nlp, asked, date(2013, 4, 12))
    assert _cards(nlp, told, date(2013, 4, 12))


def test_a_count_dated_by_its_own_weekday_carries_no_second_as_of(nlp) -> None:
    text = (
        "China has officially confirmed 14 cases and six deaths due to H7N9 infection as of "
        "Friday, the World Health Organization said in a statement."
    )
    asked = [c.question for c in _cards(nlp, text, date(2013, 4, 6)) if c.kind == "number"]
    assert asked
    assert all(not q.startswith("As of") and "as of Friday, April 5, 2013" in q for q in asked)


@pytest.mark.parametrize(
    "text",
    [
        # the noun after 'much' goes with a cut clause: no 'after much?'
        "With its two networks finally integrated, EE will launch the U.K.'s first 4G network on "
        "Tuesday after much wrangling with telecommunication regulator Ofcom and rivals Vodafone "
        "Group PLC, Telefónica SA's U.K. business O2 and Hutchison Whampoa Ltd.'s Three UK.",
        # a page that lost a link's words ends a phrase on a possessive
        "EE was created in 2010 from the tie-up of Deutsche Telekom AG's France Télécom's.",
    ],
)
def test_a_question_never_keeps_a_modifier_without_its_noun(nlp, text: str) -> None:
    asked = [c.question for c in _cards(nlp, text, date(2012, 10, 29))]
    assert not [q for q in asked if "much?" in q or "much and" in q or "Télécom's" in q[-12:]]


def test_a_naming_verb_keeps_its_object_in_a_date_question(nlp) -> None:
    text = (
        'Last year, Oxford chose as Word of the Year "squeezed middle," a term for those seen as '
        "bearing the brunt of tax burdens, said the publisher."
    )
    asked = [c.question for c in _cards(nlp, text, date(2012, 10, 29))]
    assert not [q for q in asked if "chose as Word of the Year." in q or "choose as" in q]
    named = "Acme named Jane Roe as its chief executive on Monday."
    assert [c for c in _cards(nlp, named, date(2012, 10, 29)) if c.kind == "date"]


def test_a_business_quarter_is_written_with_its_year(nlp) -> None:
    sold = "Nokia sold 300,000 devices in North America in the third quarter, the company said."
    (card,) = [c for c in _cards(nlp, sold, date(2012, 10, 29)) if c.kind == "number"]
    assert card.question.endswith("in the third quarter of 2012?")
    january = [c.question for c in _cards(nlp, sold, date(2013, 1, 20)) if c.kind == "number"]
    assert january and january[0].endswith("in the fourth quarter of 2012?") is False
    assert january[0].endswith("in the third quarter of 2012?")
    game = "Tony Romo threw for 120 yards in the fourth quarter on Sunday."
    assert not [c for c in _cards(nlp, game, date(2012, 10, 29)) if "quarter of" in c.question]


def test_one_count_of_a_gapped_list_is_asked_as_a_blank(nlp) -> None:
    text = "Nevada has six electoral votes, Colorado nine, Florida 29 and Virginia 13."
    asked = [c.question for c in _cards(nlp, text, date(2012, 10, 29)) if c.kind == "number"]
    assert asked and all("_____" in q for q in asked)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft usually releases a new version of Windows every two or three years, it said.",
        "A recent poll showed a very close race in Florida, 51 percent to 47 percent in Obama's favor.",
    ],
)
def test_the_second_number_of_a_range_or_a_score_is_no_blank(nlp, text: str) -> None:
    assert not [c for c in _cards(nlp, text, date(2012, 10, 29)) if c.kind == "number"]


def test_a_level_reached_after_a_change_is_still_asked(nlp) -> None:
    text = "Acme's revenue rose 12% to $4 billion in 2011."
    asked = {c.answer for c in _cards(nlp, text, date(2012, 10, 29)) if c.kind == "number"}
    assert asked == {"12%", "$4 billion"}


def test_a_verb_of_going_asked_without_where_makes_no_card(nlp) -> None:
    nowhere = (
        "Mr. Petraeus, 59 years old, arrived in 2011 to find two basement gyms at the CIA's "
        "Langley, Va., headquarters."
    )
    asked = [c.question for c in _cards(nlp, nowhere, date(2012, 11, 12))]
    assert not [q for q in asked if q.endswith("arrive?") or q.endswith("arrived in _____.")]
    somewhere = "Jane Roe returned to Boston on Monday after a week in Paris."
    assert [c for c in _cards(nlp, somewhere, date(2012, 11, 12)) if c.kind == "date"]


def test_the_post_of_someone_whose_death_the_sentence_tells_is_not_asked_as_of(nlp) -> None:
    killed = (
        "J. Christopher Stevens, the U.S. Ambassador, was killed in an attack on the consulate "
        "in Benghazi on Sept. 11."
    )
    assert not [c for c in _cards(nlp, killed, date(2012, 10, 20)) if c.kind == "role"]
    threatened = (
        "A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, "
        "D-Minn., in March, prosecutors said."
    )
    assert [c for c in _cards(nlp, threatened, date(2019, 11, 19)) if c.kind == "role"]


def test_a_quote_about_him_or_this_guy_that_names_no_one_is_passing(nlp) -> None:
    text = (
        '"I knew him on that level of real human stuff as opposed to the public image," said '
        'Philip Barlow, a professor at Utah State University. "Mitt Romney can win Ohio if the '
        'economy holds," Barlow added.'
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2012, 10, 20))
    passing = {f.question: f.passing for f in facts}
    assert passing == {
        'Who said: "I knew him on that level of real human stuff as opposed to the public image"?': True,
        'Who said: "Mitt Romney can win Ohio if the economy holds"?': False,
    }


def test_what_did_not_happen_has_no_date(nlp) -> None:
    text = "Nor did the F-35 enter service in 2008, as originally promised."
    assert not [c for c in _cards(nlp, text, date(2012, 7, 20)) if c.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        # 'the opposite' of what the sentence before told
        "With the older F-22, B-2 and F-117 stealth warplanes, the opposite happened.",
        # a photo caption run into the story's dateline
        "Margaret Wambui speaks on her cell phone outside her NAIROBI, Kenya – Imagine paying "
        "just $20 for a fancy cell phone with a touch screen.",
    ],
)
def test_the_opposite_and_a_caption_run_into_a_dateline_make_no_card(nlp, text: str) -> None:
    assert not _cards(nlp, text, date(2012, 7, 20))


def test_the_facility_and_the_request_lean_on_the_sentence_before(nlp) -> None:
    leaning = (
        "Tatas said on Monday it refused to accept the request, returning a grant of Rs 25 lakh."
    )
    assert not [c for c in _cards(nlp, leaning, date(2012, 11, 6)) if c.kind == "number"]
    visit = "Barack Obama visited the facility in 2010, the company said."
    assert not [c for c in _cards(nlp, visit, date(2012, 11, 6)) if c.kind == "date"]


def test_supposed_to_before_a_weekday_is_the_day_ahead(nlp) -> None:
    text = (
        "The Copyright Royalty Board is supposed to rule on Thursday on a request by the "
        "National Music Publishers' Association."
    )
    (card,) = [c for c in _cards(nlp, text, date(2008, 9, 30)) if c.kind == "date"]
    assert card.answer_value == "2008-10-02"


def test_a_country_the_question_names_by_its_adjective_is_no_blank(nlp) -> None:
    text = (
        "Authorities in Ireland arrested and indicted two former executives of Anglo Irish Bank "
        "Corp. for allegedly encouraging a huge share-support plan."
    )
    cards = _cards(nlp, text, date(2012, 7, 24))
    assert [c for c in cards if c.kind == "number"]
    assert not [c for c in cards if c.kind == "place"]
