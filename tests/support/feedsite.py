"""A local news site for the feed tests and the feeds bench: article pages and feeds in
RSS 2.0, Atom and RDF, with ETag / Last-Modified and 304s, counting what it served.
The stories are invented here, in news style; nothing touches the internet."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from aiohttp import web

TOWNS = ("Northfield", "Kestrel Bay", "Ashbourne", "Millbrook", "Larchmont", "Eastwick")
TOPICS = (
    ("bridge", "the repair of the old river bridge", "engineers"),
    ("library", "a new public library", "readers"),
    ("tram", "a tram line to the hospital", "commuters"),
    ("harbour", "dredging the harbour", "fishermen"),
    ("school", "a larger primary school", "parents"),
    ("market", "moving the weekly market", "traders"),
)
PEOPLE = (
    ("Helena Varga", "the mayor"),
    ("Oskar Lind", "the council's finance chief"),
    ("Priya Natarajan", "head of the planning office"),
    ("Jonas Weber", "leader of the opposition"),
)
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Story:
    slug: str
    title: str
    published: datetime
    speaker: str
    role: str
    quote: str
    paragraphs: tuple[str, ...]


def story(n: int, feed: int = 0) -> Story:
    """Story `n` of feed `feed`: a council decision in a town, with a quote."""
    town = TOWNS[(n + feed) % len(TOWNS)]
    key, topic, group = TOPICS[(n * 5 + feed) % len(TOPICS)]
    speaker, role = PEOPLE[(n + 2 * feed) % len(PEOPLE)]
    amount = 2 + (n * 7 + feed * 3) % 40
    title = f"{town} council backs {key} plan, vote {n} of feed {feed}"
    quote = (
        f"We have waited long enough for {topic}, and the {group} of {town} deserve "
        "an answer this year"
    )
    paragraphs = (
        f"The {town} town council voted on Tuesday to spend {amount} million euros on "
        f"{topic}, after a debate that lasted late into the evening.",
        f'"{quote}," said {speaker}, {role}, after the vote.',
        "The plan was approved by a narrow majority, and work is due to start in the "
        "autumn. Officials said the cost would be shared with the regional government.",
        f"Critics said the council had not consulted the {group} who would be affected "
        f"most, and called for a public meeting before any contract is signed.",
        "The council will publish the full budget for the project next month, "
        "according to a statement released after the meeting.",
    )
    return Story(
        slug=f"feed-{feed}/story-{n}",
        title=title,
        published=START + timedelta(hours=n, minutes=feed),
        speaker=speaker,
        role=role,
        quote=quote,
        paragraphs=paragraphs,
    )


def page(s: Story, site: str = "Valley Courier") -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(s.title)} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{s.published.isoformat()}">
</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>{escape(s.title)}</h1>{body}</article>
<footer>Copyright {site}. Subscribe to our newsletter.</footer></body></html>"""


def rss(stories: list[Story], base: str, title: str = "Valley Courier") -> str:
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{base}/{s.slug}</link>"
        f"<guid>{base}/{s.slug}</guid><pubDate>{format_datetime(s.published)}</pubDate>"
        f"<description>{escape(s.paragraphs[0])}</description></item>"
        for s in reversed(stories)  # newest first, as feeds list them
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>Local news</description>"
        f"{items}</channel></rss>"
    )


def atom(stories: list[Story], base: str, title: str = "Valley Courier") -> str:
    entries = "".join(
        f"<entry><title>{escape(s.title)}</title><link href='{base}/{s.slug}'/>"
        f"<id>urn:courier:{s.slug}</id><updated>{s.published.isoformat()}</updated>"
        f"<summary>{escape(s.paragraphs[0])}</summary></entry>"
        for s in reversed(stories)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><link href='{base}/'/><id>urn:courier</id>"
        f"<updated>{START.isoformat()}</updated>{entries}</feed>"
    )


def rdf(stories: list[Story], base: str, title: str = "Valley Courier") -> str:
    items = "".join(
        f"<item rdf:about='{base}/{s.slug}'><title>{escape(s.title)}</title>"
        f"<link>{base}/{s.slug}</link><dc:date>{s.published.isoformat()}</dc:date>"
        f"<description>{escape(s.paragraphs[0])}</description></item>"
        for s in reversed(stories)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel rdf:about='{base}/'><title>{title}</title><link>{base}/</link>"
        f"<description>Local news</description></channel>{items}</rdf:RDF>"
    )


FORMATS = {"rss": rss, "atom": atom, "rdf": rdf}
TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "rdf": "application/rdf+xml",
}


@dataclass
class FeedSite:
    """Feeds at /feeds/<name>.xml, pages at /<slug>, a home page naming feed 'main'.
    Tests change `feeds`, `status` or `raw` between polls."""

    base: str = ""
    feeds: dict[str, tuple[str, list[Story]]] = field(default_factory=dict)  # name -> fmt
    status: dict[str, int] = field(default_factory=dict)  # path -> forced HTTP status
    raw: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path -> (type, body)
    conditional: bool = True
    validator: str = "etag"  # or "last-modified"
    served: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)

    def add_feed(self, name: str, stories: list[Story], fmt: str = "rss") -> str:
        self.feeds[name] = (fmt, stories)
        return f"{self.base}/feeds/{name}.xml"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path in self.status:
            return web.Response(status=self.status[path], text="unavailable")
        if path in self.raw:
            kind, data = self.raw[path]
            self.served[path] += 1
            return web.Response(body=data, content_type=kind)
        if path.startswith("/feeds/") and path.endswith(".xml"):
            name = path[len("/feeds/") : -len(".xml")]
            if name not in self.feeds:
                raise web.HTTPNotFound()
            fmt, stories = self.feeds[name]
            body = FORMATS[fmt](stories, self.base).encode("utf-8")
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            changed = format_datetime(max((s.published for s in stories), default=START), True)
            if self.validator == "etag":
                headers, asked = {"ETag": etag}, request.headers.get("If-None-Match") == etag
            else:
                headers = {"Last-Modified": changed}
                asked = request.headers.get("If-Modified-Since") == changed
            if self.conditional and asked:
                self.not_modified[path] += 1
                return web.Response(status=304, headers=headers)
            self.served[path] += 1
            return web.Response(body=body, content_type=TYPES[fmt], headers=headers)
        if path == "/":
            self.served[path] += 1
            html = (
                "<!doctype html><html><head><title>Valley Courier</title>"
                '<link rel="alternate" type="application/rss+xml" href="/feeds/main.xml">'
                "</head><body><p>Home</p></body></html>"
            )
            return web.Response(text=html, content_type="text/html")
        for _fmt, stories in self.feeds.values():
            for s in stories:
                if path == f"/{s.slug}":
                    self.served[path] += 1
                    return web.Response(text=page(s), content_type="text/html")
        raise web.HTTPNotFound()

    def pages_served(self) -> int:
        return sum(n for p, n in self.served.items() if "/story-" in p)
