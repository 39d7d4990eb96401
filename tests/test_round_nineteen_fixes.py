"""Faults of the nineteenth round (issue 10), from samples Q14 to Q16: readers' comments
after a comments anchor (in test_page_comments), a page dated by its banner or a sidebar
rather than the date line over its story, and a game's figure whose card names no game.
Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import cards_of, facts_of_kind
from trainer.articles import article_from_html

pytestmark = pytest.mark.slow

STORY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Pakistan's stocks nosedived and its currency hit a six-year low yesterday as the "
        "country's financial markets reeled after the assassination of Benazir Bhutto.",
        "The Karachi Stock Exchange's benchmark index plunged 694.92 points, or 4.7%, in its "
        "biggest single-day loss on the exchange's first day of trading after three days of "
        "mourning.",
        "Dealers said foreign investors were selling their holdings across the board, and the "
        "rupee fell to its lowest level against the dollar since 2001.",
        "The central bank said it would step in to steady the currency if the selling went on "
        "for another week.",
    )
)


def _page(date_line: str) -> str:
    """A page whose banner shows the site's day and whose story has a date line of its own."""
    return (
        "<html><head><title>Pakistan's stocks pay heavy price</title></head><body>"
        "<table><tr><td class='issueDate'>Web Issue 3044</td>"
        "<td class='issueDate'>January 15 2008</td></tr></table>"
        "<div class='nav'><a href='/'>Home</a> <a href='/business'>Business</a></div>"
        "<h1>Pakistan's stocks pay heavy price</h1><table><tr>"
        "<td class='artByline'>MARK SMITH, Deputy Business Editor</td>"
        f"<td class='artDate'>{date_line}</td></tr></table>"
        f"<div class='story'>{STORY}</div></body></html>"
    )


@pytest.mark.parametrize("date_line", ["January 01 2008", "Tue, January 1, 2008"])
def test_the_date_line_over_the_story_beats_the_site_s_banner(date_line: str) -> None:
    """Sample Q14's Herald page: the banner's "January 15 2008" dated a story of January 1
    (its "yesterday" became January 14). Sample Q16's Winnipeg Sun page wrote its line
    "Mon, January 14, 2008"."""
    assert article_from_html(_page(date_line), "t.html").published == date(2008, 1, 1)


GAME = (
    "The Columbus Blue Jackets beat the Edmonton Oilers 4-2 on Saturday night. Rick Nash "
    "scored twice and the goaltender was sharp all night, and the Jackets killed off a late "
    "power-play. The defenseman Rostislav Klesla added a goal in the third period.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "passing"),
    [
        # which game? (samples Q15, Q16)
        ("Pascal Leclaire made 26 saves in the win.", True),
        ("Nikolai Zherdev had two assists for the Blue Jackets.", True),
        ("Jason Chimera replaced Manny Malhotra after 32 minutes.", True),
        # the sentence gives the game's result, or the figure is the result
        ("Pascal Leclaire made 26 saves as Columbus beat Edmonton 4-2.", False),
        ("Columbus beat Edmonton by two goals.", False),
    ],
)
def test_a_game_s_figure_is_a_passing_detail_unless_its_sentence_names_the_game(
    nlp, sentence: str, passing: bool
) -> None:
    facts = [
        f
        for f in facts_of_kind(nlp, GAME + sentence, "number", date(2008, 1, 14))
        if f.evidence == sentence
    ]
    assert facts, sentence
    assert all(f.passing == passing for f in facts), [(f.question, f.passing) for f in facts]


def test_points_on_a_page_that_reports_no_game_are_no_game_s(nlp) -> None:
    """A poll's lead "of three points" is no game's figure."""
    text = (
        "Barack Obama's lead over Mitt Romney in Ohio grew to three points in a poll "
        "published on Monday by Quinnipiac University."
    )
    facts = facts_of_kind(nlp, text, "number", date(2012, 11, 5))
    assert [f.answer for f in facts if not f.passing] == ["three"]


def _cards(nlp, text: str, published: date | None = date(2008, 1, 16)) -> list:
    return cards_of(nlp, text, published)


def test_a_present_verb_in_es_keeps_its_e_after_does(nlp) -> None:
    """spaCy reads "hopes" as "hop" + "es": "By what year does GM hop to have the Volt on the
    market?" (sample Q16's UNGRAM card)."""
    text = "GM hopes to have the Volt on the market by 2010 but is setting no firm date."
    questions = [c.question for c in _cards(nlp, text) if c.answer == "2010"]
    assert questions == ["By what year does GM hope to have the Volt on the market?"]


def test_the_team_a_post_is_of_is_not_its_holder(nlp) -> None:
    """'head coach of the Grey Cup-champion Saskatchewan Roughriders': the tagger takes the
    team for a person, and the card asked the team's post (sample Q16)."""
    text = (
        "Kent Austin resigned as head coach of the Grey Cup-champion Saskatchewan "
        "Roughriders on Wednesday."
    )
    roles = [(c.question, c.answer) for c in _cards(nlp, text) if c.kind == "role"]
    assert not [r for r in roles if "Roughriders" in r[1] or "Roughriders'" in r[0]], roles


def test_a_list_of_names_set_off_by_commas_is_no_aside(nlp) -> None:
    """'Getzlaf of the Ducks, Kopitar of the Kings and Stastny of the Avalance, all under
    23': the middle names are a list, not an appositive to cut (sample Q16's UNGRAM card)."""
    text = (
        "Centers Ryan Getzlaf of the Anaheim Ducks, Anze Kopitar of the Los Angeles Kings "
        "and Paul Stastny of the Colorado Avalance, all under the age of 23, were among seven "
        "players named to their first All-Star team."
    )
    questions = [c.question for c in _cards(nlp, text) if c.answer == "seven"]
    assert questions and all("Kopitar" in q and "Stastny" in q for q in questions), questions


def test_a_plural_name_with_the_is_no_person(nlp) -> None:
    """The recogniser tags 'the ... Saskatchewan Roughriders' a person: a who-said card
    offered the team among the people (sample Q16's MIXED card)."""
    from trainer.extract.persons import person_entities

    doc = nlp(
        "Kent Austin resigned as head coach of the Grey Cup-champion Saskatchewan "
        "Roughriders on Wednesday, said Eric Tillman."
    )
    names = [e.text for e in person_entities(doc)]
    assert "Kent Austin" in names and "Eric Tillman" in names
    assert not [n for n in names if "Roughriders" in n], names


@pytest.mark.parametrize(
    ("lead", "question", "answer"),
    [
        (
            "The Minnesota Wild beat the Buffalo Sabres 4-1 as Zach Parise scored twice.",
            "By what score did the Minnesota Wild beat the Buffalo Sabres in January 2008?",
            "4-1",
        ),
        (  # a win over the loser, the winner's name the sentence's subject (sample Q15)
            "Sunderland gave their survival hopes a major boost with a precious 3-1 victory "
            "over fellow strugglers Bolton.",
            "By what score did Sunderland beat fellow strugglers Bolton in January 2008?",
            "3-1",
        ),
        (  # the winner's name a possessive
            "Boudreau said before the Wild's 4-1 win over the Sabres in front of 15,522 fans.",
            "By what score did the Wild beat the Sabres in January 2008?",
            "4-1",
        ),
        (  # the score set off by commas, the ground after it
            "Al Jefferson scored 32 points as the Timberwolves stunned Phoenix, 100-93, at "
            "the Target Center.",
            "By what score did the Timberwolves stun Phoenix at the Target Center in January 2008?",
            "100-93",
        ),
    ],
)
def test_a_game_s_result_in_the_lead_is_asked(nlp, lead: str, question: str, answer: str):
    """Samples Q15 and Q16: a report's result ('Columbus beat Edmonton 4-2') made no card;
    its players' figures did. With no day told, the article's month says which game."""
    cards = [c for c in _cards(nlp, lead) if c.answer == answer]
    assert [c.question for c in cards] == [question]
    wrong = [o for o in cards[0].choices if o != answer]
    assert len(wrong) == 3 and all(_leads(o) == _leads(answer) for o in wrong), wrong


def test_a_result_in_an_undated_article_is_not_asked(nlp) -> None:
    """With no date the card cannot say which of the sides' games it asks."""
    lead = "The Minnesota Wild beat the Buffalo Sabres 4-1 as Zach Parise scored twice."
    assert "4-1" not in [c.answer for c in _cards(nlp, lead, published=None)]


def _leads(score: str) -> bool:
    won, lost = (int(s) for s in score.split("-"))
    return won > lost


def test_a_record_or_a_later_score_is_no_result(nlp) -> None:
    """'is 5-1 with a 1.41 ERA' is a record; a score outside the lead is another game's."""
    text = (
        "Paul Maholm is 5-1 with a 1.41 ERA in his past seven starts.\n\n"
        "The Braves play the Mets on Tuesday.\n\n"
        "The Mets lost their last game at home.\n\n"
        "In 2007 the Braves beat the Mets 9-2 at Shea Stadium."
    )
    assert not [c for c in _cards(nlp, text) if c.question.startswith("By what score")]


def test_a_score_helped_along_is_asked_without_itself(nlp) -> None:
    """'helping Seattle beat Minnesota 109-90': sample Q17's card asked "By what score did
    Seattle beat Minnesota 109-90 …?" (a GIVEAWAY)."""
    text = (
        "The Sonics veteran scored 18 points, helping Seattle beat Minnesota 109-90 on "
        "Saturday night at KeyArena."
    )
    cards = [c for c in _cards(nlp, text) if c.answer == "109-90"]
    assert [c.question for c in cards] == [
        "By what score did Seattle beat Minnesota at KeyArena in January 2008?"
    ]


def test_a_print_date_line_over_the_story_dates_it() -> None:
    """'Sunday, January 6, 2008; Page A04' over the story (sample Q17's Washington Post page,
    dated by a sidebar's January 15: two WRONG cards)."""
    assert article_from_html(_page("Sunday, January 1, 2008; Page A04"), "t.html").published == (
        date(2008, 1, 1)
    )


def test_no_current_post_for_a_person_whose_death_the_article_tells(nlp) -> None:
    """'As of January 2008, what was Benazir Bhutto's position?' after 'the assassination
    of Pakistani opposition leader Benazir Bhutto' (sample Q17's WRONG card)."""
    dead = (
        "Scotland Yard strengthened its team aiding the probe into the assassination of "
        "Pakistani opposition leader Benazir Bhutto on Monday."
    )
    alive = (
        "Scotland Yard met Pakistani opposition leader Benazir Bhutto on Monday to discuss "
        "her security."
    )
    assert "Pakistani opposition leader" in [c.answer for c in _cards(nlp, alive)]
    assert not [c for c in _cards(nlp, dead) if c.kind == "role"]


def test_a_post_inside_a_quote_is_the_speaker_s_label(nlp) -> None:
    """'"... al-Qaeda leader Baitullah Mehsud is behind her assassination," said ...': the
    article calls him a tribal chief (sample Q17's WRONG card). The speaker's own post after
    the quote, and after a quote begun in the sentence before, stays."""
    text = (
        '"We have intelligence intercepts indicating that al-Qaeda leader Baitullah Mehsud '
        'is behind her assassination," said Interior Ministry spokesman Javed Iqbal Cheema.\n\n'
        '"We gave them time. Otherwise the company will not fly," SBI Chairman Pratip '
        "Chaudhuri told PTI."
    )
    answers = [c.answer for c in _cards(nlp, text) if c.kind == "role"]
    assert "Interior Ministry spokesman" in answers and "SBI Chairman" in answers, answers
    assert "al-Qaeda leader" not in answers, answers
    # a past post a speaker names is history: "former Vice President Biden"
    past = (
        '"The references to former Vice President Joe Biden and his son struck me as '
        'political," Jennifer Williams said on Tuesday.'
    )
    questions = [c.question for c in _cards(nlp, past, date(2019, 11, 20)) if c.kind == "role"]
    assert "What post did Joe Biden hold before November 2019?" in questions, questions


def test_a_share_that_says_of_no_one_makes_no_card(nlp) -> None:
    """'Some of the shine is off: _____ have "strongly" positive views about Clinton': of
    whom? The sentence before said black women (sample Q17's NONSENSE card)."""
    bare = (
        "Some of the shine is off: 57 percent have strongly positive views about Clinton, "
        "down from 72 percent in early November."
    )
    told = (
        "57 percent of black women have strongly positive views about Clinton, down from 72 "
        "percent in early November."
    )
    assert {"57 percent", "72 percent"} <= {c.answer for c in _cards(nlp, told)}
    assert not {"57 percent", "72 percent"} & {c.answer for c in _cards(nlp, bare)}


def test_one_who_played_in_a_win_did_not_win_it(nlp) -> None:
    """'Anelka played for half an hour as a substitute in a routine 2-0 win over Tottenham':
    "By what score did Anelka beat Tottenham?" was WRONG (sample Q18): Chelsea won."""
    text = (
        "Anelka played for more than half an hour as a substitute, replacing the injured "
        "Claudio Pizarro, in a routine 2-0 win over Tottenham that eased Chelsea to within "
        "four points of the leaders."
    )
    assert not [c for c in _cards(nlp, text) if c.answer == "2-0"]


def test_a_run_in_dateline_with_its_day_is_cut() -> None:
    """'LONDON, Jan. 10 British actor ...': the page set the dateline in its own element with
    no dash; the cards asked "LONDON, _____ British actor ..." (sample Q18's UNGRAM cards).
    A name in capitals opening a sentence stays."""
    from trainer.articles import article_from_text

    told = (
        "LONDON, Jan. 10 British actor and Monty Python icon John Cleese is reportedly "
        "splitting from his wife of 15 years."
    )
    assert article_from_text(told, "t.txt").text.startswith("British actor and Monty Python")
    name = "MALCOLM Fraser said on Tuesday that the party would win the next election."
    assert article_from_text(name, "t.txt").text.startswith("MALCOLM Fraser") or (
        article_from_text(name, "t.txt").text.startswith("Malcolm Fraser")
    )


def test_a_script_s_text_printed_on_the_page_is_not_the_story() -> None:
    """Old pages print their advert code as text ("document.write('<IMG SRC=...>');"):
    sample Q18's page was read as that code, "not English prose", and made no card."""
    code = (
        "<p>advertisement document.write('<SCR'+'IPT SRC=\"http://ad.example/adj;sz=728x90;"
        "ord=' + ord + '?\"><\\/SCRIPT>');</p>"
        '<p>if ((!document.images &amp;&amp; navigator.userAgent.indexOf("Mozilla/2.") &gt;= 0)) '
        "{ document.write('<A HREF=\"http://ad.example/jump\">'); }</p>"
    )
    page = (
        "<html><head><title>Pakistan's stocks pay heavy price</title></head><body>"
        f"<h1>Pakistan's stocks pay heavy price</h1><div class='story'>{code}{STORY}</div>"
        "</body></html>"
    )
    text = article_from_html(page, "t.html").text
    assert "document" not in text and "navigator" not in text, text[:200]
    assert "Karachi Stock Exchange" in text


def test_every_post_the_article_gives_answers_who_someone_was(nlp) -> None:
    """'Who was Paul Robinson?' took only "an England goalkeeper"; the article calls him the
    Tottenham goalkeeper too (sample Q18's VAGUE card)."""
    text = (
        "The future of England goalkeeper Paul Robinson remains in doubt after Juande Ramos, "
        "the Tottenham manager, dropped him to the bench.\n\n"
        "Paul Robinson, the Tottenham goalkeeper, has kept 12 clean sheets this season."
    )
    cards = [c for c in _cards(nlp, text) if c.question.endswith("who was Paul Robinson?")]
    assert cards
    assert any("Tottenham goalkeeper" in a for a in (cards[0].answer, *cards[0].accept))
    assert any("England goalkeeper" in a for a in (cards[0].answer, *cards[0].accept))


def test_a_count_of_additional_things_is_a_passing_detail(nlp) -> None:
    """'As of January 2008, how many additional US troops operate under US military
    command?': additional to how many, and where? (sample Q18's NONSENSE card)."""
    text = (
        "More than 10,000 additional US troops operate under US military command. Some "
        "42,000 troops serve under NATO's command in Afghanistan."
    )
    facts = facts_of_kind(nlp, text, "number", date(2008, 1, 14))
    assert [f.passing for f in facts if "10,000" in f.answer] == [True]
    assert [f.passing for f in facts if "42,000" in f.answer] == [False]


def test_a_game_before_the_article_s_month_is_asked_on_its_day(nlp) -> None:
    """'beat the Steelers 29-22 on Dec. 16' in an article of January 2: "in January 2008"
    would be wrong."""
    text = "The Jaguars beat the Steelers 29-22 on Dec. 16 as Fred Taylor ran for a touchdown."
    cards = [c for c in _cards(nlp, text, published=date(2008, 1, 2)) if c.answer == "29-22"]
    assert [c.question for c in cards] == [
        "By what score did the Jaguars beat the Steelers on Dec. 16?"
    ]


def test_a_yearless_dateline_s_day_takes_the_page_s_line_of_that_day() -> None:
    """'Dec. 3 (Bloomberg) -- ...' and 'Last Updated: December 3, 2007' at the story's end,
    while the extractor took May 30, 2005 from elsewhere (sample Q19: 5 WRONG cards)."""
    from trainer.page_dates import checked_published

    page = (
        "<html><body><div>Related: <a href='/x'>Hill visits Seoul</a></div>"
        f"{STORY}<p>Last Updated: December 3, 2007 00:47 EST</p></body></html>"
    )
    assert checked_published(date(2005, 5, 30), page, dateline_day=(12, 3)) == date(2007, 12, 3)
    assert checked_published(date(2005, 5, 30), page, dateline_day=(12, 4)) is None
    assert checked_published(date(2007, 12, 3), page, dateline_day=(12, 3)) == date(2007, 12, 3)


def test_a_date_months_after_every_date_the_page_shows_is_none() -> None:
    """An agency slug's "AP-ES-01-10-08" read as October 1, 2008 on a page whose banner shows
    January 15, 2008 (sample Q19: 2 WRONG cards)."""
    from trainer.page_dates import checked_published

    page = f"<html><body><p>Tuesday January 15, 2008</p>{STORY}</body></html>"
    assert checked_published(date(2008, 10, 1), page) is None
    assert checked_published(date(2008, 1, 10), page) == date(2008, 1, 10)


@pytest.mark.parametrize(
    ("quote", "passing"),
    [
        ("If not, we will carry on with the players we have at Chelsea", True),  # sample Q19
        ("Otherwise the club will carry on with the players it has", True),
        ("We will carry on with the players we have at Chelsea this season", False),
    ],
)
def test_a_quote_that_goes_on_from_what_was_said_before_is_a_passing_detail(
    nlp, quote: str, passing: bool
) -> None:
    text = (
        "Chelsea made a bid for Nicolas Anelka on Wednesday, the club said.\n\n"
        f'"{quote}," said Avram Grant, the Chelsea manager.'
    )
    facts = [
        f
        for f in facts_of_kind(nlp, text, "who_said", date(2008, 1, 9), title="")
        if "carry" in f.question
    ]
    assert facts and all(f.passing == passing for f in facts), [
        (f.question, f.passing) for f in facts
    ]


@pytest.mark.parametrize("date_line", ["01:33, January 1st 2008", "January 1st, 2008"])
def test_a_date_line_with_a_clock_or_an_ordinal_dates_the_story(date_line: str) -> None:
    """'01:33, January 7th 2008' over the story went unread, and the page made no card
    (sample Q20)."""
    assert article_from_html(_page(date_line), "t.html").published == date(2008, 1, 1)


@pytest.mark.parametrize(
    ("leaning", "standing", "answer"),
    [
        (  # the question names Microsoft, which cannot be the authority it fought (Q16)
            "Microsoft admitted defeat in its nine-year battle with the antitrust authority in "
            "October.",
            "Microsoft admitted defeat in its nine-year battle with the European Commission in "
            "October.",
            "October 2007",
        ),
        (  # 'the former Porto star' says where the star played, not who (Q19)
            "Last season the former Porto star was Blackburn's top scorer with 24 goals.",
            "Last season Benni McCarthy was Blackburn's top scorer with 24 goals.",
            "24",
        ),
        (  # "As of January 2008, what was Gary Kemble's position?" after he resigned (Q20)
            "Under-siege Kiwis coach Gary Kemble has resigned, saying a key consideration to "
            "his move was the game's best interests.",
            "Kiwis coach Gary Kemble said on Monday that his side would improve.",
            "Kiwis coach",
        ),
        (  # what decision? (sample Q20)
            "Gary Kemble told officials his decision on Saturday.",
            "Gary Kemble told officials his decision to resign on Saturday.",
            "Saturday, Jan. 19, 2008",
        ),
        (  # which product? Microsoft is its maker, not it (sample Q20)
            "Microsoft said the product would support ODF in 2008.",
            "Microsoft said Office 2007 would support ODF in 2008.",
            "2008",
        ),
        (  # which relationship? (sample Q20)
            "The relationship could be worth $1.4 billion to EMC by 2009.",
            "The EMC relationship with Dell could be worth $1.4 billion to EMC by 2009.",
            "$1.4 billion",
        ),
    ],
)
def test_a_card_whose_reference_the_story_must_resolve_is_not_made(
    nlp, leaning, standing, answer
) -> None:
    """Samples Q16 to Q20: the card asked of "the antitrust authority", "the former Porto
    star", a post its holder had left, "his decision", "the product", "the relationship"."""
    published = date(2008, 1, 20)
    assert answer in [c.answer for c in _cards(nlp, standing, published)]
    assert answer not in [c.answer for c in _cards(nlp, leaning, published)]


def test_a_sentence_s_full_stop_after_an_initial_does_not_close_the_question(nlp) -> None:
    """'… the coverage of Next G.?' (sample Q20's UNGRAM card)."""
    text = (
        "Last year Senator Stephen Conroy's predecessor, Helen Coonan, slapped a licence "
        "condition on Telstra preventing it from switching off CDMA until it matched the "
        "coverage and performance of Next G."
    )
    questions = [c.question for c in _cards(nlp, text) if c.answer == "2007"]
    assert questions and not any(q.endswith(".?") for q in questions), questions


def test_a_cache_s_expiry_is_not_the_story_s_date() -> None:
    """Bloomberg's pages carry `<meta http-equiv="expires" content="Mon, 30 May 2005 ...">`;
    the extractor took it for stories of 2007 and 2008 (samples Q19, Q21). The story's
    yearless dateline, after its headline line, and the page's line of that day say it."""
    story = STORY.replace("<p>Pakistan's stocks", "<p>Jan. 1 (Bloomberg) -- Pakistan's stocks", 1)
    page = (
        '<html><head><meta http-equiv="expires" content="Mon, 30 May 2005 00:00:00 GMT">'
        "<title>Pakistan's stocks pay heavy price</title></head><body>"
        "<h1>Pakistan's stocks pay heavy price</h1>"
        f"<p>Pakistan Stocks Plunge After Bhutto Killing (Update4)</p>{story}"
        "<p>Last Updated: January 1, 2008 11:43 EST</p></body></html>"
    )
    assert article_from_html(page, "t.html").published == date(2008, 1, 1)


def test_a_small_word_the_source_printed_twice_is_asked_once(nlp) -> None:
    """ "reduced Wayne DuMond's sentence to to _____" (sample Q21's UNGRAM card)."""
    text = (
        "Bill Clinton's successor, Jim Guy Tucker, reduced Wayne DuMond's sentence to to 39 "
        "years, making him eligible for parole."
    )
    questions = [c.question for c in _cards(nlp, text) if c.answer == "39 years"]
    assert questions and not any("to to" in q for q in questions), questions
