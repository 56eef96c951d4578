"""`/sokbo` verbs, platform-neutral: what a channel can ask and change."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.model import Caller
from sokbo.timeutil import utcnow
from tests.botkit import SLACK_CHANNEL, Bot, article, bot
from tests.chatserver import ChatServer
from tests.feedserver import FeedServer, Reply
from tests.rulekit import STORY_BODY, WATCH, write_rules


@pytest.fixture
async def sokbo(engine: AsyncEngine, chat: ChatServer, tmp_path: Path) -> AsyncIterator[Bot]:
    async with bot(engine, chat, tmp_path) as assembled:
        yield assembled


async def test_search_finds_two_syllable_names_newest_first_ignoring_spacing(sokbo: Bot) -> None:
    await sokbo.publish(
        article(1, title="LG전자, 새 가전 공개", body="가전 신제품", published=utcnow() - timedelta(days=3)),
        article(2, title="토스 새 서비스", body="LG 전자와 제휴", published=utcnow() - timedelta(hours=1)),
        article(3, title="삼성 반도체 실적", body="메모리 회복", published=utcnow()),
    )
    reply = await sokbo.command("search lg 전자")
    assert reply.index("토스 새 서비스") < reply.index("LG전자, 새 가전 공개")
    assert "삼성" not in reply
    assert "토스 새 서비스" in await sokbo.command("search 토스")
    recent = await sokbo.command("search LG전자 2d")
    assert "토스 새 서비스" in recent and "새 가전 공개" not in recent
    assert "없습니다" in await sokbo.command("search 카카오")


async def test_search_finds_articles_holding_every_word_in_any_order_and_quotes_keep_a_phrase(sokbo: Bot) -> None:
    """'업스테이지 솔라' found only the two words written side by side."""
    await sokbo.publish(
        article(1, title="솔라 새 버전, 업스테이지가 공개", body="모델 성능 개선"),
        article(2, title="업스테이지 실적", body="매출 증가", outlet="다른매체"),
    )
    reply = await sokbo.command("search 업스테이지 솔라")
    assert "솔라 새 버전" in reply and "업스테이지 실적" not in reply
    assert "없습니다" in await sokbo.command('search "업스테이지 솔라"')  # a quoted phrase stays a phrase


async def test_search_returns_at_most_ten(sokbo: Bot) -> None:
    await sokbo.publish(*[article(n, title=f"네이버 소식 {n}호", body="네이버", url=f"https://n.example/{n}")
                          for n in range(1, 16)])
    reply = await sokbo.command("search 네이버")
    assert reply.count("• ") == 10


async def test_watch_a_name_without_yaml_then_unwatch(sokbo: Bot) -> None:
    assert "엔티티 kakao" in await sokbo.command("watch 카카오")  # a defined entity: particles, not-names
    assert "키워드" in await sokbo.command("watch 퓨리오사AI")
    listing = await sokbo.command("list")
    assert '관심어 "카카오"' in listing and '관심어 "퓨리오사AI"' in listing
    await sokbo.publish(article(1, title="퓨리오사AI, 새 칩 공개", body="퓨리오사AI가 칩을 공개했다."))
    await sokbo.publish(article(2, title="카카오뱅크 실적", body="카카오뱅크가 실적을 냈다.", outlet="다른매체"))
    await sokbo.deliverer.drain()
    posts = sokbo.server.in_channel(SLACK_CHANNEL.channel_id)
    assert [p.payload["text"] for p in posts] == ["관심어: 퓨리오사AI: 퓨리오사AI, 새 칩 공개"]  # 카카오뱅크 is not 카카오
    answer = await sokbo.command("unwatch 퓨리오사AI")
    assert "퓨리오사AI" in answer and "지켜보지 않습니다" in answer and "watch-" not in answer  # the name, not its hash id
    assert "퓨리오사AI" not in await sokbo.command("list")
    missing = await sokbo.command("unwatch 없는이름")
    assert "없는이름" in missing and "watch-" not in missing


async def test_changing_subscriptions_needs_permission_but_asking_does_not(sokbo: Bot) -> None:
    assert "권한" in await sokbo.command("subscribe kakao-absent", manage=False)
    assert "권한" in await sokbo.command("mute 1h", manage=False)
    assert "kakao-absent" in await sokbo.command("rules", manage=False)
    assert "알 수 없는 규칙 ID: `kakao-absnt`" in await sokbo.command("subscribe kakao-absnt")
    assert "kakao-absent" in await sokbo.command("subscribe kakao-absnt")  # did you mean
    assert "sokbo commands" in await sokbo.command("help en")
    assert "알 수 없는 명령" in await sokbo.command("frobnicate")


async def test_test_explains_what_fired_on_a_text_and_why_others_did_not(sokbo: Bot) -> None:
    reply = await sokbo.command("test 카카오, 새 AI 연합체서 빠져\n" + STORY_BODY)
    assert "🔔 kakao-absent" in reply and "불참: 카카오 — 한빛AI얼라이언스" in reply
    assert "· naver-title" in reply  # not fired, with the reason lines under it
    assert "구독하지 않아" in reply  # this channel subscribes to none of the rules that fired


async def test_test_on_a_stored_article_says_what_happened_to_its_alert_here(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.command("mute 1h")
    await sokbo.publish(article(1, url="https://news.example.kr/story?id=1"))
    reply = await sokbo.command("test https://news.example.kr/story?id=1")
    assert "저장된 기사입니다" in reply and "🔔 kakao-absent" in reply
    assert "전달 상태: 보내지 않음 (채널 알림 끔: 끄는 동안의 알림은 버립니다)" in reply
    # The outbox stores a reason code; each reader gets it in their language.
    english = (await sokbo.commands.handle(Caller(SLACK_CHANNEL, "U1", True, lang="en"),
                                           "test https://news.example.kr/story?id=1")).text
    assert "Delivery to this channel: not sent (channel muted: alerts during a mute are dropped)" in english
    [item] = await sokbo.outbox.items_of(SLACK_CHANNEL)
    assert item.reason == "muted"


async def test_durations_are_read_in_korean_and_a_bad_one_is_answered_in_korean(sokbo: Bot) -> None:
    assert "끕니다" in await sokbo.command("mute 2시간")
    assert "끕니다" in await sokbo.command("mute 7일")
    assert "끕니다" in await sokbo.command("mute 1시간 30분")
    answer = await sokbo.command("mute 이틀")
    assert "이틀" in answer and "30분" in answer and "use e.g" not in answer and "bad duration" not in answer


async def test_mute_says_alerts_are_dropped_and_wants_a_duration(sokbo: Bot) -> None:
    """`mute` alone used to mute for an hour without a word, and `mute 0` was accepted."""
    assert "mute <기간>" in await sokbo.command("mute")
    assert "0보다" in await sokbo.command("mute 0")
    answer = await sokbo.command("mute 2h")
    assert "끕니다" in answer and "버립니다" in answer and "quiet" in answer


async def test_test_fetches_a_page_by_url_with_the_feed_limits(sokbo: Bot, feed_server: FeedServer) -> None:
    page = f"<html><head><title>t</title></head><body><article><h1>카카오 빠져</h1>" \
           f"{''.join(f'<p>{line}</p>' for line in STORY_BODY.splitlines())}</article></body></html>"
    feed_server.routes["/news/1"] = Reply(page.encode("utf-8"), content_type="text/html; charset=utf-8")
    reply = await sokbo.command(f"test {feed_server.url('/news/1')}")
    assert "🔔 kakao-absent" in reply


async def test_test_refuses_private_addresses_from_chat(engine: AsyncEngine, chat: ChatServer, tmp_path: Path,
                                                        feed_server: FeedServer) -> None:
    """Even with 127.0.0.1 open to the operator's feeds, a chat user's URL stays public-only."""
    feed_server.routes["/news/1"] = Reply(b"<html><body><p>secret</p></body></html>", content_type="text/html")
    async with bot(engine, chat, tmp_path, allow_hosts=("127.0.0.1",), chat_allow_hosts=()) as guarded:
        for url in (feed_server.url("/news/1"), "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                    f"http://localhost:{feed_server.port}/news/1"):
            reply = await guarded.command(f"test {url}")
            assert "가져오지 못했습니다" in reply, url
    assert feed_server.hits("/news/1") == []


async def test_status_reports_feeds_delivery_and_the_last_rules_error(sokbo: Bot, tmp_path: Path) -> None:
    write_rules(tmp_path, WATCH.replace("title: 누군가 빠짐", "titel: 누군가 빠짐"))
    assert not await sokbo.rules.load()
    status = await sokbo.command("status")
    assert "*피드*" in status and "*전달 (이 채널)* 대기 0" in status
    assert "watch.yaml:" in status and "unknown key 'titel'" in status and "이전 규칙 유지" in status


async def test_status_counts_regex_searches_that_gave_up(sokbo: Bot, tmp_path: Path) -> None:
    write_rules(tmp_path, WATCH + "  - {id: evil, title: 나쁜 정규식, when: {regex: '(a|aa)+$'}}\n")
    assert await sokbo.rules.load()
    await sokbo.publish(article(1, title="a" * 40 + "!", body="a" * 40 + "!"))
    status = await sokbo.command("status")
    assert "정규식 시간 초과 1회" in status and "evil 1회" in status


async def test_quiet_and_digest_settings_are_validated(sokbo: Bot) -> None:
    assert "22:00-07:00" in await sokbo.command("quiet 22:00-07:00")
    refused = await sokbo.command("quiet 25:00-07:00")
    assert "잘못된 값" in refused and "22:00-07:00" in refused and "is not" not in refused  # no English in Korean
    assert "사용법" in await sokbo.command("digest weekly")
    assert "hourly" in await sokbo.command("digest hourly")
    listing = await sokbo.command("list")
    assert "모아보기 hourly" in listing or "구독하지 않습니다" in listing
    assert "daily 18:30 (KST)" in await sokbo.command("digest daily 18:30")
    assert "사용법" in await sokbo.command("digest daily 25:00")
    await sokbo.command("subscribe kakao-absent")
    assert "모아보기 daily 18:30" in await sokbo.command("list")


async def test_test_by_url_works_without_the_body_extra(sokbo: Bot, feed_server: FeedServer,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `pip install .` has no trafilatura
    page = "<html><head><script>var x = '카카오뱅크';</script></head><body>" + \
           "".join(f"<p>{line}</p>" for line in STORY_BODY.splitlines()) + "</body></html>"
    feed_server.routes["/news/2"] = Reply(page.encode("utf-8"), content_type="text/html; charset=utf-8")
    reply = await sokbo.command(f"test {feed_server.url('/news/2')}")
    assert "🔔 kakao-absent" in reply


async def test_an_absurd_duration_is_a_bad_value_not_an_internal_error(sokbo: Bot) -> None:
    assert "100년" in await sokbo.command("mute 99999999999d")  # was an internal error (issue #9)
    for text in ("mute 99999999999d", "mute 1e400", "mute 99999999999999999999999999"):
        answer = await sokbo.command(text)
        assert "100년" in answer or "읽지 못했습니다" in answer, text


async def test_verbs_can_be_said_in_korean_and_a_typo_gets_a_suggestion(sokbo: Bot) -> None:
    assert "kakao-absent" in await sokbo.command("구독 kakao-absent")
    assert "kakao-absent" in await sokbo.command("목록")
    assert "구독을 끊었습니다" in await sokbo.command("해지 kakao-absent")
    assert "/sokbo" in await sokbo.command("도움말")
    typo = await sokbo.command("subscrbe kakao-absent")
    assert "subscribe" in typo and "did you mean" not in typo


async def test_status_tells_rules_from_watches_and_times_in_kst(sokbo: Bot) -> None:
    """It counted watches as rules and showed the last load as a raw UTC timestamp."""
    before = await sokbo.command("status")
    rules_before = int(before.split("*규칙* ")[1].split("개")[0])
    await sokbo.command("watch 퓨리오사AI")
    status = await sokbo.command("status")
    assert f"*규칙* {rules_before}개" in status and "관심어 1개" in status
    assert "KST" in status.split("*규칙*")[1] and "+00:00" not in status


async def test_muting_rules_from_an_alert_mutes_each_is_announced_listed_and_undone(sokbo: Bot) -> None:
    """The button muted only an alert's first rule, told only the clicker, showed nowhere, and
    nothing undid it."""
    await sokbo.command("subscribe kakao-absent")
    await sokbo.command("subscribe model-launches")
    reply = await sokbo.commands.handle(sokbo.caller(), "mute-rule kakao-absent,model-launches")
    assert reply.public and "kakao-absent" in reply.text and "model-launches" in reply.text
    assert "off" in reply.text  # how to undo it
    listing = await sokbo.command("list")
    assert "kakao-absent" in listing.split("설정")[-1] and "꺼짐" in listing
    undone = await sokbo.command("mute-rule kakao-absent,model-launches off")
    assert "다시 켰습니다" in undone
    assert "꺼짐" not in await sokbo.command("list")


async def test_anyone_can_see_the_feeds_with_their_health(sokbo: Bot, feed_server: FeedServer) -> None:
    """Admins looked for '/sokbo feeds' (the Slack RSS app and MonitoRSS both have one)."""
    from feeds.catalog import FeedSpec

    feed_server.routes["/ok"] = Reply(b"<rss version='2.0'><channel><title>t</title></channel></rss>")
    await sokbo.commands.feeds.sync_definitions([FeedSpec(id="ok-feed", url=feed_server.url("/ok"), outlet="한빛일보"),
                                                  FeedSpec(id="new-feed", url=feed_server.url("/x"), outlet="누리뉴스")])
    answer = await sokbo.command("feeds", manage=False)
    assert "ok-feed" in answer and "한빛일보" in answer and "첫 폴링 전" in answer
    assert "피드 2개" in answer


async def test_an_admin_channel_sees_who_subscribes_to_what_everywhere(sokbo: Bot) -> None:
    from bot.model import Channel
    from tests.botkit import ADMIN_CHANNEL

    other = Channel("discord", "777")
    await sokbo.command("subscribe kakao-absent")
    await sokbo.command("watch 퓨리오사AI", other)
    everywhere = await sokbo.command("list all", ADMIN_CHANNEL)
    assert "slack:C0SOKBO" in everywhere and "kakao-absent" in everywhere
    assert "discord:777" in everywhere and "퓨리오사AI" in everywhere
    here_only = await sokbo.command("list all")  # not an admin channel: its own list, no one else's
    assert "discord:777" not in here_only


async def test_status_list_rules_and_help_in_english_leave_no_korean(sokbo: Bot) -> None:
    """For an English reader sokbo's own words are all English; rule titles are the rules
    file's words, and a watched name is the user's."""
    await sokbo.command("subscribe kakao-absent")
    await sokbo.command("watch 업스테이지")
    await sokbo.command("mute 2h")
    english = Caller(SLACK_CHANNEL, "U1", True, lang="en")
    titles = "".join(r.title for r in sokbo.rules.ruleset.rules) if sokbo.rules.ruleset else ""
    for verb in ("status", "list", "rules", "help"):
        reply = (await sokbo.commands.handle(english, verb)).text
        leftover = re.findall(r"[가-힣]", reply.replace("업스테이지", "").replace("한국어", ""))
        assert all(ch in titles for ch in leftover), (verb, reply)


async def test_managers_add_a_feed_from_chat_after_it_is_read_once_and_remove_it_again(
        sokbo: Bot, feed_server: FeedServer) -> None:
    from feeds.catalog import FeedSpec
    from tests.feedkit import Item, rss

    feed_server.routes["/new.xml"] = Reply(rss([Item("새 매체 첫 기사", link="https://new.example.kr/1"),
                                               Item("새 매체 둘째 기사", link="https://new.example.kr/2")]))
    feed_server.routes["/page.html"] = Reply(b"<html><body>not a feed</body></html>", content_type="text/html")
    url = feed_server.url("/new.xml")
    assert "권한" in await sokbo.command(f"feed add {url}", manage=False)  # members may not
    assert "피드로 읽을 수 없습니다" in await sokbo.command(f"feed add {feed_server.url('/page.html')} 가짜")
    added = await sokbo.commands.handle(sokbo.caller(), f"피드 추가 {url} 새매체")
    assert added.public and "항목 2개" in added.text and "새매체" in added.text
    feed_id = added.text.split("`")[1]
    assert feed_id in await sokbo.command("feeds")
    # A config sync that does not name it keeps it: it was added from chat.
    await sokbo.commands.feeds.sync_definitions([FeedSpec(id="conf", url="https://conf.example.kr/rss", outlet="설정")])
    assert feed_id in await sokbo.command("feeds")
    assert "이미" in await sokbo.command(f"feed add {url}")
    assert "설정 파일의 피드" in await sokbo.command("feed remove conf")
    assert "멈췄습니다" in await sokbo.command(f"feed remove {feed_id}")
    assert feed_id not in await sokbo.command("feeds")


def test_one_verb_table_drives_dispatch_permissions_korean_discord_help_and_the_readme() -> None:
    """A verb is added in bot/commands/table.py and nowhere else; this checks nothing lags."""
    from pathlib import Path

    from bot.commands.table import KOREAN_VERBS, MANAGE, VERBS
    from bot.commands.verbs import Commands
    from bot.texts import _TEXTS, t

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for verb in VERBS:
        assert callable(getattr(Commands, verb.handler)), verb
        assert (verb.name in MANAGE) == verb.manage
        assert all(KOREAN_VERBS[k] == verb.name for k in verb.korean)
        if not verb.discord:
            continue  # the alert button's verb
        assert f"dcmd.{verb.name}" in _TEXTS, verb
        assert verb.argument is None or f"dcmd.{verb.name}_arg" in _TEXTS, verb
        for lang in ("ko", "en"):
            assert f"`{verb.name}" in t("cmd.help", lang), (verb.name, lang)  # type: ignore[arg-type]
        verb_list = readme.split("```text", 1)[1].split("```", 1)[0]  # the README's list of chat verbs
        assert re.search(rf"(?<![\w-]){re.escape(verb.name)}(?![\w-])", verb_list), verb.name


async def test_discord_offers_exactly_the_tables_verbs(sokbo: Bot) -> None:
    from bot.app.config import DiscordConfig
    from bot.commands.table import VERBS
    from bot.platforms.discord import DiscordBot, make_client

    client = make_client()
    try:
        group = DiscordBot(DiscordConfig(), sokbo.commands, client)._group()
        assert sorted(c.name for c in group.commands) == sorted(v.name for v in VERBS if v.discord)
    finally:
        await client.close()


async def test_every_verb_answers_an_english_reader_in_english(sokbo: Bot) -> None:
    """Each verb of the table, bare and with a wrong argument (usage, refusals, did-you-mean, the
    detectors' notes in `test`): an English reader meets no Korean but the rules file's words."""
    from bot.commands.table import VERBS
    from tests.rulekit import WATCH

    await sokbo.command("subscribe kakao-absent")
    english = Caller(SLACK_CHANNEL, "U1", True, lang="en")
    titles = WATCH  # rule titles, names and keywords are the rules file's words
    for verb in VERBS:
        for text in (verb.name, f"{verb.name} kakao-absnet", f"{verb.name} 25:99"):
            reply = (await sokbo.commands.handle(english, text)).text
            leftover = re.findall(r"[가-힣]", reply.replace("한국어", ""))  # the language's own name aside
            assert all(ch in titles for ch in leftover), (text, reply)


async def test_the_detectors_notes_read_in_english_keep_only_the_articles_own_korean(sokbo: Bot) -> None:
    """`/sokbo test` for an English reader: sentences, triggers, roles, groups and reasons in English;
    Korean left only inside what the article said and in the rules file's words."""
    from tests.rulekit import STORY_BODY, STORY_TITLE, WATCH

    english = Caller(SLACK_CHANNEL, "U1", True, lang="en")
    reply = (await sokbo.commands.handle(english, f"test {STORY_TITLE}\n{STORY_BODY}")).text
    assert "absence trigger" in reply and "sentence:" in reply
    ours = re.sub(r"«[^»]*»|'[^'\n]*'", "", reply)  # what the article said is quoted
    leftover = re.findall(r"[가-힣]", ours)
    assert all(ch in WATCH + STORY_TITLE + STORY_BODY for ch in leftover), ours
    assert not re.search(r"무시|신호|문장|그룹|없음|주어|주제어", ours), ours
