"""Faults of the twenty-seventh round (issue 10), from samples Q58 to Q62: 'As of' before a
time the article's week tells, an act of an unnamed 'a woman', a date said again by another
event, a list's item asked as a sentence, a post held when something was first done, and a
page rewritten years after it was first published. Each test fails without its rule."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import card_answers, card_questions, cards_of, facts_of_kind, role_cards

pytestmark = pytest.mark.slow


def test_as_of_never_dates_a_time_the_week_tells(nlp) -> None:
    """'As of March 2017, Trump last week sent Congress a budget proposal that seeks _____'
    (sample Q59, NONSENSE): a month cannot say which week; the fact is a passing detail.
    A present state with no such time keeps its date."""
    week = (
        "NASA faces cuts. Trump last week sent Congress a budget proposal that seeks "
        "$19.1 billion in spending authorization for the agency next year."
    )
    facts = facts_of_kind(nlp, week, "number", date(2017, 3, 22))
    assert facts and all(f.passing and not f.question.startswith("As of") for f in facts)
    state = (
        "NASA faces cuts. The White House budget proposal seeks $19.1 billion in spending "
        "authorization for the agency next year."
    )
    dated = facts_of_kind(nlp, state, "number", date(2017, 3, 22))
    assert [f.question for f in dated if not f.passing] == [
        "As of March 2017, how much does the White House budget proposal seek in spending "
        "authorization for the agency next year?"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“He was frightening,” says a woman who auditioned for Ailes in 1998 when she was a "
        "student.",
        "A woman who worked for Ailes in 1998 called him frightening.",
        "The claims came from a man who worked for Ailes in 1998.",
    ],
)
def test_no_date_of_what_an_unnamed_one_did(nlp, sentence) -> None:
    """'In what year did a woman audition for Ailes?' (sample Q60, VAGUE): which woman? Only
    the clause the question asks tells her apart."""
    text = f"Roger Ailes ran Fox News for two decades. {sentence}"
    assert card_questions(nlp, text, date(2016, 9, 2), "date") == []


def test_a_date_of_someone_told_apart_is_still_asked(nlp) -> None:
    """A relative clause that places its act tells its doer apart: 'a gunman who killed 13
    people in Binghamton in 2009'."""
    from trainer.extract.clauses.standalone import told_only_by_its_act

    doc = nlp("Police said a gunman who killed 13 people in Binghamton in 2009 had two handguns.")
    assert not told_only_by_its_act(next(t for t in doc if t.text == "gunman"))
    doc = nlp("Police said a gunman who killed 13 people in 2009 had two handguns.")
    assert told_only_by_its_act(next(t for t in doc if t.text == "gunman"))


def test_a_date_said_again_goes_with_it(nlp) -> None:
    """'In 1998, two years after launching Fox, Ailes got married ...' was asked '..., a
    37-year-old producer who had worked for him at CNBC two years after launching Fox?'
    (sample Q60, UNGRAM): the words that say the date again go with it."""
    text = (
        "Roger Ailes built Fox News. In 1998, two years after launching Fox, Ailes got "
        "married for the third time, to a woman named Elizabeth Tilson, a 37-year-old "
        "producer who had worked for him at CNBC."
    )
    assert card_questions(nlp, text, date(2016, 9, 2), "date") == [
        "In what year did Roger Ailes get married for the third time, to a woman named "
        "Elizabeth Tilson, a 37-year-old producer who had worked for him at CNBC?"
    ]


def test_a_list_s_item_is_no_sentence(nlp) -> None:
    """'An organization that determined Republican presidential candidates, sold wars, and
    decided the issues of the day for _____ viewers.' (sample Q60, UNGRAM): the words after
    a semicolon are a list's item, whose only verbs tell what its noun is."""
    text = (
        "Roger Ailes built Fox News. Ailes built not just a conservative cable news channel "
        "but something like a fourth branch of government; a propaganda arm for the GOP; an "
        "organization that determined Republican presidential candidates, sold wars, and "
        "decided the issues of the day for 2 million viewers."
    )
    assert card_questions(nlp, text, date(2016, 9, 2), "number") == []


def test_a_sentence_the_parser_rooted_on_a_noun_is_still_asked(nlp) -> None:
    """The parser takes 'hostages' for the root of this sentence; it is a sentence still."""
    text = (
        "Two hostages — an American and an Australian — who had been held by the Taliban in "
        "Afghanistan since 2016 were released Tuesday in a prisoner swap for three "
        "high-ranking insurgents."
    )
    questions = card_questions(nlp, text, date(2019, 11, 19), "number")
    assert any("a prisoner swap for _____ high-ranking insurgents" in q for q in questions)


def test_a_post_held_when_something_was_first_done(nlp) -> None:
    """'Allegations ..., first made by Alabama Law Enforcement Agency Secretary Spencer
    Collier, came amid ...' was asked 'As of April 2017, what was Spencer Collier's
    position?' (sample Q58, WRONG: he had been fired). The first time of an act is before
    the story's present."""
    first = (
        "Governor Robert Bentley faces impeachment. Allegations of Bentley's affair with "
        "Mason, first made by Alabama Law Enforcement Agency Secretary Spencer Collier, came "
        "amid major political crises. Collier alleged that Bentley used state resources."
    )
    roles = role_cards(nlp, first, date(2017, 4, 7))
    assert roles and not any("Collier" in q for q, _ in roles)
    told = first.replace("first made", "made")
    assert any("Collier" in q for q, _ in role_cards(nlp, told, date(2017, 4, 7)))


def _an_explainer(years: str) -> str:
    body = f"<p>Nato was formed in 1949. {years} Its members agreed to spend more on defence.</p>"
    return (
        "<html><head><title>What is Nato?</title>"
        '<meta property="article:modified_time" content="2026-04-24T11:16:53Z" />'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2012-05-10T14:29:05Z", "dateModified": "2026-04-24T11:16:53Z"}</script></head><body>'
        f"<article><h1>What is Nato?</h1>{body * 4}</article></body></html>"
    )


def test_a_page_rewritten_since_it_was_first_published() -> None:
    """An explainer first published in 2012 and rewritten in 2026 was dated 2012 and asked
    'As of May 2012, about how much does the US spend in 2025?' (sample Q62, NONSENSE):
    a page that tells of years between its publication and its last edit was rewritten.
    One year between may be a plan's: the publication stands."""
    from trainer.articles import article_from_html

    rewritten = _an_explainer("Members met in 2023 and again in 2025.")
    assert article_from_html(rewritten, "t.html").published == date(2026, 4, 24)
    planned = _an_explainer("Members plan to meet in 2015.")
    assert article_from_html(planned, "t.html").published == date(2012, 5, 10)


def test_a_state_of_an_earlier_year_is_not_dated_now(nlp) -> None:
    """'As of April 2026, about how much does the US spend in 2025?' (sample Q62, NONSENSE):
    a present asked of a year gone by. Without its year the state is dated now."""
    text = (
        "Nato has 32 members. The US is by far the biggest spender on defence overall, "
        "spending about $980bn in 2025."
    )
    day = date(2026, 4, 24)
    facts = [f for f in facts_of_kind(nlp, text, "number", day, "") if "980" in f.answer]
    assert facts and all(f.passing and not f.question.startswith("As of") for f in facts)
    now = text.replace(" in 2025", "")
    dated = [f for f in facts_of_kind(nlp, now, "number", day, "") if "980" in f.answer]
    assert dated and all(f.question.startswith("As of April 2026") for f in dated)


def test_a_word_the_parser_tore_off_its_name(nlp) -> None:
    """'In what year did Harris graduate from Westmount D.C.?' (sample Q62, UNGRAM): the
    parser hung 'D.C.' of 'Washington, D.C.' on the sentence's verb as punctuation."""
    text = (
        "Kamala Harris grew up in Montreal. Harris graduated from Westmount in 1981 and "
        "attended Vanier College in Montreal for a year before pursuing further studies at "
        "Howard University, the historically Black university in Washington, D.C. She later "
        "studied law in California and became a prosecutor."
    )
    questions = card_questions(nlp, text, date(2024, 8, 1), "date")
    assert questions and not any("Westmount D.C." in q for q in questions)


SUMMIT = (
    "Automation companies gathered in London on Tuesday for an industry summit. Microsoft "
    "and Automation Anywhere also sent speakers. {who} spoke at the summit. “Our customers "
    "trust UiPath with their most important processes every day,” {surname} said."
)


def test_no_blank_of_the_speaker_s_own_company(nlp) -> None:
    """'Bob Enslin said: "_____ sees the need to bring action and AI together ..."' of
    UiPath's CEO (sample Q62, TRIVIAL): his post names the answer. Someone else's words
    about the company keep the blank."""
    own = SUMMIT.format(who="UiPath CEO Bob Enslin", surname="Enslin")
    assert "UiPath" not in card_answers(nlp, own, date(2024, 4, 10), "quote_cloze")
    other = SUMMIT.format(
        who="Forrester analyst Craig Le Clair, who covers UiPath,", surname="Le Clair"
    )
    assert "UiPath" in card_answers(nlp, other, date(2024, 4, 10), "quote_cloze")


def _paragraphs(*parts: str, filler: int = 0) -> str:
    pad = [f"Paragraph {n} tells of something else entirely." for n in range(filler)]
    return "\n\n".join([parts[0], *pad, *parts[1:]])


def test_a_day_of_the_article_s_weeks_keeps_its_year(nlp) -> None:
    """'On August 12, Murdoch promoted Bill Shine ...' of a September 2016 story, ten
    paragraphs after 'in August 2015', was put in 2015 (sample Q60, WRONG). A month the text
    gave with its year still gives it to a day told of later ('the July 2021 riots' ...
    'on July 8')."""
    text = _paragraphs(
        "Roger Ailes ran Fox News. In August 2015, Ailes renewed his contract with the network.",
        "On August 12, Rupert Murdoch promoted Bill Shine to co-president of Fox News.",
        filler=9,
    )
    cards = [c for c in cards_of(nlp, text, date(2016, 9, 2)) if "Shine" in c.question]
    assert cards and all("2015" not in c.answer for c in cards)
    assert any(c.answer == "Friday, Aug. 12, 2016" for c in cards)
    riots = _paragraphs(
        "Jacob Zuma's daughter is on trial over the July 2021 riots in South Africa.",
        "On July 8, Zuma handed himself over to the police in Nkandla.",
        filler=8,
    )
    answers = card_answers(nlp, riots, date(2025, 11, 10), "date")
    assert any("2021" in a for a in answers) and not any("2025" in a for a in answers)


def test_a_date_after_another_act_s_clause_is_kept_where_it_is(nlp) -> None:
    """'On what date did Jair Bolsonaro offer no new information about the events that led
    him to dismiss the commanders ...?' (sample Q64, WRONG: 'on Tuesday' was the dismissal's).
    The blank keeps the date where the sentence has it."""
    text = (
        # ('offered no new information on Tuesday' would be nothing done: sample Q98)
        "Brazil's president faces a military crisis. Mr. Bolsonaro offered few details "
        "about the events that led him to dismiss the commanders of the Army, the Air Force "
        "and the Navy on Tuesday."
    )
    questions = card_questions(nlp, text, date(2021, 3, 31), "date")
    assert questions and not any(q.startswith("On what date") for q in questions)
    fired = "Brazil's president fired the commanders of the Army and the Navy on Tuesday."
    assert any(
        q.startswith("On what date") for q in card_questions(nlp, fired, date(2021, 3, 31), "date")
    )


def test_no_question_cuts_a_word_at_its_hyphen(nlp) -> None:
    """'..., George Clooney may be toasting to Casamigos Tequila, which the Hollywood star
    co.' (sample Q64, UNGRAM): the tokenizer split 'co-founded' and the parser hung its
    pieces apart."""
    text = (
        "In celebration of National Tequila Day on July 24, George Clooney may be toasting to "
        "Casamigos Tequila, which the Hollywood star co-founded with friend Rande Gerber."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 7, 24))]
    assert questions and not any(re.search(r"\bco\.", q) for q in questions)


def test_a_namesake_beside_the_full_name_is_someone_else(nlp) -> None:
    """'Two people who recently played Santa Claus and Mrs. Claus' was asked '... played
    Santa Claus and Santa Claus ...' (sample Q64, UNGRAM)."""
    text = (
        "Two people who recently played Santa Claus and Mrs. Claus at a holiday celebration "
        "in Georgia have tested positive for COVID-19."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 12, 15))]
    assert questions and all("Santa Claus and Mrs. Claus" in q for q in questions)


def test_people_of_a_kind_told_before_lean_on_the_article(nlp) -> None:
    """'With about how many children did the unidentified actors take photos ...?' (sample
    Q64, NONSENSE): which actors? The plural of a kind of person points back as the
    singular does."""
    text = (
        "Two people tested positive for COVID-19 in Georgia. The unidentified actors took "
        "photos with roughly 50 children at a holiday celebration in Ludowici, Georgia, "
        "according to officials."
    )
    assert not any("actors" in q for q in card_questions(nlp, text, date(2020, 12, 15), "number"))


def test_one_of_two_figures_told_with_or_is_a_passing_detail(nlp) -> None:
    """'As of March 2022, S$5,000 or _____ is the minimum salary for entry-level jobs.'
    (sample Q64, VAGUE): the condition of the second figure is elsewhere."""
    text = (
        "Singapore raised the bar for foreign workers. While S$5,000 or S$5,500 is the "
        "minimum salary for entry-level jobs, it goes up to S$10,500 for middle-aged "
        "candidates, or S$11,500 if they are in the financial sector."
    )
    facts = facts_of_kind(nlp, text, "number", date(2022, 3, 4), "")
    assert all(f.passing for f in facts if f.answer in ("S$5,500", "S$5,000", "S$11,500"))
    assert any(f.answer == "S$10,500" and not f.passing for f in facts)


def test_a_longtime_industry_player_is_no_post(nlp) -> None:
    """'As of April 2021, who was Gordon Harling? -> a longtime industry player' (sample Q64,
    VAGUE): words of someone's past, no post."""
    text = (
        "Canada is weighing a chip strategy. But Gordon Harling, a longtime industry player "
        "who worked as an engineer at Novatel Communications, said Canada gave up the "
        "opportunity two decades ago."
    )
    facts = facts_of_kind(nlp, text, "role", date(2021, 4, 20), "")
    assert all(f.passing for f in facts if "longtime" in f.answer)
    assert any("longtime" in f.answer for f in facts)


def test_a_figure_told_twice_is_asked_once(nlp) -> None:
    """A page that tells the price of a villa in its captions and its text asked '$14.2
    million' three times (sample Q64, UNIMPORTANT). The deck asks each figure once; a
    second, different figure keeps its own card."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    text = (
        "Katy Perry and Orlando Bloom have just snapped up a gorgeous Mediterranean villa in "
        "Montecito, California, for $14.2 million. Perry and Bloom paid $14.2 million for the "
        "exquisite compound in the wealthy enclave of Montecito.\n\nMeghan and Harry bought a "
        "nine-bedroom mansion in Montecito in June for $14.65 million."
    )
    article = Article(id="t", text=text, published=date(2020, 11, 18), title="Perry buys villa")
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    answers = [c.answer for c in cards if c.kind == "number"]
    assert answers.count("$14.2 million") == 1
    assert "$14.65 million" in answers


def test_a_time_told_to_a_hundredth_has_close_wrong_answers(nlp) -> None:
    """'Shanti Pereira clocked a new 100m PB of _____' offered 5.79 and 14.47 seconds
    beside 11.58 (sample Q64, weak: absurd options). A measure told to a hundredth is a
    close contest."""
    text = (
        "Shanti Pereira won the SEA Games 200m gold on Tuesday. Pereira clocked a new 100m PB "
        "of 11.58 seconds at the 2019 Asian Athletic Championships."
    )
    cards = [c for c in cards_of(nlp, text, date(2023, 5, 10)) if c.answer == "11.58 seconds"]
    assert cards and len(cards[0].choices) == 4
    for choice in cards[0].choices:
        assert abs(float(choice.split()[0]) - 11.58) <= 0.1 * 11.58, choice


def test_no_date_of_an_order_cut_from_what_it_orders(nlp) -> None:
    """'When did the Supreme Court order the Obama administration?' (sample Q65, VAGUE): what
    it was ordered to do, cut. A trip is asked with what it was for (sample Q94: 'arrive in
    Washington, D.C.' alone was VAGUE)."""
    text = (
        "The White House is weighing a rule on birth control. The Supreme Court last year "
        "ordered the Obama administration and religiously affiliated organizations, such as "
        "universities and charities, to reach agreement on an accommodation that would let "
        "employees have access to no-cost contraception."
    )
    questions = card_questions(nlp, text, date(2017, 5, 31), "date")
    assert not any(q.rstrip("?.").endswith("administration") for q in questions)
    trip = (
        "President Obama travelled to Aurora, Colorado, on Sunday to meet families of the victims."
    )
    assert (
        "On what date did President Obama travel to Aurora, Colorado, to meet families of the"
        " victims?" in card_questions(nlp, trip, date(2012, 7, 22), "date")
    )


def test_country_music_is_no_country(nlp) -> None:
    """'... open fire on the United States music concert' (sample Q65, NONSENSE): 'the
    country music concert' names a kind of music, not the article's country."""
    text = (
        "The Las Vegas gunman had booked rooms in Chicago and researched hotels in Boston. "
        "Police in Las Vegas and Chicago are working together. Stephen Paddock opened fire on "
        "Sunday on the country music concert from his hotel suite."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 10, 2))]
    assert not any("United States music" in q for q in questions)
    assert any("country music concert" in q for q in questions)


def test_below_points_back(nlp) -> None:
    """'On what date did Stephen Paddock open fire on the concert taking place below?'
    (sample Q65, NONSENSE): below what? The sentence before tells."""
    text = (
        "Police searched the Mandalay Bay hotel. Stephen Paddock opened fire on Sunday on the "
        "concert taking place below."
    )
    assert not any("below" in c.question for c in cards_of(nlp, text, date(2017, 10, 2)))


def test_a_time_told_from_another_event_points_back(nlp) -> None:
    """'The House version, which passed on the House floor earlier in the day, did not
    include the _____' (sample Q65, NONSENSE): earlier than what?"""
    text = (
        "The Senate Budget Committee advanced a budget resolution on Thursday. The House "
        "version, which passed on the House floor earlier in the day, did not include the "
        "$1.5 trillion in deficit allowances."
    )
    assert not any(
        "earlier in the day" in c.question for c in cards_of(nlp, text, date(2017, 10, 5))
    )


def test_an_outspoken_executive_is_no_post(nlp) -> None:
    """'As of October 2017, who was Harvey Weinstein? -> an outspoken executive' (sample Q65,
    VAGUE): a judgement of him, no post."""
    text = (
        "Hollywood is reeling. However, because this is Harvey Weinstein, the outspoken "
        "executive who plays by his own rules, he's not about to retreat from the spotlight "
        "quietly."
    )
    facts = [
        f
        for f in facts_of_kind(nlp, text, "role", date(2017, 10, 9), "")
        if "outspoken" in f.answer
    ]
    assert facts and all(f.passing for f in facts)


def test_a_relative_clause_never_ends_on_its_speech_verb(nlp) -> None:
    """'... renewed his attacks on lockdowns and other rigid measures that health experts
    have said.' (sample Q64, UNGRAM): what they said was cut."""
    text = (
        "Brazil's president is under pressure. On Wednesday, a day after Brazil recorded 3,780 "
        "daily deaths, a record, Mr. Bolsonaro renewed his attacks on lockdowns and other "
        "rigid measures that health experts have said are necessary to arrest the spread of "
        "the virus."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2021, 3, 31))]
    assert not any(q.endswith("have said.") for q in questions)


def test_a_page_s_script_states_its_publication() -> None:
    """A WSJ page of August 16, 2010 was dated December 21, 2010 and asked 'As of December
    2010, ...' (sample Q66, WRONG): its scripts state 'publicationDate' for the page's own
    use, and nothing else states a date for machines."""
    from trainer.articles import article_from_html

    body = "<p>" + " ".join(["The Obama administration has paid out less than a third."] * 4)
    page = (
        "<html><head><title>White House under fire</title><script>var page = "
        "{publicationName:'wsj.com',publicationDate:'2010-08-16'};</script></head><body>"
        f"<article><h1>White House under fire</h1>{(body + '</p>') * 3}"
        "<p>Updated December 21, 2010</p></article></body></html>"
    )
    assert article_from_html(page, "t.html").published == date(2010, 8, 16)


def test_a_day_after_the_value_a_change_started_from_is_that_value_s(nlp) -> None:
    """'On what date did the yield on the 10-year Treasury note rise to 1.58 percent from
    1.56 percent?' -> Tuesday (sample Q66, WRONG: 'late Tuesday' was the 1.56 percent's)."""
    text = (
        "Stocks took another modest step further into record territory Wednesday after "
        "several companies reported profits that were stronger than expected.\n\n"
        "The market's calm has meant less demand for gold and Treasury bills. The price of "
        "gold fell $13 to $1,319.30 per ounce. The yield on the 10-year Treasury note, which "
        "moves in the opposite direction of its price, rose to 1.58 percent from 1.56 percent "
        "late Tuesday.\n\nThe weakest areas of the stock market on Tuesday were utilities."
    )
    assert not any(
        q.startswith("On what date did the yield")
        for q in card_questions(nlp, text, date(2016, 7, 20), "date")
    )


def test_an_adverb_its_article_was_written_for_stays(nlp) -> None:
    """'... plans to ramp up an significant Austin presence' (sample Q66, UNGRAM): 'already'
    was dropped, its 'an' left."""
    text = (
        "Rackspace Inc., the San Antonio-based Web hosting company that plans to ramp up an "
        "already significant Austin presence, is seeking a state incentives package worth "
        "$1.25 million in tax rebates, according to documents filed with the county."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2014, 10, 20))]
    assert questions and not any("an significant" in q for q in questions)


def test_an_announced_appointment_is_asked(nlp) -> None:
    """'Tracy K. Smith ... has been announced as the U.S. Poet Laureate for 2017-2018' was
    the page's news and no card asked it (sample Q66): 'announced as' names a post as
    'named' does, and the post's term ('for 2017-2018') is no day of the news."""
    text = (
        "Tracy K. Smith, a professor of creative writing at Princeton University, has been "
        "announced as the U.S. Poet Laureate for 2017-2018. Librarian of Congress Carla Hayden "
        "made the announcement on Wednesday."
    )
    cards = [c for c in cards_of(nlp, text, date(2017, 6, 14)) if c.kind == "role"]
    assert any(
        c.question == "Who was announced as the U.S. Poet Laureate in June 2017?"
        and c.answer == "Tracy K. Smith"
        for c in cards
    )


def test_the_days_after_what(nlp) -> None:
    """'... led a brief boycott of several pro sports in the days.' (sample Q67, UNGRAM): the
    days after Blake was shot, cut."""
    text = (
        "Protests continued in Kenosha. The NBA's Milwaukee Bucks, who play their home games "
        "about 40 miles north of Kenosha, led a brief boycott of several pro sports in the days "
        "after Blake was shot."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 8, 30))]
    assert not any(q.endswith("in the days.") for q in questions)


def test_a_description_beside_a_post_card_is_a_passing_mention(nlp) -> None:
    """'As of June 2017, who was Tracy K. Smith? -> a professor of creative writing at
    Princeton University' beside 'Who was announced as the U.S. Poet Laureate in June 2017?'
    (sample Q66, VAGUE: the laureateship fits as well). The deck keeps the post's card."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    text = (
        "Tracy K. Smith, a professor of creative writing at Princeton University, has been "
        "announced as the U.S. Poet Laureate for 2017-2018. Librarian of Congress Carla Hayden "
        "made the announcement on Wednesday. Smith's term begins in September.\n\nSmith won "
        "the Pulitzer Prize in poetry for her book Life on Mars. Smith said she has known the "
        "news for about a month. Smith will travel to small towns during her term."
    )
    title = "Princeton's Tracy K. Smith named U.S. Poet Laureate"
    article = Article(id="t", text=text, published=date(2017, 6, 14), title=title)
    questions = [
        c.question for c in build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    ]
    assert "Who was announced as the U.S. Poet Laureate in June 2017?" in questions
    assert "As of June 2017, who was Tracy K. Smith?" not in questions
