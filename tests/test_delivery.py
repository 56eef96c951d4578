"""Alerts reach subscribed channels exactly once, in order, at the platform's pace,
through the real Slack client posting to a local Slack-like server."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.notices import RulesNotices
from bot.alerting.stories import same_story_titles
from bot.app.tables import OutboxRow
from bot.delivery.deliverer import Deliverer, DeliveryOptions
from bot.model import Channel
from bot.platforms.slack import SlackTransport, web_client
from rules.adhoc import watch_rule_id
from sokbo.timeutil import KST, utcnow
from tests.botkit import ADMIN_CHANNEL, SLACK_CHANNEL, Bot, article, bot, make_deliverer
from tests.chatserver import ChatServer, Failure, Posted
from tests.rulekit import WATCH, write_rules

HOSTILE = "<!channel> <!here> <@U12345> 카카오 *굵게* <https://evil.example|클릭>"


@pytest.fixture
async def sokbo(engine: AsyncEngine, chat: ChatServer, tmp_path: Path) -> AsyncIterator[Bot]:
    async with bot(engine, chat, tmp_path) as assembled:
        yield assembled


def text_of(payload: dict[str, object]) -> str:
    return json.dumps(payload, ensure_ascii=False)


async def test_the_seed_story_arrives_once_with_who_is_absent_and_which_model_launches_when(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.command("subscribe model-launches")
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()

    posts = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert len(posts) == 1, "two rules on one article are one alert in a channel"
    body = text_of(posts[0].payload)
    assert "불참: 카카오 — 한빛AI얼라이언스" in body
    assert "2024년 9월 12일" in body and "이르면" in body
    assert posts[0].payload["metadata"]["event_payload"]["key"]  # type: ignore[index]
    assert posts[0].payload["unfurl_links"] is False and "link_names" not in posts[0].payload


async def test_hostile_titles_cannot_ping_the_channel(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    await sokbo.publish(article(1, title=HOSTILE, body="카카오가 새 모델을 공개했다."))
    await sokbo.deliverer.drain()

    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    blocks = post.payload["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    # mrkdwn is parsed for mentions, so every mrkdwn text (and the fallback) is escaped ...
    parsed = [str(post.payload.get("text", ""))] + [
        e["text"] for b in blocks for e in b.get("elements", []) if isinstance(e, dict) and e.get("type") == "mrkdwn"]
    for live in ("<!channel>", "<!here>", "<@U12345>", "<https://evil.example|"):
        assert not any(live in text for text in parsed)
    assert any("&lt;!channel&gt;" in text for text in parsed)
    # ... and the title itself is a rich_text text element: plain characters, never a mention element.
    rich = [e for b in blocks if b["type"] == "rich_text" for s in b["elements"] for e in s["elements"]]
    assert {e["type"] for e in rich} <= {"text", "link"}


async def test_the_same_story_from_another_outlet_is_listed_not_posted_again(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1, outlet="한빛일보"))
    await sokbo.publish(article(2, outlet="테크데일리", title="카카오 빠진 한빛AI얼라이언스 출범"))
    await sokbo.deliverer.drain()

    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "같은 소식: <https://news.example.kr/2|테크데일리>" in text_of(post.payload)
    statuses = sorted(i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL))
    assert statuses == ["merged", "sent"]


async def test_one_story_is_one_alert_however_its_group_is_spelled(sokbo: Bot) -> None:
    """'K-칩얼라이언스' and 'K-칩 얼라이언스' read as two groups: the same story was posted twice."""
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1, outlet="한빛일보", title="카카오, 'K-칩얼라이언스' 불참", body="카카오가 빠졌다."))
    await sokbo.publish(article(2, outlet="테크데일리", title="카카오, K-칩 얼라이언스 불참", body="카카오가 빠졌다."))
    await sokbo.deliverer.drain()

    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "같은 소식" in text_of(post.payload) and "테크데일리" in text_of(post.payload)
    assert "<https://news.example.kr/2|테크데일리>" in text_of(post.payload)  # the other report, linked


async def test_a_later_report_whose_alert_was_deleted_is_posted_as_a_new_alert(sokbo: Bot) -> None:
    """The '같은 소식' edit failed with message_not_found and the second report was dropped."""
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1, outlet="한빛일보"))
    await sokbo.deliverer.drain()
    sokbo.server.posted.clear()  # someone deleted the alert in Slack
    await sokbo.publish(article(2, outlet="테크데일리", title="카카오 빠진 한빛AI얼라이언스 출범"))
    await sokbo.deliverer.drain()

    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "같은 소식: <https://news.example.kr/2|테크데일리>" in text_of(post.payload)
    # A third report edits the new message, not the deleted one.
    await sokbo.publish(article(3, outlet="오늘IT", title="한빛AI얼라이언스, 카카오 없이 출범"))
    await sokbo.deliverer.drain()
    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "오늘IT" in text_of(post.payload)


async def test_a_keyword_story_from_another_outlet_is_listed_but_alike_headlines_on_others_are_not(
        sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    await sokbo.command("watch 네이버")
    await sokbo.publish(article(1, outlet="한빛일보", title="카카오 1분기 영업이익 증가…분기 최대", body="카카오 실적"))
    await sokbo.publish(article(2, outlet="테크데일리", title="카카오, 1분기 영업이익 증가…분기 최대치", body="카카오"))
    # worded like the first (bigram similarity 0.68) but about another company
    await sokbo.publish(article(3, outlet="누리경제", title="네이버 1분기 영업이익 증가…분기 최대", body="네이버"))
    await sokbo.deliverer.drain()

    first, naver = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "같은 소식: <https://news.example.kr/2|테크데일리>" in text_of(first.payload)
    assert "누리경제" not in text_of(first.payload)
    assert "네이버 1분기 영업이익" in text_of(naver.payload)


@pytest.mark.parametrize(("a", "b", "names", "same"), [
    ("카카오 1분기 영업이익 증가", "카카오, 1분기 영업이익 늘어", ["카카오"], True),
    ("카카오뱅크 1분기 순이익 668억원", "카카오뱅크, 1분기 순이익 43% 증가한 668억", ["카카오"], True),
    ("카카오 1분기 영업이익 증가", "네이버 1분기 영업이익 증가", ["네이버"], False),  # another company
    ("카카오 영업이익 884억원 기록", "카카오 영업이익 1,020억원 기록", ["카카오"], False),  # other figures: other quarter
    ("카카오, 새 AI 모델 공개", "삼성전자 새 반도체 공장 착공", ["카카오"], False),
])
def test_headlines_are_one_story_only_when_close_about_the_same_names_and_figures(
        a: str, b: str, names: list[str], same: bool) -> None:
    assert same_story_titles(a, b, names) is same


async def test_fanning_out_again_after_a_crash_creates_nothing_new(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1))
    matches = await sokbo.outbox.matches([k for i in await sokbo.outbox.items_of(SLACK_CHANNEL) for k in i.match_keys])
    assert await sokbo.fanout.catch_up() == 0  # everything was fanned out
    await sokbo.fanout.publish_matches(matches, {"a0001": article(1)})  # a replica redoing it
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1


async def test_matches_stored_but_never_fanned_out_are_caught_up(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.rules._sinks.clear()  # the process "dies" between storing matches and fan-out
    await sokbo.publish(article(1))
    assert await sokbo.outbox.items_of(SLACK_CHANNEL) == []
    assert await sokbo.fanout.catch_up() > 0
    assert await sokbo.fanout.catch_up() == 0  # and only once
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1


async def test_a_failed_fan_out_is_caught_up_while_running_once_it_has_settled(sokbo: Bot) -> None:
    """A fan-out that failed after its matches were stored (a deadlock past its retries, the
    database gone for a moment) is found by the running process, not only by the next start;
    matches younger than the settle time may still be on their way and are left alone."""
    await sokbo.command("subscribe kakao-absent")
    sokbo.rules._sinks.clear()  # the fan-out of this batch fails
    await sokbo.publish(article(1))
    assert await sokbo.fanout.catch_up(settle=timedelta(minutes=5)) == 0  # just stored: not yet
    assert await sokbo.fanout.catch_up(settle=timedelta(0)) > 0
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1


async def test_rate_limits_and_server_errors_are_retried_and_delivered_once(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(status=429, error="ratelimited", retry_after=0.2),
                      Failure(status=500, error="internal_error"))
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    [item] = await sokbo.outbox.items_of(SLACK_CHANNEL)
    assert item.status == "sent" and item.attempts == 3


async def test_a_long_chat_outage_delays_alerts_without_dropping_them_until_they_are_stale(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, *[Failure(status=503, error="service_unavailable")] * 30)
    await sokbo.publish(article(1))
    patient = Deliverer(sokbo.outbox, sokbo.articles, list(sokbo.deliverer.transports.values()),
                        DeliveryOptions(backoff_base=0.01, backoff_cap=0.02, idle=0.02))  # hours, compressed
    await patient.drain()
    [item] = await sokbo.outbox.items_of(SLACK_CHANNEL)
    assert item.status == "sent" and item.attempts == 31
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1

    await sokbo.publish(article(2, title="카카오, 다른 협의체서도 빠져", body="새 협의체 '누리AI포럼' 명단에 카카오가 빠졌다."))
    async with sokbo.engine.begin() as conn:  # queued before an outage that outlasted give_up_after (2 days)
        await conn.execute(update(OutboxRow).where(OutboxRow.status == "pending")
                           .values(created_at=utcnow() - timedelta(days=2, minutes=1)))
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(status=503, error="service_unavailable"))
    await patient.drain()
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["sent", "failed"]


async def test_a_post_whose_answer_was_lost_is_found_in_history_not_posted_twice(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(post_then_fail=True))
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    [item] = await sokbo.outbox.items_of(SLACK_CHANNEL)
    assert item.status == "sent"
    assert any(path.endswith("conversations.history") for path, _ in sokbo.server.calls)


async def test_a_crash_between_posting_and_recording_does_not_repeat_the_alert(sokbo: Bot) -> None:
    client = web_client("xoxb-test", sokbo.server.url("/slack/api/"))
    await sokbo.post_then_crash(SlackTransport(client))
    # A new process starts (the dead one's channel lease is not held by anyone).
    restarted = make_deliverer(sokbo.outbox, sokbo.articles, [SlackTransport(client)])
    await restarted.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    [item] = await sokbo.outbox.items_of(SLACK_CHANNEL)
    assert item.status == "sent"


async def test_in_a_busy_channel_the_history_check_reads_past_the_first_page(sokbo: Bot) -> None:
    client = web_client("xoxb-test", sokbo.server.url("/slack/api/"))
    await sokbo.post_then_crash(SlackTransport(client))
    for n in range(450):  # people talk in the channel before sokbo is back
        sokbo.server.posted.append(Posted(SLACK_CHANNEL.channel_id, {"text": f"잡담 {n}"}, f"{time.time():.0f}.{n:06d}",
                                          time.time()))
    await make_deliverer(sokbo.outbox, sokbo.articles, [SlackTransport(client)]).drain()
    assert sum(1 for p in sokbo.server.in_channel(SLACK_CHANNEL.channel_id) if "metadata" in p.payload) == 1
    assert (await sokbo.outbox.items_of(SLACK_CHANNEL))[0].status == "sent"
    assert sum(1 for path, _ in sokbo.server.calls if path.endswith("conversations.history")) == 3


async def test_a_channel_that_is_gone_stops_receiving_and_shows_in_status(sokbo: Bot) -> None:
    gone = Channel("slack", "CGONE")
    await sokbo.command("subscribe kakao-absent", gone)
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail("CGONE", Failure(error="channel_not_found"), Failure(error="channel_not_found"))
    await sokbo.publish(article(1))
    await sokbo.publish(article(2, title="카카오, 다른 협의체서도 빠져", body="새 협의체 '누리AI포럼' 명단에 카카오가 빠졌다."))
    await sokbo.deliverer.drain()

    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 2  # other channels are unaffected
    assert sum(1 for path, data in sokbo.server.calls
               if path.endswith("chat.postMessage") and data.get("channel") == "CGONE") == 1
    status = await sokbo.command("status", gone)  # "why do we get nothing?"
    assert "slack:CGONE" in status and "channel_not_found" in status
    assert "CGONE" in await sokbo.command("status", ADMIN_CHANNEL)
    assert "CGONE" not in await sokbo.command("status")  # other channels, maybe other workspaces, do not see it


async def test_a_stopped_channel_keeps_its_alert_tells_the_admins_and_resumes_on_subscribe(sokbo: Bot) -> None:
    """After not_in_channel the channel stayed stopped even when re-subscribed ('이미 구독 중'),
    nobody was told, and the alert that hit the error was lost."""
    stopped = Channel("slack", "CKICKED")
    await sokbo.command("subscribe kakao-absent", stopped)
    sokbo.server.fail("CKICKED", Failure(error="not_in_channel"))
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert sokbo.server.in_channel("CKICKED") == []
    [notice] = sokbo.server.in_channel(ADMIN_CHANNEL.channel_id)
    assert "slack:CKICKED" in text_of(notice.payload) and "not_in_channel" in text_of(notice.payload)
    assert "초대" in await sokbo.command("status", stopped)  # what to do about it

    answer = await sokbo.command("subscribe kakao-absent", stopped)  # the bot was invited back
    assert "다시" in answer
    await sokbo.deliverer.drain()
    [post] = sokbo.server.in_channel("CKICKED")  # the alert that hit the error, kept and delivered
    assert "카카오" in text_of(post.payload)


async def test_each_channel_keeps_its_order_through_failures(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(status=503, error="service_unavailable"))
    titles = ["카카오 새 클라우드 요금제", "카카오톡 개편 발표", "카카오 3분기 실적 공개", "카카오모빌리티 해외 진출",
              "카카오 AI 연구 인력 채용"]
    for n, title in enumerate(titles):
        await sokbo.publish(article(n + 1, title=title, body=f"카카오 관련 내용 {n}", outlet=f"매체{n}"))
    await sokbo.deliverer.drain()
    posted = [str(p.payload["text"]) for p in sokbo.server.in_channel(SLACK_CHANNEL.channel_id)]
    assert [t.removeprefix("관심어: 카카오: ") for t in posted] == titles


async def test_muted_channels_and_rules_get_nothing_and_cooldown_spaces_alerts(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-llm")  # cooldown: 6h
    await sokbo.publish(article(1, title="카카오, 새 LLM 공개", body="카카오가 LLM을 공개했다."))
    await sokbo.publish(article(2, title="카카오 거대언어모델 후속 발표 일정", body="카카오가 LLM 후속작을 예고했다.",
                                outlet="다른매체"))
    await sokbo.command("mute 2h")
    await sokbo.publish(article(3, title="카카오 LLM 세 번째 이야기", body="카카오 LLM 이야기", outlet="셋째매체"))
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    reasons = [i.reason for i in await sokbo.outbox.items_of(SLACK_CHANNEL) if i.status == "suppressed"]
    assert sorted(r or "" for r in reasons) == ["muted", "rule_off_or_cooldown"]  # codes, worded when shown


async def test_quiet_hours_hold_alerts_and_release_them_as_one_digest(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    now = utcnow().astimezone(KST)
    await sokbo.command(f"quiet {(now - timedelta(minutes=1)):%H:%M}-{(now + timedelta(hours=1)):%H:%M}")
    for n, title in enumerate(["카카오 새 클라우드 요금제", "카카오톡 개편 발표", "카카오 3분기 실적 공개"]):
        await sokbo.publish(article(n + 1, title=title, body="카카오", outlet=f"m{n}"))
    await sokbo.deliverer.drain()
    assert sokbo.server.in_channel(SLACK_CHANNEL.channel_id) == []
    held = await sokbo.outbox.items_of(SLACK_CHANNEL, statuses=["held"])
    assert len(held) == 3 and all(i.next_attempt_at > now for i in held)

    async with sokbo.engine.begin() as conn:  # the quiet hour passes
        await conn.execute(update(OutboxRow).where(OutboxRow.status == "held")
                           .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    await sokbo.deliverer.drain()
    [digest] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert "3건" in digest.payload["text"]  # type: ignore[operator]
    assert {i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)} == {"digested", "sent"}


async def test_two_replicas_share_the_outbox_without_doubling_or_reordering(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    titles = ["카카오 새 클라우드 요금제", "카카오톡 개편 발표", "카카오 3분기 실적 공개", "카카오모빌리티 해외 진출"]
    for n, title in enumerate(titles):
        await sokbo.publish(article(n + 1, title=title, body="카카오", outlet=f"매체{n}"))
    client = web_client("xoxb-test", sokbo.server.url("/slack/api/"))
    # A lease shorter than the batch takes at Slack's pace: the owner must renew it.
    replicas = [make_deliverer(sokbo.outbox, sokbo.articles, [SlackTransport(client)], lease=timedelta(seconds=1))
                for _ in range(2)]
    await asyncio.gather(*(replica.drain() for replica in replicas))
    posted = [str(p.payload["text"]).removeprefix("관심어: 카카오: ") for p in sokbo.server.in_channel(SLACK_CHANNEL.channel_id)]
    assert posted == titles


async def test_a_broken_rules_edit_is_reported_in_the_admin_channel_and_so_is_the_fix(
        sokbo: Bot, tmp_path: Path) -> None:
    admin = Channel("slack", "CADMIN")
    sokbo.rules.on_reload(RulesNotices(sokbo.outbox, [admin]).on_reload)
    path = write_rules(tmp_path, WATCH.replace("title: 누군가 빠짐", "titel: 누군가 빠짐"))
    assert path == sokbo.rules.rule_files[0]
    os.utime(path, ns=(1, 10**18))
    assert not await sokbo.rules.reload_if_changed()
    await sokbo.deliverer.drain()
    [broken] = sokbo.server.in_channel("CADMIN")
    assert f"{path}:" in str(broken.payload["text"]) and "unknown key 'titel'" in str(broken.payload["text"])

    write_rules(tmp_path, WATCH)
    os.utime(path, ns=(1, 2 * 10**18))
    assert await sokbo.rules.reload_if_changed()
    await sokbo.deliverer.drain()
    assert "다시 읽었습니다" in str(sokbo.server.in_channel("CADMIN")[-1].payload["text"])
    assert len(sokbo.server.in_channel("CADMIN")) == 2


async def test_when_the_channel_cannot_be_checked_the_alert_waits_rather_than_risk_a_repeat(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(post_then_fail=True))
    sokbo.server.history_failures = 1
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    assert sum(path.endswith("conversations.history") for path, _ in sokbo.server.calls) == 2
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["sent"]


async def test_a_later_report_of_a_story_already_posted_is_added_to_that_message(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1, outlet="한빛일보"))
    await sokbo.deliverer.drain()
    await sokbo.publish(article(2, outlet="테크데일리", title="카카오 빠진 한빛AI얼라이언스 출범"))
    await sokbo.deliverer.drain()

    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)  # still one message …
    assert "같은 소식: <https://news.example.kr/2|테크데일리>" in text_of(post.payload)  # … now naming the other outlet
    assert sum(path.endswith("chat.update") for path, _ in sokbo.server.calls) == 1


async def test_without_the_history_scope_an_unknown_outcome_is_posted_again_rather_than_lost(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    sokbo.server.fail(SLACK_CHANNEL.channel_id, Failure(post_then_fail=True))
    sokbo.server.history_error = "missing_scope"
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 2  # the documented price of the missing scope
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["sent"]
    assert "전송 중지된 채널" not in await sokbo.command("status")  # the channel itself is fine


async def test_alerts_held_for_quiet_hours_stay_silent_if_the_channel_is_muted_meanwhile(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    now = utcnow().astimezone(KST)
    await sokbo.command(f"quiet {(now - timedelta(minutes=1)):%H:%M}-{(now + timedelta(hours=1)):%H:%M}")
    await sokbo.publish(article(1, title="카카오 새 클라우드 요금제", body="카카오"))
    await sokbo.command("mute 3h")
    async with sokbo.engine.begin() as conn:  # the quiet hour passes, the mute does not
        await conn.execute(update(OutboxRow).where(OutboxRow.status == "held")
                           .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    await sokbo.deliverer.drain()
    assert sokbo.server.in_channel(SLACK_CHANNEL.channel_id) == []
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["suppressed"]


async def test_a_rule_muted_while_its_alerts_waited_for_quiet_hours_drops_out_of_them(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    await sokbo.command("subscribe kakao-absent")
    now = utcnow().astimezone(KST)
    await sokbo.command(f"quiet {(now - timedelta(minutes=1)):%H:%M}-{(now + timedelta(hours=1)):%H:%M}")
    await sokbo.publish(article(1))  # the seed story: kakao-absent and the watch on 카카오
    await sokbo.publish(article(2, title="카카오 새 클라우드 요금제", body="카카오"))  # only the watch
    await sokbo.command(f"mute-rule {watch_rule_id('카카오')}")  # from the button on an earlier alert
    async with sokbo.engine.begin() as conn:  # the quiet hour passes
        await conn.execute(update(OutboxRow).where(OutboxRow.status == "held")
                           .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    await sokbo.deliverer.drain()
    [posted] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    text = json.dumps(posted.payload["blocks"], ensure_ascii=False)
    assert "불참: 카카오 — 한빛AI얼라이언스" in text and "관심어: 카카오" not in text
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["sent", "suppressed"]


async def test_stopping_finishes_the_post_in_flight_and_leaves_the_rest_for_the_next_start(sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    titles = ["카카오 새 클라우드 요금제", "카카오톡 개편 발표", "카카오 3분기 실적 공개"]
    for n, title in enumerate(titles):
        await sokbo.publish(article(n + 1, title=title, body=f"카카오 관련 내용 {n}", outlet=f"매체{n}"))
    sokbo.server.answer_delay = 1.0  # the first post is in flight when the stop comes
    running = asyncio.create_task(sokbo.deliverer.run())
    while not sokbo.server.in_channel(SLACK_CHANNEL.channel_id):
        await asyncio.sleep(0.01)
    await sokbo.deliverer.stop()
    await asyncio.wait_for(running, 5)  # the loop ends by itself, no cancellation needed
    assert [i.status for i in await sokbo.outbox.items_of(SLACK_CHANNEL)] == ["sent", "pending", "pending"]

    sokbo.server.answer_delay = 0
    await make_deliverer(sokbo.outbox, sokbo.articles, list(sokbo.deliverer.transports.values())).drain()
    posted = [str(p.payload["text"]) for p in sokbo.server.in_channel(SLACK_CHANNEL.channel_id)]
    assert [t.removeprefix("관심어: 카카오: ") for t in posted] == titles


async def test_a_paused_feed_is_told_to_the_admin_channel_once(sokbo: Bot) -> None:
    from bot.alerting.notices import FeedNotices

    notices = FeedNotices(sokbo.outbox, [ADMIN_CHANNEL], on_created=sokbo.deliverer.wake)
    await notices.on_paused("boan", "not found: HTTP 404")
    await sokbo.deliverer.drain()
    [notice] = sokbo.server.in_channel(ADMIN_CHANNEL.channel_id)
    assert "boan" in text_of(notice.payload) and "HTTP 404" in text_of(notice.payload)
    assert "sokbo feeds enable boan" in text_of(notice.payload)


async def test_a_slack_user_group_opted_into_is_pinged_and_nothing_else(sokbo: Bot) -> None:
    """`subscribe kakao-absent ping <!subteam^S…>` puts that mention (built from the stored id)
    in the alert; the article's <!channel> and @here stay escaped; `ping off` stops it."""
    from bot.platforms.slack import command_text

    text = command_text("subscribe kakao-absent ping <!subteam^SOPS1|@ops>")
    assert "<!subteam^SOPS1" in await sokbo.command(text)
    await sokbo.publish(article(1, title="<!channel> @here 카카오 소식"))
    await sokbo.deliverer.drain()
    [post] = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert post.payload["text"].startswith("<!subteam^SOPS1> ")
    assert str(post.payload["blocks"]).count("<!subteam^SOPS1>") == 1
    # rich_text parts are plain characters; the fallback text and mrkdwn parts escape the markup
    mrkdwn = [b["text"]["text"] for b in post.payload["blocks"] if b["type"] == "section"]
    assert all("<!channel>" not in part for part in [post.payload["text"], *mrkdwn])
    await sokbo.command("subscribe kakao-absent ping off")
    await sokbo.publish(article(2, title="카카오 두 번째 소식", outlet="둘째매체"))
    await sokbo.deliverer.drain()
    assert "subteam" not in str(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)[-1].payload)


def test_slack_command_text_is_read_as_typed_with_escaping_on() -> None:
    from bot.platforms.slack import command_text

    assert command_text("test <https://news.example.kr/a?b=1&amp;c=2>") == "test https://news.example.kr/a?b=1&c=2"
    assert command_text("search &lt;AI&gt; 7d") == "search <AI> 7d"


async def test_slack_gets_at_most_one_post_a_second_in_a_channel(sokbo: Bot) -> None:
    """Slack allows about one message per second per channel: a second alert waits for its slot
    (the harness posts faster so the other tests do not wait; this one uses Slack's own pace)."""
    client = web_client("xoxb-test", sokbo.server.url("/slack/api/"))
    deliverer = make_deliverer(sokbo.outbox, sokbo.articles, [SlackTransport(client)])
    sokbo.deliverer.wake = lambda: None  # type: ignore[method-assign]  # only this deliverer posts
    await sokbo.command("watch 카카오")
    for n, title in enumerate(["카카오 새 클라우드 요금제", "카카오 3분기 실적 공개"]):  # two stories, not one
        await sokbo.publish(article(n + 1, title=title, body="카카오", outlet=f"매체{n}"))
    await deliverer.tick()
    for _ in range(500):  # the first post, however slow the machine
        if sokbo.server.in_channel(SLACK_CHANNEL.channel_id):
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)  # well inside the second's slot: a faster machine cannot make it sooner
    await deliverer.tick()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 1
    await deliverer.drain()
    assert len(sokbo.server.in_channel(SLACK_CHANNEL.channel_id)) == 2
