"""Faults of the twenty-third round (issue 10), from samples Q40 and Q41: a speaker or a doer
of the wrong sex or of a building's name ('Tommy Thomas' for "she", 'Trump White House'), a
dateline run into a title ('Texas Texas Governor'), a verb the lemmatizer did not know
('relaunche'), an act told of 'in a speech'. Each test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import card_answers, card_questions

pytestmark = pytest.mark.slow


def _passing_quotes(nlp, text: str, published: date) -> list[tuple[str, bool]]:
    from trainer.model import Article
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=published)
    return [(f.answer, f.passing) for _, f in facts_of(article, nlp).facts if f.kind == "who_said"]


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
