"""Fetch a web page for `trainer generate URL`: one clear line for every way a fetch fails.

trafilatura's own fetcher (`fetch_url`/`fetch_response`) answers None for every failure and
only logs why, so it cannot tell the reader "DNS lookup failed" from "HTTP 404" or "redirect
loop". We fetch with urllib3 (the library trafilatura's fetcher is built on) and give the
bytes to trafilatura for the text and metadata, as for a saved page.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from trainer import __version__
from trainer.articles import MAX_BYTES, ArticleError, article_from_html
from trainer.model import Article, slugify

if TYPE_CHECKING:
    import urllib3

DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 10
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
USER_AGENT = f"trainer/{__version__} (news quiz generator)"
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(ArticleError):
    """A URL that gave no page; the message starts with the URL."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https")


class Fetcher:
    """GETs with a time limit for the whole transfer and a size cap, following redirects."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> None:
        import urllib3

        self.timeout = timeout
        self.max_bytes = max_bytes
        self.headers = {"User-Agent": USER_AGENT, **urllib3.util.make_headers(accept_encoding=True)}
        self.pools: dict[str, urllib3.PoolManager] = {}

    def _pool(self, url: str) -> urllib3.PoolManager:
        """A direct connection, or the proxy of http(s)_proxy unless no_proxy names the host."""
        import urllib.request

        import urllib3

        proxy = urllib.request.getproxies().get(urlsplit(url).scheme.lower(), "")
        if proxy and urllib.request.proxy_bypass(urlsplit(url).hostname or ""):
            proxy = ""
        if proxy not in self.pools:
            self.pools[proxy] = (
                urllib3.ProxyManager(proxy, headers=self.headers, retries=False)
                if proxy
                else urllib3.PoolManager(headers=self.headers, retries=False)
            )
        return self.pools[proxy]

    def get(self, url: str, accept: tuple[str, ...] = HTML_TYPES) -> Page:
        chain = [url]
        while True:
            response = self._request(url, chain[0])
            if response.status in REDIRECTS and response.headers.get("Location"):
                response.drain_conn()
                response.release_conn()
                target = urljoin(url, response.headers["Location"])
                if target in chain:
                    hops = " -> ".join(_short(u, chain[0]) for u in [*chain, target])
                    raise FetchError(f"{chain[0]}: redirect loop ({hops})")
                if len(chain) > MAX_REDIRECTS:
                    raise FetchError(f"{chain[0]}: more than {MAX_REDIRECTS} redirects")
                chain.append(target)
                url = target
                continue
            try:
                page = self._page(url, chain[0], response, accept)
            except FetchError:
                response.close()  # stopped mid-body: the connection cannot be reused
                raise
            response.release_conn()
            return page

    def _request(self, url: str, asked: str) -> urllib3.BaseHTTPResponse:
        import urllib3

        if not is_url(url):
            raise FetchError(f"{asked}: not an http(s) address: {url}")
        try:
            return self._pool(url).request(
                "GET",
                url,
                redirect=False,
                preload_content=False,
                timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout),
            )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"{asked}: {_reason(exc, self.timeout)}") from None

    def _page(
        self, url: str, asked: str, response: urllib3.BaseHTTPResponse, accept: tuple[str, ...]
    ) -> Page:
        import urllib3

        if response.status != 200:
            raise FetchError(f"{asked}: HTTP {response.status} {response.reason or ''}".rstrip())
        content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type and content_type not in accept:
            what = "an HTML page" if accept == HTML_TYPES else "a feed"
            raise FetchError(f"{asked}: not {what} (the server says {content_type})")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise FetchError(f"{asked}: {_too_big(int(length), self.max_bytes)}")
        deadline = time.monotonic() + self.timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(2**16):  # decompressed: the cap holds for gzip too
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"{asked}: {_too_big(size, self.max_bytes, more=True)}")
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"{asked}: timed out (no whole page within {self.timeout:g} s)"
                    )
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"{asked}: {_reason(exc, self.timeout)}") from None
        body = b"".join(chunks)
        if b"\x00" in body[:8192]:
            raise FetchError(f"{asked}: binary file, not a page")
        if not body.strip():
            raise FetchError(f"{asked}: empty page")
        return Page(url, content_type, body)


def read_url(url: str, fetcher: Fetcher) -> Article:
    """The article at `url`: its main text and metadata, as for a saved .html page."""
    page = fetcher.get(url)
    article = article_from_html(page.body, url, id=url_slug(page.url))
    if not is_url(article.url):  # no canonical address in the page: the one we fetched
        article = replace(article, url=page.url)
    return article


def url_slug(url: str) -> str:
    """'https://x.com/2019/11/20/emirates-order.html' -> 'emirates-order'."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    if not last or last.isdigit() or last in ("index", "article", "story"):
        last = "-".join([parts.hostname or "", *segments])
    return slugify(last)


def _short(url: str, first: str) -> str:
    """A URL on the same server as `first` as its path: the hops of a loop stay readable."""
    a, b = urlsplit(url), urlsplit(first)
    return (
        url
        if (a.scheme, a.netloc) != (b.scheme, b.netloc)
        else (a.path or "/") + (f"?{a.query}" if a.query else "")
    )


def _too_big(size: int, limit: int, more: bool = False) -> str:
    mb = 1024 * 1024
    amount = f"over {limit / mb:g} MB" if more else f"{size / mb:.1f} MB"
    return f"too big ({amount}; the limit is {limit / mb:g} MB)"


def _reason(exc: Exception, timeout: float) -> str:
    """One line for a urllib3 error: what went wrong in the reader's words."""
    import urllib3.exceptions as e

    if isinstance(exc, e.MaxRetryError) and exc.reason is not None:
        exc = exc.reason
    if isinstance(exc, e.ProxyError):
        return "cannot reach the proxy (set by http_proxy/https_proxy; no_proxy lists hosts to reach directly)"
    if isinstance(exc, e.NameResolutionError):
        return f"cannot find the server {exc.conn.host} (DNS lookup failed)"
    if isinstance(exc, e.ConnectTimeoutError):
        return f"timed out connecting (no answer within {timeout:g} s)"
    if isinstance(exc, e.ReadTimeoutError):
        return f"timed out (no answer within {timeout:g} s)"
    if isinstance(exc, e.NewConnectionError):
        return "cannot connect (connection refused or unreachable)"
    if isinstance(exc, e.SSLError):
        return "secure connection failed (TLS/certificate error)"
    if isinstance(exc, e.LocationParseError | e.LocationValueError):
        return "not a valid address"
    if isinstance(exc, e.ProtocolError):
        return "the connection broke off"
    return f"download failed ({type(exc).__name__})"
