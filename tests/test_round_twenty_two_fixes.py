"""Faults of the twenty-second round (issue 10), from samples Q28 to Q36: amounts the reader
did not see ('a $100-million transformation', '1.43°C'), a lead fact buried after ', where',
a name written out into another name ('Xbox Live 360'), a product asked where it stands,
a device the card does not name. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of, facts_of_kind

pytestmark = pytest.mark.slow

NOV8 = date(2023, 11, 8)


def test_an_amount_written_as_a_modifier_is_money(nlp) -> None:
    """'following a $100-million, property-wide transformation' (sample Q31: the headline's
    '$100M revamp', and the page had no card): the hyphen joins the amount to its noun, it
    is $100 million, and its wrong answers are written alike."""
    text = (
        "Fairmont Jasper Park Lodge officially reopened on Monday following a $100-million, "
        "property-wide transformation. The lodge had been closed since the 2024 wildfire."
    )
    cards = [c for c in cards_of(nlp, text, NOV8) if c.kind == "number"]
    assert [c.answer for c in cards] == ["$100-million"]
    assert all(choice.endswith("-million") for choice in cards[0].choices)


def test_a_temperature_is_a_measure_read_out_in_degrees(nlp) -> None:
    """'surpassed pre-industrial averages by 1.43°C' (sample Q28's headline: 2023 the hottest
    year, and the page had no card): a temperature is a number to ask, in degrees."""
    text = "Temperatures in Seville reached 46 °C on Tuesday, the highest ever recorded in Spain."
    questions = card_questions(nlp, text, NOV8, "number")
    assert questions == [
        "How many degrees Celsius did temperatures in Seville reach, the highest ever recorded in Spain?"
    ]
    rose = "Global temperatures rose by 1.2°F in 2023, the Copernicus Climate Change Service said."
    assert "1.2°F" in card_answers(nlp, rose, NOV8, "number")


def test_a_fact_after_where_is_asked_of_its_own_clause(nlp) -> None:
    """'A rezoning proved a central issue in a race in the East Bronx, where Democratic
    incumbent Marjorie Velázquez trailed ... by more than 700 votes on Wednesday' (sample
    Q28's lead: 42 words, a passing detail, and the page had no card). The clause after ',
    where' names its own subject and is asked alone; one whose time stays behind ('struck
    Cuba on Monday, where divers rescued 250') is not cut."""
    text = (
        "A controversial rezoning proved to be a central issue in a heated City Council race "
        "in the East Bronx, where Democratic incumbent Marjorie Velázquez trailed her "
        "Republican challenger Kristy Marmorato by more than 700 votes on Wednesday."
    )
    assert card_questions(nlp, text, NOV8, "number") == [
        "By how many votes did Democratic incumbent Marjorie Velázquez trail her Republican "
        "challenger Kristy Marmorato?"
    ]
    assert card_questions(nlp, text, NOV8, "date") == [
        "On what date did Democratic incumbent Marjorie Velázquez trail her Republican "
        "challenger Kristy Marmorato by more than 700 votes?"
    ]
    wilma = (
        "Hurricane Wilma struck western Cuba on Monday, where military divers rescued nearly "
        "250 people from flooded homes in Havana."
    )
    assert all("Wilma" in q for q in card_questions(nlp, wilma, NOV8, "number"))


def test_a_figure_after_a_name_goes_on_the_name(nlp) -> None:
    """'the Xbox 360' became 'the Xbox Live 360' (sample Q36, WRONG): 'Xbox Live', read as a
    person, wrote out 'Xbox' as its first name. A figure right after the word is the rest of
    the name."""
    text = (
        "Microsoft has taken the bold step of announcing that the Xbox 360 will become "
        "profitable by the start of the company's 2007 financial year, which begins in July "
        "2006.\n\n"
        "Greater promotion of Xbox Live (including bundling of basic Live packages with the "
        "non-Core system) has the potential to increase revenues from the new console."
    )
    questions = " ".join(c.question for c in cards_of(nlp, text, date(2005, 12, 1)))
    assert "Xbox 360" in questions
    assert "Xbox Live 360" not in questions


def test_a_new_product_is_not_asked_where_it_stands(nlp) -> None:
    """'Xiaomi has updated its TV lineup with the new Mi TV 4A Series in Beijing' -> 'Where
    is the new Mi TV 4A Series?' (sample Q36, NONSENSE): it was launched there. A named
    body still is asked where it stands."""
    launched = "Xiaomi has now updated its TV lineup with the new Mi TV 4A Series in Beijing."
    assert card_questions(nlp, launched, NOV8, "place") == []
    stands = "Fans queued outside the Staples Center in Los Angeles for tickets on Monday."
    assert "Where is the Staples Center?" in card_questions(nlp, stands, NOV8, "place")


def test_what_follows_a_cut_clause_goes_with_it(nlp) -> None:
    """'Canada's jobless rate fell to 6.6 per cent in _____ the first significant employment
    gain since November 2025, according to ...' (sample Q31, UNGRAM): the 'as ...' clause was
    cut and its appositive left behind. It goes with the clause, and so does a closing
    ', according to X' (sample Q31's headline fact, 37 words, was a passing detail)."""
    text = (
        "Canada’s jobless rate fell to 6.6 per cent in May as 88,000 positions were added into "
        "the economy, the first significant employment gain since November 2025, according to "
        "Statistics Canada’s labour force survey data released Friday."
    )
    questions = card_questions(nlp, text, date(2026, 6, 5), "date")
    assert "In what month did Canada’s jobless rate fall to 6.6 per cent?" in questions
    assert not any("in _____ the first" in q for q in questions)
    number = card_questions(nlp, text, date(2026, 6, 5), "number")
    assert any(
        q.startswith("Canada’s jobless rate fell to 6.6 per cent in May 2026 as _____")
        for q in number
    )
    assert not any("according to" in q for q in number)
    fronted = (
        "In January, less than a week after Trump officially took office, the Dow hit 20,000 "
        "for the first time ever (a largely psychological milestone)."
    )
    assert card_questions(nlp, fronted, date(2017, 3, 22), "date") == [
        "In what month did the Dow hit 20,000 for the first time ever?"
    ]


def test_a_topic_opening_is_no_part_of_the_question(nlp) -> None:
    """'At what price does the base variant come as for the pricing?' (sample Q36, UNGRAM):
    'As for the pricing,' names what the sentence turns to. 'As for Jane Roe,' stays: the
    sentence speaks of her as 'her'."""
    text = "As for the pricing, the 43-inch base variant of the Mi TV 4A comes at 2,099 Yuan."
    questions = card_questions(nlp, text, date(2017, 3, 22), "number")
    assert questions and not any("as for" in q.lower() for q in questions)


def test_a_crosshead_run_into_the_text_is_cut_off(nlp) -> None:
    """ "Constant fear' The Dalai Lama paid tribute to all those who had died since _____"
    (sample Q36, UNGRAM): the page ran its crosshead into the next sentence."""
    text = (
        "\"I have no doubt that the justice of Tibet's cause will prevail.\" 'Constant fear' The "
        "Dalai Lama paid tribute to all those who had died since 1959, including victims of "
        "last year's deadly protests in Lhasa."
    )
    questions = card_questions(nlp, text, date(2009, 3, 10), "date")
    assert questions
    assert all(q.startswith("The Dalai Lama paid tribute") for q in questions)


def test_a_headline_glued_to_a_sentence_makes_no_card(nlp) -> None:
    """'The Affordable Care Act _____ Cut From Medicare Normally.': a headline in capitals
    the page ran into the next sentence. A name with a small word in capitals stays."""
    glued = (
        'As Chait goes on to note, the CBO now projects that "the law would reduce the '
        'deficit by slightly more than it had originally forecast."\n\n'
        "- The Affordable Care Act $500 Billion Cut From Medicare Normally, if you tell "
        "Republicans that you're going to cut $500 billion from Medicare, they will respond by "
        'saying, "Hooray, but could we make it $700 billion?" But the moment they got it into '
        "their heads that the Affordable Care Act would make that cut from Medicare, suddenly "
        "everyone got all hot with concern."
    )
    assert not any("Cut From" in q for q in card_questions(nlp, glued, date(2012, 11, 8), "number"))
    named = "The Department Of Justice fined Acme $5 million on Monday."
    assert card_answers(nlp, named, date(2012, 11, 8), "number") == ["$5 million"]


def test_a_sentence_split_before_while_is_no_sentence(nlp) -> None:
    """'As of March 2017, while the AI supported models is priced at _____' (sample Q36,
    UNGRAM): the parser ended the sentence before 'while' (after 'approx.)')."""
    text = (
        "That aside, the 55 inch 4K supported standard variant comes at 3,199 Yuan ($463/Rs "
        "30,410 approx.) while the AI supported models is priced at 3,599 Yuan ($521/Rs 34,220 "
        "approx.) Finally, the top of the line 65 inch model is priced at 5,699 Yuan."
    )
    questions = card_questions(nlp, text, date(2017, 3, 22), "number")
    assert not any("while the AI" in q for q in questions)
    assert "3,599 Yuan" not in card_answers(nlp, text, date(2017, 3, 22), "number")


def test_a_pronoun_written_out_loses_its_capital_after_as_of(nlp) -> None:
    """'As of March 2017, The Mi TV 4A includes _____' (sample Q36, UNGRAM): 'It' written
    out as 'The Mi TV 4A' kept the capital of the sentence's first word."""
    text = (
        "The Mi TV 4A comes in four different display sizes. It includes 43 inches, 49 inches, "
        "55 inches and 65-inch variant."
    )
    questions = card_questions(nlp, text, date(2017, 3, 22), "number")
    assert any(q.startswith("As of March 2017, the Mi TV 4A includes") for q in questions)
    assert not any("The Mi TV" in q for q in questions)


def test_a_long_question_loses_what_ends_its_clause(nlp) -> None:
    """'Federal prosecutors on _____ announced three arrests tied to a "high-end brothel
    network" that allegedly operated out of apartments in Greater Boston and Virginia,
    attracting clients who ranged from politicians to military officers' (sample Q32's
    lead, 40 words: a passing detail, and the headline was not asked). Too long, a question
    loses the clause or phrase that ends it, the least that will do; a participle right
    after its noun says which and stays."""
    text = (
        "Federal prosecutors on Wednesday announced three arrests tied to a “high-end brothel "
        "network” that allegedly operated out of apartments in Greater Boston and Virginia, "
        "attracting clients who ranged from politicians to military officers, including "
        "elected officials, pharmaceutical executives, doctors and lawyers."
    )
    questions = card_questions(nlp, text, NOV8, "date")
    assert questions == [
        "Federal prosecutors on _____ announced three arrests tied to a “high-end brothel "
        "network” that allegedly operated out of apartments in Greater Boston and Virginia."
    ]
    gaza = (
        "Deadly clashes erupted between rival factions in the Gaza Strip on Monday for the "
        "first time in more than a month, despite a conciliatory speech toward Hamas by "
        "Fatah's leader, Palestinian President Mahmoud Abbas."
    )
    assert card_questions(nlp, gaza, date(2008, 1, 1), "date") == [
        "On what date did deadly clashes erupt between rival factions in the Gaza Strip for "
        "the first time in more than a month?"
    ]


def test_a_previous_one_leans_on_the_one_told(nlp) -> None:
    """'On what date did a previous attack on a Shi'ite mosque in Kabul occur?' (sample Q37,
    NONSENSE): previous to the attack the article told of. 'the previous year' says when."""
    text = (
        "A previous attack on a Shi'ite mosque in Kabul occurred on September 29 as Muslims "
        "prepared to commemorate Ashura."
    )
    assert card_answers(nlp, text, date(2017, 10, 21), "date") == []
    year = (
        "There were 136 serious accidents in 2007, down from 164 crashes the previous year, "
        "the Aircraft Crashes Record Office said."
    )
    assert "164" in card_answers(nlp, year, date(2008, 1, 2), "number")


def test_the_crime_is_the_one_told_before(nlp) -> None:
    """'How many of Jesse James Hollywood's associates have been convicted in the crime?'
    (sample Q37, NONSENSE): which crime, the article told before."""
    text = (
        "Jesse James Hollywood was convicted of kidnapping on Monday.\n\n"
        "Four of Hollywood's associates have been convicted in the crime."
    )
    assert "Four" not in card_answers(nlp, text, date(2009, 6, 9), "number")


def test_a_verb_s_too_leans_on_the_sentence_before(nlp) -> None:
    """'In what month did large parts of the UK see twice the average amount of rainfall
    too?': too, besides what the sentence before told. The question drops it, as 'also'."""
    text = "Large parts of the UK saw twice the average amount of rainfall in October too."
    assert card_questions(nlp, text, NOV8, "date") == [
        "In what month did large parts of the UK see twice the average amount of rainfall?"
    ]


def test_a_quote_about_there_leans_on_the_story(nlp) -> None:
    """'(For) people who were down there, the most important thing ...' (sample Q37,
    NONSENSE): down where, the story says. Readers judged none of 12 such quotes worth
    studying. A quote that names its place stays."""

    def passing(quote: str) -> list[bool]:
        text = f'"{quote}," Michael Tucker, a firefighter, said on Friday.'
        return [f.passing for f in facts_of_kind(nlp, text, "who_said", date(2011, 9, 10))]

    assert passing(
        "People who were down there wanted to recover people, even with no survivors"
    ) == [True]
    assert passing("People at ground zero wanted to recover people, even with no survivors") == [
        False
    ]


def test_an_act_named_by_its_place_alone_needs_a_time(nlp) -> None:
    """'the death toll in the Kabul attack had risen to at least _____' (sample Q37,
    NONSENSE): which attack in Kabul, when? With its day the question says which."""
    told = (
        "An Afghan Interior Ministry spokesman said that the death toll in the Kabul attack "
        "had risen to at least 56 people."
    )
    assert card_answers(nlp, told, date(2017, 10, 21), "number") == []
    dated = "The death toll in the Kabul attack on Friday had risen to at least 56 people."
    assert card_answers(nlp, dated, date(2017, 10, 21), "date") == ["Friday, Oct. 20, 2017"]


def test_a_cut_inside_the_subject_keeps_the_main_verb(nlp) -> None:
    """The rest after a cut clause goes with it, but not past the main verb when the cut is
    inside the subject: '..., which is offered at a _____ monthly rate for its Stadia Pro
    subscription (there is also ...), is centered on ...' had lost 'is centered on ...'."""
    text = (
        "Google's gaming offering, which is offered at a $9.99 monthly rate for its Stadia Pro "
        "subscription (there is also a $129.99 Premiere Edition available for preorder that "
        "includes a controller, Chromecast Ultra and three months of Stadia Pro and a free "
        "tier of the Stadia service is due out next year), is centered on the growing industry "
        "of game streaming, allowing players to access AAA titles while on-the-go through "
        "their smart phone device, tablet or computer, as well as their TV."
    )
    found = [q for q in card_questions(nlp, text, date(2019, 11, 19), "number") if "monthly" in q]
    assert found and all(
        "is centered on the growing industry of game streaming" in q for q in found
    )


def test_the_feature_is_the_one_told_before(nlp) -> None:
    """'On what date did CEO Elon Musk reveal that the feature may be altogether smarter than
    expected?' (sample Q38, NONSENSE): which feature, the article told before."""
    text = "CEO Elon Musk revealed on Saturday that the feature may be altogether smarter than expected."
    assert card_answers(nlp, text, date(2017, 10, 23), "date") == []


def test_a_quote_cut_before_its_object_is_a_passing_detail(nlp) -> None:
    """'... and join us in fixing' (sample Q38, NONSENSE): fixing what, the words after the
    quotation marks say. A quote that ends on its object stays."""

    def passing(text: str) -> list[bool]:
        return [f.passing for f in facts_of_kind(nlp, text, "who_said", date(2017, 3, 24))]

    cut = (
        '"My hope is that Democrats will quit gloating at our inability to get it done on a '
        "party-line basis and join us in fixing\" Obama's law, Sen. John Cornyn said on Friday."
    )
    whole = '"My hope is that Democrats will join us in fixing the health law," Sen. John Cornyn said on Friday.'
    assert passing(cut) == [True]
    assert passing(whole) == [False]


def test_a_piece_may_stop_before_a_relative_clause(nlp) -> None:
    """A question made short by losing a relative clause at its end ('..., an existing
    feature | that drives the car along highways') is no piece cut before a subject: the
    'that' is the relative clause's own."""
    from trainer.extract.clauses.main_clause import stops_before_a_subject

    doc = nlp(
        "Customers can pay $5,000 to unlock semi-autonomous capabilities, an existing feature "
        "that drives the car along highways and automatically parks."
    )
    that = next(t for t in doc if t.lower_ == "that")
    assert not stops_before_a_subject(list(doc[: that.i]))
    half = nlp(
        "Acme said it was growing after Jane Roe told the board 40 per cent of buyers were returning."
    )
    per = next(t for t in half if t.lower_ == "40")
    assert stops_before_a_subject(list(half[: per.i]))


def test_a_date_of_no_year_is_a_passing_detail(nlp) -> None:
    """'Nintendo shows no sign of slowing down, selling 679,200 pieces of Wii hardware in
    _____.' -> January (sample Q38, RELATIVE): a month of no year goes stale with the page.
    Of 18 such cards of unseen pages readers judged 13 passing details or worse. With the
    page's date, the month has its year and stays."""
    from trainer.model import Article
    from trainer.pipeline import facts_of

    text = (
        "Nintendo sold 679,200 pieces of Wii hardware in January, the NPD Group said on Thursday."
    )

    def dates(published):
        article = Article(id="t", text=text, published=published)
        return {
            f.answer: f.passing
            for _, f in facts_of(article, nlp).facts
            if f.kind == "date" and "January" in f.answer
        }

    assert dates(None) == {"January": True}
    assert dates(date(2009, 2, 13)) == {"January 2009": False}


def test_a_surname_the_article_titles_often_is_someone_else_s(nlp) -> None:
    """'Dianne Bentley's behavior toward his wife of almost _____' (sample Q39): the article
    calls the governor 'Governor Bentley' and never names him in full, so the bare 'Bentley'
    was written out as his wife's name. A surname titled three times, never with the full
    name, names no one the article introduced."""
    from trainer.extract.persons import full_names

    text = (
        "Governor Bentley abused his power, the report says. Governor Bentley denied it. "
        "Dianne Bentley filed for divorce in 2015. Governor Bentley said he was sorry. "
        "Bentley's behavior toward his wife of almost 50 years had changed."
    )
    assert "Bentley" not in full_names(nlp(text))
    once = "Dianne Bentley filed for divorce in 2015. Governor Bentley said he was sorry."
    assert full_names(nlp(once)).get("Dianne") == "Dianne Bentley"


def test_a_photo_caption_is_no_sentence_of_the_story(nlp) -> None:
    """'In what month are Tejdeep Singh Rattan, left, and Kamaljit Singh Kalsi set to report
    for duty in the U.S. Army?' (sample Q40, UNGRAM): where people stand in a photo says the
    sentence is its caption (the table below has it beside 'left the Senate', a verb). 'the
    center' of a place is none."""
    center = "Stansted is located about 40 miles north of London's center, Jane Roe said on Friday."
    assert card_answers(nlp, center, date(2009, 6, 1), "number") == ["40 miles"]


# What the card leans on, and the same fact stated so that it stands alone: the first text
# makes no card of the kind, the second makes these.
LEANING_AND_STATED = [
    pytest.param(
        "Apple has unveiled a gadget that combines its iPod music player with a mobile phone."
        "\n\nThe device will be able to store about 100 songs and play them out randomly like "
        "the iPod Shuffle.",
        "Apple's new Rokr phone will be able to store about 100 songs, Apple said on Wednesday.",
        NOV8,
        "number",
        ["100"],
        id="the device (sample Q36, NONSENSE: which device?)",
    ),
    pytest.param(
        "The latest Trump proposal, disclosed Tuesday, would eliminate $1.2 billion in "
        "National Institutes of Health research grants.",
        "Trump's budget proposal would eliminate $1.2 billion in National Institutes of "
        "Health research grants.",
        date(2017, 3, 16),
        "number",
        ["$1.2 billion"],
        id="the latest Trump proposal (sample Q38: a name says whose, not which)",
    ),
    pytest.param(
        "The second, carried out a few hours later by a suicide bomber, hit the historic seat "
        "of the Coptic Pope, killing 11 people, including three police officers.",
        "The first bomb hit a church in Tanta on Sunday, killing 27 people.",
        date(2017, 4, 10),
        "number",
        ["27"],
        id="an ordinal alone as the subject (sample Q39: the second bombing)",
    ),
    pytest.param(
        "EBay will own the other 35 percent.",
        "EBay will own 35 percent of Skype.",
        date(2017, 4, 10),
        "number",
        ["35 percent"],
        id="the other share (sample Q39: other than the 65 percent sold)",
    ),
    pytest.param(
        "On Wednesday the billionaire took the time to urge Elon Musk to come back down to Earth.",
        "On Wednesday Richard Branson took the time to urge Elon Musk to come back down to Earth.",
        date(2017, 4, 10),
        "date",
        ["Wednesday, April 5, 2017"],
        id="the billionaire (sample Q39: Branson, named before)",
    ),
    pytest.param(
        "Tejdeep Singh Rattan, left, and Kamaljit Singh Kalsi are set to report for duty in "
        "the U.S. Army in July.",
        "Sen. Jane Roe, R-Texas, left the Senate in July after 12 years.",
        date(2009, 6, 1),
        "date",
        ["July 2008"],
        id="a photo caption (sample Q40, UNGRAM)",
    ),
]


@pytest.mark.parametrize(("leaning", "stated", "day", "kind", "kept"), LEANING_AND_STATED)
def test_what_leans_on_the_story_makes_no_card_and_the_fact_stated_does(
    nlp, leaning: str, stated: str, day: date, kind: str, kept: list[str]
) -> None:
    assert card_answers(nlp, leaning, day, kind) == []
    assert card_answers(nlp, stated, day, kind) == kept
