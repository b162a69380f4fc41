"""A local HTTP server for the web tests (aiohttp's test server on 127.0.0.1), and a
news page written for them. Nothing here touches the internet."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import AsyncIterator, Iterator

from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.web.fetch import FetchLimits

NEWS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour council approves new ferry route | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2026-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Harbour council approves new ferry route</h1>
<p class="byline">By Maria Lindqvist</p>
<p>The harbour council voted on Tuesday to open a ferry route between the old port and
the island of Skarvö, ending a decade of debate over how to link the two towns.</p>
<p>"This is the most important decision the council has taken in a generation," said
council leader Henrik Dahl, who had campaigned for the route since 2019.</p>
<p>The ferry will run every forty minutes in summer and every hour in winter, according
to plans published by the transport office, and is expected to carry 300,000 passengers
a year.</p>
<p>Opponents warned that the cost had been underestimated. "The numbers do not add up,"
said Ingrid Berg, who leads the opposition group on the council.</p>
<p>Construction of a new pier is due to begin in the autumn, and the first sailings are
planned for the spring of next year.</p>
</article>
<footer>Copyright Coastal Herald. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[tuple[str, FetchLimits]]:
    """Run `app` on 127.0.0.1; yields its base URL and limits that allow it."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        host = f"127.0.0.1:{server.port}"
        yield f"http://{host}", FetchLimits(allow_hosts=frozenset({host}))
    finally:
        await server.close()


def page_app(pages: dict[str, str | bytes], content_type: str = "text/html") -> web.Application:
    """An app serving fixed pages by path."""

    async def handler(request: web.Request) -> web.Response:
        body = pages.get(request.path)
        if body is None:
            raise web.HTTPNotFound()
        data = body.encode() if isinstance(body, str) else body
        return web.Response(body=data, content_type=content_type, charset="utf-8")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    return app


class _Pages(http.server.BaseHTTPRequestHandler):
    """Fixed pages for tests that run the bot's own event loop (the CLI, the cogs)."""

    def do_GET(self) -> None:
        if self.path == "/story.html":
            body, kind = NEWS_PAGE.encode(), "text/html; charset=utf-8"
        elif self.path == "/photo.jpg":
            body, kind = b"\xff\xd8\xff", "image/jpeg"
        elif self.path == "/index.html":
            body, kind = b"<html><body><a href='/story.html'>News</a></body></html>", "text/html"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def threaded_server() -> Iterator[str]:
    """Serve /story.html, /photo.jpg and /index.html on 127.0.0.1 in a thread; yields
    its host:port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
