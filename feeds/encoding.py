"""Turn feed bytes in whatever encoding Korean servers send into clean UTF-8.

Korean sites still serve EUC-KR/CP949 and sometimes label it wrongly; feedparser then
silently produces windows-1252 mojibake. We settle the encoding ourselves and hand
feedparser UTF-8 with a matching declaration, so titles always come out as Hangul.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_XML_DECL = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])", re.IGNORECASE)

# EUC-KR labels are decoded as CP949, its superset: servers labelled euc-kr often send
# CP949-only syllables (e.g. 똠, 햏) that a strict euc-kr decoder rejects.
_KOREAN_ALIASES = {"euc-kr", "euckr", "euc_kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "x-windows-949",
                   "windows-949", "uhc", "ms949", "cp949", "korean"}


@dataclass(frozen=True)
class Decoded:
    data: bytes
    encoding: str
    note: str | None = None


def _canonical(label: str | None) -> str | None:
    if not label:
        return None
    low = label.strip().strip("\"'").lower()
    if low in _KOREAN_ALIASES:
        return "cp949"
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def declared_xml_encoding(data: bytes) -> str | None:
    match = _XML_DECL.match(data[:512])
    return match.group(2).decode("ascii") if match else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def to_utf8(data: bytes, http_charset: str | None = None, forced: str | None = None) -> Decoded:
    """Decode with the first encoding that fits and re-encode as UTF-8.

    Order: a BOM; valid UTF-8 (random CP949 text is almost never valid UTF-8, so this is a
    strong signal); the feed's configured encoding; the HTTP charset; the XML declaration;
    CP949; finally UTF-8 with replacement characters (noted, never fatal).
    """
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_relabel(data[len(codecs.BOM_UTF8) :]), "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is not None:
            return Decoded(_relabel(text.encode("utf-8")), "utf-16")
    declared = _canonical(http_charset) or _canonical(declared_xml_encoding(data))
    text = _strict(data, "utf-8")
    if text is not None:
        note = None
        if declared not in (None, "utf-8", "ascii") and not text.isascii():
            note = f"labelled {declared} but the bytes are UTF-8; read as UTF-8"
        return Decoded(_relabel(data), "utf-8", note)
    candidates = [_canonical(forced), _canonical(http_charset), _canonical(declared_xml_encoding(data)), "cp949"]
    for candidate in candidates:
        if candidate is None or candidate == "utf-8":
            continue
        text = _strict(data, candidate)
        if text is not None:
            note = None
            if declared is not None and candidate != declared:
                note = f"labelled {declared or 'utf-8'} but the bytes are {candidate}; read as {candidate}"
            elif declared is None and forced is None:
                note = f"no charset given and not UTF-8; read as {candidate}"
            return Decoded(_relabel(text.encode("utf-8")), candidate, note)
    text = data.decode("utf-8", errors="replace")
    return Decoded(_relabel(text.encode("utf-8")), "utf-8", "undecodable bytes replaced with U+FFFD")


def _relabel(utf8: bytes) -> bytes:
    """Make the XML declaration say UTF-8 so feedparser cannot second-guess us."""
    if _XML_DECL.match(utf8[:512]):
        return _XML_DECL.sub(rb"\g<1>utf-8\g<3>", utf8, count=1)
    return utf8
