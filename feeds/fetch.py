"""HTTP fetching with the limits a polite, hostile-server-proof poller needs.

One shared aiohttp session; per-host concurrency; connect, read-gap and total timeouts;
manual redirects (counted, loop-checked and address-checked on every hop); conditional
GET; and a cap on *decompressed* bytes, so a gzip bomb is cut off after the cap rather
than inflated in memory. Every outcome is a FetchResult, never an exception.
"""

from __future__ import annotations

import asyncio
import logging
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import aiohttp

from feeds.netguard import AddressPolicy, BlockedAddressError, GuardedResolver, url_port
from feeds.records import Failure, FailureKind, FetchResult
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    total_timeout_s: float = 30.0
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 2
    max_connections: int = 64
    user_agent: str = "sokbo/0.1 (Korean tech-news watcher; +https://github.com/sokbo)"


class _TooLarge(Exception):
    pass


class Fetcher:
    """Shared HTTP client for feeds, article pages and robots.txt.

    Use as an async context manager, or call `close()`.
    """

    def __init__(self, limits: FetchLimits | None = None, policy: AddressPolicy | None = None,
                 untrusted_policy: AddressPolicy | None = None) -> None:
        """`policy` is for the URLs an operator configured (feeds and their article pages);
        `untrusted_policy` for URLs a chat user hands us (public addresses only by default).
        A redirect to another host or port than the hop it left is fetched as public-only:
        an allowed internal feed must not become a way into the other services on its
        network. Each policy has its own session, so no pooled connection or cached DNS
        answer made under a looser policy serves a stricter one."""
        self.limits = limits or FetchLimits()
        self.policy = policy or AddressPolicy()
        self.untrusted_policy = untrusted_policy or AddressPolicy()
        self._public = AddressPolicy()
        self._sessions: dict[str, aiohttp.ClientSession] = {}
        self._host_slots: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(self.limits.per_host)
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _policy(self, trust: str) -> AddressPolicy:
        return {"configured": self.policy, "untrusted": self.untrusted_policy}.get(trust, self._public)

    def _get_session(self, trust: str) -> aiohttp.ClientSession:
        session = self._sessions.get(trust)
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self.limits.max_connections,
                limit_per_host=0,  # per-host politeness is our semaphore, acquired before the clock starts
                resolver=GuardedResolver(self._policy(trust)),
                ttl_dns_cache=300,
            )
            session = self._sessions[trust] = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    sock_connect=self.limits.connect_timeout_s,
                    sock_read=self.limits.read_timeout_s,
                ),
                headers={"User-Agent": self.limits.user_agent, "Accept-Encoding": "gzip, deflate"},
            )
        return session

    async def close(self) -> None:
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
        untrusted: bool = False,
    ) -> FetchResult:
        """GET `url` with conditional headers; a 304 comes back with `not_modified=True`.
        `untrusted`: the URL came from a chat user, not from the operator's configuration."""
        host = urlsplit(url).hostname or ""
        async with self._host_slots[host]:
            started = time.monotonic()
            try:
                async with asyncio.timeout(self.limits.total_timeout_s):
                    result = await self._fetch(url, etag, last_modified, accept,
                                               "untrusted" if untrusted else "configured")
            except TimeoutError:
                result = FetchResult(url, None, failure=Failure(
                    FailureKind.TIMEOUT, f"no complete answer within {self.limits.total_timeout_s:g}s"))
            except BlockedAddressError as exc:
                result = FetchResult(url, None, failure=Failure(FailureKind.BLOCKED_ADDRESS, str(exc)))
            except aiohttp.ClientConnectorError as exc:
                inner = exc.os_error
                if isinstance(inner, BlockedAddressError):
                    result = FetchResult(url, None, failure=Failure(FailureKind.BLOCKED_ADDRESS, str(inner)))
                else:
                    result = FetchResult(url, None, failure=Failure(FailureKind.CONNECTION, str(exc)))
            except _TooLarge as exc:
                result = FetchResult(url, None, failure=Failure(FailureKind.TOO_LARGE, str(exc)))
            except (aiohttp.ClientError, OSError, zlib.error, ValueError) as exc:
                result = FetchResult(url, None, failure=Failure(
                    FailureKind.CONNECTION, f"{type(exc).__name__}: {exc}"))
            elapsed = time.monotonic() - started
        return _with_elapsed(result, elapsed)

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None, accept: str,
                     trust: str) -> FetchResult:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        visited: set[str] = set()
        origin = _endpoint(url)
        for _hop in range(self.limits.max_redirects + 1):
            hop_trust = trust if _endpoint(current) == origin else "public"
            self._policy(hop_trust).check_url(current)
            visited.add(current)
            session = self._get_session(hop_trust)
            async with session.get(current, headers=headers, allow_redirects=False) as response:
                if response.status in _REDIRECTS and "Location" in response.headers:
                    target = urljoin(current, response.headers["Location"])
                    if target in visited:
                        return FetchResult(url, response.status, failure=Failure(
                            FailureKind.TOO_MANY_REDIRECTS, f"redirect loop back to {target}"))
                    current = target
                    continue
                return await self._finish(url, current, response)
        return FetchResult(url, None, failure=Failure(
            FailureKind.TOO_MANY_REDIRECTS, f"more than {self.limits.max_redirects} redirects"))

    async def _finish(self, url: str, final_url: str, response: aiohttp.ClientResponse) -> FetchResult:
        headers = {k: v for k, v in response.headers.items()}
        status = response.status
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if status == 304:
            return FetchResult(url, status, headers=headers, not_modified=True, etag=etag,
                               last_modified=modified, final_url=final_url)
        if status != 200:
            return FetchResult(url, status, headers=headers, failure=_status_failure(status, response.headers.get("Retry-After")),
                               final_url=final_url)
        body = await self._read_limited(response)
        return FetchResult(url, status, body=body, headers=headers, etag=etag, last_modified=modified,
                           final_url=final_url)

    async def _read_limited(self, response: aiohttp.ClientResponse) -> bytes:
        cap = self.limits.max_bytes
        declared = response.content_length
        if declared is not None and declared > cap:
            raise _TooLarge(f"Content-Length {declared} is over the {cap}-byte limit")
        coding = response.headers.get("Content-Encoding", "identity").strip().lower()
        decompressor = _decompressor(coding)
        out = bytearray()
        received = 0
        async for chunk in response.content.iter_chunked(_CHUNK):
            received += len(chunk)
            if received > cap:
                raise _TooLarge(f"body over the {cap}-byte limit")
            if decompressor is None:
                out += chunk
            else:
                data = chunk
                while data:
                    # max_length bounds each step, so a bomb never inflates past the cap.
                    piece = decompressor.decompress(data, cap + 1 - len(out))
                    out += piece
                    if len(out) > cap:
                        raise _TooLarge(f"decompressed body over the {cap}-byte limit ({coding} bomb?)")
                    data = decompressor.unconsumed_tail
            if len(out) > cap:
                raise _TooLarge(f"body over the {cap}-byte limit")
        if decompressor is not None:
            out += decompressor.flush()
            if len(out) > cap:
                raise _TooLarge(f"decompressed body over the {cap}-byte limit ({coding} bomb?)")
        return bytes(out)


def _endpoint(url: str) -> tuple[str, int]:
    return (urlsplit(url).hostname or "").lower().rstrip("."), url_port(url)


def _decompressor(coding: str) -> zlib._Decompress | None:
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if coding == "deflate":
        return zlib.decompressobj(wbits=zlib.MAX_WBITS)
    if coding in ("identity", ""):
        return None
    raise ValueError(f"unsupported Content-Encoding {coding!r}")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - utcnow()).total_seconds())


def _status_failure(status: int, retry_after_header: str | None) -> Failure:
    retry_after = parse_retry_after(retry_after_header)
    if status == 404:
        return Failure(FailureKind.NOT_FOUND, "HTTP 404 Not Found")
    if status == 410:
        return Failure(FailureKind.GONE, "HTTP 410 Gone")
    if status in (401, 403):
        return Failure(FailureKind.FORBIDDEN, f"HTTP {status}")
    if status == 429:
        return Failure(FailureKind.RATE_LIMITED, "HTTP 429 Too Many Requests", retry_after)
    if 500 <= status < 600:
        return Failure(FailureKind.SERVER_ERROR, f"HTTP {status}", retry_after)
    return Failure(FailureKind.HTTP_ERROR, f"HTTP {status}")


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    return replace(result, elapsed_s=elapsed)
