"""discord.py pointed at a local Discord-like server: the alert payloads it sends, and
the `/sokbo` group answering real interaction payloads (as the gateway delivers them)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.http import Route
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app.config import DiscordConfig
from bot.model import Channel
from bot.platforms.discord import DiscordBot, DiscordTransport, make_client, muted_rule_of
from bot.platforms.render import Notice
from sokbo.timeutil import utcnow
from tests.botkit import Bot, article, bot, make_deliverer
from tests.chatserver import ChatServer, Failure

CHANNEL = Channel("discord", "555")
MANAGE_CHANNELS = 1 << 4


@dataclass
class DiscordHarness:
    sokbo: Bot
    client: discord.Client
    discord_bot: DiscordBot
    chat: ChatServer

    async def deliver(self) -> None:
        await make_deliverer(self.sokbo.outbox, self.sokbo.articles, [DiscordTransport(self.client)]).drain()


@pytest.fixture
async def dc(engine: AsyncEngine, chat: ChatServer, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[DiscordHarness]:
    monkeypatch.setattr(Route, "BASE", chat.url("/discord/api/v10"))
    async with bot(engine, chat, tmp_path) as sokbo:
        client = make_client()
        await client.login("discord-test-token")
        discord_bot = DiscordBot(DiscordConfig(), sokbo.commands, client)
        try:
            yield DiscordHarness(sokbo, client, discord_bot, chat)
        finally:
            await client.close()


def interaction(options: list[dict[str, Any]], *, permissions: int = MANAGE_CHANNELS, kind: int = 2,
                interaction_id: str = "1200000000000000001") -> dict[str, Any]:
    return {
        "id": interaction_id, "application_id": "900", "type": kind, "token": f"tok{interaction_id}", "version": 1,
        "guild_id": "42", "channel_id": CHANNEL.channel_id, "locale": "ko", "guild_locale": "ko",
        "channel": {"id": CHANNEL.channel_id, "type": 0, "guild_id": "42", "name": "news", "position": 0,
                    "permission_overwrites": [], "nsfw": False, "parent_id": None},
        "member": {"user": {"id": "77", "username": "analyst", "discriminator": "0", "avatar": None},
                   "roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False,
                   "flags": 0, "permissions": str(permissions)},
        "app_permissions": str(1 << 11 | 1 << 14), "entitlements": [], "context": 0,
        "authorizing_integration_owners": {"0": "42"}, "attachment_size_limit": 10 * 1024 * 1024,
        "data": {"id": "1300000000000000001", "name": "sokbo", "type": 1, "options": options},
    }


def sub(name: str, **values: str) -> list[dict[str, Any]]:
    return [{"name": name, "type": 1, "options": [{"name": k, "type": 3, "value": v} for k, v in values.items()]}]


async def answered(chat: ChatServer, token: str) -> dict[str, Any]:
    """The answer to an interaction, immediate or a follow-up, with who saw it (`visible_to`,
    as the local Discord decides it: a follow-up after a defer is as visible as the defer)."""
    for _ in range(500):
        found = [r for r in chat.responses if r["path"].startswith("/webhooks/") and r["path"].endswith(token)]
        found += [{**r["data"], "visible_to": r["visible_to"]} for r in chat.responses
                  if r["path"].startswith("/interactions/") and f"/{token}/" in r["path"] and r.get("type") == 4]
        if found:
            return found[-1]
        await asyncio.sleep(0.02)
    raise AssertionError(f"no answer for {token}: {chat.responses}")


async def test_alerts_go_out_as_embeds_that_cannot_mention_and_carry_a_nonce(dc: DiscordHarness) -> None:
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.publish(article(1, title="@everyone 카카오, 새 AI 연합체서 빠져 <@123>"))
    await dc.deliver()

    [post] = dc.chat.in_channel(CHANNEL.channel_id)
    payload = post.payload
    assert payload["allowed_mentions"] == {"parse": []}
    assert payload["enforce_nonce"] is True and len(payload["nonce"]) == 25
    [embed] = payload["embeds"]
    assert embed["url"] == "https://news.example.kr/1"
    assert any("불참: 카카오 — 한빛AI얼라이언스" in f["value"] for f in embed["fields"])
    assert "@everyone" not in embed["description"] and len(embed["title"]) <= 256


async def test_a_restart_after_an_unrecorded_post_is_deduplicated_by_the_nonce(dc: DiscordHarness) -> None:
    await dc.sokbo.post_then_crash(DiscordTransport(dc.client), CHANNEL)
    await dc.deliver()
    assert len(dc.chat.in_channel(CHANNEL.channel_id)) == 1
    assert (await dc.sokbo.outbox.items_of(CHANNEL))[0].status == "sent"


async def test_a_restart_after_the_nonce_window_finds_the_alert_in_the_channel_history(dc: DiscordHarness) -> None:
    dc.chat.nonce_window = 0  # Discord forgets nonces after minutes; the restart came later
    await dc.sokbo.post_then_crash(DiscordTransport(dc.client), CHANNEL)
    dc.chat.history_failures = 1  # and the first look fails: it looks again later, it does not post
    await dc.deliver()
    [posted] = dc.chat.in_channel(CHANNEL.channel_id)
    [item] = await dc.sokbo.outbox.items_of(CHANNEL)
    assert item.status == "sent" and item.platform_message_id == posted.ts
    assert sum(1 for path, _ in dc.chat.calls if path.endswith(f"/channels/{CHANNEL.channel_id}/messages")) >= 3


async def test_without_read_message_history_an_unknown_outcome_is_posted_again_rather_than_lost(
        dc: DiscordHarness) -> None:
    dc.chat.nonce_window, dc.chat.history_error = 0, "Missing Access"
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.publish(article(1))
    [item] = await dc.sokbo.outbox.items_of(CHANNEL)
    await dc.sokbo.outbox.mark_sending(item)  # the process died before or after posting: nobody knows
    await dc.deliver()
    assert len(dc.chat.in_channel(CHANNEL.channel_id)) == 1
    assert (await dc.sokbo.outbox.items_of(CHANNEL))[0].status == "sent"


async def test_notices_and_digests_without_a_button_are_found_in_history_by_their_footer(
        dc: DiscordHarness) -> None:
    transport = DiscordTransport(dc.client)
    since = utcnow() - timedelta(minutes=1)
    message_id = await transport.send(CHANNEL.channel_id, Notice("규칙 파일 오류: watch.yaml:3:5"), "ab" * 20)
    [posted] = dc.chat.in_channel(CHANNEL.channel_id)
    assert posted.payload["embeds"][0]["footer"]["text"] == "sokbo · " + "ab" * 6
    assert await transport.find_sent(CHANNEL.channel_id, "ab" * 20, since) == message_id
    assert await transport.find_sent(CHANNEL.channel_id, "cd" * 20, since) is None


def test_mute_buttons_posted_before_history_markers_still_name_their_rule() -> None:
    assert muted_rule_of("sokbo:mute:kakao-absent") == "kakao-absent"
    assert muted_rule_of("sokbo:mute:kakao-absent:8bb55d0cacaa") == "kakao-absent"
    assert muted_rule_of("other:button") is None


async def test_rate_limits_are_waited_out_and_unknown_channels_are_given_up(dc: DiscordHarness) -> None:
    gone = Channel("discord", "666")
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.command("subscribe kakao-absent", gone)
    dc.chat.fail(CHANNEL.channel_id, Failure(status=429, retry_after=0.2))
    dc.chat.fail(gone.channel_id, Failure(status=404, code=10003, error="Unknown Channel"))
    await dc.sokbo.publish(article(1))
    await dc.deliver()
    assert len(dc.chat.in_channel(CHANNEL.channel_id)) == 1
    assert dc.chat.in_channel(gone.channel_id) == []
    status = await dc.sokbo.command("status", gone)
    assert "discord:666" in status and "Unknown Channel" in status


async def test_slash_subscribe_defers_then_answers_in_channel(dc: DiscordHarness) -> None:
    dc.client._connection.parse_interaction_create(interaction(sub("subscribe", rule="kakao-absent")))  # type: ignore[arg-type]
    reply = await answered(dc.chat, "tok1200000000000000001")
    assert "kakao-absent" in reply["content"]
    assert reply["allowed_mentions"] == {"parse": []}
    assert reply["visible_to"] == "channel"  # a change of subscriptions is announced
    assert [s.rule_id for s in await dc.sokbo.subscriptions.of_channel(CHANNEL)] == ["kakao-absent"]


async def test_a_typo_in_a_public_verb_is_answered_to_the_caller_alone(dc: DiscordHarness) -> None:
    """After a public defer Discord makes the first follow-up public too: typos used to show to all."""
    dc.client._connection.parse_interaction_create(interaction(sub("subscribe", rule="kakao-absnet")))  # type: ignore[arg-type]
    reply = await answered(dc.chat, "tok1200000000000000001")
    assert "kakao-absent" in reply["content"]  # did you mean
    assert reply["visible_to"] == "caller"


async def test_members_without_manage_channels_cannot_subscribe(dc: DiscordHarness) -> None:
    dc.client._connection.parse_interaction_create(  # type: ignore[arg-type]
        interaction(sub("subscribe", rule="kakao-absent"), permissions=0))
    reply = await answered(dc.chat, "tok1200000000000000001")
    assert "권한" in reply["content"]
    assert reply["visible_to"] == "caller"
    assert await dc.sokbo.subscriptions.of_channel(CHANNEL) == []


async def test_rule_ids_autocomplete(dc: DiscordHarness) -> None:
    options = [{"name": "subscribe", "type": 1, "options": [
        {"name": "rule", "type": 3, "value": "kakao", "focused": True}]}]
    dc.client._connection.parse_interaction_create(interaction(options, kind=4))  # type: ignore[arg-type]
    for _ in range(500):
        callbacks = [r for r in dc.chat.responses if r["path"].startswith("/interactions/")]
        if callbacks:
            break
        await asyncio.sleep(0.02)
    [callback] = callbacks
    assert callback["type"] == 8
    assert {c["value"] for c in callback["data"]["choices"]} == {"kakao-absent", "kakao-llm"}


async def test_commands_are_synced_to_the_guild_as_one_sokbo_group(dc: DiscordHarness) -> None:
    await dc.discord_bot.sync(42)
    [synced] = [r for r in dc.chat.responses if r["path"] == "/applications/900/guilds/42/commands"]
    [group] = synced["commands"]
    assert group["name"] == "sokbo"
    verbs = {option["name"] for option in group["options"]}
    assert verbs >= {"subscribe", "unsubscribe", "watch", "unwatch", "list", "rules", "search", "test", "status",
                     "mute", "digest", "quiet", "help"}
    subscribe = next(o for o in group["options"] if o["name"] == "subscribe")
    assert subscribe["options"][0]["autocomplete"] is True
    help_ = next(o for o in group["options"] if o["name"] == "help")  # help took no language
    [language] = help_["options"]
    assert language["required"] is False and {c["value"] for c in language["choices"]} == {"ko", "en"}


async def test_the_mute_button_on_an_alert_mutes_its_rule_here(dc: DiscordHarness) -> None:
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.publish(article(1))
    await dc.deliver()
    [post] = dc.chat.in_channel(CHANNEL.channel_id)
    [button] = post.payload["components"][0]["components"]
    assert button["custom_id"].startswith("sokbo:mute:kakao-absent:")  # then the alert's history marker

    click = interaction([], kind=3)
    click["data"] = {"custom_id": button["custom_id"], "component_type": 2}
    click["message"] = {**post.payload, "id": post.ts, "channel_id": CHANNEL.channel_id, "author": {
        "id": "900", "username": "sokbo", "discriminator": "0", "avatar": None}, "attachments": [], "mentions": [],
        "mention_roles": [], "pinned": False, "mention_everyone": False, "tts": False, "type": 0, "flags": 0,
        "timestamp": "2026-11-27T00:00:00+00:00", "edited_timestamp": None, "content": ""}
    dc.client._connection.parse_interaction_create(click)  # type: ignore[arg-type]
    reply = await answered(dc.chat, "tok1200000000000000001")
    assert "kakao-absent" in reply["content"] and "끕니다" in reply["content"]
    await dc.sokbo.publish(article(2, title="카카오, 다른 협의체서도 빠져", body="새 협의체 '누리AI포럼' 명단에 카카오가 빠졌다."))
    await dc.deliver()
    assert len(dc.chat.in_channel(CHANNEL.channel_id)) == 1


async def test_a_later_report_of_the_same_story_edits_the_embed(dc: DiscordHarness) -> None:
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.publish(article(1, outlet="한빛일보"))
    await dc.deliver()
    await dc.sokbo.publish(article(2, outlet="테크데일리", title="카카오 빠진 한빛AI얼라이언스 출범"))
    await dc.deliver()
    [post] = dc.chat.in_channel(CHANNEL.channel_id)
    fields = post.payload["embeds"][0]["fields"]
    assert any(f["name"] == "같은 소식" and "테크데일리" in f["value"] for f in fields)
    assert post.payload["allowed_mentions"] == {"parse": []}


async def test_a_later_report_whose_embed_was_deleted_is_posted_anew(dc: DiscordHarness) -> None:
    await dc.sokbo.command("subscribe kakao-absent", CHANNEL)
    await dc.sokbo.publish(article(1, outlet="한빛일보"))
    await dc.deliver()
    dc.chat.posted.clear()  # the alert was deleted: editing it answers 404 Unknown Message (10008)
    await dc.sokbo.publish(article(2, outlet="테크데일리", title="카카오 빠진 한빛AI얼라이언스 출범"))
    await dc.deliver()
    [post] = dc.chat.in_channel(CHANNEL.channel_id)
    fields = post.payload["embeds"][0]["fields"]
    assert any(f["name"] == "같은 소식" and "테크데일리" in f["value"] for f in fields)
    assert await dc.sokbo.subscriptions.of_channel(CHANNEL)  # the channel was not given up on


async def test_replies_quoting_titles_cannot_mask_links_or_mention(dc: DiscordHarness) -> None:
    await dc.sokbo.publish(article(1, title="카카오 [공식 발표](https://evil.example) <@123> @everyone",
                                   body="카카오가 발표했다."))
    dc.client._connection.parse_interaction_create(interaction(sub("search", query="카카오")))  # type: ignore[arg-type]
    reply = await answered(dc.chat, "tok1200000000000000001")
    assert "[공식 발표](" not in reply["content"] and "<@123>" not in reply["content"]
    assert "@everyone" not in reply["content"] and reply["allowed_mentions"] == {"parse": []}
    assert "공식 발표" in reply["content"]


async def test_a_command_slower_than_discords_deadline_is_deferred_privately_then_announced(
        dc: DiscordHarness, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.platforms.discord

    monkeypatch.setattr(bot.platforms.discord, "ANSWER_WITHIN_S", 0.0)  # every command is "slow"
    dc.client._connection.parse_interaction_create(interaction(sub("subscribe", rule="kakao-absent")))  # type: ignore[arg-type]
    for _ in range(500):
        followups = [r for r in dc.chat.responses if r["path"].startswith("/webhooks/")]
        if len(followups) == 2:
            break
        await asyncio.sleep(0.02)
    [callback] = [r for r in dc.chat.responses if r["path"].startswith("/interactions/")]
    assert callback["type"] == 5 and callback["data"]["flags"] & 64  # deferred, privately
    assert [f["visible_to"] for f in followups] == ["caller", "channel"]
    assert "kakao-absent" in followups[1]["content"]  # the channel is told what changed
    assert followups[0]["content"] == "채널에 알렸습니다."  # the caller, that it was told (not the same twice)


def test_replies_are_discord_markdown_bold_is_bold_and_code_is_left_as_written() -> None:
    """Our bold is **bold** (Discord's *x* is italics), code spans are left as written (a backslash
    inside `code` shows as one), and quoted text can neither mask a link, format, nor mention."""
    from bot.platforms.render import discord_reply
    from bot.richtext import Rich, bold, code

    text = discord_reply(Rich.of(bold("sokbo 명령"), "\n• ", code("search <검색어> [기간, 예: 7d]"),
                                 " — [링크](https://evil.example) @everyone *굵게*\n# 제목"))
    assert text.startswith("**sokbo 명령**")
    assert "`search <검색어> [기간, 예: 7d]`" in text  # code spans untouched
    assert "\\[링크\\]" in text and "@\u200beveryone" in text  # outside code: no masked link, no ping
    assert "\\*굵게\\*" in text and "\n\\# 제목" in text  # a title's marks and headings stay text


async def test_a_role_opted_into_for_a_high_severity_rule_is_the_only_mention_allowed(dc: DiscordHarness) -> None:
    """`subscribe kakao-absent ping @role`: the alert names that role and may notify it alone;
    the article's own @everyone and <@…> stay inert, and a rule of low severity cannot ping."""
    answer = (await dc.sokbo.commands.handle(dc.sokbo.caller(CHANNEL), "subscribe kakao-absent ping <@&987654321>")).text
    assert "987654321" in answer
    refused = (await dc.sokbo.commands.handle(dc.sokbo.caller(CHANNEL), "subscribe kakao-llm ping <@&987654321>")).text
    assert "high" in refused
    everyone = (await dc.sokbo.commands.handle(dc.sokbo.caller(CHANNEL), "subscribe kakao-absent ping @everyone")).text
    assert "잘못된 값" in everyone
    await dc.sokbo.publish(article(1, title="@everyone 카카오, 새 AI 연합체서 빠져 <@123>"))
    await dc.deliver()

    [post] = dc.chat.in_channel(CHANNEL.channel_id)
    assert post.payload["content"] == "<@&987654321>"
    allowed = post.payload["allowed_mentions"]
    assert allowed["parse"] == [] and [str(r) for r in allowed["roles"]] == ["987654321"] and not allowed["users"]
    assert "@everyone" not in post.payload["embeds"][0]["description"]
