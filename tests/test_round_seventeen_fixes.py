"""Faults of the seventeenth round (issue 10), from samples Q8 and Q9: posts of people who come
in after the news is told, words that lean on the sentence before ('that year', 'since then',
'That represents ...'), a page's time stamp, a misread verb. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import SUNS_PAGE, cards_of, facts_of_kind
from trainer.articles import article_from_html, article_from_text
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.pipeline import build_deck
from trainer.questions.salience import PASSING, Reading, Rule, score

pytestmark = pytest.mark.slow

NOV5 = date(2012, 11, 5)


def _cards(nlp, text: str, published: date = NOV5) -> list:
    return cards_of(nlp, text, published)


LEAD = (
    "Acme Corp. cut 400 jobs at its plant in Dayton on Monday, the company said.\n\n"
    "The plant makes brake parts for trucks and had 1,900 workers.\n\n"
)


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        # a source who comes in after the lead: background
        (
            LEAD + "Jane Roe, the mayor of Dayton, said the city would help the workers. "
            "Roe said she had spoken to Acme.",
            True,
        ),
        # the same post of someone the lead names
        (
            "Acme Corp. cut 400 jobs at its plant in Dayton on Monday, Jane Roe, the mayor of "
            "Dayton, said.\n\nThe plant makes brake parts for trucks and had 1,900 workers.\n\n"
            "Roe said the city would help the workers. Roe said she had spoken to Acme.",
            False,
        ),
    ],
)
def test_the_post_of_someone_who_comes_in_after_the_lead_is_passing(nlp, text, passing):
    roles = [f for f in facts_of_kind(nlp, text, "role", NOV5) if f.person == "Jane Roe"]
    assert roles
    assert all((f.salience <= PASSING) == passing for f in roles), [
        (f.question, f.salience) for f in roles
    ]


@pytest.mark.parametrize(
    ("leaning", "standing"),
    [
        (
            "Mr. Obama carried Nevada by more than 12 percentage points that year.",
            "Mr. Obama carried Nevada by more than 12 percentage points in 2008.",
        ),
        (
            "Obama's chances of winning the election have risen to 86 percent since then.",
            "Obama's chances of winning the election have risen to 86 percent since Monday.",
        ),
        (  # the tagger calls this 'That' a relative pronoun
            "Virginia has moved into a state that leans toward Mr. Obama.\n\nThat represents a "
            "problem for Mr. Romney because Virginia’s 13 electoral votes could potentially "
            "substitute for Ohio’s 18 under many electoral configurations. If Mr. Obama were "
            "to win Virginia along with Wisconsin, he would have enough electoral votes.",
            "Virginia’s 13 electoral votes could potentially substitute for Ohio’s 18 under "
            "many electoral configurations.",
        ),
    ],
)
def test_words_that_lean_on_the_sentence_before_make_no_card(nlp, leaning, standing):
    """A card of the sentence without the words that lean on the one before, none with them."""
    leaning_words = ("that year", "since then", "That represents")
    assert _cards(nlp, standing)
    assert not [
        c.question for c in _cards(nlp, leaning) if any(w in c.question for w in leaning_words)
    ]


def test_a_blank_keeps_no_full_stop_before_a_comma(nlp) -> None:
    text = (
        "The two Micro-Rover prototypes, at 40 kg and 30 kg., are designed to be lowered "
        "into caves on Mars."
    )
    questions = [c.question for c in _cards(nlp, text) if c.answer == "30 kg"]
    assert questions
    assert not [q for q in questions if "_____." in q], questions


def test_a_number_standing_for_its_noun_is_no_subject_to_ask_about(nlp) -> None:
    text = (
        "Among the 21 polls in battleground states on Saturday, 16 had Mr. Obama ahead as "
        "compared with just two leads for Mr. Romney."
    )
    questions = [c.question for c in _cards(nlp, text)]
    assert questions
    assert not [q for q in questions if "did 16" in q], questions


def test_a_main_verb_read_as_a_participle_is_not_asked_in_the_passive(nlp) -> None:
    text = (
        "A powerful earthquake hit Wednesday off the coast of Guatemala, killing at least 29 "
        "people, officials said."
    )
    questions = [c.question for c in _cards(nlp, text, date(2012, 11, 8))]
    assert not [q for q in questions if "was a powerful earthquake hit" in q], questions


DAYTON = (
    "Acme Corp. cut 400 jobs at its plant in Dayton on Monday, the company said.\n\n"
    "The plant makes brake parts for trucks and had 1,900 workers.\n\n"
    "Acme opened two plants in Ohio in 2009. Acme's shares fell 12 percent after the Sept. 3 "
    "recall of 9,000 trucks, and Acme sold its Texas plant in June 2011."
)


def test_after_the_lead_a_bare_count_and_a_date_s_blank_are_passing(nlp) -> None:
    """Readers of unseen pages judged 18 of 88 bare counts after the lead and 23 of 84 date
    blanks after it worth studying; the lead's count and an amount with a unit stay."""
    article = Article(id="t", text=DAYTON, published=NOV5)
    every = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    kept = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    answers = {c.answer for c in kept}
    assert {"400", "12 percent"} <= answers, answers
    # 'Sept. 3' comes just after a sentence of 2009: it gets no year (round thirty-one)
    every_answers = {c.answer for c in every}
    assert {"two", "9,000", "June 2011"} <= every_answers, every_answers
    assert any("Sept. 3" in a for a in every_answers), every_answers
    assert not {"two", "9,000", "June 2011"} & answers, answers
    assert not any("Sept. 3" in a for a in answers), answers


def test_a_doubted_attribution_makes_no_who_said_card(nlp) -> None:
    quote = (
        "“This tweet hasn’t been written by me, and the traitors have fabricated it through "
        "Photoshop to distort my image,” said Sheik Mahmoud"
    )
    doubted = f"{quote} — or at least, said the user professing to be Sheik Mahmoud. Mahmoud lives in Bahrain."
    plain = f"{quote}. Mahmoud lives in Bahrain."
    assert [f.answer for f in facts_of_kind(nlp, plain, "who_said", NOV5)] == ["Sheik Mahmoud"]
    assert not facts_of_kind(nlp, doubted, "who_said", NOV5)


@pytest.mark.parametrize(
    ("leaning", "standing"),
    [
        (  # a country says where a carrier is from, not which
            "The U.S. mobile carrier's app store, launched in March 2010, has been overtaken by "
            "popular online app stores.",
            "Verizon's app store, launched in March 2010, has been overtaken by popular online "
            "app stores.",
        ),
        (  # a bare definite joined to a name leans as much as one alone
            "Eight of the wrongful death cases filed against Metro and the private defendants "
            "have now settled.",
            "Eight of the wrongful death cases filed against Metro and Alstom have now settled.",
        ),
    ],
)
def test_a_description_that_names_no_one_leans_on_the_sentence_before(nlp, leaning, standing):
    assert _cards(nlp, standing)
    assert not _cards(nlp, leaning)


def test_a_kind_of_business_says_not_which(nlp) -> None:
    """'the software giant' is the Microsoft the sentence names, not one a question can
    leave it out for."""
    text = (
        "Microsoft said the software giant had decided on Jan. 10 to release the SP1 for the "
        "public through the TechNet Web site."
    )
    questions = [c.question for c in _cards(nlp, text, date(2008, 1, 14))]
    assert questions
    assert not [q for q in questions if "software giant" in q and "Microsoft" not in q]


def test_a_relative_clause_the_parser_hung_on_a_name_is_not_asked_about_it(nlp) -> None:
    text = (
        "Plans will be announced on Tuesday when Guy Hands, whose Terra Firma private equity "
        "house bought EMI last year, announces his blueprint for the company's future."
    )
    questions = [c.question for c in _cards(nlp, text, date(2008, 1, 14))]
    assert not [q for q in questions if "house buy" in q], questions


@pytest.mark.parametrize(
    ("raw", "paragraphs"),
    [
        (  # a time stamp run into a paragraph
            "01:06 PM ET 11.12 | On Sunday, Jay Cutler took a huge hit from Tim Dobbins.\n\n"
            "12:30 | Cutler stayed in the game.",
            [
                "On Sunday, Jay Cutler took a huge hit from Tim Dobbins.",
                "Cutler stayed in the game.",
            ],
        ),
        (  # table cells run into a line: the long cell is the story
            "| | Derby Confirm Savage Interest | | | | Derby County manager Paul Jewell has "
            "confirmed his interest in signing Robbie Savage.\n\nA | B tests are run daily.",
            [
                "Derby County manager Paul Jewell has confirmed his interest in signing Robbie "
                "Savage.",
                "A | B tests are run daily.",
            ],
        ),
        (  # UTF-8 the page's software read as Windows-1252
            "Malcolm Glazer’s Â£790million takeover in 2005 was met by protests. "
            "Itâ€™s a â€œdealâ€\x9d, Gill said. Ferran Adrià ran elBulli.",
            [
                "Malcolm Glazer’s £790million takeover in 2005 was met by protests. "
                "It’s a “deal”, Gill said. Ferran Adrià ran elBulli."
            ],
        ),
    ],
)
def test_page_debris_is_no_word_of_the_story(raw, paragraphs) -> None:
    assert article_from_text(raw, "t.txt").paragraphs == paragraphs


@pytest.mark.parametrize(
    ("leaning", "standing", "answer", "published"),
    [
        (  # a piece that asks, its verb left out (sample Q10's 'As of October 2012, could ...?')
            "Hitachi is the preferred bidder for the Horizon project. So could the U.K. "
            "regulatory approval process for the reactors, which typically takes around four "
            "years.",
            "Hitachi is the preferred bidder for the Horizon project. The U.K. regulatory "
            "approval process for the reactors typically takes around four years.",
            "four years",
            date(2012, 10, 30),
        ),
        (  # what a supposition leads to (sample Q8's WRONG card), not the story's next step
            "Suppose voters vote with their home prices. Then Mr. Obama wins with 271 "
            "electoral votes, three more than needed.",
            "Acme opened a plant in Boston. Then Acme sold 271 cars in Boston on Nov. 2.",
            "271",
            date(2012, 10, 31),
        ),
        (  # a body's act with nothing to say which (sample Q11)
            "Bush said Iran halted its program in 2003 under international pressure.",
            "Bush said Iran halted its nuclear weapons program in 2003 under international "
            "pressure.",
            "2003",
            date(2008, 1, 9),
        ),
    ],
)
def test_what_is_not_told_as_a_fact_makes_no_card(nlp, leaning, standing, answer, published):
    assert answer in [c.answer for c in _cards(nlp, standing, published)]
    assert answer not in [c.answer for c in _cards(nlp, leaning, published)]


def test_a_year_alone_is_no_publication_day() -> None:
    """A copyright line's year, which the extractor writes as 1 January, dated every weekday
    of an undated page wrongly (sample Q11); a day the page states for machines stays."""
    guessed = article_from_html(
        SUNS_PAGE.format(footer="Copyright 2008 The Sports Network"), "t.html"
    )
    stated = article_from_html(
        SUNS_PAGE.format(footer="Copyright 2008").replace(
            "<head>", '<head><meta property="article:published_time" content="2008-01-01">'
        ),
        "t.html",
    )
    assert guessed.published is None
    assert stated.published == date(2008, 1, 1)


def test_the_people_and_one_word_is_no_post(nlp) -> None:
    text = (
        "The rebels were told the areas would be cleared for them, said the Canadian expert, "
        "Ian Smillie. Smillie co-wrote a U.N. report. Smillie said the diamonds were mined. "
        '"It was a war," Smillie said.'
    )
    posts = [f for f in facts_of_kind(nlp, text, "role", date(2008, 1, 10)) if "expert" in f.answer]
    assert posts
    assert all(f.passing for f in posts)


def test_a_club_describing_the_speaker_is_not_the_speaker(nlp) -> None:
    text = (
        "Mark Hughes is a leading candidate, but the Blackburn manager said he had received no "
        'contact from Newcastle. "There is always speculation when any big job comes up," the '
        "former Manchester United and FC Barcelona striker said."
    )
    speakers = {f.answer for f in facts_of_kind(nlp, text, "who_said", date(2008, 1, 11))}
    assert "Manchester United" not in speakers


def test_after_q12_a_mauling_is_a_toll_kept_after_the_lead(nlp) -> None:
    text = (
        "The San Francisco Zoo reopened on Thursday.\n\nIts tiger exhibit stays closed.\n\n"
        "The animal, a female named Tatiana, escaped near closing time on Christmas Day, "
        "mauling three visitors before it was shot to death by police."
    )
    tolls = [f for f in facts_of_kind(nlp, text, "number", date(2008, 1, 3)) if f.answer == "three"]
    # the toll is no passing detail, and its question keeps both commas of the aside
    assert [f.question for f in tolls] == [
        "How many visitors did the animal, a female named Tatiana, maul?"
    ]
    assert tolls[0].salience > PASSING


def test_after_q12_a_day_left_out_leaves_no_comma_before_the_question_mark(nlp) -> None:
    text = "Three visitors were mauled by the tiger, a female named Tatiana, on Tuesday."
    questions = [c.question for c in _cards(nlp, text, date(2008, 1, 10))]
    assert questions
    assert not [q for q in questions if ",?" in q], questions


def test_after_q12_a_name_after_a_title_abbreviation_is_in_the_same_sentence(nlp) -> None:
    text = (
        '"We have got two separate collisions here in the span of half an hour involving '
        'alcohol," said Ontario Provincial Police Const. Dave Woodford. Woodford said the '
        "drivers were charged."
    )
    questions = [c.question for c in _cards(nlp, text, date(2008, 1, 10)) if c.answer == "two"]
    assert questions
    assert all(q.endswith("Dave Woodford.") for q in questions), questions


def test_a_quote_that_shares_no_word_with_the_headline_or_the_lead_is_passing() -> None:
    """A remark beside the news (readers judged 8 of 41 such quotes worth studying)."""
    text = (
        "Acme Corp. cut 400 jobs at its plant in Dayton on Monday, Jane Roe said.\n\n"
        "The plant makes brake parts for trucks.\n\n"
        '"Orders for brake parts fell," Roe said. "I love sunny afternoons by the river," Roe said.'
    )
    reading = Reading.of(Article(id="a", text=text, title="Acme cuts 400 jobs"), ("jane roe",))

    def scored(quote: str) -> float:
        fact = Fact(
            kind=CardKind.WHO_SAID,
            key=quote,
            question=f'Who said: "{quote}"?',
            answer="Jane Roe",
            evidence="",
            source="a",
            answer_type=AnswerType("person"),
            person="Jane Roe",
        )
        return score(reading, text.find(quote), fact)

    assert (
        scored("I love sunny afternoons by the river")
        <= PASSING
        < scored("Orders for brake parts fell")
    )


ASBESTOS = (
    "A driver from Pennsylvania is under arrest after the truck he was driving, which was "
    "carrying asbestos, flipped over in Queens on Monday afternoon. The truck hit a divider just "
    "before 2 p.m. on the Clearview Expressway as it was exiting the Long Island Expressway, "
    "causing it to overturn. The ramps to the Clearview were closed for more than 12 hours as "
    "workers cleaned up the toxic debris. Police say the driver took off, but he was later "
    "arrested. Artur Gaska, 39, faces charges of leaving the scene of an accident."
)


def test_an_old_page_laid_out_in_a_table_is_read_without_its_furniture() -> None:
    """Sample Q13's page: its story in a table's cell, a row of short cells (date, menu,
    weather) and a copyright notice above it. It was 'cannot parse HTML'."""
    html = (
        '<cms:fetchRequest request="x"></cms:fetchRequest><html><head><title>Asbestos truck '
        "flips in Queens</title></head><body><table><tr><td>Jan 15, 2008</td><td>On NY1 Now: "
        "Inside City Hall</td><td>Weather: Late Day Snow</td></tr><tr><td>Reproduction in whole "
        "or in part without permission is prohibited. Copyright © 2008 NY1 News. All rights "
        f"reserved.</td></tr><tr><td>{ASBESTOS}</td></tr></table></body></html>"
    )
    assert article_from_html(html, "t.html").paragraphs == [ASBESTOS]


def test_after_q13_a_question_that_names_nothing_is_passing(nlp) -> None:
    """'Who scored a career-high 25 points?' (which game?) was VAGUE in sample Q13; the same
    act told with its day is asked with the article's month and stays. Since sample Q22
    ('Who sought a meeting with coach Gavin Hunt?', VAGUE) an act with no time makes no card."""
    tail = "\n\nJerome Dyson added 18 points for the Huskies."
    vague = "A.J. Price scored a career-high 25 points, and Connecticut beat St. John's 69-65."
    dated = "A.J. Price scored a career-high 25 points on Saturday."

    def asked(text: str) -> dict[str, bool]:
        facts = facts_of_kind(nlp, text + tail, "who_did", date(2008, 1, 9))
        return {f.question: f.salience <= PASSING for f in facts}

    assert asked(vague) == {}
    assert asked(dated) == {"Who scored a career-high 25 points in January 2008?": False}


def test_after_q13_a_title_joined_to_another_person_s_is_no_post(nlp) -> None:
    """'the former president and Sen. Hillary Rodham Clinton' are two people (sample Q13's
    'president and Senator'); 'WeWork's founder and CEO Adam Neumann' is one."""
    two = (
        "Bill Clinton and Hillary Clinton campaigned on Monday. The former president and Sen. "
        "Hillary Rodham Clinton spoke in Harlem on Monday. Clinton said she would win."
    )
    one = "WeWork's founder and CEO Adam Neumann spoke on Monday. Neumann said he would stay."
    posts = {
        text: [f.answer for f in facts_of_kind(nlp, text, "role", date(2008, 1, 14))]
        for text in (two, one)
    }
    assert "president and Senator" not in posts[two]
    assert "WeWork's founder and CEO" in posts[one]
