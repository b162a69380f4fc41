"""Fetch one web page or feed without letting anyone point the bot at an internal service.

Stable API (the feed poller and the link commands build on it)::

    limits = FetchLimits.from_settings(settings)         # or FetchLimits(timeout=...)
    async with open_session(limits) as session:          # share one session per task
        result = await fetch(url, limits=limits, session=session,
                             etag=old_etag, last_modified=old_last_modified,
                             accept="feed")              # "html" (default) or "feed"
    result.not_modified, result.status, result.final_url, result.body (bytes, decoded
    from gzip/deflate), result.content_type, result.charset, result.etag,
    result.last_modified, result.text()
    precheck(url, allow_hosts=...) -> url   # the checks that need no network, at once
    except FetchError as exc: exc.reason (one line, safe to show a user), exc.status

Safety, on the first request and on every redirect (at most `max_redirects`, followed
by hand): http/https only; an IP literal is checked before connecting; a host name is
checked by `SafeResolver`, the session's resolver, so the connection goes to the very
address that was checked (no DNS rebinding between check and connect). Loopback,
private, link-local, multicast, reserved, unspecified and other non-global addresses
are refused, IPv4-mapped / 6to4 / Teredo IPv6 forms by the IPv4 address they carry.
`host:port` pairs in `limits.allow_hosts` (FETCH_ALLOW_HOSTS) are exempt, for local use
and tests. The body is read in chunks and decompressed here, bounded, so a gzip bomb
stops at `max_bytes` of output. Each session allows `per_host` concurrent requests to
one host; the timeout counts from when a request may start, not while it queues.

A session passed to `fetch` must come from `open_session`: it carries the address
policy. Without one, `fetch` opens and closes its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import weakref
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

if TYPE_CHECKING:
    from config.settings import Settings

USER_AGENT = "ArticleBot/0.1 (Discord bot that summarises news articles; aiohttp)"
Accept = Literal["html", "feed"]
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/xml",
        "text/xml",
    }
)
# A feed URL may turn out to be the site's page, whose <link rel="alternate"> names
# the feed, so "feed" accepts HTML too.
ACCEPTED_TYPES: dict[str, frozenset[str]] = {
    "html": HTML_TYPES,
    "feed": XML_FEED_TYPES | HTML_TYPES,
}
ACCEPT_HEADERS = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
    "application/xml;q=0.8,text/xml;q=0.8,text/html;q=0.5,*/*;q=0.1",
}
# Types servers send when they do not know better; the body decides then.
_VAGUE_TYPES = frozenset({"", "text/plain", "application/octet-stream"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_URL_CHARS = 2048  # the longest link fetched; the cogs declare it to Discord
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A fetch failed; `reason` is one line fit for a user, `status` the HTTP status
    when the server answered with an error."""

    def __init__(self, reason: str, *, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class RefusedAddress(OSError):
    """Raised by SafeResolver (inside aiohttp) when a host resolves only to addresses
    the bot must not reach; its message is the user-facing reason."""


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host: int = 2
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = USER_AGENT

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> FetchLimits:
        # Any: the field names and types are checked by the dataclass when called
        values: dict[str, Any] = {"allow_hosts": settings.fetch_allow_hosts}
        values.update(overrides)
        return cls(**values)


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False

    def text(self) -> str:
        """The body as text: the declared charset when Python knows it, else UTF-8,
        never failing (undecodable bytes become U+FFFD)."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


# -- addresses -------------------------------------------------------------------------

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def refusal(address: IPAddress) -> str | None:
    """Why the bot must not connect to `address`, or None when it is a public one."""
    carried = _carried(address)
    if carried is not None:
        return refusal(carried)
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address (the bot's own machine)"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private network address"
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "not a public internet address"
    return None


def _named(address: IPAddress) -> str:
    """The address as shown in a reason, with the IPv4 address an IPv6 form carries."""
    carried = _carried(address)
    return f"{address} ({carried})" if carried is not None else str(address)


def _carried(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4 or Teredo IPv6 address."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    carried = address.ipv4_mapped or address.sixtofour
    if carried is None and address.teredo is not None:
        carried = address.teredo[1]
    return carried


def _allowed_host(allow_hosts: frozenset[str], host: str, port: int) -> bool:
    host = host.lower().strip("[]")
    return f"{host}:{port}" in allow_hosts or f"[{host}]:{port}" in allow_hosts


class SafeResolver(AbstractResolver):
    """Resolves with `inner` (threaded getaddrinfo by default) and drops every address
    `refusal` objects to; when none is left the connection fails with the reason. The
    connector connects to what this returns, so the check and the connection agree."""

    def __init__(
        self, allow_hosts: frozenset[str] = frozenset(), inner: AbstractResolver | None = None
    ) -> None:
        self._allow_hosts = allow_hosts
        self._inner = inner

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if self._inner is None:
            self._inner = ThreadedResolver()
        found = await self._inner.resolve(host, port, family)
        if _allowed_host(self._allow_hosts, host, port):
            return found
        kept: list[ResolveResult] = []
        reasons: list[str] = []
        for entry in found:
            try:
                address = ipaddress.ip_address(entry["host"].split("%", 1)[0])
            except ValueError:
                reasons.append(f"{host} resolves to an unreadable address")
                continue
            why = refusal(address)
            if why is None:
                kept.append(entry)
            else:
                reasons.append(f"{host} points to {_named(address)}, {why}")
        if not kept:
            reason = reasons[0] if reasons else f"{host} has no address"
            raise RefusedAddress(f"refused: {reason}")
        return kept

    async def close(self) -> None:
        if self._inner is not None:
            await self._inner.close()


# -- sessions --------------------------------------------------------------------------


@dataclass(slots=True)
class _SessionPolicy:
    allow_hosts: frozenset[str]
    per_host: int
    gates: dict[str, tuple[asyncio.Semaphore, int]] = field(default_factory=dict)

    @contextlib.asynccontextmanager
    async def gate(self, host: str) -> AsyncIterator[None]:
        """At most `per_host` requests to `host` at once; a host's gate is forgotten
        when nobody holds or awaits it, so a long-lived session does not grow."""
        semaphore, users = self.gates.get(host) or (asyncio.Semaphore(self.per_host), 0)
        self.gates[host] = (semaphore, users + 1)
        try:
            async with semaphore:
                yield
        finally:
            semaphore, users = self.gates[host]
            if users <= 1:
                del self.gates[host]
            else:
                self.gates[host] = (semaphore, users - 1)


_POLICIES: weakref.WeakKeyDictionary[aiohttp.ClientSession, _SessionPolicy] = (
    weakref.WeakKeyDictionary()
)


def open_session(
    limits: FetchLimits | None = None, *, resolver: AbstractResolver | None = None
) -> aiohttp.ClientSession:
    """A session whose connections pass the address check (call inside a running loop;
    close it, or use it as `async with`). `resolver` replaces getaddrinfo, for tests."""
    limits = limits or FetchLimits()
    connector = aiohttp.TCPConnector(
        resolver=SafeResolver(limits.allow_hosts, resolver), limit=100, ttl_dns_cache=60
    )
    session = aiohttp.ClientSession(
        connector=connector,
        auto_decompress=False,
        trust_env=False,
        headers={"User-Agent": limits.user_agent},
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=limits.timeout),
    )
    _POLICIES[session] = _SessionPolicy(limits.allow_hosts, max(1, limits.per_host))
    return session


@contextlib.asynccontextmanager
async def _session_for(
    session: aiohttp.ClientSession | None, limits: FetchLimits
) -> AsyncIterator[tuple[aiohttp.ClientSession, _SessionPolicy]]:
    if session is not None:
        policy = _POLICIES.get(session)
        if policy is None:
            raise ValueError("fetch() needs a session made by bot.web.fetch.open_session")
        yield session, policy
        return
    async with open_session(limits) as own:
        yield own, _POLICIES[own]


# -- fetching --------------------------------------------------------------------------


async def fetch(
    url: str,
    *,
    limits: FetchLimits | None = None,
    session: aiohttp.ClientSession | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: Accept = "html",
) -> FetchResult:
    """GET `url` within `limits`, following redirects by hand. Raises FetchError."""
    limits = limits or FetchLimits()
    target = _parse(url)
    headers = {"Accept": ACCEPT_HEADERS[accept], "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    loop = asyncio.get_running_loop()
    deadline: float | None = None
    async with _session_for(session, limits) as (http, policy):
        for _hop in range(limits.max_redirects + 1):
            _check_literal(target, policy.allow_hosts)
            host = target.host or ""
            async with policy.gate(f"{host}:{target.port}"):
                deadline = deadline if deadline is not None else loop.time() + limits.timeout
                try:
                    async with asyncio.timeout_at(deadline):
                        outcome = await _one_request(http, target, headers, limits, accept)
                except TimeoutError:
                    raise FetchError(f"timed out after {limits.timeout:g} s") from None
                except aiohttp.ClientError as exc:
                    raise FetchError(_client_error_reason(exc, host)) from None
                except (ValueError, OSError) as exc:  # odd URLs or headers, socket errors
                    raise FetchError(f"could not fetch the page ({type(exc).__name__})") from None
            if isinstance(outcome, URL):
                target = outcome
                continue
            status, body, content_type, charset, response_headers = outcome
            return FetchResult(
                url=url,
                final_url=str(target),
                status=status,
                body=body,
                content_type=content_type,
                charset=charset,
                etag=response_headers.get("ETag"),
                last_modified=response_headers.get("Last-Modified"),
                not_modified=status == 304,
            )
    raise FetchError(f"too many redirects (more than {limits.max_redirects})")


def precheck(url: str, *, allow_hosts: frozenset[str] = frozenset()) -> str:
    """What can be refused without the network (a bad link, a scheme, an internal IP
    literal): raises FetchError at once, so a command can answer before it waits.
    Returns the link without its fragment. `fetch` checks all of this again."""
    target = _parse(url)
    _check_literal(target, allow_hosts)
    return str(target)


def _parse(url: str) -> URL:
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise FetchError(f"the link is too long (over {MAX_URL_CHARS} characters)")
    try:
        parsed = URL(url)
    except (ValueError, TypeError):
        raise FetchError("that is not a valid link") from None
    return _check_url(parsed)


def _check_url(parsed: URL) -> URL:
    if not parsed.scheme:
        raise FetchError("that is not a link: it should start with http:// or https://")
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"only http and https links can be fetched (not {parsed.scheme})")
    if not parsed.host:
        raise FetchError("that link has no host name")
    return parsed.with_fragment(None)


def _check_literal(target: URL, allow_hosts: frozenset[str]) -> None:
    """An IP literal never reaches the resolver, so it is checked here."""
    host = target.host or ""
    try:
        address = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return
    if _allowed_host(allow_hosts, host, target.port or 0):
        return
    why = refusal(address)
    if why is not None:
        raise FetchError(f"refused: {_named(address)} is {why}")


Outcome = URL | tuple[int, bytes, str, str | None, dict[str, str]]


async def _one_request(
    http: aiohttp.ClientSession,
    target: URL,
    headers: dict[str, str],
    limits: FetchLimits,
    accept: Accept,
) -> Outcome:
    """One hop: the redirect target, or (status, body, type, charset, headers)."""
    async with http.get(target, headers=headers, allow_redirects=False) as response:
        status = response.status
        if status in _REDIRECTS:
            location = response.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {status} redirect without a Location")
            try:
                return _check_url(target.join(URL(location)))
            except ValueError:
                raise FetchError("the site redirected to an invalid link") from None
        kept = {k: response.headers[k] for k in ("ETag", "Last-Modified") if k in response.headers}
        if status == 304:
            return status, b"", "", None, kept
        if not 200 <= status < 300:
            reason = f" {_shown(response.reason)}" if response.reason else ""
            raise FetchError(f"HTTP {status}{reason}", status=status)
        content_type = response.content_type.lower() if "Content-Type" in response.headers else ""
        charset = response.charset
        wanted = ACCEPTED_TYPES[accept]
        if content_type not in wanted and content_type not in _VAGUE_TYPES:
            raise FetchError(_wrong_type(content_type, accept))
        body = await _read_body(response, limits.max_bytes)
        if content_type in _VAGUE_TYPES and not _sniff(body, accept):
            raise FetchError(_wrong_type(content_type or "no content type", accept))
        return status, body, content_type, charset, kept


def _shown(server_text: str, limit: int = 60) -> str:
    """Text a server chose, made one short line before it goes into a reason."""
    line = " ".join(server_text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _wrong_type(content_type: str, accept: Accept) -> str:
    content_type = _shown(content_type)
    if accept == "feed":
        return f"not a feed or a web page ({content_type})"
    return f"not an HTML page ({content_type})"


def _sniff(body: bytes, accept: Accept) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    html = head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
    if accept == "html":
        return html
    return html or head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


async def _read_body(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """Stream the body through a bounded decompressor: never more than max_bytes kept."""
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    decoder = _Decoder(encoding)
    too_large = FetchError(f"too large (over {_megabytes(max_bytes)})")
    if encoding in ("", "identity") and (response.content_length or 0) > max_bytes:
        raise too_large
    out = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        out += decoder.feed(chunk, max_bytes - len(out))
        if len(out) > max_bytes:
            raise too_large
    return bytes(out)


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:g} MB" if count >= 1_000_000 else f"{count:,} bytes"


class _Decoder:
    """gzip/deflate decompression that never produces more than it is given room for
    (plus one byte, to tell "exactly full" from "overflowing")."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._wbits = zlib.MAX_WBITS
        if encoding in ("", "identity"):
            pass
        elif encoding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif encoding == "deflate":
            self._wbits = zlib.MAX_WBITS  # zlib-wrapped; raw deflate tried on error
        else:
            raise FetchError(f"the page uses an unsupported compression ({encoding[:40]})")
        identity = encoding in ("", "identity")
        self._zlib = None if identity else zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        if self._zlib is None:
            return data
        out = bytearray()
        while data:
            try:
                part = self._zlib.decompress(data, max(room - len(out), 0) + 1)
            except zlib.error:
                if self.encoding == "deflate" and not self._started:
                    self._wbits = -zlib.MAX_WBITS
                    self._zlib = zlib.decompressobj(self._wbits)
                    self._started = True
                    continue
                raise FetchError("the page's compressed body is corrupt") from None
            self._started = True
            out += part
            if len(out) > room:
                return bytes(out)  # the caller reports "too large"
            if self._zlib.eof:
                data = self._zlib.unused_data
                if data and self.encoding != "deflate":  # another gzip member
                    self._zlib = zlib.decompressobj(self._wbits)
                    continue
                break
            data = self._zlib.unconsumed_tail
        return bytes(out)


def _client_error_reason(exc: aiohttp.ClientError, host: str) -> str:
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, RefusedAddress):
            return str(exc.os_error)
        if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
            return f"the secure connection to {host} failed (certificate problem)"
        if isinstance(exc.os_error, socket.gaierror):
            return f"could not find the host {host}"
        return f"could not connect to {host}"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return f"{host} closed the connection"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "the connection broke while reading the page"
    if isinstance(exc, aiohttp.InvalidURL):
        return "that is not a valid link"
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"{host} sent a response the bot cannot read"
    return f"could not fetch the page ({type(exc).__name__})"
