"""A strict fast path in front of feedparser for well-formed RSS 2.0, RSS 1.0 and Atom 1.0.

Why: feedparser calls Python handlers for every SAX event, and that, not the XML, was the
cost of parsing. Measured with `bench/poll_cycle.py --parse-only --parse-docs 1000` (2
shared cores, 1,000 documents of 50 items, 50 KB each, CPU seconds): stock feedparser
31 s, sokbo's parse path 45 s, one bare ElementTree pass 0.3 s. This module reads such a
document in about 2 ms, and the whole parse path (with sokbo's text, URL and date
normalisation, now most of the cost) takes 10 s instead of 45.

What: `read()` takes the bytes feeds.parse would hand to feedparser and returns what
`feedparser.parse` returns for them, for everything feeds.parse reads (the entries' link,
id, title, summary, content, dates, authors and tags; `version`; `bozo` for a non-XML media
type), or None when it declines. The entries follow the rules of feedparser's own
handlers (names from namespaces, strip, relative links against the base, the Latin-1 and
windows-1252 repairs, which of two titles or links wins, a permalink guid as the link,
RSS author strings split into name and e-mail), so that everything after it in
feeds.parse — plain text, canonical URLs, Korean dates — is shared, not copied.

When it declines (and feedparser reads the document exactly as before):
- not well-formed XML, an entity XML does not predefine (&nbsp; without a DTD), bytes
  that are not UTF-8, a byte-order mark: feedparser's loose parser reads those;
- any DOCTYPE, entity or other markup declaration: refused before parsing, never expanded;
- a root that is not rss, rdf:RDF or an Atom feed; a prefix bound to two namespaces, or a
  namespace declared below the root that would rename elements before it; xml:base or a
  base attribute;
- in an item: an element feedparser has a handler for that is not read here or known to
  be harmless (media:group, itunes:*, abstract ...), one of ours holding elements (only
  an author or contributor holds name/email/uri), a second description or summary before
  any content (feedparser reads it as content), text that is XHTML or base64, and an
  element without a handler named like a key feedparser uses (an undeclared <date> is
  its `updated`);
- at feed level: an element with a handler that could leave state behind for the items
  (content, itunes:* ...), or holding one.
feeds/parse.py calls `read` first and feedparser only on None; tests/test_fastparse.py
holds both paths to the same articles on the shared corpus, our fixtures and generated
documents.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from time import struct_time
from typing import Any, Final, cast

import feedparser
from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.encodings import RE_XML_PI_ENCODING, parse_content_type
from feedparser.exceptions import NonXMLContentType
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin, make_safe_absolute_uri
from feedparser.util import FeedParserDict

# The rules below mirror feedparser 6.0's handlers (checked against 6.0.14). Under another
# line every document goes to feedparser until tests/test_fastparse.py passes against it.
MIRRORED: Final = feedparser.__version__.startswith("6.0.")

# feedparser's namespace table, looked up by lowercased URI as its parser does.
_STANDARD: Final[dict[str, str]] = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_STANDARD_NAMES: Final = frozenset(prefix.lower() for prefix in _STANDARD.values() if prefix)
_XML_NS: Final = "http://www.w3.org/XML/1998/namespace"

# feedparser rewrites the declaration before expat sees the document; so do we.
_XML_DECLARATION: Final = re.compile(rb"^<\?xml[^>]*?>")
_NEW_DECLARATION: Final = b"<?xml version='1.0' encoding='utf-8'?>"
# Any markup declaration (DOCTYPE, ENTITY, ...): declined before parsing, never expanded.
_DECLARATION: Final = re.compile(rb"<!(?!--|\[CDATA\[)")
# What feedparser sniffs as a byte-order mark or a non-ASCII-compatible '<?xm'.
_SNIFFED: Final = (b"\x4c\x6f\xa7\x94", b"\x00\x3c\x00\x3f", b"\x3c\x00\x3f\x00", b"\x00\x00\x00\x3c",
                   b"\x3c\x00\x00\x00", b"\x00\x00\xfe\xff", b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")

_APPLICATION_XML: Final = ("application/xml", "application/xml-dtd", "application/xml-external-parsed-entity")
_TEXT_XML: Final = ("text/xml", "text/xml-external-parsed-entity")
_TEXT_TYPES: Final = frozenset({"text/plain", "text/html"})
_HTML_TYPES: Final = frozenset({"application/xhtml+xml", "text/html"})

# An absolute http(s) URL urljoin gives back unchanged whatever the base: no empty query or
# fragment, no path parameters, nothing urlsplit strips or lowercases. Most links are one,
# and urljoin was a third of the fast path's time.
_PLAIN_URL: Final = re.compile(r"https?://[A-Za-z0-9.\-]+(?::[0-9]*)?(?:/[^\s?#;\\]*)?(?:\?[^\s#]+)?(?:#\S+)?")
_C1: Final = re.compile("[\x80-\x9f]")
_LINK_REFERENCE: Final = re.compile("&([A-Za-z0-9_]+);")
_EMAIL: Final = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"""
    r"""([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?""")

# Keys feeds.parse reads from an entry, and keys feedparser's handlers read or append to:
# an element feedparser has no handler for is stored under its own name, so one named
# like these would change or break the entry (FeedParserDict maps `date` to `updated`).
_ENTRY_KEYS: Final = frozenset({
    "link", "id", "title", "summary", "content", "published", "updated", "created", "dc_date", "authors",
    "author", "tags", "links", "author_detail", "contributors", "publisher", "publisher_detail", "publishers",
    "textinput", "image", "source", "cloud", "generator_detail", "guidislink", "href", "category", "enclosures",
    "license",
})

# Item-level elements read here, by feedparser's handler name.
_TITLE: Final = frozenset({"title", "dc_title"})
_DESCRIPTION: Final = frozenset({"description", "dc_description", "media_description"})
_CONTENT_HTML: Final = frozenset({"content_encoded", "fullitem"})
_DATES: Final = {
    **dict.fromkeys(("published", "issued", "pubdate", "dcterms_issued"), "published"),
    **dict.fromkeys(("updated", "modified", "lastbuilddate", "dc_date", "dcterms_modified"), "updated"),
    **dict.fromkeys(("created", "dcterms_created"), "created"),
}
_AUTHOR: Final = frozenset({"author", "managingeditor", "dc_creator", "dc_author"})
_CATEGORY: Final = frozenset({"category", "keywords", "dc_subject", "media_category"})
_AUTHOR_PARTS: Final = frozenset({"name", "email", "url", "uri", "homepage"})
# Elements with a handler that touches nothing feeds.parse reads (checked handler by
# handler in feedparser 6.0.14): accepted as leaves and skipped. image, textinput and
# source also reset which title wins, and that is modelled.
_RESETS_TITLE: Final = frozenset({"image", "textinput", "source"})
_INERT_HANDLED: Final = frozenset({
    "enclosure", "media_content", "media_thumbnail", "media_credit", "media_rating", "media_restriction",
    "media_license", "media_player", "expirationdate", "url", "homepage", "uri", "email", "name", "rights",
    "copyright", "dc_rights", "subtitle", "tagline", "info", "feedburner_browserfriendly", "cloud", "generator",
    "language", "dc_language", "webmaster", "dc_publisher", "newlocation", "width", "height", "dc_contributor",
})

# Feed-level handled elements whose handlers leave no state behind for the items.
_FEED_LEAVES: Final = frozenset({
    "title", "dc_title", "link", "description", "dc_description", "subtitle", "tagline", "language",
    "dc_language", "copyright", "rights", "dc_rights", "pubdate", "published", "issued", "dcterms_issued",
    "lastbuilddate", "updated", "modified", "dc_date", "dcterms_modified", "created", "dcterms_created",
    "webmaster", "dc_publisher", "managingeditor", "author", "dc_creator", "dc_author", "generator", "category",
    "dc_subject", "keywords", "cloud", "id", "guid", "image", "textinput", "info", "feedburner_browserfriendly",
    "expirationdate", "newlocation", "contributor", "dc_contributor",
})
_FEED_CONTAINERS: Final = {
    "image": frozenset({"url", "title", "link", "width", "height", "description"}),
    "textinput": frozenset({"title", "description", "name", "link"}),
    "author": _AUTHOR_PARTS,
    "managingeditor": _AUTHOR_PARTS,
    "contributor": _AUTHOR_PARTS,
}


class Declined(Exception):
    """The document is not one the fast path reads exactly as feedparser does."""


@dataclass
class _PendingDate:
    """feedparser's `*_parsed` struct for a date, computed only if asked for: feeds.parse
    reads it only when its own date reading fails, and feedparser's costs ~25 µs a date."""

    raw: str
    value: struct_time | None = None
    done: bool = False

    def resolve(self) -> struct_time | None:
        if not self.done:
            self.value, self.done = _parse_date(self.raw), True
        return self.value


# Keys FeedParserDict reads through an alias or computes: `get` takes its slow way for these.
_ALIASED: Final = frozenset(FeedParserDict.keymap) | {"category", "enclosures", "license", "updated", "updated_parsed"}


class _Entry(FeedParserDict):  # type: ignore[misc]
    """An entry as feedparser builds it, with lazy date structs. Written only under
    feedparser's own key names (never an alias such as `guid`), so a plain dict store;
    read as a FeedParserDict where an alias is involved (`updated` falls back to
    `published`), else straight from the dict: feeds.parse asks a dozen keys of every entry."""

    def __setitem__(self, key: str, value: Any) -> None:
        dict.__setitem__(self, key, value)

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        return value.resolve() if type(value) is _PendingDate else value

    def get(self, key: str, default: Any = None) -> Any:
        if key in _ALIASED:
            return super().get(key, default)
        value = dict.get(self, key, default)
        return value.resolve() if type(value) is _PendingDate else value


@dataclass
class _ItemState:
    """What feedparser's parser object remembers while it is inside one item."""

    title_won: bool = False  # a non-empty title was stored: later titles at this depth lose
    has_content: bool = False


@dataclass
class _Reader:
    """One document read as feedparser's strict parser would, from an ElementTree of it:
    the parser state feedparser keeps across elements (namespaces, base, version) lives
    here, the per-item state in _ItemState."""

    payload: bytes
    content_type: str
    base_url: str
    namespacemap: dict[str | None, str] = field(default_factory=dict)
    in_use: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)  # document prefix -> URI, each bound once
    uri_prefix: dict[str, str | None] = field(default_factory=dict)  # URI -> its one prefix (None: several)
    version: str = ""
    base: str = ""
    entries: list[_Entry] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)

    def run(self) -> FeedParserDict:
        """feedparser.parse's result, or Declined."""
        if not MIRRORED:
            raise Declined(f"feedparser {feedparser.__version__}, not the 6.0 line these rules mirror")
        bozo = self._media_type()
        data = self.payload
        match = _XML_DECLARATION.search(data)
        data = _XML_DECLARATION.sub(_NEW_DECLARATION, data, count=1) if match else _NEW_DECLARATION + b"\n" + data
        if _DECLARATION.search(data):
            raise Declined("a DOCTYPE or other markup declaration")
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start-ns", "start"))
        try:
            parser.feed(data)
            parser.close()
        except ET.ParseError as exc:
            raise Declined(f"not well-formed: {exc}") from None
        root = self._bind(parser)
        self.base = self._base()
        self._document(root)
        result = FeedParserDict(bozo=bozo is not None, entries=self.entries, feed=FeedParserDict(), headers={},
                                version=self.version, encoding="utf-8")
        if bozo is not None:
            result["bozo_exception"] = bozo
        return result

    # --- what feedparser does before expat ---------------------------------------------------

    def _media_type(self) -> NonXMLContentType | None:
        """feedparser.encodings.convert_to_utf8 for the one case we accept: the bytes read as
        UTF-8 by the encoding it would choose. Returns its complaint about the media type."""
        if self.payload.startswith(_SNIFFED) or self.payload[:4] in _SNIFFED:
            raise Declined("a byte-order mark or a non-ASCII-compatible start")
        mime, charset = parse_content_type(self.content_type)
        declared = RE_XML_PI_ENCODING.match(self.payload)
        try:
            xml_encoding = declared.group(1).decode("utf-8").lower() if declared else ""
        except UnicodeDecodeError:
            raise Declined("an encoding name that is not UTF-8") from None
        acceptable = True
        if mime in _APPLICATION_XML or (mime.startswith("application/") and mime.endswith("+xml")):
            encoding = charset or xml_encoding or "utf-8"
        elif mime in _TEXT_XML or (mime.startswith("text/") and mime.endswith("+xml")):
            encoding = charset or "us-ascii"
        elif mime.startswith("text/"):
            encoding, acceptable = charset or "us-ascii", False
        else:
            encoding, acceptable = xml_encoding or "utf-8", False
        if encoding != "utf-8":
            raise Declined(f"feedparser would decode as {encoding!r}")
        return None if acceptable else NonXMLContentType(f"{self.content_type} is not an XML media type")

    # --- namespaces: feedparser names elements by its own prefixes --------------------------

    def _bind(self, parser: ET.XMLPullParser[ET.Element]) -> ET.Element:
        """Replay feedparser's namespace tracking over the declarations; returns the root."""
        root: ET.Element | None = None
        events = cast(Iterator[tuple[str, Any]], parser.read_events())  # ("start-ns", (prefix, uri)), ("start", element)
        for event, value in events:
            if isinstance(value, ET.Element):
                if root is None:
                    root = value
                    self._root_version(value)
                continue
            assert event == "start-ns" and isinstance(value, tuple)
            prefix: str = value[0]
            uri: str = value[1]
            if not uri:  # xmlns="": feedparser tracks nothing
                continue
            bound = self.prefixes.get(prefix)
            if bound is not None:
                if bound != uri:
                    raise Declined(f"prefix {prefix!r} bound to two namespaces")
                continue  # the same declaration again changes nothing feedparser tracks
            if root is not None and not self._late_binding_is_harmless(prefix, uri):
                raise Declined(f"namespace {uri!r} declared below the root renames elements before it")
            self.prefixes[prefix] = uri
            if prefix:
                self.uri_prefix[uri] = prefix if self.uri_prefix.get(uri, prefix) == prefix else None
            self._track(prefix or None, uri)
        if root is None:
            raise Declined("no root element")
        return root

    def _late_binding_is_harmless(self, prefix: str, uri: str) -> bool:
        """Names here come from the bindings as they stand after the root's own; feedparser
        names each element by the bindings declared so far. A binding below the root is
        the same for every element only if no element before it could be named otherwise:
        a new namespace of its own, or a known one whose prefix is not another's name."""
        lower = uri.lower()
        if "backend.userland.com/rss" in lower:
            lower = "http://backend.userland.com/rss"
        standard = _STANDARD.get(lower)
        if standard is None:
            return uri not in self.in_use.values()
        return not prefix or prefix == standard or prefix not in _STANDARD_NAMES

    def _track(self, prefix: str | None, uri: str) -> None:
        """feedparser's track_namespace."""
        lower = uri.lower()
        if not self.version:
            if (prefix, lower) == (None, "http://my.netscape.com/rdf/simple/0.9/"):
                self.version = "rss090"
            elif lower == "http://purl.org/rss/1.0/":
                self.version = "rss10"
            elif lower == "http://www.w3.org/2005/atom":
                self.version = "atom10"
        if "backend.userland.com/rss" in lower:
            uri = lower = "http://backend.userland.com/rss"
        if lower in _STANDARD:
            self.namespacemap[prefix] = _STANDARD[lower]
            self.in_use[_STANDARD[lower]] = uri
        else:
            self.in_use[prefix or ""] = uri

    def _root_version(self, root: ET.Element) -> None:
        """The version _start_rss and _start_feed settle on (declarations after the root
        may still set an empty one, as in feedparser)."""
        key = self._key(root.tag)
        attrs = self._attrs(root)
        if key == "rss" and not self.version.startswith("rss"):
            given = attrs.get("version", "")
            self.version = ({"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}.get(given)
                            or ("rss20" if given.startswith("2.") else "rss"))
        elif key == "feed" and not self.version:
            self.version = {"0.1": "atom01", "0.2": "atom02", "0.3": "atom03"}.get(attrs.get("version") or "", "atom")

    def _key(self, tag: str) -> str:
        """The handler name feedparser gives an element ('title', 'dc_date', 'content_encoded'),
        from its startElementNS and unknown_starttag."""
        key = self._names.get(tag)
        if key is not None:
            return key
        namespace, _, local = tag[1:].partition("}") if tag[0] == "{" else ("", "", tag)
        lower = namespace.lower()
        if "backend.userland.com/rss" in lower:
            namespace = lower = "http://backend.userland.com/rss"
        local = local.lower()
        standard = _STANDARD.get(lower)
        name = local
        if standard:
            name = standard.lower() + ":" + local
        elif namespace:
            for prefix, uri in self.in_use.items():
                if prefix and uri == namespace:
                    name = prefix + ":" + local
                    break
        name = name.lower()
        prefix, suffix = name.split(":", 1) if ":" in name else ("", name)
        prefix = self.namespacemap.get(prefix, prefix)
        key = (prefix + "_" if prefix else "") + suffix
        self._names[tag] = key
        return key

    def _attrs(self, element: ET.Element) -> dict[str, str]:
        """An element's attributes as feedparser's handlers see them: names lowercased,
        namespaced ones under feedparser's prefix and the document's, rel and type values
        lowercased."""
        if not element.attrib:
            return {}
        attrs: dict[str, str] = {}
        qnames: list[tuple[str, str]] = []
        for name, value in element.attrib.items():
            if name[0] == "{":
                namespace, _, local = name[1:].partition("}")
                standard = _STANDARD.get(namespace.lower(), "")
                attrs[(standard + ":" + local if standard else local).lower()] = value
                prefix = "xml" if namespace == _XML_NS else self.uri_prefix.get(namespace)
                if prefix is None:
                    raise Declined(f"an attribute in {namespace!r}, bound to several prefixes")
                qnames.append((prefix + ":" + local, value))
            else:
                attrs[name.lower()] = value
                qnames.append((name, value))
        for qname, value in qnames:
            attrs[qname.lower()] = value
        for name in ("rel", "type"):
            if name in attrs:
                attrs[name] = attrs[name].lower()
        return attrs

    def _base(self) -> str:
        """The base feedparser resolves links against: the Content-Location, as each start
        tag re-derives it. A base that would keep changing is declined."""
        def step(base: str) -> str:
            return (make_safe_absolute_uri(base, base) or base) if base else _urljoin(base, base)

        base = step(self.base_url)
        if step(base) != base:
            raise Declined("an unstable base URL")
        return base

    # --- structure ---------------------------------------------------------------------------

    def _check_attrs(self, element: ET.Element) -> None:
        for name in element.attrib:
            if name.rpartition("}")[2].lower() == "base":
                raise Declined("xml:base or a base attribute")

    def _document(self, root: ET.Element) -> None:
        key = self._key(root.tag)
        self._check_attrs(root)
        if key == "rss":
            for child in root:
                if self._key(child.tag) == "channel":
                    self._check_attrs(child)
                    self._feed_level(child)
                else:
                    self._inert(child, "a document-level element")
        elif key == "rdf_rdf":
            self._feed_level(root, channels=True)
        elif key == "feed":
            self._feed_level(root)
        else:
            raise Declined(f"root <{key}> is not rss, rdf:RDF or an Atom feed")

    def _feed_level(self, parent: ET.Element, *, channels: bool = False) -> None:
        for child in parent:
            key = self._key(child.tag)
            self._check_attrs(child)
            if key in ("item", "entry"):
                self._item(child)
            elif channels and key == "channel":
                self._feed_level(child)
            elif key in _FEED_CONTAINERS and len(child):
                allowed = _FEED_CONTAINERS[key]
                for part in child:
                    self._check_attrs(part)
                    if self._key(part.tag) in allowed:
                        self._leaf(part)
                    else:
                        self._inert(part, f"<{key}>")
            elif key in _FEED_LEAVES:
                self._leaf(child)
            else:
                self._inert(child, "the channel")

    def _leaf(self, element: ET.Element) -> None:
        if len(element):
            raise Declined(f"<{self._key(element.tag)}> holds elements")

    def _inert(self, element: ET.Element, where: str, *, entry: bool = False) -> None:
        """An element feedparser has no handler for, nor for anything inside it: it only
        stores text under its own name. In an entry, that name must not be one we read."""
        for node in element.iter():
            key = self._key(node.tag)
            self._check_attrs(node)
            if _is_handled(key):
                raise Declined(f"<{key}> in {where}")
            if entry:
                mapped = FeedParserDict.keymap.get(key, key)
                mapped = mapped[0] if isinstance(mapped, list) else mapped
                if mapped in _ENTRY_KEYS or mapped.startswith("media_") or mapped.endswith(("_detail", "_parsed")):
                    raise Declined(f"<{key}> in an item shadows a key feedparser uses")

    # --- one item ----------------------------------------------------------------------------

    def _item(self, element: ET.Element) -> None:
        """feedparser's _start_item, the handlers of each child, and _end_item."""
        attrs = self._attrs(element)
        if "lastmod" in attrs or "href" in attrs:
            raise Declined("an item with CDF attributes")
        entry = _Entry()
        self.entries.append(entry)
        about = attrs.get(self.namespacemap.get("rdf", "rdf") + ":about")
        if about:
            entry["id"] = about
        state = _ItemState()
        for child in element:
            key = self._key(child.tag)
            self._check_attrs(child)
            if key in _AUTHOR:
                self._author(entry, child)
                continue
            if key == "contributor":
                for part in child:
                    self._check_attrs(part)
                    if self._key(part.tag) not in _AUTHOR_PARTS:
                        raise Declined("a contributor holding more than name, email and uri")
                    self._leaf(part)
                continue
            if len(child):
                if _is_handled(key):
                    raise Declined(f"<{key}> holds elements")
                self._inert(child, "an item", entry=True)
                continue
            handler = _ITEM_HANDLERS.get(key)
            if handler is not None:
                handler(self, entry, state, child)
            elif key in _RESETS_TITLE:
                state.title_won = False
            elif key not in _INERT_HANDLED:
                self._inert(child, "an item", entry=True)

    def _finish(self, raw: str | None, *, resolve: bool = False) -> str:
        """The text feedparser's pop() stores: stripped, a relative link resolved, UTF-8 read
        as Latin-1 repaired, windows-1252 controls mapped."""
        text = (raw or "").strip()
        if resolve and text:
            text = self._resolve(text)
        if not text.isascii():
            try:
                text = text.encode("iso-8859-1").decode("utf-8")
            except UnicodeError:
                pass
            if _C1.search(text):
                text = text.translate(_cp1252)
        return text

    def _resolve(self, uri: str) -> str:
        """feedparser's resolve_uri."""
        return uri if _PLAIN_URL.fullmatch(uri) else _urljoin(self.base, uri)

    def _text_type(self, element: ET.Element, default: str) -> None:
        """push_content's reading of type and mode: only plain text or HTML are read here."""
        attrs = self._attrs(element)
        if attrs.get("mode", "") == "base64" or _content_type(attrs.get("type", default)) not in _TEXT_TYPES:
            raise Declined(f"<{self._key(element.tag)}> of type {attrs.get('type')!r}")

    def _title(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        self._text_type(element, "text/plain")
        value = self._finish(element.text)
        if not state.title_won:
            entry["title"] = value
            state.title_won = bool(value)

    def _media_title(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        self._text_type(element, "text/plain")
        value = self._finish(element.text)
        if not state.title_won:
            entry["title"] = value  # _end_media_title restores title_depth: a later title still wins

    def _link(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        attrs = self._attrs(element)
        attrs.setdefault("rel", "alternate")
        attrs.setdefault("type", "application/atom+xml" if attrs["rel"] == "self" else "text/html")
        href = attrs.get("url", attrs.get("uri", attrs.get("href")))
        if href:
            attrs["href"] = href
        if "href" in attrs:
            if attrs["rel"] == "alternate" and _content_type(attrs["type"]) in _HTML_TYPES:
                entry["link"] = self._resolve(attrs["href"])
            return
        value = self._finish(element.text, resolve=True)
        if "&" in value:
            value = _LINK_REFERENCE.sub(r"&\g<1>", value.replace("&amp;", "&"))
        entry["link"] = value

    def _guid(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        permalink = self._attrs(element).get("ispermalink", "true") == "true"
        value = self._finish(element.text, resolve=permalink)
        entry["id"] = value
        if permalink:
            entry.setdefault("link", value)

    def _description(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        if "summary" in entry and not state.has_content:
            raise Declined("a second description or summary (feedparser reads it as content)")
        self._text_type(element, "text/html" if self._key(element.tag) != "summary" else "text/plain")
        entry["summary"] = self._finish(element.text)

    def _content(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        self._text_type(element, "text/html" if self._key(element.tag) in _CONTENT_HTML else "text/plain")
        state.has_content = True
        value = self._finish(element.text)
        entry.setdefault("content", []).append(FeedParserDict(value=value))
        entry.setdefault("summary", value)

    def _date(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        key = _DATES[self._key(element.tag)]
        value = self._finish(element.text)
        entry[key] = value
        entry[key + "_parsed"] = _PendingDate(value)

    def _category(self, entry: _Entry, state: _ItemState, element: ET.Element) -> None:
        attrs = self._attrs(element)
        if self._key(element.tag) == "media_category":
            attrs.setdefault("scheme", "http://search.yahoo.com/mrss/category_schema")
        tags = _add_tag(entry, attrs.get("term"), attrs.get("scheme", attrs.get("domain")), attrs.get("label"))
        value = self._finish(element.text)
        if not value:
            return
        if tags and not tags[-1]["term"]:
            tags[-1]["term"] = value
        else:
            _add_tag(entry, value, None, None)

    def _author(self, entry: _Entry, element: ET.Element) -> None:
        """_start_author, its name/email/uri children, _end_author."""
        entry.setdefault("authors", [])
        entry["authors"].append(FeedParserDict())
        pieces = [element.text or ""]
        for part in element:
            key = self._key(part.tag)
            self._check_attrs(part)
            if key not in _AUTHOR_PARTS:
                raise Declined(f"<{key}> in an author")
            self._leaf(part)
            if key in ("name", "email"):
                _save_author(entry, key, (part.text or "").strip())
            else:
                _save_author(entry, "href", self._finish(part.text, resolve=True))
            pieces.append(part.tail or "")
        entry["author"] = self._finish("".join(pieces))
        _sync_author(entry)


_ITEM_HANDLERS: Final[dict[str, Callable[[_Reader, _Entry, _ItemState, ET.Element], None]]] = {
    **dict.fromkeys(_TITLE, _Reader._title),
    "media_title": _Reader._media_title,
    "link": _Reader._link,
    "guid": _Reader._guid,
    "id": _Reader._guid,
    **dict.fromkeys((*_DESCRIPTION, "summary"), _Reader._description),
    **dict.fromkeys((*_CONTENT_HTML, "content"), _Reader._content),
    **dict.fromkeys(_DATES, _Reader._date),
    **dict.fromkeys(_CATEGORY, _Reader._category),
}

_HANDLED: dict[str, bool] = {}


def _is_handled(key: str) -> bool:
    """Whether feedparser's parser has a start or end handler for this element name."""
    handled = _HANDLED.get(key)
    if handled is None:
        handled = _HANDLED[key] = (hasattr(StrictFeedParser, "_start_" + key)
                                   or hasattr(StrictFeedParser, "_end_" + key))
    return handled


def _content_type(value: str) -> str:
    """feedparser's map_content_type."""
    value = value.lower()
    return {"text": "text/plain", "plain": "text/plain", "html": "text/html",
            "xhtml": "application/xhtml+xml"}.get(value, value)


def _add_tag(entry: _Entry, term: str | None, scheme: str | None, label: str | None) -> list[Any]:
    """feedparser's _add_tag; returns the entry's tags."""
    tags: list[Any] = entry.setdefault("tags", [])
    if term or scheme or label:
        value = FeedParserDict(term=term, scheme=scheme, label=label)
        if value not in tags:
            tags.append(value)
    return tags


def _save_author(entry: _Entry, key: str, value: str) -> None:
    """feedparser's _save_author, author_detail aliasing included."""
    entry.setdefault("author_detail", FeedParserDict())
    entry["author_detail"][key] = value
    _sync_author(entry)
    entry.setdefault("authors", [FeedParserDict()])
    entry["authors"][-1][key] = value


def _sync_author(entry: _Entry) -> None:
    """feedparser's _sync_author_detail: 'name (email)' from the last author, or the author
    string split into a name and an e-mail address."""
    detail = entry.get("authors", [FeedParserDict()])[-1]
    if detail:
        name, email = detail.get("name"), detail.get("email")
        if name and email:
            entry["author"] = f"{name} ({email})"
        elif name:
            entry["author"] = name
        elif email:
            entry["author"] = email
        return
    author, email = entry.get("author"), None
    if not author:
        return
    match = _EMAIL.search(author)
    if match:
        email = match.group(0)
        author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    if author or email:
        entry.setdefault("author_detail", detail)
    if author:
        detail["name"] = author
    if email:
        detail["email"] = email


def read(payload: bytes, *, content_type: str, base_url: str) -> FeedParserDict | None:
    """What `feedparser.parse(payload, response_headers={"content-type": content_type,
    "content-location": base_url})` returns, for the keys feeds.parse reads, or None to
    let feedparser read the document.

    >>> doc = b'<rss version="2.0"><channel><item><title>AI &amp; &#xB274;&#xC2A4;</title><guid>1</guid></item></channel></rss>'
    >>> [(e.title, e.link) for e in read(doc, content_type="application/xml; charset=utf-8",
    ...                                   base_url="https://news.example.kr/rss").entries]
    [('AI & 뉴스', 'https://news.example.kr/1')]
    """
    try:
        return _Reader(payload, content_type, base_url).run()
    except MemoryError:  # the parse worker's memory bound: feeds.parse_worker words it
        raise
    except Declined:
        return None
    except Exception:  # a fast-path bug costs the speed, never the feed: feedparser reads it
        return None


def explain(payload: bytes, *, content_type: str, base_url: str) -> str | None:
    """Why `read` declines the document, or None when it reads it. For tests and for
    looking at a feed that stays on the slow path; a bug here raises instead of hiding."""
    try:
        _Reader(payload, content_type, base_url).run()
    except Declined as exc:
        return str(exc)
    return None
