"""Fetching against a real local HTTP server: politeness, limits and hostile servers."""

from __future__ import annotations

import gc
import gzip
from collections.abc import Iterator

import pytest
from aiohttp import web

from feeds.fetch import Fetcher, FetchLimits, parse_retry_after
from feeds.netguard import AddressPolicy, split_allow_entry
from feeds.records import FailureKind
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer, Reply

LOCAL = AddressPolicy.from_allow_list(["127.0.0.1"])
DOC = rss([Item("카카오 소식", link="https://news.example.kr/1")])


def fetcher(**limits: float) -> Fetcher:
    return Fetcher(FetchLimits(**limits), LOCAL)  # type: ignore[arg-type]


async def test_conditional_get_sends_validators_and_a_304_has_no_body(feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(DOC, etag='"v1"', last_modified="Fri, 30 Jun 2023 10:00:00 GMT")
    async with fetcher() as client:
        first = await client.fetch(feed_server.url("/rss"))
        second = await client.fetch(feed_server.url("/rss"), etag=first.etag, last_modified=first.last_modified)
    assert first.status == 200 and first.body == DOC
    assert (first.etag, first.last_modified) == ('"v1"', "Fri, 30 Jun 2023 10:00:00 GMT")
    assert second.not_modified and second.status == 304 and second.body is None
    request = feed_server.hits("/rss")[1]
    assert request.headers["If-None-Match"] == '"v1"'
    assert request.headers["If-Modified-Since"] == "Fri, 30 Jun 2023 10:00:00 GMT"
    assert request.headers["User-Agent"].startswith("sokbo/")
    assert "gzip" in request.headers["Accept-Encoding"]


@pytest.mark.parametrize(
    ("status", "kind"),
    [(404, FailureKind.NOT_FOUND), (410, FailureKind.GONE), (403, FailureKind.FORBIDDEN),
     (500, FailureKind.SERVER_ERROR), (418, FailureKind.HTTP_ERROR)],
)
async def test_http_errors_are_values_with_a_kind(feed_server: FeedServer, status: int, kind: FailureKind) -> None:
    feed_server.routes["/rss"] = Reply(b"nope", status=status)
    async with fetcher() as client:
        result = await client.fetch(feed_server.url("/rss"))
    assert result.failure is not None and result.failure.kind is kind
    assert result.status == status


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_is_read_from_429_and_503(feed_server: FeedServer, status: int) -> None:
    feed_server.routes["/rss"] = Reply(b"slow down", status=status, headers={"Retry-After": "120"})
    async with fetcher() as client:
        result = await client.fetch(feed_server.url("/rss"))
    assert result.failure is not None and result.failure.retry_after_s == 120


def test_retry_after_accepts_http_dates() -> None:
    assert parse_retry_after("Wed, 21 Oct 2099 07:28:00 GMT") > 1e9  # type: ignore[operator]
    assert parse_retry_after("soon") is None


async def test_a_silent_server_times_out(feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(DOC, delay=30)  # a fetch that waited would succeed, not time out
    async with fetcher(total_timeout_s=0.5) as client:
        result = await client.fetch(feed_server.url("/rss"))
    assert result.failure is not None and result.failure.kind is FailureKind.TIMEOUT


async def test_a_stopped_test_server_leaves_no_pending_handler_to_haunt_a_later_test(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The handler of a timed-out fetch is still asleep when the server stops; left pending, it is
    # garbage-collected inside some later test and logs into that test's stderr (it failed CI once).
    server = FeedServer().start()
    server.routes["/rss"] = Reply(DOC, delay=30)
    async with fetcher(total_timeout_s=0.3) as client:
        await client.fetch(server.url("/rss"))
    server.stop()
    del server
    gc.collect()
    assert not [r for r in caplog.records if "destroyed but it is pending" in r.getMessage()]


async def test_a_server_dripping_bytes_is_cut_off_by_the_total_timeout(feed_server: FeedServer) -> None:
    # Each byte arrives well within the read timeout, so only the total timeout can stop it.
    feed_server.routes["/rss"] = Reply(DOC, drip_interval=0.05)
    async with fetcher(total_timeout_s=0.6, read_timeout_s=5) as client:
        result = await client.fetch(feed_server.url("/rss"))
    assert result.failure is not None and result.failure.kind is FailureKind.TIMEOUT


async def test_a_body_over_the_limit_is_refused(feed_server: FeedServer) -> None:
    feed_server.routes["/big"] = Reply(b"<rss>" + b"x" * 300_000 + b"</rss>")
    async with fetcher(max_bytes=100_000) as client:
        result = await client.fetch(feed_server.url("/big"))
    assert result.failure is not None and result.failure.kind is FailureKind.TOO_LARGE


async def test_a_chunked_body_over_the_limit_is_cut_off_while_streaming(feed_server: FeedServer) -> None:
    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        for _ in range(1000):  # 64 MB if nobody stops reading
            await response.write(b"x" * 65536)
        return response

    feed_server.routes["/endless"] = endless
    async with fetcher(max_bytes=200_000) as client:
        result = await client.fetch(feed_server.url("/endless"))
    assert result.failure is not None and result.failure.kind is FailureKind.TOO_LARGE


async def test_a_gzip_bomb_is_cut_off_at_the_decompressed_limit(feed_server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # ~64 KB on the wire
    assert len(bomb) < 200_000

    async def serve_bomb(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})

    feed_server.routes["/bomb"] = serve_bomb
    async with fetcher(max_bytes=1_000_000) as client:
        result = await client.fetch(feed_server.url("/bomb"))
    assert result.failure is not None and result.failure.kind is FailureKind.TOO_LARGE
    assert "decompressed" in result.failure.message


async def test_gzip_bodies_within_the_limit_are_decompressed(feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(DOC, gzip=True)
    async with fetcher() as client:
        result = await client.fetch(feed_server.url("/rss"))
    assert result.body == DOC


async def test_a_redirect_loop_is_detected(feed_server: FeedServer) -> None:
    feed_server.routes["/a"] = Reply(status=302, headers={"Location": "/b"})
    feed_server.routes["/b"] = Reply(status=301, headers={"Location": "/a"})
    async with fetcher() as client:
        result = await client.fetch(feed_server.url("/a"))
    assert result.failure is not None and result.failure.kind is FailureKind.TOO_MANY_REDIRECTS
    assert len(feed_server.requests) == 2


async def test_redirects_are_followed_up_to_the_limit(feed_server: FeedServer) -> None:
    for hop in range(4):
        feed_server.routes[f"/r{hop}"] = Reply(status=301, headers={"Location": f"/r{hop + 1}"})
    feed_server.routes["/r4"] = Reply(DOC)
    async with fetcher(max_redirects=4) as client:
        ok = await client.fetch(feed_server.url("/r0"))
    async with fetcher(max_redirects=3) as client:
        too_many = await client.fetch(feed_server.url("/r0"))
    assert ok.body == DOC and ok.final_url == feed_server.url("/r4")
    assert too_many.failure is not None and too_many.failure.kind is FailureKind.TOO_MANY_REDIRECTS


async def test_private_addresses_are_refused_without_an_allow_list(feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(DOC)
    async with Fetcher(FetchLimits(), AddressPolicy()) as client:
        literal = await client.fetch(feed_server.url("/rss"))
        by_name = await client.fetch(f"http://localhost:{feed_server.port}/rss")
        metadata = await client.fetch("http://169.254.169.254/latest/meta-data/")
    for result in (literal, by_name, metadata):
        assert result.failure is not None and result.failure.kind is FailureKind.BLOCKED_ADDRESS, result
    assert feed_server.requests == []


async def test_a_redirect_to_a_private_address_is_refused(feed_server: FeedServer) -> None:
    feed_server.routes["/hop"] = Reply(status=302, headers={"Location": "http://10.0.0.1/secret"})
    async with fetcher() as client:
        result = await client.fetch(feed_server.url("/hop"))
    assert result.failure is not None and result.failure.kind is FailureKind.BLOCKED_ADDRESS


@pytest.fixture
def other_service() -> Iterator[FeedServer]:
    """A second local service on the same loopback address (think PostgreSQL on 5432)."""
    server = FeedServer().start()
    yield server
    server.stop()


async def test_an_allowed_host_with_a_port_opens_that_port_only(feed_server: FeedServer,
                                                               other_service: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(DOC)
    other_service.routes["/rss"] = Reply(DOC)
    policy = AddressPolicy.from_allow_list([f"127.0.0.1:{feed_server.port}", f"localhost:{feed_server.port}"])
    async with Fetcher(FetchLimits(), policy) as client:
        listed = await client.fetch(feed_server.url("/rss"))
        by_name = await client.fetch(f"http://localhost:{feed_server.port}/rss")
        other_port = await client.fetch(other_service.url("/rss"))
        other_by_name = await client.fetch(f"http://localhost:{other_service.port}/rss")
    assert listed.body == DOC and by_name.body == DOC
    for refused in (other_port, other_by_name):
        assert refused.failure is not None and refused.failure.kind is FailureKind.BLOCKED_ADDRESS, refused
    assert other_service.requests == []


@pytest.mark.parametrize("entry", ["127.0.0.1", "127.0.0.0/8", "localhost"])
async def test_a_redirect_may_not_move_a_fetch_to_another_private_host_or_port(
        feed_server: FeedServer, other_service: FeedServer, entry: str) -> None:
    """A bare allowed host serves the feed configured on it, not a bounce elsewhere on the machine."""
    other_service.routes["/secret"] = Reply(b"internal")
    feed_server.routes["/port"] = Reply(status=302, headers={"Location": other_service.url("/secret")})
    feed_server.routes["/name"] = Reply(status=302, headers={"Location": f"http://localhost:{other_service.port}/secret"})
    feed_server.routes["/same"] = Reply(status=302, headers={"Location": "/rss"})
    feed_server.routes["/rss"] = Reply(DOC)
    host = "localhost" if entry == "localhost" else "127.0.0.1"
    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list([entry])) as client:
        moved_port = await client.fetch(f"http://{host}:{feed_server.port}/port")
        moved_name = await client.fetch(f"http://{host}:{feed_server.port}/name")
        same = await client.fetch(f"http://{host}:{feed_server.port}/same")
    for refused in (moved_port, moved_name):
        assert refused.failure is not None and refused.failure.kind is FailureKind.BLOCKED_ADDRESS, refused
    assert other_service.requests == []
    assert same.body == DOC


async def test_a_chat_users_url_is_public_only_unless_allowed_separately(feed_server: FeedServer) -> None:
    feed_server.routes["/page"] = Reply(b"<html></html>", content_type="text/html")
    async with Fetcher(FetchLimits(), LOCAL) as client:
        as_feed = await client.fetch(feed_server.url("/page"))
        from_chat = await client.fetch(feed_server.url("/page"), untrusted=True)
    async with Fetcher(FetchLimits(), LOCAL, AddressPolicy.from_allow_list(["127.0.0.1"])) as client:
        allowed_chat = await client.fetch(feed_server.url("/page"), untrusted=True)
    assert as_feed.status == 200 and allowed_chat.status == 200
    assert from_chat.failure is not None and from_chat.failure.kind is FailureKind.BLOCKED_ADDRESS
    assert len(feed_server.hits("/page")) == 2


@pytest.mark.parametrize(
    ("entry", "expected"),
    [("10.0.0.5:8080", ("10.0.0.5", 8080)), ("[::1]:8080", ("::1", 8080)), ("::1", ("::1", None)),
     ("10.0.0.0/8", ("10.0.0.0/8", None)), ("Intranet.Example:80", ("intranet.example", 80)), ("feeds", ("feeds", None))],
)
def test_allow_entries_name_a_port_or_none(entry: str, expected: tuple[str, int | None]) -> None:
    assert split_allow_entry(entry) == expected


async def test_per_host_concurrency_is_limited(feed_server: FeedServer) -> None:
    import asyncio

    active = 0
    peak = 0

    async def slow(request: web.Request) -> web.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.1)
        active -= 1
        return web.Response(body=DOC, content_type="application/rss+xml")

    feed_server.routes["/slow"] = slow
    async with fetcher(per_host=2) as client:
        results = await asyncio.gather(*(client.fetch(feed_server.url("/slow")) for _ in range(6)))
    assert all(r.body == DOC for r in results)
    assert peak == 2
