"""A card must stand alone (issue 10): a pronoun whose person is named only inside someone
else's quotation, a 'that' the parser took for a relative pronoun, and 'the new patient'
all lean on sentences the reader of one card has not seen."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import questions_of
from trainer.questions import date as dates
from trainer.questions import number as numbers
from trainer.questions import quote_cloze

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def questions(nlp, module, text: str) -> list[str]:
    return questions_of(nlp, module, text, NOV20)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the surname in the quotation, written out from the sentence before, is not "he"
        (
            "John Doe testified first.\n\n“But with eight launches, I’ll have to go with "
            "Mr. Doe: your probability of success goes down to about 50 percent,” he concluded.",
            False,
        ),
        # the person in the quotation is not the "he" who said it
        (
            "“But with eight launches, I’ll have to go with Mr. Doe: your probability of "
            "success goes down to about 50 percent,” he concluded.",
            False,
        ),
        # the speaker named outside the quotation is
        (
            "“But with eight launches, I’ll have to go with Mr. Doe: your probability of "
            "success goes down to about 50 percent,” Jane Roe concluded.",
            True,
        ),
    ],
)
def test_a_pronoun_is_not_bound_by_a_name_inside_a_quotation(nlp, text, asked):
    found = questions(nlp, numbers, text) + questions(nlp, quote_cloze, text)
    assert bool(found) is asked, found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # "that" is the range the sentence before gave
        (
            "In the US, Volkswagen estimates that could be more like 300 miles on the EPA cycle.",
            False,
        ),
        # a relative "that" has its noun in the question
        ("In the US, Volkswagen sells a van that could go 300 miles on the EPA cycle.", True),
    ],
)
def test_a_that_after_its_verb_points_back(nlp, text, asked):
    found = questions(nlp, numbers, text)
    assert bool(found) is asked, found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The new patient from Dover in Kent hunted and ate a wild rabbit on Nov. 5, "
            "according to the state-run Acme News Agency.",
            False,
        ),
        (
            "The other officials from the Dover council met 14 farmers on Nov. 5, 2019.",
            False,
        ),
        # a patient the phrase itself tells of
        (
            "A patient from Dover in Kent hunted and ate a wild rabbit on Nov. 5, according "
            "to the state-run Acme News Agency.",
            True,
        ),
    ],
)
def test_the_new_one_of_a_kind_points_back(nlp, text, asked):
    found = questions(nlp, dates, text)
    assert bool(found) is asked, found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Jeff Roe spoke at the meeting in Dover. He's also a 17-year Acme Energy employee, "
            "but was speaking in his union capacity.",
            "Jeff Roe is a",
        ),
        ("Jeff Roe spoke in Dover. He's worked for Acme for 17 years.", "Jeff Roe has worked"),
        ("Jeff Roe spoke in Dover. He's expected to open 40 stores.", "Jeff Roe is expected"),
    ],
)
def test_a_pronoun_written_out_keeps_its_verb(nlp, text, written):
    # "He's" with "He" written out is "Jeff Roe is", never the possessive "Jeff Roe's"
    found = questions(nlp, numbers, text)
    assert found and all(written in q for q in found), found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # 'it' is never the mayor: the attack it stands for is in the sentence before
        (
            "Mayor Jane Roe was hesitant to call it an act of terrorism, and officials "
            "cautioned against linking it to the explosion in New Jersey in 2016.",
            False,
        ),
        ("Now, a similar discovery has been made in Greece, in 2016.", False),
        ("The Acme adapter has the same disconnect force, so it opened in Greece in 2016.", False),
        # what the discovery is similar to is said
        ("A discovery similar to the Dover hoard was made in Greece in 2016.", True),
    ],
)
def test_it_and_a_similar_one_lean_on_what_came_before(nlp, text, asked):
    found = questions(nlp, dates, text)
    assert bool(found) is asked, found


def test_the_institution_points_back(nlp):
    text = (
        "Earlier this month, the institution's athletics department published a request for "
        "proposals to manage the $250 million stadium it plans to build in Dover."
    )
    assert questions(nlp, numbers, text) + questions(nlp, dates, text) == []


def test_a_post_before_a_surname_is_not_the_person_named_in_full_beside_it(nlp):
    # 'President Obama' in a sentence naming Michelle Obama is someone else
    text = (
        "Michelle Obama said on Thursday that she believes President Obama's administration "
        "has been a success.\n\nMichelle Obama, who spoke in Chicago, said the nation will "
        "lose a grownup when President Obama's term ends in January."
    )
    asked = questions(nlp, dates, text)
    assert asked and not any("President Michelle Obama" in q for q in asked), asked
    # the same person given the post in full keeps the surname written out
    same = "President Donald Trump spoke in Ohio.\n\nPresident Trump said in 2018 that Acme won."
    assert any("Donald Trump" in q for q in questions(nlp, dates, same))


def test_a_he_is_not_a_name_in_a_sentence_whose_own_subject_is_he(nlp):
    # 'Pixar' (a studio the tagger takes for a person) is no one a later 'he' stands for:
    # that sentence's own 'He' is someone named before it
    text = (
        "After Apple suffered a slump in the mid-1980s, he was forced out of the company. He "
        "was CEO at Next, another computer company, and Pixar, the computer-animation company "
        "that produced a hit film on his watch, over the following 10 years.\n\n"
        "Apple was foundering as he returned as an adviser in 1996, a year it lost $900 "
        "million."
    )
    asked = questions(nlp, numbers, text) + questions(nlp, dates, text)
    assert not [q for q in asked if "Pixar returned" in q], asked


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # sample S: 'his' is Sir Keith Joseph, named in an earlier sentence, not Mrs Thatcher
        ("Mrs Thatcher marked his three-page briefing note with a series of annotations.", False),
        ("Ms Roe read his 40-page report on the harbour in one evening.", False),  # our own
        ("Mr Poe marked his three-page briefing note with a series of annotations.", True),
        # a given name that nearly always means a woman's: 'his' is someone else's (sample
        # Q145: 'Gov. Rick Snyder praised her selection', NONSENSE); a name that tells no
        # sex may be his
        ("Jane Roe read his 40-page report on the harbour in one evening.", False),
        ("Robin Roe read his 40-page report on the harbour in one evening.", True),
        ("A woman and her two sons were rescued from the flat.", True),
        # sample S: the object 'him' is never the subject of its own verb
        ("Prof Lewin told him 99.9 per cent of Melburnians were adhering to mask rules.", False),
        ("Dr Roe warned her that 40 per cent of the harbour was closed.", False),  # our own
        ("Jane Roe said Dr Poe had warned her that the harbour was closed.", True),
        ("Sir John Poe told her he would resign in 1997.", False),
        ("Former President Tom Poe inserted himself into the race in recent days.", True),
    ],
)
def test_a_his_or_him_needs_someone_of_the_question_it_can_stand_for(nlp, text, stands):
    from trainer.extract.clauses.standalone import dangling

    assert dangling(list(nlp(text)), {}) is not stands


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (  # sample S: the university hosts many webinars; Fauci, who spoke, is cut off
            "Dr Anthony Fauci told a webinar hosted by The University of Melbourne on Wednesday "
            "he would be “in serious trouble” if he were to reintroduce the idea of a lockdown.",
            "On what date was a webinar hosted by The University of Melbourne?",
        ),
        (  # our own
            "Jane Roe told a webinar hosted by the Acme Institute on Wednesday that masks work.",
            "On what date was a webinar hosted by the Acme Institute?",
        ),
    ],
)
def test_a_thing_named_only_by_the_body_that_made_it_is_not_asked(nlp, text, vague):
    assert vague not in questions(nlp, dates, text)


def test_a_thing_a_person_made_is_asked(nlp):
    text = "The attorneys moved to dismiss a lawsuit filed by Jane Roe in June, court papers show."
    assert "In what month was a lawsuit filed by Jane Roe?" in questions(nlp, dates, text)


def test_a_bare_that_as_an_object_points_back(nlp):
    from trainer.extract.clauses.standalone import dangling

    text = "A new report released on Monday by the Acme Institute calls that into question."
    assert dangling(list(nlp(text)), {})
