"""Hostile feed items (issue #9, items 1 and 2): one bad item is that item skipped with a
reason, never the feed; impossible dates are 'date unknown', and nothing downstream can die
on one article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.parse import parse_document
from rules.engine import Document
from tests.feedkit import Item, rss
from tests.rulekit import engine

FETCHED = datetime(2024, 7, 15, 1, 0, tzinfo=UTC)
GOOD = Item("네이버, 새 모델 공개", link="https://news.example.kr/good", guid="good-1")


def parse(items: list[Item], raw: bytes | None = None) -> tuple[list[str], list[str], object]:
    document = raw if raw is not None else rss(items)
    parsed = parse_document(document, {"content-type": "application/rss+xml"}, feed_id="t", outlet="테스트",
                            base_url="https://news.example.kr/", fetched_at=FETCHED)
    return [a.guid or "" for a in parsed.articles], list(parsed.notes), parsed.failure


@pytest.mark.parametrize("date", ["Fri, 31 Dec 9999 23:59:59 +0000", "9999-12-31T23:59:59-14:00", "0001-01-01 00:00:00",
                                  "Sat, 01 Jan 2100 00:00:00 +0900"])
def test_an_impossible_or_far_future_date_is_date_unknown_and_the_feed_is_kept(date: str) -> None:
    items = [Item("미래에서 온 기사", link="https://news.example.kr/future", guid="future-1", pub_date=date), GOOD]
    parsed = parse_document(rss(items), {}, feed_id="t", outlet="테스트", base_url="https://news.example.kr/",
                            fetched_at=FETCHED)
    assert parsed.failure is None
    by_guid = {a.guid: a for a in parsed.articles}
    assert set(by_guid) == {"future-1", "good-1"}
    future = by_guid["future-1"]
    assert future.published_estimated and future.published == FETCHED  # "date unknown": when we saw it


@pytest.mark.parametrize("guid", ["&#99999999999;", "&#x110000;", "bad&#xD800;guid", "nul\x00guid"])
def test_one_item_with_an_unreadable_guid_never_discards_the_others(guid: str) -> None:
    raw = rss([Item("정상 기사", link="https://news.example.kr/ok", guid="ok-1")]).replace(
        b"</channel>", f"<item><title>이상한 항목</title><link>https://news.example.kr/odd</link><guid>{guid}</guid>"
        "</item></channel>".encode("utf-8", "surrogatepass"))
    guids, notes, failure = parse([], raw)
    assert failure is None and "ok-1" in guids
    assert all("\x00" not in g and not any(0xD800 <= ord(c) <= 0xDFFF for c in g) for g in guids)


def test_article_fields_are_bounded_after_parsing() -> None:
    huge = Item("제목" * 5000, link="https://news.example.kr/huge", guid="huge-1", description="본문 " * 100_000)
    parsed = parse_document(rss([huge]), {}, feed_id="t", outlet="테스트", base_url="https://news.example.kr/",
                            fetched_at=FETCHED)
    [article] = parsed.articles
    assert len(article.title) <= 1_000 and len(article.summary) <= 20_000


def test_matching_cannot_die_on_an_article_dated_at_the_end_of_time(tmp_path: Path) -> None:
    doc = Document("x", "카카오, '한빛AI연합' 불참", "", published=datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    assert [m.rule_id for m in engine(tmp_path).evaluate(doc)]  # matched, not OverflowError


def test_a_run_of_text_with_no_space_reaches_the_detectors_broken_into_words(tmp_path: Path) -> None:
    """The readings' patterns are written for words; a run of thousands of characters with no space made each try at
    each position scan all of it (40 s for 20,000 characters). The detectors see it broken by a space every 40
    characters or so, never inside a watched name nor at its punctuation, and every offset stays where it was."""
    from rules.events import _break_long_runs

    text = "가" * 1_000 + "카카오" + "나" * 500 + " 끝"
    broken = _break_long_runs(text, [(1_000, 1_003)])
    assert len(broken) == len(text) and broken[1_000:1_003] == "카카오"
    assert max(len(word) for word in broken.split()) <= 80
    assert _break_long_runs("가" * 1_000 + ". 끝", []).count(".") == 1  # the sentence still ends where it did
    assert _break_long_runs("카카오는 탈퇴했다.", []) == "카카오는 탈퇴했다."


def test_a_sentence_longer_than_any_report_writes_is_not_read_and_the_rest_is(tmp_path: Path) -> None:
    from datetime import date

    from rules.events import MAX_SENTENCE, detect_events

    body = "가" * 20_000 + ". 카카오는 '한빛협의회'에서 탈퇴했다."
    assert {(e.entity, e.group) for e in engine(tmp_path).events(Document("h", "협의회 탈퇴", body))} == {
        ("kakao", "한빛협의회")}
    notes: list[str] = []
    detect_events("제목", "가" * (MAX_SENTENCE + 1) + " 카카오가 탈퇴했다.", date(2024, 7, 15), [], notes=notes)
    assert any(note.startswith("문장이 너무 김") for note in notes)


def test_an_entity_named_thousands_of_times_is_matched_in_one_sweep() -> None:
    """Nested and vetoed spans were dropped by comparing every pair (64 million comparisons for 8,000 mentions); the
    sweep keeps exactly the spans the pairwise definition keeps."""
    import random

    from rules.index import _outermost_spans, _outside

    rng = random.Random(7)
    for _ in range(2_000):
        spans = sorted({(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))})
        covers = sorted({(a, a + rng.randint(1, 9)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 4)))})
        assert _outside(spans, covers) == [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in covers)]
        assert _outermost_spans(spans) == [s for s in spans
                                           if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
