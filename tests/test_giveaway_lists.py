"""No given-away counts (issue 10): a count card is not made when its question lists the
things it counts (a list after a colon, a dash or a bracket, an appositive list, "one ...
the other", "one ..., another ... and a third ...", "both", "either", "neither"). A list
that only samples, a list of another length or of another count leaves the card alone.
Invented sentences and real ones from unseen pages."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.pipeline import facts_of
from trainer.questions import number as number_cards
from trainer.questions.listed_counts import lists_the_count

NOV19 = date(2019, 11, 19)


def _article(sentence: str) -> Article:
    return Article(id="t", text=f"Acme news.\n\n{sentence}", published=NOV19)


def _counts(facts: list[Fact], answer: str) -> list[str]:
    return [f.question for f in facts if f.kind == CardKind.NUMBER and f.answer.lower() == answer]


# (sentence, the count its card would give away)
GIVEN_AWAY = [
    # unseen pages (the benchmark's Audi e-tron Sportback and NASA SLS articles)
    (
        "In Europe, there’ll be two versions: the e-tron Sportback 50 quattro and the e-tron "
        "Sportback 55 quattro.",
        "two",
    ),
    (
        "He said a lunar landing could be achieved with two SLS missions, one carrying Orion "
        "and the other an integrated lander, with the two rendezvousing in lunar orbit.",
        "two",
    ),
    # an unseen page (water on Europa): the part is listed between dashes
    (
        "Lucas Paganini, a NASA planetary scientist who led the water detection "
        "investigation, said two of the three requirements for life ― essential chemical "
        "elements and sources of energy ― are found all over the solar systems.",
        "two",
    ),
    # a list after a colon
    ("Jane Roe visited three countries in May: France, Spain and Italy.", "three"),
    (
        "The Dover museum bought four paintings at the auction: a Monet, a Renoir, a Degas "
        "and a Manet.",
        "four",
    ),
    (
        "The Dover museum bought two paintings at the auction from three dealers: Smith, "
        "Jones and Brown.",
        "three",
    ),
    ('Jane Roe said: "We have two options: we leave or we stay."', "two"),
    (
        '"We looked at three options for the Dover crossing: a bridge, a tunnel and a ferry," '
        "Jane Roe, the Dover mayor, said on Tuesday.",
        "three",
    ),
    # an appositive list, its items counted ('his two sons' are two)
    (
        "The treaty was signed by three countries, France, Spain and Italy, in Rome on Tuesday.",
        "three",
    ),
    ("Jane Roe has two sons, John and Peter, who both work at the Dover harbour.", "two"),
    ("Police arrested three men, a father and his two sons, in Dover on Tuesday.", "three"),
    # a chain of ones, ordinals, others
    (
        "Police arrested three men on Friday, one in Dover, another in Calais and a third in "
        "Lille.",
        "three",
    ),
    (
        "The Dover council opened three new schools in May, one in the north, another near "
        "the harbour and a third in the city centre.",
        "three",
    ),
    (
        "The Dover club signed three players in May, the first from Calais, the second from "
        "Lille and the third from Paris.",
        "three",
    ),
    ("The Dover club signed two players in May, one from Calais and another from Lille.", "two"),
    ("The Dover council opened two schools in May, one in Dover and one in Calais.", "two"),
    # both, either, neither stand for two
    ("Acme hired two engineers, both from Google, in May.", "two"),
    ("The Dover mayor named two deputies, both former teachers, on Tuesday.", "two"),
    ("The Dover council received two bids for the harbour, neither of them below budget.", "two"),
    (
        "The Dover club signed two players on Tuesday, either of whom could start on Saturday.",
        "two",
    ),
    (  # sample W: the list after the verb, and a clause on its last item
        "In Dover, four victims of the bus crash have died: a teacher, a police officer, an American tourist "
        "and a 75-year-old man, who was not immediately identified.",
        "four",
    ),
    (  # sample W: one age each (arrested at the port: a count of arrests at nothing named
        # makes no card at all, round 31)
        "Police in Dover said three men aged 28, 27 and 26 were arrested at the port on Tuesday.",
        "three",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "answer"), GIVEN_AWAY)
def test_a_count_the_question_lists_makes_no_card(nlp, sentence, answer):
    article = _article(sentence)
    made = _counts(number_cards.find(nlp(article.text), article), answer)
    assert made, "the number kind asks about the count"  # so the test can fail
    kept = _counts([f for _, f in facts_of(article, nlp).facts], answer)
    assert kept == [], kept


# (sentence, the count whose card stays)
KEPT = [
    # what happened, not who ('people were killed: ...')
    ("In Dover, five people were killed: the gunman opened fire at a bus stop.", "five"),
    # a list that only samples the things counted
    ("In Dover, there will be three menus, including the lunch menu and the dinner menu.", "three"),
    (
        "The Dover museum bought two paintings, including a Monet and a Renoir, at the auction.",
        "two",
    ),
    ("Acme sells its phones in five countries, among them France and Spain.", "five"),
    (
        "Jane Roe has three sons, John and Peter among them, who all work at the Dover harbour.",
        "three",
    ),
    ("Acme will sell three models in Europe from March, the A1 and the A2 among them.", "three"),
    (
        "The Dover club signed five players in May, one from Calais and the others from Lille.",
        "five",
    ),
    # an unseen page: 'including'
    (
        "The 180 page coffee-table publication comes with a 10-inch vinyl featuring seven "
        "classic rock tracks, including Born to be Wild and The Road to Hell.",
        "seven",
    ),
    # a list of another length
    ("Jane Roe visited four countries in May: France, Spain and Italy.", "four"),
    (
        "The Dover museum bought two paintings at the auction: a Monet, a Renoir and a Degas.",
        "two",
    ),
    (
        "The Dover council opened four new schools in May, one in the north, another near the "
        "harbour and a third in the city centre.",
        "four",
    ),
    # a list of other things, or none
    (
        "The Dover museum bought two paintings at the auction from three dealers: Smith, "
        "Jones and Brown.",
        "two",
    ),
    # ('two people in two towns' says the count again: sample Q98, GIVEAWAY)
    (
        "Storm Ciara killed two people in three towns, Dover, Deal and Folkestone, on Tuesday.",
        "two",
    ),
    ("Acme will build two factories, in Ohio and Texas, by 2022.", "two"),
    ("The Dover team played two games against Calais and Lille, both away.", "two"),
    ("The Dover mayor visited two schools and a hospital on Tuesday.", "two"),
    ("The Dover club lost two games in May, one after the other.", "two"),
    ("On the one hand, Acme sold two factories; on the other hand, it bought a mine.", "two"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "answer"), KEPT)
def test_a_count_the_question_does_not_list_keeps_its_card(nlp, sentence, answer):
    kept = _counts([f for _, f in facts_of(_article(sentence), nlp).facts], answer)
    assert kept, f"no {answer!r} card"


# -- the questions themselves, without a parse ------------------------------------


def _count_card(question: str, answer: str, value: str) -> Fact:
    return Fact(
        kind=CardKind.NUMBER,
        key=f"number-{value}",
        question=question,
        answer=answer,
        evidence="One sentence.",
        source="t",
        answer_type=AnswerType("number", "count", "thing"),
        answer_value=value,
    )


QUESTIONS = [
    # (question, answer, value, given away)
    # unseen pages (a gift guide, early retirement, a charity's grant, native ads)
    ("It features _____ ports: a 60W USB-C PD port and a 12W USB-A port.", "two", "2", True),
    (
        "Depending on how much you spend, you'll generally aim for one of _____ categories of "
        "early retirement: FIRE, leanFIRE, and fatFIRE.",
        "three",
        "3",
        True,
    ),
    (
        "Evidence Action leads _____ of our top charities (Deworm the World Initiative and No "
        "Lean Season) and one standout charity (Dispensers for Safe Water).",
        "two",
        "2",
        True,
    ),
    (
        "Publishers generate the greatest revenue by running all _____ native ad units in "
        "parallel – recommendation widgets, in-feed and in-ad.",
        "three",
        "3",
        True,
    ),
    # corpus (NASA adds five companies to its lunar lander program)
    (
        "NASA said the _____ companies — Blue Origin, Ceres Robotics, Sierra Nevada Corporation "
        "(SNC), SpaceX and Tyvak Nano-Satellite Systems — had been selected to join the nine "
        "companies with Commercial Lunar Payload Services (CLPS) contracts.",
        "five",
        "5",
        True,
    ),
    (  # an unseen page, shortened: three uses after the colon, though no 'third'
        "Bridenstine said there will be _____ SLS rockets produced by 2024: one for the "
        "uncrewed Artemis 1 test flight, the second for the first crewed Orion flight, and then "
        "the Artemis 3 mission.",
        "three",
        "3",
        True,
    ),
    ("Acme will sell _____ models in Europe: the A1 and the A2.", "two", "2", True),
    (
        "Acme will sell _____ models in Europe — the A1, the A2 and the A3 — from March.",
        "three",
        "3",
        True,
    ),
    ("Acme will sell _____ models in Europe (the A1 and the A2) from March.", "two", "2", True),
    ("Acme will sell _____ models: either the A1 or the A2.", "two", "2", True),
    ("Acme will sell _____ models: both the A1 and the A2.", "two", "2", True),
    ("_____ people were hurt: a pilot and two passengers.", "three", "3", False),
    ("Police arrested _____ people: a pilot and two passengers.", "three", "3", True),
    ("Acme sold _____ plants: one in Ohio, one in Texas and one in Utah.", "three", "3", True),
    (
        "The _____ brothers were born in Ohio; one became a doctor and the other a lawyer.",
        "two",
        "2",
        True,
    ),
    (
        "Acme has _____ stores in Ohio: its flagship in Dayton and an outlet in Akron.",
        "two",
        "2",
        True,
    ),
    ("Acme made _____ changes: it cut prices and it hired staff.", "two", "2", True),
    (  # sample U: a relative clause on the counted noun before the colon
        "There are _____ things that the A1 brings to the table that give it its name: "
        "security, manageability, longevity, and quality.",
        "four",
        "4",
        True,
    ),
    (  # ... but not one that counts something else
        "There are _____ things that two A1 models bring to the table: security and speed.",
        "two",
        "2",
        False,
    ),
    (
        "Jane Roe won _____ medals at the games: gold in the sprint and silver in the relay.",
        "two",
        "2",
        True,
    ),
    ("The _____ brothers, one a doctor and one a lawyer, live in Ohio.", "two", "2", True),
    ("Acme will sell _____ models, both the A1 and the A2, in May.", "two", "2", True),
    ("Police arrested _____ suspects, Smith and Jones confirmed.", "two", "2", False),
    ("Police arrested _____ suspects, Smith and Jones say.", "two", "2", False),
    ("_____ suspects remain at large, police and prosecutors said.", "two", "2", False),
    (
        "The storm left _____ dead: police said the toll could rise and the army was called.",
        "two",
        "2",
        False,
    ),
    ("_____ people signed the deal between Acme and Foo, both based in Ohio.", "two", "2", False),
    ("Acme sold _____ plants, one in Ohio, in 2010.", "two", "2", False),
    ("Acme will sell _____ models: the A1, the A2 and others.", "three", "3", False),
    ("Acme will sell _____ models: the A1, the A2, etc.", "two", "2", False),
    ("Acme will sell _____ models: the A1, the A2 and other cars.", "three", "3", False),
    ("Acme will sell _____ models, such as the A1 and the A2.", "two", "2", False),
    ("Acme will sell _____ models, notably the A1 and the A2.", "two", "2", False),
    ("Acme will sell _____ models in two countries: France and Spain.", "two", "2", False),
    ("Police arrested _____ men, the mayor and the police chief said.", "two", "2", False),
    ("Acme hired _____ engineers from Dover, Hull and Leeds.", "two", "2", False),
    ("Acme hired _____ engineers who built the A1 and the A2.", "two", "2", False),
    ("Acme sold _____ plants, one after another.", "two", "2", False),
    ("Acme sold _____ plants, one in Ohio and the others in Texas.", "two", "2", False),
    (
        "Acme sold _____ plants on one side of the river and the other side of the lake.",
        "two",
        "2",
        False,
    ),
    ("Acme sold _____ plants, worth $5 million and $6 million.", "$5 million", "5000000", False),
]


@pytest.mark.parametrize(("question", "answer", "value", "given"), QUESTIONS)
def test_which_questions_list_their_count(question, answer, value, given):
    assert lists_the_count(_count_card(question, answer, value)) is given


def test_a_quote_cloze_blanking_a_count_is_read_the_same_way():
    listed = Fact(
        kind=CardKind.QUOTE_CLOZE,
        key="q",
        question='Jane Roe said: "We have _____ options: we leave or we stay"',
        answer="two",
        evidence="One sentence.",
        source="t",
        answer_type=AnswerType("cloze"),
    )
    assert lists_the_count(listed)
    assert not lists_the_count(Fact(**{**listed.__dict__, "answer": "three"}))
    assert not lists_the_count(Fact(**{**listed.__dict__, "answer": "two days"}))


def test_a_measure_or_an_amount_is_never_a_listed_count():
    card = _count_card("The two boards measure _____: the A1 and the A2.", "two feet", "2")
    measure = Fact(**{**card.__dict__, "answer_type": AnswerType("number", "measure", "feet")})
    assert lists_the_count(card)
    assert not lists_the_count(measure)


@pytest.mark.slow
def test_a_height_in_feet_and_inches_is_one_measure(nlp):
    # sample W: 'at _____ 4 and 237 pounds' -> 6 feet, 'slightly bigger than the 6-3 Carr'
    article = _article(
        "At 6 feet 4 and 237 pounds, Jane Roe of Dover is bigger than the 6-3 John Doe and "
        "has rushed for 324 yards."
    )
    answers = [f.answer for _, f in facts_of(article, nlp).facts if f.kind == "number"]
    assert "6 feet" not in answers and "4" not in answers, answers
    assert "324 yards" in answers, answers
