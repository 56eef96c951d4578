"""Local stand-ins for the Slack Web API and Discord REST API that record every call.

The real slack_sdk and discord.py clients are pointed here (AsyncWebClient base_url,
discord.http.Route.BASE). Each behaves like the platform in what sokbo depends on:
Slack keeps posted messages with their metadata for conversations.history (paged by
cursor); Discord gives messages time-based snowflake ids, drops a second message with the
same nonce when enforce_nonce is set (within a window, as Discord does for minutes), keeps
components and embeds for channel history (never the nonce), answers JSON with
`Content-Type: application/json` exactly and sends `Via` on 429s (discord.py treats a
429 without it as a Cloudflare ban). Failures are scripted per channel.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.feedserver import FeedServer, Seen

DISCORD_EPOCH_MS = 1420070400000


@dataclass
class Failure:
    """A scripted answer instead of success: a Slack error, a status, a Retry-After."""

    status: int = 200
    error: str | None = None  # Slack: {"ok": false, "error": …}; Discord: a JSON error code
    code: int = 0
    retry_after: float | None = None
    post_then_fail: bool = False  # the message is posted, but the answer is an error (lost response)


@dataclass
class Posted:
    channel: str
    payload: dict[str, Any]
    ts: str
    at: float


@dataclass
class ChatServer(FeedServer):
    posted: list[Posted] = field(default_factory=list)
    failures: dict[str, list[Failure]] = field(default_factory=lambda: defaultdict(list))
    slack_min_interval: float = 0.0  # enforce Slack's per-channel pace with 429s when > 0
    responses: list[dict[str, Any]] = field(default_factory=list)  # response_url / interaction follow-ups
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    answer_delay: float = 0.0  # Slack: post, then keep the caller waiting this long (a crash window)
    history_failures: int = 0  # conversations.history / GET messages answer 500 this many times
    history_error: str | None = None  # history always refused with this error (Discord: 403 Missing Access)
    nonce_window: float = 300.0  # Discord: seconds during which enforce_nonce drops a repeat
    socket_acks: list[dict[str, Any]] = field(default_factory=list)  # Socket Mode envelopes acknowledged
    deferred: dict[str, bool] = field(default_factory=dict)  # Discord: interaction token -> deferred privately

    def __post_init__(self) -> None:
        super().__init__()
        self._ts = itertools.count(1)
        self._last_post: dict[str, float] = {}
        self._sockets: list[web.WebSocketResponse] = []

    def socket_connected(self) -> bool:
        return bool(self._sockets)

    def socket_send(self, envelope: dict[str, Any]) -> None:
        """Push a Socket Mode envelope to every connected client (from the test's thread)."""
        async def send() -> None:
            for ws in list(self._sockets):
                await ws.send_str(json.dumps(envelope))

        asyncio.run_coroutine_threadsafe(send(), self._loop).result(5)

    def in_channel(self, channel: str) -> list[Posted]:
        return [p for p in self.posted if p.channel == channel]

    def fail(self, channel: str, *failures: Failure) -> None:
        self.failures[channel].extend(failures)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Seen(request.method, request.path_qs, dict(request.headers)))
        if request.path == "/slack/socket":
            return await self._socket(request)
        body = await request.read()
        try:
            data: Any = json.loads(body) if body else {}
        except ValueError:
            data = dict(await request.post()) if body else {}
        if not data and request.query:
            data = dict(request.query)
        path = request.path
        self.calls.append((path, data))
        if path.startswith("/slack/api/"):
            return await self._slack(path.removeprefix("/slack/api/"), data)
        if path.startswith("/discord/api/v10/"):
            return await self._discord(request.method, path.removeprefix("/discord/api/v10"), data)
        if path.startswith("/respond/"):
            self.responses.append({"path": path, **data})
            return web.Response(text="ok")
        return web.Response(status=404, text="not found")

    # -- Slack ---------------------------------------------------------------------------

    async def _slack(self, method: str, data: dict[str, Any]) -> web.StreamResponse:
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "team_id": "T1", "bot_id": "B1"})
        if method == "apps.connections.open":
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/slack/socket"})
        if method == "usergroups.users.list":
            users = ["UGROUPMEMBER"] if data.get("usergroup") == "SADMINS" else []
            return web.json_response({"ok": True, "users": users})
        if method == "conversations.history":
            if self.history_error:
                return web.json_response({"ok": False, "error": self.history_error})
            if self.history_failures > 0:
                self.history_failures -= 1
                return web.json_response({"ok": False, "error": "internal_error"}, status=500)
            oldest = float(data.get("oldest") or 0)
            messages = [{"ts": p.ts, "text": p.payload.get("text"), "metadata": p.payload.get("metadata")}
                        for p in reversed(self.in_channel(str(data.get("channel")))) if float(p.ts) >= oldest]
            start, limit = int(data.get("cursor") or 0), int(data.get("limit") or 100)
            page, more = messages[start:start + limit], len(messages) > start + limit
            return web.json_response({"ok": True, "messages": page, "has_more": more,
                                      "response_metadata": {"next_cursor": str(start + limit) if more else ""}})
        if method == "chat.update":
            for posted in self.in_channel(str(data.get("channel"))):
                if posted.ts == data.get("ts"):
                    posted.payload = {**posted.payload, **data}
                    return web.json_response({"ok": True, "channel": posted.channel, "ts": posted.ts})
            return web.json_response({"ok": False, "error": "message_not_found"})
        if method == "chat.postMessage":
            channel = str(data.get("channel"))
            now = time.time()
            if self.slack_min_interval and now - self._last_post.get(channel, 0) < self.slack_min_interval:
                wait = self.slack_min_interval - (now - self._last_post[channel])
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                         headers={"Retry-After": f"{max(1, round(wait))}"})
            failure = self.failures[channel].pop(0) if self.failures[channel] else None
            if failure is not None and not failure.post_then_fail:
                headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
                return web.json_response({"ok": False, "error": failure.error or "internal_error"},
                                         status=failure.status, headers=headers)
            ts = f"{int(now)}.{next(self._ts):06d}"
            self.posted.append(Posted(channel, data, ts, now))
            self._last_post[channel] = now
            if self.answer_delay:
                await asyncio.sleep(self.answer_delay)
            if failure is not None:  # posted, but the caller never learns it
                return web.json_response({"ok": False, "error": failure.error or "internal_error"}, status=500)
            return web.json_response({"ok": True, "channel": channel, "ts": ts})
        return web.json_response({"ok": False, "error": "unknown_method"}, status=404)

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1, "debug_info": {"host": "local"},
                                      "connection_info": {"app_id": "A1"}}))
        try:
            async for message in ws:
                if message.type == web.WSMsgType.TEXT:
                    self.socket_acks.append(json.loads(message.data))
        finally:
            self._sockets.remove(ws)
        return ws

    # -- Discord -------------------------------------------------------------------------

    def _json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # bytes, not text: aiohttp would append "; charset=utf-8", and discord.py parses JSON
        # only when the header is exactly application/json
        return web.Response(status=status, body=json.dumps(payload).encode("utf-8"),
                            headers={"Content-Type": "application/json", **(headers or {})})

    async def _discord(self, method: str, path: str, data: dict[str, Any]) -> web.StreamResponse:
        if path == "/oauth2/applications/@me":
            return self._json({"id": "900", "name": "sokbo", "icon": None, "description": "", "rpc_origins": [],
                               "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
                               "flags": 0, "owner": {"id": "1", "username": "owner", "discriminator": "0",
                                                     "avatar": None}, "team": None, "summary": ""})
        if path.startswith("/applications/") and path.endswith("/commands") and method == "PUT":
            self.responses.append({"path": path, "commands": data})
            commands = data if isinstance(data, list) else []
            return self._json([{**c, "id": str(1300000000000000001 + n), "application_id": "900", "version": "1",
                                "guild_id": path.split("/")[4] if "/guilds/" in path else None}
                               for n, c in enumerate(commands)])
        if path == "/users/@me":
            return self._json({"id": "900", "username": "sokbo", "discriminator": "0", "avatar": None, "bot": True})
        if path.startswith("/interactions/") or path.startswith("/webhooks/"):
            if path.startswith("/webhooks/"):
                # Discord's rule: the first follow-up after a deferred response takes the defer's
                # visibility, whatever flags it asks for; later ones have their own.
                token = path.split("/")[3].split("?")[0]
                own = bool(data.get("flags", 0) & 64)
                private = self.deferred.pop(token, own)
                self.responses.append({"path": path, **data, "visible_to": "caller" if private else "channel"})
                return self._json(_discord_message("901", "1", data))  # a snowflake: discord.py parses it
            self.responses.append({"path": path, **data})
            interaction_id, token = path.split("/")[2], path.split("/")[3]
            flags = (data.get("data") or {}).get("flags", 0)
            if data.get("type") == 5:
                self.deferred[token] = bool(flags & 64)
            elif data.get("type") == 4:
                self.responses[-1]["visible_to"] = "caller" if flags & 64 else "channel"
            return self._json({"interaction": {"id": interaction_id, "type": 2,
                                               "response_message_loading": data.get("type") == 5,
                                               "response_message_ephemeral": bool(flags & 64)},
                               "resource": {"type": data.get("type", 4)}})
        if path.startswith("/channels/") and "/messages/" in path and method == "PATCH":
            channel, message_id = path.split("/")[2], path.split("/")[4]
            for posted in self.in_channel(channel):
                if posted.ts == message_id:
                    posted.payload = {**posted.payload, **data}
                    return self._json(_discord_message(message_id, channel, posted.payload))
            return self._json({"message": "Unknown Message", "code": 10008}, status=404)
        if path.startswith("/channels/") and path.endswith("/messages") and method == "POST":
            channel = path.split("/")[2]
            failure = self.failures[channel].pop(0) if self.failures[channel] else None
            if failure is not None:
                headers = {"Via": "1.1 google"} if failure.status == 429 else {}
                if failure.retry_after is not None:
                    headers["Retry-After"] = str(failure.retry_after)
                    headers["X-RateLimit-Scope"] = "user"
                return self._json({"message": failure.error or "error", "code": failure.code,
                                   "retry_after": failure.retry_after or 0, "global": False},
                                  status=failure.status, headers=headers)
            nonce = data.get("nonce")
            if data.get("enforce_nonce") and nonce:
                for earlier in self.in_channel(channel):
                    if earlier.payload.get("nonce") == nonce and time.time() - earlier.at < self.nonce_window:
                        return self._json(_discord_message(earlier.ts, channel, earlier.payload))
            message_id = self._snowflake()
            self.posted.append(Posted(channel, data, message_id, time.time()))
            return self._json(_discord_message(message_id, channel, data))
        if path.startswith("/channels/") and path.endswith("/messages") and method == "GET":
            return self._discord_history(path.split("/")[2], int(data.get("after") or 0), int(data.get("limit") or 50))
        return self._json({"message": "404: Not Found", "code": 0}, status=404)

    def _discord_history(self, channel: str, after: int, limit: int) -> web.Response:
        """The `limit` oldest messages after `after`, newest first, as Discord pages them."""
        if self.history_error:
            return self._json({"message": self.history_error, "code": 50001}, status=403)
        if self.history_failures > 0:
            self.history_failures -= 1
            return self._json({"message": "Internal Server Error", "code": 0}, status=500)
        newer = [p for p in self.in_channel(channel) if int(p.ts) > after][:limit]
        return self._json([{**_discord_message(p.ts, channel, p.payload), "nonce": None} for p in reversed(newer)])

    def _snowflake(self) -> str:
        return str((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22 | next(self._ts) % 4096)


def _discord_message(message_id: str, channel: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": message_id, "channel_id": channel, "content": data.get("content") or "",
            "embeds": data.get("embeds") or [], "author": {"id": "900", "username": "sokbo", "discriminator": "0",
                                                           "avatar": None, "bot": True},
            "attachments": [], "mentions": [], "mention_roles": [], "pinned": False, "mention_everyone": False,
            "tts": False, "timestamp": "2026-11-27T00:00:00+00:00", "edited_timestamp": None, "flags": 0,
            "components": data.get("components") or [], "type": 0, "nonce": data.get("nonce")}
