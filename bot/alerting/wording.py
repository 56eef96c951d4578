"""Alert wording: events and matches in plain Korean, shared by every sink.

Kept in one place so the console, Slack and Discord say the same thing the same way.
"""

from __future__ import annotations

import re

from bot.texts import Lang, current_lang, t
from feeds.records import Article
from rules.notes_en import to_english
from rules.records import Event, Match, Trace
from sokbo.timeutil import format_kst

_SEASONS = {"Q1": ("겨울", "winter"), "Q2": ("봄", "spring"), "Q3": ("여름", "summer"), "Q4": ("가을", "autumn")}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def published_label(article: Article, lang: Lang | None = None) -> str:
    """"2023-06-30 19:05 KST", marked (추정) when the feed gave no date and fetch time stands in."""
    return format_kst(article.published) + (t("alert.estimated", lang) if article.published_estimated else "")


def korean_date(value: str | None, precision: str | None, lang: Lang | None = None) -> str:
    """2023-08-24 → 2023년 8월 24일; 2023-H2 → 2023년 하반기; 2023-12/year_end → 2023년 연말
    (in English: 24 August 2023, H2 2023, end of 2023)."""
    en = (lang or current_lang()) == "en"
    if not value:
        return t("alert.date_unknown", lang)
    if precision == "year_end":
        return f"end of {value[:4]}" if en else f"{value[:4]}년 연말"
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return f"{int(m[3])} {_MONTHS[int(m[2]) - 1]} {m[1]}" if en else f"{m[1]}년 {int(m[2])}월 {int(m[3])}일"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}" if en else f"{m[1]}년 {int(m[2])}월"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        if precision == "season":
            ko, english = _SEASONS["Q" + m[2]]
            return f"{english} {m[1]}" if en else f"{m[1]}년 {ko}"
        return f"Q{m[2]} {m[1]}" if en else f"{m[1]}년 {m[2]}분기"
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"H{m[2]} {m[1]}" if en else f"{m[1]}년 {'상' if m[2] == '1' else '하'}반기"
    if re.fullmatch(r"\d{4}", value):
        return value if en else f"{value}년"
    return value


def describe_event(event: Event, lang: Lang | None = None) -> str:
    """"불참: 카카오 — 초거대AI추진협의회", "출시 예정: KoGPT · 2023년 연말 (이르면)"."""
    if event.type == "absent_from":
        return t("alert.absent", lang, who=event.entity_name, group=event.group or t("alert.group_unknown", lang))
    what = event.model or event.entity_name
    who = f"{event.entity_name} " if event.model else ""
    key = f"alert.{event.status or 'planned'}"
    label = t(key, lang) if key in ("alert.planned", "alert.postponed", "alert.released") else t("alert.launch", lang)
    hedge = t("alert.hedged", lang) if event.hedged else ""
    return f"{label}: {who}{what} · {korean_date(event.date, event.precision, lang)}{hedge}".replace(f"{what} {what}", what)


def describe_match(match: Match) -> str:
    line = f"[{match.severity}] {match.title}"
    if match.event is not None:
        line += f" — {describe_event(match.event)}"
    return line


def explain_lines(traces: list[Trace], *, fired_word: str, not_fired_word: str, lang: Lang | None = None) -> list[str]:
    """`rules test` and `/sokbo test`: each rule, fired or not, and the lines that decided (the
    detectors note them in Korean; an English reader gets them through rules.notes_en)."""
    english = (lang or current_lang()) == "en"
    lines = []
    for trace in traces:
        verdict = fired_word if trace.fired else not_fired_word
        lines.append(f"{'🔔' if trace.fired else '·'} {trace.rule_id} ({trace.title}): {verdict}")
        lines += [f"    {to_english(line) if english else line}" for line in trace.lines]
        lines += [f"    → {describe_event(m.event, lang)}" for m in trace.matches if m.event is not None]
    return lines
