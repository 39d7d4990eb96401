"""Faults of the twenty-first round (issue 10), from samples Q27 to Q31: cards that lean on
a thing the article told of before and the card does not show, dates given the wrong year or
the wrong act, names cut or given to the wrong person, questions left without their verb's
object or their clause's verb. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of

pytestmark = pytest.mark.slow

AUG16 = date(2020, 8, 16)


def test_a_count_under_a_definite_is_the_one_told_before(nlp) -> None:
    """'Throughout the _____, participants can ...' -> five days (sample Q27, NONSENSE):
    the five days of the conference named before. A count that says which stays."""
    text = (
        "The Jamaica investment conference AICE 2022 opens in Montego Bay on June 7. "
        "During the five-day event about 1,500 participants are expected.\n\n"
        "Throughout the five days, participants can also interact with local businesses "
        "through booths at the Montego Bay Convention Centre.\n\n"
        "In the 24 hours to 9am on Monday, 353mm of rain fell at Montego Bay airport."
    )
    answers = card_answers(nlp, text, AUG16, "number")
    assert "five days" not in answers
    assert "24 hours" in answers or "353mm" in answers


def test_a_noun_told_before_leans_on_the_story(nlp) -> None:
    """'The second stage began at 6:25 p.m., when operating reserves stood at _____'
    (sample Q27, NONSENSE): the stage of the emergency the article told of, which an
    ordinal does not name. The first mention stays."""
    text = (
        "California ISO declared a first-stage emergency on Saturday as demand soared.\n\n"
        "The first-stage alert began at 6 p.m., when California ISO's operating reserves "
        "stood at 12 percent, said David Marcus, an energy consultant.\n\n"
        "The second stage began at 6:25 p.m., when operating reserves stood at 9.59 percent, "
        "Mr. Marcus said."
    )
    answers = card_answers(nlp, text, AUG16, "number")
    assert "9.59 percent" not in answers
    assert "12 percent" in answers


def test_a_noun_the_tagger_took_for_a_name_is_still_told_before(nlp) -> None:
    """'The algorithm was tested on 12 printers' after 'a new filtered B-spline algorithm'
    (the tagger reads 'algorithm' as a name): which algorithm, the card does not say (sample
    Q27). Alone, the sentence names its algorithm nowhere else and stays."""
    lead = (
        "University of Michigan engineers have developed a new filtered B-spline algorithm "
        "that makes 3D printers twice as fast. "
    )
    tested = "The algorithm was tested on 12 printers in Ann Arbor, Chinedum Okwudire said."
    assert card_answers(nlp, tested, AUG16, "number") == ["12"]
    assert "12" not in card_answers(nlp, lead + tested, AUG16, "number")


def test_a_month_that_opens_a_period_takes_the_year_of_its_end(nlp) -> None:
    """'from January to October 2023' in a page of November 2023 is January 2023 (sample
    Q28: the card answered January 2024). A period over a new year starts the year before."""
    from trainer.extract.dates import mentions

    text = (
        "Scientists said on Wednesday that 2023 will be the hottest year on record.\n\n"
        "The average global temperature from January to October 2023 exceeded the "
        "previous record by 0.1C, the Copernicus Climate Change Service said."
    )
    dates = {c.answer for c in cards_of(nlp, text, date(2023, 11, 8)) if c.kind == "date"}
    assert "January 2023" in dates
    assert "January 2024" not in dates
    doc = nlp("Rainfall from November to March 2023 was the lowest in 40 years.")
    assert [m.value for m in mentions(doc, date(2023, 11, 8))] == ["2022-11", "2023-03"]


def test_a_place_s_blank_writes_out_last_month(nlp) -> None:
    """'Last month, researchers at OpenAI in _____ revealed ...' (sample Q28: the cloze
    kept 'Last month', which means nothing a month later) names the month, as a number's
    blank does."""
    text = (
        "Last month, researchers at OpenAI in San Francisco revealed an algorithm capable "
        "of learning to manipulate a Rubik's Cube, the company said."
    )
    places = card_questions(nlp, text, date(2020, 1, 21), "place")
    assert places == [
        "In December 2019, researchers at OpenAI in _____ revealed an algorithm capable of "
        "learning to manipulate a Rubik's Cube, the company said."
    ]


def test_a_place_inside_a_body_s_name_is_not_the_region(nlp) -> None:
    """'In what year did the U.S. Attorney's Office in the region form a dedicated unit?'
    (sample Q28, NONSENSE): 'U.S.' says whose the office is, not which region. A place the
    sentence names on its own still tells it."""
    lead = "A sex ring catering to wealthy doctors was busted in Massachusetts on Tuesday.\n\n"
    told = (
        "This is the 16th case since the U.S. Attorney's Office in the region formed a "
        "dedicated unit in 2022, Levy said."
    )
    named = (
        "Federal prosecutors in Boston formed a dedicated trafficking unit for the region "
        "in 2022, Levy said."
    )
    published = date(2023, 11, 20)
    asked = card_answers(nlp, lead + told, published, "date")
    assert "2022" not in asked
    asked = card_answers(nlp, lead + named, published, "date")
    assert "2022" in asked


def test_an_age_the_headline_gives_is_news(nlp) -> None:
    """'15-year-old driver killed, 14-year-old passenger critical in crash' (sample Q27: the
    page had no card): an age is a passing detail, unless the headline tells it."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    text = (
        "An overnight crash in Southwest Miami-Dade resulted in the death of a 15-year-old "
        "boy who was behind the wheel, officials said.\n\n"
        "Police said the car hit a concrete pillar under the Turnpike overpass."
    )

    def answers(title: str) -> list[str]:
        article = Article(id="t", text=text, published=date(2022, 4, 17), title=title)
        deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck
        return [c.answer for c in deck.cards if c.kind == "number"]

    assert answers("15-year-old driver killed in Miami-Dade crash") == ["15-year-old"]
    assert answers("Driver killed in Miami-Dade crash") == []


def test_a_surname_that_opens_another_name_names_no_one(nlp) -> None:
    """'..., Dar said' where the article names the photographer Dar Yasin and the resident
    Mohammed Yousuf Dar (sample Q29, WRONG: the photographer's quote went to the resident).
    A surname no other name opens is still its owner's."""
    from trainer.extract.persons import person_index

    text = (
        "AP photojournalist Dar Yasin received reports of a burning aircraft near Srinagar. "
        '"There was a huge fire in the sky," said Mohammed Yousuf Dar, a local resident. '
        '"The wreckage was burning for more than an hour," Dar said.'
    )
    index = person_index(nlp(text))
    assert index.resolve("Dar") is None
    alone = person_index(nlp(text.replace("Dar Yasin", "Yasin Malik")))
    assert alone.resolve("Dar") == "Mohammed Yousuf Dar"
    # a centre named after someone, and letters after a name, are no second person
    lorenz = (
        "The meteorologist Edward Norton Lorenz found chaos in 1961. Lorenz ran the model "
        "again. Daniel Rothman, co-director of the Lorenz Center, said it mattered. "
        '"It was luck," Lorenz said.'
    )
    assert person_index(nlp(lorenz)).resolve("Lorenz") == "Edward Norton Lorenz"


def test_a_month_alone_is_of_the_year_just_given_to_it(nlp) -> None:
    """'... his arrest in May 2023. ... Khan's arrest led to riots in May' in a page of
    September 2024 is May 2023 (sample Q29, WRONG: May 2024)."""
    text = (
        "Imran Khan named Munir as responsible for his arrest in May 2023.\n\n"
        "Khan also alleged that Munir was behind the crackdown on his party. He also accused "
        "Munir of dismantling the future of the country.\n\n"
        "Khan's arrest led to riots in May where protesters attacked army installations."
    )
    dates = card_answers(nlp, text, date(2024, 9, 2), "date")
    assert "May 2023" in dates
    assert "May 2024" not in dates


def test_a_currency_code_glued_to_a_small_figure_is_a_name(nlp) -> None:
    """'COP30' is a climate conference, not 30 Colombian pesos (sample Q29, WHWORD: 'At
    what price could China lead ...?'). A code before a spaced or a scaled amount is money."""
    text = (
        "Brazil is expected to take on a bigger climate leadership role as host to COP30 "
        "in Belém, officials said on Monday.\n\n"
        "Colombia pledged COP 30 billion to protect the Amazon, officials said on Monday."
    )
    answers = card_answers(nlp, text, date(2025, 11, 3), "number")
    assert answers == ["COP 30 billion"]


def test_a_question_that_keeps_part_of_a_name_makes_no_card(nlp) -> None:
    """'In what year was Near East Policy founded ...?' of 'the Washington Institute for
    Near East Policy' (sample Q29, UNGRAM). A whole name, and a name beside another that
    shares its end ('China Youth Daily'), stay."""
    cut = (
        "Matthew Levitt is a senior fellow at the Washington Institute for Near East "
        "Policy, which was founded in 1985 with support from the American Israel Public "
        "Affairs Committee, a lobbying group."
    )
    whole = (
        "The Shanghai Youth Daily was established in 1949 and is not related to the China "
        "Youth Daily, which is published in Beijing, editors said."
    )
    published = date(2024, 8, 7)
    for text in (cut, whole):
        for card in cards_of(nlp, text, published):
            assert (
                "Near East Policy" not in card.question or "Washington Institute" in card.question
            )
    assert "1949" in [c.answer for c in cards_of(nlp, whole, published)]


def test_a_verb_whose_object_went_to_the_next_verb_is_not_asked_alone(nlp) -> None:
    """'On what date did a US Delta Force operation remove?' of 'removed and captured
    strongman Nicolás Maduro' (sample Q29, UNGRAM): the sentence is kept whole instead. A
    verb with a complement of its own is still asked."""
    text = (
        "On Saturday, a US Delta Force operation removed and captured strongman Nicolás "
        "Maduro in a spectacular raid, officials said.\n\n"
        "On Sunday, Acme Corp resigned from the league and sold its shares, officials said."
    )
    asked = card_questions(nlp, text, date(2026, 1, 5), "date")
    assert not any(q.endswith("remove?") for q in asked), asked
    assert "On what date did Acme Corp resign from the league?" in asked


def test_a_clause_the_parser_read_as_a_phrase_is_not_cut_after_its_subject(nlp) -> None:
    """'who has issued urgent warnings to residents as severe summer weather?' of '... as
    severe summer weather continues to intensify' (sample Q29, UNGRAM)."""
    text = (
        "The Gauteng Provincial Government has issued urgent warnings to residents as severe "
        "summer weather continues to intensify, with heavy rainfall creating hazardous "
        "conditions across the province."
    )
    for card in cards_of(nlp, text, date(2025, 11, 20)):
        assert not card.question.endswith("summer weather?"), card.question


def test_a_time_told_before_leans_on_the_story(nlp) -> None:
    """'At the time, the nation ... had just _____ of paved roads' (sample Q29, NONSENSE):
    at which time? 'By then' and 'back then' too. A sentence that says when stays."""
    lead = "When Sultan Qaboos took power in 1970, he set out to modernise the country. "
    for opener in ("At the time", "By then", "Back then"):
        text = f"{lead}{opener}, Oman had just 10 kilometers of paved roads and three schools."
        answers = [c.answer for c in cards_of(nlp, text, date(2025, 11, 3))]
        assert "10 kilometers" not in answers, opener
    text = f"{lead}In 1970, Oman had just 10 kilometers of paved roads and three schools."
    assert "10 kilometers" in [c.answer for c in cards_of(nlp, text, date(2025, 11, 3))]


def test_a_date_the_sentence_describes_is_not_asked_for(nlp) -> None:
    """'Since what year has China driven ..., the year the Paris agreement was adopted ...?'
    (sample Q29, UNGRAM): the description stays with its date, in the sentence's blank."""
    text = (
        "China has driven 90% of the growth in carbon dioxide emissions since 2015, the year "
        "the Paris agreement was adopted, analysts said."
    )
    asked = card_questions(nlp, text, date(2025, 11, 3), "date")
    assert asked and all("_____, the year" in q for q in asked), asked


def test_a_surname_the_recogniser_missed_is_no_it(nlp) -> None:
    """'Fedchin says that about _____ of its students ...' where the recogniser left
    'Fedchin' untagged (sample Q29, NONSENSE): 'Philip Fedchin' is a person, so 'its' stands
    for nothing the question shows."""
    from trainer.extract.clauses.standalone import dangling

    doc = nlp(
        "Philip Fedchin launched Smolny Beyond Borders in 2022.\n\n"
        "Fedchin says that about 50% of its students taking non-degree courses are in Russia."
    )
    second = [t for t in doc if t.text == "Fedchin"][-1]
    doc.ents = [e for e in doc.ents if not e.start <= second.i < e.end]
    assert not second.ent_type_
    sentence = list(second.sent)
    assert dangling(sentence, {second.i: "Philip Fedchin"})
    assert dangling(sentence, {})


def test_a_definite_act_whose_verb_was_told_before_leans_on_the_story(nlp) -> None:
    """'By the end of what month did IRCC complete the full release?' after 'the cost of
    releasing the 12 floors' (sample Q29, NONSENSE): the release of what, the card does
    not say."""
    told = (
        "The department said the cost associated with releasing the 12 floors of the tower "
        "came to $4 million.\n\n"
    )
    text = "IRCC completed the full release by the end of January, a spokesperson said."
    published = date(2026, 2, 20)
    assert "January 2026" in [c.answer for c in cards_of(nlp, text, published)]
    assert "January 2026" not in [c.answer for c in cards_of(nlp, told + text, published)]


def test_a_quotation_s_first_word_is_capitalised_for_its_place_only(nlp) -> None:
    """'Since what year has Laboratory equipment been in storage?' of 'says: “Laboratory
    equipment has been ...”' (sample Q29, UNGRAM): the capital after a quotation mark or a
    colon says nothing of the word, which a question moves mid-sentence in lower case."""
    from trainer.extract.title_words import common_word

    doc = nlp(
        "At DonNTU, Viktoriya Voropayeva says: “Laboratory equipment has been in storage "
        "since 2022.”"
    )
    assert common_word(next(t for t in doc if t.text == "Laboratory"))
    # a word the article capitalises mid-sentence keeps its capital
    assert not common_word(nlp("She said the Laboratory moved. Laboratory staff left.")[6])


def test_a_country_does_not_say_which_university(nlp) -> None:
    """'When did the university move again two months after Russia's full-scale invasion
    of Ukraine?' (sample Q29, NONSENSE): a country's name is no university's. A university
    the question names stays."""
    told = (
        "In April 2022, two months after Russia's full-scale invasion of Ukraine, the "
        "university moved again."
    )
    named = told.replace("the university", "Donetsk National Technical University")
    published = date(2026, 2, 10)
    assert not cards_of(nlp, told, published)
    assert "April 2022" in [c.answer for c in cards_of(nlp, named, published)]


def test_a_clause_after_an_as_phrase_that_has_its_own_subject_stays(nlp) -> None:
    """'... will serve as jurors in the Senate impeachment trial should the House vote to
    impeach': the verb after the 'as' phrase has its own subject, so the phrase is whole
    (the recall bench's gold number 'five' was lost to the first form of the rule)."""
    text = (
        "It's noteworthy that five of the 10 Democrats on stage will serve as jurors in the "
        "Senate impeachment trial should the House vote to impeach President Donald Trump."
    )
    answers = card_answers(nlp, text, date(2019, 11, 20), "number")
    assert "five" in answers


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "The Crown Prosecution Service decided only to prosecute Bradley Axcell in "
            "relation to the drug bust in October rather than any previous involvement.",
            "October 2023",
        ),
        (
            "Al Tolan points to a Court of Justice of the European Union decision in July that "
            "said that Meta needed to offer users an alternative to ads.",
            "July",
        ),
    ],
)
def test_a_date_after_an_event_s_noun_dates_the_event(nlp, text: str, answer: str) -> None:
    """'In what month did the Crown Prosecution Service decide ...?' -> October (sample Q30,
    WRONG: October was the drug bust's month). The date's blank keeps it beside its noun."""
    dates = [c for c in cards_of(nlp, text, date(2023, 11, 20)) if c.kind == "date"]
    assert [c.answer for c in dates] == [answer]
    assert all("_____" in c.question for c in dates)


def test_a_date_of_the_act_itself_is_still_asked(nlp) -> None:
    """'He filed his federal lawsuit in 2010': the lawsuit is what was filed, in 2010."""
    text = "Paul Ceglia filed his federal lawsuit in 2010, citing a contract with Zuckerberg."
    asked = card_questions(nlp, text, date(2012, 10, 26), "date")
    assert asked == ["In what year did Paul Ceglia file his federal lawsuit?"]


def test_two_words_the_page_ran_together_make_no_card(nlp) -> None:
    """'_____ young girls were stabbed and killedwhile attending a dance event' (sample Q31,
    UNGRAM): the page lost a space the article keeps elsewhere. A compound the article also
    writes in two ('spaceship', 'space ship') is a word."""
    from trainer.extract.clauses.run_together import two_words_run_together

    text = (
        "Three young girls were stabbed and killed while attending a dance event in "
        "Southport, police said on Monday.\n\n"
        "Police said that four young girls were stabbed and killedwhile attending a dance "
        "class in Southport on Monday."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2024, 7, 30))]
    assert questions and not any("killedwhile" in q for q in questions), questions
    doc = nlp("The space ship broke up over Siberia. The spaceship was carrying cargo.")
    assert not any(two_words_run_together(t) for t in doc)


def test_a_writer_s_label_is_no_post(nlp) -> None:
    """'As of July 2026, what was Volodymyr Zelensky's position? -> Kiev regime leader'
    (sample Q31, WRONG): a label the writer gives is no post."""
    text = (
        "Kiev regime leader Volodymyr Zelensky met Western envoys in Rome on Tuesday, the "
        "Kremlin said. Zelensky asked for more air defence. Zelensky also met Pope Leo."
    )
    roles = [c for c in cards_of(nlp, text, date(2026, 7, 10)) if c.kind == "role"]
    assert not any("regime" in c.answer or "regime" in c.question for c in roles), roles


def test_a_former_post_is_not_who_someone_is(nlp) -> None:
    """'As of October 2025, who was Catherine Connolly? -> a former mayor of the western
    city of Galway' (sample Q31, VAGUE): one past post of someone who holds others now; it
    is a passing detail (--all-cards keeps it)."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    text = (
        "Catherine Connolly, a former mayor of the western city of Galway, leads the race, "
        "polls showed. Connolly said she would serve everyone. Connolly spoke in Galway."
    )
    article = Article(id="t", text=text, published=date(2025, 10, 20), title="")
    default = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    every = cards_of(nlp, text, date(2025, 10, 20))
    asked = "As of October 2025, who was Catherine Connolly?"
    assert asked in [c.question for c in every]
    assert asked not in [c.question for c in default]


def test_an_acting_post_keeps_acting(nlp) -> None:
    """'acting U.S. Attorney for Massachusetts Joshua Levy' -> 'U.S. Attorney for
    Massachusetts' (sample Q32, WRONG: a post he held only for now)."""
    text = (
        "A sex ring was busted in Massachusetts, acting U.S. Attorney for Massachusetts Joshua "
        "Levy said on Tuesday. Levy said the ring served doctors. Levy added that more arrests "
        "were likely."
    )
    roles = [c for c in cards_of(nlp, text, date(2023, 11, 20)) if c.kind == "role"]
    position = [c.answer for c in roles if c.question.endswith("position?")]
    assert position == ["acting U.S. Attorney for Massachusetts"]


def test_earlier_this_month_on_the_month_s_second_day_is_no_date(nlp) -> None:
    """'earlier this month' in a page dated 2 November was a match of 2 October (sample Q32,
    WRONG: November 2023): the page's date is later than its text. Later in the month, the
    month is asked."""
    text = (
        "Ronnie Wraith turned out for the Hertfordshire county team in a football tournament "
        "at Sele School earlier this month, his family said."
    )
    dated = card_answers(nlp, text, date(2023, 11, 2), "date")
    assert "November 2023" not in dated
    later = card_answers(nlp, text, date(2023, 11, 20), "date")
    assert "November 2023" in later


def test_a_count_whose_items_the_question_lists_makes_no_card(nlp) -> None:
    """'How many mosques did suicide bombers strike ..., a Shiite mosque in Kabul and a
    Sunni mosque in western Ghor province?' (sample Q35), '_____ Elite League games in
    Belfast, Fife and Guildford' (sample Q30): the question lists what it counts."""
    mosques = (
        "Suicide bombers struck two mosques in Afghanistan during Friday prayers, a Shiite "
        "mosque in Kabul and a Sunni mosque in western Ghor province, officials said."
    )
    games = (
        "Sunday's three Elite League games in Belfast, Fife and Guildford have been "
        "postponed following Adam Johnson's death, the league said."
    )
    for text, count in ((mosques, "two"), (games, "three")):
        answers = [c.answer for c in cards_of(nlp, text, date(2017, 10, 21))]
        assert count not in answers, text


def test_a_weekday_that_names_a_kind_is_not_written_out(nlp) -> None:
    """'during Friday, Oct. 20, 2017, prayers' (sample Q35, UNGRAM): 'Friday prayers' are a
    kind of prayers; the weekday stays as written in another card's question."""
    text = (
        "Suicide bombers struck a Shiite mosque in Kabul during Friday prayers, killing at "
        "least 72 people, officials said."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 10, 21))]
    assert questions and not any("2017, prayers" in q for q in questions), questions
