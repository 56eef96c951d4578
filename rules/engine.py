"""Evaluate rules against articles: scan once, evaluate only candidate rules, explain.

The engine is pure (no I/O) and synchronous; callers run it off the event loop. It is
built from a RuleSet and replaced whole on reload, so a half-applied edit never exists.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import regex

from rules.events import detect_events
from rules.index import Scan, TermIndex, keyword_key
from rules.korean import unify_interpuncts
from rules.loader import RuleSet
from rules.model import RuleDef, When
from rules.records import Event, Match, Trace
from sokbo.timeutil import KST

log = logging.getLogger(__name__)

REGEX_CPU_S = 0.05  # CPU time one regex search may use
REGEX_WALL_CAP_S = 5.0  # however starved the thread, a search gives up after this


class RegexBudgetExceeded(Exception):
    """A regex search used its CPU budget (a pattern that backtracks without end)."""


def bounded_search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """Search with a bound on the work done, not on the time that passed.

    The regex module's timeout is wall-clock: on a loaded machine, or in a thread beside
    the event loop, a search that needs 5 µs can be out of time before it is scheduled.
    So the timeout only wakes us; whether the search is over budget is decided by the
    CPU time this thread used. A starved search is retried with more wall time, a search
    that really burns CPU is stopped at about twice REGEX_CPU_S.
    """
    cpu_start = time.thread_time()
    wall_start = time.monotonic()
    wall = REGEX_CPU_S
    while True:
        try:
            return pattern.search(text, timeout=wall)
        except TimeoutError:
            spent = time.thread_time() - cpu_start
            if spent >= REGEX_CPU_S or time.monotonic() - wall_start >= REGEX_WALL_CAP_S:
                raise RegexBudgetExceeded(f"{spent * 1000:.0f} ms CPU") from None
            wall = min(wall * 4, REGEX_WALL_CAP_S)


@dataclass
class EngineStats:
    """Counters that outlive one Engine (a reload builds a new one); shown by status."""

    regex_timeouts: Counter[str] = field(default_factory=Counter)  # by rule id


@dataclass(frozen=True)
class Document:
    """What rules read: the fields of an Article (or pasted text)."""

    id: str
    title: str
    summary: str = ""
    body: str | None = None
    feed_id: str | None = None
    published: datetime | None = None

    @property
    def rest(self) -> str:
        parts = [self.summary]
        if self.body and self.body.strip() != self.summary.strip():
            parts.append(self.body)
        return "\n".join(p for p in parts if p)

    def unified(self) -> Document:
        """The same document with middle dots written one way (same length, same offsets)."""
        title, summary = unify_interpuncts(self.title), unify_interpuncts(self.summary)
        body = unify_interpuncts(self.body) if self.body is not None else None
        if title is self.title and summary is self.summary and body is self.body:
            return self
        return replace(self, title=title, summary=summary, body=body)

    @property
    def pub_date(self) -> date:
        when = self.published or datetime.now(KST)
        try:
            return when.astimezone(KST).date()
        except OverflowError:  # 9999-12-31 UTC has no Seoul date; the day as given will do
            return when.date()


@dataclass
class _Context:
    doc: Document
    index: TermIndex
    full_scan: Scan
    events: list[Event] | None = None
    terms: set[str] = field(default_factory=set)
    trace: list[str] | None = None
    event_notes: list[str] | None = None  # how the detectors read the text, when explaining
    rule_id: str = ""
    _title_scan: Scan | None = None

    @property
    def title_scan(self) -> Scan:
        """Scanned only when a rule asks for `field: title`."""
        if self._title_scan is None:
            self._title_scan = self.index.scan(self.doc.title)
        return self._title_scan


class Engine:
    def __init__(self, ruleset: RuleSet, stats: EngineStats | None = None) -> None:
        self.ruleset = ruleset
        self.stats = stats if stats is not None else EngineStats()
        self.rules = tuple(rule for rule in ruleset.rules if rule.enabled)
        keywords = {kw for rule in self.rules for node in _walk(rule.when) for kw in node.keyword or ()}
        self.index = TermIndex(ruleset.entities, keywords)
        self._regexes = {
            pattern: regex.compile(pattern, regex.IGNORECASE | regex.V1)
            for rule in self.rules for node in _walk(rule.when) for pattern in node.regex or ()
        }
        self._needs = {rule.id: _needs(rule.when) for rule in self.rules}
        # Inverted index: term → rules that need it; rules with no such term always run.
        self._always = [i for i, rule in enumerate(self.rules) if self._needs[rule.id] is None]
        self._by_term: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for term in self._needs[rule.id] or ():
                self._by_term.setdefault(term, []).append(i)
        self._finds_unwatched = any(node.event and not node.entity for rule in self.rules for node in _walk(rule.when))
        # Rules compiled to closures: evaluation without explanation builds no trace lines.
        self._compiled = {rule.id: self._compile(rule.when, None) for rule in self.rules}

    # -- public ----------------------------------------------------------------------

    def evaluate(self, doc: Document) -> list[Match]:
        ctx = self._context(doc)
        candidates = set(self._always)
        for term in ctx.full_scan.entities:
            candidates.update(self._by_term.get(term, ()))
        for keyword in ctx.full_scan.keywords:
            candidates.update(self._by_term.get(f"kw:{keyword}", ()))
        matches: list[Match] = []
        for i in sorted(candidates):
            matches.extend(self._matches(self.rules[i], ctx))
        return matches

    def explain(self, doc: Document) -> list[Trace]:
        """For every rule: fired or not, and the condition lines that decided it."""
        traces = []
        ctx = self._context(doc)  # one scan and one event detection serve every rule
        ctx.event_notes = []
        for rule in self.rules:
            ctx.trace = []
            matches = self._matches(rule, ctx)
            traces.append(Trace(rule.id, rule.title, bool(matches), tuple(ctx.trace), tuple(matches)))
        return traces

    def events(self, doc: Document) -> list[Event]:
        ctx = self._context(doc)
        return self._events(ctx)

    # -- evaluation ------------------------------------------------------------------

    def _context(self, doc: Document) -> _Context:
        doc = doc.unified()
        full_text = f"{doc.title}\n{doc.rest}" if doc.rest else doc.title
        return _Context(doc, self.index, self.index.scan(full_text))

    def _matches(self, rule: RuleDef, ctx: _Context) -> list[Match]:
        ctx.terms = set()
        ctx.rule_id = rule.id
        if ctx.trace is None:
            ok, events = self._compiled[rule.id](ctx)
        else:
            ok, events = self._eval(rule.when, ctx, None, depth=0)
        if not ok:
            return []
        terms = tuple(sorted(ctx.terms))
        if not events:
            return [Match(ctx.doc.id, rule.id, rule.title, rule.severity, None, terms)]
        unique = {event.key(): event for event in events}
        # Each event's match names its own organisation (and model), not every event's.
        shared = ctx.terms - {event.entity_name for event in unique.values()}
        return [Match(ctx.doc.id, rule.id, rule.title, rule.severity, event,
                      tuple(sorted(shared | {event.entity_name} | ({event.model} if event.model else set()))))
                for event in unique.values()]

    def _eval(self, node: When, ctx: _Context, field_: str | None, depth: int) -> tuple[bool, list[Event]]:
        field_ = node.field or field_
        scan = ctx.title_scan if field_ == "title" else ctx.full_scan
        pad = "  " * depth
        events: list[Event] = []
        results: list[bool] = []

        def note(ok: bool, text: Callable[[], str]) -> None:
            results.append(ok)
            if ctx.trace is not None:  # explanations are built only when asked for
                ctx.trace.append(f"{pad}{'✓' if ok else '✗'} {text()}")

        if node.event is not None:
            found = [e for e in self._events(ctx) if e.type == node.event and (not node.entity or e.entity in node.entity)
                     and (not node.status or e.status in node.status)]
            if field_ == "title":
                found = [e for e in found if e.evidence in ctx.doc.title or ctx.doc.title in e.evidence]
            events.extend(found)
            ctx.terms.update(e.entity_name for e in found)
            note(bool(found), lambda: f"event {node.event}" + (f" ({', '.join(node.entity)})" if node.entity else "")
                 + (f" [{', '.join(node.status or ())}]" if node.status else "")
                 + ": " + ("; ".join(_describe(e) for e in found) if found else "없음"))
            if ctx.trace is not None and ctx.event_notes:
                ctx.trace.extend(f"{pad}    {line}" for line in _notes_about(ctx.event_notes, node.event))
        elif node.entity is not None:
            entity_ids = node.entity
            hits = [entity for entity in entity_ids if entity in scan.entities]
            for entity in hits:
                ctx.terms.update(scan.entity_names(entity))
            note(bool(hits), lambda: f"entity {', '.join(entity_ids)}: " + (", ".join(
                f"{e} ← {'/'.join(sorted(set(scan.entity_names(e))))}" for e in hits) if hits else "본문에 없음"))
        if node.keyword is not None:
            keywords = node.keyword
            found_keywords = [kw for kw in keywords if keyword_key(kw) in scan.keywords]
            ctx.terms.update(found_keywords)
            note(bool(found_keywords), lambda: f"keyword {', '.join(keywords)}: "
                 + (", ".join(found_keywords) if found_keywords else "없음"))
        if node.regex is not None:
            patterns = node.regex
            text = ctx.doc.title if field_ == "title" else f"{ctx.doc.title}\n{ctx.doc.rest}"
            hit = None
            for pattern in patterns:
                found_match, gave_up = self._search(pattern, text, ctx)
                if gave_up:
                    timed_out = f"regex {pattern!r}: 시간 초과 (CPU {REGEX_CPU_S * 1000:.0f} ms), 일치 안 함으로 처리"
                    note(False, functools.partial(str, timed_out))
                    continue
                if found_match:
                    hit = found_match.group(0)
                    ctx.terms.add(hit)
                    break
            note(hit is not None, lambda: f"regex {', '.join(patterns)}: " + (repr(hit) if hit else "없음"))
        if node.source is not None:
            sources = node.source
            note(ctx.doc.feed_id in sources, lambda: f"source {', '.join(sources)}: {ctx.doc.feed_id or '-'}")
        for label, children, combine in (("all", node.all, all), ("any", node.any, any)):
            if children is None:
                continue
            if ctx.trace is not None:
                ctx.trace.append(f"{pad}{label}:")
            child = [self._eval(c, ctx, field_, depth + 1) for c in children]
            results.append(combine(ok for ok, _ in child))
            events.extend(e for ok, evs in child if ok for e in evs)
        if node.none is not None:
            if ctx.trace is not None:
                ctx.trace.append(f"{pad}none:")
            saved = set(ctx.terms)
            child = [self._eval(c, ctx, field_, depth + 1) for c in node.none]
            ctx.terms = saved
            results.append(not any(ok for ok, _ in child))
        ok = all(results)
        return ok, events if ok else []

    def _search(self, pattern: str, text: str, ctx: _Context) -> tuple[regex.Match[str] | None, bool]:
        """One user regex over `text`, bounded in CPU: (match, gave up). A search that ran out
        is counted for /sokbo status and logged; both the explaining and the compiled path
        treat it as no match."""
        try:
            return bounded_search(self._regexes[pattern], text), False
        except RegexBudgetExceeded as exc:
            self.stats.regex_timeouts[ctx.rule_id] += 1
            log.warning("regex %r of rule %s gave up on %s after %s", pattern, ctx.rule_id, ctx.doc.id, exc)
            return None, True

    def _compile(self, node: When, inherited: str | None) -> Callable[[_Context], tuple[bool, Sequence[Event]]]:
        """`node` as a closure with the same meaning as `_eval` (which stays for explaining)."""
        title = (node.field or inherited) == "title"
        field_ = node.field or inherited
        checks: list[Callable[[_Context], tuple[bool, Sequence[Event]]]] = []
        nothing: tuple[Event, ...] = ()
        if node.event is not None:
            kind, ids, statuses = node.event, frozenset(node.entity or ()), frozenset(node.status or ())

            def event_check(ctx: _Context) -> tuple[bool, Sequence[Event]]:
                found = [e for e in self._events(ctx) if e.type == kind and (not ids or e.entity in ids)
                         and (not statuses or e.status in statuses)]
                if title:
                    found = [e for e in found if e.evidence in ctx.doc.title or ctx.doc.title in e.evidence]
                ctx.terms.update(e.entity_name for e in found)
                return bool(found), found
            checks.append(event_check)
        elif node.entity is not None:
            entity_ids = tuple(node.entity)

            def entity_check(ctx: _Context) -> tuple[bool, Sequence[Event]]:
                scan = ctx.title_scan if title else ctx.full_scan
                hit = False
                for entity in entity_ids:
                    if entity in scan.entities:
                        hit = True
                        ctx.terms.update(scan.entity_names(entity))
                return hit, nothing
            checks.append(entity_check)
        if node.keyword is not None:
            keys = tuple((kw, keyword_key(kw)) for kw in node.keyword)

            def keyword_check(ctx: _Context) -> tuple[bool, Sequence[Event]]:
                found = (ctx.title_scan if title else ctx.full_scan).keywords
                hit = False
                for keyword, key in keys:
                    if key in found:
                        hit = True
                        ctx.terms.add(keyword)
                return hit, nothing
            checks.append(keyword_check)
        if node.regex is not None:
            patterns = tuple(node.regex)

            def regex_check(ctx: _Context) -> tuple[bool, Sequence[Event]]:
                text = ctx.doc.title if title else f"{ctx.doc.title}\n{ctx.doc.rest}"
                for pattern in patterns:
                    found_match, _ = self._search(pattern, text, ctx)
                    if found_match:
                        ctx.terms.add(found_match.group(0))
                        return True, nothing
                return False, nothing
            checks.append(regex_check)
        if node.source is not None:
            sources = frozenset(node.source)
            checks.append(lambda ctx: (ctx.doc.feed_id in sources, nothing))
        for children, combine in ((node.all, all), (node.any, any)):
            if children is None:
                continue
            compiled = [self._compile(child, field_) for child in children]

            def group_check(ctx: _Context, compiled: list[Any] = compiled, combine: Any = combine
                            ) -> tuple[bool, Sequence[Event]]:
                results = [check(ctx) for check in compiled]
                return combine(ok for ok, _ in results), [e for ok, evs in results if ok for e in evs]
            checks.append(group_check)
        if node.none is not None:
            excluded = [self._compile(child, field_) for child in node.none]

            def none_check(ctx: _Context) -> tuple[bool, Sequence[Event]]:
                saved = set(ctx.terms)
                hit = any([check(ctx)[0] for check in excluded])
                ctx.terms = saved
                return not hit, nothing
            checks.append(none_check)
        if len(checks) == 1:
            return checks[0]

        def all_of(ctx: _Context) -> tuple[bool, Sequence[Event]]:
            results = [check(ctx) for check in checks]
            if all(ok for ok, _ in results):
                return True, [e for _, evs in results for e in evs]
            return False, nothing
        return all_of

    def _events(self, ctx: _Context) -> list[Event]:
        if ctx.events is None:
            doc = ctx.doc
            mentions = [(entity, s, e) for entity, spans in ctx.full_scan.entities.items() for s, e in spans]
            ctx.events = detect_events(doc.title, doc.rest, doc.pub_date, mentions, find_unwatched=self._finds_unwatched,
                                       notes=ctx.event_notes)
        return ctx.events


def _notes_about(notes: list[str], event_type: str) -> list[str]:
    """The detectors' notes on one event type, each sentence line kept only above a decision."""
    # absences are also decided by a contest read over the article and by an index review's counts
    words = ("불참", "경쟁에 참여", "경쟁 무시", "지수:") if event_type == "absent_from" else ("출시", "날짜")
    out: list[str] = []
    sentence: str | None = None
    for line in notes:
        if line.startswith("문장"):
            sentence = line
        elif any(word in line for word in words):
            if sentence is not None:
                out.append(sentence)
                sentence = None
            out.append(line)
    return out


def _describe(event: Event) -> str:
    if event.type == "absent_from":
        return f"{event.entity_name} — {event.group or '(그룹 불명)'}"
    parts = [event.entity_name, event.model or "", event.date or "", event.precision or ""]
    flags = (" 이르면/전망" if event.hedged else "") + (f" [{event.status}]" if event.status else "")
    return " · ".join(p for p in parts if p) + flags


def _walk(node: When) -> Iterable[When]:
    yield node
    for key in ("all", "any", "none"):
        for child in getattr(node, key) or ():
            yield from _walk(child)


def _needs(node: When) -> frozenset[str] | None:
    """Terms of which at least one must occur for `node` to hold; None: cannot tell.

    Lets the engine skip most rules for most articles after one scan.
    """
    parts: list[frozenset[str] | None] = []
    if node.event is not None:
        parts.append(frozenset(node.entity) if node.entity else None)
    elif node.entity is not None:
        parts.append(frozenset(node.entity))
    if node.keyword is not None:
        parts.append(frozenset(f"kw:{keyword_key(k)}" for k in node.keyword))
    if node.all is not None:
        known = [n for n in (_needs(c) for c in node.all) if n is not None]
        parts.append(min(known, key=len) if known else None)
    if node.any is not None:
        children = [_needs(c) for c in node.any]
        parts.append(None if any(c is None for c in children) else frozenset().union(*children))  # type: ignore[arg-type]
    known_parts = [p for p in parts if p is not None]
    if not known_parts:
        return None
    return min(known_parts, key=len)


def documents_from_json(records: Sequence[dict[str, object]]) -> list[Document]:
    """Documents from `sokbo articles --json` lines (body optional)."""
    docs = []
    for index, record in enumerate(records):
        published = record.get("published")
        docs.append(Document(
            id=str(record.get("id") or f"input-{index + 1}"),
            title=str(record.get("title") or ""),
            summary=str(record.get("summary") or ""),
            body=str(record["body"]) if record.get("body") else None,
            feed_id=str(record["feed"]) if record.get("feed") else None,
            published=datetime.fromisoformat(str(published)) if published else None,
        ))
    return docs
