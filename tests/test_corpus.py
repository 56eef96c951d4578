"""Real Korean feed documents from ../shared/corpus (skipped where the corpus is absent)."""

from __future__ import annotations

from datetime import UTC, datetime

import feedparser
import pytest

from feeds.encoding import to_utf8
from feeds.parse import parse_document
from sokbo.timeutil import KST
from tests.conftest import corpus_file

FETCHED = datetime(2026, 11, 1, tzinfo=UTC)


def parse(name: str, **headers: str):  # type: ignore[no-untyped-def]
    data = corpus_file("feeds", name).read_bytes()
    return parse_document(data, headers, feed_id="corpus", outlet="corpus", base_url="https://example.kr/rss",
                          fetched_at=FETCHED, max_items=1000)


def test_khan_2018_feed_with_dc_date_only() -> None:
    parsed = parse("khan-total-news-2018-04-06.rss.xml")
    assert parsed.failure is None
    assert len(parsed.articles) == 324
    assert all(not a.published_estimated for a in parsed.articles)
    assert all(a.published.astimezone(KST).date().isoformat() in ("2018-04-05", "2018-04-06")
               for a in parsed.articles)
    assert not any("&lt;" in a.title or "&amp;" in a.title or "<br" in a.summary for a in parsed.articles)
    assert any("<아이 스파이>" in a.summary or "<아이 스파이>" in a.title for a in parsed.articles)
    assert all(a.url and "utm_" not in a.url for a in parsed.articles)


def test_chosun_feed_with_a_control_character_is_read_with_a_note() -> None:
    parsed = parse("knews-rss-chosun-economy-2022-07-27-MALFORMED-control-char.rss.xml")
    assert parsed.failure is None and len(parsed.articles) == 100
    assert any("malformed" in note for note in parsed.notes)
    assert not any("\x08" in a.title for a in parsed.articles)
    assert any("EPS" in a.title for a in parsed.articles)


def test_newsis_double_escaped_entities_and_escaped_html_come_out_plain() -> None:
    parsed = parse("knews-rss-newsis-2022-08-01-html-escaped-content.rss.xml")
    assert parsed.failure is None and parsed.articles
    texts = [a.title for a in parsed.articles] + [a.summary for a in parsed.articles]
    for marker in ("&#039;", "&quot;", "&amp;", "&lt;", "<img", "<br", "<p>"):
        assert not any(marker in text for text in texts), marker
    assert any("'갤럭시 언팩 2022'" in a.title for a in parsed.articles)


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("feedparser-fixture-euc-kr-channel-title.rss.xml", lambda d: d.feed["title"] == "년"),
        ("feedparser-fixture-euc-kr-item-description.rss.xml", lambda d: d.entries[0]["description"] == "년"),
        ("feedparser-fixture-euc-kr-escaped-html-attribute.rss.xml",
         lambda d: d.entries[0]["description"] == '<img alt="년" />'),
    ],
)
def test_euc_kr_conformance_files_decode_to_hangul(name: str, check) -> None:  # type: ignore[no-untyped-def]
    data = corpus_file("feeds", name).read_bytes()
    parsed = feedparser.parse(to_utf8(data).data)
    assert not parsed.bozo
    assert check(parsed)
