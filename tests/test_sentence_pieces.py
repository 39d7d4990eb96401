"""A question built from a piece of a sentence that is no sentence, or that leans on what
another sentence named (sample R and Q, families 1 and 2): a bare 'as' clause, the page's
run-on copied whole, an aside between dashes spliced into a moved verb phrase, a lone 'the
plane', 'all three major cities' and 'the service' that a city named before cannot stand
for. Sentences of the pages' shapes, with other words, and one shape of our own each."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import number_questions, questions_of
from trainer.extract.clauses.main_clause import a_sentence, keeps_a_main_clause, run_on
from trainer.extract.clauses.standalone import dangling
from trainer.questions import date as dates
from trainer.questions import place


def _tokens(nlp, text: str):
    return [t for t in nlp(text) if not t.is_space]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("As he walked into the sea off Brighton on Sunday.", False),
        ("While the ferry was crossing to Piraeus on Monday.", False),  # our own
        ("The death toll rose after the fire that left two buildings charred ruins.", True),
        ("Smith walked into the sea off Brighton on Sunday.", True),
        ("As the storm hit, Smith walked into the sea off Brighton on Sunday.", True),
        (  # the parser made the 'as' clause the root: its comma says the main clause follows
            "As temperatures began to rise in California on Friday, the manager of the "
            "state's grid called on utilities to cut power.",
            True,
        ),
        ("The bridge was closed on Monday and reopened on Friday.", True),
    ],
)
def test_a_piece_keeps_a_main_clause(nlp, text: str, sentence: bool) -> None:
    assert keeps_a_main_clause(_tokens(nlp, text)) is sentence


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (  # sample S: 'three stops to pick up ...' has no tense of its own
            "He arrived in Miami at about 8 p.m., after three stops to pick up more "
            "passengers, two in Bolivia and one in Puerto Rico.",
            False,
        ),
        ("Jane Roe was hit by a van while crossing the road in Leeds on Monday.", False),
        (  # sample P: with 'after' cut off, 'rumors started spreading' is a sentence
            "After rumors started spreading earlier today that Acme was in talks with Zeta, "
            "the company has offered an official comment.",
            True,
        ),
        ("Acme shares fell 9 percent on Monday, while Zeta shares rose 4 percent.", True),
    ],
)
def test_a_clause_cut_from_its_conjunction_needs_a_tense(nlp, text: str, sentence: bool) -> None:
    """The clause after 'after' or 'while', without it, as a question cuts it."""
    doc = nlp(text)
    mark = next(t for t in doc if t.dep_ == "mark" and t.lower_ in ("after", "while"))
    clause = mark.head
    piece = [t for t in doc[clause.left_edge.i : clause.right_edge.i + 1] if t.i != mark.i]
    assert keeps_a_main_clause(piece) is sentence


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "half"),
    [
        (  # sample S: the piece is the 'after' clause, which the parser ends at 'a mask'
            "Dr Fauci also said he envied the Victorian public's response to masks after Prof "
            "Lewin told him 99.9 per cent of Melburnians were adhering to mask rules and the "
            'transition to making the wearing of a mask a legal requirement in public was "painless".',
            True,
        ),
        (
            "Acme said it was growing after Jane Roe told the board 40 per cent of buyers "
            "were returning.",
            False,
        ),
    ],
)
def test_a_piece_that_stops_before_a_subject_is_half_a_clause(nlp, text: str, half: bool) -> None:
    doc = nlp(text)
    mark = next(t for t in doc if t.dep_ == "mark" and t.lower_ == "after")
    clause = mark.head
    piece = [t for t in doc[clause.left_edge.i : clause.right_edge.i + 1] if t.i != mark.i]
    assert a_sentence(piece) is not half


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Bushnell recorded himself shouting “Free Palestine!” as he burned to death in front "
        "of the Israeli Embassy in Washington on Sunday.",
    ],
)
def test_a_bare_as_clause_makes_no_card(nlp, text: str) -> None:
    """The parser ends the sentence after '!”' and reads 'as he burned ...' as one."""
    for kind in (dates, place):
        for question in questions_of(nlp, kind, text):
            assert not question.startswith("As "), question


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "runs_on"),
    [
        (
            "Jane Roe also played very well against Tom Poe and Sam Doe, who turns 19 in "
            "four days, came on for his Ipswich debut.",
            True,
        ),
        ("Acme opened the plant in 2019, closed it in 2023.", True),  # our own
        ("The Dow rose 20 points, and the Nasdaq fell 12 points.", False),
        ("The Dow rose 20 points, the S&P gained 3 and the Nasdaq fell 12.", False),
        (  # the 'and' the parser hung on 'votes' joins the two clauses
            "Colin Powell received three votes and tribal leader Faith Spotted Eagle received "
            "one as part of an effort to promote another candidate.",
            False,
        ),
    ],
)
def test_two_main_clauses_with_no_joint_are_a_run_on(nlp, text: str, runs_on: bool) -> None:
    assert run_on(_tokens(nlp, text)) is runs_on


@pytest.mark.slow
def test_the_pages_run_on_is_not_copied_into_a_card(nlp) -> None:
    text = (
        "Jane Roe also played very well against Tom Poe and Sam Doe, who turns 19 in four "
        "days, came on for his Ipswich debut."
    )
    for question in number_questions(nlp, text).values():
        assert "came on" not in question, question


@pytest.mark.slow
def test_a_wh_question_drops_an_aside_between_dashes_whole(nlp) -> None:
    text = (
        "In 2023, when overall cases across India declined to 653, Madhya Pradesh accounted "
        "for 140 cases — the highest in the country."
    )
    question = number_questions(nlp, text)["140"]
    assert question.startswith("For how many cases did Madhya Pradesh account"), question


@pytest.mark.slow
def test_a_wh_question_drops_an_aside_between_dashes_in_its_subject(nlp) -> None:
    text = "Mayor Jane Roe — a former teacher — opened the new bridge in March 2020."
    questions = questions_of(nlp, dates, text, date(2020, 11, 20))
    assert "When did Mayor Jane Roe open the new bridge?" in questions, questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The plane flew to the US on Wednesday.", True),
        ("The bridge collapsed in northern Italy on Tuesday.", True),  # our own
        ("The police arrested two men in Accra on Monday.", False),
        ("A plane left Lagos at noon and the plane landed in Accra on Monday.", False),
        ("The plane carrying 200 pilgrims landed in Accra on Monday.", False),
        ("The historic show opened in Moscow on Tuesday.", True),  # sample N
        ("The demonstrations drew 50,000 people in Moscow in 2011.", True),  # sample J
        ("The little ruse worked, and the UK firm placed a huge order.", True),  # sample U
        ("The Syrian army retook Palmyra in March 2016.", False),
        ("Flipkart became its first corporate client in February 2011.", True),  # sample U
        ("Acme signed Flipkart, which became its first client in 2011.", False),
        ("Mr Ng said its News Tablet product drew 20,000 subscribers.", True),  # sample N
        ("Acme said its profit rose 20% in 2016.", False),
        # sample W: one more of what the article told, a nominee it named, an 'it' acted on
        ("Three men were arrested at another address in Birmingham on Monday.", True),
        ("Police searched a flat in Leeds, then another flat in Birmingham.", False),
        (
            "Fritz von Weizsaecker was stabbed to death, while another man was critically "
            "injured in Berlin on Tuesday.",
            False,
        ),
        ("Acme developed another product, CodePair, in 2013.", False),
        ("Roe was accused by a woman and by another one in Stockholm.", False),
        (
            "In May 2016, the presumptive Republican nominee went as far as describing China's "
            "trade relationship with the U.S. as rape.",
            True,
        ),
        ("The IEA expects it to exceed its wind target in 2019.", True),
        ("The IEA expects China to exceed its wind target in 2019.", False),
        ("Acme bought a plant in Ohio and sold it in 2019.", False),
        # the injured of what? (sample W)
        ("Among the injured were three police officers on their way home from London.", True),
        ("Three people were injured in the attack in London on Tuesday.", False),
        # who said it is not whose it is
        ("The sector has seen record-low prices of $30 in 2017, Fatih Birol said.", True),
        # who put a report out says nothing of what it is about; a name in another clause
        # says nothing of the subject (sample W)
        (
            "The estimates by the CBO arrived late Thursday afternoon as House Speaker Paul D. "
            "Ryan worked to round up votes.",
            True,
        ),
        (
            "The stabbing occurred during a presentation led by von Weizsaecker at the "
            "Schlosspark-Klinik in Berlin on Tuesday.",
            False,
        ),
        ("Tesco said the UK firm placed a huge order.", False),
        ("The US government spent $20 million in March 2016.", False),
        ("The fight broke out on a BART train pulling into a station in Hayward.", False),
        ("The suit was filed by Soltan, an advocate who was imprisoned in Cairo.", False),
        ("A Houston beauty business acted after the owner said a man entered a salon.", False),
        (
            "Even in 2023, when overall cases across India declined to 653, the state alone "
            "accounted for 140 cases — the highest in the country.",
            True,
        ),
        ("In 2021, when cases in Ohio fell to 65, the state alone accounted for 14.", False),
        ("In 2021, when exports from Peru fell, the city alone accounted for 14%.", True),
        (
            "In Washington, a state Hillary Clinton won by 16 points, the former secretary of "
            "state received just eight of the state's 12 electoral votes.",
            False,
        ),
        (
            "As of April 2024, all three major cities are encapsulated in a Level 3 risk of "
            "severe weather.",
            True,
        ),
        ("Both men were charged with fraud on Tuesday.", True),  # our own
        ("Omaha, Des Moines and Kansas City, all three major cities, are at risk.", False),
        ("Both of the Acme carriers were grounded on Tuesday.", False),
        ("The two sides were unable to reschedule a meeting between Trump and Xi.", False),
        (
            'In a speech in San Francisco, Robert Gates spoke of "anxiety" over the future '
            "role of the service after a decade of fighting.",
            True,
        ),
        ("At a rally in Denver, Jane Roe praised the union for its work on Monday.", True),
        ("At a rally in Denver, Acme praised the union for its work on Monday.", False),
        ("Germany raised its defence budget, and the government said on Monday.", False),
    ],
)
def test_a_definite_that_points_to_another_sentence(nlp, text: str, leans: bool) -> None:
    assert dangling(_tokens(nlp, text), {}) is leans


@pytest.mark.slow
def test_a_lone_subject_of_a_when_clause_makes_no_card(nlp) -> None:
    text = (
        "When the plane flew to the US on 24 January, Mbumba had high hopes that the "
        "president would return to his old self."
    )
    for question in questions_of(nlp, dates, text):
        assert not question.lower().startswith("the plane"), question
