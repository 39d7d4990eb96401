"""A local web site for the URL and feed tests: 127.0.0.1 only, a port the system picks.

Serves pages, a feed built from them, and every bad case a reader meets: a 404, a redirect
loop, a slow answer, a 20 MB page, a binary file, a page with no article in it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "data" / "pages"
SLOW_SECONDS = 1.5
HUGE_BYTES = 20 * 1024 * 1024


@dataclass
class Route:
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    body: bytes | Callable[[], bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (otherwise the body ends when the connection does)


@dataclass
class Site:
    base: str
    routes: dict[str, Route]
    requests: list[str]

    def url(self, path: str) -> str:
        return self.base + path

    def feed(self, items: list[tuple[str, str, str]], path: str = "/feed.xml") -> str:
        """Serve an RSS feed of (page path, title, RFC 822 date) items; its URL."""
        entries = "".join(
            f"<item><title>{title}</title><link>{self.url(page)}</link>"
            f"<pubDate>{when}</pubDate></item>"
            for page, title, when in items
        )
        rss = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test Gazette</title><link>{self.base}/</link>{entries}</channel></rss>"
        )
        self.routes[path] = Route(content_type="application/rss+xml", body=rss.encode())
        return self.url(path)


def bad_routes() -> dict[str, Route]:
    huge = b"<html><body>" + b"<p>filler</p>" * (HUGE_BYTES // 13) + b"</body></html>"
    return {
        "/missing.html": Route(status=404, body=b"<h1>Not Found</h1>"),
        "/loop-a": Route(status=302, headers={"Location": "/loop-b"}),
        "/loop-b": Route(status=302, headers={"Location": "/loop-a"}),
        "/slow.html": Route(body=(PAGES / "harbor-reopens.html").read_bytes(), delay=SLOW_SECONDS),
        "/huge.html": Route(body=huge),
        "/huge-unannounced.html": Route(body=huge, length=False),
        "/photo.bin": Route(content_type="application/octet-stream", body=bytes(range(256)) * 64),
        "/menu.html": Route(body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    }


def start_site() -> tuple[Site, Callable[[], None]]:
    """Start the site in a thread; returns it and the function that stops it."""
    routes: dict[str, Route] = {
        f"/pages/{p.name}": Route(body=p.read_bytes()) for p in sorted(PAGES.glob("*.html"))
    }
    routes.update(bad_routes())
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            requests.append(self.path)
            route = routes.get(self.path, Route(status=404, body=b"not found"))
            body = route.body() if callable(route.body) else route.body
            time.sleep(route.delay)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.length:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)
            except (ConnectionError, TimeoutError):
                pass  # the client gave up on purpose (size cap, timeout)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that hung up on purpose (size cap, timeout) is no error here

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    site = Site(f"http://{host}:{port}", routes, requests)

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return site, stop
