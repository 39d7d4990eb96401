"""Round thirty-one (samples Q78 and Q79): rules tested on sentences written for the rule."""

from datetime import date

import pytest

from tests.conftest import a_fact, card_answers, card_questions, cards_of, text_file_article
from trainer.questions.salience import Rule


@pytest.mark.parametrize(
    ("written", "card", "kept"),
    [
        # no surname doubled: the card's surname is glued to a headline (sample Q78,
        # UNGRAM: 'what was Mitch McConnell Addison's position?')
        (
            "Senate Majority Leader Mitch McConnell",
            " Addison (Mitch) Mitchell McConnellGOP senators balk at lengthy trial Graham says "
            "Schiff should be a witness MORE",
            " (R-Ky.)",
        ),
        # the card's surname after a space (sample Q78: 'Speaker Paul Ryan Paul Davis Ryan')
        (
            "Speaker Paul Ryan",
            " Paul Davis Ryan Retirees should say 'no thanks' to a plan California Governor "
            "dresses up for Halloween MORE",
            " (R-Wis.)",
        ),
        # the first name the same as the article's: not cut after it ('Robert Mueller Robert
        # (Bob) Swan MuellerSchiff: ...')
        (
            "Former special counsel Robert Mueller",
            " Robert (Bob) Swan MuellerSchiff: Trump acquittal would not signal a failure MORE",
            " on Wednesday",
        ),
    ],
)
def test_a_hover_card_of_a_name_is_cut_to_the_name_the_article_wrote(tmp_path, written, card, kept):
    article = text_file_article(
        tmp_path, f"{written}{card}{kept} said the Senate would vote next week.\n"
    )
    assert f"{written}{kept} said the Senate" in article.text
    assert "MORE" not in article.text


def test_a_capitalised_word_repeated_with_no_more_after_it_stays(tmp_path):
    # 'New York New York' is no card: with no 'MORE' after it, nothing is cut
    text = "Fans sang New York New York at the stadium on Monday after the Yankees won.\n"
    assert text.strip() in text_file_article(tmp_path, text).text


@pytest.mark.parametrize(
    "caption",
    [
        "Image copyright PA Image caption More than 50 people were taken to hospital",
        "Media playback is unsupported on your device Media caption The tram derailed near the "
        "stop",
        'Media caption Jane Roe: "It was like something out of a film"',
    ],
)
def test_a_caption_with_its_marker_makes_no_card(tmp_path, nlp, caption):
    # 'Image copyright PA Image caption More than _____ people were taken to hospital for
    # treatment.' (sample Q78, UNGRAM)
    from trainer.pipeline import build_deck

    body = (
        "A tram derailed in Croydon on Wednesday, killing seven people.\n\n"
        f"{caption}\n\n"
        "The driver was arrested on suspicion of manslaughter, police said on Wednesday.\n"
    )
    article = text_file_article(tmp_path, body, "2016-11-09")
    assert "caption" not in article.text and "playback" not in article.text
    assert "The driver was arrested" in article.text
    cards = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck.cards
    assert cards and not any("caption" in c.question + c.answer for c in cards)


def test_a_caption_run_into_the_next_sentence_goes_up_to_its_end(tmp_path):
    # BBC captions end on no stop: the sentence after one is swallowed with it, the rest of
    # the paragraph stays
    body = (
        "Mr Trump won on Tuesday. Media caption Anti-Trump protests continue in New York Mr "
        "Trump seems to be rowing back on some pledges. He now says he may keep parts of the "
        "act.\n"
    )
    text = text_file_article(tmp_path, body).text
    assert "Media caption" not in text and "Anti-Trump protests" not in text
    assert "Mr Trump won on Tuesday. He now says he may keep parts of the act." in text


def test_a_newsletter_sign_up_box_is_cut_from_its_paragraph(tmp_path, nlp):
    # 'Could not subscribe, try again later Invalid Email Bitter rivals President Barack Obama
    # and ...' opened a question (sample Q78, UNGRAM)
    body = (
        "Get politics updates directly to your inbox + Subscribe Thank you for subscribing! "
        "Could not subscribe, try again later Invalid Email Bitter rivals Jane Roe and John Doe "
        "met at the White House on Thursday.\n\nThe meeting lasted an hour, aides said.\n"
    )
    article = text_file_article(tmp_path, body, "2016-11-10")
    assert article.text.startswith("Bitter rivals Jane Roe")
    questions = [c.question for c in cards_of(nlp, article.text, date(2016, 11, 10))]
    assert questions and not any("subscribe" in q.lower() for q in questions)


def test_a_newsletter_form_paragraph_is_dropped(tmp_path):
    body = (
        "Acme closed its plant on Monday.\n\n"
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
        "clicking the box. Invalid email address. Please re-enter.\n\n"
        "Workers said they would strike.\n"
    )
    assert "robot" not in text_file_article(tmp_path, body).text


def test_a_day_told_many_sentences_after_a_timeline_s_year_is_of_the_article_s_year(nlp):
    # one paragraph: a timeline's 'September 10, 2015: ...' then, many sentences on,
    # 'reported on Sept. 21' of a November 2016 story (sample Q78: 'Sept. 21, 2015', WRONG)
    timeline = " ".join(
        f"Aide number {k} spoke to the committee about the emails." for k in range(12)
    )
    text = (
        "Roe blamed the FBI for her defeat. September 10, 2015: An aide refused to testify. "
        f"{timeline} The investigation began in late September, after the Daily Planet "
        "reported on Sept. 21 that Rep. John Doe had sent messages to a girl.\n"
    )
    answers = card_answers(nlp, text, date(2016, 11, 12), "date")
    days = [a for a in answers if "Sept. 21" in a]
    assert days and all(a.endswith("2016") for a in days), answers


def test_an_amount_of_each_one_is_not_asked_as_the_whole(nlp):
    # 'For how much was one pair of tickets ... sold on StubHub?' -> $23,000, of '$23,000 --
    # apiece' (sample Q78, WRONG)
    text = (
        "Cubs fans paid a fortune for World Series tickets.\n\n"
        "One pair of tickets behind the Cubs' dugout was sold on StubHub for $23,000 -- apiece.\n"
    )
    questions = [
        q for q in card_questions(nlp, text, date(2016, 11, 3), "number") if "StubHub" in q
    ]
    assert questions and all("apiece" in q for q in questions), questions


def test_a_sentence_opening_participle_is_no_part_of_a_post(nlp):
    # 'As of May 2017, what was Donald Trump's position? -> Accompanying President' (sample
    # Q79, WRONG)
    text = (
        "Tillerson spoke in Riyadh.\n\n"
        "Accompanying President Donald Trump on his first trip abroad, Secretary of State Rex "
        "Tillerson referenced threats facing the two countries.\n"
    )
    roles = [c for c in cards_of(nlp, text, date(2017, 5, 21)) if c.kind == "role"]
    assert any(c.answer == "Secretary of State" for c in roles)
    assert not any("Accompanying" in c.question + c.answer for c in roles)


def test_a_title_the_recogniser_took_for_a_person_holds_no_post(nlp):
    # 'what was Crown Prince's position? -> Saudi Deputy' (sample Q79, NONSENSE)
    text = (
        "Tillerson spoke in Riyadh.\n\n"
        "Secretary of State Rex Tillerson talks with Saudi Deputy Crown Prince and Defense "
        "Minister Mohammed bin Salman during a ceremony at the Royal Court Palace.\n"
    )
    roles = [c for c in cards_of(nlp, text, date(2017, 5, 21)) if c.kind == "role"]
    assert roles and not any("Crown Prince's" in c.question for c in roles)
    assert not any(c.answer == "Saudi Deputy" or "Saudi Deputy" in c.choices for c in roles)


@pytest.mark.parametrize("aside", ["on the other hand", "for his part", "by comparison"])
def test_a_linking_aside_is_dropped_whole_from_a_question(nlp, aside):
    # 'about how much per donor has Mr. Sanders on the other hand, brought in?' (sample Q79,
    # UNGRAM)
    text = (
        "Mr. Biden has raised $21 per donor.\n\n"
        f"Mr. Sanders, {aside}, has brought in an estimated $46 per donor.\n"
    )
    questions = [q for q in card_questions(nlp, text, date(2019, 8, 2), "number") if "Sanders" in q]
    assert questions and not any(aside in q for q in questions), questions


def test_a_participle_after_the_object_of_send_stays_in_the_question(nlp):
    # 'The vote in _____ to leave the E.U. sent the British pound.' (sample Q79, UNGRAM)
    text = (
        "Food prices are rising in Britain.\n\n"
        "The vote in June to leave the E.U. sent the British pound falling amid uncertainty "
        "about the country's future, prompting some food producers to raise prices.\n"
    )
    questions = card_questions(nlp, text, date(2016, 11, 20), "date")
    assert questions and all("pound falling" in q for q in questions), questions


def test_only_before_a_noun_asked_about_is_left_out(nlp):
    # 'how long has only Oregon had recreational marijuana sales?' (sample Q79, UNGRAM)
    text = (
        "Oklahoma's pot market is booming.\n\n"
        "Oklahoma has the second most pot stores per capita in the U.S., behind only Oregon, "
        "which has had recreational marijuana sales for five years.\n"
    )
    questions = [q for q in card_questions(nlp, text, date(2020, 3, 1), "number") if "Oregon" in q]
    assert questions and not any("only Oregon" in q for q in questions), questions


def test_a_date_inside_a_relative_clause_with_an_aside_is_still_its_date(nlp):
    text = (
        "Acme named a new chief executive.\n\n"
        "Roe, who took over from Jack Smith, an engineer, in 2015, quit on Tuesday.\n"
    )
    questions = card_questions(nlp, text, date(2018, 8, 8), "date")
    assert any("take over" in q for q in questions), questions


def test_a_speaker_s_options_leave_out_whom_the_quote_names():
    # 'Who said: "I'd like to thank President Trump"?' offered Donald Trump beside the answer
    # Troy Balderson: no one thanks themselves, so the option gives the answer away (Q79)
    from trainer.questions import who_said

    fact = a_fact("who_said", 'Who said: "I\'d like to thank President Trump"?', "Troy Balderson")
    others = ["Donald Trump", "Nancy Pelosi", "Danny O'Connor", "Bob McCulloch"]
    pool = [a_fact("who_said", f"Who said: quote {k}?", name) for k, name in enumerate(others)]
    offered = who_said.distractors(fact, [fact, *pool])
    assert "Donald Trump" not in offered
    assert {"Nancy Pelosi", "Danny O'Connor", "Bob McCulloch"} <= set(offered)


def test_a_president_s_surname_before_the_only_full_name_is_someone_else_s(nlp):
    # 'President Trump on Wednesday signed ...' then 'First lady Melania Trump praised ...':
    # the question wrote 'President Melania Trump' (sample Q75's page once its hover cards
    # were cut)
    text = (
        "President Trump on Wednesday signed an executive order intended to improve the child "
        "welfare system.\n\nThe order aims to improve oversight of foster care.\n\n"
        "First lady Melania Trump praised the order in a tweet on Wednesday.\n"
    )
    cards = cards_of(nlp, text, date(2020, 6, 26))
    shown = [c.question + " " + c.answer for c in cards]
    assert any("signed" in s or "sign " in s for s in shown), shown
    assert not any("President Melania" in s for s in shown), shown
    assert not any(c.answer == "Melania Trump" and "sign" in c.question for c in cards), shown


def test_a_headline_s_surname_is_blanked_as_the_lead_s_whole_name(nlp):
    # 'Trump calls for charges against Clinton ...' of 'Hillary Clinton' in the lead (sample
    # Q79): the headline names her by her surname, which Bill Clinton shares
    from trainer.model import Article
    from trainer.questions import headline

    text = (
        "Donald Trump called for charges to be filed against Democratic candidate Hillary "
        "Clinton on Saturday after she met with the FBI.\n\n"
        "Bill Clinton met the attorney general last week, Jane Roe said on Friday.\n"
    )
    article = Article(
        id="t",
        text=text,
        title="Trump calls for charges against Clinton after FBI interview",
        published=date(2016, 7, 3),
    )
    facts = headline.find(nlp(text), article)
    answers = {f.answer for f in facts if "against _____" in f.question}
    assert answers == {"Hillary Clinton"}, [(f.question, f.answer) for f in facts]


def test_a_time_told_again_in_captions_is_asked_once(nlp):
    # 'four hours into its journey' asked three times: the lead and two captions (sample Q79)
    text = (
        "A Tokyo-bound flight from LAX with Chrissy Teigen on board was forced to turn around "
        "four hours into its journey after an unauthorized person made it onto the plane.\n\n"
        "The airline apologised to the passengers on Sunday.\n\n"
        "Chrissy Teigen tweeted about the flight, which had to be turned around four hours into "
        "the trip for an unauthorized passenger on board.\n"
    )
    kept = cards_of(nlp, text, date(2017, 12, 18), rule=Rule())
    assert sum(c.answer == "four hours" for c in kept) == 1, [c.question for c in kept]


def test_a_birth_is_a_passing_detail(nlp):
    # 'On what date was Max Verstappen born in Belgium?' (sample Q79, UNIMPORTANT)
    text = (
        "Max Verstappen avoided a crash at the Brazilian Grand Prix on Sunday and finished "
        "third.\n\nVerstappen, who was born on September 30, 1997 in Belgium, made his debut "
        "in 2015.\n\nLewis Hamilton won the race by 11 seconds.\n"
    )
    every = cards_of(nlp, text, date(2016, 11, 14))
    assert any("born" in c.question for c in every), [c.question for c in every]
    kept = cards_of(nlp, text, date(2016, 11, 14), rule=Rule())
    assert kept and not any("born" in c.question for c in kept), [c.question for c in kept]


def test_a_count_of_people_arrested_at_no_named_event_makes_no_card(nlp):
    # 'How many demonstrators were arrested late Saturday, according to Anthony Guglielmi?'
    # (sample Q78, NONSENSE: arrested at what?)
    text = (
        "Police shot a man in Chicago on Saturday.\n\nProtesters gathered at the scene.\n\n"
        "Four demonstrators were arrested late Saturday, according to Anthony Guglielmi, a "
        "police spokesman.\n"
    )
    assert not card_questions(nlp, text, date(2018, 7, 16), "number")


def test_a_caption_run_into_its_sentence_ends_before_the_name_said_again(nlp):
    # 'On what date did Hillary Clinton's acceptance speech at the 2016 DNC Hillary Clinton
    # accept the nomination ...?' (sample Q79, UNGRAM): a video's caption glued on
    text = (
        "Sanders supporters protested in Philadelphia.\n\n"
        "Hillary Clinton's acceptance speech at the 2016 DNC Hillary Clinton accepted the "
        "nomination on Thursday at the convention in Philadelphia.\n"
    )
    doc = nlp(text)
    assert any(s.text.startswith("Hillary Clinton accepted") for s in doc.sents)
    questions = [c.question for c in cards_of(nlp, text, date(2016, 7, 29))]
    assert not any("DNC Hillary Clinton" in q for q in questions), questions


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Fans of Jane Roe and critics of Jane Roe agree that Jane Roe won the race.\n", 1),
        # an adjective of the name is no caption's end
        (
            "Apple may make a second Apple Pencil. The new Apple Pencil could be unveiled in "
            "March.\n",
            2,
        ),
    ],
)
def test_a_name_said_twice_in_prose_starts_no_sentence(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


def test_what_a_bare_object_was_is_never_cut_to_shorten_a_question(nlp):
    # 'On what date did the United Nations Security Council pass a resolution?' (sample Q79,
    # VAGUE: which one?): the participle that said which was cut to make the question short
    text = (
        "South Korea seized a ship suspected of sending oil to North Korea.\n\n"
        "The ship was impounded after the United Nations Security Council passed a resolution "
        "on Dec. 22 requiring member countries to inspect and impound any vessel in their ports "
        "that was believed to have been used for prohibited activities with North Korea.\n"
    )
    questions = card_questions(nlp, text, date(2017, 12, 29), "date")
    asked = [q for q in questions if "resolution" in q]
    assert not any(q.endswith("pass a resolution?") for q in asked), asked


@pytest.mark.parametrize("body", ["Rodong Sinmun", "Boko Haram"])
def test_a_known_body_quoted_is_an_organisation_not_a_person(nlp, body):
    # 'Rodong Sinmun' and 'Boko Haram' stood among people as a speaker's wrong answers
    # (samples Q75, Q77: MIXED): the tagger took them for people
    from tests.conftest import facts_of_kind

    text = (
        "North Korea fired a missile over Japan on Tuesday.\n\n"
        f'{body} said: "The US should know that it can neither browbeat us nor make us '
        'flinch."\n\n"We will respond to any provocation," Pentagon spokeswoman Jane Roe said.\n'
    )
    facts = [f for f in facts_of_kind(nlp, text, "who_said", date(2017, 8, 29)) if f.answer == body]
    assert facts and all(f.answer_type.sort == "organisation" for f in facts), facts


def test_a_day_after_a_sentence_of_another_year_gets_no_year(nlp):
    # 'On what date did Chicago face off against the New York Mets at Shea Stadium? ->
    # Friday, Sept. 9, 2016': the game was in 1969, the sentence before said (sample Q80,
    # WRONG)
    text = (
        "The Cubs won the World Series on Wednesday.\n\n"
        "Superstitious Cubs fans point to one moment that doomed the team's 1969 season. On "
        "September 9, Chicago faced off against the New York Mets at Shea Stadium.\n"
    )
    answers = card_answers(nlp, text, date(2016, 11, 3), "date")
    assert not any("Sept. 9, 2016" in a for a in answers), answers
    # a year the sentence before counts from is no other time: 'had not won since 1908'
    text = (
        "The Cubs won the World Series on Wednesday.\n\n"
        "The Cubs had not won since 1908. On September 9, Chicago clinched the division at "
        "Wrigley Field.\n"
    )
    assert "Friday, Sept. 9, 2016" in card_answers(nlp, text, date(2016, 11, 3), "date")


def test_a_live_blog_s_timed_update_makes_no_card(tmp_path, nlp):
    # 'As of February 2018, 2.05pm - UPDATE -Bitcoin fights back BTC is back in the green at
    # _____.' (sample Q80, UNGRAM): the entry's headline has no stop
    body = (
        "Bitcoin fell below $6,000 on Tuesday for the first time since November.\n\n"
        "2.05pm - UPDATE -Bitcoin fights back BTC is back in the green at $7,230.\n\n"
        "Analysts said the price would stay volatile this week.\n"
    )
    article = text_file_article(tmp_path, body, "2018-02-06")
    assert "UPDATE" not in article.text and "Analysts said" in article.text


def test_a_date_of_an_a_thing_whose_description_was_cut_is_not_asked_bare(nlp):
    # 'In what month did Wehrum roll out a final rule?' (sample Q80, VAGUE: which rule?)
    text = (
        "William Wehrum, the EPA's air chief, resigned on Wednesday.\n\n"
        "Wehrum has led the EPA's efforts to repeal the Clean Power Plan, rolling out a final "
        "rule earlier this month to ease restrictions on coal fired power plants, called the "
        "American Clean Energy rule.\n"
    )
    questions = card_questions(nlp, text, date(2019, 6, 27), "date")
    assert not any(q.endswith("roll out a final rule?") for q in questions), questions
    # a place of the act says which: 'On what date did Acme open a store in Paris?' stays
    text = "Acme is growing.\n\nAcme opened a store in Paris on Tuesday to sell its phones.\n"
    questions = card_questions(nlp, text, date(2019, 6, 27), "date")
    assert "On what date did Acme open a store in Paris?" in questions, questions


def test_a_first_since_a_year_is_not_asked_since_what_year(nlp):
    # 'Since what year did the Cubs win their first title?' -> 1908 (sample Q80, VAGUE: it
    # reads as the year of their first title)
    text = (
        "Chicago celebrated on Thursday.\n\n"
        "Ending more than a century of futility, the Cubs won their first title since 1908, "
        "outlasting the Cleveland Indians 8-7 in 10 innings of a Game 7 thriller.\n"
    )
    questions = card_questions(nlp, text, date(2016, 11, 3), "date")
    assert questions and not any(q.startswith("Since what year") for q in questions), questions
    # an act done since then keeps its question
    text = (
        "Sony runs a game service.\n\nSony has offered the service since 2014, the company said.\n"
    )
    assert "As of November 2016, since what year has Sony offered the service?" in card_questions(
        nlp, text, date(2016, 11, 3), "date"
    )


def test_a_barring_verb_without_its_from_is_not_asked(nlp):
    # 'Uma Thurman was prevented for _____ by Harvey Weinstein, both Quentin Tarantino and
    # the actress allege.' (sample Q80, NONSENSE: prevented from what?)
    text = (
        "Quentin Tarantino apologised to Uma Thurman on Monday.\n\n"
        "Thurman had long fought to gain access to the video footage of the crash but was "
        "prevented for 15 years by Weinstein, both Tarantino and the actress allege.\n"
    )
    questions = card_questions(nlp, text, date(2018, 2, 6), "number")
    assert not any("prevented" in q and "from" not in q for q in questions), questions


def test_an_article_teaches_its_best_four_posts():
    # a long story naming many officials in passing kept eight post cards, seven judged
    # UNIMPORTANT (sample Q80)
    from dataclasses import replace

    from tests.conftest import role_fact
    from trainer.questions import repeats
    from trainer.questions.salience import PASSING

    names = ["Mitch McConnell", "Paul Ryan", "Josh Earnest", "Denis McDonough", "John Kasich"]
    names += ["Dan Scavino"]
    posts = [
        (k * 100, replace(role_fact(f"Post {k}", name), salience=0.6 - k * 0.05, evidence=name))
        for k, name in enumerate(names)
    ]
    date_card = (900, replace(a_fact("date", "On what date ...?", "Thursday"), salience=0.5))
    kept = repeats.without_repeats([*posts, date_card], "text " * 300)
    left = [f.person for _, f in kept if f.kind == "role" and f.salience > PASSING]
    assert left == ["Mitch McConnell", "Paul Ryan", "Josh Earnest", "Denis McDonough"], left
    assert [f.salience for _, f in kept if f.kind == "date"] == [0.5]


def test_a_day_something_is_needed_on_lies_ahead(nlp):
    # 'On what date does Donald Trump really need to win decisively? -> Sunday, Oct. 2, 2016'
    # of a story of Thursday, Oct. 6: the debate was Sunday, Oct. 9 (sample Q81, WRONG)
    text = (
        "Republicans worry about Donald Trump's debate.\n\n"
        "Donald Trump really needs to win decisively on Sunday.\n"
    )
    answers = card_answers(nlp, text, date(2016, 10, 6), "date")
    assert answers and all("Oct. 9, 2016" in a for a in answers), answers


@pytest.mark.parametrize(
    "gallery",
    [
        "Photos: Iconic photos of the Vietnam War Associated Press photographer Nick Ut "
        "photographed children running from a napalm attack in 1972. Hide Caption 1 of 16",
        "JUST WATCHED The Fall of Saigon: 40 years later Replay More Videos ... MUST WATCH",
    ],
)
def test_a_photo_gallery_or_video_box_in_a_text_file_is_dropped(tmp_path, gallery):
    # 'In what year did iconic photos of the Vietnam War Legendary Welsh war photographer
    # Philip Jones Griffiths capture the battle for Saigon?' (sample Q81: six UNGRAM cards)
    body = (
        "President Obama will begin a visit to Vietnam on Sunday.\n\n"
        f"{gallery}\n\nThe two countries fought a war that ended in 1975.\n"
    )
    text = text_file_article(tmp_path, body, "2016-05-22").text
    assert "Hide Caption" not in text and "JUST WATCHED" not in text
    assert "The two countries fought a war" in text


def test_a_word_for_anyone_at_the_body_is_no_wrong_post():
    # 'What post did Andrew McCabe hold before? -> Deputy FBI Director' offered 'FBI official'
    # (sample Q81, DISTRACTOR: also true of him)
    from tests.conftest import role_fact
    from trainer.questions import role

    fact = role_fact("Deputy FBI Director", "Andrew McCabe")
    pool = [
        fact,
        role_fact("FBI official", "Peter Strzok"),
        role_fact("Attorney General", "Jeff Sessions"),
        role_fact("Inspector General", "Michael Horowitz"),
    ]
    offered = role.distractors(fact, pool)
    assert "FBI official" not in offered
    assert {"Attorney General", "Inspector General"} <= set(offered)


def test_a_threat_s_day_is_not_ahead(nlp):
    # 'threatening to kill U.S. Rep. Ilhan Omar in March' (November 2019): March 2019, the
    # threat's; a threat is no plan of the day it names
    text = (
        "A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, "
        "D-Minn., in March, prosecutors said.\n\nHe faces a maximum of 10 years in prison.\n"
    )
    answers = card_answers(nlp, text, date(2019, 11, 19), "date")
    assert "March 2019" in answers and "March 2020" not in answers, answers


# (what the question leans on or mangles, the sample it was found on: a text written for
# the rule, its date, the kind of card, words no question of that kind may hold)
NO_SUCH_QUESTION = [
    (  # 'In what year did NASA astronaut Kate Rubin use to sequence DNA ...?' (Q79, UNGRAM):
        # a relative clause with no 'that', the sequencer its verb's object
        "The company makes a small sequencer.\n\nThis is the same sequencer NASA astronaut "
        "Kate Rubin used in 2016 to sequence DNA in space for the first time ever.\n",
        date(2019, 8, 2),
        "date",
        "did NASA astronaut Kate Rubin use",
    ),
    (  # 'In what month was Bill Schuette endorsed by Trump? -> November 2017' (Q79, WRONG):
        # the November is when Whitmer faces him, after the relative clause closed
        "Gretchen Whitmer won the Democratic primary on Tuesday.\n\nWhitmer will face "
        "Republican Bill Schuette, who was endorsed by Trump, in November.\n",
        date(2018, 8, 8),
        "date",
        "endorsed",
    ),
    (  # 'Where is Toro Rosso? -> Australia': where he made his debut (Q79, WRONG)
        "Max Verstappen won in Brazil on Sunday.\n\nHe made his F1 debut as a 17-year-old for "
        "Toro Rosso in Australia in 2015, the youngest ever to do so.\n",
        date(2016, 11, 14),
        "place",
        "Where is Toro Rosso",
    ),
    (  # 'Who said Deadline Monday, Feb. 5, 2018, that the accident was ...?' (Q78, UNGRAM):
        # the parser took the outlet told for part of the day
        "Uma Thurman said the crash ruined her trust in the director.\n\nQuentin Tarantino "
        'told Deadline Monday that the accident was "heartbreaking. Beyond one of the biggest '
        'regret of my career, it is one of the biggest regrets of my life."\n',
        date(2018, 2, 6),
        "who_said",
        "said Deadline",
    ),
    (  # 'To how many points did British star Lewis Hamilton eventually emerge victorious
        # ...?' (Q78, UNGRAM): 'rival' read as an adjective with an object
        "Lewis Hamilton won the Brazilian Grand Prix on Sunday.\n\nDespite several red flag "
        "stoppages, British star Lewis Hamilton eventually emerged victorious after a "
        "hard-fought contest to bring the championship gap between himself and rival Nico "
        "Rosberg to just 12 points.\n",
        date(2016, 11, 14),
        "number",
        "To how many points",
    ),
    (  # 'How many feet might Rajai Davis's blast fair by less than 10 feet ..., as well have
        # traveled?' (Q78, UNGRAM): an aside before the auxiliary left behind
        "Rajai Davis launched a two-run homer into left.\n\nHis blast, fair by less than 10 "
        "feet and a few rows deep into the bleachers, might as well have traveled 600 feet -- "
        "and the score was 6-6.\n",
        date(2016, 11, 3),
        "number",
        "How many feet might",
    ),
    (  # 'Who said: "She had information that ..."?' -> Veselnitskaya: Trump Jr's account of
        # what she told him (Q80, WRONG)
        "Donald Trump Jr met a Russian lawyer in June 2016.\n\nOn Sunday, Trump Jr admitted "
        "that Natalia Veselnitskaya told him \u201cshe had information that individuals "
        "connected to Russia were funding the Democratic National Committee and supporting Ms "
        "Clinton.\u201d\n\n\u201cIt was a waste of time,\u201d Trump Jr said in a statement on "
        "Sunday.\n",
        date(2017, 7, 11),
        "who_said",
        "had information",
    ),
    (  # 'One was a mandate for up to _____ to reimburse laboratory claims, ...' (Q81,
        # NONSENSE): one of what the sentence before listed
        "House Democrats unveiled a coronavirus bill on Thursday.\n\nPelosi's bill has several "
        "provisions. One was a mandate for up to $1 billion to reimburse laboratory claims, "
        "which White House officials say would set a precedent.\n",
        date(2020, 3, 13),
        "number",
        "One was",
    ),
]


NO_SUCH_QUESTION += [
    (  # 'On what date did Elizabeth Warren call on Walmart?' (Q83, NONSENSE): cut from 'to
        # stop selling guns', which the parser hung on 'called' as a purpose
        "Warren released a gun plan on Saturday.\n\nOn Friday, Warren also called on Walmart "
        "to stop selling guns. It's an idea that has been echoed by fellow Democratic "
        "presidential candidates Sens. Bernie Sanders and Cory Booker, as well as Julián "
        "Castro.\n",
        date(2019, 8, 10),
        "date",
        "call on Walmart?",
    ),
    (  # 'In what month will SpaceX launch ... with his own electric car on board?' (Q83,
        # NONSENSE): the tagger took SpaceX for a person, 'his' for its
        "Elon Musk has announced SpaceX will launch the world's most powerful rocket later this "
        "month with his own electric car on board.\n\nThe launch will be from Florida.\n",
        date(2018, 1, 10),
        "date",
        "will SpaceX launch",
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "words"), NO_SUCH_QUESTION)
def test_no_question_leans_on_what_it_cut_or_misread(nlp, text, published, kind, words):
    questions = card_questions(nlp, text, published, kind)
    assert not any(words in q for q in questions), questions


def test_the_nation_s_people_are_not_written_as_the_country_most_named(nlp):
    # 'On what date will the eyes of Russia be on the Senate Intelligence Committee?' of 'the
    # eyes of the nation', in an article naming Russia most (sample Q82, WRONG)
    text = (
        "The eyes of the nation will be on the Senate Intelligence Committee on Thursday as it "
        "questions fired FBI Director James Comey.\n\nComey led the inquiry into Russia's "
        "meddling. Russia denies it, and Moscow called the inquiry a witch hunt. Russia's "
        "foreign minister laughed it off, and Russia's ambassador met Trump in May.\n"
    )
    questions = [c.question for c in cards_of(nlp, text, date(2017, 6, 6))]
    assert not any("eyes of Russia" in q for q in questions), questions


@pytest.mark.parametrize(
    ("line", "left", "gone"),
    [
        # "Beto O' Rourke": the answer became 'Rourke' (sample Q82, WRONG)
        ("Beto O' Rourke said he would run.", "Beto O'Rourke said", "O' Rourke"),
        # a related link: 'Robert Mueller spent _____ investigating Donald Trump never said a
        # word.' (sample Q82, UNGRAM)
        (
            "More:Robert Mueller spent two years investigating Trump never said a word. It's "
            "possible he never will",
            "",
            "never said a word",
        ),
    ],
)
def test_a_text_file_s_split_names_and_related_links(tmp_path, line, left, gone):
    body = f"Democrats met on Tuesday to plan the campaign.\n\n{line}\n\nThe meeting ended late.\n"
    text = text_file_article(tmp_path, body, "2019-03-25").text
    assert left in text and gone not in text, text
