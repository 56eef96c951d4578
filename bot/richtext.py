"""Text with structure: what a command answers, as spans (plain, bold, code, link), not markup.

Answers mix our own words with text nobody here wrote: article titles, feed errors, a user's
query. Written as one Slack-flavoured string, a title holding `*` or a backtick changed the
answer's markup, Slack showed the asterisks of `*카카오*는` (it bolds only at word boundaries),
and Discord needed a converter that guessed which asterisks were ours. A reply built of spans
says once which text is emphasis and which is someone else's, and each platform's renderer
(bot/platforms/render.py) writes that in its own markup: Slack rich_text elements, Discord
Markdown with the quoted text escaped, plain lines for the console.

Only our templates are parsed (`*bold*`, `` `code` ``, `{value}`); values are inserted as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Literal

Style = Literal["plain", "bold", "code", "link"]


@dataclass(frozen=True)
class Span:
    text: str
    style: Style = "plain"
    url: str | None = None  # a link's target; its text is `text`


class Rich(tuple[Span, ...]):
    """An immutable run of spans; `+` joins, `Rich.lines` stacks."""

    __slots__ = ()

    @classmethod
    def of(cls, *parts: str | Span | Rich) -> Rich:
        """Plain strings are quoted text: never read as markup."""
        spans: list[Span] = []
        for part in parts:
            if isinstance(part, Rich):
                spans.extend(part)
            elif isinstance(part, Span):
                spans.append(part)
            elif part:
                spans.append(Span(str(part)))
        merged: list[Span] = []
        for span in spans:
            if not span.text:
                continue
            if merged and span.style != "link" and (merged[-1].style, merged[-1].url) == (span.style, span.url):
                merged[-1] = Span(merged[-1].text + span.text, span.style)  # one *bold* run, not *a**b*
            else:
                merged.append(span)
        return cls(merged)

    @classmethod
    def join(cls, parts: Iterable[str | Span | Rich], separator: str) -> Rich:
        """`parts` with plain `separator` between them (", " for a list, a newline for lines)."""
        out: list[str | Span | Rich] = []
        for index, part in enumerate(parts):
            if index:
                out.append(separator)
            out.append(part)
        return cls.of(*out)

    @classmethod
    def lines(cls, rows: Iterable[str | Span | Rich]) -> Rich:
        return cls.join(rows, "\n")

    def __add__(self, other: object) -> Rich:
        if isinstance(other, (str, Span, Rich)):
            return Rich.of(self, other)
        return NotImplemented

    def __radd__(self, other: object) -> Rich:
        if isinstance(other, (str, Span)):
            return Rich.of(other, self)
        return NotImplemented

    def plain(self) -> str:
        """The words alone (a link shows its address after its text when they differ)."""
        return "".join(_words(s) for s in self)

    def markup(self) -> str:
        """The neutral form logs, the console and tests read: *bold* and `code` marked as written."""
        marks = {"bold": "*", "code": "`"}
        return "".join(f"{marks[s.style]}{s.text}{marks[s.style]}" if s.style in marks else _words(s) for s in self)

    def cut(self, limit: int) -> Rich:
        """At most `limit` characters of text, cut at a span, with '…' when anything was left out."""
        out: list[Span] = []
        left = limit
        for span in self:
            if len(span.text) <= left:
                out.append(span)
                left -= len(span.text)
                continue
            if left > 1:
                out.append(Span(span.text[: left - 1], span.style, span.url))
            out.append(Span("…"))
            break
        return Rich(out)


def _words(span: Span) -> str:
    return span.text if span.style != "link" or span.url in (None, span.text) else f"{span.text} ({span.url})"


def bold(text: object) -> Span:
    return Span(str(text), "bold")


def code(text: object) -> Span:
    return Span(str(text), "code")


def link(text: object, url: str) -> Span:
    return Span(str(text), "link", url)


_MARK = re.compile(r"(\*[^*\n]+\*|`[^`\n]+`)")
_FORMATTER = Formatter()


def from_template(template: str, values: Mapping[str, object]) -> Rich:
    """Our template's `*bold*` and `` `code` `` become styles; each `{name}` becomes its value,
    styled as the mark around it and never parsed (a Rich value keeps its own spans)."""
    spans: list[str | Span | Rich] = []
    for index, piece in enumerate(_MARK.split(template)):
        style: Style = "plain"
        if index % 2:
            style = "bold" if piece[0] == "*" else "code"
            piece = piece[1:-1]
        for literal, field, spec, conversion in _FORMATTER.parse(piece):
            if literal:
                spans.append(Span(literal, style))
            if field is None:
                continue
            value = values[field]
            if isinstance(value, Rich) and style == "plain":
                spans.append(value)
                continue
            if conversion:
                value = _FORMATTER.convert_field(value, conversion)
            text = value.plain() if isinstance(value, Rich) else _FORMATTER.format_field(value, spec or "")
            spans.append(Span(text, style))
    return Rich.of(*spans)
