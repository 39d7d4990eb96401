"""Round thirty-eight (what sample Q118 found): rules tested on sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, card_questions, facts_of_kind


def _misshapen(kind: str, question: str, answer: str = "x") -> bool:
    from trainer.questions.misshapen import misshapen

    return misshapen(a_fact(kind, question, answer, kind))


@pytest.mark.parametrize(
    ("kind", "question", "shaped"),
    [
        # a span counted from the day the article was written
        ("number", "With just _____ to go before the vote, the party changed its leader.", False),
        ("number", "With _____ left until the deadline, the talks went on.", False),
        ("number", "The mission has _____ of fuel left in its tanks.", True),
        # a cut after the word that brings in a name
        ("number", "The senators voted _____ on a rule for tariffs, known.", False),
        ("number", "The firm paid _____ to a group of lawyers, called.", False),
        ("number", "The party won _____ seats in what became known as the wave election.", True),
        # a time on the air with nothing of what was said
        ("date", "On what date did Jane Roe appear on national TV?", False),
        ("date", "On what date did Jane Roe appear on radio?", False),
        ("date", "On what date did Jane Roe appear on TV to announce her run?", True),
        # a sum set aside with nothing of what for (sample Q117, VAGUE)
        ("number", "How much has the state government appropriated?", False),
        ("number", "How much has the state government appropriated to rebuild the port?", True),
        # a subordinate clause asked with its 'when' left in (sample Q119, UNGRAM)
        ("date", "In what year did when news of the merger emerge?", False),
        ("date", "In what year did after the vote the council meet?", False),
        ("date", 'Jane Roe said: "The best day was when we did _____ work."', True),
        # a change of course with nothing of what changed (sample Q119, NONSENSE)
        ("number", "Within how many hours had Jane Roe changed course?", False),
        ("number", "Within how many hours had Jane Roe changed course on the tax plan?", True),
        # an act that says nothing of what it gave up or went on with (sample Q120, NONSENSE)
        ("date", "On what date did Governor Jane Roe back down?", False),
        ("date", "On what date did the chances of Jane Roe deciding to go ahead rise?", False),
        ("date", "On what date did Jane Roe go ahead with the vote?", True),
        # a running total's mark with no day (sample Q120, VAGUE)
        ("number", "How many flu deaths did the state pass?", False),
        ("number", "How many flu deaths had the state recorded by March 1?", True),
        # a start whose date a cut took (sample Q123, UNGRAM)
        ("place", "The leaders meet in Hamburg on Friday, but in _____ beginning.", False),
        ("place", "The leaders meet in Hamburg on Friday, but in Warsaw beginning _____.", True),
    ],
)
def test_a_question_leaning_on_what_it_does_not_say_is_not_asked(
    kind: str, question: str, shaped: bool
) -> None:
    """'with less than _____ to go before Election Day' (VAGUE), '..., known.' (UNGRAM), 'On
    what date did Rick Scott appear on national TV?' (VAGUE): sample Q118; 'how much has the
    U.S. government appropriated?' (VAGUE): sample Q117; and those of samples Q119-Q123."""
    assert _misshapen(kind, question, "3") is not shaped


def test_a_comment_told_before_is_not_asked_bare(nlp) -> None:
    """'On what date did Hillary Clinton make the comment on CNN?' (sample Q118, NONSENSE:
    which comment?)."""
    text = (
        "Jane Roe opened a new steel plant in Akron on Monday.\n\n"
        "Jane Roe made the comment Tuesday on local radio as she toured the new plant."
    )
    questions = card_questions(nlp, text, date(2019, 3, 7), "date")
    assert questions  # the first sentence still makes its card
    assert not [q for q in questions if "the comment" in q]


def test_a_chamber_s_bill_is_not_which_bill(nlp) -> None:
    """'On what date was the Senate bill released?' (sample Q118, NONSENSE)."""
    text = (
        "Senators from both parties spent months drafting a new farm law.\n\n"
        "Many farmers were surprised to see that the Senate bill released Tuesday kept the "
        "old sugar subsidies."
    )
    questions = card_questions(nlp, text, date(2018, 6, 8), "date")
    assert not [q for q in questions if "Senate bill" in q]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Hotel bookings on the Texas side of the twin cities rose to 12,000 in 2018.", False),
        ("Hotel bookings in Texas and the two countries rose to 12,000 in 2018.", False),
        (
            "Hotel bookings in Canada and Mexico, the two countries, rose to 12,000 a night "
            "in 2018.",
            True,
        ),
        ("Hotel bookings in the cities of Dallas and Austin rose to 12,000 a night in 2018.", True),
        ("Hotel bookings in the Baltic states rose to 12,000 a night in 2018.", True),
    ],
)
def test_places_counted_out_with_the_need_their_names(nlp, sentence: str, asked: bool) -> None:
    """'retail sales in the US side of the twin cities' (sample Q118, NONSENSE: which?)."""
    questions = card_questions(nlp, sentence, date(2019, 1, 10), "number")
    assert bool([q for q in questions if "12,000" not in q]) is asked


def test_whom_a_ruling_favours_is_not_who_made_it(nlp) -> None:
    """'... reverse an Indiana state judge's 2015 ruling in his favor?' (sample Q118,
    NONSENSE): 'his' is the man the ruling favoured, whom the question does not name."""
    text = (
        "Jon Doe took his case to the federal appeals court after the state Supreme Court in "
        "2016 overturned a county judge’s 2014 ruling in his favor.\n\n"
        "In 2017, the state Supreme Court overturned a county judge’s ruling in favor of "
        "Mary Major."
    )
    questions = card_questions(nlp, text, date(2019, 2, 20), "date")
    assert [q for q in questions if "Mary Major" in q]
    assert not [q for q in questions if "in his favor" in q and "Doe" not in q]


def test_a_rival_s_post_is_no_post(nlp) -> None:
    """'Democratic rival Sen. Bernard Sanders' -> 'Democratic rival Senator' (sample Q118,
    WRONG): whose rival he is, then his post."""
    text = (
        "Jane Roe won the primaries in Ohio and Florida on Tuesday over Republican rival Gov. "
        "John Doe.\n\nAssociate Justice Mary Major wrote the opinion on Monday."
    )
    facts = facts_of_kind(nlp, text, "role", date(2016, 3, 16), "Roe wins big")
    answers = [f.answer for f in facts]
    assert not [a for a in answers if "rival" in a.lower()]
    assert [f for f in facts if "Major" in f.question or f.answer.endswith("Major")]


def test_a_speaker_named_by_a_first_name_alone_is_not_asked(nlp) -> None:
    """Options 'Kasich, Thomas, Larry, Plater' (sample Q118, MIXED): a lone first name among
    surnames gives the answer away."""
    text = (
        "Jane Roe spoke to Steve and hundreds of other voters in a telephone meeting on "
        "Thursday night.\n\n"
        "“We need the new road built before the winter comes,” Steve told Roe on the call.\n\n"
        "“I will fight for the money for that road in the capital,” Roe said after the call."
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2016, 1, 22), "Roe calls voters")
    assert {f.answer for f in facts} == {"Jane Roe"}


def test_a_standfirst_in_headline_style_makes_no_card(nlp) -> None:
    """'President called for end to legally required recount ... as state’s 67 counties face
    _____ deadline.' (sample Q118, NONSENSE): a page's summary in headline style, above its
    story, with no 'the' and no name."""
    text = (
        "Governor called for end to costly audit of county budgets as state’s 40 towns face "
        "Friday deadline\n\n"
        "Governor Jane Roe on Monday called for an end to the audit of the county budgets."
    )
    questions = card_questions(nlp, text, date(2018, 11, 12), "date")
    assert [q for q in questions if "Jane Roe" in q]
    assert not [q for q in questions if q.startswith("Governor called")]


def test_a_taste_is_no_act_of_the_lead(nlp) -> None:
    """'Who loved a good fight in February 2016?' (sample Q119, VAGUE): an opening line that
    tells what someone was like, not what they did."""
    text = (
        "Senator Jane Roe loved a good fight.\n\n"
        "Roe died on Saturday at her ranch in Texas, and her seat is now open."
    )
    facts = facts_of_kind(nlp, text, "who_did", date(2016, 2, 15), "Fight over Roe's seat")
    assert not [f.question for f in facts if "fight" in f.question]


def test_a_bill_named_only_by_who_passes_it_is_not_which(nlp) -> None:
    """'By the end of what month do House Democrats aim to pass the bill?' (sample Q119,
    NONSENSE): who passes a bill does not say which bill."""
    text = (
        "The sponsors of the measure said it would make lynching a federal hate crime.\n\n"
        "House Democrats aim to pass the bill by the end of June, though they doubt its "
        "chances in the Senate."
    )
    questions = card_questions(nlp, text, date(2020, 3, 2), "date")
    assert not [q for q in questions if "the bill" in q]


def test_a_phrase_after_a_name_that_is_the_next_verb_s_subject_is_no_post(nlp) -> None:
    """'... of Mr. Trump, the president of Russia has given him a nod' -> Trump, 'president
    of Russia' (sample Q119, WRONG); and '...: Choose Massachusetts Sen. Elizabeth Warren' ->
    'Choose Massachusetts Senator' (WRONG)."""
    text = (
        "While voters in Ohio try to size up Mr. Doe, the president of Acme has given him a "
        "major nod of approval on Monday.\n\n"
        "Party leaders say Roe should take the boldest step to win over the left: Choose "
        "Ohio Sen. Mary Major as her running mate."
    )
    facts = facts_of_kind(nlp, text, "role", date(2016, 5, 3), "Acme backs Doe")
    assert not [f for f in facts if "Doe" in f.question or f.answer == "Doe"]
    assert not [f for f in facts if "choose" in f.answer.lower()]
    assert [f.answer for f in facts if "Major" in f.question] == ["Ohio Senator"]


@pytest.mark.parametrize(
    ("answer", "other", "also_true"),
    [
        ("Security Council official", "Security Council aide", True),
        ("Acme campaign adviser", "senior adviser to Acme", True),
        ("White House official", "State Department aide", False),
        ("Pentagon spokesman", "Navy spokeswoman", False),
    ],
)
def test_a_post_s_other_wording_is_no_wrong_option(
    answer: str, other: str, also_true: bool
) -> None:
    """'National Security Council official' beside '... aide', 'Trump campaign adviser'
    beside 'senior adviser to Trump' (sample Q119, DISTRACTOR)."""
    from tests.conftest import role_fact
    from trainer.questions import role

    fact = role_fact(answer, "Jane Roe")
    pool = [fact, role_fact(other, "Jon Doe")]
    assert (other not in role.distractors(fact, pool)) is also_true


def test_a_credit_after_a_place_and_its_state_is_no_part_of_the_lead(nlp) -> None:
    """'On what date did Colorado Springs, Colorado Ted Cruz clinch ...?' (sample Q119,
    UNGRAM): a text file's dateline, run into its first sentence."""
    text = (
        "Fort Collins, Colorado (CNN) Jane Roe on Saturday won the support of every pledged "
        "delegate in Colorado, taking all of the final 13 delegates.\n\n"
        "Her rivals had skipped the state convention."
    )
    questions = card_questions(nlp, text, date(2016, 4, 10), "date")
    assert [q for q in questions if "Jane Roe" in q]
    assert not [q for q in questions if "Fort Collins" in q]


def test_a_bare_verb_joined_to_one_with_a_tense_is_the_source_s_slip(nlp) -> None:
    """'he’s _____ junior to Donald Trump, and likely be alive to see ...' (sample Q119,
    UNGRAM)."""
    text = (
        "Jon Roe, 37, has frequently reminded voters that he’s 35 years junior to Doe, and "
        "likely be alive to see the impact of the big policy decisions."
    )
    questions = card_questions(nlp, text, date(2019, 5, 20), "number")
    assert not [q for q in questions if "likely be" in q]


def test_a_lead_s_doer_named_by_a_post_is_the_one_the_next_sentence_names(nlp) -> None:
    """'A former Democratic National Committee chair on Thursday revealed ...' then 'Donna
    Brazile, a longtime Clinton ally who stepped in as DNC chair ...' (sample Q119: the lead
    made no card, and readers wanted who did it)."""
    text = (
        "A federal judge on Monday blocked a new federal rule on water permits for farms.\n\n"
        "U.S. District Judge Jane Roe in Fresno wrote that the rule conflicts with federal "
        "law.\n\nThe rule was due to take effect in January."
    )
    facts = facts_of_kind(nlp, text, "who_did", date(2018, 11, 20), "Judge blocks water rule")
    assert [(f.question, f.answer) for f in facts] == [
        (
            "Who blocked a new federal rule on water permits for farms in November 2018?",
            "Jane Roe",
        )
    ]


def test_two_people_with_the_lead_s_post_name_no_doer(nlp) -> None:
    text = (
        "A federal judge on Monday blocked a new federal rule on water permits for farms.\n\n"
        "U.S. District Judge Jane Roe wrote that the rule conflicts with federal law, and "
        "Judge Jon Doe agreed."
    )
    facts = facts_of_kind(nlp, text, "who_did", date(2018, 11, 20), "Judge blocks water rule")
    assert not [f for f in facts if "blocked" in f.question]


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        (
            "General Motors on Tuesday announced a solar-powered delivery van for city streets.",
            True,
        ),
        (
            "General Motors on Tuesday announced that it would cut 500 jobs at its Ohio plant.",
            False,
        ),
    ],
)
def test_making_a_thing_known_is_an_act_making_a_claim_is_not(nlp, lead: str, asked: bool) -> None:
    """'revealed the existence of a secret agreement', 'unveiled a van': an act the lead tells;
    'announced that ...' reports what was said (the statement card asks that)."""
    text = f"{lead}\n\nThe company has 4,000 workers in the state."
    facts = facts_of_kind(nlp, text, "who_did", date(2019, 3, 6), "A van for city streets")
    acts = [f for f in facts if not f.key.startswith("who_did|said|")]  # a statement's key
    assert bool([f for f in acts if f.answer == "General Motors"]) is asked


def test_an_idea_told_before_is_not_asked_bare(nlp) -> None:
    """'President Trump had been pushing the idea for weeks, eyeing the more than _____ in
    savings ...' (sample Q120, NONSENSE: which idea?)."""
    text = (
        "Governor Jane Roe had been pushing the idea for weeks, eyeing the more than $300 "
        "million in savings over the next decade."
    )
    assert not card_questions(nlp, text, date(2017, 11, 15), "number")


def test_a_hashtag_is_no_person_to_offer(nlp) -> None:
    """Options 'Kavanaugh / Biden / MeToo / Hill' (sample Q120, MIXED): the recogniser took
    '#MeToo' for a person."""
    text = (
        "Jane Roe on Tuesday signed a law banning plastic bags across Ohio.\n\n"
        "The law drew fresh scrutiny in light of the #MeToo movement from Jon Doe and Ann "
        "Smith.\n\nRoe declined to comment further."
    )
    facts = facts_of_kind(nlp, text, "who_did", date(2018, 11, 20), "A ban on plastic bags")
    assert facts
    assert all("MeToo" not in other for f in facts for other in f.others)


def test_a_noun_s_not_is_kept_or_nothing_is_asked(nlp) -> None:
    """'On what date was the only one Donald Trump received?' of "Palin's endorsement was
    not the only one Trump received Tuesday" (sample Q121, NONSENSE)."""
    text = "Major's endorsement was not the only one Smith received Tuesday."
    questions = card_questions(nlp, text, date(2016, 1, 20), "date")
    assert not [q for q in questions if "the only one" in q and "not" not in q]


def test_a_photo_caption_with_where_people_stand_is_not_asked() -> None:
    """'Narendra Modi, India's prime minister, left, and U.S. President Donald Trump hold
    hands on stage ...' (sample Q121, UNGRAM)."""
    from trainer.questions.misshapen import misshapen

    caption = (
        "Jane Roe, Acme's chief executive, left, and Governor Jon Doe shake hands on stage at "
        "the Ohio summit on September 22, 2019."
    )
    question = "On what date do Governor Jon Doe shake hands on stage at the Ohio summit?"
    assert misshapen(a_fact("date", question, "September 22, 2019", "date", evidence=caption))
    prose = "Jane Roe, Acme's chief executive, met Governor Jon Doe on September 22, 2019."
    met = "On what date did Jane Roe meet Governor Jon Doe?"
    assert not misshapen(a_fact("date", met, "September 22, 2019", "date", evidence=prose))


def test_a_noun_before_a_name_that_opens_a_clause_is_no_part_of_its_post(nlp) -> None:
    """'as part of a broader coronavirus measure President Donald Trump signed' ->
    'broader coronavirus measure President' among a role card's options (sample Q121, MIXED)."""
    text = (
        "About $380 billion came as part of a broader relief measure Governor Jane Roe signed "
        "into law on Friday."
    )
    facts = facts_of_kind(nlp, text, "role", date(2020, 4, 24), "Relief")
    assert not [f for f in facts if "measure" in f.answer or "measure" in f.question]


def test_a_lead_that_opens_on_a_preposition_before_a_verb_is_not_asked(nlp) -> None:
    """'Who said on behalf of the Trump campaign had "nothing to do with ..."?' (sample Q121,
    UNGRAM): the subject of 'had' was cut."""
    text = (
        "The White House on Monday played down the charges.\n\n"
        "Jane Roe said: “Jon Doe was brought in to lead the delegate process, which he did, and "
        "was dismissed not too long after that.”\n\n"
        "She also insisted Smith’s lies to the FBI about his contacts with Russia on behalf of "
        "the Doe campaign had “nothing to do with the activities of the campaign”, and "
        "repeatedly dismissed Smith as “a volunteer member on an advisory council”."
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2017, 10, 31), "Campaign")
    assert not [f for f in facts if "on behalf" in f.question]


def test_a_member_of_congress_titled_before_a_surname_is_the_full_name(nlp) -> None:
    """Options 'Thomas Massie' and 'Representative Massie', one man twice (sample Q122,
    MIXED): 'Representative' is a title, as 'Senator' is."""
    text = (
        "Representative Jon Doe introduced a bill on Monday to let farmers sell meat locally.\n\n"
        "“What you're seeing right now is not the result of an efficient market,” says "
        "Representative Doe, who faults the rules for the shortages.\n\n"
        "“We really value the department as a partner,” said Mary Major, a rancher.\n\n"
        "“The department has helped us for years,” said Ann Smith, a farmer."
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2020, 5, 20), "Meat rules")
    assert "Representative Doe" not in {f.answer for f in facts}
    assert [f for f in facts if f.answer == "Jon Doe"]


def test_a_post_cut_inside_a_list_after_of_is_no_post(nlp) -> None:
    """'Robert Spitzer, professor of crime, law and policy and gun control at ...' ->
    'a professor of crime' (sample Q123, WRONG)."""
    text = (
        "“It is about who makes the loudest noise,” said Jane Roe, professor of crime, law and "
        "policy at the State University of Ohio."
    )
    facts = facts_of_kind(nlp, text, "role", date(2017, 11, 6), "Gun politics")
    assert not [f for f in facts if f.answer.endswith("professor of crime")]


def test_a_known_place_is_not_written_as_a_namesake_s_full_name(nlp) -> None:
    """'the Republican takeover of Washington' -> 'of George Washington' where the article
    names the first president elsewhere (sample Q123, NONSENSE)."""
    text = (
        "When Jon Doe takes the oath on Friday, the Republican takeover of Washington will be "
        "complete after eight years of Democratic rule.\n\n"
        "Of the presidents who followed George Washington, few faced such a Congress."
    )
    questions = card_questions(nlp, text, date(2017, 1, 17), "number")
    assert questions
    assert not [q for q in questions if "George Washington" in q and "takeover" in q]
