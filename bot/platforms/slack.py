"""Slack: the `/sokbo` command and alert buttons (slack-bolt, async), and alert posting.

Socket Mode by default (no public URL); HTTP mode serves /slack/events with the signing
secret verified by Bolt. The Web API base URL is configurable (GovSlack, tests).

Posting: Bolt's client retries nothing we do not ask for (its connection-error retry is
switched off here: a retried post after a reset could post twice); the Deliverer owns
retries. Each alert carries its outbox key as message metadata, so after a crash the
channel's history says whether it was posted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from datetime import datetime
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.app.config import SlackConfig
from bot.commands.verbs import Commands
from bot.delivery.deliverer import Deliverable, DeliveryError
from bot.model import Caller, Channel
from bot.platforms.render import (
    Digest,
    Edit,
    Notice,
    slack_digest,
    slack_message,
    slack_notice,
    slack_reply,
)
from feeds.fetch import parse_retry_after

log = logging.getLogger(__name__)

METADATA_TYPE = "sokbo_alert"
HISTORY_PAGES = 5  # 200 messages each, searched for an alert whose post had an unknown outcome
# The channel will not take posts until someone acts: stop trying (and say so in status).
CHANNEL_GONE = {"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "restricted_action",
                "missing_scope", "invalid_auth", "not_authed", "account_inactive", "token_revoked",
                "ekm_access_denied", "team_access_not_granted"}
RETRYABLE = {"ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable",
             "request_timeout"}


class SlackTransport:
    platform = "slack"

    def __init__(self, client: AsyncWebClient, *, min_interval: float = 1.0) -> None:
        self.client = client
        self.min_interval = min_interval  # Slack: about one message per second per channel

    async def send(self, channel_id: str, item: Deliverable, key: str) -> str:
        metadata = {"event_type": METADATA_TYPE, "event_payload": {"key": key}}
        try:
            if isinstance(item, Edit):
                # the same message without unfurl_*, which chat.update does not take
                message = {k: v for k, v in slack_message(item.alert).items() if not k.startswith("unfurl_")}
                response = await self.client.chat_update(channel=channel_id, ts=item.message_id, **message)
            else:
                message = (slack_notice(item) if isinstance(item, Notice)
                           else slack_digest(item) if isinstance(item, Digest) else slack_message(item))
                response = await self.client.chat_postMessage(channel=channel_id, metadata=metadata, **message)
        except SlackApiError as exc:
            if isinstance(item, Edit) and exc.response.get("error") == "message_not_found":
                raise DeliveryError("slack: message_not_found", retry=False, message_gone=True) from exc
            raise _api_error(exc) from exc
        except aiohttp.ClientConnectorError as exc:
            raise DeliveryError(f"cannot connect to Slack: {exc}", retry=True) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(f"Slack request failed mid-flight: {exc!r}", retry=True, outcome_known=False) from exc
        return str(response["ts"])

    async def find_sent(self, channel_id: str, key: str, since: datetime) -> str | None:
        cursor: str | None = None
        for _page in range(HISTORY_PAGES):
            try:
                response = await self.client.conversations_history(
                    channel=channel_id, oldest=f"{since.timestamp():.6f}", include_all_metadata=True, limit=200,
                    cursor=cursor)
            except SlackApiError as exc:
                raise _api_error(exc, posting=False) from exc
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise DeliveryError(f"history check failed: {exc!r}", retry=True) from exc
            for message in response.get("messages") or []:
                metadata = message.get("metadata") or {}
                if (metadata.get("event_type") == METADATA_TYPE
                        and (metadata.get("event_payload") or {}).get("key") == key):
                    return str(message["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                return None
        return None  # busier than that since the attempt: a possible repeat beats a loss


def _api_error(exc: SlackApiError, *, posting: bool = True) -> DeliveryError:
    """How the Deliverer should treat a Slack error; only a failed *post* can stop a channel
    (a missing history scope must not silence a channel that accepts posts)."""
    status = exc.response.status_code
    error = str(exc.response.get("error") or f"HTTP {status}")
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After") or exc.response.headers.get("retry-after"))
    if status == 429 or error in ("ratelimited", "rate_limited"):
        return DeliveryError(f"slack: {error}", retry=True, retry_after=retry_after)
    if error in RETRYABLE or status >= 500:  # Slack may have posted before failing: check first
        return DeliveryError(f"slack: {error}", retry=True, retry_after=retry_after, outcome_known=False)
    if error in CHANNEL_GONE:
        return DeliveryError(f"slack: {error}", retry=False, channel_gone=posting)
    return DeliveryError(f"slack: {error}", retry=False)


def web_client(token: str | None, api_url: str) -> AsyncWebClient:
    client = AsyncWebClient(token=token, base_url=api_url if api_url.endswith("/") else api_url + "/")
    client.retry_handlers = []  # see the module docstring: the Deliverer retries, knowing what was sent
    return client


@web.middleware
async def _refuse_unreadable_timestamps(request: web.Request, handler: Any) -> web.StreamResponse:
    """A request whose X-Slack-Request-Timestamp is not a plain integer cannot be signed by
    Slack: 401, where bolt's verifier would raise on int() and answer 500."""
    stamp = request.headers.get("X-Slack-Request-Timestamp", "")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        return web.Response(status=401, text="invalid request")
    response: web.StreamResponse = await handler(request)
    return response


_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>")


def command_text(text: str) -> str:
    """A slash command's text as typed. With escaping on (the app manifest's should_escape,
    needed for a user group to arrive as `<!subteam^S…|@team>`), Slack wraps links in <…> and
    writes &, < and > as entities; mentions stay in Slack's markup for the ping parser."""
    text = _SLACK_LINK.sub(lambda m: m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class SlackBot:
    """The Bolt app: `/sokbo` and the "mute this rule for a day" button."""

    def __init__(self, config: SlackConfig, commands: Commands, client: AsyncWebClient, *,
                 signing_secret: str | None) -> None:
        self.config = config
        self.commands = commands
        self.client = client
        self.app = AsyncApp(client=client, signing_secret=signing_secret or "",
                            request_verification_enabled=config.mode == "http")
        self._group_members: dict[str, tuple[float, set[str]]] = {}
        self.app.command("/sokbo")(self._on_command)
        self.app.action("sokbo_mute_rule")(self._on_mute_rule)
        self.app.action("sokbo_open")(self._ack_only)
        self._runner: web.AppRunner | None = None
        self._socket: Any = None
        self.port = config.port

    async def can_manage(self, user_id: str) -> bool:
        managers = self.config.managers
        if not managers or user_id in managers:
            return True
        for group in (m for m in managers if m.startswith("S")):
            cached = self._group_members.get(group)
            if cached is None or time.monotonic() - cached[0] > 300:
                try:
                    response = await self.client.usergroups_users_list(usergroup=group)
                    cached = (time.monotonic(), set(response.get("users") or []))
                except SlackApiError as exc:
                    log.warning("cannot read Slack user group %s: %s", group, exc.response.get("error"))
                    cached = (time.monotonic(), set())
                self._group_members[group] = cached
            if user_id in cached[1]:
                return True
        return False

    async def _caller(self, channel_id: str, user_id: str) -> Caller:
        return Caller(Channel("slack", channel_id), user_id, await self.can_manage(user_id))

    async def _on_command(self, ack: Any, body: dict[str, Any], respond: Any) -> None:
        await ack()  # Slack wants an answer within 3 seconds; the work happens after
        caller = await self._caller(body.get("channel_id", ""), body.get("user_id", ""))
        reply = await self.commands.handle(caller, command_text(body.get("text") or ""))
        await respond(**slack_reply(reply.body), response_type="in_channel" if reply.public else "ephemeral")

    async def _on_mute_rule(self, ack: Any, body: dict[str, Any], respond: Any) -> None:
        await ack()
        action = (body.get("actions") or [{}])[0]
        caller = await self._caller((body.get("channel") or {}).get("id", ""), (body.get("user") or {}).get("id", ""))
        reply = await self.commands.handle(caller, f"mute-rule {action.get('value', '')}")
        # said to the channel (everyone there stops getting these alerts); a refusal to the clicker
        await respond(**slack_reply(reply.body), response_type="in_channel" if reply.public else "ephemeral",
                      replace_original=False)

    async def _ack_only(self, ack: Any) -> None:
        await ack()

    async def start(self, *, app_token: str | None, host: str = "0.0.0.0") -> None:
        if self.config.mode == "http":
            # A request still open at stop gets 3 s, not aiohttp's 60: a stop has 25 s in all.
            web_app = self.app.web_app(path="/slack/events", port=self.config.port)
            web_app.middlewares.append(_refuse_unreadable_timestamps)
            self._runner = web.AppRunner(web_app, shutdown_timeout=3.0)
            await self._runner.setup()
            await web.TCPSite(self._runner, host, self.config.port).start()
            self.port = self._runner.addresses[0][1]  # the real one when the config said 0
            log.info("Slack HTTP mode: serving /slack/events on port %d", self.port)
            return
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        if not app_token:
            raise ValueError("Slack Socket Mode needs SLACK_APP_TOKEN (xapp-…); or set slack.mode: http")
        self._socket = AsyncSocketModeHandler(self.app, app_token, web_client=self.client)
        await self._socket.connect_async()
        log.info("Slack Socket Mode connected")

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._socket is not None:
            await asyncio.shield(self._socket.close_async())
