"""Faults of the twenty-third round (issue 10), from samples Q40 and Q41: a speaker or a doer
of the wrong sex or of a building's name ('Tommy Thomas' for "she", 'Trump White House'), a
dateline run into a title ('Texas Texas Governor'), a verb the lemmatizer did not know
('relaunche'), an act told of 'in a speech'. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import (
    a_fact,
    card_answers,
    card_questions,
    facts_of_kind,
    role_fact,
    storm_deck_with_number_finder,
)

pytestmark = pytest.mark.slow


def _passing_quotes(nlp, text: str, published: date) -> list[tuple[str, bool]]:
    return [(f.answer, f.passing) for f in facts_of_kind(nlp, text, "who_said", published)]


def test_a_she_is_never_a_man_of_the_same_surname(nlp) -> None:
    """'"The city of Galveston has plans ...," she said' after 'Galveston Mayor Lyda Ann
    Thomas' (which the tagger took for a work of art) was put to 'Harris County Sheriff Tommy
    Thomas' (sample Q41, WRONG). A man's given name is no "she", and a name after a post is
    a second bearer of the surname. Told by a "he", the quote stays the sheriff's."""
    text = (
        "Officials made plans to evacuate inmates, said Harris County Sheriff Tommy Thomas. "
        "About 900 inmates from Galveston were set to arrive.\n\n"
        'The lesson has not been lost on Galveston Mayor Lyda Ann Thomas. "The city of '
        'Galveston has plans to exist without outside help at all for at least three days," '
        "{} said."
    )
    day = date(2005, 9, 22)
    assert "Tommy Thomas" not in [a for a, _ in _passing_quotes(nlp, text.format("she"), day)]
    assert "Tommy Thomas" in [a for a, _ in _passing_quotes(nlp, text.format("he"), day)]


def test_a_she_is_not_written_out_as_a_man(nlp) -> None:
    """'Taking the advice of her family lawyer, she changed the name of the site to
    KittenFeed.com earlier this month' became 'In what month did Donald Trump change the
    name of the site ...?' (sample Q41, WRONG: the teenager did)."""
    text = (
        "A letter from Donald Trump arrived at the office in February. Taking the advice of "
        "{} family lawyer, {} changed the name of the site to KittenFeed.com in March."
    )
    day = date(2017, 3, 20)
    assert not any(
        "change the name" in q for q in card_questions(nlp, text.format("her", "she"), day, "date")
    )
    assert any(
        "Donald Trump change the name" in q
        for q in card_questions(nlp, text.format("his", "he"), day, "date")
    )


def test_a_building_s_name_is_no_person_s(nlp) -> None:
    """'officials in the Trump White House' was read as a person, and Trump's own words were
    put to 'Trump White House' (sample Q41, WRONG)."""
    from trainer.extract.persons import full_names

    text = (
        'Officials in the Trump White House believe humans cause climate change. "I will '
        'cancel all wasteful climate change spending," Trump said in October 2016.'
    )
    doc = nlp(text)
    assert full_names(doc).get("Trump") != "Trump White House"
    named = "Officials in the Trump Tower Jane Roe building said so. Trump said no."
    assert full_names(nlp(named)).get("Trump") is None


def test_a_city_and_its_state_run_into_the_first_sentence_are_a_dateline(nlp) -> None:
    """'AUSTIN, Texas Texas Gov. Rick Perry said ...' (no dash between the dateline and the
    story) made the post 'Texas Texas Governor' (sample Q41, UNGRAM). A page loses it; a
    name that is no place ('PARIS, Hilton said') stays."""
    from trainer.articles import article_from_html

    page = (
        "<html><head><title>Perry backs Scouts policy</title></head><body><article>"
        "<h1>Perry backs Scouts policy</h1><p>{}</p><p>Perry is an Eagle Scout and wrote a "
        "book about the Scouts in 2008, long before the debate over the policy began.</p>"
        "</article></body></html>"
    )
    lead = (
        "AUSTIN, Texas Texas Gov. Rick Perry said Saturday that the Boy Scouts of America "
        "shouldn't soften its strict membership policy, and dismissed the idea of bending it."
    )
    article = article_from_html(page.format(lead), "p.html", published="2013-02-02")
    assert article.text.startswith("Texas Gov. Rick Perry said Saturday")
    named = lead.replace("AUSTIN, Texas Texas", "NEWS, Hilton Texas")
    assert article_from_html(page.format(named), "p.html").text.startswith("NEWS, Hilton")


def test_a_verb_the_lemmatizer_does_not_know_keeps_its_stem(nlp) -> None:
    """'On what date did Google relaunche it as Google Voice?' (sample Q41, UNGRAM): the
    lemmatizer adds an 'e' to a verb it does not know; no English verb has one after 'ch'.
    The 'it' the subject acts on is no longer asked either: which thing, the card did not
    say."""
    from trainer.extract.verbs import bare_form

    doc = nlp("Google is relaunching it as Google Voice.")
    assert bare_form(doc[2]) == "relaunch"
    doc = nlp("She was making a film and watching the rain.")
    assert [bare_form(t) for t in doc if t.tag_ == "VBG"] == ["make", "watch"]
    text = (
        "Google revealed what it is doing with GrandCentral, a company it bought two years "
        "ago, relaunching it Thursday as Google Voice, a service that merges phone numbers."
    )
    questions = card_questions(nlp, text, date(2009, 3, 14), "date")
    assert questions and not any("relaunch it" in q or "relaunche" in q for q in questions)


def test_an_outcome_is_not_what_the_subject_did(nlp) -> None:
    """'... have gained the upper hand ..., culminating in the full recapture of Aleppo in
    December' became 'In what month did President Bashar al-Assad and the Syrian army ...
    culminate in the full recapture of Aleppo?' (sample Q41, UNGRAM): the gains culminated.
    A participle of the doer's own act is still asked so."""
    text = (
        "Syrian President Bashar al-Assad has gained the upper hand in the war over the past "
        "18 months, culminating in the full recapture of Aleppo in December 2016."
    )
    questions = card_questions(nlp, text, date(2017, 3, 20), "date")
    assert questions and not any("culminate" in q for q in questions)
    stopping = "Wild goalie Alex Stalock looked strong, stopping 30 shots in the win on Tuesday."
    assert "How many shots did Wild goalie Alex Stalock stop in the win?" in card_questions(
        nlp, stopping, date(2009, 3, 14), "number"
    )


def test_a_plural_possessive_leaves_no_mark_beside_the_blank(nlp) -> None:
    """'... should be able to store _____' worth of video' (sample Q41, UNGRAM)."""
    text = (
        "Steve Jobs said the 30 GB iPod should be able to store 75 hours' worth of video and "
        "the 60 GB version twice that."
    )
    questions = card_questions(nlp, text, date(2005, 10, 13), "number")
    assert any("store _____ worth of video" in q for q in questions)
    assert not any("_____'" in q for q in questions)


def test_an_act_told_of_in_a_speech_is_still_the_one_told_before(nlp) -> None:
    """'Nicolas Sarkozy confirmed the decision in a speech to defence experts at the Ecole
    Militaire staff college in Paris' (sample Q40, NONSENSE: which decision?). Where the
    act was made known says nothing of which act it was; what it was about does."""
    day = date(2009, 3, 12)
    leaning = (
        "Nicolas Sarkozy confirmed the decision in a speech to defence experts at the Ecole "
        "Militaire staff college in Paris."
    )
    stated = leaning.replace("the decision", "the decision to rejoin Nato's military command")
    assert card_answers(nlp, leaning, day, "place") == []
    assert card_answers(nlp, stated, day, "place") == ["Paris"]


def test_it_is_not_told_by_a_name_in_a_phrase_of_its_verb(nlp) -> None:
    """'"It will be done without calling into question the independence of France," Herve
    Morin said' (sample Q40, NONSENSE): what will be done, the sentences before say; France
    is how, not what. The same quote that names what will be done stays."""
    day = date(2009, 3, 12)
    done = (
        '"It will be done without calling into question the independence of France," '
        "Defence Minister Herve Morin told reporters."
    )
    named = done.replace("It will be done", "Our return to Nato's command will be done")
    assert _passing_quotes(nlp, done, day) == [("Herve Morin", True)]
    assert _passing_quotes(nlp, named, day) == [("Herve Morin", False)]
    # an 'it' that stands for the infinitive after it names nothing told before
    risk = done.replace(
        "It will be done without calling into question the independence of France",
        "It is a big risk for Bloomberg to debate Elizabeth Warren on live television",
    )
    assert _passing_quotes(nlp, risk, day) == [("Herve Morin", False)]


def test_a_share_of_a_count_in_a_clause_left_empty_is_no_error(nlp) -> None:
    """'... as she stood in the master bedroom, where three of the four victims perished'
    (sample Q42): a sentence the caption rule gives no clause to ask about broke the number
    questions, and with them the whole command."""
    text = (
        '"There was no way we could ever stay here," Christina Johnson told the Sentinel as '
        "she stood in the master bedroom, where three of the four victims perished."
    )
    assert card_answers(nlp, text, date(2013, 6, 20), "number") == []


def test_a_generator_that_breaks_loses_its_cards_not_the_deck(
    tmp_path, monkeypatch, capsys
) -> None:
    """A bug an unseen sentence brings out in one question kind leaves that kind's cards of
    that article out, with a warning naming the article, and the deck is written with the
    other kinds' cards; never a traceback."""

    def broken(doc, article):
        raise ValueError("max() arg is an empty sequence")

    article, err, text = storm_deck_with_number_finder(tmp_path, monkeypatch, capsys, broken)
    assert f"{article}: the number questions broke on this article and were left out" in err
    assert "max() arg is an empty sequence" in err and "Traceback" not in err
    assert "kind: date" in text and "kind: number" not in text


def test_a_surname_whose_own_his_is_a_man_s_is_not_a_woman_s_name(nlp) -> None:
    """'Bush shed his sports coat ...' in a story naming only 'first lady Laura Bush' in
    full: 'Bush' was written out as Laura Bush, and the president's briefing became hers
    (sample Q42, WRONG). A woman's given name is no 'his'; the name a title says stays
    written out ('Attorney General Holder' is Eric Holder)."""
    from trainer.extract.persons import full_names

    text = (
        "The president, first lady Laura Bush and Vice President Dick Cheney attended a "
        "service. On Saturday Bush shed his sports coat before boarding a truck."
    )
    assert "Bush" not in full_names(nlp(text))
    hers = text.replace("Bush shed his", "Bush shed her")
    assert full_names(nlp(hers))["Bush"] == "Laura Bush"
    holder = (
        "Seven former directors urged President Obama to reverse Attorney General Eric "
        "Holder's decision. \"Attorney General Holder's decision creates an atmosphere of "
        'jeopardy," they wrote. Last month, Holder appointed a special prosecutor.'
    )
    assert full_names(nlp(holder))["Holder"] == "Eric Holder"


def test_a_list_after_a_name_is_no_apposition(nlp) -> None:
    """'... letters to Mr Obama, a judge and a Mississippi senator' made 'As of May 2013, who
    was Barack Obama? -> a judge and a Mississippi senator' (sample Q42, WRONG): three people
    listed, not one described. 'Lisa Boesky, a clinical psychologist,' stays who she is."""
    day = date(2013, 5, 30)
    text = (
        "A Mississippi man is charged with sending ricin-laced letters to Mr Obama, a judge "
        "and a Mississippi senator. Barack Obama said the letters were a threat."
    )
    assert card_answers(nlp, text, day, "role") == []
    one = "Lisa Boesky, a clinical psychologist, said the letters were a threat."
    assert card_answers(nlp, one, day, "role") == ["a clinical psychologist"]


def test_stepping_down_from_a_named_body_is_the_lead_s_news(nlp) -> None:
    """'Rep. Ted Poe of Texas publicly stepped down from the House Freedom Caucus on Sunday
    with words that were likely music to the president's ears' (sample Q41: the headline
    news, not asked). A manner adverb leaves the act as told, a particle the parser reads
    as an adverb is the verb's, a body named after 'from' is what it was done to, and 'with
    words' says how. 'Reportedly' leaves it in doubt."""
    lead = (
        "Rep. Ted Poe of Texas {} stepped down from the House Freedom Caucus on Sunday with "
        "words that were likely music to the president's ears. Pete King and John "
        "Catsimatidis welcomed the move, and Donald Trump thanked him on Twitter."
    )

    def asked(adverb: str) -> list[str]:
        facts = facts_of_kind(nlp, lead.format(adverb), "who_did", date(2017, 3, 27))
        return [f.question for f in facts]

    assert asked("publicly") == ["Who stepped down from the House Freedom Caucus in March 2017?"]
    assert asked("reportedly") == []


def test_a_plan_told_in_the_past_is_not_dated_back(nlp) -> None:
    """'On Monday, Bush was to get a briefing aboard the ship' (in a story of Sunday, Sept.
    11, 2005) was dated Monday, Sept. 5 (sample Q42, WRONG: the Monday ahead). 'Was to'
    tells a plan, which may lie either side of the article's day; 'is to' lies ahead; 'was
    able to' is no plan."""
    from trainer.extract.date_tense import tense_of

    def tense(sentence: str) -> str:
        doc = nlp(sentence)
        return tense_of(doc[1:2], "day")

    assert tense("On Monday, Bush was to get a briefing aboard the ship.") == "either"
    assert tense("On Monday, Bush is to get a briefing aboard the ship.") == "future"
    assert tense("On Monday, Bush was able to get a briefing aboard the ship.") == "past"


def test_a_blank_that_this_points_at_makes_no_cloze(nlp) -> None:
    """'On this warm, sticky _____ afternoon, both the North and the South went home happy
    ...' (sample Q42, NONSENSE): 'this' says the day is the one the story tells of, which a
    card read later does not show. 'On a warm ... afternoon' is asked."""
    day = date(2013, 7, 1)
    text = (
        "On {} warm, sticky Sunday afternoon, both the North and the South went home happy "
        "after the re-enactment of the Battle of Gettysburg."
    )
    assert card_answers(nlp, text.format("this"), day, "date") == []
    assert card_answers(nlp, text.format("a"), day, "date") == ["Sunday, June 30, 2013"]


def test_a_people_named_in_the_plural_is_no_one_told_before(nlp) -> None:
    """'"... an operation with the Turks to shut off the other remaining 98 km," Kerry said'
    (a seeds' gold fact) was lost once a speaker stopped standing for whom a quote speaks
    of: 'the Turks' are a nation, not a person named before ('the 48-year-old Australian')."""
    text = (
        '"The entire border of northern Syria – 75 percent of it has now been shut off," '
        'Kerry told CNN in an interview. "And we are entering an operation with the Turks to '
        'shut off the other remaining 98 km."\n\nSecretary of State John Kerry spoke on Tuesday.'
    )
    assert "98 km" in card_answers(nlp, text, date(2015, 11, 17), "number")


def test_a_crosshead_opening_on_a_participle_is_cut_off(nlp) -> None:
    """ "Expected sabotage' The latest round of stop-start talks with Beijing in November
    concluded ..." (sample Q36's page): a crosshead run into the text may open on a
    participle; it is still no verb of the sentence."""
    text = (
        "'Expected sabotage' The latest round of stop-start talks with Beijing in November "
        "concluded with China condemning the Tibetans' proposals as a bid for \"disguised "
        'independence".'
    )
    questions = card_questions(nlp, text, date(2009, 3, 10), "date")
    assert questions and all(q.startswith("The latest round") for q in questions)


def test_a_given_name_is_no_option_among_surnames() -> None:
    """'Who said: "I woke up on the third explosion; ..."?' offered Revolorio, Floyd,
    Abbamonte and 'Chris', a brother the story calls by his given name (sample Q43, MIXED).
    Written as surnames, the options leave given names out; too few left, the card is
    typed."""
    from trainer.pipeline import _names_alike

    fact = a_fact("who_said", 'Who said: "I woke up on the third explosion"?', "Mark Abbamonte")
    shown, wrong = _names_alike(fact, ["Chris", "Revolorio", "Floyd"])
    assert (shown.answer, wrong) == ("Mark Abbamonte", [])
    shown, wrong = _names_alike(fact, ["Chris", "Revolorio", "Floyd", "Davis"])
    assert (shown.answer, wrong) == ("Abbamonte", ["Revolorio", "Floyd", "Davis"])


def test_a_conversion_after_a_blank_with_its_unit_is_dropped(nlp) -> None:
    """'the creature is about _____mm (0.7 inches) long' (sample Q43, GIVEAWAY): the
    conversion gives the answer away, whether the unit is spaced or not."""
    text = (
        'Dubbed the "Dracula" fish, the creature is about 17mm (0.7 inches) long and was '
        "found in a stream in Burma, scientists said on Tuesday."
    )
    questions = card_questions(nlp, text, date(2009, 3, 10), "number")
    assert questions and not any("0.7 inches" in q for q in questions)


def test_the_policy_change_is_the_one_told_before(nlp) -> None:
    """'When did President Obama propose the policy change?' (sample Q44, NONSENSE twice):
    a common noun before 'change' says what kind of change, not which; the one with its
    name ('the H-4 visa change') or its content stated is asked."""
    day = date(2013, 3, 1)
    leaning = "President Obama proposed the policy change in January 2012, officials said."
    stated = leaning.replace("the policy change", "a change to the H-4 visa rules")
    assert card_answers(nlp, leaning, day, "date") == []
    assert card_answers(nlp, stated, day, "date") == ["January 2012"]


def test_a_speaker_is_not_whom_their_quote_calls_they(nlp) -> None:
    """'Geoff Morrell said: "Although their troops have been bravely fighting alongside ours
    in _____, it is welcome news ..."' (sample Q40, NONSENSE): whose troops, the sentence
    before says; the speaker is the quote's 'we', not its 'their'. A quote that names them
    is asked."""
    day = date(2009, 3, 12)
    text = (
        '"We are delighted that France is back in the command structure of the alliance," '
        'said Pentagon spokesman Geoff Morrell. "Although {} troops have been bravely '
        "fighting alongside ours in Afghanistan, it is welcome news to have them fully "
        'integrated in all Nato military matters."'
    )
    assert card_answers(nlp, text.format("their"), day, "place") == []
    assert card_answers(nlp, text.format("French"), day, "place") == ["Afghanistan"]


def test_a_post_its_holder_holds_too_is_no_wrong_answer() -> None:
    """'As of October 2017, what was Paul Ryan's position? -> House Speaker' offered
    'Representative' (sample Q44, DISTRACTOR: the Speaker is one). 'Senator' stays a wrong
    answer for the House Speaker, and 'Representative' for a governor."""
    from trainer.questions.role import distractors

    role = role_fact
    speaker = role("House Speaker", "Paul Ryan")
    pool = [
        speaker,
        role("Representative", "Jane Roe"),
        role("Senator", "John Doe"),
        role("Mayor", "Bill de Blasio"),
    ]
    offered = distractors(speaker, pool)
    assert "Representative" not in offered and {"Senator", "Mayor"} <= set(offered)
    governor = role("Governor", "Andrew Cuomo")
    assert "Representative" in distractors(governor, [*pool, governor])
