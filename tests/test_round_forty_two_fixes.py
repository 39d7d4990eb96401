"""Round forty-two (what samples Q154 and Q155 found, and the figures of the judged pages):
rules tested on sentences written for the rule."""

import re
from datetime import date

import pytest

from tests.conftest import a_fact, cards_of, text_file_article

# A Tuesday.
TUESDAY = date(2018, 11, 13)


def _asked_and_kept(nlp, text: str, kind: str) -> tuple[list[str], list[str]]:
    """The questions of one kind of a deck of `text` (published on TUESDAY): every card, and
    the cards above the salience floor (no cap per article)."""
    from trainer.questions.salience import Rule

    every = [c.question for c in cards_of(nlp, text, TUESDAY) if c.kind == kind]
    floor = Rule(per_1000_words=None)
    kept = [c.question for c in cards_of(nlp, text, TUESDAY, rule=floor) if c.kind == kind]
    return every, kept


@pytest.mark.slow
@pytest.mark.parametrize(
    ("post", "kept"),
    [
        ("former Secretary of State", False),  # a career politician's posts are many
        ("former U.S. Vice President", False),
        ("former FBI Director", True),  # one post the person is known by (a guard)
    ],
)
def test_a_career_politician_s_past_post_is_a_passing_detail(nlp, post, kept) -> None:
    """'What post did Joe Biden hold before May 2019?' -> 'U.S. Vice President': he was a
    senator too (samples Q106-Q142: 5 of 8 such cards of a minister's or a head of
    government's past post VAGUE)."""
    from trainer.questions.salience import Rule

    text = (
        f"On Tuesday, {post} Jane Roe said that she would not run for governor of Ohio "
        "next year.\n\n"
        "Roe said she would spend the year writing a book about her years in Washington. "
        "Roe, 61, has led a law firm in Cleveland since 2016."
    )
    asked = "What post did Jane Roe hold before November 2018?"
    every = [c.question for c in cards_of(nlp, text, TUESDAY)]
    kept_now = [c.question for c in cards_of(nlp, text, TUESDAY, rule=Rule())]
    assert asked in every, every
    assert (asked in kept_now) is kept, kept_now


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # a passive's 'by' hung on the noun says not which interview (sample Q155, NONSENSE)
        (
            "On Tuesday, Jane Roe was asked about the interview by reporters at City Hall.",
            "the interview",
        ),
        # a figure told before (sample Q155, NONSENSE)
        (
            "The eye-popping figure, part of the CBO’s latest long-term budget projections that "
            "look out over the 30-year window, foresee plenty of grim news.",
            "figure",
        ),
        # the object of a person's act is someone else (sample Q155, NONSENSE)
        (
            "Jane Roe had been an early Smith supporter, backing the Texas businessman for "
            "governor in May.",
            "businessman",
        ),
        # acts and groups in the plural told before (sample Q156, Q157, NONSENSE)
        (
            "A senior U.S. official said the measures would take effect about two weeks after "
            "Trump signs the proclamation.",
            "measures",
        ),
        (
            "The groups are also raising money on the website ActBlue and say in total, "
            "between the two, the amount has topped $3 million.",
            "groups",
        ),
        # a person by what they are, the subject no name (sample Q158, NONSENSE)
        (
            "Multiple senior Democrats tried to reach out to the New Jersey freshman on "
            "Saturday but were unsuccessful.",
            "freshman",
        ),
        # a place of a kind after a person's name (sample Q158, NONSENSE)
        ("Trump carried the district by 5 points in 2016, the Cook report said.", "district"),
        # laws and a conversation told before (sample Q158, NONSENSE)
        (
            "When the Trump administration took over in 2017, the FDA decided to delay "
            "enforcing the laws until 2022, much to the frustration of public health groups.",
            "the laws",
        ),
        ("The conversation lasted six minutes, according to the White House.", "conversation"),
        # 'another' lawmaker than the ones told before (sample Q154, VAGUE)
        (
            "Mayor Jane Roe attacked another prominent lawmaker on Saturday, calling his "
            "district a mess.",
            "lawmaker",
        ),
    ],
)
def test_a_thing_or_person_told_before_makes_no_card(nlp, text, leaning) -> None:
    body = (
        "The city council of Dover approved a budget of $12 million for the new Elm Street "
        f"school on Friday.\n\n{text}"
    )
    questions = [c.question for c in cards_of(nlp, body, TUESDAY)]
    assert any("Elm Street" in q for q in questions), questions
    assert not [q for q in questions if leaning in q], questions


@pytest.mark.slow
def test_a_businessman_who_is_named_stays(nlp) -> None:
    """A guard: the businessman is named in apposition, so the card says who."""
    text = (
        "Jane Roe had been an early supporter, backing the Texas businessman, John Doe, for "
        "governor in May.\n\nThe city council will meet again on Friday."
    )
    questions = [c.question for c in cards_of(nlp, text, TUESDAY)]
    assert any("John Doe" in q for q in questions), questions


@pytest.mark.parametrize(
    ("kind", "question", "shaped"),
    [
        # a feeling voiced about nothing (sample Q154, VAGUE)
        ("date", "On what date did several experts express outrage?", False),
        ("date", "On what date did several experts express outrage at the op-ed?", True),
        ("date", "On what date did the mayor voice strong support?", False),
        # a dash and a word before the question mark (sample Q154, UNGRAM)
        (
            "number",
            "How many officials have signed a memo calling for a change in policy — specifically?",
            False,
        ),
        ("number", "How many officials have signed a memo calling for a change in policy?", True),
        # a "who's who" cut as a relative clause (sample Q157, UNGRAM)
        ("number", "The funeral drew _____ former presidents and a who’s.", False),
        ("number", "The funeral drew _____ former presidents and a who’s who of Washington.", True),
        # a share of no one (sample Q157, NONSENSE)
        ("number", "_____ disapprove, and 86% think the mayor should be removed.", False),
        ("number", "_____ of Democrats disapprove of the mayor.", True),
        # picked for what? (sample Q156, VAGUE)
        ("who_did", "As of July 2018, who has tapped John Doe?", False),
        ("who_did", "As of July 2018, who has tapped John Doe as spokesman?", True),
        # a post held for years, asked as one year (sample Q158, VAGUE)
        ("date", "When was James Clapper director of national intelligence?", False),
        ("date", "In what year was Jane Roe the mayor of Dover?", False),
        ("date", "When was Jane Roe elected mayor of Dover?", True),
        # a place in a race of no name (sample Q159, NONSENSE)
        ("number", "The Likud came in a close second, with _____ seats.", False),
        ("number", "In the April election, the Likud came in second with 35 seats.", True),
        # tied in what? (sample Q155, NONSENSE)
        ("number", "Sen. Jane Roe was tied with John Doe at _____.", False),
        ("number", "In the state poll, Sen. Jane Roe was tied with John Doe at _____.", True),
    ],
)
def test_a_question_cut_short_makes_no_card(kind, question, shaped) -> None:
    from trainer.questions.misshapen import misshapen

    assert misshapen(a_fact(kind, question, "x", kind)) is not shaped


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "answer"),
    [
        # part of a body as the doer: 'Who rejected a petition by Free Press in April 2020?'
        # -> 'Office of General Counsel' (sample Q155, WRONG: the FCC's office, and its Media
        # Bureau too)
        (
            "The Federal Trade Commission (FTC) Office of General Counsel and Media Bureau "
            "rejected a petition by the group Free Press on Monday to punish broadcasters.\n\n"
            "The group said it would appeal the decision.",
            "who_did",
            "Office of General Counsel",
        ),
        # a share named in words before its figure: 'Just under a quarter (_____) of Democrats
        # said ...' -> 24 percent (sample Q159, GIVEAWAY)
        (
            "Just under a quarter (24 percent) of Democrats said FBI Director James Comey’s "
            "statements this week would help Clinton’s campaign because she avoided criminal "
            "charges.",
            "number",
            "24 percent",
        ),
    ],
)
def test_an_answer_the_text_does_not_give(nlp, text, kind, answer) -> None:
    answers = [c.answer for c in cards_of(nlp, text, TUESDAY) if c.kind == kind]
    assert answer not in answers, answers


@pytest.mark.slow
def test_words_to_someone_unnamed_make_no_quote_blank(nlp) -> None:
    """'Barack Obama said: "Michelle and I wish you and _____ the very best ..."' -> Melania
    (sample Q155, NONSENSE: a letter to whom?)."""
    text = (
        "Former President John Doe left a letter for his successor on Friday.\n\n"
        "“Mary and I wish you and Melania the very best as you embark on this great "
        "adventure,” Mr. Doe wrote in the letter, which he left in the Oval Office."
    )
    said = [c.question for c in cards_of(nlp, text, TUESDAY) if c.kind == "who_said"]
    blanks = [c.answer for c in cards_of(nlp, text, TUESDAY) if c.kind == "quote_cloze"]
    assert said  # the quote is read
    assert "Melania" not in blanks, blanks


@pytest.mark.slow
def test_a_tweet_s_direction_marks_leave_the_quote(nlp, tmp_path) -> None:
    """A tweet copied with its direction marks and the dot before its handle (sample Q154,
    UNGRAM: '".\u2066\u202a@RepCummings\u2069 is a champion ...')."""
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    body = (
        "Speaker Jane Roe defended John Doe on Saturday after the mayor attacked him.\n\n"
        '".\u2066\u202a@RepDoe\u2069 is a champion in the Congress and the country for civil '
        'rights and a beloved leader in Dover," Roe tweeted on Saturday.'
    )
    article = text_file_article(tmp_path, body, "2018-11-13")
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    said = [c.question for c in cards if c.kind == "who_said"]
    assert said
    assert not [q for q in said if '".' in q or re.search("[\u2066-\u2069\u202a]", q)], said


@pytest.mark.slow
def test_a_quote_of_doing_it_makes_no_who_said_card(nlp) -> None:
    """'Who said: "I've done it a lot for Barack Obama, I'll do it a lot less for Donald
    Trump"?' (sample Q154, NONSENSE: done what? Be a check on a president)."""
    text = (
        "Sen. Jane Roe said on Tuesday she would rather not have to be a check of a mayor of "
        "any party.\n\n"
        "“I’ve done it a lot for John Doe, I’ll do it a lot less for Richard Poe,” Roe said.\n\n"
        "Roe has served in the Senate since 2015."
    )
    every, kept = _asked_and_kept(nlp, text, "who_said")
    assert [q for q in every if "done it" in q], every
    assert not [q for q in kept if "done it" in q], kept


@pytest.mark.slow
def test_a_meeting_after_the_lead_is_a_passing_detail(nlp) -> None:
    """'On what date did Trump meet with Lindsey Graham?' (sample Q151, VAGUE: one of many
    meetings); a meeting the lead tells of stays."""
    text = (
        "Mayor Jane Roe will meet with Gov. John Doe on Friday to discuss the flood repairs, "
        "her office said.\n\n"
        "The storm damaged 300 homes in the city of Dover last month.\n\n"
        "Roe has asked the state for $20 million in aid for the repairs.\n\n"
        "Roe met with Sen. Richard Poe on Monday, her office said."
    )
    every, kept = _asked_and_kept(nlp, text, "date")
    assert [q for q in every if "Richard Poe" in q], every
    assert not [q for q in kept if "Richard Poe" in q], kept
    assert [q for q in kept if "John Doe" in q], kept


# Part 2 (what samples Q156 and Q157 found).


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "written", "misread"),
    [
        # a name the tagger read as a noun keeps its capital: 'In what month did trump cancel
        # ...?' (sample Q157, UNGRAM; the article writes 'President Trump' elsewhere)
        (
            "Democrats said on Tuesday they would not back the spending bill, despite President "
            "Trump warning of a shutdown.\n\n"
            "Trump earlier this month canceled a White House meeting with Pelosi and Schumer "
            "about end-of-year legislation, suggesting they had predetermined the outcome.",
            date(2017, 12, 20),
            "Trump cancel",
            "trump",
        ),
        # a surname's particles go with it: 'Van der Alex van der Zwaan' (sample Q157, UNGRAM)
        (
            "The indictment targets Alex van der Zwaan, a Dutch attorney based in London, for "
            "lying to investigators.\n\n"
            "Van der Zwaan is scheduled to appear in court on Tuesday at 2:30 pm EST to answer "
            "the indictment.",
            date(2018, 2, 20),
            "Alex van der Zwaan scheduled",
            "Van der Alex",
        ),
    ],
)
def test_a_name_is_written_as_the_article_writes_it(nlp, text, published, written, misread):
    questions = [c.question for c in cards_of(nlp, text, published)]
    assert [q for q in questions if written in q], questions
    assert not [q for q in questions if misread in q], questions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a quote of no verb (sample Q157, NONSENSE)
        (
            "“For the past six months,” Jane Roe says, “our average of calls” to the city's "
            "parking hotline “is 30 to 50 calls a month.”",
            "our average of calls",
        ),
        # 'him' of a quote whose lead-in is 'that' alone (sample Q157, NONSENSE)
        (
            "During a visit to Dover in December, Jane Roe ribbed the mayor for his parking "
            "scandal, telling a crowd that “the people of Dover want to throw him out of "
            "office.”",
            "throw him out",
        ),
    ],
)
def test_a_quote_that_says_nothing_alone_is_a_passing_detail(nlp, text, shown) -> None:
    from trainer.model import Article, CardKind
    from trainer.pipeline import facts_of

    body = f"{text}\n\nRoe has served on the council of Dover since 2015, her office said."
    article = Article(id="t", text=body, published=TUESDAY)
    said = [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.WHO_SAID]
    asked = [f for f in said if shown in f.question]
    assert asked, [f.question for f in said]
    assert all(f.passing for f in asked), [(f.question, f.passing) for f in asked]


@pytest.mark.slow
def test_an_ousted_chair_is_no_description_of_the_day(nlp) -> None:
    """'As of July 2018, who was Roger Ailes?' -> 'a network chair' of 'ousted network chair
    Roger Ailes' (sample Q156, WRONG)."""
    from trainer.questions.salience import Rule

    text = (
        "The mayor has tapped John Doe, a former Acme executive who was close to ousted "
        "network chair Richard Poe, as his spokesman.\n\n"
        "Poe left Acme in 2016. Poe said he wished Doe well. Poe, 70, lives in Dover."
    )
    kept = [c.answer for c in cards_of(nlp, text, TUESDAY, rule=Rule(per_1000_words=None))]
    assert "a network chair" not in kept, kept


# Part 3 (what samples Q158 and Q159 found).


@pytest.mark.slow
def test_until_a_weekday_of_a_past_act_makes_no_day_card(nlp) -> None:
    """'Republican leaders closed down the chambers until Thursday' in a Sunday's story: the
    Thursday ahead, answered with the one before (sample Q159, WRONG)."""
    text = (
        "Democrats did not show any signs Sunday of budging from their offer.\n\n"
        "Republican leaders closed down the chambers until Thursday, guaranteeing no action "
        "before then."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 12, 23)) if c.kind == "date"]
    assert not [q for q in questions if "chambers" in q], questions


# Part 4 (what samples Q160 and Q161 found).


@pytest.mark.slow
def test_a_show_s_name_after_a_possessive_is_no_part_of_the_quote(nlp) -> None:
    """'Graham said on Fox News Channel’s “Fox & Friends” show' -> 'Who said: "… And I think
    that’s unfair. Fox & Friends"?' (sample Q161, UNGRAM)."""
    text = (
        "Sen. Jane Roe defended her colleague on Sunday.\n\n"
        "“I bet he looked at some liberal talking point, bought it hook, line and sinker, and "
        "went after John Doe without talking to him. And I think that’s unfair,” Roe said on "
        "Fox News Channel’s “Fox & Friends” show."
    )
    said = [c.question for c in cards_of(nlp, text, TUESDAY) if c.kind == "who_said"]
    assert [q for q in said if "hook, line" in q], said
    assert not [q for q in said if "Friends" in q], said


@pytest.mark.slow
def test_a_photo_s_caption_makes_no_card(nlp, tmp_path) -> None:
    """'Qassem Soleimani (C) attends Ayatollah Ali Khamenei's (not seen) meeting ... on
    _____.' (sample Q161, NONSENSE: a picture the reader does not see)."""
    text = (
        "Iran's leader named a new commander on Friday.\n\n"
        "Iranian Quds Force commander Qassem Soleimani (C) attends Iranian supreme leader "
        "Ayatollah Ali Khamenei's (not seen) meeting with the Islamic Revolution Guards Corps "
        "(IRGC) in Tehran, Iran on September 18, 2016."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2020, 1, 3))]
    assert not [q for q in questions if "not seen" in q or "(C)" in q], questions
