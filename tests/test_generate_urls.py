"""`trainer generate URL...` and `--feed` against a local web site (127.0.0.1 only).

Every failed URL gives its own one line; with --skip-bad the rest goes on. A guard makes any
look-up of another host fail at once, so no test can reach the network.
"""

from __future__ import annotations

import socket
import time

import pytest

from tests.conftest import corpus_files, needs_corpus
from tests.webserver import PAGES, SLOW_SECONDS, Route, Site, start_site
from trainer.cli import main
from trainer.decks import load_deck

PENTAGON = "/pages/pentagon-briefing.html"
HARBOR = "/pages/harbor-reopens.html"


@pytest.fixture(autouse=True)
def local_only(monkeypatch):
    """Only 127.0.0.1 resolves; any other name fails at once, as an unknown name does."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")


@pytest.fixture
def site():
    site, stop = start_site()
    yield site
    stop()


def bad_cases(site: Site) -> list[tuple[str, str]]:
    """(URL, its one line) for each way a page can fail."""
    u = site.url
    return [
        (u("/missing.html"), f"{u('/missing.html')}: HTTP 404 Not Found"),
        (u("/loop-a"), f"{u('/loop-a')}: redirect loop (/loop-a -> /loop-b -> /loop-a)"),
        (u("/slow.html"), f"{u('/slow.html')}: timed out (no answer within 0.3 s)"),
        (u("/huge.html"), f"{u('/huge.html')}: too big (20.0 MB; the limit is 5 MB)"),
        (
            u("/huge-unannounced.html"),
            f"{u('/huge-unannounced.html')}: too big (over 5 MB; the limit is 5 MB)",
        ),
        (
            u("/photo.bin"),
            f"{u('/photo.bin')}: not an HTML page (the server says application/octet-stream)",
        ),
        (u("/menu.html"), f"{u('/menu.html')}: no article text found in this page"),
        (
            "http://news.invalid/today.html",
            "http://news.invalid/today.html: cannot find the server news.invalid "
            "(DNS lookup failed)",
        ),
    ]


def test_each_bad_url_gives_its_one_line(site, tmp_path, capsys):
    out = tmp_path / "x.deck.yaml"
    cases = bad_cases(site)
    started = time.monotonic()
    argv = ["generate", *[url for url, _ in cases], "--skip-bad", "--timeout", "0.3"]
    assert main([*argv, "-o", str(out)]) == 1
    assert time.monotonic() - started < SLOW_SECONDS + 5  # the slow page did not hold it up
    expected = [f"trainer: warning: {line} (skipped)" for _, line in cases]
    assert capsys.readouterr().err.splitlines() == [
        *expected,
        "trainer: no readable article: nothing to generate",
    ]
    assert not out.exists()


def test_without_skip_bad_the_first_bad_url_stops_the_run(site, tmp_path, capsys):
    out = tmp_path / "x.deck.yaml"
    missing = site.url("/missing.html")
    assert main(["generate", missing, site.url(PENTAGON), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"trainer: {missing}: HTTP 404 Not Found\n"
    assert PENTAGON not in site.requests  # stopped before fetching the rest
    assert not out.exists()


def test_nothing_to_read_is_one_line(tmp_path, capsys):
    assert main(["generate", "-o", str(tmp_path / "x.deck.yaml")]) == 1
    assert capsys.readouterr().err == (
        "trainer: nothing to read: give article files, folders, URLs or --feed\n"
    )
    assert main(["generate", str(PAGES), "--limit", "2", "-o", str(tmp_path / "x.deck.yaml")]) == 1
    assert capsys.readouterr().err == (
        "trainer: --since and --limit choose among a feed's entries: give --feed too\n"
    )


def test_http_proxy_is_used_and_no_proxy_bypasses_it(site, tmp_path, capsys, monkeypatch):
    out = str(tmp_path / "x.deck.yaml")
    monkeypatch.setenv("http_proxy", site.base)  # the local site answers as the proxy
    monkeypatch.setenv("no_proxy", "localhost")
    monkeypatch.delenv("NO_PROXY")
    page = "http://news.invalid/missing.html"
    assert main(["generate", page, "-o", out]) == 1
    assert capsys.readouterr().err == f"trainer: {page}: HTTP 404 Not Found\n"
    assert site.requests == [page]  # asked of the proxy; news.invalid was never looked up

    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # nothing listens there
    missing = site.url("/missing.html")
    assert main(["generate", missing, "-o", out]) == 1
    assert capsys.readouterr().err == (
        f"trainer: {missing}: cannot reach the proxy (set by http_proxy/https_proxy; "
        "no_proxy lists hosts to reach directly)\n"
    )
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    assert main(["generate", missing, "-o", out]) == 1
    assert capsys.readouterr().err == f"trainer: {missing}: HTTP 404 Not Found\n"


@pytest.mark.slow
def test_pages_by_url_with_bad_ones_skipped(nlp, site, tmp_path, capsys):
    out = tmp_path / "news.deck.yaml"
    bad = [url for url, _ in bad_cases(site)]
    argv = ["generate", site.url(PENTAGON), *bad, site.url(HARBOR), "--skip-bad"]
    assert main([*argv, "--timeout", "0.3", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("(skipped)\n") == len(bad)
    assert "from 2 articles" in captured.out
    deck = load_deck(out)
    pentagon, harbor = deck.sources
    assert (pentagon.id, pentagon.title, pentagon.outlet, pentagon.author) == (
        "pentagon-briefing",
        "Pentagon welcomes advance warning of strikes",
        "Test Gazette",
        "Jane Roe",
    )
    assert str(pentagon.published) == "2015-11-17"
    # the page's canonical address; a page without one keeps the address it was fetched from
    assert pentagon.url == "https://gazette.example/2015/11/17/pentagon-briefing.html"
    assert harbor.url == site.url(HARBOR) and pentagon.path == harbor.path == ""
    assert {c.answer for c in deck.cards if c.kind == "who_said"} == {"Peter Cook", "Anna Lind"}


@needs_corpus
@pytest.mark.slow
def test_corpus_pages_by_url_match_the_saved_pages(nlp, site, tmp_path):
    pages = corpus_files(".html")[:2]
    for page in pages:
        site.routes[f"/corpus/{page.name}"] = Route(body=page.read_bytes())
    by_url, by_file = tmp_path / "url.deck.yaml", tmp_path / "file.deck.yaml"
    urls = [site.url(f"/corpus/{p.name}") for p in pages]
    assert main(["generate", *urls, "-o", str(by_url), "--id", "d", "--title", "T"]) == 0
    assert (
        main(["generate", *map(str, pages), "-o", str(by_file), "--id", "d", "--title", "T"]) == 0
    )
    url_deck, file_deck = load_deck(by_url), load_deck(by_file)
    assert url_deck.cards == file_deck.cards
    for fetched, saved in zip(url_deck.sources, file_deck.sources, strict=True):
        assert (fetched.title, fetched.outlet, fetched.published) == (
            saved.title,
            saved.outlet,
            saved.published,
        )
        assert fetched.title and fetched.url.startswith("https://")


# -- feeds -------------------------------------------------------------------


@pytest.mark.slow
def test_a_daily_feed_run_grows_one_deck_and_keeps_card_ids(nlp, site, tmp_path, capsys):
    out = tmp_path / "news.deck.yaml"
    feed = site.feed([(PENTAGON, "Pentagon", "Tue, 17 Nov 2015 10:00:00 GMT")])
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 0
    first = load_deck(out)
    assert [s.id for s in first.sources] == ["pentagon-briefing"]

    # the next day the feed lists a new article (twice, by mistake) above the old one
    site.feed(
        [
            (HARBOR, "Harbor", "Wed, 18 Nov 2015 08:30:00 GMT"),
            (HARBOR, "Harbor", "Wed, 18 Nov 2015 08:30:00 GMT"),
            (PENTAGON, "Pentagon", "Tue, 17 Nov 2015 10:00:00 GMT"),
        ]
    )
    site.requests.clear()
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 0
    grown = load_deck(out)
    assert [s.id for s in grown.sources] == ["pentagon-briefing", "harbor-reopens"]
    assert PENTAGON not in site.requests  # seen: not fetched again
    assert site.requests.count(HARBOR) == 1
    old_ids = {c.id for c in first.cards}
    assert old_ids and old_ids <= {c.id for c in grown.cards}  # review history stays attached

    # the grown deck is the deck of both articles made in one go
    both = tmp_path / "both.deck.yaml"
    pages = [site.url(PENTAGON), site.url(HARBOR)]
    assert main(["generate", *pages, "-o", str(both), "--id", "news", "--title", grown.title]) == 0
    assert load_deck(both).cards == grown.cards

    # a third run with nothing new writes the same deck and fetches no page
    site.requests.clear()
    before = out.read_bytes()
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 0
    assert out.read_bytes() == before and site.requests == ["/feed.xml"]
    capsys.readouterr()


@pytest.mark.slow
def test_feed_since_and_limit_choose_among_new_entries(nlp, site, tmp_path):
    feed = site.feed(
        [
            ("/pages/harbor-reopens.html", "Harbor", "Wed, 18 Nov 2015 08:30:00 GMT"),
            ("/pages/pentagon-briefing.html", "Pentagon", "Tue, 17 Nov 2015 10:00:00 GMT"),
            ("/missing.html", "Old story", "Mon, 02 Nov 2015 10:00:00 GMT"),
        ]
    )
    out = tmp_path / "news.deck.yaml"
    argv = ["generate", "--feed", feed, "--since", "2015-11-10", "--limit", "1"]
    assert main([*argv, "-o", str(out)]) == 0
    assert [s.id for s in load_deck(out).sources] == ["harbor-reopens"]  # the newest one
    assert main([*argv, "-o", str(out)]) == 0  # the next run takes the next newest
    assert [s.id for s in load_deck(out).sources] == ["harbor-reopens", "pentagon-briefing"]
    assert "/missing.html" not in site.requests  # before --since: never fetched


def test_feed_errors_are_one_line(site, tmp_path, capsys):
    out = tmp_path / "x.deck.yaml"
    not_a_feed = tmp_path / "notes.xml"
    not_a_feed.write_text("just some words\n", encoding="utf-8")
    missing = site.url("/missing.html")
    argv = ["generate", "--feed", missing, "--feed", str(not_a_feed), "--feed", site.url(PENTAGON)]
    assert main([*argv, "--skip-bad", "-o", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"trainer: warning: {missing}: HTTP 404 Not Found (skipped)",
        f"trainer: warning: {not_a_feed}: not an RSS or Atom feed (skipped)",
        f"trainer: warning: {site.url(PENTAGON)}: not a feed (the server says text/html) (skipped)",
        "trainer: no readable article: nothing to generate",
    ]


@pytest.mark.slow
def test_a_failed_write_keeps_nothing_so_the_next_run_fetches_again(
    nlp, site, tmp_path, data_dir, monkeypatch, capsys
):
    import os

    feed = site.feed([(PENTAGON, "Pentagon", "Tue, 17 Nov 2015 10:00:00 GMT")])
    out = tmp_path / "news.deck.yaml"
    with monkeypatch.context() as patch:
        patch.setattr(
            os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(28, "No space"))
        )
        assert main(["generate", "--feed", feed, "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"trainer: {out}: cannot write (No space)\n"
    assert not out.exists() and not list(data_dir.glob("feeds/*"))
    site.requests.clear()
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 0
    assert PENTAGON in site.requests
    assert [s.id for s in load_deck(out).sources] == ["pentagon-briefing"]


@pytest.mark.slow
def test_a_feed_that_fails_one_day_does_not_shrink_the_deck(nlp, site, tmp_path, capsys):
    out = tmp_path / "news.deck.yaml"
    feed = site.feed([(PENTAGON, "Pentagon", "Tue, 17 Nov 2015 10:00:00 GMT")])
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 0
    before = out.read_bytes()
    site.routes["/feed.xml"] = Route(status=503, body=b"down for maintenance")
    capsys.readouterr()
    assert main(["generate", "--feed", feed, "-o", str(out)]) == 1  # stops: the deck is untouched
    assert capsys.readouterr().err == f"trainer: {feed}: HTTP 503 Service Unavailable\n"
    assert main(["generate", "--feed", feed, "--skip-bad", "-o", str(out)]) == 0
    assert "HTTP 503 Service Unavailable (skipped)" in capsys.readouterr().err
    assert out.read_bytes() == before  # yesterday's articles are still in it
