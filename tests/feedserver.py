"""A real HTTP server on 127.0.0.1 for feed tests, running in its own thread.

Its own thread and loop let both async tests and synchronous CLI tests (which call
asyncio.run themselves) talk to it. Each path gets a Reply (or a handler); every request
is recorded with its headers so tests can assert on conditional GET and User-Agent.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip_interval: float | None = None  # seconds between single bytes: a server that drips
    gzip: bool = False


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Reply | Handler] = {}
        self.requests: list[Seen] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="feed-server")
        self._runner: web.AppRunner | None = None
        self.port = 0

    def start(self) -> FeedServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("feed server did not start")
        return self

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.2, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()
        self._close_loop()

    def _close_loop(self) -> None:
        """Finish the loop as `asyncio.run` does: a handler still sleeping on a slow route when the
        server stops would otherwise be garbage-collected later, inside whichever test runs then,
        and log 'Task was destroyed but it is pending!' into that test's captured stderr."""
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def stop(self) -> None:
        async def _cleanup() -> None:
            if self._runner is not None:
                await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(_cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> list[Seen]:
        return [seen for seen in self.requests if seen.path == path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Seen(request.method, request.path_qs, dict(request.headers)))
        route = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if callable(route):
            return await route(request)
        reply = route
        if reply.delay:
            await asyncio.sleep(reply.delay)
        validators: dict[str, str] = {}
        if reply.etag:
            validators["ETag"] = reply.etag
        if reply.last_modified:
            validators["Last-Modified"] = reply.last_modified
        if reply.status == 200 and (
            (reply.etag and request.headers.get("If-None-Match") == reply.etag)
            or (reply.last_modified and request.headers.get("If-Modified-Since") == reply.last_modified)
        ):
            return web.Response(status=304, headers=validators)
        headers = {**validators, **reply.headers, "Content-Type": reply.content_type}
        body = reply.body
        if reply.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        if reply.drip_interval is None:
            return web.Response(status=reply.status, body=body, headers=headers)
        response = web.StreamResponse(status=reply.status, headers=headers)
        await response.prepare(request)
        for index in range(len(body)):
            await response.write(body[index : index + 1])
            await asyncio.sleep(reply.drip_interval)
        await response.write_eof()
        return response
