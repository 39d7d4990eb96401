"""Round thirty-four (samples Q94 and Q95): rules tested on sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of
from trainer.questions.salience import Rule


def test_a_sentence_in_the_present_of_a_day_years_ago_is_a_caption(nlp):
    text = (
        "Jane Roe works in her office in Acmeton on July 28, 1986. Roe, who was appointed in "
        "1986, was the longest-serving judge on the Acmeland court."
    )
    cards = cards_of(nlp, text, date(2016, 2, 20))
    assert cards  # the prose after the caption is asked
    assert not [
        c for c in cards if "works in her office" in c.question or "work in her" in c.question
    ]


def test_a_day_that_dates_a_past_act_is_asked(nlp):
    text = "The Acme parliament passed the banking law on July 28, 1986, after a long debate."
    questions = card_questions(nlp, text, date(2016, 2, 20), "date")
    assert any("pass the banking law" in q for q in questions), questions


def test_a_time_later_between_a_subject_and_its_verb_leaves_the_question(nlp):
    text = (
        "The Acme ministry a short time later issued a statement saying that only 5% of the "
        "prisoners who have been released have returned to the fight."
    )
    questions = card_questions(nlp, text, date(2016, 3, 20), "number")
    assert questions
    assert not [q for q in questions if "later" in q], questions


def test_a_copula_left_without_its_complement_ends_no_question(nlp):
    text = (
        "Earlier this month, Acme ministry spokesman John Doe also made clear that the policy "
        "for holding prisoners is, at best, evolving."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2016, 3, 20))]
    assert not [q for q in questions if q.rstrip("?").endswith("at best")], questions


def test_a_word_inside_another_name_loses_its_capital_after_as_of(nlp):
    text = (
        "The Fair Credit Billing Act of Acmeland protects consumers. Credit card holders in "
        "Acmeland are on the hook for no more than $50 under the Acme Card Act, regulators said."
    )
    questions = card_questions(nlp, text, date(2017, 11, 14), "number")
    assert not [q for q in questions if "As of November 2017, Credit" in q], questions


def test_a_coming_somewhere_keeps_what_it_was_for(nlp):
    text = (
        "John Doe arrived in Acmeton on Thursday to meet with his party's leaders to hash "
        "out their differences and talk about unity ahead of the election."
    )
    questions = card_questions(nlp, text, date(2016, 5, 14), "date")
    assert any(
        q.endswith("arrive in Acmeton to meet with his party's leaders?") for q in questions
    ), questions


def test_a_given_name_alone_names_no_one_a_card_can_ask_of(nlp):
    text = (
        "Police named the three victims of the Acmeton crash as John Doe, Richard Roe and "
        "Peter Poe. 'It's really hurting his wife Ann,' a friend said. Ann has worked as a "
        "teaching assistant at Acmeton Primary School for 27 years, her family said."
    )
    cards = cards_of(nlp, text, date(2016, 11, 12))
    assert not [c for c in cards if "Ann" in c.question], [c.question for c in cards]


def test_a_sentence_the_parser_split_gives_no_speaker(nlp):
    text = (
        "Doe liked the way Roe had defended him on TV, and on March 19, John Smith announced "
        "that Roe and his partner (and wife) Jane Poe would join the Acme legal team, saying "
        "Roe would be “a great asset in our representation of the company.”"
    )
    said = [c for c in cards_of(nlp, text, date(2018, 3, 25)) if c.kind == "who_said"]
    assert not [c for c in said if c.answer != "John Smith"], [(c.question, c.answer) for c in said]


@pytest.mark.parametrize(
    "sentence",
    [
        # a 'today' before a perfect is the present age (sample Q95, WRONG as the page's day)
        "Today, jury trials have all but disappeared from the Acmeland justice system.",
        # holding a post is a state; the month is the vote's (sample Q95, WRONG)
        (
            "A vote for John Doe, who is likely to be the Acme Party nominee in November, "
            "would only give the party more reason to take her vote for granted, she said."
        ),
    ],
)
def test_no_date_of_a_state_of_the_present_age_or_of_a_post(nlp, sentence):
    assert not card_questions(nlp, sentence, date(2019, 2, 14), "date")


def test_the_first_to_do_something_is_asked_with_its_year(nlp):
    text = "In 1969, John Doe was the first man to walk on the moon."
    assert card_questions(nlp, text, date(2019, 7, 14), "date")


def test_a_countdown_from_the_article_s_day_is_a_passing_detail(nlp):
    text = (
        "With the Acmeland elections 11 months away and nearly every candidate proposing "
        "stricter gun laws, gun sales in Acmeland appear to be increasing, the Acme Gun "
        "Association said on Monday."
    )
    every = card_questions(nlp, text, date(2019, 12, 14), "number")
    kept = [
        c.question
        for c in cards_of(nlp, text, date(2019, 12, 14), rule=Rule())
        if c.kind == "number"
    ]
    assert any("away" in q for q in every), every
    assert not [q for q in kept if "away" in q], kept


def test_a_count_written_as_a_teen_word_is_asked(nlp):
    text = "Thirteen people have been charged with trying to disrupt the Acmeland election."
    cards = [c for c in cards_of(nlp, text, date(2018, 2, 16)) if c.kind == "number"]
    assert [c.answer.lower() for c in cards] == ["thirteen"], [
        (c.question, c.answer) for c in cards
    ]


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # a kind before a person's noun says what they do, not who (sample Q91, NONSENSE)
        (
            "Jane Roe has been a vocal supporter of John Doe. The pop star has performed for "
            "Doe at several rallies in the past year, including one in Acmeton on Saturday.",
            "pop star",
        ),
        # a city before a firm's noun says where it is from, not which (sample Q94, NONSENSE)
        (
            "Acme Sachs said it would take a charge. The New York bank became one of the first "
            "to release details on how the tax law will affect it, on Friday.",
            "New York bank",
        ),
    ],
)
def test_a_definite_that_says_only_what_kind_leans_on_the_sentence_before(nlp, text, leaning):
    questions = [c.question for c in cards_of(nlp, text, date(2016, 11, 9))]
    assert not [q for q in questions if leaning in q], questions


def test_a_figure_shown_in_the_question_gives_the_answer_away(nlp):
    text = (
        'Jane Roe is a longtime advocate of "Fight for 15," the national movement aimed at '
        "raising the minimum wage in Acmeland to $15 per hour."
    )
    assert not card_questions(nlp, text, date(2018, 4, 10), "number")


def test_a_senator_named_by_a_state_leans_on_the_sentence_before(nlp):
    text = (
        "Roe is running again. The Acmeland senator would be 79 years old on Election Day in 2020."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 4, 10))]
    assert not [q for q in questions if "senator" in q], questions


def test_a_vote_is_asked_with_what_it_was_for(nlp):
    # 'In what year did some Democrats, not all, vote?' (sample Q96, NONSENSE)
    text = "Most Acme Democrats voted in 2006 to approve a fence along the border with Acmeland."
    questions = card_questions(nlp, text, date(2018, 4, 10), "date")
    assert any(
        q.endswith("vote to approve a fence along the border with Acmeland?") for q in questions
    ), questions


def test_a_share_of_the_vote_gained_is_no_rise(nlp):
    text = "In the 1976 gubernatorial election, John Doe gained 6 percent of the vote."
    questions = card_questions(nlp, text, date(2016, 4, 10), "number")
    assert any(q.startswith("What percentage of the vote did John Doe gain") for q in questions), (
        questions
    )


def test_a_name_with_a_curly_apostrophe_is_no_second_option(nlp):
    # a page that writes "O’Brien" and "O'Brien" offered both (sample Q96, DISTRACTOR)
    text = (
        "Stephen O’Brien, the Acme relief chief, said on Friday that 20 million people face "
        "starvation. “We stand at a critical point in history,” O'Brien told the council on "
        "Friday. “Already at the beginning of the year we are facing the largest humanitarian "
        "crisis since the creation of the United Nations,” he said. Antonio Guterres and "
        "Anthony Lake also spoke. “The UN and its partners are ready to scale up. But we need "
        "the access and the funds,” O’Brien said. “Collective efforts are crucial to save those "
        "in need,” O'Brien said."
    )
    said = [c for c in cards_of(nlp, text, date(2017, 3, 10)) if c.kind == "who_said"]
    assert said
    for card in said:
        plain = [c.replace("’", "'") for c in card.choices]
        assert len(plain) == len(set(plain)), card.choices


def test_a_curly_apostrophe_makes_no_second_spelling_of_a_name():
    """'O’Brien' was offered beside the answer "O'Brien" (sample Q96, DISTRACTOR)."""
    from tests.conftest import a_fact
    from trainer.questions.options import pick_distractors

    fact = a_fact("who_said", "q", "O'Brien", "person")
    assert pick_distractors(fact, ["O’Brien", "Guterres", "Lake"], 2) == ["Guterres", "Lake"]


def test_a_video_box_s_blurb_is_no_text(tmp_path):
    from tests.conftest import text_file_article

    article = text_file_article(
        tmp_path,
        "CLOSE A trade expert says the tariff hikes will be painful. Acmeland import taxes on "
        "$200 billion of goods jumped to 25% on Friday, from 10%, (May 10) AP, AP\n\n"
        "Acmeland said Monday it will slap tariffs on more than 5,000 Globexian products.\n",
        published="2019-05-13",
    )
    assert "AP, AP" not in article.text
    assert article.text.startswith("Acmeland said Monday")


def test_an_aside_s_relative_clause_goes_with_the_aside(nlp):
    text = (
        "The Acme Trade Office also has started the process of levying tariffs on another "
        "$325 billion in Globexian goods, a move that would mean that virtually every "
        "Globexian import that enters Acmeland would face tariffs of 25 percent or more."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2019, 5, 13))]
    assert not [q for q in questions if q.rstrip(".?").endswith("a move")], questions


@pytest.mark.parametrize(
    ("text", "published", "never"),
    [
        # 'As of March 2017, more recently, Trump is trying ...' (sample Q97, UNGRAM)
        (
            "More recently, John Doe is trying to find ways of supporting a $54 billion "
            "increase in Acmeland's defense spending without raising taxes.",
            date(2017, 3, 13),
            "recently",
        ),
        # 'As of October 2017, Thirty-six percent of ...' (sample Q101, UNGRAM)
        (
            "Thirty-six percent of Acme voters say wealthy Acmelanders will pay more, while "
            "only 22 percent of Globex voters believe that proposition.",
            date(2017, 10, 5),
            ", Thirty-six",
        ),
    ],
)
def test_an_opening_the_as_of_date_stands_before_is_cut_or_written_small(
    nlp, text, published, never
):
    questions = card_questions(nlp, text, published, "number")
    assert questions and not [q for q in questions if never in q], questions


def test_a_number_a_not_denies_is_asked_with_the_not(nlp):
    text = (
        "But a down-in-the-gutter conversation about sex and speeches is still not how the "
        "Acme campaign would like to spend 90 minutes in prime time, with millions watching."
    )
    questions = card_questions(nlp, text, date(2016, 10, 9), "number")
    assert questions and all(" not " in q for q in questions), questions


def test_a_tally_on_a_noun_that_says_no_vote_s_matter_is_no_card(nlp):
    drive = (
        "Working with more conservative Democrats, Jane Roe helped drive a 98-1 vote in the "
        "Acme Senate, effectively forcing John Doe to sign it."
    )
    assert not card_questions(nlp, drive, date(2016, 7, 23), "number")
    passed = "The Acme House approved the Farm Act in a 220-207 vote on Tuesday."
    assert card_answers(nlp, passed, date(2016, 7, 23), "number") == ["220-207"]


def test_a_sum_got_for_nothing_said_is_no_card(nlp):
    text = "Rep. John Doe of Acmeland, the top-ranking Democrat on the committee, got $7,000."
    assert not card_questions(nlp, text, date(2018, 4, 10), "number")
    told = "Rep. John Doe of Acmeland got $7,000 in contributions tied to Acme Corp."
    assert card_questions(nlp, told, date(2018, 4, 10), "number")


def test_a_show_s_title_in_quotation_marks_is_no_one_s_words():
    # 'Who said: "... We are really serious about Nevada. Face the Nation"?' (sample Q97)
    from trainer.cleaning import clean_line
    from trainer.language.quotation import is_title

    assert is_title("Face the Nation") and is_title("Meet the Press")
    assert not is_title("I love you") and not is_title("Doe is wrong")
    line = clean_line("John Doe said on CBS’ ``Face the Nation” on Sunday.")
    assert "“Face the Nation”" in line, line
    assert "“it is funny.”" in clean_line("He said ``it is funny.'' and left.")


def test_a_quote_cloze_of_these_people_is_no_card(nlp):
    text = (
        "“We have a lot of these people — probably 2 million, it could be even 3 million,” "
        "John Doe said in the interview on Sunday."
    )
    assert not [c for c in cards_of(nlp, text, date(2016, 11, 14)) if c.kind == "quote_cloze"]


def test_a_present_beside_a_day_written_in_full_before_the_article_s_is_a_caption(nlp):
    text = (
        "Acme adviser Jane Roe listens as John Doe meets with Richard Roe in the Oval Office "
        "on Thursday, July 18th, 2019 in Acmeton. Doe fired Roe on Tuesday."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2019, 9, 10))]
    assert not [q for q in questions if "meet" in q], questions


def test_a_preposition_opening_a_cloze_loses_its_capital_after_as_of(nlp):
    text = (
        "In Acmeland, one of three states where John Doe has sought a fresh tabulation, "
        "Richard Roe has even gained on Jane Roe."
    )
    questions = card_questions(nlp, text, date(2016, 12, 5), "number")
    assert questions and not [q for q in questions if ", In Acmeland" in q], questions


def test_a_common_noun_the_recogniser_took_for_a_name_is_written_in_small_letters(nlp):
    from spacy.tokens import Span

    from trainer.extract.title_words import a_noun_read_into_a_name

    doc = nlp("Protests have convulsed the nation for almost 10 days.")
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    assert a_noun_read_into_a_name(doc[0])
    named = nlp("Americans have marched in the streets for almost 10 days.")
    named.ents = [Span(named, 0, 1, label="NORP")]
    assert not a_noun_read_into_a_name(named[0])


def test_a_count_the_question_says_again_gives_it_away(nlp):
    text = "Two men were shot and killed by police officers in two different Acmeland cities this week."
    assert not card_questions(nlp, text, date(2016, 7, 8), "number")


def test_nothing_done_on_a_day_is_no_card(nlp):
    text = "John Doe, who has called for governors to dominate the streets, took no questions on Friday in the Rose Garden."
    cards = cards_of(nlp, text, date(2020, 6, 6))
    assert not [c for c in cards if c.kind in ("date", "who_did")], [c.question for c in cards]


def test_an_event_s_name_is_no_person_s():
    from trainer.language.names import is_plausible_name

    assert not is_plausible_name("Stein Lecture")
    assert is_plausible_name("Jane Stein")


# Guards: what the round's rules must not take (found by re-running every judged page).


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a firm named beside where it is from says which
        (
            "The British bank Acme Sachs became one of the first to release details on how the "
            "tax law will affect it, on Friday.",
            date(2016, 11, 9),
        ),
        # a place's name ending on a firm's noun is no definite ('the West Bank')
        (
            "RAMALLAH, West Bank — An Acme military court on Monday indicted a teenage girl who "
            "was filmed last month in the West Bank slapping soldiers who refused to respond.",
            date(2018, 1, 1),
        ),
    ],
)
def test_a_definite_that_says_which_keeps_its_date_card(nlp, text, published):
    assert card_questions(nlp, text, published, "date")


def test_a_span_since_a_year_is_no_caption_and_a_caption_s_post_holds(nlp):
    since = (
        "Since the fall of 2003, when he left the board of the Acme Exchange, John Doe’s been "
        "under siege from Richard Roe, the state attorney general and gubernatorial "
        "front-runner, who has made corporate misconduct his cause."
    )
    roles = [c for c in cards_of(nlp, since, date(2005, 12, 5)) if c.kind == "role"]
    assert roles, [c.question for c in cards_of(nlp, since, date(2005, 12, 5))]
    caption = (
        "FILE - In this Dec. 20, 2015, file photo, Acme Lions coach John Doe, left, meets with "
        "quarterback Richard Roe after the team’s game against the Globex Eagles in Acmeton."
    )
    cards = cards_of(nlp, caption, date(2018, 1, 2))
    assert [c for c in cards if c.kind == "role"], [c.question for c in cards]
    assert not [c for c in cards if c.kind in ("date", "place")], [c.question for c in cards]


def test_light_years_away_is_no_countdown(nlp):
    text = (
        "The exoplanet GJ 1132b is located about 39 light-years away from Earth, astronomers said."
    )
    kept = [c for c in cards_of(nlp, text, date(2017, 4, 7), rule=Rule()) if c.kind == "number"]
    assert [c.answer for c in kept] == ["39"], [c.question for c in kept]


def test_a_figure_inside_a_name_or_a_modifier_gives_nothing_away():
    from dataclasses import replace

    from tests.conftest import a_fact
    from trainer.questions.giveaways import worked_out

    def fact(question, answer, value):
        return replace(a_fact("number", question, answer, "count"), answer_value=value)

    assert not worked_out(
        fact(
            "Acme is giving developers the hard sell on Windows 8, at a price of _____.", "$8", "8"
        )
    )
    assert not worked_out(
        fact(
            "Acme is to axe its three-panel phone less than _____ after launching it.",
            "three months",
            "3",
        )
    )
    assert worked_out(
        fact('Roe backs "Fight for 15," to raise the wage to _____ an hour.', "$15", "15")
    )


def test_today_before_a_body_s_perfect_is_the_article_s_day(nlp):
    text = (
        "Today, on Acmepedia’s 19th birthday, the Acme Foundation has received reports that "
        "access to Acmepedia in Globexia is being restored."
    )
    assert card_questions(nlp, text, date(2020, 1, 15), "date")


def test_a_quotation_s_is_before_a_comma_is_no_cut(nlp):
    text = (
        "“Our Supreme Court has decided it, and they make the decision as to what the law is, "
        "and we follow Supreme Court decisions,” Acme County Attorney John Doe said on Friday."
    )
    said = [c for c in cards_of(nlp, text, date(2009, 4, 3)) if c.kind == "who_said"]
    assert said, [c.question for c in cards_of(nlp, text, date(2009, 4, 3))]


def test_agreeing_to_pay_is_asked_without_what_it_settled(nlp):
    text = (
        "John Doe agreed to pay his victim $500,000 in 2009 to settle a damage claim she had "
        "filed against him in Acmeton."
    )
    questions = card_questions(nlp, text, date(2009, 10, 1), "number")
    assert "How much did John Doe agree to pay his victim in 2009?" in questions, questions


def test_a_measure_said_again_in_other_units_gives_it_away(nlp):
    text = (
        "The Acme agency estimates that the Hwasong missile is capable of traveling around "
        "10,000 km, or around 6,200 miles."
    )
    assert not card_questions(nlp, text, date(2017, 7, 5), "number")


def test_a_count_word_opening_the_subject_is_written_in_small_letters(nlp):
    text = "Eleven states held annual Acme Party conventions on Saturday."
    questions = card_questions(nlp, text, date(2016, 5, 16), "date")
    assert questions and not [q for q in questions if "Eleven" in q], questions


def test_a_bare_report_opening_a_question_leans_on_the_sentence_before(nlp):
    text = (
        "Acme University released a poll on Monday. The survey showed support for John Doe "
        "jumping to 22 percent."
    )
    assert not [q for q in card_questions(nlp, text, date(2020, 2, 10), "number") if "survey" in q]
    told = "The survey by Acme University showed support for John Doe jumping to 22 percent."
    assert card_questions(nlp, told, date(2020, 2, 10), "number")


def test_a_month_of_a_chance_to_come_is_ahead(nlp):
    text = (
        "Acme voters rallied on Tuesday for the chance to make history in November by "
        "selecting a ticket filled with female candidates."
    )
    answers = card_answers(nlp, text, date(2018, 5, 23), "date")
    assert "November 2018" in answers and "November 2017" not in answers, answers


def test_a_forecast_in_someone_s_words_is_no_fact(nlp):
    text = (
        "Jane Roe predicted: “By 2019, Acme judges will be participating in more than 15,000 "
        "decisions every year, and almost all those decisions will be the law of the land.”"
    )
    cards = cards_of(nlp, text, date(2018, 6, 1))
    assert not [c for c in cards if c.kind in ("date", "number")], [c.question for c in cards]
    assert [c for c in cards if c.kind == "who_said"]


def test_a_censored_word_before_a_name_is_no_part_of_it(nlp):
    from trainer.language.names import clean_name

    assert clean_name("F--- Adam Schiff") == "Adam Schiff"
    text = (
        "John Meister left a threatening voicemail message with Schiff’s office on Oct. 1. "
        "When agents arrived, he said, unsolicited, “F--- Adam Schiff.” Adam Schiff is the "
        "chairman of the Acme committee."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2019, 11, 20))]
    assert questions and not [q for q in questions if "F---" in q], questions


def test_a_place_before_an_outlet_s_credit_opens_no_sentence():
    from trainer.openers import strip_dateline

    lead = "Washington (CNN) Coronavirus task force member Dr. John Doe issued a stark warning."
    paragraphs, _ = strip_dateline([lead])
    assert paragraphs[0].startswith("Coronavirus task force member"), paragraphs


def test_a_month_someone_is_favored_to_win_in_is_ahead(nlp):
    text = "John Doe is favored to win reelection in November, but Acme Democrats have high hopes."
    answers = card_answers(nlp, text, date(2018, 4, 10), "date")
    assert "November 2017" not in answers, answers


def test_the_matter_a_question_names_no_one_for_leans_on_the_sentence_before(nlp):
    text = "Only 32% of Acme Democrats had a great deal of confidence in John Doe on the matter."
    assert not card_questions(nlp, text, date(2020, 6, 10), "number")


def test_a_share_that_agrees_with_nothing_said_is_no_card(nlp):
    text = "Most economists say the plan will favor the rich. Only 27 percent of Acme voters agree."
    assert not card_questions(nlp, text, date(2017, 10, 5), "number")


def test_a_designation_is_asked_with_what_it_designated_as(nlp):
    text = (
        "The Acme parliament on Tuesday designated the Globex ministry and affiliated companies "
        "as terrorists."
    )
    questions = card_questions(nlp, text, date(2020, 1, 8), "date")
    assert not [q for q in questions if q.rstrip("?").endswith("Globex ministry")], questions


def test_a_post_dated_in_a_year_gone_is_asked_as_of_no_day(nlp):
    text = (
        "John Doe Jr and Richard Roe, an adviser to the Acme campaign in 2016, made statements "
        "to Congress that have since been contradicted by public reports."
    )
    roles = [c.question for c in cards_of(nlp, text, date(2018, 11, 20)) if c.kind == "role"]
    assert not [q for q in roles if q.startswith("As of")], roles
    since = "Jane Roe, the governor of Acmeland since 2014, signed the bill on Tuesday."
    roles = [c.question for c in cards_of(nlp, since, date(2018, 11, 20)) if c.kind == "role"]
    assert any(q.startswith("As of November 2018") for q in roles), roles
