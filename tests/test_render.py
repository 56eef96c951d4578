"""Alert rendering: hostile article text cannot ping anyone, and platform limits hold."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.model import Report
from bot.platforms.render import Alert, discord_embed, slack_message, summary
from feeds.records import Article
from rules.records import Event, Match

HOSTILE = "<!channel> <!here> <!everyone> <@U123> @everyone @here <https://evil.example|클릭> **굵게** `코드`"


def article(title: str = HOSTILE, text: str = "첫 문장이다. 둘째 문장이다. 셋째 문장이다. 넷째 문장이다.") -> Article:
    return Article("a1", "f", "테스트 매체", "https://news.example.kr/1", title, text,
                   datetime(2023, 6, 30, 10, 5, tzinfo=UTC), False, datetime(2023, 6, 30, 10, 6, tzinfo=UTC))


MATCH = Match("a1", "kakao-absent", "카카오가 협의체·컨소시엄에서 빠짐", "high",
              Event("absent_from", "kakao", "카카오", "근거 문장", group="초거대AI추진협의회"))


def rich_elements(message: dict[str, object]) -> list[dict[str, object]]:
    [block] = [b for b in message["blocks"] if b["type"] == "rich_text"]  # type: ignore[attr-defined, index]
    return [e for section in block["elements"] for e in section["elements"]]


def test_slack_text_cannot_ping_anyone() -> None:
    message = slack_message(Alert(article(), (MATCH,)))
    # mrkdwn parts escape the markup; rich_text parts are plain text, where <!channel> is only characters
    mrkdwn = " ".join(str(e.get("text")) for b in message["blocks"] for e in b.get("elements", []) if e.get("type") == "mrkdwn")
    for live in ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil.example|"):
        assert live not in mrkdwn and live not in str(message["text"])
    assert all(e["type"] in ("text", "link") for e in rich_elements(message))
    assert message["unfurl_links"] is False and "link_names" not in message
    assert "불참: 카카오 — 초거대AI추진협의회" in "".join(str(e.get("text")) for e in rich_elements(message))
    assert "2023-06-30 19:05 KST" in message["blocks"][2]["elements"][0]["text"]


def test_slack_bold_works_beside_hangul_because_it_is_a_style_not_asterisks() -> None:
    """mrkdwn bolds only at word boundaries: '*카카오*는' showed its asterisks on Korean alerts."""
    text = "카카오는 협의체에서 빠졌다. 네이버클라우드와 LG AI연구원이 이끈다."
    match = Match("a1", "kakao-absent", "카카오 빠짐", "high", MATCH.event, terms=("카카오",))
    message = slack_message(Alert(article("카카오, 협의체 불참", text), (match,)))
    elements = rich_elements(message)
    bold = [e["text"] for e in elements if e.get("style") == {"bold": True}]
    assert "카카오" in bold and "불참: 카카오 — 초거대AI추진협의회" in bold
    assert not any("*" in str(e.get("text")) for e in elements)
    [link] = [e for e in elements if e["type"] == "link"]
    assert link["url"] == "https://news.example.kr/1" and link["text"] == "카카오, 협의체 불참"
    assert "".join(str(e["text"]) for e in elements if e["type"] == "text").startswith("\n카카오는 협의체에서 빠졌다.")


def test_slack_limits_hold_for_huge_text() -> None:
    message = slack_message(Alert(article("제목" * 5000, "긴 본문 " * 5000), (MATCH,),
                                  (Report("매체" * 3000, "https://e.kr/" + "a" * 3000),)))
    assert len(message["blocks"]) <= 50
    for block in message["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "rich_text":
            assert sum(len(e["text"]) for s in block["elements"] for e in s["elements"]) <= 3000
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


def test_the_footer_names_each_rule_once_and_a_watch_by_what_is_watched() -> None:
    """Two events of one rule listed the rule twice; a watch showed its hash id (watch-3ae20ca580cf)."""
    from rules.adhoc import watch_rule_id

    second = Match("a1", "kakao-absent", MATCH.title, "high", Event("absent_from", "kakao", "카카오", "근거", group="한빛연합"))
    watch = Match("a1", watch_rule_id("카카오"), "관심어: 카카오", "medium")
    message = slack_message(Alert(article("카카오 소식"), (MATCH, second, watch)))
    footer = message["blocks"][2]["elements"][0]["text"]
    assert footer.endswith("규칙 kakao-absent, 관심어: 카카오"), footer
    assert "watch-" not in footer


def test_the_mute_button_names_every_rule_of_the_alert() -> None:
    second = Match("a1", "model-launches", "출시", "medium", Event("launch_date", "kakao", "카카오", "근거", date="2024-12"))
    message = slack_message(Alert(article("카카오 소식"), (MATCH, second)))
    [button] = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == "sokbo_mute_rule"]
    assert button["value"] == "kakao-absent,model-launches"


def test_other_reports_are_linked_and_a_hostile_link_cannot_break_out() -> None:
    reports = (Report("테크데일리", "https://news.example.kr/2"), Report("악성", "https://e.kr/x|<!channel>)[a](b"),
               Report("옛날 방식"))  # stored before links were kept: a name alone
    slack = slack_message(Alert(article("카카오 소식"), (MATCH,), reports))
    [listed] = [e["text"] for b in slack["blocks"] if b["type"] == "context" for e in b["elements"] if "같은 소식" in e["text"]]
    assert "<https://news.example.kr/2|테크데일리>" in listed and listed.endswith("옛날 방식")
    assert "<!channel>" not in listed and "|<" not in listed
    embed = discord_embed(Alert(article("카카오 소식"), (MATCH,), reports))
    [field] = [f for f in embed["fields"] if f["name"] == "같은 소식"]
    assert "[테크데일리](https://news.example.kr/2)" in field["value"]
    assert "[a](b" not in field["value"]
