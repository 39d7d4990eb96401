"""`trainer generate` with folders, quoted globs, `.jsonl` and WARC archives as input.

Each bad record gives one line naming the file and its line or record number.
"""

from __future__ import annotations

import io
import json

import pytest

from tests.webserver import PAGES
from trainer.cli import main
from trainer.decks import load_deck

COOK = (
    "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
    '"We welcome that focus on the strikes and we say so plainly," Cook said.\n'
)


def jsonl(path, *records):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_warc(path, records, tail=b""):
    """A gzipped WARC: a warcinfo record, then (uri, content type, status, body) responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, content_type, status, body in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            record.raw_stream.close()  # warcio spools the payload to a temp file it keeps open
        handle.write(tail)
    return path


def test_bad_jsonl_lines_each_give_one_line(tmp_path, capsys):
    archive = jsonl(
        tmp_path / "news.jsonl",
        '{"text": "unclosed',
        {"title": "No body"},
        {"text": COOK, "headline": "Typo"},
        {"text": COOK, "published": "last Tuesday"},
        ["not", "an", "object"],
        {"text": "   "},
        {"html": "<html><body><nav>Home</nav></body></html>"},
    )
    out = tmp_path / "x.deck.yaml"
    assert main(["generate", str(archive), "--skip-bad", "-o", str(out)]) == 1
    a = archive
    assert capsys.readouterr().err.splitlines() == [
        f"trainer: warning: {a}:1: not valid JSON (Unterminated string starting at, column 10) (skipped)",
        f"trainer: warning: {a}:2: give either 'text' or 'html' (one of them, not empty) (skipped)",
        f"trainer: warning: {a}:3: unknown field 'headline' (known: text, html, id, title, outlet, author, published, url) (skipped)",
        f"trainer: warning: {a}:4: 'published' is not a date: 'last Tuesday' (skipped)",
        f"trainer: warning: {a}:5: expected a JSON object with 'text' or 'html' (skipped)",
        f"trainer: warning: {a}:6: no article text (skipped)",
        f"trainer: warning: {a}:7: no article text found in this page (skipped)",
        "trainer: no readable article: nothing to generate",
    ]
    assert not out.exists()


def test_without_skip_bad_a_bad_jsonl_line_stops_the_run(tmp_path, capsys):
    archive = jsonl(tmp_path / "news.jsonl", {"text": COOK}, "[1, 2")
    assert main(["generate", str(archive), "-o", str(tmp_path / "x.deck.yaml")]) == 1
    assert capsys.readouterr().err.startswith(f"trainer: {archive}:2: not valid JSON")


@pytest.mark.slow
def test_jsonl_records_become_articles_with_their_fields(nlp, tmp_path):
    page = (PAGES / "harbor-reopens.html").read_text(encoding="utf-8")
    archive = jsonl(
        tmp_path / "news.jsonl",
        {"text": COOK, "title": "Cook", "published": "2015-11-17", "url": "https://x.test/cook"},
        "",
        {"html": page, "id": "harbor", "outlet": "Harbor Times"},
        {"text": COOK},
    )
    out = tmp_path / "news.deck.yaml"
    assert main(["generate", str(archive), "-o", str(out)]) == 0
    cook, harbor, third = load_deck(out).sources
    assert (cook.id, cook.title, str(cook.published), cook.url) == (
        "cook",
        "Cook",
        "2015-11-17",
        "https://x.test/cook",
    )
    # a page's own metadata, where the line does not give its own
    assert (harbor.id, harbor.title, harbor.outlet, harbor.author) == (
        "harbor",
        "Harbor reopens after storm",
        "Harbor Times",
        "John Doe",
    )
    assert third.id == "news-4" and cook.path == harbor.path == "news.jsonl"


def test_bad_warc_records_each_give_one_line(tmp_path, capsys):
    archive = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            (
                "https://x.test/menu",
                "text/html",
                "200 OK",
                b"<html><body><nav>Home</nav></body></html>",
            ),
            ("https://x.test/logo.png", "image/png", "200 OK", b"\x89PNG\r\n"),
            ("https://x.test/gone", "text/html", "404 Not Found", b"<h1>gone</h1>"),
            ("https://x.test/big", "text/html", "200 OK", b"<p>x</p>" * 700_000),
        ],
        tail=b"this is not a WARC record\r\n",
    )
    assert main(["generate", str(archive), "--skip-bad", "-o", str(tmp_path / "x.deck.yaml")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[:2] == [
        f"trainer: warning: {archive}: record 2 (https://x.test/menu): no article text found in this page (skipped)",
        f"trainer: warning: {archive}: record 5 (https://x.test/big): too big (over 5 MB; the limit is 5 MB) (skipped)",
    ]
    assert lines[2].startswith(
        f"trainer: warning: {archive}: record 6: not a readable WARC record ("
    )
    assert lines[3:] == ["trainer: no readable article: nothing to generate"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_become_articles(nlp, tmp_path, name):
    pages = [
        ("https://gazette.test/2015/harbor-reopens", PAGES / "harbor-reopens.html"),
        ("https://gazette.test/2015/pentagon", PAGES / "pentagon-briefing.html"),
    ]
    archive = write_warc(
        tmp_path / name,
        [(uri, "text/html; charset=utf-8", "200 OK", p.read_bytes()) for uri, p in pages],
    )
    out = tmp_path / "crawl.deck.yaml"
    assert main(["generate", str(archive), "-o", str(out)]) == 0
    harbor, pentagon = load_deck(out).sources
    assert (harbor.id, harbor.title, harbor.url) == (
        "harbor-reopens",
        "Harbor reopens after storm",
        "https://gazette.test/2015/harbor-reopens",
    )
    # the page's canonical address wins over the archived one
    assert pentagon.url == "https://gazette.example/2015/11/17/pentagon-briefing.html"
    assert harbor.path == name


def test_glob_with_no_match_and_empty_folder_are_one_line_each(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    argv = ["generate", "news/*.html", "empty", "--skip-bad", "-o", "x.deck.yaml"]
    assert main(argv) == 1
    assert capsys.readouterr().err.splitlines() == [
        "trainer: warning: news/*.html: no article file matches this pattern (skipped)",
        "trainer: warning: empty: no articles in this directory "
        "(looked for .txt, .md, .html, .htm, .jsonl, .warc, .warc.gz) (skipped)",
        "trainer: no readable article: nothing to generate",
    ]


@pytest.mark.slow
def test_quoted_glob_and_folder_with_an_archive(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    for page in PAGES.glob("*.html"):
        (news / page.name).write_bytes(page.read_bytes())
    (news / "notes.csv").write_text("not an article\n", encoding="utf-8")
    assert main(["generate", "news/p*.html", "-o", "glob.deck.yaml"]) == 0
    assert [s.id for s in load_deck(tmp_path / "glob.deck.yaml").sources] == ["pentagon-briefing"]
    jsonl(news / "more.jsonl", {"text": COOK, "id": "cook"})
    assert main(["generate", "news", "-o", "all.deck.yaml"]) == 0
    assert [s.id for s in load_deck(tmp_path / "all.deck.yaml").sources] == [
        "harbor-reopens",
        "cook",
        "pentagon-briefing",
    ]
