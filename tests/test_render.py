"""Alert rendering: hostile article text cannot ping anyone, and platform limits hold."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.render import Alert, discord_embed, slack_message, summary
from feeds.records import Article
from rules.records import Event, Match

HOSTILE = "<!channel> <!here> <!everyone> <@U123> @everyone @here <https://evil.example|클릭> **굵게** `코드`"


def article(title: str = HOSTILE, text: str = "첫 문장이다. 둘째 문장이다. 셋째 문장이다. 넷째 문장이다.") -> Article:
    return Article("a1", "f", "테스트 매체", "https://news.example.kr/1", title, text,
                   datetime(2023, 6, 30, 10, 5, tzinfo=UTC), False, datetime(2023, 6, 30, 10, 6, tzinfo=UTC))


MATCH = Match("a1", "kakao-absent", "카카오가 협의체·컨소시엄에서 빠짐", "high",
              Event("absent_from", "kakao", "카카오", "근거 문장", group="초거대AI추진협의회"))


def test_slack_text_is_escaped_so_mentions_stay_literal() -> None:
    message = slack_message(Alert(article(), (MATCH,)))
    rendered = str(message)
    for live in ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil.example|"):
        assert live not in rendered
    assert "&lt;!channel&gt;" in message["blocks"][1]["text"]["text"]
    assert message["unfurl_links"] is False and "link_names" not in message
    assert "불참: 카카오 — 초거대AI추진협의회" in message["blocks"][1]["text"]["text"]
    assert "2023-06-30 19:05 KST" in message["blocks"][2]["elements"][0]["text"]


def test_slack_limits_hold_for_huge_text() -> None:
    message = slack_message(Alert(article("제목" * 5000, "긴 본문 " * 5000), (MATCH,), ("매체" * 3000,)))
    assert len(message["blocks"]) <= 50
    for block in message["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        for element in block.get("elements", []):
            if element.get("type") == "mrkdwn":
                assert len(element["text"]) <= 3000


def test_discord_embed_cannot_mention_and_respects_limits() -> None:
    embed = discord_embed(Alert(article(text=HOSTILE * 200), (MATCH,)))
    assert "@everyone" not in embed["description"] and "@here" not in embed["description"]
    assert "<@U123>" not in embed["description"]
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    total = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"]) + sum(
        len(f["name"]) + len(f["value"]) for f in embed["fields"])
    assert total <= 6000
    assert embed["color"] == 0xD62828


def test_summary_keeps_whole_korean_sentences() -> None:
    text = summary(article())
    assert text == "첫 문장이다. 둘째 문장이다. 셋째 문장이다."
    long_text = summary(article(text="가" * 1000))
    assert len(long_text) <= 300 and long_text.endswith("…")
