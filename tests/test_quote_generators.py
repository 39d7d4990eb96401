"""who_said, quote_cloze and role: sentence -> expected fact, drawn from the corpus
(textacy style), and the seeds' gold annotations."""

from __future__ import annotations

import pytest

from tests.conftest import GOLD, SEEDS, needs_gold
from trainer import yamlio
from trainer.articles import read_article
from trainer.model import CLOZE_BLANK, Article
from trainer.questions import quote_cloze, role, who_said

pytestmark = pytest.mark.slow


def facts(nlp, module, text: str):
    article = Article(id="t", text=text)
    return module.find(nlp(text), article)


# (paragraphs, expected (quote fragment, speaker) pairs) - from ../shared/corpus and the seeds
WHO_SAID = [
    # split around the attribution, speaker introduced earlier by full name
    (
        "Bruce Boudreau coached the team.\n\n"
        "“That’s perfect,” Boudreau said. “It’s the mark of a true competitor doing things for the team.”",
        [("That’s perfect. It’s the mark of a true competitor", "Bruce Boudreau")],
    ),
    # inverted attribution with a title before the name
    (
        "The US welcomed the exchange. “We pray for the full recovery of both men,” said White "
        "House Press Secretary Stephanie Grisham. “We thank the Afghan government for its actions.”",
        [("We pray for the full recovery of both men. We thank", "Stephanie Grisham")],
    ),
    # a participle borrows its clause's subject; a partial quote keeps its lead-in
    (
        "Peter Cook spoke. Cook also pushed back at the idea that the US has fallen behind, "
        'insisting that "the notion we are behind the curve here is a mistaken one."',
        [("the notion we are behind the curve", "Peter Cook")],
    ),
    # an unnamed source is kept as written, "one" made "a"
    (
        "In September, it expressed an interest in new border security equipment, with one "
        "Turkish official telling Defense News the country plans to spend "
        '"hundreds of millions of dollars on this in the next few years."',
        [("hundreds of millions of dollars", "a Turkish official")],
    ),
    # "he said" -> the last speaker, when nobody else was named since
    (
        '"I have a particular interest in this group of diseases," Owen Dempsey said.\n\n'
        '"We are paid to be nosy and we ask about everything," he said.',
        [
            ("I have a particular interest", "Owen Dempsey"),
            ("We are paid to be nosy", "Owen Dempsey"),
        ],
    ),
    # ...but not when another person was named in between
    (
        '"I have a particular interest in this group of diseases," Owen Dempsey said.\n\n'
        "Martin Taylor lived in a warm, dry house.\n\n"
        '"We are paid to be nosy and we ask about everything," he said.',
        [("I have a particular interest", "Owen Dempsey")],
    ),
    # a surname the tagger misses still resolves to the full name
    (
        "Kurt Volker testified on Tuesday.\n\n"
        '"I think the allegations against Vice President Biden are self-serving and not '
        'credible," Volker said.',
        [("the allegations against Vice President Biden", "Kurt Volker")],
    ),
    # scare quotes and short fragments make no card
    (
        'The Pentagon rejected these accusations as "patently false," and Cruz called the '
        'suicide a "profound indictment of the system."',
        [],
    ),
    # a quote that names its speaker gives the answer away
    (
        '"Nobody here knows Mayer better than Kevin Mayer does, believe me," Kevin Mayer said.',
        [],
    ),
    # a headline-like quote alone in its paragraph is not attributed by the next one
    (
        '"My fears have been realized"\n\nMorrison told the committee, "I feared at the time of '
        'the call how its disclosure would play. My fears have been realized."',
        [("I feared at the time of the call", "Morrison")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHO_SAID)
def test_who_said(nlp, text, expected):
    got = [(f.question, f.answer) for f in facts(nlp, who_said, text)]
    assert len(got) == len(expected), got
    for (question, answer), (fragment, speaker) in zip(got, expected, strict=True):
        assert fragment in question
        assert answer == speaker
    for fact in facts(nlp, who_said, text):
        assert fact.evidence in text


def test_long_quote_is_shortened_at_a_clause_boundary(nlp):
    text = (
        "\"We're not coordinating or cooperating with the Russians in terms of targets, but we "
        "are taking these steps, these important steps to make sure that our pilots, our crews, "
        "and the Russians' crews, for that matter, do not come into conflict with one another. "
        'And in this particular instance, those protocols did work effectively," Peter Cook said.'
    )
    (fact,) = facts(nlp, who_said, text)
    assert fact.question == (
        "Who said: \"We're not coordinating or cooperating with the Russians in terms of "
        'targets …"?'
    )


CLOZE = [
    (
        '"It does seem there\'s been more of a focus on ISIL, and we welcome that," Peter Cook said.',
        "ISIL",
        'Peter Cook said: "It does seem there\'s been more of a focus on _____, and we welcome that"',
    ),
    (
        '"We have spent $20 million on the border of northern Syria this year," Jane Roe said.',
        "$20 million",
        'Jane Roe said: "We have spent _____ on the border of northern Syria this year"',
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        '"The entire border of northern Syria has now been shut off, all of it," John Kerry said.',
        '"Make it the five words that everybody in America reads," Jane Roe said.',
        '"We thank the Afghan government for its actions," the press secretary, Jane Roe, said.',
    ],
)
def test_quote_cloze_never_blanks_a_place_or_a_nationality(nlp, text):
    # guessed from the words around it in a quote, or a passing aside
    assert facts(nlp, quote_cloze, text) == []
    assert len(facts(nlp, who_said, text)) == 1


@pytest.mark.parametrize(("text", "answer", "question"), CLOZE)
def test_quote_cloze(nlp, text, answer, question):
    (fact,) = facts(nlp, quote_cloze, text)
    assert (fact.answer, fact.question) == (answer, question)
    assert CLOZE_BLANK in fact.question


@pytest.mark.parametrize(
    ("text", "answer", "answer_type"),
    [
        # the tagger calls this surname an organisation; the article names the person
        (
            "Julian Assange denies the accusation.\n\n"
            '"Let us now focus on the threat Mr Assange has been warning about for years," '
            "Kristinn Hrafnsson said.",
            "Assange",
            "cloze:PERSON",
        ),
        # a firm the tagger takes for a place: no place distractors for it
        (
            "Fortress will give up the management contract, investor Leon Cooperman said.\n\n"
            "\u201cFinancial players like Fortress and Alden are making significant money on the "
            "way down,\u201d says Cooperman.",
            "Fortress",
            "cloze:NAME",
        ),
    ],
)
def test_quote_cloze_checks_the_entity_type(nlp, text, answer, answer_type):
    (fact,) = facts(nlp, quote_cloze, text)
    assert (fact.answer, str(fact.answer_type)) == (answer, answer_type)
    others = [
        fact.__class__(**{**fact.__dict__, "answer": name, "answer_type": fact.answer_type})
        for name in ("Mike Pompeo", "Donald Trump", "Ayman Safadi")
    ]
    offered = quote_cloze.distractors(fact, [fact, *others])
    if answer_type == "cloze:NAME":
        assert offered == []  # unsure of its type: typed, never beside people
    else:
        assert set(offered) - {answer} == {"Mike Pompeo", "Donald Trump", "Ayman Safadi"}


ROLES = [
    ("Pentagon spokesman Peter Cook said Tuesday.", "Peter Cook", "Pentagon spokesman"),
    (
        "Geoffrey Berman, the U.S. attorney for the Southern District of New York, said it.",
        "Geoffrey Berman",
        "U.S. attorney for the Southern District of New York",
    ),
    (
        "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy "
        'Secretary Rick Perry formed an "irregular" channel.',
        "Gordon Sondland",
        "U.S. Ambassador to the European Union",
    ),
    (
        "It was seen as a successor to Disney Chief Executive Bob Iger, who built it.",
        "Bob Iger",
        "Disney Chief Executive",
    ),
]


@pytest.mark.parametrize(("text", "person", "title"), ROLES)
def test_role_both_directions(nlp, text, person, title):
    got = {(f.question, f.answer) for f in facts(nlp, role, text)}
    possessive = f"{person}'" if person.endswith("s") else f"{person}'s"
    assert (f"What is {possessive} position?", title) in got
    assert any(answer == person and title in q for q, answer in got)


@pytest.mark.parametrize(
    "text",
    [
        "Marco Villa, the company's chief operating officer, spoke.",  # whose company?
        "He met President Trump on Monday.",  # a form of address
        # two Bidens: the bare surname is neither of them
        "Volker had no knowledge of efforts to investigate Joe and Hunter Biden.\n\n"
        '"Vice President Biden was not a topic of our discussions," Volker said.',
        "Hunter Biden sat on the board.\n\nThe call was about the Bidens. "
        "Vice President Biden was not mentioned.",
    ],
)
def test_no_role(nlp, text):
    assert facts(nlp, role, text) == []


def test_indefinite_description_asks_who_the_person_is(nlp):
    text = "Lisa Boesky, a clinical psychologist and jail suicide expert from San Diego, said so."
    got = [(f.question, f.answer) for f in facts(nlp, role, text)]
    assert got == [
        ("Who is Lisa Boesky?", "a clinical psychologist and jail suicide expert from San Diego")
    ]


# -- gold: the annotated quotes and roles of the seeds --------------------------------------


@needs_gold
def test_gold_quotes_and_roles_become_correct_cards(nlp):
    gold = yamlio.load(GOLD.read_text(encoding="utf-8"))
    hits = total = 0
    misses = []
    for entry in gold["articles"]:
        article = read_article(SEEDS / entry["file"])
        doc = nlp(article.text)
        said = who_said.find(doc, article)
        roles = role.find(doc, article)
        for quote in entry.get("quotes", []):
            total += 1
            ok = any(
                quote["cue"] in f.evidence and f.answer.lower() == _speaker(quote["speaker"])
                for f in said
            )
            hits += ok
            if not ok:
                misses.append(quote)
        for item in entry.get("roles", []):
            total += 1
            ok = any(
                (f.answer == item["role"] and item["person"] in f.question)
                or (f.answer == item["person"] and item["role"] in f.question)
                for f in roles
            )
            hits += ok
            if not ok:
                misses.append(item)
    assert total >= 10
    assert hits / total >= 0.9, misses


def _speaker(name: str) -> str:
    return name.lower().replace("one ", "a ", 1)


def test_speaker_options_are_written_like_the_answer(nlp):
    text = (
        '"We will keep fighting this case for as long as it takes," Figgins said.\n\n'
        '"These guards are not the only ones who should stand trial, not by a long way," '
        "Ben Sasse said.\n\n"
        '"We had hoped for much more than this from the prosecutors," Jason Foy said.\n\n'
        '"The system failed everyone who relied on it that night," Geoffrey Berman said.\n\n'
        '"There is much more to be done across the whole service," Michael Thomas said.'
    )
    found = facts(nlp, who_said, text)
    sasse = next(f for f in found if f.answer == "Ben Sasse")
    options = who_said.distractors(sasse, found)
    first_three = [o for o in options if o != "Ben Sasse"][:3]
    assert "Figgins" not in first_three
    assert all(len(o.split()) > 1 for o in first_three)


def test_people_of_the_same_article_come_before_other_stories(nlp):
    hockey = Article(
        id="hockey",
        text=(
            '"He is starting to feel it a little bit again, and we need those goals," '
            "coach Bruce Boudreau said.\n\n"
            '"I was going the other way for a little while but worked my way out of it," '
            "Parise said.\n\n"
            '"We know where we are and we know what we have got to do," Suter said.'
        ),
    )
    politics = Article(
        id="politics",
        text='"We pray for the full recovery of both men and thank everyone," '
        "Stephanie Grisham said in a statement.",
    )
    found = [f for a in (hockey, politics) for f in who_said.find(nlp(a.text), a)]
    boudreau = next(f for f in found if f.answer == "Bruce Boudreau")
    options = [o for o in who_said.distractors(boudreau, found) if o != "Bruce Boudreau"]
    assert options.index("Stephanie Grisham") > max(options.index("Parise"), options.index("Suter"))
