"""Round twenty-nine (sample Q72): rules from readers' verdicts on unseen pages, each tested
on sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, cards_of
from trainer.questions.misshapen import DO_AND_SAID
from trainer.questions.salience import Rule


@pytest.mark.parametrize(
    ("question", "garbled"),
    [
        # sample Q72, UNGRAM: the parse took "HCA said" into the subject of "surged"
        ("By what percentage did HCA said use of the weight loss drugs surge this year?", True),
        ("On what date did the company said it would close the plant?", True),
        ("How many people did officials say were killed?", False),
        ("What did the minister do after Roe said no?", False),
        ("When did Acme Corp. say it told staff?", False),
        ("He did what Jane Roe said he would _____.", False),
    ],
)
def test_a_do_question_never_keeps_a_reporting_verb_in_its_subject(question, garbled):
    assert bool(DO_AND_SAID.search(question)) is garbled


def test_a_sentence_announcing_a_list_makes_no_count(nlp):
    # 'As of November 2015, are _____ things on Obama's final to-do list.' (Q72, UNGRAM)
    text = (
        "For Mayor Smith, it's legacy time. Here are five projects on Smith's final to-do list.\n"
    )
    answers = [c.answer for c in cards_of(nlp, text, date(2015, 11, 20))]
    assert "five" not in answers


RELEASE = (
    "Rocky Ridge Partners announced today that it has made a lead investment in Trailhead "
    "Labs, a Denver-based software start-up.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Denver, Colo., May 12, 2015 /PRNewswire/ -- ",
        "DENVER, Colo., May 12, 2015 /PRNewswire/ -- ",
        # the page's headline line first, as an extraction gives it
        "Rocky Ridge makes lead investment in Trailhead Labs\n\nDENVER, May 12, 2015 /PRNewswire/ -- ",
    ],
)
def test_a_newswire_dateline_is_the_release_date_not_a_blank(nlp, opening):
    # 'Tampa, Fla., _____ /PRNewswire/ -- Atlantic Merchant Capital Investors announced
    # Wednesday, April 29, 2015, that ...' (sample Q72, GIVEAWAY)
    from trainer.articles import article_from_text
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    article = article_from_text(opening + RELEASE, "release.txt")
    assert article.published == date(2015, 5, 12)
    assert "PRNewswire" not in article.text
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert cards and all("PRNewswire" not in c.question for c in cards)


def test_a_word_the_text_also_writes_in_lower_case_is_no_headline_name(nlp):
    # 'Complete the headline: "_____ gardening makes rural communities more self-reliant in
    # Rajshahi"' -> Homestead (sample Q72, TRIVIAL): the tagger took a sentence's first word
    # for a body's name; the text writes it in lower case elsewhere
    from tests.test_headline_cards import found_of

    title = "Homestead gardening makes rural communities more self-reliant in Khulna"
    text = (
        "Homestead gardening has been contributing significantly to making rural communities "
        "more self-reliant while enhancing overall food security in the region, particularly "
        "in the vast coastal belt of Khulna.\n\nAccording to officials, homestead gardening is "
        "booming, driven by increased demand, and some 4,000 families now take part.\n"
    )
    assert all(f.answer != "Homestead" for f in found_of(nlp, text, title))
    capitalised = text.replace("homestead gardening is", "Homestead Inc. says gardening is")
    assert [f.answer for f in found_of(nlp, capitalised, title)][:1] == ["Homestead"]


def test_a_body_s_initials_are_written_as_the_name_the_article_gives(nlp):
    # 'In what month did RTR close a $70 million Series D funding round?' (sample Q72,
    # NONSENSE): the article names Rent the Runway, then calls it RTR
    text = (
        "Borrow the Closet, the clothing-rental start-up, has grown fast since 2012. The company "
        "now has two million members.\n\nFurther, BTC closed a $40 million Series C funding "
        "round in March, the company said.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2015, 11, 20))]
    funding = [q for q in questions if "Series C" in q]
    assert funding and all("Borrow the Closet" in q and "BTC" not in q for q in funding)


def test_initials_inside_a_quotation_stay_as_the_speaker_said_them(nlp):
    text = (
        "Borrow the Closet, the clothing-rental start-up, has grown fast since 2012.\n\n"
        '"What BTC is doing is changing how people shop," said Jane Roe, an analyst at Acme '
        "Research.\n"
    )
    quoted = [
        c.question for c in cards_of(nlp, text, date(2015, 11, 20)) if "changing" in c.question
    ]
    assert quoted and all("BTC" in q for q in quoted)


def test_a_noun_brought_in_with_a_comes_back_with_the_and_says_not_which(nlp):
    # 'Under an order signed by Molenbeek's mayor, the bar was shut down on _____' after 'a
    # bar that played host to drug dealers' (sample Q72, NONSENSE)
    text = (
        "Officials had identified him not as a suspect, but as the owner of a cafe that played "
        "host to gamblers and drunks. Under an order signed by Anderlecht’s mayor, the cafe was "
        "shut down on Nov. 5 “for compromising public order” through the sale of illegal goods.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2015, 11, 20))]
    assert all("the cafe was shut down" not in q for q in questions)
    named = text.replace("the cafe was", "the Blue Moon cafe was")
    assert any(
        "Blue Moon" in q for q in (c.question for c in cards_of(nlp, named, date(2015, 11, 20)))
    )


def test_a_headline_figure_from_ten_to_nineteen_or_in_the_hundreds_is_a_blank(nlp):
    # 'More Than 100 Tech Leaders Call for Nationwide LGBT Non-Discrimination Protections'
    # blanked LGBT (sample Q72): a figure starting with 1 was never taken for one
    from tests.test_headline_cards import found_of

    title = "More Than 120 Mayors Call for Nationwide Flood Protection Rules"
    text = (
        "Reflecting a growing wave of concern, more than 120 mayors have joined in a statement "
        "to legislators calling for nationwide flood protection rules, the group said on "
        "Tuesday.\n\nThe mayors lead cities from Maine to Texas.\n"
    )
    assert [f.answer for f in found_of(nlp, text, title)][:1] == ["120"]


def test_a_whole_a_speaker_says_is_no_figure_to_learn(nlp):
    # '"I'm on an up slope, so a lot closer to _____," Lewis Hamilton told reporters' -> 100%
    # (sample Q72, TRIVIAL)
    text = (
        '"I feel good, I\'m on an up slope, so a lot closer to 100%," Max Verstappen told '
        "reporters at the track on Friday.\n"
    )
    cards = cards_of(nlp, text, date(2015, 11, 20))
    assert any(c.kind == "date" for c in cards), "the sentence still makes its date card"
    assert all(c.answer != "100%" for c in cards)


def test_initials_set_in_brackets_after_the_name_or_of_two_letters_stay(nlp):
    text = (
        "Harbour Press Holdings (HPH) reported its first-ever net loss of $83.7 million for the "
        "full year, and Pacific Cars said it sold 40 percent of the PC market.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 10, 13))]
    assert any("(HPH)" in q for q in questions)
    assert all(
        "(Harbour Press Holdings)" not in q and "Pacific Cars market" not in q for q in questions
    )


def test_an_outside_expert_s_quote_is_a_passing_detail(nlp):
    # 'Who said: "Long before jihadism was on the scene, Belgium was a hub for illegal
    # gunrunning"?' -> a lecturer quoted once (sample Q72, UNIMPORTANT)
    def speakers(who: str) -> list[str]:
        text = (
            "The city council voted on Monday to close the old harbour bridge to cars, after "
            "engineers found deep cracks in its supports.\n\n"
            '"Closing the harbour bridge to cars was the only safe choice the council had '
            f'left," said Jane Roe, {who}.\n'
        )
        cards = cards_of(nlp, text, date(2025, 3, 4), "Council shuts bridge", Rule())
        return [c.answer for c in cards if c.kind == "who_said"]

    assert speakers("the city's chief engineer") == ["Jane Roe"]
    assert speakers("a professor of civil engineering at Northfield University") == []


def test_a_page_addressed_by_year_and_month_takes_the_day_of_its_own_link():
    """'.../feed/2011-01/nfl-coaches/story/raiders-cut-ties-with-cable', dated April 9, 2011
    by a 'LAST UPDATED' line (sample Q66, WRONG: the Raiders told Cable 'on Tuesday, April 5,
    2011'); its comments box links '.../story/2011-01-04/raiders-cut-ties-with-cable'."""
    from trainer.articles import article_from_html

    body = "<p>" + " ".join(["The club told its coach on Tuesday it would not keep him."] * 4)
    page = (
        "<html><head><title>Club cuts ties with coach</title>"
        '<link rel="canonical" href="http://www.example.com/nfl/feed/2011-01/coaches/story/'
        'club-cuts-ties-with-coach">'
        '<meta property="article:modified_time" content="2011-04-09T10:00:00Z">'
        "</head><body><article><h1>Club cuts ties with coach</h1>"
        f"{(body + '</p>') * 3}"
        '<div href="http://www.example.com/nfl/story/2011-01-04/club-cuts-ties-with-coach"></div>'
        "</article><p>Published April 9, 2011</p></body></html>"
    )
    article = article_from_html(page, "t.html")
    assert article.published == date(2011, 1, 4), article.published


def test_a_span_from_a_moment_the_sentence_does_not_name_is_no_card(nlp):
    # 'Northwell Health received permission to begin semiautomatic testing _____ prior.'
    # (sample Q73, NONSENSE): prior to what?
    text = (
        "Mercy Health began manual testing for the virus March 5 and received permission to "
        "begin automated testing three days prior.\n"
    )
    cards = cards_of(nlp, text, date(2020, 3, 10))
    assert any(c.kind == "date" for c in cards), "the sentence's date is still asked"
    assert all(c.answer != "three days" for c in cards)


def test_fast_forward_leans_on_the_sentence_before(nlp):
    # 'As of March 2020, fast forward just one week, and the US has more than _____ cases'
    # (sample Q73, NONSENSE)
    text = (
        "Fast forward just one week, and Italy has more than 430 cases and 19 confirmed deaths.\n"
    )
    assert not cards_of(nlp, text, date(2020, 3, 12))


def test_as_of_now_is_written_as_the_article_s_month(nlp):
    # 'As of now, over 82,500 people have been infected globally, although _____ of the cases
    # have been in China.' (sample Q73, STALE)
    text = (
        "As of now, over 82,500 people have been infected globally, although 95% of the cases "
        "have been in China.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 2, 28))]
    assert questions and all(q.startswith("As of February 2020, over 82,500") for q in questions)
    assert not cards_of(nlp, text), "undated, 'now' is never known"


def test_a_professor_is_one_of_many_and_no_who_was_the_question(nlp):
    # 'As of March 2020, who was the University of Nebraska professor?' (sample Q73, VAGUE)
    text = (
        "The virus could kill 480,000 Americans, according to estimates from University of "
        "Nebraska professor Dr. James Lawler. Lawler presented the figures to hospitals last "
        "week. Lawler said hospitals should prepare now.\n"
    )
    roles = [c.question for c in cards_of(nlp, text, date(2020, 3, 5)) if c.kind == "role"]
    assert "As of March 2020, what was James Lawler's position?" in roles
    assert all("who was the" not in q for q in roles)


def test_a_fraction_s_numerator_alone_is_no_blank(nlp):
    # '_____ fifths of the subs that ventured into the Mediterranean were sunk' -> Two, with
    # 'Five' among the options (sample Q73, NONSENSE)
    text = (
        "Two fifths of the boats that sailed into the Baltic were sunk, the navy said on Monday.\n"
    )
    assert all(c.answer != "Two" for c in cards_of(nlp, text, date(1941, 6, 1)))


def test_the_date_of_an_update_note_is_no_card(nlp):
    # 'Update (_____): On social media and news outlets, a theory has circulated ...' ->
    # March 11, 2020 (sample Q73, UNIMPORTANT)
    text = (
        "Update (March 11, 2020): On social media, a theory has circulated that the virus was "
        "made in a lab.\n"
    )
    assert all(
        not c.question.startswith("Update (") for c in cards_of(nlp, text, date(2020, 3, 12))
    )


def test_a_body_the_text_names_again_and_again_is_the_topic_whatever_the_tagger_counted(nlp):
    # 'Complete the headline: "_____ to Shut Down 269 Stores, Including 154 in US"' ->
    # Walmart, named ten times and tagged twice (sample Q73, TRIVIAL): a topic blank, kept
    # only in an article with no other card
    from tests.test_headline_cards import found_of

    text = (
        "Walmart is closing 180 of its stores, including 95 locations in the United States, the "
        'company said today.\n\n"Closing stores is never an easy decision," said Jane Roe, '
        "president and CEO of Walmart Holdings. The decisions were made after an analysis of "
        "the stores' financial performance, Walmart said in a news release.\n\nShares of "
        "Walmart have fallen nearly 30 percent in the past 12 months.\n"
    )
    found = found_of(nlp, text, "Walmart to Shut Down 180 Stores, Including 95 in US")
    named = [f for f in found if f.answer == "Walmart"]
    assert named and all(f.topic for f in named)
    assert [f.answer for f in found][:1] == ["180"], "a figure from 100 to 199 is a blank"


def test_a_figure_of_millions_told_twice_is_asked_once(nlp):
    # 'as many as _____ coronavirus infections' and 'should be preparing for _____
    # coronavirus infections' -> 96 million, both (sample Q73)
    text = (
        "Doctor warned US hospitals should prepare for as many as 96 million coronavirus "
        "infections and nearly half a million deaths.\n\nDocuments from a leading doctor show "
        "US hospitals should be preparing for 96 million coronavirus infections and nearly "
        "half a million deaths from the outbreak.\n"
    )
    cards = cards_of(nlp, text, date(2020, 3, 6), "Hospitals told to prepare", Rule())
    assert [c.answer for c in cards if c.kind == "number"].count("96 million") == 1


@pytest.mark.parametrize(
    ("question", "relative"),
    [
        ('Meredith Johnson said: "What is it going to be _____ from now?"', True),  # Q74
        ("The lab began automated testing _____ prior.", True),  # Q73
        ("_____ later, the council met again.", True),
        ("Sally Ride died _____ after she was diagnosed with cancer.", False),
        ("The clinic opened _____ after the storm.", False),
    ],
)
def test_a_span_counted_from_an_unnamed_moment(question, relative):
    from trainer.questions.misshapen import RELATIVE_SPAN

    assert bool(RELATIVE_SPAN.search(question)) is relative


def test_a_prefix_with_or_without_its_hyphen_is_one_answer():
    # options 'semiautomatic rifle' and 'semi-automatic rifle' (sample Q74, DISTRACTOR)
    from trainer.language.text import normalise
    from trainer.questions.options import one_spelling

    assert one_spelling(normalise("semi-automatic rifle")) == one_spelling(
        normalise("semiautomatic rifle")
    )
    assert one_spelling(normalise("anti tank missile")) == one_spelling(
        normalise("antitank missile")
    )
    assert one_spelling(normalise("assault rifle")) != one_spelling(
        normalise("semiautomatic rifle")
    )


def test_one_shooting_s_toll_told_again_is_asked_once(nlp):
    # 'the gunman who killed _____ people at the grocery store in Boulder' and 'The shooting
    # at a grocery store in Boulder, Colo., that left _____ people dead' -> 10, both, and a
    # third (sample Q74)
    text = (
        "Officials said on Tuesday that the gunman who killed 10 people at the Fresh Mart "
        "grocery store in Greeley on Monday had bought a rifle a week before.\n\n"
        "The shooting at a grocery store in Greeley, Colo., that left 10 people dead came "
        "after a year in which the pandemic made supermarkets a dangerous place for workers.\n\n"
        "In Dayton two years ago, a gunman killed nine people in a bar district.\n"
    )
    cards = cards_of(nlp, text, date(2021, 3, 23), "Gunman bought rifle", Rule())
    tolls = [c.answer for c in cards if c.kind == "number"]
    assert tolls.count("10") == 1, tolls


def test_a_quotation_the_sentence_gives_to_another_is_not_the_speaker_s(nlp):
    # 'Who said: "…the sole candidate site for the nation's first high-level civilian nuclear
    # waste repository"?' -> Dan Schinhofen; the sentence goes on ', as the county website
    # puts it' (sample Q74, WRONG)
    text = (
        '"It wasn\'t on my bucket list," said Jane Roe, who now sits on the county commission '
        "and leads the push for restarting work on \"the sole candidate site for the nation's "
        'first waste repository," as the county website puts it. "We\'re advocating for the '
        'science to be heard," Roe said.\n'
    )
    said = [c.question for c in cards_of(nlp, text, date(2018, 6, 10)) if c.kind == "who_said"]
    assert any("bucket list" in q for q in said)
    assert all("candidate site" not in q for q in said)


@pytest.mark.parametrize(
    ("question", "vague"),
    [
        ("When was a bill introduced in the North Dakota legislature?", True),
        ("In what year did a probe to Mars launch from Japan?", True),
        ("When was a bill introduced by Keith Kempenich?", False),  # says which (Q50's fix)
        (
            "When did a judge reject Julian Assange's attempt to delay the full extradition hearing?",
            False,
        ),
        ("On what date did a winter storm strike much of the eastern United States?", False),
        ("When was the bill introduced in the North Dakota legislature?", False),
    ],
)
def test_a_short_date_question_of_a_thing_named_only_as_a_something_is_vague(question, vague):
    from trainer.questions.misshapen import misshapen

    assert misshapen(a_fact("date", question, "2017", "date")) is vague


def test_a_bill_introduced_makes_no_date_card_that_cannot_say_which(nlp):
    # 'When was a bill introduced in the North Dakota legislature?' (sample Q50, VAGUE)
    text = "A bill was introduced in the Montana legislature in January to curb the protests.\n"
    assert all(c.kind != "date" for c in cards_of(nlp, text, date(2017, 3, 10)))
