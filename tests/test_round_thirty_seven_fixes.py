"""Round thirty-seven (what samples Q111 and Q112 left, and sample Q113): rules tested on
sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, facts_of_kind


def _misshapen(kind: str, question: str, answer: str = "x", evidence: str = "") -> bool:
    """Whether a hand-built fact of `kind` asking `question` is misshapen."""
    from trainer.questions.misshapen import misshapen

    return misshapen(a_fact(kind, question, answer, kind, evidence=evidence))


def test_an_act_whose_object_lost_what_said_which_makes_no_card(nlp) -> None:
    """'Who signed legislation in May 2018?' (sample Q112, VAGUE): the clause that said
    which legislation went to the act's length limit, and a bare 'legislation' was left."""
    text = (
        "President Jane Roe on Monday signed legislation that will undo a 2011 effort by the "
        "Federal Housing Finance Agency to curb discrimination in mortgage lending.\n\n"
        "Lenders had opposed the guidance for years."
    )
    title = "Roe signs bill blocking housing agency lending measure"
    facts = facts_of_kind(nlp, text, "who_did", date(2019, 6, 3), title)
    assert not [f.question for f in facts if "legislation" in f.question]


def test_a_post_joined_to_one_another_person_holds_is_no_one_s_post(nlp) -> None:
    """'brokered by the House Freedom Caucus chairman and Tuesday Group co-chairman Tom
    MacArthur' (sample Q112, WRONG): two people, and the article names the first one. The
    post after 'and' is the named one's (round forty-three: 'the governor and President
    Donald Trump')."""
    text = (
        "Budget Committee chairman Rep. Mary Smith (R-Ohio) stepped in to save the bill on "
        "Thursday.\n\nThe agreement, brokered by the Budget Committee chairman and Rules "
        "Committee co-chairman Joe Doe (R-Texas), would let states cut the subsidies."
    )
    facts = facts_of_kind(nlp, text, "role", date(2017, 5, 5), "House passes farm bill")
    assert [f.answer for f in facts if "Smith" in f.question] == [
        "Budget Committee chairman Representative (Republican, Ohio)"
    ]
    assert not [f for f in facts if "Budget" in f.answer and "Doe" in (f.person or "")]
    assert not [f for f in facts if "Budget" in f.question and f.answer == "Joe Doe"]
    doe = [f.answer for f in facts if f.person == "Joe Doe" and f.answer != "Joe Doe"]
    assert set(doe) <= {"Rules Committee co-chairman (Republican, Texas)"}, doe


def test_a_post_whose_first_word_the_tagger_read_as_a_day_is_no_post(nlp) -> None:
    """'Tuesday Group co-chairman Rep. Tom MacArthur' was 'Group co-chairman' (sample Q112):
    the body's name lost its first word, a weekday to the tagger."""
    text = (
        "The bill was saved along with Tuesday Group co-chairman Rep. Joe Doe (R-Texas), who "
        "brokered the deal."
    )
    facts = facts_of_kind(nlp, text, "role", date(2017, 5, 5), "House passes farm bill")
    assert not [f.answer for f in facts if f.answer.startswith("Group")]


def test_a_name_in_a_list_of_posts_holds_none_of_them(nlp) -> None:
    """'had Tom MacArthur, the President, and the Vice President have not gotten involved':
    three people, not MacArthur's post (sample Q112's card accepted 'President')."""
    from trainer.extract.roles import find_roles

    text = (
        "Mark Walsh praised the deal on Thursday. He said: \n\nIt would be a mistake to "
        "suggest that had Tom Becker, the President, and the Vice President have not gotten "
        "involved in this process, then we would not have the options now."
    )
    roles = find_roles(nlp(text), date(2017, 5, 5), "2017-05-05")
    assert [(r.person, r.title) for r in roles] == []


def test_a_verb_after_to_is_no_part_of_the_post_after_it(nlp) -> None:
    """'resisted calls to impeach President Donald Trump' gave Trump the post 'impeach
    President' (sample Q113, WRONG): the tagger read the verb as a noun."""
    from trainer.extract.roles import find_roles

    text = (
        "From the start, Speaker of the Assembly Maria Lopez has resisted calls to impeach "
        "President Daniel Hart."
    )
    roles = find_roles(nlp(text), date(2019, 5, 5), "2019-05-05")
    assert [(r.person, r.title) for r in roles] == [("Daniel Hart", "President")]


def test_the_half_of_two_posts_after_and_is_no_post(nlp) -> None:
    """'Mr. Trump's former bodyguard and close aide Keith Schiller' gave 'a close aide'
    (sample Q113, WRONG): without 'former', and without whose."""
    text = (
        "More recently, Democrats insisted on calling as a witness Mr. Hart’s former driver "
        "and close aide Paul Keller. Mr. Keller testified in closed session."
    )
    facts = facts_of_kind(nlp, text, "role", date(2017, 11, 10), "Panel hears witness")
    assert not [f.answer for f in facts if "aide" in f.answer]


@pytest.mark.parametrize(
    ("question", "shaped"),
    [
        ("When did the episodes include Hart calling Keller at home?", False),
        ("In what month did the delegation include two governors?", False),
        ("When did the state include the county in its district map?", False),
        ("How many senators did the delegation include?", True),
        ("In what month did Hart visit Keller at home?", True),
    ],
)
def test_the_time_of_what_a_list_included_is_not_asked(question: str, shaped: bool) -> None:
    """'When did the episodes include Trump calling McGahn at home?' (sample Q113, NONSENSE):
    the time is the included act's, not the list's."""
    kind = "number" if question.startswith("How many") else "date"
    answer = "12" if kind == "number" else "June 2017"
    assert _misshapen(kind, question, answer) is not shaped


def test_an_object_s_by_phrase_is_not_left_behind_the_verb(nlp) -> None:
    """'How many episodes of potential obstruction of justice did Mueller's report describe
    by Trump?': the parser hung the object's 'by Trump' on the active verb."""
    text = (
        "Barr's report described 10 episodes of potential obstruction of justice by Smith. "
        "But Barr made no decision on charges."
    )
    facts = facts_of_kind(nlp, text, "number", date(2019, 12, 5), "Panel hears witness")
    assert [f.answer for f in facts] == ["10"]
    assert not [f.question for f in facts if f.question.endswith("by Smith?")]


def test_a_comparative_whose_than_was_cut_makes_no_card(nlp) -> None:
    """'More U.S. coal-fired power plants were shut in President Donald Trump's first _____.'
    (sample Q114, NONSENSE): 'than were retired in ...' was cut, and 'more' compares with
    nothing."""
    text = (
        "More U.S. gas-fired power plants were shut in Governor Jane Roe’s first three years "
        "than were retired in the whole of her predecessor’s first term, despite her efforts "
        "to prop up the industry."
    )
    facts = facts_of_kind(nlp, text, "number", date(2019, 1, 8), "Coal plants close")
    assert not [f.question for f in facts if "than" not in f.question]


@pytest.mark.parametrize(
    ("text", "published", "answer", "misread"),
    [
        # sample Q112, WRONG: 'at how many seats does the Senate currently stand?' of the
        # Republican majority's 51
        (
            "If Smith is able to keep his lead, it would widen the Democratic majority in the "
            "Senate, which currently stands at 53 seats.",
            date(2018, 11, 10),
            "53",
            "does the Senate",
        ),
        # sample Q114, NONSENSE: 'In how many deaths did a U.S. diplomatic facility in
        # Benghazi result?' of 'the attacks on a U.S. diplomatic facility ... that resulted'
        (
            "Also in the debate, Smith criticized the State Department’s response to the "
            "attacks on a U.S. consulate in Karachi that resulted in six deaths, including that "
            "of the consul.",
            date(2016, 1, 15),
            "six",
            "did a U.S. consulate",
        ),
    ],
)
def test_which_or_that_after_a_noun_s_phrase_asks_neither_noun(
    nlp, text: str, published: date, answer: str, misread: str
) -> None:
    """', which' or 'that' after 'a noun in (noun)' may tell of either noun: the fact is
    asked as the sentence tells it, not of the nearer noun."""
    facts = facts_of_kind(nlp, text, "number", published, "News")
    assert [f.answer for f in facts] == [answer]
    assert all(misread not in f.question for f in facts)


def test_a_quote_leaning_on_the_agreement_makes_no_cloze(nlp) -> None:
    """'... then the agreement will be terminated' (sample Q114, NONSENSE): which agreement
    the card never says."""
    text = (
        "In a speech on Friday, President Donald Hart laid out an aggressive approach on Cuba "
        "and said he would not certify the trade accord.\n\nThe Republican president threw "
        "the issue to the U.S. Congress, which has 60 days to decide. He warned that if “we "
        "are not able to reach a solution working with Congress and our allies, then the "
        "agreement will be terminated.”"
    )
    facts = facts_of_kind(nlp, text, "quote_cloze", date(2017, 10, 16), "Ambassador speaks")
    assert facts == []


@pytest.mark.parametrize(
    ("question", "shaped"),
    [
        ("In what year did Wisconsin Democrats make a splash?", False),
        ("In what year did the senator make history?", False),
        ("In what year did Wisconsin Democrats unseat the governor?", True),
        ("In what year did the senator make history as the first woman in the post?", True),
    ],
)
def test_a_figure_of_speech_names_no_act(question: str, shaped: bool) -> None:
    """'In what year did Wisconsin Democrats make a splash?' (sample Q114, VAGUE)."""
    assert _misshapen("date", question, "2018") is not shaped


def test_a_correction_note_is_no_part_of_the_article(tmp_path) -> None:
    """'Corrections & Clarifications: An earlier version of the article said ...' made a
    card about 'the article' (sample Q114, NONSENSE)."""
    from tests.conftest import text_file_article

    body = (
        "Corrections & Clarifications: An earlier version of the article said that the "
        "Jan. 14 debate was the last one before the caucuses.\n\n"
        "Correction: This story has been updated to fix a name.\n\n"
        "Seven candidates met on Thursday for the sixth debate in Charleston."
    )
    article = text_file_article(tmp_path, body, "2016-01-15")
    assert article.text == "Seven candidates met on Thursday for the sixth debate in Charleston."


def test_a_first_line_with_the_headline_after_a_caption_s_bar_is_dropped(tmp_path) -> None:
    """'... | Saul Loeb/AFP/Getty Images Government Shutdown <headline> <summary>': a credit
    was a person among a card's options (sample Q114, MIXED)."""
    from trainer.articles import read_article

    story = tmp_path / "story.txt"
    story.write_text(
        '---\ntitle: "Mayor\'s threats fail to end the budget standoff"\n'
        "published: 2018-12-28\n---\n"
        "Mayor Jane Roe has threatened to close the city parks before. | Jon Doe/AFP/Getty "
        "Images Budget Mayor's threats fail to end the budget standoff The mayor is venting "
        "in public.\n\nMayor Jane Roe is venting in public about the council's refusal to fund "
        "a new stadium."
    )
    article = read_article(story)
    assert article.text.startswith("Mayor Jane Roe is venting in public")
    assert "Getty" not in article.text


def test_the_end_of_a_newspaper_s_name_names_no_paper(nlp) -> None:
    """'In what month did the Morning News urge readers to back Mrs. Clinton?' (sample Q112,
    NONSENSE): the card never says it is the Dallas Morning News."""
    text = (
        "The Houston Daily Chronicle endorsed Hillary Clinton on Friday, its first Democratic "
        "pick in decades.\n\nIn September, the Daily Chronicle urged readers to back Mrs. "
        "Clinton over Donald Trump."
    )
    questions = [
        f.question
        for f in facts_of_kind(nlp, text, "date", date(2016, 10, 12), "Papers back Clinton")
    ]
    assert any("the Houston Daily Chronicle" in q for q in questions)
    assert not [q for q in questions if "the Daily Chronicle" in q]


def test_a_post_held_in_someone_s_service_needs_whose(nlp) -> None:
    """'As of May 2016, who was Ben Rhodes? -> a top adviser' (sample Q115, VAGUE): an
    adviser of whom?"""
    text = (
        "The House committee hearing was called to examine the plan, after top adviser Paul "
        "Keller was featured in a magazine profile. Chairman Jason Hart had called Keller to "
        "testify."
    )
    facts = facts_of_kind(nlp, text, "role", date(2016, 5, 17), "Panel grills aide")
    assert not [f.answer for f in facts if "adviser" in f.answer]


def test_two_quoted_pieces_with_the_writer_s_words_between_are_not_run_together(nlp) -> None:
    """'There's "no such thing as ...," he said, and insinuating otherwise is "not in keeping
    ..."' was quoted as one sentence joined by a comma (sample Q115, UNGRAM)."""
    text = (
        'Secretary of State Mary Pate said Smith\'s campaign "misrepresents state election law." '
        'There\'s "no such thing as an election violation related to frequency of voting," she '
        'said, and insinuating otherwise is "not in keeping in the spirit of the caucuses."'
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2016, 2, 2), "Caucus rules")
    pieces = [f.question for f in facts if "frequency of voting" in f.question]
    assert pieces
    assert not [q for q in pieces if "frequency of voting, not in keeping" in q]


@pytest.mark.parametrize(
    ("text", "kind", "published", "misread"),
    [
        # sample Q111, VAGUE: 'In what month did Senate Republicans send a letter to EPA
        # Administrator Scott Pruitt?': the letter's 'asking ...' was cut
        (
            "On Tuesday, House Democrats sent a letter to Commerce Secretary Jane Roe asking "
            "her to delay the rule, and the agency agreed.",
            "date",
            date(2018, 1, 25),
            "letter",
        ),
        # sample Q111, UNGRAM: 'How long did Michael Flynn wear?' of 'the uniform Flynn wore
        # for three decades', a relative clause the parser read as what was said
        (
            "Justice Department drops case against Michael Doyle.\n\nMichael Doyle pleaded "
            "guilty in 2017 to lying to the FBI.\n\nDuring a sentencing hearing in 2018, a "
            "federal judge castigated Doyle for disgracing the uniform Doyle wore for three "
            "decades.",
            "number",
            date(2019, 5, 5),
            "wear?",
        ),
        # sample Q113, UNGRAM: 'How much did Jeffrey Epstein put over in assets ...?', the
        # amount's 'over' read as a particle
        (
            "It was revealed that Hart signed a will just two days before his death, putting "
            "over $300m in assets into a trust fund.",
            "number",
            date(2019, 8, 20),
            "put over",
        ),
        # sample Q115, UNGRAM: 'the Trump administration bar nearly all refugees ...' of
        # '... will be able to bar citizens ... for 90 days, and bar nearly all refugees ...'
        (
            "Due to the court's ruling, the Hart administration will be able to bar citizens of "
            "six countries from entering the country for a period of 90 days, and bar nearly "
            "all refugees from entering for a period of 120 days.",
            "number",
            date(2017, 6, 27),
            "administration bar",
        ),
    ],
)
def test_a_question_that_misreads_its_sentence_is_not_made(
    nlp, text: str, kind: str, published: date, misread: str
) -> None:
    """What a cut or a misparse would make of the sentence is never asked."""
    facts = facts_of_kind(nlp, text, kind, published, "News")
    assert not [f.question for f in facts if misread in f.question]


@pytest.mark.parametrize(
    ("kind", "question", "evidence", "shaped"),
    [
        # sample Q116, UNGRAM: the source wrote a clause twice
        (
            "number",
            "Hart was wrongly describing his 10% levy Hart was wrongly describing his 10% levy "
            "on _____ worth of imports.",
            "Hart was wrongly describing his 10% levy Hart was wrongly describing his 10% levy "
            "on $50 billion worth of imports.",
            False,
        ),
        # sample Q116, VAGUE: a talk with the press, with nothing of what was said
        (
            "date",
            "On what date did Jane Roe speak with reporters at City Hall?",
            "Speaking with reporters at City Hall on Friday, Roe praised the chief.",
            False,
        ),
        (
            "date",
            "On what date did Jane Roe speak with reporters about the budget?",
            "Roe spoke with reporters about the budget on Friday.",
            True,
        ),
        # sample Q116, UNGRAM: a cut left ', a plan.' of '..., a plan, she said, that ...'
        (
            "date",
            "Roe's pitch aimed to contrast with the agenda unveiled in Ohio on _____ by Hart, "
            "a plan.",
            "Roe's pitch aimed to contrast with the agenda unveiled in Ohio on Monday by Hart, "
            'a plan, she said, that "would give trillions in tax cuts."',
            False,
        ),
        (
            "date",
            "The council met on _____ to approve the budget, a plan.",
            "The council met on Monday to approve the budget, a plan.",
            True,
        ),
    ],
)
def test_a_source_s_slip_or_a_talk_of_nothing_is_not_asked(
    kind: str, question: str, evidence: str, shaped: bool
) -> None:
    assert _misshapen(kind, question, evidence=evidence) is not shaped


def test_last_year_s_is_written_as_the_year_s(nlp) -> None:
    """'a measure that eventually become in 2017’s _____ tax cut' of 'last year’s $1.5
    trillion tax cut' (sample Q117, UNGRAM): a possessive period takes no 'in'."""
    text = (
        "GOP officials have long acknowledged that they couldn’t pack all of their priorities "
        "into a measure that eventually became last year’s $1.5 trillion tax cut, because no "
        "Democrats supported the bill."
    )
    facts = facts_of_kind(nlp, text, "number", date(2018, 9, 10), "Tax fight")
    assert [f.question for f in facts if "2017’s _____ tax cut" in f.question]
    assert not [f.question for f in facts if "in 2017’s" in f.question]


def test_a_date_cut_before_that_leaves_no_comma(nlp) -> None:
    """'On what date did the Democratic National Committee announce, that Russia had hacked
    its computer network?' (sample Q117, UNGRAM) of 'announced on June 14, 2016, that ...'."""
    text = (
        "Acme then sought funds from the party. After the RNC announced on May 3, 2016, that "
        "China had hacked its email server, Acme hired Mr. Doe to look into it."
    )
    questions = [f.question for f in facts_of_kind(nlp, text, "date", date(2017, 10, 28), "X")]
    assert [q for q in questions if "announce that China" in q]
    assert not [q for q in questions if "announce, that" in q]


@pytest.mark.parametrize(
    ("kind", "question", "shaped"),
    [
        # sample Q117, UNGRAM: 'in 2009 and ’10', its second year left in the question
        (
            "date",
            "In what year did the president send 20,000 more troops to the region and ’10 to "
            "its most dangerous parts?",
            False,
        ),
        ("date", "In what year did the president send 20,000 more troops to the region?", True),
        # sample Q117, UNGRAM: the source's 'Tuesday’s Georgia’s special election'
        (
            "date",
            "The party is bracing for a loss in Tuesday’s Ohio’s special election, a test of its "
            "fortunes in _____.",
            False,
        ),
        # sample Q117, VAGUE: a quotation too short to say what it is about
        ("number", "“We don’t have _____,” Jane Roe said.", False),
        ("number", "“We don’t have _____ to fix the bridges of this county,” Jane Roe said.", True),
    ],
)
def test_half_a_span_a_doubled_possessive_or_a_short_quote_is_not_asked(
    kind: str, question: str, shaped: bool
) -> None:
    assert _misshapen(kind, question) is not shaped
