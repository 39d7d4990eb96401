"""Round thirty-three (samples Q88 and Q89): rules tested on sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of, text_file_article


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # the toll of the lead, with the event a clause after it tells (sample Q88: the
        # lead's seven dead made no card)
        (
            "Seven people were killed after a tram crashed in south Acmeton on Wednesday.",
            "How many people were killed after a tram crashed in south Acmeton",
        ),
        (
            "Seven people died when a bus crashed into a river in Acmeland on Wednesday.",
            "How many people died when a bus crashed into a river in Acmeland",
        ),
    ],
)
def test_a_toll_is_asked_with_the_event_a_clause_after_it_tells(nlp, sentence, asked):
    questions = card_questions(nlp, sentence, date(2016, 11, 10), "number")
    assert any(q.startswith(asked) for q in questions), questions


def test_a_clause_of_what_goes_on_now_is_no_event_of_a_toll(nlp):
    text = (
        "Suicide bombers killed at least 89 people in two attacks on mosques in Acmeland, as "
        "sectarian violence continues to surge in the country."
    )
    questions = card_questions(nlp, text, date(2017, 10, 21), "number")
    assert questions
    assert not [q for q in questions if "continues" in q and "_____" not in q], questions


def test_the_same_month_last_year_is_the_sentence_s_own_comparison(nlp):
    text = (
        "Sales of new cars in Acmeland climbed 5.9 per cent in October compared to the same "
        "month last year, according to data from the Acme Carmakers Association."
    )
    cards = cards_of(nlp, text, date(2017, 11, 16))
    numbers = [c.question for c in cards if c.kind == "number"]
    assert any(q.startswith("By what percentage did sales of new cars") for q in numbers), numbers
    # 'last year' there is the base of the comparison, no date of an event
    assert not [c for c in cards if c.kind == "date" and c.answer == "2016"]


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # the thing taken over was named in the sentence before (sample Q88, NONSENSE)
        ("Since taking over in April, Jane Roe has lavished attention on diplomats.", "take over"),
        # a state of being one of a kind lasts years (sample Q89, VAGUE)
        ("In 1954, John Doe was a senator, and he proposed a change to the tax code.", "senator"),
        # a second season, told from the article's day (sample Q89, NONSENSE)
        ("The Acme Lions went 7-8-1 in 2016 and 8-8 this past season.", "this past season?"),
    ],
)
def test_a_date_question_asks_a_time_of_one_thing(nlp, sentence, never):
    questions = card_questions(nlp, sentence, date(2018, 1, 2), "date")
    assert not [q for q in questions if never in q and "_____" not in q], questions


def test_a_taking_over_that_names_what_was_taken_is_asked(nlp):
    questions = card_questions(
        nlp, "Jane Roe took over the State Department in April.", date(2018, 9, 10), "date"
    )
    assert "In what month did Jane Roe take over the State Department?" in questions


def test_an_infinitive_after_a_ranked_noun_stays_in_the_question(nlp):
    text = (
        "Acme Bank on Friday became one of the first companies to release details on the "
        "new tax rules."
    )
    questions = card_questions(nlp, text, date(2018, 1, 2), "date")
    assert questions
    assert all("to release details" in q for q in questions), questions


def test_a_fraction_written_apart_is_no_count(nlp):
    text = "Acme Bank said on Friday that two thirds of the $5 billion are due to new taxes."
    every = cards_of(nlp, text, date(2018, 1, 2))
    assert every
    cards = [c for c in every if c.kind == "number"]
    assert not [c for c in cards if c.answer == "two" or "many thirds" in c.question], cards
    # 'two thirds of the _____': the $5 billion leans on the sentence before (sample Q94)
    assert not cards, cards


def test_a_total_standing_at_an_amount_is_no_price(nlp):
    text = "The trade deficit between Acmeland and Globexia stood at $566 billion in 2017."
    questions = card_questions(nlp, text, date(2018, 3, 2), "number")
    assert not [q for q in questions if "what price" in q], questions


@pytest.mark.parametrize(
    ("text", "published", "ending"),
    [
        # a day after 'into' keeps its place (its sibling date card asks the other day)
        (
            "At least six people were killed as Typhoon Lan pounded Acmeland from Sunday into "
            "Monday.",
            date(2017, 10, 24),
            " into?",
        ),
        # an abbreviation's stop ends the question ('in Lombard, Ill..')
        (
            "Rose Doe was killed Dec. 19 at a railroad crossing in Lombard, Ill., when, ignoring "
            "a warning barrier, she drove around a school bus and into the path of a train.",
            date(2008, 1, 5),
            "..",
        ),
    ],
)
def test_a_question_never_ends_where_a_cut_fell(nlp, text, published, ending):
    questions = [c.question for c in cards_of(nlp, text, published)]
    assert questions
    assert not [q for q in questions if q.endswith(ending)], questions


def test_a_text_file_s_captions_opening_on_their_credit_are_no_text(tmp_path):
    body = (
        "At least 84 people were killed by a man who drove a truck into crowds watching the "
        "fireworks in Acmeton on Thursday night.\n\n"
        "Reuters 84 people have died and 18 are critically injured after a horror attack in "
        "Acmeton\n\n"
        "The man was shot dead by police after he fired at them from the cab of the truck.\n\n"
        "Getty Images Forensic police investigate the truck that mowed down and killed 84 people\n\n"
        "Police have made an arrest after raiding the attacker's house in the north of Acmeton "
        "this morning.\n\n"
        "Jane Roe, the city's mayor, said the city would hold a day of mourning.\n"
    )
    body += (
        "\nThe mayor said the city had never seen such an attack in its long history as a resort "
        "town\n"  # prose that lost its stop: no caption
    )
    text = text_file_article(tmp_path, body, "2016-07-15").text
    assert "Reuters" not in text and "Getty Images" not in text, text
    assert "The man was shot dead by police" in text
    assert "never seen such an attack" in text


def test_a_tabloid_s_epithet_is_no_part_of_a_name(nlp):
    text = (
        'Haley Roe wrote: "By now many of you have heard about the people who died today."\n\n'
        'Devastated Hayley added: "This is an extremely difficult time for my family."\n\n'
        'John Doe, a witness, said: "People were screaming at me in French."\n\n'
        'Jane Poe, a student, said: "I saw the truck hit people on the promenade and ran."\n'
    )
    cards = cards_of(nlp, text, date(2016, 7, 15))
    options = {o for c in cards for o in (*c.choices, c.answer)}
    assert len(options) >= 4
    assert not [o for o in options if o.startswith("Devastated")], options


def test_a_poll_s_share_in_the_present_is_asked_as_of_the_article_s_day(nlp):
    text = "Nearly 80 percent of Acmelanders say they do not favor endorsements in church."
    questions = card_questions(nlp, text, date(2017, 5, 4), "number")
    assert questions
    assert all(q.startswith("As of May 2017") for q in questions), questions


def test_he_after_a_source_s_sentence_that_told_of_another_he_is_not_the_source(nlp):
    text = (
        "Tom Roe was out on bail, officials say.\n\n"
        "He fired shots at the women and held them hostage, John Doe said. After he made "
        "$160,000 bail, he was accused of harassing the women.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 11, 16))]
    assert not [q for q in questions if "John Doe made" in q or "After Doe made" in q], questions


def test_a_post_its_holder_was_recalled_from_is_asked_as_of_no_day(nlp):
    text = (
        "Acmeland Ambassador Jane Roe testified on Friday.\n\n"
        "Officials repeatedly criticised Roe, who was abruptly recalled from her post roughly "
        "two months later.\n"
    )
    cards = cards_of(nlp, text, date(2020, 1, 17))
    roles = [c.question for c in cards if c.kind == "role"]
    assert not [q for q in roles if q.startswith("As of")], roles


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # the state the years were spent in stays with them (sample Q90, UNGRAM)
        ("Civic groups urged John Roe to step aside after 37 years in power.", "aside in power"),
        # what someone was named as is what was done (sample Q90, VAGUE)
        (
            "In 2017, Mr. Roe taunted Kim as “Little Rocket Man” when North Korea was launching "
            "test missiles and tensions over a possible war soared across East Asia.",
            "Kim?",
        ),
    ],
)
def test_what_goes_with_the_answer_or_the_act_is_not_left_behind(nlp, sentence, never):
    questions = [c.question for c in cards_of(nlp, sentence, date(2019, 2, 26))]
    assert not [q for q in questions if never in q], questions


def test_a_subject_after_a_fronted_phrase_is_no_appositive(nlp):
    text = (
        "In another development involving Ukraine, the Government Accountability Office, a "
        "federal watchdog, said Thursday that the Trump administration broke the law when it "
        "withheld roughly $214 million in U.S. security assistance funds from Ukraine last "
        "summer."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 1, 17))]
    assert questions
    assert not [q for q in questions if "Ukraine said" in q], questions


def test_who_said_takes_no_lead_after_a_verb_of_naming(nlp):
    text = (
        "The Acme Defense Ministry declared climate change an “urgent and growing threat to our "
        "national security” in a report on Monday."
    )
    questions = card_questions(nlp, text, date(2017, 1, 20), "who_said")
    assert not [q for q in questions if q.startswith("Who said climate change")], questions


def test_a_place_open_on_a_day_is_no_event(nlp):
    text = "The Acmeton zoo was open on Sunday, although Gorilla World was expected to be closed."
    questions = card_questions(nlp, text, date(2016, 5, 31), "date")
    assert not [q for q in questions if "zoo open" in q], questions


@pytest.mark.parametrize(
    ("name", "plausible"),
    [("Trump Tower", False), ("Madison Square", False), ("Jane Tower", False), ("Jane Roe", True)],
)
def test_a_building_s_name_is_no_person_s(name, plausible):
    """'Trump Tower', tagged a person, was offered beside three people (sample Q91, MIXED).
    A surname that is a building's last word is lost with it: a rare name against a common
    misreading."""
    from trainer.language.names import is_plausible_name

    assert is_plausible_name(name) is plausible


def test_the_last_item_of_a_list_cut_from_its_verb_is_no_sentence(nlp):
    text = (
        "Among the owners seeking Acme's services were Tom Roe, a businessman worth an estimated "
        "$9 billion; Globex, a producer of chemicals; and Rashid Poe, an oil billionaire and "
        "longtime client of Mossack Fonseca, the law firm whose leaked records in 2015 became "
        "known as the Panama Papers."
    )
    questions = card_questions(nlp, text, date(2017, 11, 6), "date")
    assert not [q for q in questions if q.startswith("Rashid Poe")], questions


def test_a_time_after_the_event_before_leaves_the_question(nlp):
    text = (
        "North Korea threatened Guam in August.\n\n"
        "Several weeks later, North Korea fired three short-range ballistic missiles into the "
        "Sea of Japan."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 10, 1))]
    assert any("North Korea fired three short-range" in q for q in questions), questions
    assert not [q for q in questions if "weeks later" in q], questions


def test_a_class_of_hardware_after_the_lead_is_a_passing_detail(nlp):
    from trainer.questions.salience import Rule

    text = (
        "Acmeland flew two Su-24 bombers over the border on Tuesday, officials said.\n\n"
        "The flights angered Globexia, whose ministers met on Tuesday night.\n\n"
        "Acmeland launched an intercontinental ballistic missile in July 2017, officials said.\n"
    )
    cards = cards_of(nlp, text, date(2017, 7, 5), rule=Rule())
    answers = {c.answer for c in cards if c.kind in ("weapon", "aircraft")}
    assert "ballistic missile" not in answers, answers
    every = cards_of(nlp, text, date(2017, 7, 5))  # --all-cards keeps it
    assert "ballistic missile" in {c.answer for c in every}


def test_a_name_opening_a_cloze_keeps_its_capital_after_as_of(nlp):
    text = (
        "Shake Shack is sending back the $10 million it received from the government's "
        "stimulus loans program aimed at saving small businesses."
    )
    questions = card_questions(nlp, text, date(2020, 4, 20), "number")
    assert any(q.startswith("As of April 2020, Shake Shack is sending") for q in questions), (
        questions
    )


def test_a_weekday_told_from_an_event_gets_no_date(nlp):
    text = (
        'Mr. Trump told a rally in Nevada the Saturday before Election Day that "the F.B.I. has '
        'reopened its investigation."'
    )
    cards = cards_of(nlp, text, date(2016, 11, 13))
    assert cards
    assert not [c for c in cards if "Nov. 12" in c.question or "Nov. 12" in c.answer], cards


def test_a_newsletter_sign_up_block_is_no_text(tmp_path):
    body = (
        "Mike Roe won a favorable vote from the Senate committee on Monday.\n\n"
        "Sign up here for POLITICO Huddle A daily play-by-play of congressional news in your "
        "inbox. Email Sign Up By signing up you agree to receive email newsletters or alerts "
        "from POLITICO. You can unsubscribe at any time.\n\n"
        "Sen. Chris Doe agreed to vote present despite his opposition.\n"
    )
    text = text_file_article(tmp_path, body).text
    assert "Email Sign Up" not in text, text
    assert "Chris Doe agreed" in text


def test_a_byline_run_into_the_text_gives_its_writer_s_post_to_no_one(tmp_path):
    body = (
        "Some suggested the dinner spurred the billionaire to seek revenge. Analysis By Anthony "
        "Roe, BBC North America reporter Donald Trump launched himself onto the national "
        "political stage by questioning Barack Obama's citizenship.\n\n"
        "Trump then ran for president in 2015, and won the Republican nomination in 2016.\n"
    )
    text = text_file_article(tmp_path, body, "2016-11-10").text
    assert "BBC North America reporter" not in text, text
    assert "Donald Trump launched himself" in text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the participle after a reported clause is the reporter's (sample Q94, WRONG)
        (
            "Jane Roe announced on Monday that John Doe would join the legal team, saying he "
            'would be "a great asset in our representation of the President and a fine lawyer."',
            "Jane Roe",
        ),
        # after a clause of one's own, it is one's own
        (
            'John Doe joined the legal team on Monday, saying he would be "a great asset in our '
            'representation of the President and a fine lawyer."',
            "John Doe",
        ),
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporter_s(nlp, sentence, speaker):
    answers = card_answers(nlp, sentence, date(2018, 3, 26), "who_said")
    assert answers == [speaker], answers
