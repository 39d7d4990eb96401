"""Round thirty-five (sample Q103, and what Q99-Q101 left): rules tested on sentences written
for the rule."""

from datetime import date

import pytest

from tests.conftest import cards_of, text_file_article


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # the recogniser's span for Q100's 'Director of Latino Outreach Lorella Praeli'
        (
            "a release from the campaign's Director of Rural Outreach Dana Kowalczyk, who",
            "Outreach Dana Kowalczyk",
            "Dana Kowalczyk",
        ),
        (
            "the Deputy Secretary for Public Affairs Jane Marie Roe said",
            "Affairs Jane Marie Roe",
            "Jane Marie Roe",
        ),
        # a word of the dictionary that opens a name (the re-run of the judged pages)
        ("South Korean President Park Geun Hye said", "Park Geun Hye", "Park Geun Hye"),
        ("Secretary of State Rex W. Tillerson said", "Rex W. Tillerson", "Rex W. Tillerson"),
        ("the campaign's outreach Policy Roe said", "Policy Roe", "Policy Roe"),  # one word
    ],
)
def test_the_last_word_of_a_title_is_no_part_of_the_name_after_it(nlp, text, tagged, name):
    from spacy.tokens import Span

    from trainer.nlp import entity_guard

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged))
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    assert [e.text for e in entity_guard(doc).ents] == [name]


def test_a_post_cut_out_of_a_campaign_named_after_its_candidate_makes_no_role(nlp):
    text = (
        "Dana Kowalczyk runs for governor this year. The campaign sent a news release Friday "
        "from Kowalczyk for Ohio Director of Rural Outreach Jane Marchetti, attacking the "
        "governor's remarks about a federal judge."
    )
    roles = [
        (c.question, c.answer) for c in cards_of(nlp, text, date(2016, 6, 3)) if c.kind == "role"
    ]
    assert not [r for r in roles if "Ohio Director" in " ".join(r)], roles


def test_who_after_an_apposition_that_names_another_person_asks_nothing(nlp):
    text = (
        '"This is stunning," said Christopher Dunmore, former deputy counsel to Barack Obama, '
        "who for more than four years was in charge of the vetting of Obama's judicial "
        "nominees."
    )
    cards = cards_of(nlp, text, date(2018, 5, 30))
    assert cards  # the quotation is asked
    assert not [c for c in cards if "in charge" in c.question], [c.question for c in cards]


def test_who_after_a_person_s_own_name_still_asks(nlp):
    text = (
        "Christopher Dunmore, who for more than four years was in charge of the vetting of "
        "judicial nominees, said the court was moving fast."
    )
    questions = [c.question for c in cards_of(nlp, text, date(2018, 5, 30))]
    assert [q for q in questions if "in charge" in q], questions


def test_a_one_word_name_the_article_writes_as_a_body_s_speaks_as_a_body(nlp):
    text = (
        "The drive was launched in London on Wednesday by Zelvora, a registered charity. "
        "Meredith Okonkwo, the Campaigns Director for Zelvora, spoke at the launch.\n\n"
        '"The more people that share it, the more voters abroad will see it," Ms. Okonkwo '
        'said. "Voters abroad have a way to fight back now," Zelvora says on its website.\n\n'
        '"We have found the easiest way yet to register from abroad," said Tom Haverford, '
        'a volunteer. "Everyone should try it before the deadline," said Ann Perkins, a '
        "student in London."
    )
    cards = cards_of(nlp, text, date(2016, 9, 14))
    people = [c for c in cards if c.kind == "who_said" and "Okonkwo" in c.answer]
    assert people, [(c.kind, c.answer) for c in cards]
    assert not [c for c in people if "Zelvora" in c.choices], [c.choices for c in people]


def test_a_box_that_opens_and_shuts_is_no_part_of_the_story(tmp_path, nlp):
    body = (
        "Jane Roe, the cult leader, died on Sunday in a hospital in Acmeton, officials said. "
        "She was 83.\n\n"
        "Quick guide A quick guide to Jane Roe Show Hide Who was Jane Roe? Jane Roe was one "
        "of the most notorious figures of the century. Crime from afar Despite spending more "
        "than 40 years in prison, Roe did not carry out the killings herself.\n\n"
        "Roe was convicted in 1971 of the murders of seven people in Acmeton."
    )
    article = text_file_article(tmp_path, body, "2017-11-20")
    assert "Show Hide" not in article.text and "from afar" not in article.text
    assert "Roe was convicted in 1971" in article.text


def test_what_a_cited_analysis_found_is_no_fact(nlp):
    text = (
        "Jane Roe spoke to the builders in Acmeton on Thursday. She cited analysis that found "
        "John Doe's plans would lose over 3 million jobs, while hers would create over 10 "
        "million."
    )
    cards = cards_of(nlp, text, date(2016, 8, 11))
    assert cards  # the speech's day is asked
    assert not [c for c in cards if c.kind == "number"], [c.question for c in cards]


def test_what_an_analysis_found_is_asked(nlp):
    text = "An analysis by Acme University found that the plant cut 3,000 jobs in Acmeton in 2015."
    questions = [c.question for c in cards_of(nlp, text, date(2016, 8, 11)) if c.kind == "number"]
    assert questions
