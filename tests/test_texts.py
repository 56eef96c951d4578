"""User-facing words: Korean and English both, and no particle glued to a value whose last
sound is unknown (`kakao-llm`를 reads wrong; `kakao-llm` 규칙을 reads right)."""

from __future__ import annotations

import re

from bot.texts import _TEXTS

HANGUL = re.compile(r"[가-힣]")


def test_every_text_has_korean_and_english_without_korean_left_in_the_english() -> None:
    for key, (korean, english) in _TEXTS.items():
        assert korean.strip() and english.strip(), key
        assert not HANGUL.search(english.replace("한국어", "")), (key, english)  # the language's own name aside


def test_no_particle_follows_a_value_directly() -> None:
    # 을(를), 이(가): the form for a sound not known in advance is fine
    glued = re.compile(r"\{\w+\}[`\"']?(?:[을를이가은는과와의로](?!\()|으로)")
    offenders = [key for key, (korean, _) in _TEXTS.items() if glued.search(korean)]
    assert offenders == []


def test_alerts_in_english_leave_no_korean_but_the_articles_and_the_names(monkeypatch: object) -> None:
    """SOKBO_LANG=en: every word sokbo adds is English; what stays Korean is the article's own
    text and the names it reports (outlet, organisation, group, model, rule titles)."""
    from datetime import UTC, datetime

    from bot.alerting.wording import describe_event, korean_date
    from bot.model import Report
    from bot.platforms.render import Alert, Digest, discord_digest, discord_embed, slack_digest, slack_message
    from feeds.records import Article
    from rules.records import Event, Match

    monkeypatch.setenv("SOKBO_LANG", "en")  # type: ignore[attr-defined]
    names = ["카카오", "초거대AI추진협의회", "코GPT", "한빛매체", "둘째매체", "협의체 소식", "본문 문장이다."]
    article = Article("a1", "f", "한빛매체", "https://news.example.kr/1", "협의체 소식", "본문 문장이다.",
                      datetime(2023, 6, 30, 10, 5, tzinfo=UTC), True, datetime(2023, 6, 30, 10, 6, tzinfo=UTC))
    absent = Match("a1", "kakao-absent", "kakao absent", "high",
                   Event("absent_from", "kakao", "카카오", "근거", group="초거대AI추진협의회"))
    launch = Match("a1", "kakao-llm", "kakao llm", "medium",
                   Event("launch_date", "kakao", "카카오", "근거", model="코GPT", date="2023-12",
                         precision="year_end", hedged=True, status="planned"))
    alert = Alert(article, (absent, launch), also_reported_by=(Report("둘째매체", "https://news.example.kr/2"),))

    def leftover(payload: object) -> list[str]:
        text = str(payload)
        for name in names:
            text = text.replace(name, "")
        return HANGUL.findall(text)

    for payload in (slack_message(alert), discord_embed(alert), slack_digest(Digest((alert,))),
                    discord_digest(Digest((alert,)))):
        assert leftover(payload) == [], payload
    assert describe_event(launch.event) == "Launch planned: 카카오 코GPT · end of 2023 (at the earliest / expected)"  # type: ignore[arg-type]
    assert korean_date("2023-08-24", "day") == "24 August 2023" and korean_date("2023-H2", "half") == "H2 2023"



def test_an_answer_keeps_our_emphasis_as_structure_and_never_reads_a_value_as_markup() -> None:
    """Templates say what is bold or code; the values put in them (titles, queries, errors) are text."""
    from bot.richtext import Span
    from bot.texts import rt

    head = rt("cmd.feeds_head", "ko", count=2)
    assert head[0] == Span("피드 2개", "bold")  # one bold run, the number inside it
    quoted = rt("cmd.search_none", "ko", query="*굵게* `코드` <!channel>")
    assert all(span.style == "plain" for span in quoted)
    assert "*굵게* `코드` <!channel>" in quoted.plain()
    usage = rt("cmd.usage", "en", usage="mute 2h")
    assert Span("/sokbo mute 2h", "code") in usage and usage.markup() == "Usage: `/sokbo mute 2h`"
