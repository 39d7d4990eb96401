"""Number cards (issues 10 and 13): sentence -> card for the general patterns that used to
give no card or only a cloze. Invented sentences first, then real ones from the corpus.

Patterns: amounts after a preposition ('in 40 villages', 'by 4%', 'for $7 billion'),
durations and measures as objects, bound and rounding hedges, 'there were N X', levels
without a noun ('rose to 12'), shares ('eight out of ten'), numbers written into modifiers
('a 12-game run'), subject pronouns written out only when unambiguous, short sentences that
name someone, asides and trailing clauses dropped, a 'when ...' clause asked alone."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import CORPUS, needs_corpus
from trainer.articles import read_article
from trainer.extract.clauses.render import words
from trainer.language.numbers import value_of
from trainer.model import CLOZE_BLANK, Article
from trainer.questions import date as dates
from trainer.questions import number as numbers

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def cards(nlp, text: str):
    found = numbers.find(nlp(text), Article(id="t", text=text, published=NOV20))
    for fact in found:
        assert fact.evidence in text
        assert words(fact.question) <= 40, fact.question
    return found


def one(found, answer: str):
    matches = [f for f in found if f.answer == answer]
    assert len(matches) == 1, [(f.answer, f.question) for f in found]
    return matches[0]


WH = [
    # (sentence(s), answer, the whole question)
    (  # a count after a preposition
        "Oxfam volunteers worked in 40 villages after the flood.",
        "40",
        "In how many villages did Oxfam volunteers work after the flood?",
    ),
    (  # a percentage after 'by' and after 'to'
        "Toyota raised its prices by 4% in March.",
        "4%",
        "By what percentage did Toyota raise its prices in March 2019?",
    ),
    (
        "Turkey's inflation rose to 12 percent in October.",
        "12 percent",
        "To what percentage did Turkey's inflation rise in October 2019?",
    ),
    (  # money after 'for'
        "Siemens bought the Dutch maker Alstom for $7 billion last year.",
        "$7 billion",
        "For how much did Siemens buy the Dutch maker Alstom in 2018?",
    ),
    (  # a duration as the object
        "Maria Lopez spent three years in a Venezuelan prison.",
        "three years",
        "How long did Maria Lopez spend in a Venezuelan prison?",
    ),
    (  # a bound stays with the answer, a rounding hedge becomes 'about'
        "Boeing laid off more than 600 engineers in Seattle.",
        "more than 600",
        "How many engineers did Boeing lay off in Seattle?",
    ),
    (  # short, but it names who
        "Apple employs about 450 Dreamers.",
        "450",
        "As of November 2019, about how many Dreamers does Apple employ?",
    ),
    (
        "Tuukka Rask made 25 saves and Connor Clifton added a goal as the Bruins won.",
        "25",
        "How many saves did Tuukka Rask make?",
    ),
    (  # 'there were N X ...'
        "According to the WHO, there were 3,248 cases reported worldwide in 2015.",
        "3,248",
        "How many cases were reported worldwide in 2015, according to the WHO?",
    ),
    (  # a progressive verb; the aside in brackets goes
        "Stadia is launching with 22 games (ten were added last week) in 14 countries.",
        "22",
        "As of November 2019, with how many games is Stadia launching in 14 countries?",
    ),
    (  # a measure with what it measures
        "A storm system dumped about 2 inches of rain on San Diego on Tuesday.",
        "2 inches",
        "About how many inches of rain did a storm system dump on San Diego on Tuesday?",
    ),
    (  # 'it': the previous sentence's named subject
        "Ford's Mustang Mach E SUV will go 230 miles per charge. It will start at $44,000.",
        "$44,000",
        "As of November 2019, at what price will Ford's Mustang Mach E SUV start?",
    ),
    (  # a participle clause shares the sentence's named subject
        "Wild goalie Alex Stalock, who subbed for Devan Dubnyk, looked strong in his tenth "
        "outing, stopping 30 shots.",
        "30",
        "How many shots did Wild goalie Alex Stalock stop?",
    ),
    (  # money as the size of the object
        "McClatchy reported a loss of $304.7 million in the third quarter.",
        "$304.7 million",
        # a business quarter gets the article's year (round fifteen)
        "How large a loss did McClatchy report in the third quarter of 2019?",
    ),
    (  # a duration as the size of the object
        "Smith faced a prison term of ten years in Italy.",
        "ten years",
        "How long a prison term did Smith face in Italy?",
    ),
    (  # a count subject of a 'that' clause; the ', which ...' aside goes
        "Taylor, who had never smoked, wrote that four doctor appointments failed to find the "
        "cause, which was distressing.",
        "four",
        "How many doctor appointments failed to find the cause, according to Taylor?",
    ),
    (  # 'he' written out: the one person the sentence before names
        "The US Justice Department has charged Julian Assange with espionage. He now faces "
        "18 criminal charges in the US.",
        "18",
        "As of November 2019, how many criminal charges does Julian Assange now face in the US?",
    ),
]


@pytest.mark.parametrize(("text", "answer", "question"), WH)
def test_wh_question(nlp, text, answer, question):
    assert one(cards(nlp, text), answer).question == question


CLOZES = [
    # (sentence(s), answer, the whole question)
    (  # a level without a noun
        "The death toll in the Nairobi fire rose to 12 on Sunday.",
        "12",
        f"The death toll in the Nairobi fire rose to {CLOZE_BLANK} on Sunday.",
    ),
    (
        "The Nikkei index hit a record high of 24,115.95 on Tuesday.",
        "24,115.95",
        f"The Nikkei index hit a record high of {CLOZE_BLANK} on Tuesday.",
    ),
    (  # a share is asked whole; 'iOS' is no heading glued to the text
        "Apple says eight out of ten companies are writing custom iOS apps.",
        "eight out of ten",
        f"Apple says {CLOZE_BLANK} companies are writing custom iOS apps.",
    ),
    (  # a number written into a modifier keeps its article; its options take 'an' too
        "Liverpool ended an 11-game winless run against Everton on Sunday.",
        "11-game",
        f"Liverpool ended an {CLOZE_BLANK} winless run against Everton on Sunday.",
    ),
    (  # 'fell 3.38% to $55.12' is no range
        "U.S. crude fell 3.38% to $55.12 per barrel on Monday.",
        "$55.12",
        f"U.S. crude fell 3.38% to {CLOZE_BLANK} per barrel on Monday.",
    ),
    (  # 'took just 15 minutes to find' is no range either
        "Michael Webb confessed and the jury took just 15 minutes to find him guilty.",
        "15 minutes",
        f"Michael Webb confessed and the jury took just {CLOZE_BLANK} to find him guilty.",
    ),
    (  # 'his': the one person named before
        "Doctors treated Martin Taylor for a year. But his health declined over the next "
        "three months.",
        "three months",
        f"Martin Taylor's health declined over the next {CLOZE_BLANK}.",
    ),
    (  # the conversion in brackets is dropped, never asked
        "The RAV4 Prime will get the equivalent of 90 miles per gallon (38 kilometers per "
        "liter) of gasoline, according to Toyota.",
        "90 miles",
        f"As of November 2019, the RAV4 Prime will get the equivalent of {CLOZE_BLANK} per gallon of gasoline, "
        "according to Toyota.",
    ),
    (  # the main clause leans on 'Those issues': the 'when' clause is asked alone
        "Those issues will play out on Wednesday when the ten Democratic candidates meet in "
        "Atlanta just 75 days before primary voting begins.",
        "75 days",
        f"The ten Democratic candidates meet in Atlanta just {CLOZE_BLANK} before primary "
        "voting begins.",
    ),
    (  # 'the South Korean government' says which one
        "The South Korean government wants manufacturers to raise module efficiency to 24% "
        "by 2030.",
        "24%",
        f"As of November 2019, the South Korean government wants manufacturers to raise module efficiency to "
        f"{CLOZE_BLANK} by 2030.",
    ),
    (  # a ', which ...' aside and a closing ', marking ...' go when the clause is too long
        "The National Institute on Drug Abuse has also estimated that 964,000 people age 12 "
        "and older, which account for about 0.4 percent of the total U.S. population, "
        "reported a methamphetamine use disorder in 2017, marking a significant increase "
        "from the previous year.",
        "964,000",
        f"As of November 2019, the National Institute on Drug Abuse has estimated that {CLOZE_BLANK} people "
        "age 12 and older reported a methamphetamine use disorder in 2017.",
    ),
]


@pytest.mark.parametrize(("text", "answer", "question"), CLOZES)
def test_cloze(nlp, text, answer, question):
    assert one(cards(nlp, text), answer).question == question


NO_CARD = [
    # (sentence(s), a number that must not be asked, or a name no question may use)
    ("Israel seized the territories in the 1967 Six-Day War.", "Six-Day"),
    ("The plant will cut 200 to 300 jobs in Ohio next year.", "200"),
    ("Onset of symptoms can range from three weeks to five years, doctors said.", "five years"),
    ("Maria Lopez has saved up 25 times her annual expenses since 2010.", "25"),
    ("Eight out of ten voters in Ohio backed the measure on Tuesday.", "ten"),
    # two people named before: whose 'he'?
    (
        "Jane Roe met John Smith in Paris. He now faces a sentence of 10 years in prison.",
        "John Smith",
    ),
    # the subject before is another person ('a judge'): no 'he' is written out
    (
        "A judge in Ohio questioned John Smith on Monday. He later ordered 12 new trials.",
        "John Smith",
    ),
    # corpus (06-epstein-prison-guards-charged): the subject before is a name the tagger
    # took for an organisation, so the one "person" named is not who 'he' is
    (
        "Montell Figgins, who represents Thomas, said his client chose not to accept a plea "
        "agreement offered by prosecutors. He said Thomas is a single father of three "
        "children, and a guilty plea would ruin his life.",
        "Thomas said",
    ),
    # an 'it' that stands for an event is never the previous subject
    (
        "The Kremlin opened the Crimea bridge in May. It took 4 years and 3,000 workers to build.",
        "Kremlin",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NO_CARD)
def test_no_card(nlp, text, absent):
    found = cards(nlp, text)
    assert all(f.answer != absent for f in found), [(f.answer, f.question) for f in found]
    assert all(absent not in f.question for f in found), [f.question for f in found]


def test_a_wh_question_keeps_a_name_written_with_inner_capitals(nlp):
    text = "T-Mobile CEO John Legere is stepping down in May, the company said on Monday."
    found = dates.find(nlp(text), Article(id="t", text=text, published=NOV20))
    assert "In what month is T-Mobile CEO John Legere stepping down?" in [f.question for f in found]


def test_a_bound_answer_keeps_its_bound_in_every_choice(nlp):
    fact = one(cards(nlp, "Boeing laid off more than 600 engineers in Seattle."), "more than 600")
    wrong = numbers.distractors(fact, [])
    assert wrong and all(w.startswith("more than ") for w in wrong), wrong
    assert "600" in fact.accept


@pytest.mark.parametrize(
    ("text", "answer", "above"),
    [
        ("Boeing laid off more than 600 engineers in Seattle.", "more than 600", True),
        ("Boeing laid off at least 500 engineers in Seattle.", "at least 500", True),
        ("The new Acme plant will employ up to 400 workers in Ohio.", "up to 400", False),
    ],
)
def test_a_bound_answer_is_never_offered_a_bound_it_implies(nlp, text, answer, above):
    """'more than 400' is true wherever 'more than 600' is: wrong answers of a lower bound
    lie above it, of an upper bound below it."""
    fact = one(cards(nlp, text), answer)
    wrong = numbers.distractors(fact, [])
    value = value_of(numbers.bound_hedge(answer)[1])
    assert len(wrong) >= 2, wrong  # with fewer than three, the card is asked typed
    for option in wrong:
        theirs = value_of(numbers.bound_hedge(option)[1])
        assert (theirs > value) == above, (option, answer)


def test_a_share_is_offered_with_other_parts_of_the_same_whole():
    assert numbers.synthesize("eight out of ten", "share") == [
        "nine out of ten",
        "seven out of ten",
        "six out of ten",
        "five out of ten",
    ]


# -- real sentences: the corpus article, whole (names and pronouns resolve in context) ---

CORPUS_CARDS = [
    # (article file, answer, question)
    (
        "19-plague-cases-china.txt",
        "3,248",
        "How many cases were reported worldwide between 2010 and 2015, with 584 deaths, "
        "according to WHO?",
    ),
    (
        "14-feather-duvet-lung.txt",
        "three months",
        f"Martin Taylor's health continued to decline over the next {CLOZE_BLANK}.",
    ),
    (
        "17-assange-sweden-investigation-dropped.txt",
        "five years",
        "Julian Assange is accused of participating in one of the largest ever leaks of "
        f"government secrets, which could result in a prison term of up to {CLOZE_BLANK}.",
    ),
    ("12-google-stadia-launch.txt", "22", "With how many games is Stadia launching?"),
    (
        "08-gannett-gatehouse-merger.txt",
        "more than 60",
        "How many employees did GateHouse reportedly lay off earlier this year?",
    ),
    (
        "06-epstein-prison-guards-charged.txt",
        "five",
        "With how many counts of falsifying records is Tova Noel, 31, charged?",
    ),
]


@needs_corpus
@pytest.mark.parametrize(("name", "answer", "question"), CORPUS_CARDS)
def test_corpus_card(nlp, name, answer, question):
    article = read_article(CORPUS / name)
    found = numbers.find(nlp(article.text), article)
    assert question in [f.question for f in found if f.answer == answer]


# Shapes no wh-question may have: a dangling 'and', a score line's colon, two question
# words, a blank, a lower-case start.
BROKEN = re.compile(r"\b(and|or|but) (did|does|do|is|are|was|were)\b|:|\?.|_____|^[a-z]")


@needs_corpus
def test_every_corpus_number_wh_question_is_well_formed(nlp):
    asked = []
    for path in sorted(CORPUS.glob("[0-9][0-9]-*.txt")):
        article = read_article(path)
        asked += [f.question for f in numbers.find(nlp(article.text), article)]
    wh = [q for q in asked if q.endswith("?") and CLOZE_BLANK not in q]
    assert len(wh) >= 15
    assert [q for q in wh if BROKEN.search(q) or words(q) > 40] == []


def test_a_body_as_the_subject_before_leaves_the_one_person_for_he(nlp):
    """'The Justice Department charged Smith. He faces ...': a department is no 'he'."""
    text = (
        "The US Justice Department has charged John Smith with espionage on Monday.\n\n"
        "He now faces a maximum sentence of 175 years in prison if convicted."
    )
    found = cards(nlp, text)
    assert any(f.answer.endswith("175 years") and "John Smith" in f.question for f in found), [
        (f.answer, f.question) for f in found
    ]
