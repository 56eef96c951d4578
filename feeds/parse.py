"""Parse one fetched document into Articles. Pure and synchronous: run it off the loop.

feedparser never raises on bad input; it sets `bozo`. A document it could still read is
accepted with a note; one it could not is a failure for that feed only.
"""

from __future__ import annotations

import html.entities
import itertools
import pyexpat
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
import feedparser.api

from feeds import fastparse
from feeds.dates import parse_feed_date
from feeds.encoding import to_utf8
from feeds.normalize import article_id, canonical_url, html_to_text
from feeds.records import Article, Failure, FailureKind, ParsedFeed
from feeds.searchkeys import search_document

# feedparser asks xml.sax for the libxml2 driver first; where it is not installed (almost
# everywhere) every parse pays for a failed import that scans sys.path under the import
# lock, which measured as the largest cost of a poll cycle. Expat is what it falls back to.
feedparser.api.PREFERRED_XML_PARSERS[:] = []

# Declared entities are never expanded. expat >= 2.4.1 stops nested bombs, but when it
# refuses a document feedparser's loose parser expands the "safe" declarations itself: a
# 3 MB feed of flat entities reached 9.5 GB. Feeds have no use for their own entities, so
# the DOCTYPE's internal subset is dropped before parsing (references stay as text), and a
# declaration that survives (an unterminated subset) refuses the document.
EXPAT_SAFE = pyexpat.version_info >= (2, 4, 1)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_INTERNAL_SUBSET = re.compile(rb"(<!DOCTYPE\s[^\[>]*)\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*+\]\s*>", re.IGNORECASE)

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)

# Bounds on what one item may store: a hostile feed can send megabytes of "title".
MAX_TITLE = 1_000
MAX_SUMMARY = 20_000
MAX_BODY = 200_000
# An item dated more than this after we fetched it has no usable date (9999-12-31, 2100 …).
MAX_AHEAD = timedelta(days=1)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)

# A body shorter than the lead adds nothing; content:encoded this much longer than the
# description is the article text some feeds carry in full.
_BODY_MIN_GAIN = 1.5


def http_charset(headers: Mapping[str, str]) -> str | None:
    content_type = _header(headers, "content-type")
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def parse_document(
    data: bytes,
    headers: Mapping[str, str],
    *,
    feed_id: str,
    outlet: str,
    base_url: str,
    fetched_at: datetime,
    max_items: int = 200,
    forced_encoding: str | None = None,
) -> ParsedFeed:
    """Articles from one feed document, newest-first as the feed lists them."""
    decoded = to_utf8(data, http_charset(headers), forced_encoding)
    notes = [decoded.note] if decoded.note else []
    if _HTML_START.match(decoded.data[:4096]):
        return ParsedFeed((), tuple(notes), Failure(FailureKind.NOT_A_FEED, "the server sent an HTML page, not a feed"))
    data = decoded.data
    if _ENTITY_DECL.search(data):
        data = _INTERNAL_SUBSET.sub(lambda m: m.group(1).rstrip() + b">", data, count=1)
        if _ENTITY_DECL.search(data):
            return ParsedFeed((), tuple(notes), Failure(
                FailureKind.UNREADABLE, "entity declarations refused: feeds have no use for them, entity bombs do"))
        notes.append("the DOCTYPE's entity declarations were dropped unexpanded")
    data, trimmed = _trim_text_runs(data)
    if trimmed:
        notes.append(f"{trimmed} oversized text run(s) cut before parsing")
    media = (_header(headers, "content-type") or "application/xml").split(";")[0].strip() or "application/xml"
    payload = _REFERENCE.sub(_safe_reference, data)
    content_type = f"{media}; charset=utf-8"
    try:
        # Well-formed RSS and Atom: the same result in a fraction of feedparser's time
        # (feeds.fastparse says when it declines; then feedparser reads it as before).
        parsed = fastparse.read(payload, content_type=content_type, base_url=base_url)
        if parsed is None:
            parsed = feedparser.parse(
                payload,
                response_headers={"content-type": content_type, "content-location": base_url},
                sanitize_html=False,
                resolve_relative_uris=False,
            )
    except MemoryError:  # the worker's memory bound: the caller words it (feeds.parse_worker)
        raise
    except Exception as exc:  # feedparser is meant never to raise; when it does, this feed only fails
        return ParsedFeed((), tuple(notes), Failure(FailureKind.UNREADABLE,
                          f"the parser gave up: {type(exc).__name__}: {_clean(str(exc))[:160]}"), decoded.encoding)
    entries: list[Any] = list(parsed.entries)
    if not parsed.get("version") and not entries:  # an empty body has no version key at all
        reason = str(parsed.get("bozo_exception") or "no RSS or Atom structure found")
        kind = FailureKind.UNREADABLE if data.strip() else FailureKind.NOT_A_FEED
        return ParsedFeed((), tuple(notes), Failure(kind, f"not a readable feed: {reason}"), decoded.encoding)
    malformed = None
    if parsed.bozo:
        problem = parsed.get("bozo_exception")
        if not isinstance(problem, feedparser.CharacterEncodingOverride):
            malformed = str(problem)
            notes.append(f"malformed document read anyway: {problem}")
    truncated = max(0, len(entries) - max_items)
    if truncated:
        notes.append(f"{len(entries)} items; kept the first {max_items}")
        entries = entries[:max_items]
    articles: list[Article] = []
    skipped = 0
    for entry in entries:
        try:
            article = _article(entry, feed_id=feed_id, outlet=outlet, base_url=base_url, fetched_at=fetched_at)
        except MemoryError:
            raise
        except Exception as exc:  # one unreadable item is that item skipped, never the feed
            notes.append(f"item skipped: {type(exc).__name__}: {_clean(str(exc))[:160]}")
            continue
        if article is None:
            skipped += 1
        else:
            articles.append(article)
    if skipped:
        notes.append(f"{skipped} item(s) without link or guid skipped")
    if malformed and not articles:
        # Well-formed but empty is a quiet feed; malformed and empty is a broken one.
        return ParsedFeed((), tuple(notes), Failure(FailureKind.UNREADABLE,
                          f"malformed document with no readable items: {malformed}"), decoded.encoding)
    # The search index's documents are built here, in the parse worker, not on the main process's loop.
    documents = tuple(search_document(a.title, a.summary) for a in articles)
    return ParsedFeed(tuple(articles), tuple(notes), None, decoded.encoding, truncated, documents)


_REFERENCE = re.compile(rb"&(?:#(?:[xX]([0-9A-Fa-f]{1,16})|([0-9]{1,24}))|([A-Za-z][A-Za-z0-9]{0,31}));")
# Names feedparser knows: XML's five and HTML's (feeds write &nbsp; and &middot; without a DTD).
_KNOWN_ENTITIES = frozenset(name.encode() for name in html.entities.name2codepoint) | {b"apos"}


# A text run (between tags) past these is cut before parsing: feedparser keeps one string
# piece per reference, so a 3 MB run of references costs 100 MB, while no field keeps more
# than MAX_BODY characters (a run holds them escaped, with markup: a few bytes each).
MAX_RUN_BYTES = 2 * 1024 * 1024
MAX_RUN_REFERENCES = 50_000
# Anchored at a run's start (after '<' or at the start): unanchored, every position of a run just
# short of the limit was tried again, which took 0.97 s of a 520 KB feed's 1.2 s parse.
_LONG_RUN = re.compile(rb"(?<![^<])[^<]{65536,}")
_AMPERSAND = re.compile(rb"&")


def _trim_text_runs(data: bytes) -> tuple[bytes, int]:
    """The document with every over-long text run cut short, and how many were cut.

    Cuts fall before an '&' or on a UTF-8 character boundary, never inside a reference or
    a character; a run holding a CDATA end is left whole rather than risk the structure.
    """
    pieces: list[bytes] = []
    start = trimmed = 0
    for match in _LONG_RUN.finditer(data):
        run = match.group()
        cut = len(run)
        nth = next(itertools.islice(_AMPERSAND.finditer(run), MAX_RUN_REFERENCES, None), None)
        if nth is not None:
            cut = nth.start()
        if cut > MAX_RUN_BYTES:
            cut = MAX_RUN_BYTES
            amp = run.rfind(b"&", cut - 40, cut)
            if amp >= 0 and run.find(b";", amp, cut) < 0:
                cut = amp
            while cut > 0 and run[cut] & 0xC0 == 0x80:
                cut -= 1
        if cut == len(run) or b"]]>" in run:
            continue
        pieces += [data[start:match.start()], run[:cut]]
        start = match.end()
        trimmed += 1
    if not trimmed:
        return data, 0
    pieces.append(data[start:])
    return b"".join(pieces), trimmed


def _safe_reference(match: re.Match[bytes]) -> bytes:
    """References feedparser cannot take, made harmless before it sees them.

    A character reference to no character (&#99999999999;, &#xD800;, &#0;) becomes U+FFFD:
    feedparser's handler raises on them and takes the whole feed down. A name no DTD here
    declares (the DOCTYPE's own declarations are dropped) stays as its literal text: left
    as it is, expat refuses the document and the loose parser keeps one string piece per
    reference, 100 MB for 600,000 of them in a 3 MB feed.
    """
    hex_digits, digits, name = match.groups()
    if name is not None:
        return match.group(0) if name in _KNOWN_ENTITIES else b"&amp;" + name + b";"
    value = int(hex_digits, 16) if hex_digits else int(digits)
    if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return b"&#xFFFD;"
    return match.group(0)


def _clean(text: str) -> str:
    """Text any store accepts: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8")


def _article(entry: Any, *, feed_id: str, outlet: str, base_url: str, fetched_at: datetime) -> Article | None:
    url = canonical_url(_clean(entry.get("link") or "") or None, base_url)
    guid = _clean(entry.get("id") or "").strip() or None
    if guid is None and url is None:
        return None
    title = _clean(html_to_text(entry.get("title")))[:MAX_TITLE]
    summary = _clean(html_to_text(entry.get("summary")))
    content = ""
    for part in entry.get("content") or ():
        text = html_to_text(part.get("value"), keep_lines=True)
        if len(text) > len(content):
            content = text
    if not summary and content:
        summary = " ".join(content.split())[:600]
    body = _clean(content)[:MAX_BODY] if content and len(content) >= _BODY_MIN_GAIN * max(len(summary), 1) else None
    summary = summary[:MAX_SUMMARY]
    published, estimated = _published(entry, fetched_at)
    authors = tuple(
        dict.fromkeys(
            name
            for name in (html_to_text(a.get("name")) for a in entry.get("authors") or [] if isinstance(a, dict))
            if name
        )
    )
    if not authors and entry.get("author"):
        authors = (html_to_text(entry.get("author")),)
    categories = tuple(dict.fromkeys(html_to_text(t.get("term")) for t in entry.get("tags") or [] if t.get("term")))
    return Article(
        id=article_id(feed_id, guid, url),
        feed_id=feed_id,
        outlet=outlet,
        url=url,
        title=title or "(제목 없음)",
        summary=summary,
        published=published,
        published_estimated=estimated,
        fetched_at=fetched_at,
        guid=guid,
        authors=authors,
        categories=categories,
        body=body,
    )


def _published(entry: Any, fetched_at: datetime) -> tuple[datetime, bool]:
    """The item's date, or (fetched_at, estimated) when it has none we can believe."""
    def plausible(value: datetime | None) -> bool:
        return value is not None and EARLIEST <= value <= fetched_at + MAX_AHEAD

    for key in ("published", "updated", "created", "dc_date"):
        value = parse_feed_date(entry.get(key))
        if plausible(value):
            return value, False  # type: ignore[return-value]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        struct = entry.get(key)
        if struct:
            try:
                value = datetime.fromtimestamp(time.mktime(struct) - time.timezone, UTC)
            except (OverflowError, ValueError, OSError):
                continue
            if plausible(value):
                return value, False
    return fetched_at, True
