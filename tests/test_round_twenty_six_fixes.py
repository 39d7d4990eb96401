"""Faults of the twenty-sixth round (issue 10), from samples Q56 and Q57: a quote opening
the text that crashed the command, a share the question's own figures give away, a word of
the date left behind, a purpose cut from 'enough', a state written out as a university, a
count the question lists, a series the blank ends, a comma lost with an appositive, a body
read into a name after 'As of', a 'be' at some unnamed event, a toll placed only by its
source, a storm the lead calls 'a typhoon'. Each test fails without its rule."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import (
    card_answers,
    card_questions,
    cards_of,
    facts_of_kind,
    storm_deck_with_number_finder,
)

pytestmark = pytest.mark.slow


def test_a_generator_s_broken_contract_loses_its_cards_not_the_deck(
    tmp_path, monkeypatch, capsys
) -> None:
    """A fact whose evidence is not in the article (sample Q57: a quote opening the text
    got empty evidence) ended the command with a traceback and no deck. It is now the bug
    of one question kind on one article: a warning, and the deck with the other cards."""
    from trainer.model import AnswerType, CardKind, Fact

    def broken(doc, article):
        return [Fact(CardKind.NUMBER, "k", "q", "a", "", article.id, AnswerType("number", "count"))]

    article, err, text = storm_deck_with_number_finder(tmp_path, monkeypatch, capsys, broken)
    assert f"{article}: the number questions broke on this article and were left out" in err
    assert "evidence is not a substring" in err and "Traceback" not in err
    assert "kind: date" in text and "kind: number" not in text


def test_a_quote_whose_attribution_opens_the_text_keeps_its_sentence(nlp) -> None:
    """'Calling Hurricane Katrina "one of the most ... of my life," ... Chertoff says ...'
    as an article's first words: the quote's span began one character before the text, and
    its evidence was empty (sample Q57: the command crashed)."""
    text = (
        'Calling Hurricane Katrina "one of the most difficult and traumatic experiences of my '
        'life," Homeland Security Secretary Michael Chertoff says he is fixing failures in his '
        "department before next storm season."
    )
    article = text + "\n\nChertoff spoke to reporters in Washington on Tuesday."
    facts = facts_of_kind(nlp, article, "who_said", date(2006, 2, 15))
    assert [f.answer for f in facts] == ["Michael Chertoff"]
    assert facts[0].evidence == text


def test_a_share_the_question_s_own_figures_give_is_not_asked(nlp) -> None:
    """'access to _____ of Project Scorpio's total unified RAM system memory, or 8GBs of
    Project Scorpio's total 12GB' -> 67% (sample Q56, GIVEAWAY): 8 of 12 is two thirds."""
    shown = (
        "According to Digital Foundry's Richard Leadbetter, developers will have access to 67% "
        "of Project Scorpio's total unified RAM system memory, or 8GBs of Project Scorpio's "
        "total 12GB of GDDR5 RAM."
    )
    assert "67%" not in card_answers(nlp, shown, date(2017, 4, 7), "number")
    alone = (
        "According to Digital Foundry's Richard Leadbetter, developers will have access to 67% "
        "of Project Scorpio's total unified RAM system memory."
    )
    assert "67%" in card_answers(nlp, alone, date(2017, 4, 7), "number")


def test_alone_goes_with_the_date_it_limits(nlp) -> None:
    """'may have personally made $ 3 million last year alone' became 'When may Jordan
    Belfort have personally made $ 3 million alone?' (sample Q56, UNGRAM)."""
    text = (
        "Jordan Belfort, who owns over 50% of Stratton's equity, may have personally made "
        "$3 million last year alone."
    )
    questions = card_questions(nlp, text, date(1991, 10, 28), "date")
    assert questions == ["When may Jordan Belfort have personally made $3 million?"]


def test_what_enough_is_for_stays_in_the_question(nlp) -> None:
    """'Within how many months had Jordan Belfort and Kenneth Greene earned enough in
    commissions?' (sample Q56, NONSENSE): enough for what, the sentence says."""
    text = (
        "Within five months, Jordan Belfort and Kenneth Greene had earned enough in commissions "
        "to buy out the entire Stratton operation for about $250,000."
    )
    questions = card_questions(nlp, text, date(1991, 10, 28), "number")
    assert questions
    assert all("enough in commissions to buy out" in q for q in questions), questions


def test_a_state_the_article_names_is_no_first_name(nlp) -> None:
    """'Virginia Tech' read as a person made 'Virginia' (the state) 'Virginia Tech': 'a
    university in Blacksburg, Virginia Tech' (sample Q57, UNGRAM)."""
    from trainer.extract.persons import full_names

    text = (
        "Jiverly Wong killed 13 people in Binghamton on Friday. On April 16, 2007, Virginia "
        "Tech, a university in Blacksburg, Virginia, became the site of the deadliest shooting "
        "rampage in modern U.S. history."
    )
    doc = nlp(text)
    assert "Virginia Tech" in {e.text for e in doc.ents if e.label_ == "PERSON"}  # the misreading
    assert "Virginia" not in full_names(doc)
    questions = card_questions(nlp, text, date(2009, 4, 3), "date")
    assert questions and not any(
        "Virginia Tech, a university in Blacksburg, Virginia Tech" in q for q in questions
    )


def test_a_count_the_question_lists_one_each_of_is_not_asked(nlp) -> None:
    """'had confirmed _____ Katrina-related deaths -- one each in Warren, Leake, Pearl River
    and Hinds counties' -> four (sample Q57, GIVEAWAY)."""
    listed = (
        "The Mississippi Emergency Management Agency in Jackson had confirmed four "
        "Katrina-related deaths -- one each in Warren, Leake, Pearl River and Hinds counties, "
        "a spokeswoman said."
    )
    assert "four" not in card_answers(nlp, listed, date(2005, 8, 30), "number")
    counted = listed.replace(" -- one each in Warren, Leake, Pearl River and Hinds counties", "")
    assert "four" in card_answers(nlp, counted, date(2005, 8, 30), "number")


def test_the_next_number_of_a_series_is_no_blank(nlp) -> None:
    """'"…many places, 50, 60, _____, I guess it averaged ..."' -> 70 percent (sample Q57):
    the series counts up to it."""
    text = (
        'And Donald Trump went on to say, "many places, 50, 60, 70 percent, I guess it averaged '
        '-- whatever the average was -- very, very high."'
    )
    assert "70 percent" not in card_answers(nlp, text, date(2017, 3, 25), "quote_cloze")
    assert "Donald Trump" in card_answers(nlp, text, date(2017, 3, 25), "who_said")


def test_an_appositive_keeps_the_comma_that_ends_its_clause(nlp) -> None:
    """'... a military research center outside Damascus, the capital, Syrian state media
    reported _____.' lost both commas with 'the capital' (sample Q56, UNGRAM)."""
    text = (
        "Amid rising fear that Syrian President Bashar Assad could lose control of his nation's "
        "stockpiles of chemical and advanced weapons, Israel bombed and destroyed a military "
        "research center outside Damascus, the capital, Syrian state media reported Wednesday."
    )
    questions = card_questions(nlp, text, date(2013, 1, 30), "date")
    assert questions
    assert all("outside Damascus, Syrian state media reported" in q for q in questions), questions


def test_a_body_read_into_a_name_loses_its_capital_after_as_of(nlp) -> None:
    """'As of March 2017, Control of Jobar - which has been a battleground ...' (sample Q57,
    UNGRAM): the tagger read 'Control of Jobar' as a body's name."""
    text = (
        "Control of Jobar, which has been a battleground for more than two years, is divided "
        "between rebels and allied fighters, officials said."
    )
    assert "Control of Jobar" in {e.text for e in nlp(text).ents}  # the misreading
    questions = card_questions(nlp, text, date(2017, 3, 20), "number")
    assert not any("As of March 2017, Control" in q for q in questions), questions
    bank = (
        "Bank of America, which has been a lender for more than 200 years, has 4,000 branches, "
        "officials said."
    )
    assert any(
        q.startswith("As of March 2017, Bank of America")
        for q in card_questions(nlp, bank, date(2017, 3, 20), "number")
    )


def test_a_be_at_some_unnamed_event_is_not_dated(nlp) -> None:
    """'In what year was Bentley at a business conference?' (sample Q56, VAGUE): which?"""
    some = (
        "In 2014, the fired cop said, Robert Bentley was at a business conference when he "
        "apparently dropped his phone."
    )
    assert card_answers(nlp, some, date(2017, 4, 8), "date") == []
    # 'in a state of war' says which state (a card judged good, sample Q45)
    state = "Syria and Israel have been in a state of war since 1948, the BBC said."
    assert card_answers(nlp, state, date(2013, 5, 30), "date") == ["1948"]
    named = "In 2014, Robert Bentley was at the Republican convention in Tampa."
    assert card_questions(nlp, named, date(2017, 4, 8), "date") == [
        "In what year was Robert Bentley at the Republican convention in Tampa?"
    ]


def test_a_toll_placed_only_by_its_source_is_asked_there(nlp) -> None:
    """'A man armed with two handguns killed 13 people at an immigration services center
    before ..., authorities in Binghamton, New York, said on Friday' made no toll card: the
    question named nothing (sample Q57, the main news unasked). The authorities of a place
    report an act of their place."""
    text = (
        "A man armed with two handguns killed 13 people at an immigration services center before "
        "apparently turning the gun on himself, authorities in Binghamton, New York, said on "
        "Friday."
    )
    cards = [c for c in cards_of(nlp, text, date(2009, 4, 3)) if c.answer == "13"]
    assert [c.question for c in cards] == [
        "How many people did a man armed with two handguns kill at an immigration services "
        "center in Binghamton, New York, before apparently turning the gun on himself?"
    ]
    unplaced = text.replace("authorities in Binghamton, New York, said", "authorities said")
    assert "13" not in card_answers(nlp, unplaced, date(2009, 4, 3), "number")


def test_a_lead_s_typhoon_is_the_one_the_article_names(nlp) -> None:
    """'A typhoon roared towards Japan's main island on election day on Sunday, killing at
    least two people' made no card (the parser hung 'roared' on 'typhoon'), and 'a typhoon'
    is which one? The article names it after the lead (sample Q57)."""
    lead = (
        "A typhoon roared towards Japan's main island on election day on Sunday, killing at "
        "least two people, prompting a warning for tens of thousands to evacuate."
    )
    named = lead + " Typhoon Lan, classified as an intense Category 4 storm, was south of Japan."
    assert (
        "How many people were killed when Typhoon Lan roared towards Japan's main island on election day?"
        in card_questions(nlp, named, date(2017, 10, 22), "number")
    )
    assert (
        "How many people were killed when a typhoon roared towards Japan's main island on "
        "election day?"
    ) in card_questions(nlp, lead, date(2017, 10, 22), "number")


def test_one_million_is_a_count(nlp) -> None:
    """'The Chinese firm said it had moved more than one million units in just 45 days' (the
    main news of sample Q57's page): 'one' alone is too often no count, so 'one million' was
    never asked; with a scale it is one."""
    text = "Xiaomi has sold more than one million phones in India."
    cards = [c for c in cards_of(nlp, text, date(2017, 3, 14)) if c.kind == "number"]
    assert [(c.question, c.answer) for c in cards] == [
        ("As of March 2017, how many phones has Xiaomi sold in India?", "more than one million")
    ]
    wrong = set(cards[0].choices) - {"more than one million"}
    assert len(wrong) == 3 and all(re.fullmatch(r"more than \w+ million", w) for w in wrong)
    one = "One of the officers said the phone sold well in India."
    assert card_answers(nlp, one, date(2017, 3, 14), "number") == []


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Senators voted 52-43 to preserve the so-called earmarks in a 1,000-page-plus "
            "catchall spending bill even though they were sought by the PMA Group, a lobbying "
            "firm raided by the FBI last year.",
            "In March 2009, senators voted _____ to preserve the so-called earmarks in a "
            "1,000-page-plus catchall spending bill.",
            "52-43",
        ),
        (
            "The Supreme Court ruled 5-4 that the Second Amendment protects an individual's "
            "right to own a gun.",
            "The Supreme Court ruled _____ that the Second Amendment protects an individual's "
            "right to own a gun.",
            "5-4",
        ),
        (
            "In a 52 to 43 vote, the Senate kept the earmarks.",
            "In a _____ vote, the Senate kept the earmarks.",
            "52-43",
        ),
        (
            "The Senate passed the stimulus bill 68-31 on Tuesday.",
            "The Senate passed the stimulus bill _____.",
            "68-31",
        ),
    ],
)
def test_a_vote_s_tally_is_asked(nlp, sentence, question, answer) -> None:
    """'Senators voted 52-43 to preserve the so-called earmarks' (sample Q57's page: the
    vote, its news, made no card: a figure joined to another by a dash is a score or a range
    to the number finder). Wrong answers split as many votes, the winner still ahead."""
    cards = [c for c in cards_of(nlp, sentence, date(2009, 3, 4)) if c.answer == answer]
    assert [c.question for c in cards] == [question]
    yes, no = (int(x) for x in answer.split("-"))
    for choice in cards[0].choices:
        a, b = (int(x) for x in choice.split("-"))
        assert a + b == yes + no and a > b


def test_a_game_s_score_is_no_vote(nlp) -> None:
    """'beat the Knicks 101-99' stays a score ('By what score ...?'); 'The committee voted
    9-0 to approve it' names nothing, and 'voted 9-1 earlier this week' nothing decided."""
    game = "The Celtics beat the Knicks 101-99 on Tuesday."
    assert card_questions(nlp, game, date(2009, 3, 4), "number") == [
        "By what score did the Celtics beat the Knicks in March 2009?"
    ]
    vague = "The committee voted 9-0 to approve it."
    assert card_answers(nlp, vague, date(2009, 3, 4), "number") == []
    # a vote that says nothing of what it decided (a new card of the round, read before the
    # round ended: 'The Fed's policymaking body voted _____ earlier this week.')
    nothing = "The Fed's policymaking body voted 9-1 earlier this week."
    assert card_answers(nlp, nothing, date(2010, 3, 4), "number") == []


def test_a_toll_of_what_the_subject_was_is_asked_of_the_subject(nlp) -> None:
    """'Katrina was one of the costliest and deadliest natural disasters in U.S. history,
    killing more than 1,300 people, causing tens of billions of dollars in damage' made 'How
    many people were killed when Katrina was one of the costliest ... history?' (sample Q57's
    page): a 'was' is no event to ask 'when' of. The toll is Katrina's, and the next act,
    joined by a comma, goes with it."""
    text = (
        "Katrina was one of the costliest and deadliest natural disasters in U.S. history, "
        "killing more than 1,300 people, causing tens of billions of dollars in damage and "
        "forcing hundreds of thousands from their homes."
    )
    assert card_questions(nlp, text, date(2006, 2, 15), "number") == [
        "How many people did Katrina kill?"
    ]


def test_a_passing_question_does_not_push_out_its_sentence_s_blank(nlp) -> None:
    """'Steve Jobs said Apple had sold more than one million iPod nanos in the first 17 days
    they were available', after the lead: once 'one million' was a count, its question (a
    bare count after the lead, a passing mention) took the sentence's one number card from
    the blank of its 17 days, which a reader had judged worth studying (sample Q41)."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    text = (
        "Apple has upgraded the original white iPod to a version that plays video.\n\n"
        "The gadget will be available in the US next week.\n\n"
        "Announcing the new iPod Apple boss Steve Jobs said the company had sold more than 28 "
        "million iPods since the gadget was launched in 2001.\n\n"
        "Mr Jobs said Apple had sold more than one million iPod nanos in the first 17 days they "
        'were available. "We could not meet demand," he said.'
    )
    article = Article(
        id="t", text=text, published=date(2005, 10, 12), title="Apple unveils video iPod"
    )
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule()).deck.cards
    assert "17 days" in [c.answer for c in cards]


def test_the_nation_is_the_country_the_article_is_about(nlp) -> None:
    """'How many people were killed across the nation by powerful Typhoon No. 21?' (sample
    Q53, NONSENSE) and '... injured across the nation, according to ...' (sample Q54):
    which nation? The article is about one: its places name Japan most."""
    text = (
        "Powerful Typhoon No. 21 swept through Japan on Sunday.\n\n"
        "At least six people were killed across the nation by powerful Typhoon No. 21, the "
        "agency said. In Tokyo, trains stopped. In Osaka, flights were cancelled. Japan's "
        "weather agency warned of more rain."
    )
    questions = card_questions(nlp, text, date(2017, 10, 23), "number")
    assert questions and all("the nation" not in q for q in questions), questions
    assert any("across Japan" in q for q in questions)


def test_the_nation_beside_a_place_stays(nlp) -> None:
    """'Sweden's agency will mail the brochure to five million households in the country'
    names its country (readers judged it worth studying)."""
    sweden = (
        "Sweden's Civil Contingencies Agency will mail an updated brochure to five million "
        "households in the country from Monday. In Stockholm and Tokyo, people read it. Japan "
        "and Japan and Japan were named."
    )
    questions = card_questions(nlp, sweden, date(2024, 11, 18), "number")
    assert questions and all("in the country" in q for q in questions), questions


def test_a_be_that_names_which_one_is_asked_as_a_blank(nlp) -> None:
    """'In what year was the last major hurricane to strike the Houston area Category-3
    Alicia?' (sample Q52, UNGRAM); 'In what year was Barack Obama the first black president?' reads."""
    alicia = "The last major hurricane to strike the Houston area was Category-3 Alicia in 1983."
    assert card_questions(nlp, alicia, date(2005, 9, 22), "date") == [
        "The last major hurricane to strike the Houston area was Category-3 Alicia in _____."
    ]
    # holding a post is a state: 2009 is one year of eight (sample Q95: 'In what month is
    # Joe Biden likely to be the Democratic nominee?' WRONG); the first to hold it is asked
    post = "Barack Obama was the president in 2009."
    assert card_questions(nlp, post, date(2005, 9, 22), "date") == []
    first = "In 2009, Barack Obama was the first black president."
    assert card_questions(nlp, first, date(2010, 9, 22), "date") == [
        "In what year was Barack Obama the first black president?"
    ]


def test_a_word_used_alone_before_a_name_is_not_its_first_name(nlp) -> None:
    """'Xiaomi has launched a new series of smart TVs ...' became 'Xiaomi Powercat Wi-Fi has
    launched ...' (sample Q58, NONSENSE): the tagger took the product for a person and
    'Xiaomi' for its first name. A person is introduced by their full name."""
    from trainer.extract.persons import full_names

    text = (
        "Xiaomi has launched a new series of smart TVs at an event in Beijing. Xiaomi's new "
        "smart TV series is dubbed Mi TV 4A. Xiaomi's Powercat Powerline Wi-Fi adapters "
        "support transfer speeds of up to 300Mbps, GizmoChina reports. Xiaomi Powercat Wi-Fi "
        "adapters come with SSID naming and password synchronization as well."
    )
    doc = nlp(text)
    assert "Xiaomi Powercat Wi-Fi" in {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Xiaomi" not in full_names(doc)
    person = (
        "Elise Matthesen wrote about the convention. Elise said she was harassed there in 2014."
    )
    assert full_names(nlp(person)).get("Elise") == "Elise Matthesen"


def test_a_post_of_someone_keeps_whose_it_is(nlp) -> None:
    """'Dianne Bentley's chief of staff Heather Hannah' made 'Who was Heather Hannah? -> a
    chief of staff' (sample Q58, VAGUE): whose?"""
    text = (
        "The report says the recordings, which Dianne Bentley's chief of staff Heather Hannah "
        "made a copy of, led Gov. Robert Bentley to threaten staff members."
    )
    from tests.conftest import role_cards

    cards = role_cards(nlp, text, date(2017, 4, 8))
    assert (
        "As of April 2017, what was Heather Hannah's position?",
        "Dianne Bentley's chief of staff",
    ) in cards
    assert not any(answer == "a chief of staff" for _, answer in cards)


def test_a_year_after_what_like_compares_is_the_other_s(nlp) -> None:
    """'..., much like Cyclone Yasi in 2011' made 'In what year is the slow-moving category
    four tropical storm likely to have left a trail of extensive damage ..., much like Cyclone
    Yasi?' -> 2011, Yasi's year (sample Q58, WRONG)."""
    text = (
        "Cyclone Debbie is likely to have left a trail of extensive damage to reefs in its "
        "path, much like Cyclone Yasi in 2011, said David Wachenfeld."
    )
    assert "2011" not in card_answers(nlp, text, date(2017, 3, 29), "date")


def test_a_count_of_an_act_done_before_is_no_stale_fact(nlp) -> None:
    """'After pleading guilty to 11 counts, ..., Bernard Madoff will await sentencing': the
    count is of a done act, not of the future the clause tells; it needs no 'As of', and an
    undated article keeps it (sample Q58: the page had no card)."""
    from trainer.model import CardKind

    text = (
        "After pleading guilty to 11 counts, including securities fraud, Bernard Madoff will "
        "await sentencing from a federal judge in June."
    )
    facts = [f for f in facts_of_kind(nlp, text, CardKind.NUMBER) if f.answer == "11"]
    assert facts and not any(f.passing for f in facts)
    assert all(not f.question.startswith("As of") for f in facts)


def test_a_british_spelling_of_the_answer_is_no_wrong_option() -> None:
    """'armoured personnel carriers' was offered beside the answer 'armored personnel
    carriers' (sample Q59, DISTRACTOR)."""
    from tests.conftest import a_fact
    from trainer.questions.options import pick_distractors

    fact = a_fact("weapon", "q", "armored personnel carriers", "equipment")
    wrong = pick_distractors(
        fact, ["armoured personnel carriers", "main battle tanks", "self-propelled howitzers"], 2
    )
    assert wrong == ["main battle tanks", "self-propelled howitzers"]
    centre = a_fact("place", "q", "World Trade Center", "place")
    assert pick_distractors(centre, ["World Trade Centre", "Empire State Building"], 1) == [
        "Empire State Building"
    ]


def test_she_after_a_hyphenated_surname_the_tagger_missed_is_hers(nlp) -> None:
    """'Hockin-Minopetros is concerned that ... "I'm afraid New Jersey's shoreline will be
    one big McMansion," she said' was credited to Jeanette Bartolomeo, named before (sample
    Q59, WRONG): the tagger took the later 'Hockin-Minopetros' for a body, so the index did
    not count it as her mention."""
    text = (
        "Christeena Hockin-Minopetros collects sea glass in Cape May. Jeanette Bartolomeo works "
        "as the jewelry manager of a gift shop.\n\n"
        '"Thank God they keep coming in," Bartolomeo said.\n\n'
        "Despite the good news for many businesses, Hockin-Minopetros is concerned that beach "
        "replenishing might affect the abundance of sea glass.\n\n"
        "\"I'm afraid New Jersey's shoreline will be one big McMansion, and that saddens me "
        'deeply," she said.'
    )
    facts = facts_of_kind(nlp, text, "who_said", date(2013, 8, 20))
    said = {f.question: f.answer for f in facts}
    mcmansion = [a for q, a in said.items() if "McMansion" in q]
    assert mcmansion in ([], ["Christeena Hockin-Minopetros"]), said
    assert "Jeanette Bartolomeo" not in mcmansion


def test_the_state_a_subject_acts_in_stays_in_its_question(nlp) -> None:
    """'Almost 40 different Android smartphones are shipping infected with malware' became
    'about how many different Android smartphones are shipping?' (sample Q59, VAGUE: false
    as asked)."""
    text = (
        "Almost 40 different Android smartphones are shipping infected with malware that has "
        "been installed somewhere along the supply chain."
    )
    questions = card_questions(nlp, text, date(2017, 3, 14), "number")
    assert questions and all("shipping infected with malware" in q for q in questions), questions


def test_a_body_named_in_full_and_by_its_initials_is_one(nlp) -> None:
    """'NASA' and 'the National Aeronautics and Space Administration' counted as two bodies,
    so neither led the article and 'the agency' stood for none (sample Q59, NONSENSE: 'for
    the agency next year')."""
    from trainer.extract.organisations import organisation_names
    from trainer.model import Article

    text = (
        "President Donald Trump signed legislation Tuesday adding human exploration of Mars to "
        "NASA's mission. NASA welcomed it, and Congress cheered.\n\n"
        "The new law authorizes $19.5 billion in spending for the National Aeronautics and "
        "Space Administration. NASA's chief thanked Congress.\n\n"
        "Ted Cruz said the bill is the first for the agency in seven years."
    )
    article = Article(id="t", text=text, title="Trump signs NASA bill", published=date(2017, 3, 22))
    assert organisation_names(nlp(text), article).get("the agency") == "NASA"


def test_a_kind_the_question_lists_beside_the_blank_is_no_wrong_option(nlp) -> None:
    """'Since 1992, Iran has produced its own tanks, _____, missiles, ...': 'main battle
    tanks' was offered, and Iran makes tanks too (sample Q59, DISTRACTOR)."""
    text = (
        "Iran unveiled its newest combat jet on Saturday. Since 1992, Iran has produced its own "
        "tanks, armored personnel carriers, missiles, torpedoes, drones and fighter planes."
    )
    cards = [c for c in cards_of(nlp, text, date(2013, 2, 2)) if c.kind == "weapon"]
    assert [c.answer for c in cards] == ["armored personnel carriers"]
    assert len(cards[0].choices) == 4
    assert not any("tank" in choice for choice in cards[0].choices), cards[0].choices


def test_an_ordinal_opening_a_body_s_name_stays_in_the_post(nlp) -> None:
    """'21st Century Fox executive chairman Rupert Murdoch' gave 'Century Fox executive
    chairman', a company that does not exist (sample Q60, WRONG)."""
    from trainer.extract.roles import find_roles

    doc = nlp(
        "Last month, 21st Century Fox executive chairman Rupert Murdoch took over as chairman "
        "of Fox News."
    )
    titles = {r.title for r in find_roles(doc) if r.person == "Rupert Murdoch"}
    assert titles == {"21st Century Fox executive chairman"}


def test_a_town_before_its_state_is_no_first_name(nlp) -> None:
    """'Roger Ailes was born in Warren, Ohio' became 'born in Warren Vandeveer, Ohio' (sample
    Q60, UNGRAM): the article names Warren Vandeveer, Fox's head of engineering."""
    text = (
        "Warren Vandeveer is Fox's head of engineering. Roger Ailes was born in Warren, Ohio, "
        "in 1940."
    )
    questions = card_questions(nlp, text, date(2016, 9, 2), "date")
    assert questions == ["In what year was Roger Ailes born in Warren, Ohio?"]


def test_a_get_passive_is_asked_with_did(nlp) -> None:
    """'In what year got Ailes married for the third time ...?' (sample Q60, UNGRAM): 'got'
    is no auxiliary to put before the subject."""
    text = "In 2012, Jane Roe got fired from Acme, the company said."
    assert card_questions(nlp, text, date(2016, 9, 2), "date") == [
        "In what year did Jane Roe get fired from Acme?"
    ]
    was = "In 2012, Jane Roe was fired from Acme."
    assert card_questions(nlp, was, date(2016, 9, 2), "date") == [
        "In what year was Jane Roe fired from Acme?"
    ]


def test_a_second_count_joined_by_and_keeps_its_blank_question(nlp) -> None:
    """'How many coronavirus patients has India reported so far and more than 100 deaths?'
    (sample Q60, UNGRAM): the parser joined 'deaths' to 'far'; a count joined by 'and' stays
    in a blank of the sentence."""
    text = "India has reported over 4,000 coronavirus patients so far and more than 100 deaths."
    questions = card_questions(nlp, text, date(2020, 4, 7), "number")
    assert questions and not any(
        q.startswith(("How many", "As of April 2020, how")) for q in questions
    )
    assert (
        "India has reported over _____ coronavirus patients so far and more than 100 deaths."
        in questions
    )


def _a_page(head: str, shown: str) -> str:
    body = "<p>" + " ".join(["Vidyard announced yesterday new features on its video platform."] * 3)
    return (
        f"<html><head><title>Vidyard introduces new features</title>{head}</head><body>"
        f"<article><h1>Vidyard introduces new features</h1>{shown}{(body + '</p>') * 3}"
        "</article></body></html>"
    )


def test_a_page_s_last_edit_is_not_its_date() -> None:
    """A 2020 story the site edited in 2025 was dated January 7, 2025, and its 'yesterday'
    with it (sample Q61, WRONG): the page states its publication for machines too."""
    from trainer.articles import article_from_html

    edited = (
        '<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00" />'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2020-07-10T14:15:42+00:00", "dateModified": "2025-01-07T09:08:22+00:00"}</script>'
    )
    shown = '<div datetime="2025-01-07T09:08:22+00:00">Jan 7, 2025</div>'
    assert article_from_html(_a_page(edited, shown), "t.html").published == date(2020, 7, 10)
    # a page that states no publication keeps the date it shows
    only = '<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00" />'
    assert article_from_html(_a_page(only, shown), "t.html").published == date(2025, 1, 7)


def test_as_of_takes_the_place_of_currently(nlp) -> None:
    """'As of March 2017, WordPress' code base is currently _____ PHP' says its time twice
    (sample Q61)."""
    text = "WordPress' code base is currently 59% PHP and 27% JavaScript, according to GitHub."
    questions = card_questions(nlp, text, date(2017, 3, 14), "number")
    assert (
        "As of March 2017, WordPress' code base is _____ PHP and 27% JavaScript, according to GitHub."
        in questions
    )
    assert not any("currently" in q for q in questions)


def test_a_document_s_aside_does_not_say_which_one(nlp) -> None:
    """'The report, which compares data from 200 companies since _____, ranks ReactJS ...'
    (sample Q61, NONSENSE: which report? Stack Overflow's, named the sentence before). An
    act's aside still says what the act was."""
    text = (
        "Stack Overflow released its hiring trends report on Tuesday. The report, which "
        "compares data from 200 companies since 2015, ranks ReactJS, Docker, and Ansible at "
        "the top of the fastest growing skills in demand."
    )
    cards = cards_of(nlp, text, date(2017, 3, 14))
    assert cards and not any(
        c.question.startswith(("The report", "As of March 2017, the report")) for c in cards
    )
