"""Plain text, canonical URLs and stable ids for articles.

Rules match on text, so every title and summary is plain text: tags stripped, entities
unescaped (Korean outlets double-escape: `&amp;quot;`), control characters dropped and
whitespace collapsed. URLs lose tracking parameters so the same story from two feeds is
stored once.
"""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "figure", "figcaption", "section", "article", "table", "hr", "pre"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "object"}
# Only these names count as escaped markup on the second pass: "<AI 시대>" in a title is
# text, "<p>" or "<img src=…>" left over from double escaping is not.
_LEFTOVER_TAG = re.compile(
    r"</?(?:p|br|div|span|img|a|b|strong|i|em|u|figure|figcaption|table|tr|td|th|ul|ol|li|h[1-6]|"
    r"font|center|blockquote|iframe|script|style|hr|section|article|sup|sub|small)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACE = re.compile(r"\s+")

_TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "yclid",
                    "_ga", "_gl", "cloc", "rss_source", "ref_src"}
_TRACKING_PREFIXES = ("utm_",)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(value: str | None, *, keep_lines: bool = False) -> str:
    """Plain text from feed HTML, robust to double escaping.

    >>> html_to_text("<p>네이버 &amp;quot;하이퍼클로바X&amp;quot;</p>")
    '네이버 "하이퍼클로바X"'
    """
    if not value:
        return ""
    text = value
    if "<" in text or "&" in text:
        parser = _TextExtractor()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    # A second round for outlets that escaped their markup twice.
    for _ in range(2):
        if not (_ENTITY.search(text) or _LEFTOVER_TAG.search(text)):
            break
        text = _LEFTOVER_TAG.sub(" ", text)
        text = html.unescape(text)
    text = _CONTROL.sub("", text).replace("\xa0", " ")
    if keep_lines:
        lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
        return "\n".join(line for line in lines if line)
    return _SPACE.sub(" ", text).strip()


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """Absolute URL without tracking parameters, fragment or default port.

    >>> canonical_url("HTTPS://News.example.kr:443/a?id=1&utm_source=rss#top")
    'https://news.example.kr/a?id=1'
    """
    if not url:
        return None
    url = url.strip()
    # Some feeds glue the site prefix onto an absolute link ("http://a.krhttp://a.kr/x").
    second = url.find("http", 1)
    if second > 0 and url[second:].startswith(("http://", "https://")) and "://" in url[:second]:
        url = url[second:]
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    default_port = {"http": 80, "https": 443}[parts.scheme.lower()]
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _TRACKING_PARAMS and not key.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query, doseq=True), ""))


def article_id(feed_id: str, guid: str | None, url: str | None) -> str:
    """Stable id: from the guid when there is one, else from the canonical URL.

    A guid that is itself a URL is canonicalised first, so two feeds that carry the same
    permalink agree on the id. A bare guid ("12345") is only unique within its feed.
    """
    if guid:
        as_url = canonical_url(guid) if guid.startswith(("http://", "https://")) else None
        key = f"url\0{as_url}" if as_url else f"guid\0{feed_id}\0{guid.strip()}"
    elif url:
        key = f"url\0{url}"
    else:
        raise ValueError("an article needs a guid or a URL")
    return hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()
