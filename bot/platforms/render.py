"""Pure renderers: an alert as Slack Block Kit and as a Discord embed, within each
platform's limits, with untrusted article text unable to ping anyone.

Slack: `&`, `<`, `>` escaped in every piece of article text, so `<!channel>`, `<!here>`,
`<@U…>` and fake links stay literal. Discord: mentions and markdown escaped, and senders
must also pass allowed_mentions none (the adapter does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.alerting.wording import describe_event
from bot.model import Report
from bot.richtext import Rich, Span
from bot.texts import t
from feeds.records import Article
from rules.adhoc import WATCH_PREFIX
from rules.records import Match
from sokbo.timeutil import format_kst

SLACK_SECTION_MAX = 3000
SLACK_HEADER_MAX = 150
SLACK_BLOCKS_MAX = 50
DISCORD_TITLE_MAX = 256
DISCORD_DESCRIPTION_MAX = 4096
DISCORD_FIELD_VALUE_MAX = 1024
DISCORD_FIELDS_MAX = 25
DISCORD_TOTAL_MAX = 6000
SEVERITY_COLOURS = {"high": 0xD62828, "medium": 0xF77F00, "low": 0x2A9D8F}
SUMMARY_MAX = 300

_SENTENCE = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|(?<=요\.)\s*")


@dataclass(frozen=True)
class Alert:
    """One article for one channel, with every match it had there (first = most severe)."""

    article: Article
    matches: tuple[Match, ...]
    also_reported_by: tuple[Report, ...] = ()
    pings: tuple[str, ...] = ()  # mentions this channel opted into ("slack-group:S123"), nothing else

    @property
    def lead(self) -> Match:
        return self.matches[0]

    def events(self) -> list[str]:
        """Each distinct event in plain words ("불참: 카카오 — 초거대AI추진협의회")."""
        seen: dict[str, str] = {}
        for match in self.matches:
            if match.event is not None:
                seen.setdefault(match.event.key(), describe_event(match.event))
        return list(seen.values())

    def rule_ids(self) -> list[str]:
        """Each rule of the alert once: what its mute button mutes."""
        return list(dict.fromkeys(m.rule_id for m in self.matches))

    def rule_labels(self) -> list[str]:
        """Each rule once, as a reader refers to it: its id, or for a watch what is watched
        (a watch's id is a hash nobody types)."""
        return list(dict.fromkeys(m.title if m.rule_id.startswith(WATCH_PREFIX) else m.rule_id for m in self.matches))

    def rule_titles(self) -> list[str]:
        return list(dict.fromkeys(match.title for match in self.matches))

    def terms(self) -> list[str]:
        return sorted({t for m in self.matches for t in m.terms if t.strip()}, key=len, reverse=True)


@dataclass(frozen=True)
class Digest:
    """Alerts collected over a digest period or quiet hours, sent as one message."""

    alerts: tuple[Alert, ...]


@dataclass(frozen=True)
class Notice:
    """A message from sokbo itself to an admin channel (a rules file that did not load)."""

    text: str


@dataclass(frozen=True)
class Edit:
    """An alert already posted, rendered again (now with "같은 소식") to replace the message."""

    message_id: str
    alert: Alert


SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def alert_of(article: Article, matches: list[Match], also_reported_by: tuple[Report, ...] = ()) -> Alert:
    ordered = sorted(matches, key=lambda m: (SEVERITY_ORDER.get(m.severity, 1), m.rule_id))
    return Alert(article, tuple(ordered), also_reported_by)


def highlight(escaped: str, terms: list[str], mark: str) -> str:
    """Wrap watched names in bold inside already-escaped text, never inside an escape
    (`&amp;`) and only for names free of markup characters."""
    usable = [t for t in terms if len(t) >= 2 and not set(t) & set("&;<>*_~`|\\")]
    if not usable:
        return escaped
    pattern = re.compile(r"&[a-z]+;|(" + "|".join(re.escape(t) for t in usable) + ")", re.IGNORECASE)
    return pattern.sub(lambda m: f"{mark}{m.group(1)}{mark}" if m.group(1) else m.group(0), escaped)


def summary(article: Article, limit: int = SUMMARY_MAX) -> str:
    """1–3 sentences of the article's own text, cut at a sentence end where possible."""
    text = " ".join((article.summary or article.body or "").split())
    out = ""
    for sentence in (s.strip() for s in _SENTENCE.split(text) if s.strip()):
        candidate = f"{out} {sentence}".strip()
        if len(candidate) > limit or out.count(". ") >= 2:
            break
        out = candidate
    if not out:
        out = text[: limit - 1] + "…" if len(text) > limit else text
    return out


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_url(url: str | None) -> str | None:
    """A feed's link, fit for a link's target: http(s) only, and none of the characters that
    would end a Slack <url|text> or a Discord [text](url) early."""
    if not url or not url.startswith(("http://", "https://")) or len(url) > 1000:
        return None
    return re.sub(r"[\s<>|()\[\]]", lambda m: f"%{ord(m.group(0)):02X}", url)


def _slack_report(report: Report) -> str:
    url = _safe_url(report.url)
    return f"<{url}|{slack_escape(report.outlet)}>" if url else slack_escape(report.outlet)


def _discord_report(report: Report) -> str:
    url = _safe_url(report.url)
    return f"[{discord_escape(report.outlet)}]({url})" if url else discord_escape(report.outlet)


def slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


BOLD = {"bold": True}


def _spans(text: str, terms: list[str]) -> list[tuple[str, bool]]:
    """`text` cut into (piece, bold) runs, the watched names bold."""
    usable = [t for t in terms if len(t) >= 2]
    if not usable:
        return [(text, False)]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(usable, key=len, reverse=True)), re.IGNORECASE)
    out: list[tuple[str, bool]] = []
    at = 0
    for match in pattern.finditer(text):
        out += [(text[at : match.start()], False), (match.group(0), True)]
        at = match.end()
    out.append((text[at:], False))
    return [(piece, bold) for piece, bold in out if piece]


def slack_rich_alert(alert: Alert, budget: int = SLACK_SECTION_MAX) -> dict[str, Any]:
    """The alert's headline, summary and events as a rich_text block.

    Emphasis is a style on a text element, not mrkdwn asterisks: Slack bolds '*카카오*' only at
    word boundaries, so on Korean text ('*카카오*는') the asterisks used to show. rich_text text is
    plain, so nothing in an article (<!channel>, <@U…>) is markup either.
    """
    article = alert.article
    elements: list[dict[str, Any]] = []

    def add(text: str, bold: bool = False) -> None:
        nonlocal budget
        text = truncate(text, budget) if budget > 0 else ""
        if text:
            elements.append({"type": "text", "text": text, **({"style": BOLD} if bold else {})})
            budget -= len(text)

    title = truncate(article.title, SLACK_HEADER_MAX * 2)
    if article.url:
        elements.append({"type": "link", "url": article.url[:3000], "text": title, "style": BOLD})
        budget -= len(title)
    else:
        add(title, True)
    add("\n")
    for piece, bold in _spans(summary(article), alert.terms()):
        add(piece, bold)
    for event in alert.events():
        add("\n")
        add(event, True)
    return {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": elements}]}


def slack_message(alert: Alert) -> dict[str, Any]:
    """chat.postMessage arguments (text fallback + blocks); never link_names."""
    article, lead = alert.article, alert.lead
    link = article.url or ""
    rules = ", ".join(alert.rule_labels())
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": truncate(" · ".join(alert.rule_titles()),
                                                                            SLACK_HEADER_MAX)}},
        slack_rich_alert(alert),
        {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(slack_escape(
            f"{article.outlet} · {format_kst(article.published)} · {t('render.rules')} {rules}"), SLACK_SECTION_MAX)}]},
    ]
    mentions = slack_mentions(alert.pings)
    if mentions:  # the one mention the channel asked for, built from ids, never from article text
        blocks.insert(1, {"type": "section", "text": {"type": "mrkdwn", "text": mentions}})
    if alert.also_reported_by:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(
            t("render.same_story") + ": " + ", ".join(_slack_report(r) for r in alert.also_reported_by),
            SLACK_SECTION_MAX)}]})
    buttons: list[dict[str, Any]] = []
    if link:
        buttons.append({"type": "button", "text": {"type": "plain_text", "text": t("render.open")}, "url": link[:3000],
                        "action_id": "sokbo_open"})
    buttons.append({"type": "button", "text": {"type": "plain_text", "text": t("render.mute_rule")},
                    "action_id": "sokbo_mute_rule", "value": ",".join(alert.rule_ids())[:2000]})
    blocks.append({"type": "actions", "elements": buttons})
    return {
        "text": truncate((f"{mentions} " if mentions else "") + f"{lead.title}: {slack_escape(article.title)}",
                         SLACK_SECTION_MAX),
        "blocks": blocks[:SLACK_BLOCKS_MAX],
        "unfurl_links": False,
        "unfurl_media": False,
    }


def slack_mentions(pings: Sequence[str]) -> str:
    """Slack mention markup for stored pings; anything unexpected is dropped, not rendered."""
    out = []
    for ping in pings:
        kind, _, ident = ping.partition(":")
        if kind == "slack-group" and re.fullmatch(r"S[A-Z0-9]+", ident):
            out.append(f"<!subteam^{ident}>")
        elif kind == "slack-user" and re.fullmatch(r"[UW][A-Z0-9]+", ident):
            out.append(f"<@{ident}>")
    return " ".join(out)


def discord_mentions(pings: Sequence[str]) -> tuple[str, list[int], list[int]]:
    """Discord mention text and the role and user ids it may notify (allowed_mentions)."""
    roles = [int(p.split(":", 1)[1]) for p in pings if p.startswith("discord-role:") and p.split(":", 1)[1].isdigit()]
    users = [int(p.split(":", 1)[1]) for p in pings if p.startswith("discord-user:") and p.split(":", 1)[1].isdigit()]
    return " ".join([*(f"<@&{r}>" for r in roles), *(f"<@{u}>" for u in users)]), roles, users


def slack_digest(digest: Digest) -> dict[str, Any]:
    """One message for many alerts: a section per alert, within the 50-block limit."""
    shown = digest.alerts[: SLACK_BLOCKS_MAX - 2]
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text", "text": truncate(
        t("render.digest", count=len(digest.alerts)), SLACK_HEADER_MAX)}}]
    for alert in shown:
        link = alert.article.url or ""
        title = slack_escape(alert.article.title)
        head = f"<{slack_escape(link)}|{title}>" if link else title
        extra = "".join(f"\n{slack_escape(e)}" for e in alert.events())
        meta = slack_escape(f"{alert.article.outlet} · {format_kst(alert.article.published)} · {alert.lead.title}")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": truncate(
            f"*{head}*{extra}\n{meta}", SLACK_SECTION_MAX)}})
    if len(digest.alerts) > len(shown):
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": t("render.more", count=len(digest.alerts) - len(shown))}]})
    return {"text": t("render.digest", count=len(digest.alerts)), "blocks": blocks, "unfurl_links": False,
            "unfurl_media": False}


def slack_notice(notice: Notice) -> dict[str, Any]:
    text = truncate(slack_escape(notice.text), SLACK_SECTION_MAX)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": f"```{text}```"}}]}


_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|>\[\]()#-])")


def discord_escape(text: str) -> str:
    """Markdown inert, and @everyone/@here/<@id> broken with a zero-width space."""
    text = _DISCORD_MARKDOWN.sub(r"\\\1", text)
    text = text.replace("@", "@\u200b")
    return text.replace("<", "<\u200b")


def discord_embed(alert: Alert) -> dict[str, Any]:
    """An embed payload within Discord's limits (discord.py does not enforce them)."""
    article, lead = alert.article, alert.lead
    fields: list[dict[str, Any]] = [{"name": t("render.rules"), "value": truncate(discord_escape(" · ".join(alert.rule_titles())),
                                                                        DISCORD_FIELD_VALUE_MAX), "inline": True}]
    for event in alert.events():
        fields.append({"name": t("render.event"), "value": truncate(discord_escape(event), DISCORD_FIELD_VALUE_MAX),
                       "inline": False})
    if alert.also_reported_by:
        fields.append({"name": t("render.same_story"), "value": truncate(", ".join(_discord_report(r) for r in alert.also_reported_by),
                                                          DISCORD_FIELD_VALUE_MAX), "inline": False})
    embed: dict[str, Any] = {
        "title": truncate(article.title, DISCORD_TITLE_MAX),  # embed titles do not render mentions
        "description": truncate(highlight(discord_escape(summary(article)), alert.terms(), "**"),
                                DISCORD_DESCRIPTION_MAX),
        "color": SEVERITY_COLOURS.get(lead.severity, SEVERITY_COLOURS["medium"]),
        "fields": fields[:DISCORD_FIELDS_MAX],
        "footer": {"text": truncate(f"{article.outlet} · {format_kst(article.published)}", 2048)},
    }
    if article.url:
        embed["url"] = article.url
    return _fit(embed)


def _footer(ref: str | None) -> dict[str, str]:
    """sokbo's own messages sign off with the reference the transport finds them by after a crash."""
    return {"text": f"sokbo · {ref}" if ref else "sokbo"}


def discord_digest(digest: Digest, ref: str | None = None) -> dict[str, Any]:
    lines = []
    for alert in digest.alerts:
        title = discord_escape(truncate(alert.article.title, 200))
        head = f"[{title}]({alert.article.url})" if alert.article.url else title
        events = "".join(f"\n  {discord_escape(e)}" for e in alert.events())
        lines.append(f"• {head} — {discord_escape(alert.article.outlet)}{events}")
    embed: dict[str, Any] = {
        "title": t("render.digest", count=len(digest.alerts)),
        "description": truncate("\n".join(lines), DISCORD_DESCRIPTION_MAX),
        "color": SEVERITY_COLOURS["medium"],
        "fields": [],
        "footer": _footer(ref),
    }
    return _fit(embed)


def discord_notice(notice: Notice, ref: str | None = None) -> dict[str, Any]:
    return _fit({"title": "sokbo", "description": truncate("```\n" + notice.text.replace("`", "ˋ") + "\n```",
                                                              DISCORD_DESCRIPTION_MAX),
                 "color": SEVERITY_COLOURS["high"], "fields": [], "footer": _footer(ref)})


def _fit(embed: dict[str, Any]) -> dict[str, Any]:
    overflow = _embed_size(embed) - DISCORD_TOTAL_MAX
    if overflow > 0:
        embed["description"] = truncate(embed["description"], max(1, len(embed["description"]) - overflow))
    return embed


def _embed_size(embed: dict[str, Any]) -> int:
    return (len(embed.get("title", "")) + len(embed.get("description", "")) + len(embed["footer"]["text"])
            + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", [])))


# --- command answers (bot.richtext) ---------------------------------------------------------

SLACK_REPLY_MAX = 12000  # Slack accepts 40,000 characters but folds long messages anyway
DISCORD_MESSAGE_MAX = 2000


def slack_reply(body: Rich, limit: int = SLACK_REPLY_MAX) -> dict[str, Any]:
    """respond() arguments: the answer as one rich_text block, styles as element styles (Hangul
    beside bold stays bold, and nothing quoted is markup), with a plain fallback text."""
    body = body.cut(limit)
    elements: list[dict[str, Any]] = []
    for span in body:
        url = _safe_url(span.url) if span.style == "link" else None
        if url:
            elements.append({"type": "link", "url": url, "text": span.text})
        elif span.style in ("bold", "code"):
            elements.append({"type": "text", "text": span.text, "style": {span.style: True}})
        else:
            elements.append({"type": "text", "text": span.text})
    return {"text": slack_escape(body.plain()),
            "blocks": [{"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": elements}]}]
            if elements else []}


def discord_reply(body: Rich, limit: int = DISCORD_MESSAGE_MAX) -> str:
    """The answer as Discord Markdown: our bold is **bold** and code is `code`; every quoted
    piece (titles, errors, a user's words) is escaped, so it can neither format, mask a link
    nor mention anyone. Cut at spans until it fits Discord's 2,000 characters."""
    budget = limit
    while True:
        text = "".join(_discord_span(span) for span in body.cut(budget))
        if len(text) <= limit or budget <= 1:
            return text[:limit]
        budget -= len(text) - limit + 16


def _discord_span(span: Span) -> str:
    if span.style == "code":  # Discord shows backslashes inside code; nothing in it links or pings
        return "`" + span.text.replace("`", "ˋ").replace("\n", " ").replace("@", "@\u200b") + "`"
    if span.style == "bold":
        return "**" + _discord_quote(span.text) + "**"
    url = _safe_url(span.url) if span.style == "link" else None
    if url:
        return f"[{_discord_quote(span.text)}](<{url}>)"
    return _discord_quote(span.text)


_DISCORD_INLINE = re.compile(r"([\\*_~`|\[\]])")
_DISCORD_LINE_START = re.compile(r"(?m)^(\s*)([#>-]|\d+(?=\.\s))")


def _discord_quote(text: str) -> str:
    """Text shown as written: the inline marks escaped, and what starts a heading, quote or list
    at a line's start; no mention (@everyone, <@id>, <#id>, <t:…>) can form."""
    text = _DISCORD_INLINE.sub(r"\\\1", text)
    text = _DISCORD_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit()
                                                            else "\\" + m.group(2)), text)
    return text.replace("@", "@\u200b").replace("<", "<\u200b")
