"""Records the rules room hands out: detected events, matches and explanations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    """A structured fact found in an article.

    `entity` is the watched entity id when the organisation is one ("kakao"), else the
    organisation as written; `entity_name` is always the surface form in the article.
    `date` is ISO-like at its precision: 2023-08-24 (day), 2023-08 (month, also
    year_end/season), 2023-Q4 (quarter), 2023-H2 (half), 2023 (year).
    """

    type: str
    entity: str
    entity_name: str
    evidence: str
    group: str | None = None
    model: str | None = None
    date: str | None = None
    precision: str | None = None
    hedged: bool = False
    status: str | None = None

    def key(self) -> str:
        """Identity of the fact within one article (the same fact found twice is one)."""
        detail = self.group if self.type == "absent_from" else (self.model or "") + "@" + (self.date or "")
        return f"{self.type}:{self.entity}:{detail}"

    def story_key(self) -> str:
        """The fact as a story across outlets: spellings of one group or model are one key
        ('K-칩얼라이언스' / K-칩 얼라이언스, 하이퍼클로바 X / 하이퍼클로바X)."""
        def fold(text: str | None) -> str:
            return re.sub(r"[\s'‘’\"“”·()\-]", "", text or "").casefold()

        detail = fold(self.group) if self.type == "absent_from" else fold(self.model) + "@" + (self.date or "")
        return f"{self.type}:{self.entity}:{detail}"

    def to_json(self) -> dict[str, object]:
        return {
            "type": self.type, "entity": self.entity, "entity_name": self.entity_name, "group": self.group,
            "model": self.model, "date": self.date, "precision": self.precision, "hedged": self.hedged,
            "status": self.status, "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Match:
    """One rule firing on one article (one per event when the rule fired on events)."""

    article_id: str
    rule_id: str
    title: str
    severity: str
    event: Event | None = None
    terms: tuple[str, ...] = ()  # the names and keywords that matched, for highlighting

    @property
    def key(self) -> str:
        return f"{self.rule_id}|{self.article_id}|{self.event.key() if self.event else ''}"

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"article_id": self.article_id, "rule_id": self.rule_id, "title": self.title,
                                   "severity": self.severity, "terms": list(self.terms)}
        if self.event is not None:
            data["event"] = self.event.to_json()
        return data


@dataclass(frozen=True)
class Trace:
    """Why a rule did or did not fire on a text: one line per condition checked."""

    rule_id: str
    title: str
    fired: bool
    lines: tuple[str, ...] = field(default_factory=tuple)
    matches: tuple[Match, ...] = ()
