"""Normalisation: the dates, encodings, text and URLs Korean feeds really send."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feeds.dates import parse_feed_date
from feeds.encoding import to_utf8
from feeds.normalize import article_id, canonical_url, html_to_text


@pytest.mark.parametrize(
    ("raw", "expected_utc"),
    [
        ("Fri, 30 Jun 2023 19:05:00 +0900", "2023-06-30T10:05:00"),
        ("Fri, 30 Jun 2023 19:05:00 KST", "2023-06-30T10:05:00"),  # feedparser would say 19:05 UTC
        ("Thu, 1 Jun 2023 09:05:00 +0900", "2023-06-01T00:05:00"),  # one-digit day (전자신문)
        ("2023-06-30 19:05:00", "2023-06-30T10:05:00"),  # naive = Seoul (AI타임스)
        ("2025.01.06 10:00", "2025-01-06T01:00:00"),
        ("2022-07-26T23:47:19.000Z", "2022-07-26T23:47:19"),
        ("2018-04-06T19:32:01+09:00", "2018-04-06T10:32:01"),
        ("Fri, 30 Jun 2023 10:05:00 GMT", "2023-06-30T10:05:00"),
        ("2023년 6월 30일 19:05", "2023-06-30T10:05:00"),
    ],
)
def test_feed_dates_are_read_as_their_authors_meant(raw: str, expected_utc: str) -> None:
    parsed = parse_feed_date(raw)
    assert parsed is not None
    assert parsed.tzinfo is not None
    assert parsed.astimezone(UTC).replace(tzinfo=None) == datetime.fromisoformat(expected_utc)


@pytest.mark.parametrize("raw", ["", "   ", "어제 오후", "2023-13-45 10:00", None])
def test_unreadable_dates_are_none_not_guesses(raw: str | None) -> None:
    assert parse_feed_date(raw) is None


KOREAN = "카카오, 초거대AI 협의체서 빠져… 똠방각하"  # 똠 exists only in CP949, not EUC-KR


def test_euc_kr_labelled_utf8_is_read_as_cp949() -> None:
    data = f'<?xml version="1.0" encoding="utf-8"?><x>{KOREAN}</x>'.encode("cp949")
    decoded = to_utf8(data, http_charset="utf-8")
    assert KOREAN in decoded.data.decode("utf-8")
    assert decoded.encoding == "cp949"
    assert decoded.note and "cp949" in decoded.note


def test_cp949_only_syllables_labelled_euc_kr_survive() -> None:
    data = f'<?xml version="1.0" encoding="euc-kr"?><x>{KOREAN}</x>'.encode("cp949")
    decoded = to_utf8(data)
    text = decoded.data.decode("utf-8")
    assert KOREAN in text
    assert 'encoding="utf-8"' in text  # relabelled so feedparser cannot second-guess


def test_utf8_labelled_euc_kr_is_read_as_utf8() -> None:
    data = f'<?xml version="1.0" encoding="euc-kr"?><x>{KOREAN}</x>'.encode()
    decoded = to_utf8(data, http_charset="euc-kr")
    assert KOREAN in decoded.data.decode("utf-8")
    assert decoded.note is not None


def test_undecodable_bytes_are_replaced_and_noted_not_fatal() -> None:
    decoded = to_utf8(b"<x>\xff\xff\xff abc</x>", forced=None)
    assert "abc" in decoded.data.decode("utf-8")


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>네이버 &amp;quot;하이퍼클로바X&amp;quot; 공개</p>", '네이버 "하이퍼클로바X" 공개'),
        ("삼성전자, &#039;갤럭시 언팩&#039; 옥외광고", "삼성전자, '갤럭시 언팩' 옥외광고"),
        ("&lt;p&gt;&lt;img src=&quot;x.jpg&quot; /&gt;&lt;/p&gt;[서울=뉴시스] 기사", "[서울=뉴시스] 기사"),
        ("&lt;아이 스파이&gt; 개봉", "<아이 스파이> 개봉"),
        ("첫 줄<br />둘째   줄\r\n셋째", "첫 줄 둘째 줄 셋째"),
        ("\x08EPS 전망 상향", "EPS 전망 상향"),
        ("<script>alert(1)</script>본문", "본문"),
    ],
)
def test_html_becomes_plain_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.khan.co.kr/it/article/1/?utm_campaign=rss_btn_click&utm_source=khan_rss",
         "https://www.khan.co.kr/it/article/1/"),
        ("https://news.joins.com/article/24230371?cloc=rss-news-economy", "https://news.joins.com/article/24230371"),
        ("HTTPS://News.Example.KR:443/a?id=1#comments", "https://news.example.kr/a?id=1"),
        ("http://daily.example.kr/http://daily.example.kr/news/articleView.html?idxno=5",
         "http://daily.example.kr/news/articleView.html?idxno=5"),
        ("javascript:alert(1)", None),
    ],
)
def test_canonical_urls_drop_tracking(url: str, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


def test_relative_links_resolve_against_the_feed() -> None:
    assert canonical_url("/news/1", "https://a.example.kr/rss.xml") == "https://a.example.kr/news/1"


def test_article_ids_are_stable_and_permalink_guids_agree_across_feeds() -> None:
    url = "https://news.example.kr/a/1"
    assert article_id("feed-a", url + "?utm_source=x", None) == article_id("feed-b", url, None)
    assert article_id("feed-a", None, url) == article_id("feed-a", url, url)
    # A bare guid is only unique inside its own feed.
    assert article_id("feed-a", "12345", url) != article_id("feed-b", "12345", url)
    with pytest.raises(ValueError):
        article_id("feed-a", None, None)


def _feed_with_entities(declarations: list[str], title: str) -> bytes:
    # One declaration per line, as feedparser's own DOCTYPE handling expects them.
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(declarations) + '\n]>\n<rss version="2.0"><channel>'
            '<title>t</title><item><title>' + title + '</title><description>' + title + '</description>'
            '<link>https://e.kr/1</link></item>'
            '<item><title>멀쩡한 기사</title><link>https://e.kr/2</link></item></channel></rss>').encode()


@pytest.mark.parametrize(
    ("declarations", "title"),
    [
        # Billion laughs: nested declarations, 10^9 "lol"s.
        (['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10)],
         "&lol9;"),
        # Flat and "safe": expat refuses the amplification, then feedparser's loose parser
        # used to expand them itself (the 9.5 GB feed).
        (['<!ENTITY big "' + "A" * 10_000 + '">'], "&big;" * 2_000),
    ],
    ids=["nested", "flat"],
)
def test_declared_entities_are_never_expanded_and_the_good_items_are_kept(declarations: list[str], title: str) -> None:
    from feeds.parse import parse_document
    from sokbo.timeutil import utcnow

    parsed = parse_document(_feed_with_entities(declarations, title), {}, feed_id="x", outlet="o",
                            base_url="https://e.kr/", fetched_at=utcnow())
    assert "멀쩡한 기사" in [article.title for article in parsed.articles]
    for article in parsed.articles:
        for text in (article.title, article.summary or ""):
            assert "lollol" not in text and "AAAA" not in text, text[:80]


def test_an_unterminated_entity_declaration_refuses_the_document() -> None:
    from feeds.parse import parse_document
    from sokbo.timeutil import utcnow

    doc = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"A" * 1000 + b'"><rss version="2.0"></rss>'
    parsed = parse_document(doc, {}, feed_id="x", outlet="o", base_url="https://e.kr/", fetched_at=utcnow())
    assert parsed.failure is not None and "entity declarations refused" in parsed.failure.message


def test_a_run_of_undeclared_references_is_cut_before_parsing_and_the_good_item_is_kept() -> None:
    """600,000 references to a dropped declaration in one 3 MB title: feedparser keeps one
    string piece per reference (about 100 MB); cut first, the parse stays small."""
    import tracemalloc

    from feeds.parse import parse_document
    from sokbo.timeutil import utcnow

    doc = _feed_with_entities(['<!ENTITY big "' + "A" * 1000 + '">'], "&big;" * 600_000)
    tracemalloc.start()
    try:
        parsed = parse_document(doc, {}, feed_id="x", outlet="o", base_url="https://e.kr/", fetched_at=utcnow())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert parsed.failure is None
    assert "멀쩡한 기사" in [article.title for article in parsed.articles]
    assert any("oversized text run" in note for note in parsed.notes)
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MB to parse a 3 MB feed"


def test_an_undeclared_entity_reference_stays_as_its_text_and_known_html_ones_are_read() -> None:
    from feeds.parse import parse_document
    from sokbo.timeutil import utcnow

    doc = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
           b'<item><title>A &amp; B &foo; C&nbsp;D</title><link>https://e.kr/1</link></item></channel></rss>')
    parsed = parse_document(doc, {}, feed_id="x", outlet="o", base_url="https://e.kr/", fetched_at=utcnow())
    [article] = parsed.articles
    assert article.title.replace("\xa0", " ") == "A & B &foo; C D"
