"""Round forty-three (what samples Q162 and Q163 found): rules tested on sentences written
for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, cards_of

# A Tuesday.
TUESDAY = date(2018, 11, 13)


def _questions(nlp, text: str, kind: str | None = None) -> list[str]:
    """Every card's question of `text` (published on TUESDAY), of one kind or all."""
    return [c.question for c in cards_of(nlp, text, TUESDAY) if kind is None or c.kind == kind]


@pytest.mark.slow
def test_a_weekday_in_a_day_s_name_stays_with_its_name(nlp) -> None:
    """'Who dominated Super in March 2016?' (sample Q162, UNGRAM): 'Tuesday' of 'Super
    Tuesday' was cut as the article's day."""
    text = (
        "Jane Roe dominated Super Tuesday, winning seven states from Georgia to Vermont.\n\n"
        "Roe thanked her supporters in Miami. Her rivals vowed to stay in the race."
    )
    questions = _questions(nlp, text)
    assert questions, "the text makes cards"
    assert not [q for q in questions if "Super" in q and "Super Tuesday" not in q], questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the day is the fronted phrase's ('With Trump adding delegates to his quickly
        # growing stash Tuesday, political veterans suspect ...', sample Q162, WRONG)
        (
            "Despite heavy rain in Ohio Tuesday, thousands of supporters lined the streets of "
            "Columbus.",
            False,
        ),
        # a guard: a day on the main verb after a fronted phrase of its own
        (
            "With the vote looming, Jane Roe resigned Tuesday as chair of the Senate committee.",
            True,
        ),
    ],
)
def test_a_day_that_closes_a_fronted_phrase_is_not_the_verb_s(nlp, text, asked) -> None:
    dated = [q for q in _questions(nlp, text, "date") if q.startswith("On what date")]
    assert bool(dated) is asked, dated


@pytest.mark.slow
def test_an_aside_before_the_verb_keeps_its_commas(nlp) -> None:
    """'_____ after the gun rush visitors from New York ... stop by' (sample Q163, UNGRAM):
    cutting ', Boggs said,' ran the opening phrase into the subject."""
    text = (
        "Two months after the flood, Roe said, visitors from Ohio, Texas and other states "
        "stop by to express their support."
    )
    questions = _questions(nlp, text, "number")
    assert not [q for q in questions if "flood visitors" in q], questions


@pytest.mark.slow
def test_a_shared_surname_is_the_one_named_in_full_again(nlp) -> None:
    """'On what date did Roberts die ...?' (sample Q162, three NONSENSE cards): an obituary
    names her in full twice and her husband and son once each; 'Roberts' is her."""
    text = (
        "Veteran journalist Jane Roberts, who joined NPR in 1978 and later went to ABC News, "
        "has died. She was 75.\n\n"
        "Jane Roberts was one of the network's best-known voices.\n\n"
        "Roberts died Tuesday because of complications from breast cancer, according to a "
        "family statement.\n\n"
        "Roberts is survived by her husband of 53 years, Steven Roberts, and her son, "
        "Lee Roberts."
    )
    questions = _questions(nlp, text)
    assert any("Jane Roberts die" in q for q in questions), questions
    assert not [q for q in questions if "did Roberts" in q or q.startswith("Roberts")], questions


@pytest.mark.slow
def test_an_embedded_post_s_words_are_no_fact(nlp) -> None:
    """'The $20 billion dollar Wall is "peanuts" ...' told as fact (sample Q162, two
    NONSENSE cards): the paragraph ends on the post's signature."""
    post = (
        'The $20 billion wall is "peanuts" compared to what Mexico makes from the U.S. NAFTA '
        "is a bad joke! — Jane Roe (@janeroe) January 18, 2018"
    )
    told = "The Commerce Department said the border wall had cost $20 billion by the end of 2017."
    text = f"Jane Roe wrote on Twitter on Tuesday about the wall.\n\n{post}\n\n{told}"
    numbers = [c for c in cards_of(nlp, text, TUESDAY) if c.kind == "number"]
    assert not [c.question for c in numbers if "peanuts" in c.question], numbers
    assert [c.question for c in numbers if "Commerce Department" in c.question], numbers


@pytest.mark.slow
@pytest.mark.parametrize(
    ("opening", "asked"),
    [
        ("The shift in policy", False),  # which shift? (sample Q163, NONSENSE)
        ("The shift in federal marijuana policy by the Justice Department", True),
    ],
)
def test_an_act_in_a_bare_noun_is_told_before(nlp, opening, asked) -> None:
    text = (
        f"{opening} comes just three days after California launched the world's largest "
        "regulated market for recreational marijuana."
    )
    questions = _questions(nlp, text, "number")
    assert bool(questions) is asked, questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # two people (sample Q163, MIXED: 'governor and President' offered as a post)
        (
            "Critics say they use the same goal posts as health officials advising the "
            "governor and President Jane Roe.",
            "governor and President",
        ),
        # the place is the dispensary's (sample Q163, MIXED)
        (
            "John Smith, executive director of Oakland, California, dispensary Harborside, "
            "said he has no plans to change his operations.",
            "executive director of Oakland",
        ),
        # chief of what is after the name (sample Q163, MIXED)
        (
            "In Charlotte, Chief Kerr Putney of the Charlotte-Mecklenburg police said that his "
            "department would not release the recordings.",
            "Chief",
        ),
    ],
)
def test_a_post_misread_from_the_words_around_a_name(nlp, text, wrong) -> None:
    answers = [c.answer for c in cards_of(nlp, text, TUESDAY) if c.kind == "role"]
    assert wrong not in answers, answers


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("California Attorney General", "legal"),  # not the military's 'general' (Q163)
        ("Army General", "military"),
        ("police commissioner", "police:local"),  # the longer phrase, not 'commissioner'
    ],
)
def test_a_post_s_class_is_its_longest_phrase_s(title, kind) -> None:
    from trainer.knowledge.role_classes import title_class

    assert title_class(title) == kind


@pytest.mark.slow
def test_one_of_two_dates_told_together_is_no_blank(nlp) -> None:
    """'Some of the biggest spikes came in _____ and September' and '... August and _____'
    (sample Q163, two NONSENSE cards that give each other away)."""
    text = (
        "Gun sales at Roe's Outfitters spiked in August and September after the shootings in "
        "El Paso and Dayton, Jane Roe said."
    )
    questions = _questions(nlp, text, "date")
    assert not [q for q in questions if "_____ and" in q or "and _____" in q], questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written"),
    [
        # which year? (sample Q163, NONSENSE)
        (
            "This year, an overwhelming 51% of undecided voters lean Democratic and 21% lean "
            "Republican, the poll found.",
            "In 2018, an overwhelming",
        ),
        (
            "Challenger Jane Roe outraised Senator John Smith in the first three months of this "
            "year.",
            "of 2018",
        ),
    ],
)
def test_this_year_is_written_out(nlp, text, written) -> None:
    questions = _questions(nlp, text, "number")
    assert questions, "the text makes a number card"
    assert all(written in q and "this year" not in q.lower() for q in questions), questions


@pytest.mark.slow
def test_this_year_inside_a_quote_is_the_speaker_s(nlp) -> None:
    text = '"We have sold 5,000 cars this year," Jane Roe, the chief executive of Acme, said.'
    questions = _questions(nlp, text)
    assert [q for q in questions if "cars this year" in q], questions
    assert not [q for q in questions if "in 2018" in q], questions


@pytest.mark.slow
def test_a_poll_s_margin_of_error_is_no_card(nlp) -> None:
    """'... with a margin of error of +/- _____' (sample Q163, NONSENSE): how the poll was
    taken, not what it found."""
    text = (
        "There are 453 Democrats and Democratic-leaning independents in the survey, with a "
        "margin of error of +/- 5.7 percentage points."
    )
    assert not _questions(nlp, text, "number")


@pytest.mark.slow
def test_a_day_a_thing_is_slated_for_lies_ahead(nlp) -> None:
    """'is slated to hold its first impeachment hearing on Wednesday' in a Saturday's story
    was the Wednesday before (sample Q164, WRONG): the lemmatizer reads 'slated' as 'slat'."""
    saturday = date(2019, 11, 30)
    text = (
        "The House Judiciary Committee is slated to hold its first impeachment hearing on "
        "Wednesday, with a panel of constitutional experts."
    )
    answers = [c.answer for c in cards_of(nlp, text, saturday) if c.kind == "date"]
    assert answers == ["Wednesday, Dec. 4, 2019"], answers


@pytest.mark.slow
def test_an_under_secretary_keeps_under(nlp) -> None:
    """'Secretary for Management' of 'Under Secretary for Management Patrick F. Kennedy'
    (sample Q164, WRONG: a post that does not exist)."""
    text = (
        "The emails went to State Department Under Secretary for Management Jane Roe and "
        "others, officials said on Tuesday."
    )
    answers = [c.answer for c in cards_of(nlp, text, TUESDAY) if c.kind == "role"]
    assert answers, "the text makes a role card"
    assert all("Under Secretary" in a for a in answers if "Secretary" in a), answers


@pytest.mark.slow
def test_a_post_a_dated_caption_gives_is_no_answer_of_today(nlp) -> None:
    """'FILE PHOTO: FBI Director Robert Mueller testifies ... March 12, 2013' made 'FBI
    Director' a right answer to his position in October 2017 (sample Q165, WRONG)."""
    text = (
        "Special counsel Jane Roe, a former director of the Federal Bureau of Investigation, "
        "is investigating the campaign.\n\n"
        "FILE PHOTO: FBI Director Jane Roe testifies before a Senate Intelligence Committee "
        "hearing on Capitol Hill in Washington March 12, 2013."
    )
    roles = [c for c in cards_of(nlp, text, TUESDAY) if c.kind == "role" and "Roe" in c.question]
    assert roles, "the text makes a role card of Jane Roe"
    assert not [c for c in roles if "FBI Director" in (c.answer, *c.accept)], roles


@pytest.mark.slow
def test_a_former_holder_alone_names_no_one(nlp) -> None:
    """'When was the former deputy FBI director demoted?' (sample Q164, NONSENSE)."""
    text = "The former deputy FBI director was demoted in January 2018 and fired in March 2018."
    assert not _questions(nlp, text, "date")
    guard = "Former FBI director Jane Roe was fired in May 2017, her lawyer said on Tuesday."
    assert _questions(nlp, guard, "date")


@pytest.mark.parametrize(
    ("question", "misshapen"),
    [
        # a list's 'Andrew McCabe: the former deputy FBI director, who was demoted ...', its
        # 'who' written out to the post and the name cut (sample Q164, NONSENSE)
        ("When was the former deputy FBI director demoted?", True),
        ("When was former deputy FBI director Jane Roe demoted?", False),
    ],
)
def test_a_question_asked_of_the_former_holder_of_a_post(question, misshapen) -> None:
    from trainer.questions.misshapen import misshapen as is_misshapen

    fact = a_fact("date", question, "January 2018", "date", evidence=question)
    assert is_misshapen(fact) is misshapen


@pytest.mark.slow
def test_a_past_read_as_a_present_is_asked_in_the_past(nlp) -> None:
    """'As of April 2019, how long do Caracas and dozens of other cities rang ...?' (sample
    Q164, UNGRAM): the tagger read 'rang' as a present."""
    text = (
        "For more than 10 hours, Caracas and dozens of other cities rang with the boom of tear "
        "gas canisters and the crackle of gunfire."
    )
    questions = _questions(nlp, text, "number")
    assert questions, "the text makes a number card"
    assert not [q for q in questions if " rang " in q or q.startswith("As of")], questions


@pytest.mark.slow
def test_a_day_of_what_one_was_urged_to_do_is_not_the_urging_s(nlp) -> None:
    """'On what date did Virginia Gov. Terry McAuliffe urge ... to stay away from downtown
    Charlottesville?' (sample Q166, WRONG: Saturday was the day to stay away)."""
    for day in ("on Saturday", "Saturday"):
        text = (
            "Gov. Jane Roe, meanwhile, urged both rallygoers and counter-protesters to stay "
            f"away from downtown Charlottesville {day}."
        )
        questions = _questions(nlp, text, "date")
        assert questions, "the text makes a date card"
        assert not [q for q in questions if q.startswith("On what date")], questions


@pytest.mark.slow
def test_an_opening_after_another_event_leans_on_it(nlp) -> None:
    """'Shortly afterward, the National Weather Service reported wind gusts to _____' (sample
    Q167, NONSENSE): after what?"""
    text = (
        "Shortly afterward, the National Weather Service reported wind gusts to 105 mph at "
        "Wilmington International Airport, the highest gust there since 1958."
    )
    assert not _questions(nlp, text, "number")
    guard = text.replace("Shortly afterward, the", "The")
    assert _questions(nlp, guard, "number")


@pytest.mark.slow
def test_two_sentences_glued_at_a_full_stop_make_no_card(nlp) -> None:
    """'... collapsed by more than 22%.The S&P 500 plummeted _____' (sample Q166, UNGRAM)."""
    text = (
        "The Dow Jones Industrial Average collapsed by more than 22%.The S&P 500 plummeted "
        "9.5% to 2,480.64, its worst day since 1987."
    )
    assert not [q for q in _questions(nlp, text) if "22%.The" in q]


@pytest.mark.slow
def test_a_party_opening_the_sentence_keeps_its_capital(nlp) -> None:
    """'On what date did republicans downplay the possible danger for Donald Trump?' (sample
    Q167, UNGRAM): a party's or a nation's people are written with a capital anywhere."""
    text = (
        "Republicans on Monday, however, downplayed the possible danger for Jane Roe when "
        "asked about the new allegations."
    )
    questions = _questions(nlp, text, "date")
    assert questions, "the text makes a date card"
    assert all("did Republicans" in q for q in questions), questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # which resolution? (sample Q169, NONSENSE)
        (
            "The House approved the resolution in an overwhelming 354-60 vote, as even a "
            "majority of Republicans supported it.",
            "number",
        ),
        # which carriers? (sample Q168, NONSENSE)
        (
            "The carriers have promised to deploy a 5G network that would cover 97% of the U.S. "
            "population within three years.",
            "number",
        ),
    ],
)
def test_a_resolution_and_carriers_told_before(nlp, text, kind) -> None:
    assert not _questions(nlp, text, kind)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "post"),
    [
        # 'Columbia Attorney General' (sample Q169, WRONG)
        (
            "District of Columbia Attorney General Jane Roe said on Tuesday that her office "
            "would sue the company.",
            "District of Columbia Attorney General",
        ),
        (  # a guard: a firm's name the recogniser knows whole
            "Bank of America CEO Jane Roe said on Tuesday that the bank would hire 500 people.",
            "Bank of America CEO",
        ),
    ],
)
def test_a_name_with_of_inside_stays_whole_before_a_post(nlp, text, post) -> None:
    answers = [c.answer for c in cards_of(nlp, text, TUESDAY) if c.kind == "role"]
    assert post in answers, answers
