"""Who said what (issue 13): sentence -> (quote fragment, speaker) for every attribution
pattern, invented sentences and real ones from ../shared/corpus, and the cases that must
make no card (precision first)."""

from __future__ import annotations

import pytest

from trainer.language.quotation import later_parts, shorten
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions import quote_cloze, who_said

SCHOOLS = "The schools will reopen before the end of the winter term"
RULING = "We are disappointed by the ruling and will appeal it in the coming weeks"
TEACHERS = "The teachers are ready and the buildings have been checked twice by engineers."

# (text, [(fragment of the question, speaker, answer sort)])
PATTERNS = [
    # -- attribution forms ------------------------------------------------------------
    (f'Jane Roe told reporters: "{SCHOOLS}."', [(SCHOOLS, "Jane Roe", "person")]),
    (f'"{SCHOOLS}," Jane Roe told CNN.', [(SCHOOLS, "Jane Roe", "person")]),
    (f'According to Jane Roe, "{SCHOOLS.lower()}."', [(SCHOOLS.lower(), "Jane Roe", "person")]),
    (
        f'Jane Roe wrote on Twitter that "{SCHOOLS.lower()}."',
        [(f'on Twitter that "{SCHOOLS.lower()}', "Jane Roe", "person")],
    ),
    (f'"{SCHOOLS}," Jane Roe added.', [(SCHOOLS, "Jane Roe", "person")]),
    (
        f'Jane Roe won the vote. "{SCHOOLS}," Roe, 68, said.',
        [(SCHOOLS, "Jane Roe", "person")],
    ),
    (
        f'"{SCHOOLS}," said John Doe, a spokesman for the city council.',
        [(SCHOOLS, "John Doe", "person")],
    ),
    (
        f'Jane Roe said Tuesday in a briefing: "{SCHOOLS}."',
        [(SCHOOLS, "Jane Roe", "person")],
    ),
    # a colon introduction with no verb
    (f'Jane Roe: "{SCHOOLS}."', [(SCHOOLS, "Jane Roe", "person")]),
    # a quote split by its attribution
    (
        f'"The schools will reopen," Jane Roe said. "{TEACHERS}"',
        [(f"The schools will reopen. {TEACHERS[:-1]}", "Jane Roe", "person")],
    ),
    # a name in apposition to a post, tagged as an organisation by the model
    (
        f'"{SCHOOLS}," Sweden\'s deputy director of public prosecutions, Eva-Marie Persson, said.',
        [(SCHOOLS, "Eva-Marie Persson", "person")],
    ),
    # "made clear" credits the person of that clause
    (
        "The talks ended on Monday, with Ash Carter making clear that "
        '"the United States will not send ground troops into the region."',
        [('that "the United States will not send ground troops', "Ash Carter", "person")],
    ),
    # a show's title in quotation marks is nobody's words and joins no quote
    (
        '"This is a stock that until this year had been getting clobbered by everyone," Matt '
        'Maley said on CNBC\'s "Trading Nation" on Monday. "Investors watched it fall."',
        [
            (
                "getting clobbered by everyone. Investors watched it fall",
                "Matt Maley",
                "person",
            )
        ],
    ),
    # -- partial quotes inside reported speech -----------------------------------------
    (
        'Jane Roe said the Acme plan would "open a new chapter for the whole region and its '
        'people."',
        [('the Acme plan would "open a new chapter', "Jane Roe", "person")],
    ),
    # 'the plan' alone is one the article told of before: which? (sample Q52's 'the group')
    ('Jane Roe said the plan would "open a new chapter for the whole region and its people."', []),
    (
        'Jane Roe directed her staff to "review every contract signed since the start of the year."',
        [('to "review every contract', "Jane Roe", "person")],
    ),
    # -- continuation paragraphs ---------------------------------------------------------
    (
        f'"{SCHOOLS}," Jane Roe said.\n\n"{TEACHERS}"',
        [(SCHOOLS, "Jane Roe", "person"), (TEACHERS[:-1], "Jane Roe", "person")],
    ),
    # ...after a paraphrase attributed to her
    (
        f'Jane Roe, the city\'s mayor, said the schools would reopen soon.\n\n"{TEACHERS}"',
        [(TEACHERS[:-1], "Jane Roe", "person")],
    ),
    # ...a multi-paragraph quote: the first paragraph has no closing mark
    (
        f'"{SCHOOLS}," Jane Roe said. "The teachers are ready.\n\n"The buildings are safe too."',
        # ...and the next paragraph, a quotation only, goes on with her words
        [(SCHOOLS, "Jane Roe", "person"), ("The buildings are safe too", "Jane Roe", "person")],
    ),
    # ...but not after someone else is named
    (
        f'"{SCHOOLS}," Jane Roe said.\n\nJohn Doe disagreed with her.\n\n"{TEACHERS}"',
        [(SCHOOLS, "Jane Roe", "person")],
    ),
    # -- organisations -------------------------------------------------------------------
    (
        'The Defense Ministry said in a statement: "All targets were destroyed by precision '
        'strikes overnight."',
        [("All targets were destroyed", "the Defense Ministry", "organisation")],
    ),
    (f'"{RULING}," Google said.', [(RULING, "Google", "organisation")]),
    (
        f'Google lost the case on Monday. "{RULING}," the company said on its website.',
        [(RULING, "Google", "organisation")],
    ),
    (
        'The Defense Ministry confirmed the strikes. "All targets were destroyed by precision '
        'strikes overnight," the ministry said.',
        [("All targets were destroyed", "the Defense Ministry", "organisation")],
    ),
    # -- surname-only speakers (an excerpt: no full name anywhere) -------------------------
    (f'"{RULING}," Stern said.', [(RULING, "Stern", "person")]),
    (f'"{RULING}," Mr. Lee said.', [(RULING, "Mr. Lee", "person")]),
    # -- he / she --------------------------------------------------------------------------
    # the one person who spoke just before, with or without quotation marks
    (
        f'Jennifer Williams said the phone call was unusual.\n\n"{RULING}," she said.',
        [(RULING, "Jennifer Williams", "person")],
    ),
    # whom the last speaker told is no new person for "he"
    (
        'Tim Cook met Marc Benioff. "We took that challenge to heart and we will keep at it," '
        'Cook told Benioff.\n\n"We will keep at it for years and years to come," he said.',
        [
            ("We took that challenge to heart", "Tim Cook", "person"),
            ("We will keep at it for years", "Tim Cook", "person"),
        ],
    ),
    # ...but a pronoun is never the person named as the one spoken to
    (
        'Tim Cook met Marc Benioff. "We took that challenge to heart and we will keep at it," '
        'Cook said.\n\n"I run my business on my phone and have for many years," he told Cook.',
        [("We took that challenge to heart", "Tim Cook", "person")],
    ),
    # "they said": the one organisation of the sentence before
    (
        "Universal Music Group has twice denied doing anything wrong.\n\n"
        '"At no point did we say she could not perform at the awards," they said in a statement.',
        [("At no point did we say", "Universal Music Group", "organisation")],
    ),
    # a body's report speaks for the body
    (
        '"The market is largely factoring in a reasonable recovery in the economy," said a '
        "report from Kotak Institutional Equities.",
        [("The market is largely factoring", "Kotak Institutional Equities", "organisation")],
    ),
    # "the doctor" points back to the unnamed source introduced before
    (
        "A doctor on the scene told reporters that he tried to save one of the wounded.\n\n"
        '"It\'s a shame to see a comrade die in this way, because he died in my hands," the '
        "doctor said.",
        [("It's a shame to see a comrade die", "a doctor on the scene", "source")],
    ),
    # "he says" after someone the article does not name ("Early says"): not Buser
    (
        '"The groundwork is there and it works," Jack Buser says.\n\nEarly says there is a '
        'possibility of more games. "Our objective is to make the best game we can," he says.',
        [("The groundwork is there", "Jack Buser", "person")],
    ),
    # "pointed out" reports speech too
    (
        "Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a "
        'stock-specific market.\n\n"It is a stock-specific market so not expecting a '
        'broad-based rally," he said.',
        [("It is a stock-specific market", "Pankaj Pandey", "person")],
    ),
    # "That being said" is no attribution: the quote is his
    (
        'Owen Dempsey is a doctor. "We ask about everything in the home," Dempsey said.\n\n'
        "That being said, \"people with pillows and duvets containing feathers shouldn't panic "
        'or throw them out," he said.',
        [
            ("We ask about everything in the home", "Owen Dempsey", "person"),
            # a whole clause in lower case is shown as the sentence it is
            ("People with pillows and duvets", "Owen Dempsey", "person"),
        ],
    ),
    # -- real sentences from the corpus ----------------------------------------------------
    (  # 03: "He added:" after a quote attributed by surname
        "Sean Robertson is a commander.\n\n"
        "“Rukban is another example of the regime’s consistent practice,” Robertson said.\n\n"
        "He added: “The refugees must not be forced to make decisions under threat of "
        "starvation or severe deprivation.”",
        [
            ("Rukban is another example", "Sean Robertson", "person"),
            ("The refugees must not be forced", "Sean Robertson", "person"),
        ],
    ),
    (  # 17: a continuation paragraph after "Ms Persson said:" that opens "Her statements":
        # whose statements, the card could not say
        'Ms Persson said: "I would like to emphasise that the injured party has submitted a '
        'credible and reliable version of events.\n\n"Her statements have been coherent, '
        "extensive and detailed; however, my overall assessment is that the evidential "
        'situation has been weakened."',
        [("I would like to emphasise", "Ms Persson", "person")],
    ),
    (  # 18: the model parses the body and the person as two subjects: the person speaks
        "In a letter calling for the meeting, CPUC President Marybel Batjer said that "
        "“lack of service is not a mere inconvenience— it endangers lives.”",
        [("lack of service is not a mere inconvenience", "Marybel Batjer", "person")],
    ),
    (  # 14: the patient's words, continued in the next paragraph
        '"Two months after the onset of the symptoms, I was unable to stand," wrote '
        "43-year-old Martin Taylor of Aberdeen.\n\n"
        '"The steroids had a transformative effect within two days," Taylor wrote.\n\n'
        '"I have not had any dizzy turns since recovering."',
        [
            ("Two months after the onset", "Martin Taylor", "person"),
            ("The steroids had a transformative effect", "Martin Taylor", "person"),
            ("I have not had any dizzy turns", "Martin Taylor", "person"),
        ],
    ),
]

NO_CARD = [
    # nobody to resolve "he" to
    f'"{RULING}," he said.',
    # two people: "she" could be either
    f'Jane Roe and Mary Doe met on Monday. "{RULING}," she said.',
    # "he told Benioff": the other person named in the sentence makes "he" unsure
    f'Tim Cook met Marc Benioff. Then Cook spoke. "{RULING}," he told Benioff.',
    # a definite description names nobody
    f'"{RULING}," the minister said.',
    # "the company" with two companies named before it
    f'Google and Apple lost the case on Monday. "{RULING}," the company said.',
    # "according to" a source that quotes someone else
    f'According to AFP, one user on Weibo posted: "{RULING}."',
    # a fragment whose sentence goes on outside the marks
    'Hawk Sawyer spoke on Monday. "We don\'t want those people" working in prisons, she said.',
    # a lone word tagged a person once ("posted on Twitter") does not stop "she" ... but two
    # people named before "she" do
    'Taylor Swift and Selena Gomez posted on Twitter. "We just want to be able to perform '
    'our own music," she said.',
    # a company the tagger took for a person is not a person
    # "the minister" is not the senior official introduced before
    "A senior official told reporters that the talks had failed.\n\n"
    '"We will not return to the table until the strikes stop for good," the minister said.',
    # "state media" is no one in particular
    'State media reported that "all targets were destroyed by precision strikes overnight."',
]

pytestmark = pytest.mark.slow


def facts(nlp, module, text: str) -> list[Fact]:
    return module.find(nlp(text), Article(id="t", text=text))


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_who_said_pattern(nlp, text, expected):
    got = facts(nlp, who_said, text)
    assert [(f.answer, f.answer_type.sort) for f in got] == [(s, k) for _, s, k in expected], [
        f.question for f in got
    ]
    for fact, (fragment, _, _) in zip(got, expected, strict=True):
        assert fragment in fact.question
        assert fact.evidence in text


@pytest.mark.parametrize("text", NO_CARD)
def test_no_who_said_card(nlp, text):
    assert [(f.question, f.answer) for f in facts(nlp, who_said, text)] == []


def test_organisation_answer_accepts_the_name_without_the(nlp):
    (fact,) = facts(
        nlp,
        who_said,
        'The Defense Ministry said: "All targets were destroyed by precision strikes overnight."',
    )
    assert fact.accept == ("Defense Ministry",)


def test_a_surname_with_a_suffix_finds_the_full_name(nlp):
    text = (
        "James P. Kennedy Jr., the U.S. Attorney, spoke on Monday.\n\n"
        '"The First Amendment right to freedom of speech carries with it a responsibility," '
        "Kennedy said."
    )
    assert [f.answer for f in facts(nlp, who_said, text)] == [
        "James P. Kennedy Jr."
    ]  # the period of "Jr." stays


def test_a_participle_opening_the_sentence_is_no_first_name(nlp):
    # "Hosting Cook" tagged as a person made the surname "Cook" ambiguous
    text = (
        "Tim Cook spoke at the event.\n\n"
        "Hosting Cook at the event was a dream, the host said.\n\n"
        '"I can feel him and his presence when I come here," Cook said.'
    )
    assert [f.answer for f in facts(nlp, who_said, text)] == ["Tim Cook"]


def test_later_sentences_of_a_long_quote_make_their_own_cards(nlp):
    text = (
        '"This is a stock that until this year had been getting clobbered by everyone," Matt '
        'Maley said. "Investors were down for four straight years, down well over 60% since '
        'the peak, and the rally has only just recently broken above that multiyear trend line."'
    )
    questions = [f.question for f in facts(nlp, who_said, text)]
    assert len(questions) == 2
    assert "getting clobbered by everyone …" in questions[0]
    assert "Investors were down for four straight years" in questions[1]


@pytest.mark.parametrize(
    ("quote", "parts"),
    [
        # short: nothing more
        ("We will rebuild every school.", []),
        # a later sentence that leans on the one before ("And", "It") makes no card
        (
            "We're not coordinating with the Russians in terms of targets, but we are taking "
            "these steps, these important steps to make sure that our pilots, our crews and "
            "their crews do not come into conflict with one another for any reason at all. "
            "And in this particular instance, those protocols did work effectively.",
            [],
        ),
        (
            "This is a stock that until this year had been getting clobbered. Investors were "
            "down for four straight years, down well over 60%, and the rally has only just "
            "recently broken above that multiyear trend line. A break above 13.60 would "
            "confirm the trend for the next few months.",
            [
                "Investors were down for four straight years, down well over 60%, and the "
                "rally has only just recently broken above that multiyear trend line",
                "A break above 13.60 would confirm the trend for the next few months",
            ],
        ),
    ],
)
def test_later_parts(quote, parts):
    assert later_parts(quote) == parts


def test_a_later_part_skips_a_sentence_that_leans_on_the_one_before():
    quote = (
        "There are the big established players, as for example around the table the three "
        "firms we all know, but there are also small players. And we are one of those. The "
        "small players bring an agility and creativity that adds to the mix."
    )
    assert later_parts(quote) == [
        "The small players bring an agility and creativity that adds to the mix"
    ]


def test_a_sentence_going_on_with_and_is_kept_with_the_one_before_within_35_words():
    quote = (
        "The entire border of northern Syria – 75 percent of it has now been shut off. And we "
        "are entering an operation with the Turks to shut off the other remaining 98 km"
    )
    assert shorten(quote) == quote
    assert later_parts(quote) == []


def test_a_long_quote_is_cut_so_that_its_card_stays_within_35_words():
    # 33 words: with "Who said:" before it the card would be over 35 words
    quote = (
        "We were trying to reach young males, and we were doing our advertising on gaming "
        "sites, because we did some research that showed that that is where young men were "
        "spending their time"
    )
    assert shorten(quote) == (
        "We were trying to reach young males, and we were doing our advertising on gaming sites …"
    )
    # no clean cut within 31 words: cut within 35 rather than no card at all
    longer = (
        "Instead of telling them that they needed to do something to get the hold released, I "
        "told them the opposite - that they should not be alarmed, it was an internal problem, "
        "and we were working to get it fixed"
    )
    assert shorten(longer) == (
        "Instead of telling them that they needed to do something to get the hold released, I "
        "told them the opposite - that they should not be alarmed, it was an internal problem …"
    )


def test_a_quote_over_24_words_is_cut_at_a_clause_boundary():
    # a "Who said" card needs the quote's telling part, not all of it (issue 10: short cards)
    quote = (
        "We have spent three years building this service for players in Dover, because we "
        "believe that the cloud will change how people everywhere play their favourite games"
    )
    assert shorten(quote) == (
        "We have spent three years building this service for players in Dover …"
    )


def test_shorten_drops_a_comma_before_the_closing_inner_mark():
    assert shorten("Oh no, they will get a lot of attention, not all of it helpful,’") == (
        "Oh no, they will get a lot of attention, not all of it helpful’"
    )


def _cloze(answer: str, form: str, source: str) -> Fact:
    return Fact(
        kind=CardKind.QUOTE_CLOZE,
        key=f"quote_cloze|{answer}",
        question=f'Roe said: "{answer}"',
        answer=answer,
        evidence="",
        source=source,
        answer_type=AnswerType("cloze", form),
    )


def test_cloze_options_never_another_spelling_of_the_answer():
    fact = _cloze("UN", "ORG", "a")
    pool = [fact, _cloze("U.N.", "ORG", "a"), _cloze("the EU", "ORG", "a")]
    assert quote_cloze.distractors(fact, pool) == ["the EU"]


def test_organisation_cloze_options_come_from_the_same_article():
    fact = _cloze("the Bureau of Prisons", "ORG", "a")
    pool = [fact, _cloze("the FBI", "ORG", "a"), _cloze("Ubisoft", "ORG", "b")]
    assert quote_cloze.distractors(fact, pool) == ["the FBI"]
    figure = _cloze("$20 billion", "MONEY", "a")
    assert quote_cloze.distractors(figure, [figure, _cloze("$5 million", "MONEY", "b")]) == [
        "$5 million"
    ]


def _said(answer: str, sort: str, source: str) -> Fact:
    return Fact(
        kind=CardKind.WHO_SAID,
        key=f"who_said|{answer}",
        question='Who said: "..."?',
        answer=answer,
        evidence="",
        source=source,
        answer_type=AnswerType(sort),
    )


def test_organisation_speakers_get_organisations_of_the_same_article():
    fact = _said("the Defense Ministry", "organisation", "a")
    pool = [
        fact,
        _said("Jane Roe", "person", "a"),
        _said("the Foreign Ministry", "organisation", "a"),
        _said("Google", "organisation", "b"),
    ]
    options = [o for o in who_said.distractors(fact, pool) if o != fact.answer]
    assert options == ["the Foreign Ministry"]


def test_a_quote_paragraph_opening_with_a_pronoun_makes_no_card_of_its_own(nlp):
    text = (
        '"The investigation is closed for now and will not be reopened," Jane Roe said.\n\n'
        '"Her statements have been coherent, extensive and detailed throughout the case."'
    )
    assert [f.question for f in facts(nlp, who_said, text)] == [
        'Who said: "The investigation is closed for now and will not be reopened"?'
    ]


def test_a_fragment_opening_with_an_adverb_and_a_verb_needs_its_subject(nlp):
    text = (
        "China “vastly improved its detection and management of infectious diseases,” writes "
        "the Associated Press."
    )
    assert facts(nlp, who_said, text) == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a name after its title is all but given: the quote's other name is blanked
        (
            'Jane Roe, a former envoy, said: "I never discussed former Vice President Joe Biden '
            'with the Acme Corporation at any time." Acme Corporation denied it.',
            "the Acme Corporation",
        ),
        # a figure the speaker gives beats a country guessed from the words around it
        (
            'Jane Roe, the mayor, said: "People in Ohio know that we spent $40 million on the '
            'new bridge last year."',
            "$40 million",
        ),
    ],
)
def test_the_quote_blank_is_what_a_reader_must_recall(nlp, text, answer):
    [fact] = facts(nlp, quote_cloze, text)
    assert fact.answer == answer, fact.question


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # corpus (10-wild-beat-sabres, .html): the tagger misses "Zach Parise’s"
        (
            "BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild "
            "coach Bruce Boudreau expressed confidence in the veteran winger.\n\n"
            "“You can go either way. I was going the other way for a little while,” Parise said.",
            "Zach Parise",
        ),
        # corpus (10-wild-beat-sabres): a two-word surname is the end of the full name
        (
            "Parise scored after burying Joel Eriksson Ek’s feed on the power play.\n\n"
            "“I didn’t really see him coming. He came off my back,” Eriksson Ek said.",
            "Joel Eriksson Ek",
        ),
        # a title before the surname is no first name
        (
            "Hours before the game, Coach Parise was calm about the team.\n\n"
            "“You can go either way. I was going the other way for a little while,” Parise said.",
            "Parise",
        ),
    ],
)
def test_a_speaker_named_once_in_full_outside_any_entity_gets_the_full_name(nlp, text, speaker):
    assert [f.answer for f in facts(nlp, who_said, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an object pronoun in a quote that names nothing: hear what? stop what?
        '"I frankly cringe when I hear it," Jane Roe said.',
        # ... or a later part of a long quote, shown alone ("stop them": the steroids)
        '"In the end my doctor put me on a course of steroids for my lungs, which lasted for '
        "many months, with a gradual reduction in the dose over time. I have thankfully been "
        'able to stop them completely," Jane Roe said.',
    ],
)
def test_a_quote_about_something_it_never_names_makes_no_card(nlp, text):
    assert not any("hear it" in q or "stop them" in q for q in questions(nlp, text))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the quote names what "it" is
        ('"The plan is bold and I like it a lot," Jane Roe said.', "I like it a lot"),
        # "them" of people told something is no thing left unnamed
        (
            '"Instead of telling them to wait, I told them the opposite," Jane Roe said.',
            "I told them the opposite",
        ),
    ],
)
def test_a_quote_naming_its_object_or_telling_people_is_kept(nlp, text, shown):
    assert any(shown in q for q in questions(nlp, text))


def questions(nlp, text: str) -> list[str]:
    return [f.question for f in facts(nlp, who_said, text)]


def test_a_quote_two_named_people_gave_together_has_no_single_speaker(nlp):
    text = (
        "Jane Roe wrote to the family about the estate.\n\n"
        'Ford and Fry replied that she was citing "the unsubstantiated beliefs of uncited '
        'individuals about his affairs."'
    )
    assert not any(f.answer in ("Ford", "Fry") for f in facts(nlp, who_said, text))


def test_a_speaker_and_their_team_is_the_speaker(nlp):
    text = (
        '"We suggest that the outgassing on the moon occurs at lower levels than estimated," '
        "Jane Roe and her team wrote in the paper."
    )
    assert [f.answer for f in facts(nlp, who_said, text)] == ["Jane Roe"]


def test_the_quote_of_an_unnamed_source_is_a_passing_detail(nlp):
    text = (
        '"The prince is not entitled to any form of immunity," a legal expert said.\n\n'
        '"The inquiry will go on," Jane Roe said.'
    )
    found = {f.answer: f.passing for f in facts(nlp, who_said, text)}
    assert found == {"a legal expert": True, "Jane Roe": False}


def test_a_lead_opening_on_the_verb_s_preposition_is_not_shown(nlp):
    # 'warned against "…"' would read 'Who said against "…"?'
    text = (
        'Jane Roe, the Acme director, warned against "a return to the political witch hunts '
        'of the 1950s, when Americans were targeted for their beliefs."'
    )
    questions = [f.question for f in facts(nlp, who_said, text)]
    assert questions and not any("said against" in q for q in questions), questions


def test_a_middle_initial_does_not_make_a_second_person():
    from trainer.extract.persons import same_but_initials

    assert same_but_initials("Donald J. Trump", "Donald Trump")
    assert same_but_initials("James B. Comey", "James Comey")
    assert not same_but_initials("Donald Trump", "Donald Trump Jr.")
    assert not same_but_initials("Joe Biden", "Hunter Biden")


def test_a_surname_written_with_and_without_a_middle_initial_is_one_person(nlp):
    # 'Donald J. Trump' and 'Donald Trump' are one man: 'Mr. Trump' is him, not no one (a
    # "he said" near an unresolved 'Mr. Trump' was given to Hillary Clinton on a real page)
    from trainer.extract.persons import person_index

    text = (
        "Donald J. Trump turned the focus to Hillary Clinton.\n\n"
        "Mr. Trump is tempering his language.\n\nDonald Trump spoke in Ohio."
    )
    index = person_index(nlp(text))
    assert index.resolve("Trump") == "Donald J. Trump"
    # every Trump of the text is him: none is left unresolved beside Clinton
    assert {name for _, name in index.mentions} == {"Donald J. Trump", "Hillary Clinton"}
