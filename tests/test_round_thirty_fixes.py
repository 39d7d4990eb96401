"""Round thirty (sample Q74's pages with no card of their news): rules tested on sentences
written for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, card_answers, card_questions, cards_of, text_file_article
from trainer.questions.salience import Rule

# A company's results: 'the firm' in the second sentence is the company the article is about.
RESULTS = (
    "Globex's quarterly profit has missed analysts' estimates as a slump in printer sales hurt "
    "the company's core business.\n\n"
    "The firm's net income fell to $2.15bn in the {quarter} quarter from $2.84bn a year "
    "earlier.\n\n"
    "Shares of Globex were down 3% in after-hours trading.\n\n"
    "Analysts said Globex would need a new chief executive to turn the printer business round.\n"
)


def _income_cards(nlp, quarter: str, published: date) -> list:
    cards = cards_of(nlp, RESULTS.format(quarter=quarter), published)
    return [c for c in cards if c.answer in ("$2.15bn", "$2.84bn")]


def test_the_firm_written_as_the_company_opens_a_question_that_names_it(nlp):
    # 'The firm's net income fell to $3.76bn' made no card: the name written in for 'The
    # firm' opens the question, and the check for a name skipped a question's first word
    # (sample Q74: Microsoft's quarterly results, the page's news, had no card)
    cards = _income_cards(nlp, "first", date(2016, 4, 22))
    assert cards, "no card of the net income"
    assert all(c.question.startswith("Globex's net income") for c in cards)


def test_a_quarter_long_past_at_the_article_s_date_gets_no_calendar_year(nlp):
    # Microsoft's 'third quarter', reported in April 2016, is its fiscal one (January to
    # March 2016); the card said 'the third quarter of 2015' (July to September)
    cards = _income_cards(nlp, "third", date(2016, 4, 22))
    assert cards, "no card of the net income"
    assert all("third quarter" in c.question for c in cards)
    assert not any("of 2015" in c.question or "of 2016" in c.question for c in cards)


@pytest.mark.parametrize(
    ("quarter", "published", "year"),
    [("first", date(2016, 4, 22), "2016"), ("fourth", date(2013, 1, 24), "2012")],
)
def test_the_quarter_just_ended_gets_its_year(nlp, quarter, published, year):
    cards = _income_cards(nlp, quarter, published)
    assert cards, "no card of the net income"
    assert all(f"{quarter} quarter of {year}" in c.question for c in cards)


@pytest.mark.parametrize("rubric", ["The numbers: ", "Why it matters: ", "What happened: "])
def test_a_paragraph_s_rubric_does_not_stop_its_sentence_from_being_asked(nlp, rubric):
    # 'The numbers: The S&P/Case-Shiller national index rose ... and was up 6.2% compared to a
    # year before.' made no card: the parser took the rubric for the sentence's subject
    # (sample Q74, a page with no card at all)
    text = (
        "Home prices keep climbing across the country, new data show.\n\n"
        f"{rubric}The Acme/Shiller national index rose a seasonally adjusted 0.4% in the "
        "three-month period ending in February, and was up 5.8% compared to a year before.\n\n"
        "Economists had expected a smaller rise.\n"
    )
    cards = cards_of(nlp, text, date(2018, 3, 27))
    asked = [c for c in cards if c.answer == "5.8%"]
    assert asked, [c.question for c in cards]
    assert all(not c.question.startswith(rubric.strip()) for c in asked)


def test_a_weekday_label_still_dates_its_entry(nlp):
    # a timeline's 'Friday: A district court blocked ...' is no rubric: its label dates it
    text = (
        "The governor's week in court.\n\n"
        "Friday: A district court blocked impeachment proceedings against Governor Bentley "
        "in the state House.\n"
    )
    answers = [c.answer for c in cards_of(nlp, text, date(2017, 4, 10))]
    assert "Friday, April 7, 2017" in answers


# -- sample Q75 -------------------------------------------------------------------------

SEED = "decks/articles/000_1497a650c4a5c5b5.txt"  # the bundled article of Peter Cook's briefing


def test_a_quote_s_blank_is_kept_only_when_the_deck_would_have_no_other_card(nlp):
    # readers of samples Q35 to Q71 judged 16 of 61 quote blanks worth studying, 38 weak
    from pathlib import Path

    from trainer.articles import read_article
    from trainer.pipeline import build_deck

    article = read_article(Path(__file__).resolve().parent.parent / SEED)
    every = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert any(c.kind == "quote_cloze" for c in every), [c.kind for c in every]
    kept = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    assert kept and not any(c.kind == "quote_cloze" for c in kept)
    # an article whose other cards are passing details keeps its quote's blank
    from trainer.questions.salience import FLOOR, quote_blanks_alone

    blank = a_fact("quote_cloze", 'Cook said: "... a focus on _____ ..."', "ISIL", salience=0.4)
    side = a_fact("date", "When did the talks start?", "2014", "date", salience=0.1)
    alone = dict((f.kind, f.salience) for _, f in quote_blanks_alone([(0, blank), (9, side)]))
    assert alone["quote_cloze"] >= FLOOR
    news = a_fact("date", "When did Russia notify the U.S.?", "Nov. 17", "date", salience=0.6)
    beside = dict((f.kind, f.salience) for _, f in quote_blanks_alone([(0, blank), (9, news)]))
    assert beside["quote_cloze"] < FLOOR


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian President Volodymyr Zelensky was in Washington on Tuesday to make an "
        "in-person plea for the military and economic aid.",
        "Ohio Gov. John Kasich, who ran in the primary, was at the White House on Thursday to "
        "attend Obama's ceremony for the Cleveland Cavaliers.",
    ],
)
def test_a_person_placed_somewhere_is_not_asked_without_what_they_were_there_for(nlp, sentence):
    # 'Where was Ukrainian President Volodymyr Zelensky?' and 'On what date was Ohio Gov.
    # John Kasich at the White House?' (sample Q75, VAGUE)
    cards = cards_of(nlp, "Leaders met this week.\n\n" + sentence, date(2016, 11, 11))
    asked = [c for c in cards if c.kind in ("date", "place")]
    assert all("to make" in c.question or "to attend" in c.question for c in asked), [
        c.question for c in asked
    ]


def test_a_person_placed_somewhere_for_an_occasion_keeps_its_date(nlp):
    text = "Leaders met this week.\n\nThe Obamas were at the White House in 2008 for a photo-op."
    questions = card_questions(nlp, text, date(2016, 11, 11), "date")
    assert questions and all("photo-op" in q for q in questions)


def test_what_went_on_is_not_dated_by_one_day(nlp):
    # 'On what date did the war of words between Pyongyang and Washington continue to
    # ratchet up?' (sample Q75, VAGUE: true on many days)
    text = (
        "North Korea fired a missile over Japan.\n\n"
        "The war of words between Pyongyang and Washington continued to ratchet up today as "
        "North Korea told Donald Trump it would not flinch.\n"
    )
    assert not card_questions(nlp, text, date(2017, 8, 29), "date")


def test_a_date_of_a_noun_s_participle_is_asked_with_the_sentence_s_act(nlp):
    # 'In what month was the last IS area controlled by the militants in eastern Syria?'
    # dropped 'captured' (sample Q75, UNGRAM)
    text = (
        "The SDF holds thousands of fighters.\n\n"
        "The Kurdish-led force captured the last IS area controlled by the militants in eastern "
        "Syria in March.\n"
    )
    questions = card_questions(nlp, text, date(2019, 10, 9), "date")
    assert questions and all("captured" in q for q in questions)


def test_a_capital_in_the_question_gives_its_country_away(nlp):
    # 'Toblerone was invented in _____ and is still made in the capital, Bern.' (Q75)
    text = (
        "Chocolate fans are angry about the new bars.\n\n"
        "Toblerone was invented in Switzerland and is still made in the capital, Bern.\n"
    )
    kept = cards_of(nlp, text, date(2016, 11, 8), rule=Rule())
    assert not [c for c in kept if c.answer == "Switzerland"]


def test_initials_in_brackets_after_the_blank_are_left_out(nlp):
    # '... tests of an intercontinental _____ (ICBM) ...' -> ballistic missile (Q75, GIVEAWAY)
    text = (
        "North Korea fired a missile over Japan.\n\n"
        "When Pyongyang carried out its first two successful tests of an intercontinental "
        "ballistic missile (ICBM) last month it fired them on lofted trajectories.\n"
    )
    cards = cards_of(nlp, text, date(2017, 8, 29))
    weapon = [c for c in cards if c.answer == "ballistic missile"]
    assert weapon and all("(ICBM)" not in c.question for c in weapon)
    assert all("last month" not in c.question for c in weapon)  # 'in July 2017'


def test_an_adjective_before_a_name_is_no_post(nlp):
    # 'As of August 2017, what was Rodong Sinmun's position?' -> North Korea's official (Q75)
    text = (
        "North Korea fired a missile.\n\n"
        "North Korea's official Rodong Sinmun said: \"The US should know that it can neither "
        'browbeat the DPRK nor make it flinch."\n\nPentagon official John Doe declined to '
        "comment on the launch.\n"
    )
    roles = [c for c in cards_of(nlp, text, date(2017, 8, 29)) if c.kind == "role"]
    assert roles and all("Rodong" not in c.question + c.answer for c in roles)


def test_no_who_said_opens_on_a_participle(nlp):
    # 'Who said accusing Trump of "passing the buck without passing the bucks"?' (Q75, UNGRAM)
    text = (
        "Governors asked for help.\n\n"
        "Widespread testing will require supplies the state does not have, Gov. Andrew Cuomo "
        'said, accusing Trump of "passing the buck without passing the bucks."\n'
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 4, 17))]
    assert not any(q.startswith("Who said accusing") for q in questions), questions


@pytest.mark.parametrize(
    ("furniture", "leaked"),
    [
        # The Hill's hover card of a name (sample Q75, DISTRACTOR: 'Trump Donald')
        (
            "President Trump Donald John TrumpTrump administration calls for court to strike "
            "down law Trump says there will be 'retribution' MORE on Wednesday signed an "
            "executive order on foster care.\n\n",
            "TrumpTrump",
        ),
        # a picture agency's credit run into a caption (sample Q75, WRONG: 'Associated Press
        # Japanese Prime Minister')
        (
            "AP:Associated Press Japanese Prime Minister Shinzo Abe branded the launch a "
            "threat, officials said.\n\n",
            "Associated Press",
        ),
    ],
)
def test_page_furniture_in_a_text_file_makes_no_card(tmp_path, nlp, furniture, leaked):
    from trainer.pipeline import build_deck

    body = (
        "The president signed an executive order on Wednesday.\n\n"
        + furniture
        + "Japanese Prime Minister Shinzo Abe said the launch was a grave threat.\n"
    )
    article = text_file_article(tmp_path, body, "2017-08-29")
    assert leaked not in article.text
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert cards and not any(leaked in c.question + c.answer for c in cards)


def test_a_text_file_of_one_paragraph_a_line_keeps_its_paragraphs(tmp_path):
    # a copied story with no blank lines was read as one paragraph: the whole of it was the
    # lead (sample Q75's text files)
    from trainer.articles import read_article

    lines = [
        "Acme Corp. said on Monday it will close its Dayton plant in March, cutting 2,000 jobs.",
        "The company blamed falling demand for its printers and a rise in the cost of parts.",
        "Union leaders said they would fight the closure in court before the end of the year.",
    ]
    story = tmp_path / "story.txt"
    story.write_text("---\npublished: 2016-03-07\n---\n" + "\n".join(lines) + "\n")
    assert list(read_article(story).paragraphs) == lines
    # lines wrapped by hand stay one paragraph
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(
        "---\npublished: 2016-03-07\n---\nAcme Corp. said on Monday it will close its\n"
        "Dayton plant in March, cutting 2,000 jobs.\n"
    )
    assert len(read_article(wrapped).paragraphs) == 1


@pytest.mark.parametrize(
    "caption",
    [
        "Handout - Getty Four F-15K fighter jets dropped eight bombs near the border",
        "Getty - Contributor Russia shares a 24-mile border with North Korea",
        # sample Q76, UNGRAM: an option 'Reuters North Korean leader'
        "KCNA KCNA / Reuters North Korean leader Kim Jong-Un looks on during a visit to an "
        "institute in this undated photo released by KCNA on August 23, 2017.",
    ],
)
def test_a_picture_credit_opening_a_caption_drops_it(tmp_path, caption):
    body = (
        "North Korea fired a missile over Japan on Tuesday.\n\n"
        f"{caption}\n\nJapan's prime minister called the launch a grave threat.\n"
    )
    assert caption not in text_file_article(tmp_path, body, "2017-08-29").text


def test_a_clause_that_says_which_thing_is_never_cut(nlp):
    # 'President Obama released a plan from the Pentagon on _____.' (sample Q75, VAGUE):
    # the cut clause said which plan
    text = (
        "Obama wants Guantanamo closed.\n\n"
        "President Obama released a plan from the Pentagon on Tuesday that spelled out ways "
        "the United States can close the detention center at Guantanamo Bay.\n"
    )
    questions = card_questions(nlp, text, date(2016, 2, 23), "date")
    assert questions and all("Guantanamo" in q for q in questions)


# -- sample Q76 -------------------------------------------------------------------------


def test_a_sentence_the_parser_rooted_in_its_after_clause_makes_no_fragment(nlp):
    # 'Just hours after a gunman killed 10 people at a Texas high school, _____ students 1,000
    # miles away.' (sample Q76, UNGRAM): the main clause was cut as a modifier
    text = (
        "Schools fear shootings.\n\n"
        "Just hours after a gunman killed 10 people at a Texas high school, two students 1,000 "
        "miles away worried about the safety of their usual seats in the school cafeteria.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 5, 19))]
    assert not any(q.rstrip(".").endswith("miles away") for q in questions), questions


def test_a_question_never_sets_itself_against_what_it_does_not_show(nlp):
    # 'On what date had Trump nonetheless hit the right notes?' (sample Q76, NONSENSE)
    text = (
        "Trump visited Dayton.\n\n"
        "Local Democratic lawmakers who had expressed concern about the visit said Trump had "
        "nonetheless hit the right notes Wednesday.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2019, 8, 8))]
    assert not any("nonetheless" in q for q in questions), questions


def test_the_post_of_a_country_s_leader_the_article_is_about_is_left_out(nlp):
    # 'As of August 2019, what was Donald Trump's position? -> U.S. President' (sample Q76,
    # TRIVIAL; readers of earlier samples judged 10 of 12 such cards trivial or wrong)
    text = (
        "U.S. President Donald Trump visited Dayton on Wednesday after the shooting.\n\n"
        "Trump met victims at a hospital, and Trump praised the police.\n\n"
        "Protesters gathered outside, and Trump later flew to El Paso.\n"
    )

    def positions(rule):
        cards = cards_of(nlp, text, date(2019, 8, 8), rule=rule)
        return [c.answer for c in cards if c.kind == "role"]

    assert "U.S. President" in positions(Rule.everything())
    assert "U.S. President" not in positions(Rule())


# -- sample Q77 -------------------------------------------------------------------------


def test_sept_11_without_a_year_is_the_attacks_not_a_day_of_the_article_s_year(nlp):
    # '... a program set up in the wake of _____' -> Sunday, Sept. 11, 2016 (sample Q77, WRONG)
    text = (
        "The program ends.\n\n"
        "The Obama administration rushed on Thursday to cancel a program set up in the wake "
        "of Sept. 11 to track visitors from Muslim countries.\n"
    )
    answers = card_answers(nlp, text, date(2016, 12, 22), "date")
    assert not any("Sept. 11" in a for a in answers), answers


def test_a_post_of_the_same_holder_s_same_job_is_no_wrong_answer():
    # 'Who is Michael Cohen? -> Trump's former attorney', offered "Trump's personal defense
    # attorney" (sample Q77, DISTRACTOR: he was Trump's personal lawyer)
    from trainer.questions import role

    def post(person: str, title: str):
        return a_fact("role", f"Who is {person}?", title, "description")

    cohen = post("Michael Cohen", "Trump's former attorney")
    pool = [
        cohen,
        post("John Dowd", "Trump's personal defense attorney"),
        post("Jane Roe", "Acme's lawyer"),
        post("Joe Bloggs", "a Justice Department spokeswoman"),
    ]
    wrong = role.distractors(cohen, pool)
    assert "Trump's personal defense attorney" not in wrong
    assert "a Justice Department spokeswoman" in wrong


def test_how_much_is_no_part_of_a_post(nlp):
    # 'how much Attorney General William Barr will make public' gave the post 'much Attorney
    # General', offered as a wrong answer (sample Q77)
    text = (
        "Mueller's report is done.\n\n"
        "Democrats wait to learn how much Attorney General William Barr will make public.\n\n"
        "Barr said he would share more. Barr met Rod Rosenstein on Monday.\n"
    )
    posts = card_answers(nlp, text, date(2019, 3, 25), "role")
    assert "Attorney General" in posts and not any("much" in p for p in posts), posts
