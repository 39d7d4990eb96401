"""Faults read on sample O (news pages of adbar/htmldate's test set, 2020), each fixed by
a general rule: a relative date opening a sentence ('Last Thursday, police found ...'),
... Invented sentences of the same shapes, each with its page's published date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from trainer.articles import article_from_html
from trainer.cli import main
from trainer.decks import load_deck
from trainer.extract import dates as date_mentions
from trainer.language.dates import PATTERNS, resolve
from trainer.model import Article
from trainer.questions import date as dates
from trainer.questions import number, place, quote_cloze, role, who_said

OCT29_2020 = date(2020, 10, 29)  # a Thursday
NOV20 = date(2019, 11, 20)  # a Wednesday


def form_of(text: str) -> str:
    return next(form for form, pattern in PATTERNS if pattern.fullmatch(text))


def date_facts(nlp, text: str, published: date = NOV20) -> list:
    """The date facts of one sentence, in an article of that publication date."""
    return dates.find(nlp(text), Article(id="t", text=text, published=published))


# -- 'Last Thursday' at the start of a sentence is last week's ---------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # said on a Thursday, 'last Thursday' is a week ago, not today
        ("Last Thursday", OCT29_2020, "2020-10-22"),
        ("last Thursday", OCT29_2020, "2020-10-22"),
        ("Last Monday", OCT29_2020, "2020-10-26"),
        # a day or two back: yesterday, or that day of the week before? (sample R: the
        # week before, on a Tuesday page)
        ("Last Monday", date(2025, 2, 11), None),
        ("last Sunday", date(2025, 2, 11), None),
        ("last Saturday", date(2025, 2, 11), "2025-02-08"),
        # a month's name after a capital 'Last' or 'Next' is no bare month
        ("Last December", NOV20, "2018-12"),
        ("Next March", NOV20, "2020-03"),
        ("Last March", NOV20, None),
    ],
)
def test_a_capital_last_or_next_is_read(text: str, published: date, expected: str | None) -> None:
    assert resolve(text, form_of(text), published, "past") == expected


@pytest.mark.slow
def test_a_sentence_opening_with_last_weekday_dates_last_week(nlp) -> None:
    text = (
        "Two men have been charged over card skimming at the hospital. Last Thursday, "
        "police found a man using a stolen card at a cash machine in Glen Eden."
    )
    found = {m.span.text: m.value for m in date_mentions.mentions(nlp(text), OCT29_2020)}
    assert found == {"Last Thursday": "2020-10-22"}


# -- a character the page's encoding lost makes no card of its sentence ------------------

LOST = (
    "title: Spain plans its vaccine rollout\npublished: 2020-11-23\n---\n"
    "Spanish Prime Minister Pedro S\ufffdnchez says a national vaccination plan will be "
    "launched in January.\n\n"
    "Health Minister Salvador Illa said the vaccine will be given at 13,000 centres "
    "across Spain from January.\n"
)


@pytest.mark.slow
def test_a_sentence_with_a_lost_character_makes_no_card(nlp, tmp_path) -> None:
    article = tmp_path / "lost.txt"
    article.write_text(LOST, encoding="utf-8")
    out = tmp_path / "lost.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    cards = load_deck(out).cards
    shown = " ".join(f"{c.question} {c.answer} {' '.join(c.choices)}" for c in cards)
    assert "Pedro" not in shown and "\ufffd" not in shown
    assert any("Illa" in f"{c.question} {c.answer}" for c in cards)  # the next sentence is read


# -- a quotation is given as said: no surname in it is written out ------------------------

VERBATIM = (
    'Joe Biden said Thursday that Donald Trump would try to delay the election. "Those '
    'are ramblings," Tim Murtaugh, a spokesman for the campaign, said in a statement '
    'Friday. "President Trump has been clear that the election will happen on November 3rd."'
)


@pytest.mark.slow
def test_a_cloze_of_a_quotation_keeps_its_words(nlp) -> None:
    article = Article(id="t", text=VERBATIM, published=date(2020, 4, 24))
    clozes = [f.question for f in dates.find(nlp(VERBATIM), article)]
    assert any("_____" in q and "Murtaugh said" in q for q in clozes), clozes
    assert all("President Trump has been clear" in q for q in clozes if "Murtaugh said" in q)
    assert not any("Donald Trump has been" in q for q in clozes)


# -- a page's captions, agency sign-offs and teasers are not the story -------------------

STORY = "".join(
    f"<p>Paragraph {i} of the report says protesters gathered outside the theatre in Paris "
    "on Friday evening to confront the president over the pension reform.</p>"
    for i in range(5)
)


def _page(body: str) -> str:
    return (
        "<html><head><title>Protesters confront Macron at a Paris theatre</title></head><body>"
        f"<article><h1>Protesters confront Macron at a Paris theatre</h1>{body}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("note", "left"),
    [
        (
            "FILE PHOTO: French President Emmanuel Macron speaks during a ceremony near "
            "Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS",
            "Orleans",
        ),
        (
            "Police officers stand guard outside the theatre in Paris, France, January 17, "
            "2020. REUTERS/Gonzalo Fuentes",
            "stand guard",
        ),
        ("The president leaves the theatre on Friday. (AP Photo/Jane Roe)", "leaves the"),
        (
            "Mumbai [India], Jan 13 (ANI): Equity benchmark indices hit fresh lifetime highs on "
            "Monday as global investors awaited for ...",
            "Equity benchmark",
        ),
        ("File photo of the suspended councillor Jane Roe.", "suspended councillor"),
        ("Follow our full coverage of the pension reform here.", "full coverage"),
        ("Time to show off your poker skills and win big prizes. Register Now!", "poker"),
    ],
)
def test_a_caption_or_a_cut_teaser_is_no_part_of_the_story(note: str, left: str) -> None:
    text = article_from_html(_page(f"<p>{note}</p>{STORY}"), "t.html").text
    assert left not in text and "Paragraph 4 of the report" in text


def test_a_paragraph_shown_twice_is_read_once() -> None:
    lead = "Protesters tried to force their way into a theatre in Paris on Friday evening."
    text = article_from_html(_page(f"<p>{lead}</p>{STORY}<p>{lead}</p>"), "t.html").text
    assert text.count(lead) == 1


def test_an_agency_sign_off_is_cut_from_the_last_sentence() -> None:
    text = article_from_html(
        _page(f"{STORY}<p>The next protest is planned for Saturday in Lyon. — AFP</p>"), "t.html"
    ).text
    assert text.rstrip().endswith("planned for Saturday in Lyon.")


@pytest.mark.parametrize(
    "kept",
    [
        "A spokesman for the theatre told Reuters the show would go on.",
        '"We will see what happens ..." one protester said as the police arrived.',
        "The union said it was in talks with AFP and other agencies about the coverage.",
        "The photo of the suspect was released by police in the city on Monday evening.",
        "Voters can register now for the election in March, the council said on Monday.",
    ],
)
def test_a_sentence_naming_an_agency_or_trailing_off_in_a_quote_stays(kept: str) -> None:
    text = article_from_html(_page(f"{STORY}<p>{kept}</p>"), "t.html").text
    assert kept in text


# -- a rank after a job is the person's, not part of the post ----------------------------


def posts(nlp, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, published=NOV20)
    return {f.question: f.answer for f in role.find(nlp(text), article)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Police spokesman Sgt. John Smith said the driver was taken to hospital.", "spokesman"),
        ("Air Force spokesman Lt. Col. John Doe said the jet crashed at noon.", "spokesman"),
        ("U.S. Marshals spokesman Inspector Frank Lee said the man was held.", "spokesman"),
    ],
)
def test_a_rank_after_a_job_is_no_part_of_the_post(nlp, text: str, post: str) -> None:
    cards = posts(nlp, text)
    shown = " ".join(f"{q} {a}" for q, a in cards.items())
    assert post in shown
    assert not any(
        rank in shown for rank in ("Sergeant", "Sgt", "Lieutenant", "Colonel", "Inspector")
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Detective Inspector Jane Roe said no arrests had been made.", "Detective Inspector"),
        ("Police Sgt. Mary Major said the road was closed on Monday.", "Police Sergeant"),
    ],
)
def test_a_rank_that_is_the_post_stays(nlp, text: str, post: str) -> None:
    assert post in posts(nlp, text).values()


# -- a quotation inside a quotation is relayed, not the speaker's own --------------------

RELAYED = (
    "Stephen Moore was in touch with activists planning a protest at the state Capitol. "
    "On a radio show, Moore said he had “one big donor in Ohio” who had pledged support "
    "for the protesters, telling him, “‘Steve, I promise, I will pay the bail and legal "
    "fees of anyone who gets arrested.’” Moore said on Tuesday: “We will keep the protest "
    "peaceful and we will be at the state Capitol on Friday.”"
)


@pytest.mark.slow
def test_a_quotation_only_relayed_is_not_the_speakers(nlp) -> None:
    article = Article(id="t", text=RELAYED, published=NOV20)
    said = [f.question for f in who_said.find(nlp(RELAYED), article)]
    assert not any("bail" in q for q in said)
    assert any("keep the protest peaceful" in q for q in said)


# -- 'the company' needs a body's name; '"...," it said' needs one outside the quote ------


def questions(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, published=NOV20)
    doc = nlp(text)
    return [f.question for find in (dates.find, number.find) for f in find(doc, article)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Tim Cook said the company would open 12 new stores in 2021.",
        "The brokerage said the 1.6 per cent growth will be deeper than the commonly "
        "perceived recessions Brazil has experienced in 1970s, 1980s and 2009.",
        '"Our sense so far is of a less aggressive policy stimulus by Brazilian '
        'policymakers compared to, for example, 2009," it said.',
    ],
)
def test_a_card_never_leans_on_a_body_named_elsewhere(nlp, text: str) -> None:
    assert questions(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Apple CEO Tim Cook said the company would open 12 new stores in 2021.",
        '"Our sense so far is of a less aggressive policy stimulus by Brazilian '
        'policymakers compared to, for example, 2009," Goldman Sachs said.',
    ],
)
def test_a_body_named_in_the_question_binds_it(nlp, text: str) -> None:
    assert questions(nlp, text) != []


# -- 'Where is X?' only of what stays in one place ---------------------------------------


def places(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, published=NOV20)
    return [f.question for f in place.find(nlp(text), article)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for the Egyptian Embassy in Washington did not respond to a request.",
        "U.S. Marshals in Georgia have arrested a football player accused of killing a man.",
        "The race will take place in 2022, avoiding a clash with the Commonwealth Games in "
        "Birmingham.",
    ],
)
def test_no_where_is_card_of_an_office_or_an_event(nlp, text: str) -> None:
    assert not any(q.startswith("Where") for q in places(nlp, text))


@pytest.mark.slow
def test_a_where_is_card_of_an_institute_stays(nlp) -> None:
    text = "Economists at the Peterson Institute in Washington said the tariffs would cost jobs."
    assert "Where is the Peterson Institute?" in places(nlp, text)


# -- what is due by a deadline is part of the fact ----------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "U.S. District Judge Jane Roe of Washington, D.C., has given Soltan until July 28 to "
        "respond to the bid to dismiss the case.",
        "The judge gave the company until Friday to answer the complaint.",
    ],
)
def test_a_deadline_card_keeps_what_is_due(nlp, text: str) -> None:
    for fact in date_facts(nlp, text):
        assert "to respond" in fact.question or "to answer" in fact.question, fact.question


# -- a full name the tagger took for a place is still the person's -----------------------

MISTYPED = (
    "Several lawmakers have accused Egypt of pressing Washington to dismiss a lawsuit from "
    "{full}, an Egyptian American who was imprisoned for 21 months in Cairo.\n\n"
    "{last} cited the Torture Victim Protection Act, a 1991 law.\n\n"
    '"The ransom is dropping my lawsuit. They told my family so," {last} said on Friday.'
)


@pytest.mark.slow
@pytest.mark.parametrize("label", ["GPE", "ORG", ""])
@pytest.mark.parametrize(
    ("full", "last"), [("Mohamed Soltan", "Soltan"), ("Ronda Vuillemont-Smith", "Vuillemont-Smith")]
)
def test_a_full_name_tagged_as_a_place_writes_the_surname_out(
    nlp, label: str, full: str, last: str
) -> None:
    from trainer.extract.persons import PersonIndex

    text = MISTYPED.format(full=full, last=last)
    doc = nlp(text)
    # the tagger's reading, set by hand: the full name as `label` (or nothing), every lone
    # mention of the surname a person
    at = text.index(full)
    spans = [doc.char_span(at, at + len(full), label=label)] if label else []
    spans += [
        doc.char_span(m.start(), m.end(), label="PERSON")
        for m in re.finditer(re.escape(last), text)
        if m.start() > at + len(full)
    ]
    doc.ents = [s for s in spans if s is not None]
    assert PersonIndex(doc).resolve(last) == full


@pytest.mark.slow
def test_a_wh_question_naming_nothing_gives_way_to_the_sentences_blank(nlp) -> None:
    text = (
        "California is also raising its minimum wage to $9 per hour, but workers must wait "
        "until July to see the addition."
    )
    questions = [f.question for f in date_facts(nlp, text, date(2013, 12, 30))]
    assert any("California" in q and "to see the addition" in q for q in questions), questions


# -- a quote's blank is never half of a name with an 'and' in it -------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        '"The issue is a simple one. Today in Trinidad and Tobago, the demand for forex '
        'outstrips the supply," Finance Minister Colm Imbert said on Monday.',
        '"The issue is a simple one. Today in Bosnia and Herzegovina, the demand for loans '
        'outstrips the supply," Finance Minister Colm Imbert said on Monday.',
    ],
)
def test_a_quote_cloze_never_blanks_half_a_name(nlp, text: str) -> None:
    article = Article(id="t", text=text, published=NOV20)
    answers = [f.answer for f in quote_cloze.find(nlp(text), article)]
    assert not {"Trinidad", "Tobago", "Bosnia", "Herzegovina"} & set(answers), answers


# -- how many sources told a reporter is never the news ----------------------------------


@pytest.mark.slow
def test_a_count_of_the_sources_is_a_passing_detail(nlp) -> None:
    text = (
        "Two Turkish security sources told Reuters a Syrian migrant also died from injuries "
        "on Monday after Greek forces acted to stop migrants. Two officials were killed in "
        "the attack on the border post on Monday."
    )
    article = Article(id="t", text=text, published=NOV20)
    facts = [(f.question, f.passing) for f in number.find(nlp(text), article)]
    sources = [passing for question, passing in facts if "sources" in question]
    killed = [passing for question, passing in facts if "killed" in question]
    assert sources == [True] and killed == [False], facts


# -- 'would' after a recent remark: the nearest month, before or after --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("March", "2020-03"), ("February", "2020-02"), ("June", "2019-06"), ("October", "2019-10")],
)
def test_a_month_ahead_of_a_remark_is_the_nearest(text: str, expected: str) -> None:
    # 'John Smith said Monday he would resign in March', in a paper of Nov. 20, 2019
    assert resolve(text, "month", NOV20, "either") == expected


# -- 'yesterday', 'today', 'tonight': the article's day, or the one before -----------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Boris Johnson yesterday announced a ban on large gatherings in England.",
            "On what date did Boris Johnson announce a ban on large gatherings in England?",
            "Tuesday, Nov. 19, 2019",
        ),
        (
            "Finance Minister Colm Imbert will announce the budget tonight.",
            "On what date will Finance Minister Colm Imbert announce the budget?",
            "Wednesday, Nov. 20, 2019",
        ),
    ],
)
def test_yesterday_and_tonight_are_asked_as_dates(nlp, text, question, answer) -> None:
    found = {f.question: f.answer for f in date_facts(nlp, text)}
    assert found.get(question) == answer, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Today, more people in England own a phone than a toothbrush.",
        "Yesterday's decision by the Bank of England surprised investors in London.",
        'Boris Johnson said: "Today we take back control of our borders in England."',
        "The segment aired on NBC's Today with Jane Roe in New York.",
        # a caption in the plain present, the writer's own day
        "Staff at Massy Stores Westmoorings wait outside the supermarket yesterday during "
        "its closure because of a cyber attack.",
        "Today, I'm going to build on what I shared about the Acme merger in Boston.",
    ],
)
def test_a_today_that_is_no_day_makes_no_date_card(nlp, text: str) -> None:
    assert not any(f.answer.endswith("2019") for f in date_facts(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a verb the parser could not place ('are', after a relative clause without 'that')
        (
            "The autonomous Volvo SUVs Uber is debuting in San Francisco today are a "
            "different story.",
            "debuting in San Francisco _____ are",
        ),
        # a colon after the verb: the wh-question moved the words around it
        (
            "Today, the European Space Agency's Rosetta spacecraft will engage its thrusters "
            "for one final maneuver: a suicidal plunge toward the comet.",
            "for one final maneuver: a suicidal plunge",
        ),
    ],
)
def test_a_misread_clause_is_asked_in_its_own_words(nlp, text: str, kept: str) -> None:
    questions = [f.question for f in date_facts(nlp, text)]
    assert questions and all(kept in q for q in questions), questions


@pytest.mark.slow
def test_an_ago_the_parser_hung_on_another_verb_is_not_moved_to_it(nlp) -> None:
    text = (
        "Calling the return to school two months ago as the litmus test, the Ministry of "
        "Education said yesterday it was satisfied children can safely attend classes."
    )
    questions = [f.question for f in date_facts(nlp, text, date(2022, 4, 22))]
    assert not any(q.startswith("When did the Ministry of Education call") for q in questions)
