"""Fixes found on sample G (unseen news pages): library warnings, name suffixes in answers,
quote clozes on a bare given name, and the page metadata shown on the quiz's source line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.test_cli import run_cli
from trainer.decks import load_deck

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}
</head>
<body>
<article>
<h1>Harbor reopens after the storm</h1>
{byline}
<p>Harbor master Anna Lind said the port of Kessel would reopen to ships on Monday after a
week of repairs to the main quay.</p>
<p>"We lost two cranes and most of the fencing, but the quay itself held," Lind said during a
briefing at the port office that afternoon.</p>
<p>"The ferries come back first and the container ships follow a day later," Lind added,
pointing to the new timetable posted at the gate.</p>
<p>The storm struck the coast on October 20 and closed the port for nine days.</p>
</article>
</body>
</html>
"""


def page(title: str = "Harbor reopens after the storm", head: str = "", byline: str = "") -> str:
    return PAGE.format(title=title, head=head, byline=byline)


# -- 1. a page's date with a US time zone abbreviation -------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2016-12-13T15:45:00CST", date(2016, 12, 13)),
        ("2016-12-16T23:05:00PST", date(2016, 12, 16)),  # the local day, not the UTC one
    ],
)
def test_a_date_with_a_zone_abbreviation_is_read_without_a_library_warning(
    tmp_path: Path, stamp: str, day: date
):
    article = tmp_path / "harbor.html"
    byline = f'<div><time itemprop="datePublished" datetime="{stamp}"></time></div>'
    article.write_text(page(byline=byline), encoding="utf-8")
    out = tmp_path / "harbor.deck.yaml"
    result = run_cli("generate", str(article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "warn" not in result.stderr.lower()
    assert load_deck(out).sources[0].published == day


# -- 2. a name suffix (Jr., Sr., III) is never the surname ----------------------------

# (sentence, the speaker as the card names them, the surname a typed answer may give)
SUFFIXED_SPEAKERS = [
    (
        '"The department cannot hand over the names of its scientists," said J. David Cox Sr., '
        "the president of the union.",
        "J. David Cox Sr.",
        "Cox",
    ),
    (
        '"We will appeal the ruling next week," said Martin Luther Hill Jr., a lawyer for the city.',
        "Martin Luther Hill Jr.",
        "Hill",
    ),
    (
        '"The harbor will reopen on Monday," said Harbor master Robert Lane III.',
        "Robert Lane III",
        "Lane",
    ),
    # a surname of two words: the answer keeps every word, whatever the short form
    (
        '"Watch your back when you go to town," said Linda Black Elk, a tribe member.',
        "Linda Black Elk",
        None,
    ),
    # counterpart: a plain name keeps its last word as the surname
    (
        '"We lost two cranes, but the quay itself held," said Anna Lind, the harbor master.',
        "Anna Lind",
        "Lind",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "short"), SUFFIXED_SPEAKERS)
def test_who_said_answer_keeps_the_suffix_and_accepts_the_surname_before_it(
    nlp, text: str, speaker: str, short: str | None
):
    from trainer.model import Article
    from trainer.questions import who_said

    (fact,) = who_said.find(nlp(text), Article(id="t", text=text))
    assert fact.answer == speaker
    for accepted in fact.accept:
        assert accepted.lower() not in ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
        assert accepted in speaker.split()
    if short is not None:
        assert fact.accept == (short,)


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [("Cox", "right"), ("David Cox", "right"), ("J. David Cox", "right"), ("Sr", "wrong")],
)
def test_a_typed_surname_before_the_suffix_is_right(reply: str, verdict: str):
    from trainer.model import Card
    from trainer.quiz.matching import judge

    card = Card(
        id="who_said-1",
        kind="who_said",
        question='Who said: "The department cannot hand over the names of its scientists"?',
        answer="J. David Cox Sr.",
        sources=("t",),
        evidence="",
        accept=(),
        choices=("J. David Cox Sr.", "Rick Perry", "Joe Davidson"),
    )
    names = ["J. David Cox Sr.", "Rick Perry", "Joe Davidson"]
    assert judge(reply, card, names).verdict == verdict


# -- 3. a quote cloze never blanks a lone given name ---------------------------------

# (text, the quote cloze's answer or None): any name fits a blank where a first name stood
LONE_NAMES = [
    (
        "Mr. Trump said he would consider Mr. Grenell but added, "
        '"I\'d personally rather keep Ric where he is."',
        None,
    ),
    (
        "Ms. Haley praised Ivanka Trump and her husband, Jared Kushner.\n\n"
        '"Jared is such a hidden genius that no one understands," Ms. Haley said.',
        None,
    ),
    (
        "Anna Lind met her brother Tom at the quay.\n\n"
        '"I told Tom to stay home until the storm was over," Lind said.',
        None,
    ),
    # the given name goes; a figure in the same quote can still be the blank
    (
        '"Peter asked for 40 more workers to repair the quay," said Anna Lind, the harbor master.',
        "40",
    ),
    # counterparts: a full name, and the surname of a person the article names in full
    (
        '"We asked Peter Cook to send two more cranes to the harbor," said Anna Lind, the '
        "harbor master.",
        "Peter Cook",
    ),
    (
        "Anna Lind met Defense Minister Peter Cook on Monday.\n\n"
        '"We asked Cook to send two more cranes to the harbor," Lind said.',
        "Cook",
    ),
    # a place the tagger calls a person, where a place stands ('go to _____'), stays
    (
        '"When the children go to Bismarck, they always come back with new ideas," said Linda '
        "Black Elk.",
        "Bismarck",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), LONE_NAMES)
def test_a_quote_cloze_never_blanks_a_lone_given_name(nlp, text: str, answer: str | None):
    from trainer.model import Article
    from trainer.questions import quote_cloze

    facts = quote_cloze.find(nlp(text), Article(id="t", text=text))
    assert [f.answer for f in facts] == ([answer] if answer else [])


# -- 4. the page metadata the quiz's source line shows --------------------------------

HEADLINE = "Harbor reopens after the storm"
LONG_HEADLINE = "Harbor reopens after the storm, a week after it closed"

# (page file name, title, head, byline) -> (title, outlet, author) in the deck's sources
PAGES = [
    # a date where the site's name goes: the page's host instead
    (
        "date-outlet",
        HEADLINE,
        '<meta property="og:site_name" content="Nov. 29, 2016">\n'
        '<link rel="canonical" href="https://www.coastnews.com/2016/11/29/harbor.html">',
        "",
        (HEADLINE, "coastnews.com", ""),
    ),
    # the headline where the site's name goes
    (
        "headline-outlet",
        HEADLINE,
        f'<meta property="og:site_name" content="{HEADLINE}">\n'
        '<link rel="canonical" href="https://www.coastnews.com/harbor.html">',
        "",
        (HEADLINE, "coastnews.com", ""),
    ),
    # the site's name as the title, the headline as the site's name: swapped back
    (
        "swapped",
        "Gazette",
        '<meta property="og:title" content="Gazette">\n'
        f'<meta property="og:site_name" content="{LONG_HEADLINE}">\n'
        '<link rel="canonical" href="https://www.gazette.com/harbor.html">',
        "",
        (LONG_HEADLINE, "Gazette", ""),
    ),
    # a sign-in link, the links after a name, a section label in lower case
    (
        "sign-in",
        HEADLINE,
        '<meta property="og:site_name" content="Coast News">',
        '<div class="byline">By <a class="author" href="/signin">Sign In</a></div>',
        (HEADLINE, "Coast News", ""),
    ),
    (
        "social",
        HEADLINE,
        '<meta property="og:site_name" content="Coast News">',
        '<div class="author"><div class="author_name">Alyssa Newcomb</div> <ul><li><a '
        'href="https://twitter.com/x"><span>Twitter</span></a></li> <li><a href="mailto:a@b.c">'
        "<span>Email</span></a></li></ul></div>",
        (HEADLINE, "Coast News", "Alyssa Newcomb"),
    ),
    (
        "more-stories",
        HEADLINE,
        '<meta property="og:site_name" content="Coast News">\n'
        '<meta name="parsely-author" content="Jeremy Herron More stories by Jeremy Herron">',
        "",
        (HEADLINE, "Coast News", "Jeremy Herron"),
    ),
    (
        "section-label",
        HEADLINE,
        '<meta property="og:site_name" content="Coast News">',
        '<span class="byline">food science</span>',
        (HEADLINE, "Coast News", ""),
    ),
    # counterpart: metadata that holds is kept as the page gives it
    (
        "sound",
        HEADLINE,
        '<meta property="og:site_name" content="Coast News">\n'
        '<meta name="author" content="Jane Roe">\n'
        '<link rel="canonical" href="https://www.coastnews.com/harbor.html">',
        "",
        (HEADLINE, "Coast News", "Jane Roe"),
    ),
]


@pytest.mark.slow
def test_the_deck_sources_show_a_sound_title_outlet_and_author(nlp, tmp_path: Path):
    from trainer.cli import main

    paths = []
    for name, title, head, byline, _ in PAGES:
        path = tmp_path / f"{name}.html"
        path.write_text(page(title=title, head=head, byline=byline), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "pages.deck.yaml"
    assert main(["generate", *paths, "-o", str(out), "--id", "p", "--title", "P"]) == 0
    shown = {s.id: (s.title, s.outlet, s.author) for s in load_deck(out).sources}
    assert shown == {name: expected for name, *_, expected in PAGES}


HOST = "autoracing.com.br"
# (title, outlet, author as trafilatura reads them) -> (title, outlet, author) checked
METADATA = [
    (("Nov. 29, 2016 story", "Nov. 29, 2016", ""), ("Nov. 29, 2016 story", HOST, "")),
    (("A headline", "Copyright 2014", ""), ("A headline", HOST, "")),
    (("A headline", "https://www.hawaiinewsnow.com", ""), ("A headline", "hawaiinewsnow.com", "")),
    (("A headline", "Site", "Phil Helsel is a reporter"), ("A headline", "Site", "Phil Helsel")),
    (
        ("A headline", "Site", "Mike Wuerthele; Malcolm Owen Monday; November"),
        ("A headline", "Site", "Mike Wuerthele; Malcolm Owen"),
    ),
    (("A headline", "Site", "Sign In"), ("A headline", "Site", "")),
    (("A headline", "Site", "A headline"), ("A headline", "Site", "")),
    # names that end like a date word stay: a given name that is a month, a non-Latin outlet
    (("A headline", "Site", "Theresa May"), ("A headline", "Site", "Theresa May")),
    (
        ("Диета (14 дней)", "потеря веса до 10 кг", ""),
        ("Диета (14 дней)", "потеря веса до 10 кг", ""),
    ),
    # a short title that is not the host's name is a headline: never swapped
    (
        ("Classificação NASCAR", "Autoracing | F1 | Indy | MotoGP | StockCar", ""),
        ("Classificação NASCAR", "Autoracing | F1 | Indy | MotoGP | StockCar", ""),
    ),
]


@pytest.mark.parametrize(("read", "shown"), METADATA)
def test_page_metadata_rules(read: tuple[str, str, str], shown: tuple[str, str, str]):
    from trainer.page_metadata import checked_metadata

    # the host is the outlet when the page gives none that holds; it never names the title
    checked = checked_metadata(*read, host="www.autoracing.com.br")
    assert (checked.title, checked.outlet, checked.author) == shown
