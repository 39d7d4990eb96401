"""Round thirty-five (sample Q103, and what Q99-Q101 left): rules tested on sentences written
for the rule."""

import re
from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of, text_file_article
from trainer.questions.salience import Rule


def _misshapen(question: str, evidence: str, kind: str = "number") -> bool:
    """Is a fact of this question and evidence misshapen (trainer.questions.misshapen)?"""
    from trainer.model import AnswerType, CardKind, Fact
    from trainer.questions.misshapen import misshapen

    return misshapen(
        Fact(
            kind=CardKind(kind),
            key="k",
            question=question,
            answer="1",
            evidence=evidence,
            source="t",
            answer_type=AnswerType(kind),
        )
    )


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # the recogniser's span for Q100's 'Director of Latino Outreach Lorella Praeli'
        (
            "a release from the campaign's Director of Rural Outreach Dana Kowalczyk, who",
            "Outreach Dana Kowalczyk",
            "Dana Kowalczyk",
        ),
        (
            "the Deputy Secretary for Public Affairs Jane Marie Roe said",
            "Affairs Jane Marie Roe",
            "Jane Marie Roe",
        ),
        # a word of the dictionary that opens a name (the re-run of the judged pages)
        ("South Korean President Park Geun Hye said", "Park Geun Hye", "Park Geun Hye"),
        ("Secretary of State Rex W. Tillerson said", "Rex W. Tillerson", "Rex W. Tillerson"),
        ("the campaign's outreach Policy Roe said", "Policy Roe", "Policy Roe"),  # one word
    ],
)
def test_the_last_word_of_a_title_is_no_part_of_the_name_after_it(nlp, text, tagged, name):
    from spacy.tokens import Span

    from trainer.nlp import entity_guard

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged))
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    assert [e.text for e in entity_guard(doc).ents] == [name]


def test_a_post_cut_out_of_a_campaign_named_after_its_candidate_makes_no_role(nlp):
    text = (
        "Dana Kowalczyk runs for governor this year. The campaign sent a news release Friday "
        "from Kowalczyk for Ohio Director of Rural Outreach Jane Marchetti, attacking the "
        "governor's remarks about a federal judge."
    )
    roles = [
        (c.question, c.answer) for c in cards_of(nlp, text, date(2016, 6, 3)) if c.kind == "role"
    ]
    assert not [r for r in roles if "Ohio Director" in " ".join(r)], roles


def test_who_after_an_apposition_that_names_another_person_asks_nothing(nlp):
    text = (
        '"This is stunning," said Christopher Dunmore, former deputy counsel to Barack Obama, '
        "who for more than four years was in charge of the vetting of Obama's judicial "
        "nominees."
    )
    cards = cards_of(nlp, text, date(2018, 5, 30))
    assert cards  # the quotation is asked
    assert not [c for c in cards if "in charge" in c.question], [c.question for c in cards]


def test_who_after_a_person_s_own_name_still_asks(nlp):
    text = (
        "Christopher Dunmore, who for more than four years was in charge of the vetting of "
        "judicial nominees, said the court was moving fast."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 5, 30))]
    assert [q for q in questions if "in charge" in q], questions


def test_a_one_word_name_the_article_writes_as_a_body_s_speaks_as_a_body(nlp):
    text = (
        "The drive was launched in London on Wednesday by Zelvora, a registered charity. "
        "Meredith Okonkwo, the Campaigns Director for Zelvora, spoke at the launch.\n\n"
        '"The more people that share it, the more voters abroad will see it," Ms. Okonkwo '
        'said. "Voters abroad have a way to fight back now," Zelvora says on its website.\n\n'
        '"We have found the easiest way yet to register from abroad," said Tom Haverford, '
        'a volunteer. "Everyone should try it before the deadline," said Ann Perkins, a '
        "student in London."
    )
    cards = cards_of(nlp, text, date(2016, 9, 14))
    people = [c for c in cards if c.kind == "who_said" and "Okonkwo" in c.answer]
    assert people, [(c.kind, c.answer) for c in cards]
    assert not [c for c in people if "Zelvora" in c.choices], [c.choices for c in people]


def test_a_box_that_opens_and_shuts_is_no_part_of_the_story(tmp_path, nlp):
    body = (
        "Jane Roe, the cult leader, died on Sunday in a hospital in Acmeton, officials said. "
        "She was 83.\n\n"
        "Quick guide A quick guide to Jane Roe Show Hide Who was Jane Roe? Jane Roe was one "
        "of the most notorious figures of the century. Crime from afar Despite spending more "
        "than 40 years in prison, Roe did not carry out the killings herself.\n\n"
        "Roe was convicted in 1971 of the murders of seven people in Acmeton."
    )
    article = text_file_article(tmp_path, body, "2017-11-20")
    assert "Show Hide" not in article.text and "from afar" not in article.text
    assert "Roe was convicted in 1971" in article.text


def test_what_a_cited_analysis_found_is_no_fact(nlp):
    text = (
        "Jane Roe spoke to the builders in Acmeton on Thursday. She cited analysis that found "
        "John Doe's plans would lose over 3 million jobs, while hers would create over 10 "
        "million."
    )
    cards = cards_of(nlp, text, date(2016, 8, 11))
    assert cards  # the speech's day is asked
    assert not [c for c in cards if c.kind == "number"], [c.question for c in cards]


def test_what_an_analysis_found_is_asked(nlp):
    text = "An analysis by Acme University found that the plant cut 3,000 jobs in Acmeton in 2015."
    questions = card_questions(nlp, text, date(2016, 8, 11), "number")
    assert questions


def test_this_week_is_written_as_the_week_of_its_monday(nlp):
    text = (
        "Afghan officials said 21 security force members and 9 civilians were killed this week, "
        "half the number reported the week before."
    )
    questions = card_questions(nlp, text, date(2020, 2, 28), "number")
    assert questions
    assert all("in the week of Feb. 24, 2020" in q for q in questions), questions


def test_last_week_opening_a_sentence_is_the_week_before(nlp):
    text = "Last week, Acme Corp. reported a 12% drop in operating income, its worst in a decade."
    questions = card_questions(nlp, text, date(2020, 2, 28), "number")
    assert questions
    assert all(q.startswith("In the week of Feb. 17, 2020, ") for q in questions), questions


def test_a_period_that_is_its_verb_s_subject_is_written_bare(nlp):
    text = (
        "Last year was the sixth in a row that saw more than 10,000 Acmeland civilians "
        "killed and wounded, with the toll from rebel attacks up 21% over 2018."
    )
    questions = card_questions(nlp, text, date(2020, 2, 28), "number")
    assert questions
    assert not [q for q in questions if "In 2019 was" in q], questions
    assert [q for q in questions if q.startswith("2019 was the sixth")], questions


def test_a_question_ending_in_a_promise_of_nothing_said_is_no_card(nlp):
    text = (
        "John Doe has made cracking down on immigration a hallmark of his presidency after "
        "campaigning in 2016 on a promise, so far unfulfilled, that Acmeland would pay for a "
        "border wall."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2019, 6, 1))]
    assert not [q for q in questions if q.endswith("on a promise?")], questions


def test_a_programme_is_no_one_who_did_something(nlp):
    text = (
        "The Diversity Lottery Program, a State Department program which offers a lottery "
        "for people from countries with few immigrants in Acmeland, drew the ire of John Doe "
        "early Wednesday morning."
    )
    cards = cards_of(
        nlp,
        text,
        date(2017, 11, 1),
        title="Attack suspect entered Acmeland through Diversity Lottery Program",
    )
    assert not [c for c in cards if c.kind == "who_did" and c.answer.endswith("Program")], [
        (c.question, c.answer) for c in cards
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("said John Doe, an energy analyst at the investment firm Edward Jones.", "ORG"),
        ("It is the group Jane Roe founded in 2001.", "PERSON"),  # her own verb follows
        ("said John Doe, an energy analyst with Jane Roe.", "PERSON"),
    ],
)
def test_a_name_after_the_firm_is_the_firm_s(nlp, text, label):
    name = "Edward Jones" if "Edward" in text else "Jane Roe"
    assert [e.label_ for e in nlp(text).ents if e.text == name] == [label]


def test_what_a_phrase_between_commas_says_of_a_subject_goes_from_a_long_cloze(nlp):
    text = (
        "More than 300 boys and men, some as young as five and many in chains and bearing "
        "scars from beatings, have been rescued in a raid on a building that purported to be "
        "a school in northern Acmeland, police said on Friday."
    )
    cards = cards_of(nlp, text, date(2019, 9, 27))
    numbers = [c.question for c in cards if c.kind == "number"]
    assert numbers, [c.question for c in cards]
    assert not [q for q in numbers if "young as five" in q], numbers


def test_a_text_file_s_dateline_is_no_subject_of_its_first_sentence(tmp_path, nlp):
    body = (
        "KADUNA, Nigeria — More than 300 boys and men have been rescued in a raid on a "
        "building that purported to be a school in northern Nigeria, police said on Friday.\n\n"
        "Most of the freed captives seen by a reporter in the city were children."
    )
    article = text_file_article(tmp_path, body, "2019-09-27")
    assert article.text.startswith("KADUNA, Nigeria — ")  # the user's text, as written
    doc = nlp(article.text)
    first = next(t for t in doc if t.text == "More")
    assert first.is_sent_start
    assert "KADUNA" not in [t.text for t in first.sent]


def test_what_a_touted_report_showed_is_asked(nlp):
    text = (
        "John Doe touted a better-than-expected jobs report, which showed unemployment in "
        "Acmeland at 13.3 percent in May after hitting a post-war high of 14.7 percent the "
        "previous month."
    )
    answers = card_answers(nlp, text, date(2020, 6, 5), "number")
    assert "14.7 percent" in answers, answers


@pytest.mark.parametrize(
    "text",
    [
        "Former Acmeland Governor John Doe said on Friday that the plan would fail.",
        # a word of a post ended, capitalised to open the sentence (was 'the Fired ... ')
        "Fired Acmeland Police Chief John Doe said on Friday that the plan would fail.",
    ],
)
def test_a_post_held_before_is_asked_before_the_article_s_month(nlp, text):
    roles = [
        (c.question, c.answer) for c in cards_of(nlp, text, date(2017, 7, 28)) if c.kind == "role"
    ]
    assert [q for q, _ in roles if q == "What post did John Doe hold before July 2017?"], roles
    assert not [r for r in roles if "Fired" in " ".join(r)], roles


def test_a_lead_researcher_of_nothing_named_is_a_passing_detail(nlp):
    from trainer.model import Article
    from trainer.questions import role

    text = (
        '"Right now the data quality is bad and unacceptable," said lead researcher Justin '
        "Feldman. Police in Acmeland killed more than 30 people in 2015, his study found."
    )
    article = Article(id="t", text=text, published=date(2017, 10, 10), title="")
    facts = [f for f in role.find(nlp(text), article) if f.answer == "a lead researcher"]
    assert facts
    assert all(f.passing for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Canada and Mexico are major trade partners of Acmeland, together importing about "
        "$39 billion.",
        "Japan and South Korea import around $39 billion, officials in Acmeland said.",
    ],
)
def test_a_sum_traded_with_nothing_said_of_what_is_no_card(nlp, text):
    questions = card_questions(nlp, text, date(2018, 7, 24), "number")
    assert not [q for q in questions if re.search(r"import\w* (?:about |around )?_____", q)], (
        questions
    )


def test_a_sum_traded_with_what_it_bought_is_asked(nlp):
    text = "Japan and South Korea import around $39 billion of Acmeland farm goods each year."
    assert [c for c in cards_of(nlp, text, date(2018, 7, 24)) if c.kind == "number"]


def test_the_slate_of_departures_leans_on_the_sentence_before(nlp):
    text = (
        "The slate of departures is the second major reshuffle of the Acmeland National "
        "Security Council in just 15 months."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 4, 12))]
    assert not [q for q in questions if "slate of departures" in q], questions


def test_a_sum_at_stake_is_asked(nlp):
    text = (
        "More than $12 billion is at stake for the nation's health insurers Tuesday when the "
        "Acmeland Supreme Court hears a case involving the Affordable Care Act."
    )
    answers = card_answers(nlp, text, date(2019, 12, 10), "number")
    assert "$12 billion" in answers, answers


def test_a_name_the_headline_gives_is_no_topic_blank(nlp):
    text = (
        "Acmeland and Betaland struck a last-minute trade deal Sunday night.\n\n"
        "Hours before the midnight deadline, the two countries agreed to a framework for a "
        "renewed agreement. Newly dubbed the “ABTA” — the Acmeland-Betaland Trade Agreement — "
        "it’s an updated version of the old trade pact. The ABTA keeps most tariffs at zero, "
        "and the ABTA adds rules on dairy.\n\n"
        "Officials of the two countries said in a joint statement that the ABTA was a "
        "modern trade agreement. Acmeland's trade minister, Jane Roe, said the ABTA would "
        "take effect in 2020."
    )
    title = "Acmeland and Betaland have a new trade deal. It’s called ABTA."
    cards = cards_of(nlp, text, date(2018, 10, 1), title=title, rule=Rule())
    assert [c for c in cards if c.kind == "headline" and c.answer == "ABTA"], [
        (c.kind, c.question) for c in cards
    ]


def test_a_dash_aside_goes_from_a_long_cloze(nlp):
    text = (
        "The Senate approved Jeff Sessions as attorney general Wednesday, installing one of "
        "the president's biggest backers at the head of the Justice Department. Only a single "
        "Democrat joined Republicans in the 52-47 vote to confirm Mr. Sessions — a startling "
        "snub of a man they spent decades working with but whom they now assailed with "
        "thinly veiled accusations of racism and xenophobia."
    )
    cards = cards_of(nlp, text, date(2017, 2, 8))
    asked = [c.question for c in cards if c.kind == "number" and c.answer == "52-47"]
    assert asked, [c.question for c in cards]
    assert not [q for q in asked if "snub" in q], asked


def test_a_day_a_verb_uses_is_asked_as_a_cloze(nlp):
    text = (
        "Trump defense lawyer Pam Bondi, the former attorney general of Florida, also used "
        "Monday to attack the Biden family, playing a television interview with Hunter Biden."
    )
    questions = card_questions(nlp, text, date(2020, 1, 28), "date")
    assert questions
    assert not [q for q in questions if q.startswith("On what date")], questions


def test_a_day_after_a_participle_on_an_object_is_no_wh_question(nlp):
    text = (
        "President Trump welcomed home three Americans freed by North Korea early Thursday "
        "in a flag-waving ceremony before dawn, calling their release a hopeful sign."
    )
    questions = card_questions(nlp, text, date(2018, 5, 10), "date")
    assert questions
    assert not [q for q in questions if "freed" in q and q.startswith("On what date")], questions


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # an aside in brackets with a clause of its own (sample Q105, UNGRAM)
        (
            "The defense team rests (the White House has up to 24 hours over _____).",
            "Any vote on witnesses would come after the defense team rests (it has up to 24 "
            "hours over three days) and after senators ask questions.",
        ),
        # a span after a time the question does not name (samples Q105, Q91)
        (
            "The Acme administration issued regulations 10 years later specifying that the "
            "maximum incentive could not exceed _____ of the cost of a health plan.",
            "The Acme administration issued regulations 10 years later specifying that the "
            "maximum incentive could not exceed 20 percent of the cost of a health plan.",
        ),
        # what would be, without its supposition (sample Q105, NONSENSE twice)
        (
            "Jane Roe, shot and killed by police _____ night during a traffic stop, would be "
            "alive.",
            "Jane Roe, shot and killed by police Wednesday night during a traffic stop, would "
            "be alive if she had been white, according to Gov. John Doe.",
        ),
        (
            "In what year would premiums drop 30 percent lower than under the Acme plan?",
            "Then, in 2020, premiums would drop 30 percent lower than under the Acme plan.",
        ),
        # what was tried, not said (sample Q107, VAGUE)
        (
            "On what date did Democrats block an attempt?",
            "Senate Democrats on Tuesday blocked an attempt to crack down on sanctuary cities.",
        ),
    ],
)
def test_what_leans_on_a_clause_the_question_left_is_misshapen(question, evidence):
    assert _misshapen(question, evidence)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        (
            "Germany is now seen as a global leader by many more people (_____ of the sample).",
            "Germany is now seen as a global leader by many more people (41% of the sample).",
        ),
        (
            "In 1996 Congress passed the law; 10 years later the rules capped it at _____.",
            "In 1996 Congress passed the law; 10 years later the rules capped it at 20 percent.",
        ),
        # a span from the sentence's own act (the re-run of the judged pages)
        (
            "On what date did Acme launch a satellite with a rocket whose first stage had "
            "launched a mission a year earlier?",
            "Acme launched a satellite on Thursday with a rocket whose first stage had launched "
            "a mission a year earlier.",
        ),
        # a comparison's base (the full suite: Apple's iPhones, Globex's income)
        (
            "How many iPhones did Acme sell in the fourth quarter, 58% more than a year earlier?",
            "Acme sold 26.9 million iPhones in the fourth quarter, 58% more than a year earlier.",
        ),
        (
            "Globex's net income fell to _____ in the third quarter from $2.84bn a year earlier.",
            "Globex's net income fell to $2.15bn in the third quarter from $2.84bn a year earlier.",
        ),
        (
            "How many jobs would the plant add if it opens in 2021?",
            "The plant would add 300 jobs if it opens in 2021, the mayor said.",
        ),
    ],
)
def test_what_keeps_its_clause_is_not_misshapen(question, evidence):
    assert not _misshapen(question, evidence)


def test_a_named_guess_keeps_its_guesser_and_its_card(nlp):
    text = (
        "Analyst Tim Anderson believes that Xeljanz will carry a price tag of about $25,000 "
        "annually, higher than rival drugs."
    )
    questions = card_questions(nlp, text, date(2012, 11, 7), "number")
    assert [q for q in questions if "Tim Anderson believes" in q], questions


def test_a_guess_of_what_will_be_is_no_fact(nlp):
    text = (
        "Stocks fell on Friday. Some think the Fed will cut rates again in December. The Fed "
        "cut rates in July for the first time since 2008."
    )
    questions = card_questions(nlp, text, date(2019, 8, 23), "date")
    assert questions  # July's cut is asked
    assert not [q for q in questions if "will" in q], questions


@pytest.mark.parametrize(
    ("text", "day", "not_asked"),
    [
        # a post in a sentence of 'the same month' as an earlier date is of then (Q104)
        (
            "In December 2016, President Barack Obama placed sanctions on Acmeland. In the same "
            "month, Michael Flynn, a senior official on the Trump transition team, contacted the "
            "Acmeland ambassador, urging Acmeton not to escalate the situation.",
            date(2020, 1, 15),
            "transition team",
        ),
        # a caption's state abbreviation is no part of a post (Q105)
        (
            "Detainees sleep in a holding cell at the Border Protection center in Nogales, Ariz. "
            "President John Doe has seized on an error by activists for tweeting photos of "
            "detainees in steel cages. Doe said on Tuesday that the photos were old.",
            date(2018, 5, 30),
            "Ariz.",
        ),
    ],
)
def test_a_post_of_another_time_or_place_is_not_asked(nlp, text, day, not_asked):
    roles = [(c.question, c.answer) for c in cards_of(nlp, text, day) if c.kind == "role"]
    assert not [r for r in roles if not_asked in " ".join(r)], roles


def test_an_agency_s_file_photo_caption_is_no_part_of_the_story(tmp_path):
    body = (
        "FILE - In this June 27, 2020, file photo, Acmeton High School seniors make their way "
        "to the football field in Acmeton, Miss. The number of seniors applying for aid "
        "plunged.\n\n"
        "The number of high school seniors applying for federal college aid plunged in the "
        "weeks after schools closed, officials said on Monday."
    )
    article = text_file_article(tmp_path, body, "2020-07-02")
    assert "file photo" not in article.text  # the caption's sentence goes, its summary stays
    assert article.text.startswith("The number of seniors applying for aid plunged.\n\n")


@pytest.mark.parametrize(
    ("question", "maybe"),
    [
        ("On what date may Donald Trump return to the border in a pair of rallies?", True),
        ("In what month might the Acme plant reopen?", True),
        ("In what month could Trump face a contested convention in Cleveland?", False),
        ("When may Jordan Belfort have personally made $3 million?", False),  # a past
        ("On what date did Donald Trump return to the border in a pair of rallies?", False),
    ],
)
def test_a_day_of_what_may_happen_is_misshapen(question, maybe):
    assert _misshapen(question, question, "date") is maybe


def test_the_topic_leans_on_the_sentence_before(nlp):
    text = "John Doe returned to the topic on Monday in a pair of rallies for Sen. Jane Roe."
    questions = [c.question for c in cards_of(nlp, text, date(2018, 11, 27))]
    assert not [q for q in questions if "the topic" in q], questions


def test_each_of_one_left_by_a_cut_is_misshapen():
    evidence = (
        "John Doe accepted a handful of donations from New York investors, including $2,700 "
        "each from investor Jim Roe, who runs JR Capital, and Joshua Klein, a director of "
        "Monarch Wealth, according to election records."
    )
    question = (
        "John Doe accepted a handful of donations from New York investors, including _____ "
        "each from investor Jim Roe according to election records."
    )
    assert _misshapen(question, evidence)
    assert not _misshapen(question.replace("Jim Roe", "Jim Roe and Joshua Klein"), evidence)
    # 'each year': no amount shared out (the full suite)
    assert not _misshapen(
        "More than _____ Acme County residents each year die before they should.",
        "More than 5,000 Acme County residents each year die before they should, often due to "
        "gunshot wounds, car accidents and drug overdoses.",
    )


def test_a_handle_in_a_question_s_own_words_is_misshapen():
    question = "On what date did.@PressSec get kicked out of the Red Hen restaurant in Lexington?"
    assert _misshapen(question, question, "date")
    quoted = 'Who said: "There is a special place in heaven for @JustinTrudeau"?'
    assert not _misshapen(quoted, quoted, "date")  # inside the quotation: someone's words


def test_a_possessive_after_a_dateline_is_no_crosshead(nlp):
    text = (
        "NEW ORLEANS (AP) — An attorney for New Orleans’ Roman Catholic archdiocese Thursday "
        "strongly defended the Saints’ help in dealing with the clergy abuse crisis, saying "
        "the effort to release the emails is aimed at shaming the church."
    )
    questions = card_questions(nlp, text, date(2020, 2, 21), "date")
    assert questions
    assert all("attorney for New Orleans’ Roman Catholic archdiocese" in q for q in questions), (
        questions
    )
