"""Round forty-five (what rounds forty-four's samples left, and samples Q180 on): rules
tested on sentences written for the rule."""

import subprocess
import sys
from datetime import date

import pytest
import yaml

from tests.conftest import cards_of
from trainer.questions.salience import Rule

# A Wednesday in October.
OCTOBER = date(2018, 10, 3)


def _cards(nlp, text: str, kind: str, published: date = OCTOBER) -> list[tuple[str, str]]:
    """(question, answer) of every card of one kind of `text`."""
    return [(c.question, c.answer) for c in cards_of(nlp, text, published) if c.kind == kind]


def _generated(tmp_path, name: str, text: str, *options: str) -> list[dict]:
    """The cards `trainer generate` writes for one article file of `text`."""
    article = tmp_path / name
    article.write_text(text)
    deck = tmp_path / "out.deck.yaml"
    run = subprocess.run(
        [sys.executable, "-m", "trainer", "generate", str(article), "-o", str(deck), *options],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return yaml.safe_load(deck.read_text())["cards"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # 'Stevens, who was appointed by Republican President Gerald Ford, ...' (sample Q172,
        # WRONG as Ford's post 'As of October 2018')
        (
            "Judge Jane Roe, who was appointed by Democratic Governor Mark Doe, said she would "
            "retire.",
            False,
        ),
        # a guard: an appointment of the news's own days is made by the post held now
        (
            "Judge Jane Roe, who was appointed by Democratic Governor Mark Doe on Tuesday, "
            "said she would start next month.",
            True,
        ),
    ],
)
def test_whoever_gave_a_post_long_ago_is_not_asked_as_of_now(nlp, sentence, asked) -> None:
    posts = [q for q, a in _cards(nlp, sentence, "role") if "Doe" in q or "Doe" in a]
    assert bool(posts) is asked, posts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # the last item of a list after a colon runs long (sample Q174, GIVEAWAY)
        (
            'Ministry spokeswoman Jane Roe said Mark Doe had been "very firm" on three basic '
            "goals: an end to the fighting, open borders and the return of the remains of soldiers killed in the "
            "1950-53 war.",
            False,
        ),
        # a guard: a long last item that is a clause of its own is no listed thing
        (
            'Ministry spokeswoman Jane Roe said Mark Doe had been "very firm" on three basic '
            "goals: an end to the fighting, open borders and officials said more talks would be held next week in "
            "the capital.",
            True,
        ),
    ],
)
def test_a_colon_list_with_a_long_last_item_gives_its_count_away(nlp, sentence, asked) -> None:
    counts = [q for q, a in _cards(nlp, sentence, "number") if a == "three"]
    assert bool(counts) is asked, counts


@pytest.mark.slow
def test_a_past_verb_read_as_a_participle_is_no_question(nlp) -> None:
    # 'U.S. air strikes on Sunday on Iranian-backed militia bases killed at least 25
    # fighters' (sample Q178, UNGRAM: 'How many fighters were ... bases killed?')
    text = (
        "Protesters stormed the embassy on Tuesday. Israeli air strikes on Sunday on "
        "Iranian-backed militia bases killed at least 31 fighters and wounded 40."
    )
    cards = [(q, a) for q, a in _cards(nlp, text, "number") if "31" in a]
    assert cards, "the count makes a card"
    assert all("bases killed?" not in q for q, _ in cards), cards


@pytest.mark.slow
def test_since_read_as_a_number_s_bound_is_no_question(nlp) -> None:
    # 'the most since 800,000 jobs were shed in March 2009' (sample Q178, UNGRAM: 'When were
    # the most since 800,000 jobs shed ...?')
    text = (
        "The economy lost 90,000 jobs in May. Still, the 90,000 payroll losses are the most "
        "since 600,000 jobs were shed in June 2009 during the depths of the Great Recession "
        "and they end a record 50-month streak of gains."
    )
    cards = [(q, a) for q, a in _cards(nlp, text, "date") if "2009" in a]
    assert cards, "the month makes a card"
    assert all("the most since" not in q or "_____" in q for q, _ in cards), cards


@pytest.mark.slow
def test_an_appositive_hung_far_from_its_noun_is_not_moved(nlp) -> None:
    # 'More serious clashes broke out in 2014 in Ferguson, a suburb of St. Louis' (sample
    # Q177, UNGRAM: 'did more serious clashes a suburb of St. Louis break out in Ferguson?')
    text = (
        "Protesters marched in London on Friday after a judge acquitted a police officer.\n\n"
        "Worse clashes broke out in 2011 in Ferguson, a suburb of St. Louis, after the killing "
        "of a young man."
    )
    cards = [q for q, a in _cards(nlp, text, "date") if a == "2011"]
    assert cards, "the year makes a card"
    assert all("clashes a suburb" not in q for q in cards), cards


@pytest.mark.slow
def test_an_initialism_after_if_ends_no_sentence(nlp) -> None:
    # '... expire in 90 days, or earlier if D.C. Mayor Muriel Bowser chooses to veto it'
    # (sample Q179, UNGRAM: the card was cut at 'if D.C.')
    text = (
        "The council passed the bill on Tuesday.\n\nBut the emergency rules will expire in 60 "
        "days, or earlier if D.C. Mayor Jane Roe chooses to veto them, officials said."
    )
    questions = [q for q, a in _cards(nlp, text, "number", date(2020, 7, 8)) if a == "60 days"]
    assert questions, "the sentence makes a card"
    assert all("Jane Roe chooses" in q for q in questions), questions


@pytest.mark.slow
def test_a_surname_after_a_nickname_is_not_written_out_again(nlp) -> None:
    # 'communion server Anton “Tony” Wallace' written out as the article's other Wallace
    # (sample Q179, UNGRAM: 'Anton “Tony” Tiffany Wallace')
    text = (
        "A vigil was held in Springfield on Monday night for the two men killed by a gunman "
        "in a church: deacon Robert “Bobby” Lane and John White, who was a volunteer.\n\n"
        "The gunman shot White and then Lane. Lane's daughter, Mary Lane, spoke at the vigil."
    )
    questions = [q for c in cards_of(nlp, text, OCTOBER) for q in (c.question,)]
    assert any("Bobby" in q for q in questions), questions
    assert all("Bobby” Mary Lane" not in q for q in questions), questions


@pytest.mark.slow
def test_a_second_verb_shares_its_must(nlp) -> None:
    # 'candidates must receive 10% or more in at least four polls ..., or hit at least 12%
    # in two polls' (sample Q180, NONSENSE: 'Candidates hit at least _____ in two polls')
    text = (
        "The party changed its debate rules on Friday. To qualify for the Nevada debate, "
        "candidates must receive 10% or more in at least four polls between Jan. 15 and Feb. "
        "18, which include national polls or Nevada and South Carolina state polls, or hit "
        "at least 12% in two polls in Nevada and South Carolina."
    )
    cards = [q for q, a in _cards(nlp, text, "number", date(2020, 2, 1)) if "12%" in a]
    assert all("must" in q for q in cards), cards


@pytest.mark.slow
def test_mr_before_the_surname_of_a_woman_named_in_full_is_someone_else(nlp) -> None:
    # 'Mr. Bush was shot down in the Pacific in 1944' in Barbara Bush's obituary (sample
    # Q181, WRONG as 'was Barbara Bush shot down')
    text = (
        "Barbara Bush dies at 92\n\nBarbara Bush died on Tuesday at 92. In 1941, Mrs. Bush "
        "attended a Christmas party where she met George Bush, who was at school nearby. "
        "Barbara Bush was his wife for 73 years. Mr. Bush was shot down in the Pacific in "
        "1944 while flying a bomber."
    )
    questions = [q for c in cards_of(nlp, text, date(2018, 4, 18)) for q in (c.question,)]
    assert any("Barbara Bush" in q for q in questions), questions
    assert all("Barbara Bush shot" not in q for q in questions), questions


@pytest.mark.slow
def test_a_kinship_noun_opening_a_sentence_is_no_part_of_a_name(nlp) -> None:
    # 'Son Jeb Bush, the former Florida governor, ran for the GOP presidential nod in 2016'
    # (sample Q181, UNGRAM: 'did Son Jeb Bush ... run')
    text = (
        "Mary Roe dies at 90\n\nMary Roe died on Tuesday at 90. Daughter Ann Roe, the former "
        "Ohio governor, ran for the Senate in 2012."
    )
    questions = [q for q, a in _cards(nlp, text, "date", date(2018, 4, 18)) if a == "2012"]
    assert questions, "the year makes a card"
    assert all("Daughter Ann" not in q for q in questions), questions


@pytest.mark.slow
def test_a_when_clause_that_is_the_only_time_stays(nlp) -> None:
    # '... accounted for 80% of the U.S. population when Jimmy Carter was president; that
    # number had dropped to 54% by 2006' (sample Q181, VAGUE: the time was cut)
    text = (
        "Church attendance falls\n\nWhite Catholics accounted for 30% of the U.S. population "
        "when Jimmy Carter was president; that number had dropped to 21% by 2006, and white "
        "Catholics now make up only 15% of the U.S. population."
    )
    questions = [q for q, a in _cards(nlp, text, "number", date(2017, 9, 6)) if a == "30%"]
    assert questions, "the share makes a card"
    assert all("when Jimmy Carter was president" in q for q in questions), questions


@pytest.mark.slow
def test_last_week_s_as_a_possessive_is_not_written_out(nlp) -> None:
    # "... inflamed by last week's massacre at a Florida high school that killed 17 students
    # and staff" (sample Q181, UNGRAM: 'did in the week of Feb. 12, 2018's massacre ... kill?')
    text = (
        "Union chief speaks\n\nUnion chief executive Jane Roe weighed in on a long-running "
        "divide over safety rules that has been inflamed by last week's collapse at a "
        "Texas mine that killed 23 miners and staff."
    )
    questions = [q for q, a in _cards(nlp, text, "number", date(2018, 2, 22)) if "23" in a]
    assert questions, "the toll makes a card"
    assert all("week of" not in q for q in questions), questions


@pytest.mark.slow
def test_a_present_without_its_subject_is_not_cut_away(nlp) -> None:
    # '..., where Republican voters take GOP ballots and Democrats select nominees from their
    # party's slate' (sample Q181, UNGRAM: '... take GOP ballots and Democrats?')
    text = (
        "Voters went to the polls on Tuesday. In 2010, California voters approved a "
        "referendum ending its traditional partisan primary system, where Republican voters "
        "take GOP ballots and Democrats select nominees from their party's slate."
    )
    questions = [q for q, a in _cards(nlp, text, "date", date(2018, 6, 6)) if a == "2010"]
    assert questions, "the year makes a card"
    assert all(not q.rstrip("?.").endswith("and Democrats") for q in questions), questions


@pytest.mark.slow
def test_a_noun_read_as_a_verb_makes_no_sentence(nlp) -> None:
    # 'after the H1N1 influenza outbreak in 2009, which triggered ...' (sample Q181, UNGRAM:
    # 'The H1N1 influenza outbreak in _____, which triggered ...')
    text = (
        'The national stockpile of masks ran low in March. According to a report, "after '
        "the H1N1 influenza outbreak in 2009, which triggered a nationwide shortage of masks "
        "and caused a long backlog of orders for the N95 variety, the stockpile distributed "
        "about three-quarters of its inventory and didn't build back the supply.\""
    )
    questions = [q for q, a in _cards(nlp, text, "date", date(2020, 3, 20)) if a == "2009"]
    assert all(not q.startswith("The H1N1 influenza outbreak in _____") for q in questions), (
        questions
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # 'ProPublica reported on April 3 that ...' (sample Q181, UNIMPORTANT: the day of a
        # source cited in passing)
        (
            "ProPublica reported on April 3 that budget battles in the early years of the "
            "Obama administration contributed to stockpile shortages.",
            False,
        ),
        # a guard: a country's figures are the news
        ("The US reported more than 40,000 new cases on Friday, its biggest jump yet.", True),
    ],
)
def test_the_day_of_a_report_is_a_passing_detail(nlp, sentence, kept) -> None:
    text = (
        "Stockpile ran low\n\nThe national stockpile of masks ran low in March, officials "
        "said on Monday.\n\n" + sentence
    )
    every = [q for q, a in _cards(nlp, text, "date", date(2020, 4, 6)) if "April 3" in a]
    assert every, "the day makes a card"
    default = [
        c.question
        for c in cards_of(nlp, text, date(2020, 4, 6), rule=Rule())
        if c.kind == "date" and "April 3" in c.answer
    ]
    assert bool(default) is kept, default


@pytest.mark.slow
def test_a_photo_credit_s_file_is_no_part_of_a_post(nlp) -> None:
    # 'Tom Brenner/Reuters/File President Donald Trump delivers remarks ...' (sample Q182,
    # WRONG: 'File President')
    text = (
        "Russia bounty\n\nTom Brenner/Reuters/File Senator Mark Doe delivers remarks to U.S. "
        "troops during an unannounced visit to Bagram Air Base, Afghanistan, November 28, "
        "2019.\n\nThe official said on Monday that he had not been briefed."
    )
    posts = [(q, a) for q, a in _cards(nlp, text, "role", date(2020, 7, 2))]
    assert posts, "the post makes a card"
    assert all("File" not in q + a for q, a in posts), posts


@pytest.mark.slow
def test_a_post_of_the_kind_held_before_is_held_before(nlp) -> None:
    # 'former Trump adviser Sam Nunberg' ... 'Nunberg, the early Trump campaign adviser'
    # (sample Q183, WRONG as 'As of January 2019, what was Sam Nunberg's position?')
    text = (
        "Trump's wall\n\nThe wall was a campaign idea, said former Roe adviser Mark Doe on "
        'Monday.\n\n"No, it doesn\'t matter," said Doe, the early Roe campaign adviser.'
    )
    posts = [q for q, a in _cards(nlp, text, "role", date(2019, 1, 8)) if "adviser" in a]
    assert posts, "the post makes a card"
    assert all(not q.startswith("As of") for q in posts), posts


@pytest.mark.slow
def test_a_year_of_an_election_is_offered_beside_years_of_its_cycle(tmp_path) -> None:
    # 'In what year did John Kerry solidify his grip on the Democratic nomination ...?'
    # offered 2002-2005 (sample Q183, TRIVIAL: one election year among them)
    cards = _generated(
        tmp_path,
        "primary.txt",
        "---\ntitle: Wisconsin votes\npublished: 2016-04-05\n---\nVoters in Wisconsin went to "
        "the polls on Tuesday.\n\nIn 2004, Jane Roe solidified her grip on the Democratic "
        "nomination in Wisconsin's primary.\n",
    )
    years = [c for c in cards if c["answer"] == "2004"]
    assert years, "the year makes a card"
    for card in years:
        assert all((int(c) - 2004) % 4 == 0 for c in card["choices"]), card["choices"]


@pytest.mark.slow
def test_what_follows_a_second_verb_goes_with_it(nlp) -> None:
    # '... and burned down a Wendy's restaurant where ..., an incident likely to fuel more
    # tensions' (sample Q182, UNGRAM: the incident told of the highway)
    text = (
        "Protests in Atlanta\n\nProtesters marched in Atlanta on Friday.\n\nProtesters shut "
        "down a major highway in Atlanta on Saturday and burned down a restaurant where a man "
        "was shot dead by police, an incident likely to fuel more tensions over race."
    )
    questions = [q for q, a in _cards(nlp, text, "date", date(2020, 6, 14)) if "13" in a]
    assert questions, "the day makes a card"
    assert all("an incident" not in q for q in questions), questions


@pytest.mark.slow
def test_a_plural_the_tagger_read_as_a_name_loses_its_capital(nlp) -> None:
    # 'Protesters shut down a major highway ...' after the headline, tagged NNPS (sample
    # Q182, UNGRAM: 'did Protesters shut down')
    text = (
        "Protests in Atlanta\n\nProtesters marched in Atlanta on Friday.\n\nOfficials said "
        "on Saturday that the march had been peaceful."
    )
    questions = [q for q, a in _cards(nlp, text, "date", date(2020, 6, 14)) if "12" in a]
    assert questions, "the day makes a card"
    assert all("did protesters march" in q for q in questions), questions


@pytest.mark.slow
def test_a_day_told_from_the_page_is_not_asked_as_written(nlp) -> None:
    # 'As of April 2016, tomorrow, Wisconsin's primary is poised to do something it has not
    # done in more than _____.' (sample Q183, NONSENSE)
    text = (
        "Ohio votes\n\nVoters in Ohio head to the polls this week.\n\nTomorrow, Ohio's primary "
        "is poised to do something it has not done in more than 40 years."
    )
    questions = [q for c in cards_of(nlp, text, date(2016, 4, 4)) for q in (c.question,)]
    assert all("tomorrow" not in q.lower() for q in questions), questions


@pytest.mark.slow
def test_a_post_worded_twice_is_not_its_own_wrong_option(tmp_path) -> None:
    # 'director of the political group Mainers for Accountable Leadership' offered beside
    # 'director of the political action committee Mainers for ...' (sample Q182, DISTRACTOR)
    cards = _generated(
        tmp_path,
        "maine.txt",
        "---\ntitle: Maine women weigh Collins\npublished: 2019-09-20\n---\n"
        "“She is out of step with us,” says Mary Follayter, director of the political group "
        "Mainers for Better Leadership.\n\nVoters met on Tuesday in Portland to plan a "
        "campaign against Senator Susan Collins.\n\n“We want a leader who speaks out,” says "
        "Mary Follayttar, director of the political action committee Mainers for Better "
        "Leadership, from a coffee shop in Portland.\n\nJane Roe, the Education Secretary of "
        "Maine, said on Wednesday that the state would hire 300 teachers.\n",
        "--all-cards",
    )
    posts = [c for c in cards if "Mainers" in c["answer"]]
    assert posts, "the post makes a card"
    for card in posts:
        wrong = [c for c in card.get("choices") or [] if c != card["answer"]]
        assert all("Mainers" not in c for c in wrong), card["choices"]


@pytest.mark.slow
def test_a_korean_name_s_family_name_comes_first(tmp_path) -> None:
    # 'Moon Jae-in' ... 'Moon said': the surname a reader types is Moon, not 'Jae-in' (Q132's
    # options wrote 'Jae-in' for Moon Jae-in)
    cards = _generated(
        tmp_path,
        "summit.txt",
        "---\ntitle: Korea summit\npublished: 2018-05-23\n---\nSouth Korean President Moon "
        'Jae-in met U.S. President Donald Trump on Tuesday in Washington.\n\n"We will work '
        'for a lasting peace on the peninsula," Moon said after the meeting.\n\n"It was a very '
        'good meeting," Trump said.\n',
        "--all-cards",
    )
    moon = [c for c in cards if c["kind"] == "who_said" and c["answer"] == "Moon Jae-in"]
    assert moon, "the quote makes a card"
    assert all(c.get("accept") == ["Moon"] for c in moon), [c.get("accept") for c in moon]


@pytest.mark.slow
def test_a_weekday_naming_a_weekly_thing_is_no_day(nlp) -> None:
    # 'Once a fixture on cable channels and Sunday news shows, ... Giuliani, has all but
    # disappeared' (sample Q184, WRONG: 'Sunday, Oct. 20, 2019')
    text = (
        "Lawyer vanishes\n\nThe lawyer spoke to reporters on Monday.\n\nOnce a fixture on "
        "cable channels and Sunday news shows, President Trump's personal attorney, Jane Roe, "
        "has all but disappeared since two of her associates were arrested this month on "
        "campaign finance charges."
    )
    answers = [a for _, a in _cards(nlp, text, "date", date(2019, 10, 23))]
    assert all("Sunday" not in a for a in answers), answers


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a weekday of a verb before it, and a weekday of one day's services
        "The FBI was investigating President Donald Trump's former personal attorney and fixer "
        "for nearly a year before agents raided his home and office, documents released "
        "Tuesday show.",
        "Alarms went off the moment a man in a fake beard walked into a Texas church for "
        "Sunday services.",
    ],
)
def test_a_weekday_of_a_verb_or_of_one_day_s_services_is_a_day(nlp, sentence) -> None:
    text = "Church news\n\nOfficials spoke to reporters on Monday.\n\n" + sentence
    answers = [a for _, a in _cards(nlp, text, "date", date(2019, 12, 31))]
    assert any(("Tuesday" in a or "Sunday" in a) for a in answers), answers


@pytest.mark.slow
def test_words_told_to_someone_are_not_theirs(tmp_path) -> None:
    # 'Robach said she was told “who's Jeffrey Epstein? … This is a stupid story.”' (sample
    # Q185, WRONG as Robach's words)
    cards = _generated(
        tmp_path,
        "anchor.txt",
        "---\ntitle: Anchor caught on tape\npublished: 2019-11-06\n---\nTV anchor Jane Roe was "
        "caught on a hot mic saying the network had killed her story, a video released on "
        "Tuesday shows.\n\nIn the video, Roe said she was told \"who's Mark Doe? No one knows "
        'who that is. This is a stupid story."\n\n"We have never stopped investigating the '
        'story," the network said in a statement.\n',
        "--all-cards",
    )
    assert cards, "the article makes cards"
    assert all(not (c["kind"] == "who_said" and "stupid story" in c["question"]) for c in cards)
