"""Number cards asked as wh-questions where the count or amount sits inside a longer phrase
(issue 10, short questions): a part of a whole ('Ten of the 18 staffers'), a counted
subject with words after its noun, an object of an infinitive describing the verb's object
('a deal to purchase 30 jets'), a pronoun subject naming its noun ('Each of the charges'),
money spent in a participle clause. Real corpus sentences and invented ones; the negatives
stay clozes, and a count its sentence spells out item by item makes no card."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import CLOZE_BLANK, Article, CardKind
from trainer.pipeline import facts_of

NOV19 = date(2019, 11, 19)


def number_facts(nlp, text: str):
    article = Article(id="t", text=text, published=NOV19)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.NUMBER]


WH = [
    # (sentence, answer, question)
    (  # corpus: a part of a whole as subject; the aside between commas stays
        "Ten of the 18 staffers who reported for duty on the midnight-to-8 a.m. shift, the one "
        "on which Jeffrey Epstein was found dead, were working overtime, according to federal "
        "prison records.",
        "Ten",
        "How many of the 18 staffers who reported for duty on the midnight-to-8 a.m. shift, the "
        "one on which Jeffrey Epstein was found dead, were working overtime, according to "
        "federal prison records?",
    ),
    (  # an appositive between commas stays
        "Five of the 12 jurors, all residents of Cook County, voted to convict Mayor John Smith.",
        "Five",
        "How many of the 12 jurors, all residents of Cook County, voted to convict Mayor John "
        "Smith?",
    ),
    (
        "Five of the 12 jurors voted to convict the former mayor of Dover.",
        "Five",
        "How many of the 12 jurors voted to convict the former mayor of Dover?",
    ),
    (  # a rounding hedge stays with the question word
        "About 200 of the 1,000 protesters in Paris refused to leave the square on Monday.",
        "200",
        "About how many of the 1,000 protesters in Paris refused to leave the square on Monday?",
    ),
    (  # corpus: a part of a whole as object of an infinitive describing the verb's object;
        # the dateline and the trailing ', executives ... announced' go
        "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a "
        "deal to purchase 30 of Boeing's 787-9 Dreamliner jets, executives of both companies "
        "announced Wednesday at the Dubai Air Show.",
        "30",
        "How many of Boeing's 787-9 Dreamliner jets did Dubai's flagship carrier Emirates "
        "Airline finalize a deal to purchase?",
    ),
    (
        "Acme Corp. bought 30 of the jets, a model that first flew in 2009.",
        "30",
        "How many of the jets did Acme Corp. buy?",
    ),
    (
        "Acme Corp. announced plans to build about 40 new stores in Ohio.",
        "40",
        "About how many new stores did Acme Corp. announce plans to build in Ohio?",
    ),
    (  # a counted subject with a relative clause after its noun
        "Three firefighters who fought the blaze in Malibu were taken to a hospital on Monday.",
        "Three",
        "How many firefighters who fought the blaze in Malibu were taken to a hospital on Monday?",
    ),
    (  # corpus (in brackets there): an adjective phrase after the noun; 'only' is no hedge
        "Only three games available exclusively on Google Stadia have been announced.",
        "three",
        "As of November 2019, how many games available exclusively on Google Stadia have been "
        "announced?",
    ),
    (  # corpus: 'Each of the charges' names its noun
        "Each of the charges of falsifying records against Jane Roe carries a maximum sentence "
        "of five years.",
        "five years",
        "As of November 2019, how long a maximum sentence does each of the charges of falsifying records "
        "against "
        "Jane Roe carry?",
    ),
    (  # corpus: money spent in a participle clause of a perfect; the bound goes with the answer
        "Disney has made an enormous bet, spending more than $3 billion on technology and "
        "programming to remain a leader in Hollywood and take on Netflix at its own game.",
        "more than $3 billion",
        "As of November 2019, how much did Disney spend on technology and programming to remain a leader "
        "in "
        "Hollywood and take on Netflix at its own game?",
    ),
    (  # the phrase after the money stays in the question
        "Acme Corp. raised $10 million in new funding from Sequoia Capital.",
        "$10 million",
        "How much did Acme Corp. raise in new funding from Sequoia Capital?",
    ),
    (  # sample T: the figure a rise started from goes with its comma
        "The Jets paid $1.2 million in rent to Nassau County in 2016, up from $925,000 for the "
        "2015 season.",
        "$1.2 million",
        "How much did the Jets pay in rent to Nassau County in 2016?",
    ),
    (  # sample U: the 'it' of a clause a company announces is the company
        "Google today announced that it has secured $18 million in Series B funding.",
        "$18 million",
        "As of November 2019, how much has Google secured in Series B funding?",
    ),
    (  # a short question is long enough once the 'it' is a name
        "Microsoft said on Monday it had raised $18 million from investors.",
        "$18 million",
        "How much had Microsoft raised from investors?",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), WH)
def test_number_wh_question(nlp, text, answer, question):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


STAY_CLOZES = [
    # (sentence, answer): a cloze, never a wh-question
    (  # 'the first three': not a plain part of the whole
        "The first three of the 12 jurors voted to convict Mayor John Smith.",
        "three",
    ),
    (  # an aside between commas in a counted subject: unsure what to keep
        "Three people, who were killed in the attack in Paris, were identified on Monday.",
        "Three",
    ),
    (  # a dash the parser took for the verb (the three listed: 'two' is not given away)
        "Lucas Paganini said two of the three requirements for life ― liquid water, essential "
        "chemical elements and sources of energy ― are found all over the solar system.",
        "two",
    ),
    (  # in brackets, but 'the company' says nothing without the sentence around it
        "Acme Corp. grew fast last year (the company hired 300 new workers in Ohio), Anna Berg "
        "said.",
        "300",
    ),
    (  # a short second clause loses what the first says of the game: 'had two assists'
        "Jonathan Huberdeau, Colton Sceviour and Mike Hoffman also scored and Evgenii Dadonov "
        "had two assists.",
        "two",
    ),
    (  # 'from there' leans on the sentence before
        "Three teams from there will join the field of 20 at the Paris Open.",
        "Three",
    ),
    (  # the verb of the money has a second verb: 'and to fund ...' cannot stay or go
        "SoftBank agreed to inject $9.5 billion in debt and equity into WeWork and to fund a "
        "$3 billion buyout of existing shareholders.",
        "$9.5 billion",
    ),
    (  # something after the comma that is no aside of the whole
        "Twelve of the 40 passengers on Flight 9268 were Canadians, the airline said.",
        "Twelve",
    ),
    (  # sample T: one amount of a list (the others would sit where the asked one was)
        "The donors gave about $230,000 to Jane Roe, about $94,000 to John Doe, and about "
        "$70,000 to Mary Major.",
        "$230,000",
    ),
    (  # the figure compared with: a cloze
        "The Jets paid $1.2 million in rent in 2016, up from $925,000 for the 2015 season.",
        "$925,000",
    ),
    (  # a second object the parser hung on the verb ('and up to'): a wh-question keeps it
        "Patrick W. Carlineo Jr. faces a maximum of 10 years in prison and up to a $250,000 fine.",
        "10 years",
    ),
    (  # sample W: a count in an infinitive clause has no verb to ask with
        "Economists surveyed by FactSet anticipate 80,000 jobs to have been added to the U.S. "
        "economy in September.",
        "80,000",
    ),
    (  # whose 'it', the news agency's or the company's?
        "Google told Reuters it has secured $18 million in Series B funding.",
        "$18 million",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), STAY_CLOZES)
def test_number_stays_a_cloze(nlp, text, answer):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked and all(CLOZE_BLANK in q for q in asked), asked


SPELLED_OUT = [
    # (sentence, count): the list after the noun gives the count away: no card
    (  # corpus
        "Two hostages — an American and an Australian — who had been held by the Taliban in "
        "Afghanistan since 2016 were released Tuesday in a prisoner swap for three "
        "high-ranking insurgents.",
        "Two",
    ),
    ("Three men, a doctor, a nurse and a driver, were arrested in Paris on Monday.", "Three"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), SPELLED_OUT)
def test_a_count_spelled_out_item_by_item_makes_no_card(nlp, text, answer):
    assert [f.answer for f in number_facts(nlp, text) if f.answer == answer] == []


@pytest.mark.slow
def test_a_list_the_question_leaves_out_gives_nothing_away(nlp):
    text = (
        "Acme Corp. opened two new factories (one in Ohio and one in Texas, both built last "
        "year) and a warehouse in Denver in March."
    )
    asked = [f.question for f in number_facts(nlp, text) if f.answer == "two"]
    assert asked and not any("Ohio" in q for q in asked), asked


WH_MORE = [
    (  # a second clause with its own subject
        "Anna Berg won the race in Paris, and Acme Corp. bought 30 new trucks from Ford.",
        "30",
        "How many new trucks did Acme Corp. buy from Ford?",
    ),
    (  # corpus: a percentage in an infinitive describing the verb's object
        "Tim Clark in October revealed lofty plans to expand the Emirates fleet by 30% by the "
        "end of 2025.",
        "30%",
        "By what percentage did Tim Clark in October 2019 reveal lofty plans to expand the Emirates "
        "fleet by the end of 2025?",
    ),
    (  # a clause of its own in brackets: no 'according to' the sentence's speaker
        "While Stadia's current lineup is light on exclusive titles (only three games available "
        "exclusively on Google Stadia have been announced), Early says there is a possibility.",
        "three",
        "As of November 2019, how many games available exclusively on Google Stadia have been "
        "announced?",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), WH_MORE)
def test_number_wh_question_of_another_clause(nlp, text, answer, question):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


def test_a_named_clause_after_as_is_asked_alone_and_an_unnamed_one_stays_a_cloze(nlp):
    named = (
        "Stadia is not the only such service, as Microsoft launched an early stage of its "
        "Project xCloud gaming service across 13 markets this year."
    )
    assert [f.question for f in number_facts(nlp, named)] == [
        "Across how many markets did Microsoft launch an early stage of its Project xCloud "
        "gaming service in 2019?"
    ]
    # which candidates? The main clause said (of the primary)
    unnamed = "Uncertainty hangs over the primary as 10 candidates meet on the debate stage."
    assert all(CLOZE_BLANK in f.question for f in number_facts(nlp, unnamed))
