from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEEDS, corpus_files, needs_corpus
from trainer.articles import ArticleError, read_article, read_articles
from trainer.cleaning import clean_paragraphs
from trainer.pages import extract_html


def test_seed_front_matter_and_body():
    article = read_article(SEEDS / "000_1497a650c4a5c5b5.txt")
    assert article.outlet == "Military Times"
    assert article.author == "Andrew Tilghman"
    assert article.published == date(2015, 11, 17)
    assert article.id == "000-1497a650c4a5c5b5"
    assert article.text.startswith("The U.S. and Russian coordination in the skies over Syria")
    assert "Pentagon spokesman Peter Cook said Tuesday." in article.text


@pytest.mark.parametrize("stem", ["000_1497a650c4a5c5b5", "004_d663472cd4bb9700"])
def test_seed_boilerplate_is_removed(stem: str):
    article = read_article(SEEDS / f"{stem}.txt")
    for furniture in ("In Other News", "Load More", "More In", "Email:", "Twitter:", "@"):
        assert furniture not in article.text
    last = article.paragraphs[-1]
    assert " is the executive editor" not in article.text
    assert " was deputy editor" not in article.text
    assert last.endswith(("Cook said.", 'next few years."'))


@pytest.mark.parametrize(
    "paragraphs, kept",
    [
        (["Body text here.", "Jane Doe is a staff writer for The Daily Planet."], 1),
        (["Body.", "Max Mustermann covers the Pentagon and is a reporter at Foo."], 1),
        (["Body.", "Ana de la Cruz was senior correspondent for X.", "Read more: stuff"], 1),
        (["Body.", "Follow Jane on Twitter: @jane", "Email: jane@example.com"], 1),
        # A body paragraph about someone's job is not a bio when it is not trailing.
        (["John Roe is a reporter for the Times, police said.", "He was arrested."], 2),
        (["The mayor is a former editor of the paper, he said."], 1),
        # Subheadings, captions and bylines between paragraphs are not body text.
        (["First.", "The al-Tanf base", "Second.", "FRANCE WINS", "Third."], 3),
        (["First.", "5:45 AM PST 11/19/2019 by Jane Doe", "Second."], 2),
        (["First.", "Contributing: Jane Doe", "He said: \u201cyes.\u201d"], 2),
    ],
)
def test_boilerplate_patterns(paragraphs: list[str], kept: int):
    assert len(clean_paragraphs(paragraphs)) == kept


@pytest.mark.parametrize(
    ("paragraphs", "cleaned"),
    [
        # a subheading asking what the next paragraph tells, in title case
        (
            ["What Does Acme Offer?", "Acme's launch is Tuesday."],
            ["Acme's launch is Tuesday."],
        ),
        (["What Is in the Box?", "A phone."], ["A phone."]),
        # a question in prose keeps its lower case, and stays
        (["Why does it matter?", "It costs $5."], ["Why does it matter?", "It costs $5."]),
        # a health page's numbered references go; a figure in brackets stays
        (
            ["Yoga cut binging by 441 calories (34).", "It helped 81% of people (10, 11)."],
            ["Yoga cut binging by 441 calories.", "It helped 81% of people."],
        ),
        (["The fund rose to $5 (about 4 euros)."], ["The fund rose to $5 (about 4 euros)."]),
        (["Acme (12) and Dover (15) voted."], ["Acme (12) and Dover (15) voted."]),
    ],
)
def test_question_subheadings_and_reference_numbers_are_dropped(paragraphs, cleaned):
    assert clean_paragraphs(paragraphs) == cleaned


def _word_f1(extracted: str, gold: str) -> float:
    a, b = extracted.split(), gold.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    precision, recall = matched / len(a), matched / len(b)
    return 2 * precision * recall / (precision + recall)


@needs_corpus
@pytest.mark.parametrize(
    "stem",
    [
        "01-emirates-boeing-787-order",
        "07-trump-china-trade-war",
        "17-assange-sweden-investigation-dropped",
    ],
)
def test_html_extraction_matches_clean_text(stem: str):
    article = read_article(CORPUS / f"{stem}.html")
    gold = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    assert _word_f1(article.text, gold) >= 0.97
    assert article.title and article.outlet and article.published is not None


@needs_corpus
def test_corpus_text_files_read_unchanged_words():
    files = corpus_files(".html") + corpus_files(".txt")
    result = read_articles(files)
    assert len(files) == 40 and len(result.articles) == 40  # 20 .html + 20 .txt
    txt = next(a for a in result.articles if a.path.endswith("02-taliban-hostage-swap.txt"))
    gold = (CORPUS / "02-taliban-hostage-swap.txt").read_text(encoding="utf-8")
    assert txt.text.split() == gold.split()


def test_markdown_heading_is_title(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text(
        "# A headline\n\nSome **bold** text with a [link](http://x).\n", encoding="utf-8"
    )
    article = read_article(path)
    assert article.title == "A headline"
    assert article.text == "Some bold text with a link."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "not UTF-8 text"),
        ("meta.txt", b"---\ntitle: [unclosed\n---\nBody.\n", "front matter is not valid YAML"),
        ("meta2.txt", b"---\npublished: someday\n---\nBody.\n", "'published' is not a date"),
        ("meta3.txt", b"---\ncolour: red\n---\nBody.\n", "unknown front matter field 'colour'"),
        ("furniture.txt", b"Load More\n\nIn Other News\n", "no article text"),
        ("notes.pdf", b"%PDF-1.4", "not an article file"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, data: bytes, message: str):
    path = _write(tmp_path, name, data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_too_large(tmp_path: Path):
    path = _write(tmp_path, "big.txt", b"word " * (1_100_000))
    with pytest.raises(ArticleError, match=r"too large \(5\.2 MB"):
        read_article(path)


def test_directory_without_articles(tmp_path: Path):
    (tmp_path / "readme.pdf").write_bytes(b"x")
    with pytest.raises(ArticleError, match="no articles in this directory"):
        read_articles([tmp_path])


def test_skip_bad_goes_on_with_the_rest(tmp_path: Path):
    good = _write(tmp_path, "good.txt", b"A real sentence about something.\n")
    bad = _write(tmp_path, "bad.txt", b"")
    with pytest.raises(ArticleError, match=r"bad\.txt"):
        read_articles([bad, good])
    result = read_articles([bad, good], skip_bad=True)
    assert [a.path for a in result.articles] == [str(good)]
    assert len(result.problems) == 1 and "bad.txt: empty file" in result.problems[0]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Seek And Destroy\nPutin said the war would go on.", "Putin said the war would go on."),
        (" date 2024-01-08\nThe minister said it would work.", "The minister said it would work."),
        ("Updated: 3:41 PM\nOfficials said five people died.", "Officials said five people died."),
        # hard-wrapped prose is joined, capitals or not
        (
            "President Barack Obama and Secretary\nKerry met the Russian leaders in\nParis.",
            "President Barack Obama and Secretary Kerry met the Russian leaders in Paris.",
        ),
        (
            "The U.S. and Russian coordination in the\nskies over Syria expanded Tuesday.",
            "The U.S. and Russian coordination in the skies over Syria expanded Tuesday.",
        ),
    ],
)
def test_heading_and_metadata_lines_inside_a_paragraph_are_dropped(
    tmp_path: Path, paragraph: str, expected: str
):
    path = tmp_path / "pasted.txt"
    path.write_text(paragraph + "\n\nThe second paragraph ends here.\n", encoding="utf-8")
    assert read_article(path).text.split("\n\n")[0] == expected


_FILLER = "".join(
    f"<p>Paragraph {i} of the report says the council met again on Monday and voted on the "
    "budget for the coming year, with most members in favour.</p>"
    for i in range(6)
)


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Actress wins award</title>{head}</head><body><article>"
        f"<h1>Actress wins award</h1>{body}</article></body></html>"
    )


def test_a_line_broken_mid_sentence_is_one_paragraph_again(tmp_path: Path):
    page = tmp_path / "award.html"
    page.write_text(
        _page(
            "<p>Veteran actress Kate Henshaw, who in 2008 won the<br>Africa Movie Academy Award "
            "for Best Actress, has taken to social media to thank her fans.</p>"
            '<p>Photos <a href="/x">which were released online</a><br>show the actress at the '
            "ceremony in Lagos on Friday.</p>" + _FILLER
        ),
        encoding="utf-8",
    )
    paragraphs = read_article(page).text.split("\n\n")
    assert paragraphs[0].startswith("Veteran actress Kate Henshaw, who in 2008 won the Africa")
    assert paragraphs[1] == (
        "Photos which were released online show the actress at the ceremony in Lagos on Friday."
    )


def test_the_pages_json_ld_body_replaces_a_cut_short_extraction(tmp_path: Path):
    import json

    body = "\n".join(
        f"The council met for the {n} time this year and voted on the budget, officials said."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body})
    page = tmp_path / "teaser.html"
    page.write_text(
        _page(
            "<p>The council met again and voted on the budget, officials said on Monday.</p>" * 4,
            head=f'<script type="application/ld+json">{ld}</script>',
        ),
        encoding="utf-8",
    )
    paragraphs = extract_html(page.read_text(encoding="utf-8"))
    assert paragraphs is not None and paragraphs[2] == "json-ld"
    assert read_article(page).text.split("\n\n")[7].startswith("The council met for the eighth")


def test_recall_is_tried_when_the_precise_extraction_finds_next_to_nothing(monkeypatch):
    import trafilatura

    full = "\n".join(
        f"The council met again and voted on part {i} of the budget, officials said."
        for i in range(8)
    )

    class Document:
        title = sitename = author = date = url = ""

        def __init__(self, text: str) -> None:
            self.text = text

    def fake(html: str, favor_precision: bool = False, favor_recall: bool = False, **_: object):
        return Document(full if favor_recall else "© 2019 The Daily Example. All rights reserved.")

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    extracted = extract_html("<html></html>")
    assert extracted is not None
    paragraphs, _document, method = extracted
    assert method == "recall" and len(paragraphs) == 8


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("30 of Boeing 's 787-9 jets", "30 of Boeing's 787-9 jets"),
        ("according to NPR ’s Feng, a doctor", "according to NPR’s Feng, a doctor"),
        ("the company 's.", "the company's."),
        ("the word 'sorry' stayed", "the word 'sorry' stayed"),  # a quote, not a possessive
    ],
)
def test_a_possessive_split_off_its_word_is_joined_again(tmp_path: Path, written, read):
    """Some pages' text exports write "Boeing 's": questions would show the gap."""
    article = tmp_path / "a.txt"
    article.write_text(f"Jets\n\nEmirates agreed to buy {written} on Monday.\n", encoding="utf-8")
    assert f"Emirates agreed to buy {read} on Monday." in read_article(article).text


@pytest.mark.parametrize(
    "pop_up",
    [
        # a politician's hover card (thehill.com): related headlines and "MORE"
        '<span class="rollover-people-block"><span class="rollover-block"><a class="name" '
        'href="/p">Kristi Lynn Noem</a> <a href="/n">Governor doubles down on campaign</a> '
        '<a class="more" href="/p">MORE</a></span></span>',
        '<span class="tooltip-content">Governor since 2019. Read her profile</span>',
        '<span style="display: none">Governor doubles down on campaign MORE</span>',
        "<span hidden>Governor doubles down on campaign MORE</span>",
    ],
)
def test_hidden_pop_up_text_never_enters_a_sentence(tmp_path: Path, pop_up: str):
    """Text a page hides until hover stays out; the name and the sentence around it stay."""
    page = tmp_path / "noem.html"
    page.write_text(
        _page(
            '<p>South Dakota Gov. <span class="rollover-people"><a href="/p">Kristi Noem</a>'
            f"{pop_up}</span> (R) is defending the state's launch of an anti-drug campaign "
            "with a new slogan on Monday.</p>" + _FILLER
        ),
        encoding="utf-8",
    )
    first = read_article(page).text.split("\n\n")[0]
    assert first == (
        "South Dakota Gov. Kristi Noem (R) is defending the state's launch of an anti-drug "
        "campaign with a new slogan on Monday."
    )
