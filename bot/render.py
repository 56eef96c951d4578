"""Pure renderers: an alert as Slack Block Kit and as a Discord embed, within each
platform's limits, with untrusted article text unable to ping anyone.

Slack: `&`, `<`, `>` escaped in every piece of article text, so `<!channel>`, `<!here>`,
`<@U…>` and fake links stay literal. Discord: mentions and markdown escaped, and senders
must also pass allowed_mentions none (the adapter does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.alerts import describe_event
from feeds.records import Article
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
    match: Match
    article: Article
    also_reported_by: tuple[str, ...] = ()


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


def slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(alert: Alert) -> dict[str, Any]:
    """chat.postMessage arguments (text fallback + blocks); never link_names."""
    article, match = alert.article, alert.match
    title = slack_escape(article.title)
    link = article.url or ""
    headline = f"*<{slack_escape(link)}|{title}>*" if link else f"*{title}*"
    lines = [headline, slack_escape(summary(article))]
    if match.event is not None:
        lines.append(f"*{slack_escape(describe_event(match.event))}*")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": truncate(match.title, SLACK_HEADER_MAX)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": truncate("\n".join(lines), SLACK_SECTION_MAX)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(slack_escape(
            f"{article.outlet} · {format_kst(article.published)} · 규칙 {match.rule_id}"), SLACK_SECTION_MAX)}]},
    ]
    if alert.also_reported_by:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(
            slack_escape("같은 소식: " + ", ".join(alert.also_reported_by)), SLACK_SECTION_MAX)}]})
    if link:
        blocks.append({"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "기사 열기"}, "url": link[:3000]},
            {"type": "button", "text": {"type": "plain_text", "text": "이 규칙 하루 끄기"},
             "action_id": "sokbo_mute_rule", "value": match.rule_id},
        ]})
    return {
        "text": truncate(f"{match.title}: {slack_escape(article.title)}", SLACK_SECTION_MAX),
        "blocks": blocks[:SLACK_BLOCKS_MAX],
        "unfurl_links": False,
        "unfurl_media": False,
    }


_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|>\[\]()#-])")


def discord_escape(text: str) -> str:
    """Markdown inert, and @everyone/@here/<@id> broken with a zero-width space."""
    text = _DISCORD_MARKDOWN.sub(r"\\\1", text)
    text = text.replace("@", "@\u200b")
    return text.replace("<", "<\u200b")


def discord_embed(alert: Alert) -> dict[str, Any]:
    """An embed payload within Discord's limits (discord.py does not enforce them)."""
    article, match = alert.article, alert.match
    fields: list[dict[str, Any]] = [{"name": "규칙", "value": truncate(discord_escape(match.title),
                                                                        DISCORD_FIELD_VALUE_MAX), "inline": True}]
    if match.event is not None:
        fields.append({"name": "사건", "value": truncate(discord_escape(describe_event(match.event)),
                                                          DISCORD_FIELD_VALUE_MAX), "inline": False})
    if alert.also_reported_by:
        fields.append({"name": "같은 소식", "value": truncate(discord_escape(", ".join(alert.also_reported_by)),
                                                          DISCORD_FIELD_VALUE_MAX), "inline": False})
    embed: dict[str, Any] = {
        "title": truncate(article.title, DISCORD_TITLE_MAX),  # embed titles do not render mentions
        "description": truncate(discord_escape(summary(article)), DISCORD_DESCRIPTION_MAX),
        "color": SEVERITY_COLOURS.get(match.severity, SEVERITY_COLOURS["medium"]),
        "fields": fields[:DISCORD_FIELDS_MAX],
        "footer": {"text": truncate(f"{article.outlet} · {format_kst(article.published)}", 2048)},
    }
    if article.url:
        embed["url"] = article.url
    overflow = _embed_size(embed) - DISCORD_TOTAL_MAX
    if overflow > 0:
        embed["description"] = truncate(embed["description"], max(1, len(embed["description"]) - overflow))
    return embed


def _embed_size(embed: dict[str, Any]) -> int:
    return (len(embed.get("title", "")) + len(embed.get("description", "")) + len(embed["footer"]["text"])
            + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", [])))
