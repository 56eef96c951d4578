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
