"""Faults of the twentieth round (issue 10), from sample Q22 and the pages whose headline no
card asked (samples Q16 to Q22): the lead's act asked of the person the article is about,
in more of its shapes, and cards that lost what made them mean something. Each test fails
without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of, facts_of_kind

pytestmark = pytest.mark.slow

JAN15 = date(2008, 1, 15)
TAIL = (
    "\n\nThe decision surprised many in the sport, officials said. Mary Major and John Doe "
    "spoke to reporters in Auckland."
)


def _asked(nlp, lead: str, published: date | None = JAN15) -> list[tuple[str, str]]:
    return [
        (f.question, f.answer)
        for f in facts_of_kind(nlp, lead + TAIL, "who_did", published, title="")
    ]


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        # a verb of leaving with nothing after it is asked with the post before the name
        (
            "Under-siege Kiwis coach Gary Kemble has resigned, saying the game came first.",
            [("As of January 2008, who has resigned as Kiwis coach?", "Gary Kemble")],
        ),
        # 'had been charged Saturday' is an act of the article's days: 'was charged'
        (
            "Gary Michael Hilton, 61, had been charged Saturday with kidnapping with intent of "
            "bodily injury.",
            [
                (
                    "Who was charged with kidnapping with intent of bodily injury in January 2008?",
                    "Gary Michael Hilton",
                )
            ],
        ),
        # a post the words name, after 'as'
        (
            "Kent Austin resigned as head coach of the Saskatchewan Roughriders on Wednesday.",
            [
                (
                    "Who resigned as head coach of the Saskatchewan Roughriders in January 2008?",
                    "Kent Austin",
                )
            ],
        ),
        # what went with the act ('with sources saying ...') is no part of it
        (
            "Senior BJP leader LK Advani skipped the Core Group meeting at the party "
            "headquarters in New Delhi on Tuesday with sources saying that he is extremely upset "
            "with his colleagues for not acting against Gadkari.",
            [
                (
                    "Who skipped the Core Group meeting at the party headquarters in New Delhi in "
                    "January 2008?",
                    "LK Advani",
                )
            ],
        ),
        # one of a pair, whatever the parse kept of the subject
        ("Christina Aguilera both gave birth to healthy babies on Saturday in L.A.", []),
        # no time: who else sought a meeting with him, and when? (sample Q22, VAGUE)
        ("Maimane Phiri sought a meeting with coach Gavin Hunt over his future.", []),
        # a place does not make 'a goal' one goal
        ("Striker Jane Roe scored a goal on Tuesday in Leeds.", []),
    ],
)
def test_the_lead_s_act_of_the_person_the_article_is_about(nlp, lead, asked) -> None:
    assert _asked(nlp, lead) == asked


def test_a_body_named_in_the_plural_is_asked_in_the_singular(nlp) -> None:
    """'who have rejected a bid' (sample Q21) is 'who has rejected a bid'."""
    lead = "Watford have rejected a bid of £4million from Fulham for striker Marlon King."
    assert _asked(nlp, lead) == [
        (
            "As of January 2008, who has rejected a bid of £4million from Fulham for striker "
            "Marlon King?",
            "Watford",
        )
    ]


def test_a_lone_surname_is_no_doer_to_ask(nlp) -> None:
    """'Taylor' among full names gives itself away as the odd one (MIXED)."""
    lead = (
        "Taylor chided the Steelers for their substandard grass field on Tuesday.\n\n"
        "Taylor has run for 1,202 yards. Taylor said the field was bad."
    )
    assert _asked(nlp, lead) == []


def test_a_comma_an_aside_left_is_cut(nlp) -> None:
    """'When did Mauritania, hold ...?' (sample Q22, UNGRAM); an appositive's closing comma
    stays."""
    text = (
        "Mauritania, which has a history of coups but has not attracted terror cells, last "
        "year held its first free and fair election since its 1960 independence from France."
    )
    questions = card_questions(nlp, text, JAN15, "date")
    assert questions == [
        "When did Mauritania hold its first free and fair election since its 1960 "
        "independence from France?"
    ]
    text = (
        "The first American woman to go into space, Sally Ride, died on Monday after a "
        "17-month battle against pancreatic cancer."
    )
    questions = card_questions(nlp, text, date(2012, 7, 24), "date")
    assert questions == [
        "On what date did the first American woman to go into space, Sally Ride, die after "
        "a 17-month battle against pancreatic cancer?"
    ]


def test_the_last_year_or_two_is_no_date(nlp) -> None:
    """'probably the in _____ or two' (sample Q22): a stretch of time up to now."""
    text = (
        '"We have been doing well, probably the last year or two, with the young players '
        'stepping up," Nicole Pratt said.'
    )
    assert card_questions(nlp, text, JAN15, "date") == []
    text = text.replace("probably the last year or two", "since last year")
    assert card_answers(nlp, text, JAN15, "date") == ["2007"]


def test_a_name_cut_inside_its_brackets_is_no_answer(nlp) -> None:
    """'with _____) and Alicia' -> 'Sam (Stosur' (sample Q22, UNGRAM)."""
    text = (
        "\"I think we've been doing well, probably for years, with Sam (Stosur) and Alicia "
        'Molik stepping up in Melbourne," Nicole Pratt said.'
    )
    answers = [c.answer for c in cards_of(nlp, text, JAN15)]
    assert answers and not any(a.count("(") != a.count(")") for a in answers)


BLOOD = (
    "Six British civilians as well as 18 soldiers working in Afghanistan or Iraq may have been "
    "exposed to contaminated blood provided by the US military.\n\n"
    "The British soldiers, who were seriously wounded, are now undergoing tests after it "
    "emerged that the Americans did not follow their own procedures.\n\n"
    "The Health Protection Agency said the GPs of all six affected civilians had been "
    "informed. Those affected are being offered testing and counselling.\n\n"
    'An HPA spokeswoman said: "The Health Protection Agency is aware that a small number of '
    "British individuals may have received a transfusion of unscreened blood as a result of "
    'life-threatening injuries received in Afghanistan or Iraq."'
)


def test_initials_in_the_question_give_the_name_away(nlp) -> None:
    """'A HPA spokeswoman said: "_____ is aware ..."' -> The Health Protection Agency
    (sample Q22, GIVEAWAY)."""
    assert card_answers(nlp, BLOOD, JAN15, "quote_cloze") == []


def test_what_they_were_exposed_to_stays(nlp) -> None:
    """'to contaminated blood' parsed as an infinitive was cut as a trailing clause: 'may
    have been exposed.' (sample Q22, NONSENSE)."""
    questions = card_questions(nlp, BLOOD, JAN15, "number")
    assert questions and all("exposed to contaminated blood" in q for q in questions)


def test_a_sentence_that_tells_after_its_colon_makes_no_card(nlp) -> None:
    """'... to tell the world in powerful, stark language:' (sample Q22, UNGRAM): what he
    told comes after the colon."""
    text = (
        "And on Monday, former Vice President Al Gore used the occasion of his 2007 Nobel "
        "Peace Prize lecture in Oslo to tell the world in powerful, stark language:"
    )
    assert cards_of(nlp, text, date(2007, 12, 12)) == ()
    told = text[:-1] + ". The lecture lasted 45 minutes."
    assert [c.kind for c in cards_of(nlp, told, date(2007, 12, 12))]


def test_a_quote_about_this_one_is_passing(nlp) -> None:
    """'Speaking of the meeting in Bali, Mr. Pachauri said that "hopes are alive that ...
    this one will provide some positive results"' (sample Q22, NONSENSE): which one?"""
    text = (
        "Rajendra Pachauri, who heads the Intergovernmental Panel on Climate Change, spoke in "
        "Oslo on Monday. Pachauri thanked the committee.\n\n"
        "Speaking of the meeting in Bali, Rajendra Pachauri said that \u201chopes are alive "
        "that unlike the sterile outcome of previous sessions, this one will provide some "
        "positive results.\u201d"
    )
    facts = facts_of_kind(nlp, text, "who_said", JAN15, title="")
    assert [f.passing for f in facts] == [True]
    named = text.replace("this one will", "the Bali meeting will")
    assert [f.passing for f in facts_of_kind(nlp, named, "who_said", JAN15, title="")] == [False]


def test_the_pair_leans_on_the_story(nlp) -> None:
    """'The pair were reported to have stayed at the K West Hotel ... on _____ night'
    (sample Q22, NONSENSE): which pair, the article said before."""
    text = (
        "The pair were reported to have stayed at the K West Hotel in London together on "
        "Friday night after a recording session."
    )
    assert [c.kind for c in cards_of(nlp, text, date(2008, 1, 20)) if c.kind == "date"] == []
    named = text.replace("The pair were", "Mark Ronson and Amy Winehouse were")
    assert [c.kind for c in cards_of(nlp, named, date(2008, 1, 20)) if c.kind == "date"] == ["date"]


def test_the_day_a_source_spoke_is_no_date_to_ask(nlp) -> None:
    """'On what date was a statement released by Harvey Weinstein?' (sample Q22, VAGUE):
    the day of the statement an 'according to' cites, not what it told."""
    text = (
        "According to a statement released Thursday by Harvey Weinstein, the New York-based "
        "company had come to terms with the writers guilds on an interim deal."
    )
    assert card_questions(nlp, text, date(2008, 1, 11), "date") == []
    told = (
        "Harvey Weinstein released a statement on Thursday about the interim deal with the "
        "writers guilds."
    )
    assert [c.kind for c in cards_of(nlp, told, date(2008, 1, 11)) if c.kind == "date"] == ["date"]


def test_a_post_of_one_common_word_is_passing(nlp) -> None:
    """ "What was Gavin Hunt's position? -> coach" (samples Q12 and Q22, UNIMPORTANT): coach
    of whom?"""
    text = (
        "Maimane Phiri sought a meeting with coach Gavin Hunt on Friday. Gavin Hunt said the "
        "squad was too big. Hunt will name his team on Saturday, and Hunt wants two new "
        "strikers."
    )
    roles = facts_of_kind(nlp, text, "role", date(2007, 12, 20), title="")
    assert [(f.answer, f.passing or f.salience <= 0.1) for f in roles] == [("coach", True)]


def test_a_toll_that_says_of_nothing_makes_no_card(nlp) -> None:
    """'At least four Palestinians were killed, and medics said at least _____ were
    injured.' (sample Q21, NONSENSE): killed in what? The toll of a named event stays."""
    text = (
        "Deadly clashes erupted Monday between rival factions in the Gaza Strip.\n\n"
        "At least four Palestinians were killed, and medics said at least 60 were injured.\n\n"
        "In Khan Younis, three people were killed in a gunbattle between Hamas and Fatah "
        "supporters."
    )
    answers = card_answers(nlp, text, date(2008, 1, 1), "number")
    assert answers == ["three"]


GAMES = (
    "Charlotte, NC -- Charlotte, NC (Sports Network) - Jason Richardson scored 25 points to "
    "lead a balanced Bobcats attack and Charlotte beat the New Jersey Nets, 115-99.\n\n"
    "Cleveland, OH (Sports Network) - LeBron James scored 22 points and the Cavaliers won "
    "their fourth straight game, 95-79 over the Seattle SuperSonics.\n\n"
    "Daniel Gibson tallied 17 points and six rebounds for the Cavaliers, who beat Seattle for the second time "
    "this season. No player has recorded triple-doubles in three consecutive games since "
    "Grant Hill accomplished the feat with the Detroit Pistons in 1997."
)


def test_a_wire_s_dateline_and_a_game_no_card_names(nlp) -> None:
    """'Cleveland, OH (Sports Network) - LeBron James scored _____ points.' (sample Q23,
    UNGRAM): the wire's tag is the dateline's, a dateline printed twice goes twice, and a
    player's points keep the clause that gives the game's result."""
    cards = cards_of(nlp, GAMES, date(2008, 1, 7))
    assert not [c.question for c in cards if "Sports Network" in c.question or " NC " in c.question]
    numbers = facts_of_kind(nlp, GAMES, "number", date(2008, 1, 7), title="")
    lebron = [f for f in numbers if f.question.startswith("LeBron James scored")]
    assert lebron and all("95-79" in f.question and not f.passing for f in lebron)
    assert not [c.question for c in cards if "the feat" in c.question]  # which feat? (Q23)


@pytest.mark.parametrize(
    ("text", "published", "left"),
    [
        (
            "Visakhapatnam, Jan 7 - By 2010 India will have an indigenous ballistic missile "
            "defence system, a top defence official said on Monday.",
            date(2008, 1, 8),
            "Visakhapatnam",
        ),
        # 'On what date did the second Test end here?' (sample Q23, NONSENSE): where?
        (
            "India won the second Test here on Sunday by 120 runs against Australia.",
            date(2008, 1, 8),
            " here",
        ),
        # '_____, 2012 - BMW will present a new special edition ...' (sample Q25, UNGRAM)
        (
            "More news:\n\nOctober 25, 2012 - BMW will present a new special edition of the K "
            "1300 S at the 2012 EICMA show in Milan, Italy.\n\nBMW launched the K100 in 1983.",
            date(2012, 10, 26),
            "2012 -",
        ),
    ],
)
def test_a_dateline_and_its_here_are_cut(nlp, text: str, published: date, left: str) -> None:
    """A dateline with its day or its year, and the 'here' of its place, leave the question."""
    questions = [c.question for c in cards_of(nlp, text, published)]
    assert questions and not [q for q in questions if left in q]


def test_the_date_of_the_event_since_names_is_not_the_verb_s(nlp) -> None:
    """'In what year was the highest-ranking Taliban commander killed since the U.S.-led
    invasion of Afghanistan?' -> 2001 (sample Q23, WRONG): the blank keeps the phrase."""
    text = (
        "Mullah Dadullah was the highest-ranking Taliban commander killed since the U.S.-led "
        "invasion of Afghanistan in 2001."
    )
    cards = [c for c in cards_of(nlp, text, date(2007, 12, 21)) if c.kind == "date"]
    assert [(c.question, c.answer) for c in cards] == [
        (
            "Mullah Dadullah was the highest-ranking Taliban commander killed since the U.S.-led "
            "invasion of Afghanistan in _____.",
            "2001",
        )
    ]


def test_a_unique_initiative_says_not_which(nlp) -> None:
    """'Who launched a unique initiative of Bharat Sanchar Nigam Limited in January 2008?'
    (sample Q23, VAGUE): an article, praise and an owner say nothing of what it is."""
    lead = (
        "Communications Minister A. Raja on Monday launched a unique initiative of Bharat "
        "Sanchar Nigam Limited."
    )
    assert _asked(nlp, lead) == []
    told = lead.replace("a unique initiative of", "a free accident insurance scheme for")
    assert [a for _, a in _asked(nlp, told)] == ["A. Raja"]


def test_a_question_that_ends_where_its_cut_was_makes_no_card(nlp) -> None:
    """'... will not be handed to a Venezuelan chopper team until at least?' (sample Q23);
    'a prison in San'a?' ends on a name."""
    from trainer.pipeline import CUT_HALFWAY

    assert CUT_HALFWAY.search("How many hostages will be freed until at least?")
    assert not CUT_HALFWAY.search("When did militants break out of a prison in San'a?")
    text = "In February 2006, 23 al-Qaida militants broke out of a prison in San'a."
    assert "date" in [c.kind for c in cards_of(nlp, text, date(2008, 1, 15))]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Article Launched: 12/30/2007 01:50:35 AM PST", date(2007, 12, 30)),  # sample Q23
        ("Last Updated: <span>2:56am GMT</span>&nbsp;29/12/2007", date(2007, 12, 29)),
        ("Published on 14/01/2008", date(2008, 1, 14)),
        ("01/02/2008", None),  # January 2 or February 1?
    ],
)
def test_a_date_line_written_with_slashes(line: str, day: date | None) -> None:
    from trainer.articles import article_from_html

    page = (
        "<html><head><title>One NATO soldier killed</title></head><body>"
        "<div class='banner'>Wed 16 Jan 2008</div><h1>One NATO soldier killed</h1>"
        f"<div class='articleDate'>{line}</div>"
        f"<p>{STORY_OPENING}</p><p>{STORY_NEXT}</p></body></html>"
    )
    published = article_from_html(page, "t.html").published
    assert published == (day or date(2008, 1, 16))


STORY_OPENING = (
    "A roadside bomb killed a NATO soldier in eastern Afghanistan, the alliance said, as "
    "Taliban militants fired rockets at a base near the border with Pakistan."
)
STORY_NEXT = (
    "The soldier's nationality was not released. Most troops in the region are American, and "
    "the alliance said two more soldiers were wounded in the attack near Khost."
)


def test_a_verb_ending_in_e_keeps_it(nlp) -> None:
    """'After how many minutes did Claude Davis lop off?' (sample Q24, UNGRAM): spaCy reads
    'loped' as 'lop' + 'ed'; 'lop' would be 'lopped'."""
    from trainer.extract.verbs import bare_form

    forms = {}
    for sentence in ("He loped off.", "She taped it.", "He fixed it.", "They stopped it."):
        verb = next(t for t in nlp(sentence) if t.pos_ == "VERB")
        forms[verb.text] = bare_form(verb)
    assert forms == {"loped": "lope", "taped": "tape", "fixed": "fix", "stopped": "stop"}


def test_a_place_before_a_noun_is_not_written_out(nlp) -> None:
    """'353mm of rain fell at Proserpine Hospital airport' (sample Q24, WRONG): the
    'Proserpine' of 'Proserpine airport' is no short form of 'Proserpine Hospital'."""
    text = (
        "A woman in labour was flown from Bowen Hospital to Proserpine Hospital on Sunday.\n\n"
        "In the 24 hours to 9am on Monday, 353mm of rain fell at Proserpine airport."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2008, 1, 14))]
    assert [q for q in questions if "Proserpine airport" in q]
    assert not [q for q in questions if "Proserpine Hospital airport" in q]


def test_a_quote_blank_about_someone_unnamed_is_passing(nlp) -> None:
    """'John Hall said: "Normally, she would be taken by road ambulance to _____"' (sample
    Q24, NONSENSE): who is she?"""
    text = (
        "A woman in labour was flown from Bowen on Sunday, John Hall of the ambulance service "
        "said. John Hall said roads were cut.\n\n"
        '"Normally, she would be taken by road to the Mater Hospital in Townsville," John Hall '
        "said."
    )
    facts = facts_of_kind(nlp, text, "quote_cloze", date(2008, 1, 14), title="")
    assert [(f.answer, f.passing) for f in facts] == [("Townsville", True)]


def test_a_span_from_now_is_no_number_to_ask(nlp) -> None:
    """'South's tour of America will kick off in _____ time' -> three days (sample Q24):
    three days from when?"""
    text = (
        "South Sydney's tour of America will kick off in three days time, as part of the "
        "G'day USA Australia week."
    )
    assert card_answers(nlp, text, date(2008, 1, 14), "number") == []
    told = text.replace("in three days time", "on Thursday with three games")
    assert card_answers(nlp, told, date(2008, 1, 14), "number")


def test_comrade_is_no_part_of_a_post(nlp) -> None:
    """'What was Hu Jintao's position? -> comrade General Secretary' (sample Q25, WRONG)."""
    text = (
        "The report praised comrade General Secretary Hu Jintao for his leadership. Hu Jintao "
        "will step down this month. Hu said the party must fight corruption."
    )
    answers = card_answers(nlp, text, date(2012, 10, 26), "role")
    assert answers == ["General Secretary"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # whose decision? (sample Q26, NONSENSE)
        (
            "Thursday's decision overturned the previous state Superior Court ruling in San "
            "Diego, which had found Amazon to be a service provider.",
            "place",
        ),
        # monumental for what? (sample Q26, VAGUE)
        (
            "Wednesday is a monumental day for the New York City Housing Authority and "
            "residents at the Nostrand Houses in Sheepshead Bay, Brooklyn.",
            "date",
        ),
        # which museum? (sample Q26, NONSENSE)
        (
            "The museum is receiving help in the form of 15 million euros from LVMH, the luxury "
            "conglomerate led by French billionaire Bernard Arnault.",
            "number",
        ),
    ],
)
def test_a_sentence_that_leans_on_what_the_article_named(nlp, text: str, kind: str) -> None:
    assert [c.question for c in cards_of(nlp, text, date(2023, 11, 9)) if c.kind == kind] == []


def test_a_quote_that_answers_yes_or_no_is_passing(nlp) -> None:
    """'No, not really. Because all we can do ...' (sample Q26, NONSENSE): answers what?"""
    text = (
        "Bernice Scott, who leads the Reckoning Crew, spoke in Columbia on Monday. Bernice "
        "Scott has campaigned for Joe Biden since 2019.\n\n"
        '"No, not really. Because all we can do as the Reckoning Crew is take the message to '
        'the people," Bernice Scott said.'
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2023, 11, 9), title="")
    assert [f.passing for f in facts] == [True]
    told = text.replace("No, not really. Because all", "All")
    assert [
        f.passing for f in facts_of_kind(nlp, told, "who_said", date(2023, 11, 9), title="")
    ] == [False]


def test_a_post_of_one_word_is_passing(nlp) -> None:
    """ "What was Raquel Montoya-Lewis' position? -> Judge" (sample Q26, WRONG): judge of what?"""
    text = (
        "Judge Raquel Montoya-Lewis was sworn in on Monday. Raquel Montoya-Lewis thanked her "
        "family, and Montoya-Lewis said she would serve with care. Montoya-Lewis is 51."
    )
    roles = facts_of_kind(nlp, text, "role", date(2020, 1, 7), title="")
    assert roles and all(f.passing or f.salience <= 0.1 for f in roles if f.answer == "Judge")


def test_a_day_after_to_be_is_the_act_s(nlp) -> None:
    """'hired Martz to be his offensive coordinator Tuesday': the hiring's day, not a day
    described (the rule of sample Q26's 'Wednesday is a monumental day')."""
    text = (
        "Mike Nolan believes every word of Mike Martz. Nolan hired Martz to be his offensive "
        "coordinator Tuesday, tasking one of the NFL's most innovative minds with fixing the "
        "league's worst offense."
    )
    answers = card_answers(nlp, text, date(2008, 1, 9), "date")
    assert answers == ["Tuesday, Jan. 8, 2008"]


def test_a_level_s_number_is_no_count(nlp) -> None:
    """'how many restrictions is utterly disproportionate ...? 3' of 'level 3 restrictions'
    (sample Q27, WRONG); an acronym post keeps its capitals ('cEO' was its role card)."""
    text = (
        "CEO Adrian Cummins added: \u201cPutting Ireland's entire restaurant industry on level 3 "
        "restrictions is utterly disproportionate, devastating for workers and owners.\u201d"
    )
    cards = cards_of(nlp, text, date(2020, 10, 7))
    assert [c.answer for c in cards if c.kind in ("number", "quote_cloze")] == []
    assert [c.answer for c in cards if c.kind == "role"] == ["CEO"]
    counted = text.replace("on level 3 restrictions", "under 3 new restrictions")
    assert [
        c.answer for c in cards_of(nlp, counted, date(2020, 10, 7)) if c.kind == "quote_cloze"
    ] == ["3"]
