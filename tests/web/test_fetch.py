"""The fetcher against a local server: what it refuses, its limits, conditional GET."""

from __future__ import annotations

import asyncio
import gzip
import socket
import zlib
from dataclasses import replace

import aiohttp
import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.web.fetch import _POLICIES, FetchError, FetchLimits, fetch, open_session, refusal
from tests.support.webserver import NEWS_PAGE, page_app, serve


async def test_fetches_a_page_with_its_metadata_and_user_agent() -> None:
    seen: dict[str, str] = {}

    async def handler(request: web.Request) -> web.Response:
        seen["ua"] = request.headers.get("User-Agent", "")
        return web.Response(text=NEWS_PAGE, content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_get("/story", handler)
    async with serve(app) as (base, limits):
        result = await fetch(f"{base}/story#comments", limits=limits)
    assert result.status == 200 and not result.not_modified
    assert result.content_type == "text/html" and result.charset == "utf-8"
    assert result.final_url == f"{base}/story"
    assert "Harbour council approves" in result.text()
    assert "ArticleBot" in seen["ua"]


async def test_loopback_is_refused_unless_allowed() -> None:
    async with serve(page_app({"/": NEWS_PAGE})) as (base, _allowed):
        with pytest.raises(FetchError, match=r"refused: 127.0.0.1 is a loopback"):
            await fetch(base + "/", limits=FetchLimits())


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1:8080/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:10.0.0.7]/", "private"),
        ("http://[fe80::1]/", "link-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://100.64.0.1/", "public"),
        ("http://localhost/", "loopback"),
        ("http://0x7f000001/", "loopback"),  # 127.0.0.1 in hex, resolved by the system
    ],
)
async def test_internal_addresses_are_refused(url: str, why: str) -> None:
    with pytest.raises(FetchError, match=f"refused: .*{why}"):
        await fetch(url, limits=FetchLimits(timeout=2))


def test_public_addresses_pass_the_check() -> None:
    import ipaddress

    assert refusal(ipaddress.ip_address("93.184.216.34")) is None
    assert refusal(ipaddress.ip_address("2606:2800:220:1:248:1893:25c8:1946")) is None
    assert refusal(ipaddress.ip_address("::ffff:192.168.1.1")) is not None


class FakeResolver(AbstractResolver):
    """Resolves names from a table, as a DNS server an attacker controls might."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "not known")
        return [
            {
                "hostname": host,
                "host": self.table[host],
                "port": port,
                "family": socket.AF_INET,
                "proto": 0,
                "flags": 0,
            }
        ]

    async def close(self) -> None:
        return None


async def test_a_name_that_resolves_to_a_private_address_is_refused_at_connect() -> None:
    resolver = FakeResolver({"intranet.example": "10.0.0.5", "home.example": "127.0.0.1"})
    limits = FetchLimits(timeout=2)
    async with open_session(limits, resolver=resolver) as session:
        with pytest.raises(FetchError, match=r"refused: intranet.example points to 10.0.0.5"):
            await fetch("http://intranet.example/", limits=limits, session=session)
        with pytest.raises(FetchError, match=r"refused: home.example points to 127.0.0.1"):
            await fetch("http://home.example/", limits=limits, session=session)
        with pytest.raises(FetchError, match=r"could not find the host nowhere.example"):
            await fetch("http://nowhere.example/", limits=limits, session=session)


async def test_the_connection_goes_to_the_checked_address() -> None:
    """An allowed name is connected at the address the resolver returned."""
    async with serve(page_app({"/": NEWS_PAGE})) as (base, _limits):
        port = int(base.rsplit(":", 1)[1])
        limits = FetchLimits(allow_hosts=frozenset({f"news.example:{port}"}))
        resolver = FakeResolver({"news.example": "127.0.0.1"})
        async with open_session(limits, resolver=resolver) as session:
            result = await fetch(f"http://news.example:{port}/", limits=limits, session=session)
    assert b"Skarv" in result.body


@pytest.mark.parametrize(
    "url", ["ftp://example.com/file", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/"]
)
async def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        await fetch(url)


async def test_not_a_link() -> None:
    for odd in ("http://", "http://2130706433/", "http://127.1/", "www.example.com/news"):
        with pytest.raises(FetchError):
            await fetch(odd, limits=FetchLimits(timeout=2))
    with pytest.raises(FetchError, match="too long"):
        await fetch("http://example.com/" + "a" * 3000)


async def test_redirects_are_followed_and_checked_on_every_hop() -> None:
    app = web.Application()

    async def go(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    async def story(request: web.Request) -> web.Response:
        return web.Response(text=NEWS_PAGE, content_type="text/html")

    app.router.add_get("/go", go)
    app.router.add_get("/loop", loop)
    app.router.add_get("/story", story)
    async with serve(app) as (base, limits):
        result = await fetch(f"{base}/go?to=/story", limits=limits)
        assert result.final_url == f"{base}/story"
        for target in ("http://10.0.0.1/admin", "http://[::1]:8080/", "http://127.0.0.1:1/"):
            with pytest.raises(FetchError, match="refused"):
                await fetch(f"{base}/go?to={target}", limits=limits)
        with pytest.raises(FetchError, match="only http and https"):
            await fetch(f"{base}/go?to=file:///etc/passwd", limits=limits)
        with pytest.raises(FetchError, match="too many redirects"):
            await fetch(f"{base}/loop", limits=limits)


def _chunked_app(body: bytes, *, headers: dict[str, str] | None = None) -> web.Application:
    """Streams `body` in chunks without a Content-Length."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html", **(headers or {})})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(body), 32 * 1024):
            await response.write(body[start : start + 32 * 1024])
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_get("/", handler)
    return app


async def test_size_cap_with_and_without_content_length() -> None:
    big = b"<html><body>" + b"<p>word</p>" * 3000 + b"</body></html>"
    async with serve(page_app({"/": big})) as (base, limits):
        with pytest.raises(FetchError, match="too large"):
            await fetch(base + "/", limits=replace(limits, max_bytes=10_000))
        assert len((await fetch(base + "/", limits=limits)).body) == len(big)
    async with serve(_chunked_app(big)) as (base, limits):
        with pytest.raises(FetchError, match="too large"):
            await fetch(base + "/", limits=replace(limits, max_bytes=10_000))


async def test_gzip_bomb_stops_at_the_cap() -> None:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * 1_000_000
    bomb = b"".join(squeeze.compress(block) for _ in range(40)) + squeeze.flush()
    assert len(bomb) < 100_000  # 40 MB of spaces in a few kilobytes
    async with serve(_chunked_app(bomb, headers={"Content-Encoding": "gzip"})) as (base, limits):
        with pytest.raises(FetchError, match=r"too large \(over 5 MB\)"):
            await fetch(base + "/", limits=limits)


async def test_compressed_pages_are_decoded() -> None:
    page = NEWS_PAGE.encode()
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    encodings = {
        "gzip": gzip.compress(page),
        "deflate": zlib.compress(page),
        "x-gzip": gzip.compress(page[:500]) + gzip.compress(page[500:]),  # two members
    }
    for name, data in encodings.items():
        async with serve(_chunked_app(data, headers={"Content-Encoding": name})) as (base, lim):
            assert (await fetch(base + "/", limits=lim)).body == page, name
    raw = raw_deflate.compress(page) + raw_deflate.flush()
    async with serve(_chunked_app(raw, headers={"Content-Encoding": "deflate"})) as (base, lim):
        assert (await fetch(base + "/", limits=lim)).body == page
    headers = {"Content-Encoding": "gzip"}
    async with serve(_chunked_app(b"not gzip at all", headers=headers)) as (base, lim):
        with pytest.raises(FetchError, match="corrupt"):
            await fetch(base + "/", limits=lim)
    async with serve(_chunked_app(page, headers={"Content-Encoding": "zz"})) as (base, lim):
        with pytest.raises(FetchError, match="unsupported compression"):
            await fetch(base + "/", limits=lim)


async def test_timeout() -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(3)
        return web.Response(text=NEWS_PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", slow)
    async with serve(app) as (base, limits):
        with pytest.raises(FetchError, match=r"timed out after 0.3 s"):
            await fetch(base + "/", limits=replace(limits, timeout=0.3))


async def test_content_type_is_checked() -> None:
    async with serve(page_app({"/": b"\x89PNG..."}, content_type="image/png")) as (base, lim):
        with pytest.raises(FetchError, match=r"not an HTML page \(image/png\)"):
            await fetch(base + "/", limits=lim)
    rss = "<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>"
    async with serve(page_app({"/": rss}, content_type="application/rss+xml")) as (base, lim):
        with pytest.raises(FetchError, match="not an HTML page"):
            await fetch(base + "/", limits=lim)
        assert (await fetch(base + "/", limits=lim, accept="feed")).body.startswith(b"<?xml")
    async with serve(page_app({"/": NEWS_PAGE, "/t": "plain words"}, "text/plain")) as (b, lim):
        assert (await fetch(b + "/", limits=lim)).body.startswith(b"<!doctype")
        with pytest.raises(FetchError, match=r"not an HTML page \(text/plain\)"):
            await fetch(b + "/t", limits=lim)


async def test_http_errors_are_one_line_with_the_status() -> None:
    async def broken(request: web.Request) -> web.Response:
        raise web.HTTPInternalServerError()

    async with serve(page_app({})) as (base, limits):
        with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$") as caught:
            await fetch(base + "/missing", limits=limits)
        assert caught.value.status == 404
    error_app = web.Application()
    error_app.router.add_get("/", broken)
    async with serve(error_app) as (base, limits):
        with pytest.raises(FetchError, match=r"^HTTP 500 Internal Server Error$"):
            await fetch(base + "/", limits=limits)


async def test_conditional_get() -> None:
    seen: list[tuple[str | None, str | None]] = []
    stamp = "Sat, 14 Mar 2026 09:30:00 GMT"

    async def handler(request: web.Request) -> web.Response:
        tag, since = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        seen.append((tag, since))
        if tag == '"v1"' or since == stamp:
            return web.Response(status=304, headers={"ETag": '"v1"'})
        return web.Response(
            text=NEWS_PAGE,
            content_type="text/html",
            headers={"ETag": '"v1"', "Last-Modified": stamp},
        )

    app = web.Application()
    app.router.add_get("/", handler)
    async with serve(app) as (base, limits):
        first = await fetch(base + "/", limits=limits)
        assert first.etag == '"v1"' and first.last_modified == stamp and not first.not_modified
        again = await fetch(base + "/", limits=limits, etag=first.etag)
        assert again.not_modified and again.status == 304 and again.body == b""
        dated = await fetch(base + "/", limits=limits, last_modified=first.last_modified)
        assert dated.not_modified
    assert seen == [(None, None), ('"v1"', None), (None, stamp)]


async def test_per_host_concurrency_limit() -> None:
    active = peak = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.05)
        active -= 1
        return web.Response(text=NEWS_PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", handler)
    async with serve(app) as (base, limits):
        limits = replace(limits, per_host=2)
        async with open_session(limits) as session:
            results = await asyncio.gather(
                *(fetch(base + "/", limits=limits, session=session) for _ in range(6))
            )
            assert _POLICIES[session].gates == {}  # nothing kept once the host is idle
    assert len(results) == 6 and peak == 2


async def test_a_plain_session_is_not_accepted() -> None:
    async with aiohttp.ClientSession() as plain:
        with pytest.raises(ValueError, match="open_session"):
            await fetch("http://example.com/", session=plain)


async def test_connection_refused_is_a_reason() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    limits = FetchLimits(allow_hosts=frozenset({f"127.0.0.1:{port}"}), timeout=2)
    with pytest.raises(FetchError, match=r"^could not connect to 127.0.0.1$"):
        await fetch(f"http://127.0.0.1:{port}/", limits=limits)
