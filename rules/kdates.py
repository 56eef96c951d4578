"""Korean date expressions in news copy, normalised against the publication date (KST).

"8월 24일", "24일", "내달", "9월", "3분기", "하반기", "연말께", "내년 상반기", "2024년" …
become (ISO-like date, precision): 2023-08-24/day, 2023-09/month, 2023-Q3/quarter,
2023-H2/half, 2023-12/year_end, 2023-Q2/season, 2023/year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_YEAR = r"(?:(?P<ago>지난)\s+)?(?:(?P<y>20\d{2})\s*년|(?P<yw>올해|올|금년|내년|내후년|지난해|작년|이듬해|같은\s*해|그해)\s*)?\s*"
# "1월 6∼9일", "20～22일": a range of days is dated by its first; its end is read with it, never alone.
_RANGE_DASH = "~∼〜～-"
_DAY_RANGE_END = rf"\s*(?:[{_RANGE_DASH}]\s*(?:3[01]|[12]\d|0?[1-9])\s*)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(_YEAR + r"(?P<m>1[0-2]|0?[1-9])\s*월\s*(?P<d>3[01]|[12]\d|0?[1-9])" + _DAY_RANGE_END + r"일(?!\s*간|째)")),
    ("today", re.compile(r"(?<![가-힣])(?:이날|오늘(?!날)|당일)(?!\s*\(\s*\d)")),
    # "우리은행은 전날 … 출시했다": the day before the report; "출시 전날" is the day before something else
    ("yesterday", re.compile(r"(?<![가-힣])(?<!출시\s)(?<!공개\s)(?<!행사\s)(?<!개막\s)(?<!발표\s)(?<!선거\s)"
                             r"(?:전날|어제)(?![가-힣])(?!\s*\(\s*\d)")),
    ("rel_day", re.compile(r"(?P<rel>내달|다음\s*달|이달|이번\s*달|지난\s*달)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*일(?!\s*간|째)")),
    ("bare_day", re.compile(rf"(?:(?P<pre>오는|지난)\s+)?(?<![\d월.{_RANGE_DASH}])(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_RANGE_END}"
                            r"일(?=\s|[,.()]|에|엔|부터|께|경|로|까지|을|를|이|$)(?!\s*간|째)")),
    ("quarter", re.compile(_YEAR + r"(?P<q>[1-4])\s*분기")),
    ("half", re.compile(_YEAR + r"(?P<h>상|하)\s*반기")),
    # ("지난해 말", "작년 초": the year before's; "해 말" alone must not take the year from nowhere)
    ("year_end", re.compile(r"(?:(?P<y>20\d{2})\s*년|(?P<yw>재작년|지난해|작년|지난(?=\s*연말)|올해|올|금년|내년|내후년))?"
                            r"(?:\s*(?:연말|말경|년\s*말|해\s*말)|(?<=[해년])\s*말)(?P<ye>께|경|쯤)?")),
    ("year_start", re.compile(r"(?:(?P<y>20\d{2})\s*년|(?P<yw>지난해|작년|올해|올|금년|내년|내후년))?\s*(?:연초|년\s*초|해\s*초|(?<![가-힣])(?<!월\s)(?<!달\s)초)(?=\s|에|께|쯤|$)")),
    ("month", re.compile(_YEAR + r"(?P<m>1[0-2]|0?[1-9])\s*(?:[~∼〜-]\s*(?:1[0-2]|0?[1-9])\s*)?월(?!\s*\d)")),
    ("rel_month", re.compile(r"(?P<rel>내달|다음\s*달|이달|이번\s*달|다다음\s*달|지난\s*달)(?!\s*\d)")),
    ("season", re.compile(_YEAR + r"(?P<s>봄|여름|가을|겨울)")),
    ("within_year", re.compile(r"(?:(?P<y>20\d{2})\s*년|(?P<yw>올해|금년|내년))?\s*(?:연내|연중(?!\s*(?:무휴|상시|내내|최고|최저|행사|캠페인|계속)))|(?P<yw2>올해|금년|내년|내후년)\s*(?:중|안)")),
    ("year", re.compile(r"(?P<y>20\d{2})\s*년(?!\s*\d+\s*(?:월|일|분기|[~∼〜-]))|(?P<yw>내년|내후년|지난해|작년|올해|금년)(?!\s*(?:[상하1-4초말]|\d|연말|안|중))")),
]
_YEAR_WORDS = {"올해": 0, "올": 0, "금년": 0, "내년": 1, "내후년": 2, "지난해": -1, "작년": -1, "재작년": -2, "지난": -1, "이듬해": 1,
               "같은해": 0, "그해": 0}  # 같은 해: the year named before it (find_dates), this one failing that
_SAME_YEAR = re.compile(r"같은\s*해|그해")
_SEASON_QUARTER = {"봄": 2, "여름": 3, "가을": 4, "겨울": 1}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str
    precision: str
    explicit_year: bool


def _year(match: re.Match[str], published: date) -> tuple[int | None, bool]:
    groups = match.groupdict()
    if groups.get("y"):
        return int(groups["y"]), True
    word = groups.get("yw") or groups.get("yw2")
    if word:
        return published.year + _YEAR_WORDS[re.sub(r"\s+", "", word)], True
    return None, False


def find_dates(text: str, published: date, *, past: bool = False) -> list[DateMention]:
    """Every date expression in `text`, longest first where they overlap.

    A month without a year that lies before the publication month is next year's,
    unless the report speaks of the past (`past`).
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            if start >= end or any(s < end and start < e for s, e in taken):
                continue
            normalised = _normalise(kind, match, published, past)
            if normalised is None:
                continue
            found.append(DateMention(start, end, *normalised))
            taken.append((start, end))
    found.sort(key=lambda m: m.start)
    for index, mention in enumerate(found):
        if _SAME_YEAR.search(text[mention.start : mention.end]):
            named = [m for m in found[:index] if m.explicit_year and not _SAME_YEAR.search(text[m.start : m.end])]
            if named:
                found[index] = DateMention(mention.start, mention.end, named[-1].date[:4] + mention.date[4:],
                                           mention.precision, True)
        elif index and _shares_year(text, found[index - 1], mention):
            found[index] = DateMention(mention.start, mention.end, found[index - 1].date[:4] + mention.date[4:],
                                       mention.precision, True)
    return found


def _shares_year(text: str, before: DateMention, mention: DateMention) -> bool:
    """Whether a date with no year of its own takes the year of the one told just before it, at the same precision."""
    if mention.explicit_year or not before.explicit_year or before.precision != mention.precision:
        return False
    between = (before.end, mention.start)
    if mention.precision in ("quarter", "half", "month") \
            and (_LISTED.fullmatch(text, *between) or _RANGED.fullmatch(text, *between)):
        return True  # "내년 2분기·4분기", "지난해 7월부터 12월까지": the second of a list or a range
    # "2023년 3월 A 출시, 10월 B 발표": a chronicle's next month, later in the year it named
    return mention.precision == "month" and int(mention.date[5:7]) > int(before.date[5:7]) \
        and _CHRONICLE_STEP.fullmatch(text, *between) is not None


_CHRONICLE_STEP = re.compile(r"[^.?!\n]{1,40},\s*")


_LISTED = re.compile(r"\s*(?:·|ㆍ|,|와|과|및|또는|이나|나)\s*")
_RANGED = re.compile(r"\s*(?:부터|에서|[~∼〜-])\s*")


def _day(year: int, month: int, day: int, explicit: bool) -> tuple[str, str, bool] | None:
    try:
        date(year, month, day)
    except ValueError:
        return None  # 2월 30일: not a date
    return f"{year:04d}-{month:02d}-{day:02d}", "day", explicit


def _normalise(kind: str, match: re.Match[str], published: date, past: bool) -> tuple[str, str, bool] | None:
    groups = match.groupdict()
    if groups.get("ago") or groups.get("pre") == "지난":
        past = True
    if kind == "today":  # 이날/오늘: the day the report is dated
        return published.isoformat(), "day", False
    if kind == "yesterday":
        return date.fromordinal(published.toordinal() - 1).isoformat(), "day", False
    year, explicit = _year(match, published) if kind not in ("rel_day", "bare_day", "rel_month") else (None, False)
    if kind == "day" or kind == "month":
        month = int(groups["m"])
        if year is None:  # a month gone by is next year's, unless the report speaks of the past; then one
            # still to come is last year's ("지난 9월" in a February report)
            year = published.year + (1 if month < published.month and not past else 0)
            if past and groups.get("ago") and (month > published.month or kind == "day" and month == published.month
                                               and int(groups["d"]) > published.day):
                year -= 1
        if kind == "month":
            return f"{year:04d}-{month:02d}", "month", explicit
        return _day(year, month, int(groups["d"]), explicit)
    if kind in ("rel_day", "rel_month"):
        rel = re.sub(r"\s+", "", groups["rel"])
        offset = {"내달": 1, "다음달": 1, "이달": 0, "이번달": 0, "다다음달": 2, "지난달": -1}[rel]
        month_index = published.year * 12 + published.month - 1 + offset
        year, month = divmod(month_index, 12)
        month += 1
        if kind == "rel_month":
            return f"{year:04d}-{month:02d}", "month", False
        return _day(year, month, int(groups["d"]), False)
    if kind == "bare_day":
        # "24일" is this month's 24th; one already gone, in a report of something to come
        # ("오는 3일"), is next month's.
        day = int(groups["d"])
        year, month = published.year, published.month
        local_time = re.match(r"\s*\(\s*현지\s*시간", match.string[match.end():])
        if day < published.day and not past and not (local_time and published.day - day <= 1):
            # (but "17일(현지시간)" in a report of the 18th is the day before, told in another time zone)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif day > published.day and groups.get("pre") == "지난":  # "지난 28일" in a report of the 3rd: last month's
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return _day(year, month, day, False)
    year = year if year is not None else published.year
    if kind == "quarter":
        quarter = int(groups["q"])
        if not explicit and quarter < (published.month - 1) // 3 + 1 and not past:
            year += 1
        return f"{year:04d}-Q{quarter}", "quarter", explicit
    if kind == "half":
        half = 1 if groups["h"] == "상" else 2
        if not explicit and half == 1 and published.month > 6 and not past:
            year += 1
        return f"{year:04d}-H{half}", "half", explicit
    if kind == "year_end":
        return f"{year:04d}-12", "year_end", explicit
    if kind == "year_start":
        if not explicit and not past and published.month > 3:
            year += 1
        # "내년 초" is the year, said early: the labelled reports write it as the year, not Q1
        return f"{year:04d}", "year", explicit
    if kind == "season":
        quarter = _SEASON_QUARTER[groups["s"]]
        return f"{year:04d}-Q{quarter}", "season", explicit
    if kind == "within_year":
        return f"{year:04d}", "year", explicit
    if kind == "year":
        return f"{year:04d}", "year", explicit
    return None  # pragma: no cover
