"""Build feed documents for tests: RSS 2.0 and Atom in the shapes Korean outlets send.

The text is our own; the shapes (CDATA HTML descriptions, +0900 RFC 822 dates, naive
Seoul dates, dc:date, double-escaped entities) follow real feeds in ../shared/corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape


@dataclass
class Item:
    title: str
    link: str | None = None
    guid: str | None = None
    description: str = ""
    pub_date: str | None = "Fri, 30 Jun 2023 19:05:00 +0900"
    dc_date: str | None = None
    content: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    raw_title: bool = False  # title already escaped/crafted by the test


def rss(items: list[Item], *, title: str = "테스트 IT 뉴스", encoding: str = "utf-8",
        declare: str | None = None, link: str = "https://news.example.kr/") -> bytes:
    """An RSS 2.0 document encoded as `encoding`, declaring `declare` (default: the same)."""
    declared = encoding if declare is None else declare
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    parts = [head, '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n',
             f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n<description>테스트</description>\n"]
    for item in items:
        parts.append("<item>\n")
        parts.append(f"<title>{item.title if item.raw_title else escape(item.title)}</title>\n")
        if item.link is not None:
            parts.append(f"<link>{escape(item.link)}</link>\n")
        if item.guid is not None:
            perma = "true" if item.guid.startswith("http") else "false"
            parts.append(f'<guid isPermaLink="{perma}">{escape(item.guid)}</guid>\n')
        if item.description:
            parts.append(f"<description><![CDATA[{item.description}]]></description>\n")
        if item.content:
            parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>\n")
        if item.pub_date:
            parts.append(f"<pubDate>{escape(item.pub_date)}</pubDate>\n")
        if item.dc_date:
            parts.append(f"<dc:date>{escape(item.dc_date)}</dc:date>\n")
        if item.author:
            parts.append(f"<author>{escape(item.author)}</author>\n")
        for category in item.categories:
            parts.append(f"<category>{escape(category)}</category>\n")
        parts.append("</item>\n")
    parts.append("</channel>\n</rss>\n")
    return "".join(parts).encode(encoding)


def atom(items: list[Item], *, title: str = "테스트 아톰") -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n',
             f"<title>{escape(title)}</title>\n<id>urn:test:atom</id>\n<updated>2023-06-30T10:00:00Z</updated>\n"]
    for item in items:
        parts.append("<entry>\n")
        parts.append(f"<title>{escape(item.title)}</title>\n")
        if item.link:
            parts.append(f'<link rel="alternate" href="{escape(item.link)}"/>\n')
        if item.guid:
            parts.append(f"<id>{escape(item.guid)}</id>\n")
        if item.pub_date:
            parts.append(f"<published>{escape(item.pub_date)}</published>\n<updated>{escape(item.pub_date)}</updated>\n")
        if item.description:
            parts.append(f'<summary type="html">{escape(item.description)}</summary>\n')
        if item.author:
            parts.append(f"<author><name>{escape(item.author)}</name></author>\n")
        parts.append("</entry>\n")
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")


def numbered_items(prefix: str, count: int, *, site: str = "https://news.example.kr") -> list[Item]:
    return [
        Item(
            title=f"{prefix} 기사 {n}: 네이버·카카오 AI 경쟁",
            link=f"{site}/article/{prefix}-{n}?utm_source=rss&utm_medium=feed",
            guid=f"{site}/article/{prefix}-{n}",
            description=f"<p>{prefix} 기사 {n}의 요약입니다. 초거대AI 경쟁이 치열해지고 있다.</p>",
            pub_date=f"Fri, 30 Jun 2023 {10 + n % 10:02d}:{n % 60:02d}:00 +0900",
        )
        for n in range(count)
    ]
