"""The real Bolt app in HTTP mode, receiving correctly (and incorrectly) signed requests;
its Web API calls and responses go to a local Slack-like server."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app.config import SlackConfig
from bot.platforms.slack import SlackBot, web_client
from tests.botkit import SLACK_CHANNEL, Bot, article, bot
from tests.chatserver import ChatServer
from tests.rulekit import WATCH, write_rules

SECRET = "test-signing-secret"


class SlackHarness:
    def __init__(self, sokbo: Bot, slack: SlackBot, chat: ChatServer) -> None:
        self.sokbo, self.slack, self.chat = sokbo, slack, chat
        self._responses = 0

    async def post(self, form: dict[str, str], *, secret: str = SECRET, age: float = 0,
                   timestamp: str | None = None) -> int:
        body = urlencode(form)
        timestamp = timestamp if timestamp is not None else str(int(time.time() - age))
        signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
        async with aiohttp.ClientSession() as session, session.post(
            f"http://127.0.0.1:{self.slack.port}/slack/events", data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": timestamp,
                     "X-Slack-Signature": signature},
        ) as response:
            return response.status

    async def command(self, text: str, *, user: str = "U1", **kwargs: Any) -> dict[str, Any]:
        self._responses += 1
        url = self.chat.url(f"/respond/{self._responses}")
        status = await self.post({"token": "x", "team_id": "T1", "channel_id": SLACK_CHANNEL.channel_id,
                                  "user_id": user, "command": "/sokbo", "text": text, "response_url": url,
                                  "trigger_id": "1.2.3"}, **kwargs)
        assert status == 200
        return await self.response(f"/respond/{self._responses}")

    async def response(self, path: str) -> dict[str, Any]:
        for _ in range(500):
            found = [r for r in self.chat.responses if r["path"] == path]
            if found:
                return found[0]
            await asyncio.sleep(0.02)
        raise AssertionError(f"no response posted to {path}")


async def _harness(engine: AsyncEngine, chat: ChatServer, tmp_path: Path,
                   managers: list[str]) -> AsyncIterator[SlackHarness]:
    async with bot(engine, chat, tmp_path) as sokbo:
        config = SlackConfig(mode="http", port=0, api_url=chat.url("/slack/api/"), managers=managers)
        slack = SlackBot(config, sokbo.commands, web_client("xoxb-test", config.api_url), signing_secret=SECRET)
        await slack.start(app_token=None, host="127.0.0.1")
        try:
            yield SlackHarness(sokbo, slack, chat)
        finally:
            await slack.stop()


@pytest.fixture
async def slack(engine: AsyncEngine, chat: ChatServer, tmp_path: Path) -> AsyncIterator[SlackHarness]:
    async for harness in _harness(engine, chat, tmp_path, []):
        yield harness


async def test_subscribe_by_slash_command_answers_in_channel_and_takes_effect(slack: SlackHarness) -> None:
    reply = await slack.command("subscribe kakao-absent")
    assert reply["response_type"] == "in_channel"
    assert "kakao-absent" in reply["text"]
    subscriptions = await slack.sokbo.subscriptions.of_channel(SLACK_CHANNEL)
    assert [s.rule_id for s in subscriptions] == ["kakao-absent"]


async def test_lookups_are_ephemeral_and_quote_titles_without_pinging(slack: SlackHarness) -> None:
    await slack.sokbo.publish(article(1, title="<!channel> 카카오 <@U999> 발표", body="카카오가 발표했다."))
    reply = await slack.command("search 카카오")
    assert reply["response_type"] == "ephemeral"
    assert "&lt;!channel&gt; 카카오 &lt;@U999&gt; 발표" in reply["text"]
    assert "<!channel>" not in reply["text"]


async def test_answers_are_rich_text_our_bold_is_a_style_and_quoted_marks_stay_text(slack: SlackHarness) -> None:
    """Slack bolds *x* only at word boundaries, so '*피드 2개*' beside Hangul showed its asterisks;
    a title's own * and ` were read as markup. Answers go out as rich_text elements instead."""
    await slack.sokbo.publish(article(1, title="*속보* `카카오` 발표", body="카카오가 발표했다."))
    reply = await slack.command("search 카카오")
    [block] = reply["blocks"]
    assert block["type"] == "rich_text"
    elements = block["elements"][0]["elements"]
    [title] = [e for e in elements if e["type"] == "link"]
    assert title["text"] == "*속보* `카카오` 발표" and "style" not in title  # quoted as written, not formatted
    assert not any(e.get("style") for e in elements)  # nothing in this answer is ours to emphasise
    listing = await slack.command("rules")
    styled = [e for e in listing["blocks"][0]["elements"][0]["elements"] if e.get("style")]
    assert {"type": "text", "text": "kakao-absent", "style": {"code": True}} in styled
    assert "`" not in listing["text"] and "*" not in listing["text"]  # the fallback is plain words


async def test_a_bad_or_stale_signature_is_refused_and_changes_nothing(slack: SlackHarness) -> None:
    form = {"command": "/sokbo", "text": "subscribe kakao-absent", "channel_id": SLACK_CHANNEL.channel_id,
            "user_id": "U1", "team_id": "T1", "response_url": slack.chat.url("/respond/x")}
    assert await slack.post(form, secret="not-the-secret") == 401
    assert await slack.post(form, age=600) == 401
    for garbage in ("not-a-number", "1e99", "", "9" * 400):  # was a 500 (issue #9, item 4)
        assert await slack.post(form, timestamp=garbage) == 401, garbage
    await asyncio.sleep(0.1)
    assert await slack.sokbo.subscriptions.of_channel(SLACK_CHANNEL) == []


async def test_the_mute_button_mutes_that_rule_in_that_channel_for_a_day(slack: SlackHarness) -> None:
    payload = {"type": "block_actions", "team": {"id": "T1"}, "user": {"id": "U1"}, "api_app_id": "A1",
               "channel": {"id": SLACK_CHANNEL.channel_id}, "container": {"type": "message"},
               "trigger_id": "1.2.3", "response_url": slack.chat.url("/respond/button"),
               "actions": [{"action_id": "sokbo_mute_rule", "block_id": "b", "type": "button",
                            "value": "kakao-absent", "action_ts": "1"}]}
    assert await slack.post({"payload": json.dumps(payload)}) == 200
    reply = await slack.response("/respond/button")
    assert "kakao-absent" in reply["text"]
    assert reply["response_type"] == "in_channel" and reply["replace_original"] is False  # the channel is told
    await slack.command("subscribe kakao-absent")
    await slack.sokbo.publish(article(1))
    await slack.sokbo.deliverer.drain()
    assert slack.chat.in_channel(SLACK_CHANNEL.channel_id) == []


async def test_only_listed_managers_may_change_subscriptions(engine: AsyncEngine, chat: ChatServer,
                                                             tmp_path: Path) -> None:
    async for slack in _harness(engine, chat, tmp_path, ["SADMINS"]):
        refused = await slack.command("subscribe kakao-absent", user="U1")
        assert "권한" in refused["text"]
        allowed = await slack.command("subscribe kakao-absent", user="UGROUPMEMBER")
        assert "kakao-absent" in allowed["text"] and "권한" not in allowed["text"]
        assert "rules" in (await slack.command("help en", user="U1"))["text"]


async def test_socket_mode_receives_the_command_over_the_websocket_and_acks_it(
        engine: AsyncEngine, chat: ChatServer, tmp_path: Path) -> None:
    async with bot(engine, chat, tmp_path) as sokbo:
        config = SlackConfig(mode="socket", api_url=chat.url("/slack/api/"))
        slack = SlackBot(config, sokbo.commands, web_client("xoxb-test", config.api_url), signing_secret=None)
        await slack.start(app_token="xapp-test")
        try:
            for _ in range(200):
                if chat.socket_connected():
                    break
                await asyncio.sleep(0.05)
            chat.socket_send({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
                              "payload": {"command": "/sokbo", "text": "subscribe kakao-absent", "team_id": "T1",
                                          "channel_id": SLACK_CHANNEL.channel_id, "user_id": "U1",
                                          "response_url": chat.url("/respond/socket"), "trigger_id": "1"}})
            harness = SlackHarness(sokbo, slack, chat)
            reply = await harness.response("/respond/socket")
        finally:
            await slack.stop()
    assert "kakao-absent" in reply["text"]
    assert any(ack.get("envelope_id") == "env-1" for ack in chat.socket_acks)
    opened = [seen for seen in chat.requests if seen.path.endswith("apps.connections.open")]
    assert opened and opened[0].headers["Authorization"] == "Bearer xapp-test"


async def test_long_answers_are_cut_to_what_slack_shows(slack: SlackHarness, tmp_path: Path) -> None:
    many = "".join(f"\n  - id: rule-{n}\n    title: 아주 긴 규칙 제목 {'가' * 40} {n}\n    when: {{keyword: 단어{n}}}"
                   for n in range(400))
    write_rules(tmp_path, WATCH + many)
    assert await slack.sokbo.rules.load()
    reply = await slack.command("rules")
    assert len(reply["text"]) <= 12000 and reply["text"].endswith("…")
