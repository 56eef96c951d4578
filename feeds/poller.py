"""Poll feeds: fetch → parse (off the loop) → store → notify, one feed's failure never
touching another's.

The poller claims feeds through the store's leases, so the same code serves one process
on SQLite and several replicas on PostgreSQL. Consumers of new articles register hooks;
this room never imports them.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import uuid
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from feeds.backoff import PollPolicy
from feeds.body import BodyFetcher
from feeds.fetch import Fetcher
from feeds.parse import parse_document
from feeds.parse_pool import WorkerDied
from feeds.parse_worker import parse_bounded
from feeds.records import Article, Failure, FailureKind, FetchResult, NewArticles, ParsedFeed, PollOutcome
from feeds.store import ArticleStore, FeedState, FeedStore, PollRecord
from sokbo import metrics
from sokbo.batching import GroupCommit
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)

SAME_CONTENT = "unchanged (same content)"

ArticlesHook = Callable[[NewArticles], Awaitable[None]]
PausedHook = Callable[[str, str], Awaitable[None]]  # (feed id, why): a feed just paused

# Pause reasons in the words `sokbo feeds` shows.
_PAUSE_WORDS = {
    FailureKind.NOT_FOUND: "not found (404)",
    FailureKind.GONE: "gone (410)",
    FailureKind.FORBIDDEN: "forbidden",
    FailureKind.NOT_A_FEED: "not a feed",
    FailureKind.UNREADABLE: "unreadable document",
    FailureKind.TIMEOUT: "timeouts",
    FailureKind.CONNECTION: "connection errors",
    FailureKind.SERVER_ERROR: "server errors",
    FailureKind.RATE_LIMITED: "rate limited",
    FailureKind.TOO_LARGE: "document too large",
    FailureKind.TOO_MANY_REDIRECTS: "redirect loop",
    FailureKind.BLOCKED_ADDRESS: "non-public address refused",
}


@dataclass(frozen=True)
class PollerOptions:
    max_items: int = 200
    max_concurrent: int = 32
    body_concurrency: int = 2
    # A poll never holds its lease longer than this; a hung one is cut off and recorded.
    poll_timeout: timedelta = timedelta(seconds=120)


@dataclass(frozen=True)
class FeedCheck:
    """One try of a URL offered as a feed: whether it is one, and how many items it lists."""

    url: str
    ok: bool
    items: int = 0
    final_url: str | None = None
    error: str | None = None


class Poller:
    def __init__(
        self,
        feeds: FeedStore,
        articles: ArticleStore,
        fetcher: Fetcher,
        *,
        policy: PollPolicy | None = None,
        options: PollerOptions | None = None,
        owner: str | None = None,
        parse_executor: Executor | None = None,
    ) -> None:
        self.feeds = feeds
        self.articles = articles
        self.fetcher = fetcher
        self.policy = policy or PollPolicy()
        self.options = options or PollerOptions()
        self.owner = owner or f"poller-{uuid.uuid4().hex[:12]}"
        self._executor = parse_executor
        self._bodies = BodyFetcher(fetcher)
        self._hooks: list[ArticlesHook] = []
        # What each feed's last parsed document listed (hashes of article ids, sorted): the items a changed
        # feed still lists from before are already stored, and offering them again cost half a busy cycle's
        # inserts. Per process, so a replica that has not polled the feed yet offers everything and the
        # database decides, as before.
        self._offered: dict[str, array[int]] = {}
        self._paused_hooks: list[PausedHook] = []
        self._records: GroupCommit[PollRecord] = GroupCommit(
            lambda records: self.feeds.record_polls(self.owner, records)
        )

    def on_paused(self, hook: PausedHook) -> None:
        """Call `hook` when a poll pauses its feed (a day of failures): someone should know."""
        self._paused_hooks.append(hook)

    def on_new_articles(self, hook: ArticlesHook) -> None:
        """Call `hook` with each batch of newly stored articles (after bodies are fetched)."""
        self._hooks.append(hook)

    @property
    def lease(self) -> timedelta:
        """Longer than any poll (a poll is cut off at poll_timeout) by a margin for recording it:
        a replica killed mid-poll holds its feeds this long, so short timeouts mean short gaps."""
        return self.options.poll_timeout + min(timedelta(seconds=30), self.options.poll_timeout)

    async def claim(self, limit: int, *, ids: Sequence[str] | None = None,
                    ignore_schedule: bool = False) -> list[FeedState]:
        return await self.feeds.claim_due(self.owner, lease=self.lease, limit=limit, ids=ids,
                                          ignore_schedule=ignore_schedule)

    async def poll_once(self, *, only: str | None = None) -> list[PollOutcome]:
        """Poll every active feed (or one) now, whatever its schedule: `sokbo poll --once`.

        At most `options.max_concurrent` polls run at once, each claiming its feed just
        before polling it, so no lease is held while waiting for a free slot (and memory
        stays bounded however many feeds there are).
        """
        pending = deque([only] if only else await self.feeds.active_ids())
        running: set[asyncio.Task[PollOutcome]] = set()
        outcomes: list[PollOutcome] = []
        while pending or running:
            free = self.options.max_concurrent - len(running)
            if pending and free > 0:
                batch = [pending.popleft() for _ in range(min(free, len(pending)))]
                for state in await self.claim(len(batch), ids=batch, ignore_schedule=True):
                    running.add(asyncio.create_task(self.poll(state)))
            if running:
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                # Polling every feed, keep summaries: the articles went to the hooks already, and kept
                # for every feed they were all of a first poll's articles at once (250,000 at 5,000 feeds).
                outcomes.extend(task.result() if only else replace(task.result(), new_articles=()) for task in done)
        return outcomes

    async def poll(self, state: FeedState) -> PollOutcome:
        """Poll one claimed feed and record the outcome; never raises."""
        started = utcnow()
        try:
            async with asyncio.timeout(self.options.poll_timeout.total_seconds()):
                outcome, record = await self._poll(state, started)
        except TimeoutError:
            failure = Failure(FailureKind.TIMEOUT, f"poll took longer than {self.options.poll_timeout}")
            outcome, record = self._failed(state, started, failure, ())
        except Exception as exc:  # a bug, not bad input: keep the feed loop alive, leave a trail
            error_id = uuid.uuid4().hex[:8]
            log.exception("internal error %s while polling %s", error_id, state.id)
            failure = Failure(FailureKind.INTERNAL, f"internal error {error_id}: {type(exc).__name__}")
            outcome, record = self._failed(state, started, failure, ())
        try:
            await self._records.submit(record)
        except Exception:
            log.exception("could not record the poll of %s; its lease will expire", state.id)
        metrics.POLLS.labels("failed" if outcome.failure is not None else
                             "not_modified" if outcome.not_modified else "ok").inc()
        metrics.ARTICLES.inc(outcome.new)
        if outcome.failure is not None:
            log.info("feed %s failed: %s", state.id, outcome.failure)
        if outcome.paused:
            for paused_hook in self._paused_hooks:
                try:
                    await paused_hook(state.id, record.pause_reason or str(outcome.failure))
                except Exception:
                    log.exception("a feed-paused hook failed; polling continues")
        if outcome.new_articles:
            new = outcome.new_articles
            if state.fetch_body:
                # After the lease is released: page fetches are slow and each is bounded.
                new = tuple(await self._with_bodies(new))
                outcome = replace(outcome, new_articles=new)
            await self._notify(NewArticles(state.id, new, backfill=state.last_success_at is None))
        return outcome

    async def _poll(self, state: FeedState, now: datetime) -> tuple[PollOutcome, PollRecord]:
        fetched = await self.fetcher.fetch(state.url, etag=state.etag, last_modified=state.last_modified,
                                           untrusted=state.untrusted)
        # The next poll counts from when the answer came, not from when this one was claimed: a request that
        # waited for a connection slot on a loaded host must not bring the next one within the interval.
        now = max(now, utcnow())
        if fetched.failure is not None:
            return self._failed(state, now, fetched.failure, ())
        if fetched.not_modified:
            next_at = self.policy.next_success(now, state.interval)
            return (
                PollOutcome(state.id, ok=True, not_modified=True, next_poll_at=next_at),
                PollRecord(state.id, now, next_at, ok=True, etag=fetched.etag or state.etag,
                           last_modified=fetched.last_modified or state.last_modified, notes="304 Not Modified"),
            )
        assert fetched.body is not None
        digest = hashlib.blake2b(fetched.body, digest_size=16).hexdigest()
        if digest == state.content_hash:  # no validators, same bytes: nothing to parse or store
            next_at = self.policy.next_success(now, state.interval)
            return (
                PollOutcome(state.id, ok=True, not_modified=True, notes=(SAME_CONTENT,), next_poll_at=next_at),
                PollRecord(state.id, now, next_at, ok=True, etag=fetched.etag, last_modified=fetched.last_modified,
                           notes=SAME_CONTENT),
            )
        try:
            parsed = await self._parse(fetched, feed_id=state.id, outlet=state.outlet, base_url=state.url, now=now,
                                       encoding=state.encoding)
        except WorkerDied as exc:  # killed mid-document (the OOM killer?): this feed fails, the next gets a new worker
            return self._failed(state, now, Failure(FailureKind.UNREADABLE, str(exc)), ())
        if parsed.failure is not None:
            return self._failed(state, now, parsed.failure, parsed.notes)
        documents = dict(zip((a.id for a in parsed.articles), parsed.search_docs, strict=True)) \
            if len(parsed.search_docs) == len(parsed.articles) else None
        offered = self._offered.get(state.id)
        unseen = [a for a in parsed.articles if offered is None or not _holds(offered, hash(a.id))]
        new = await self.articles.add(unseen, backfill=state.last_success_at is None, search_docs=documents)
        self._offered[state.id] = array("q", sorted({hash(a.id) for a in parsed.articles}))
        next_at = self.policy.next_success(now, state.interval)
        notes = "; ".join(parsed.notes) or None
        return (
            PollOutcome(state.id, ok=True, new_articles=tuple(new), new=len(new), seen=len(parsed.articles),
                        notes=parsed.notes, next_poll_at=next_at),
            PollRecord(state.id, now, next_at, ok=True, etag=fetched.etag, last_modified=fetched.last_modified,
                       content_hash=digest, notes=notes, seen=len(parsed.articles), new=len(new)),
        )

    async def check(self, url: str) -> FeedCheck:
        """Fetch and parse a URL a chat user offers as a feed, once, before it is stored: behind
        the untrusted address guard and through the same bounded parse as every poll."""
        now = utcnow()
        fetched = await self.fetcher.fetch(url, untrusted=True)
        if fetched.failure is not None or fetched.body is None:
            return FeedCheck(url, False, error=str(fetched.failure or "no body"))
        try:
            parsed = await self._parse(fetched, feed_id="check", outlet="", base_url=url, now=now)
        except WorkerDied as exc:
            return FeedCheck(url, False, error=str(exc))
        if parsed.failure is not None:
            return FeedCheck(url, False, error=str(parsed.failure))
        if not parsed.articles:
            return FeedCheck(url, False, error="the document lists no items")
        return FeedCheck(url, True, items=len(parsed.articles), final_url=fetched.final_url)

    async def _parse(self, fetched: FetchResult, *, feed_id: str, outlet: str, base_url: str, now: datetime,
                     encoding: str | None = None) -> ParsedFeed:
        """One document through the bounded parse worker, off the event loop (raises WorkerDied)."""
        assert fetched.body is not None
        parse = functools.partial(parse_bounded, functools.partial(
            parse_document, fetched.body, fetched.headers, feed_id=feed_id, outlet=outlet,
            base_url=fetched.final_url or base_url, fetched_at=now, max_items=self.options.max_items,
            forced_encoding=encoding,
        ))
        return await asyncio.get_running_loop().run_in_executor(self._executor, parse)

    def _failed(
        self, state: FeedState, now: datetime, failure: Failure, notes: Sequence[str]
    ) -> tuple[PollOutcome, PollRecord]:
        failures = state.consecutive_failures + 1
        failing_since = state.failing_since or now
        pause = None
        if self.policy.should_pause(now, failing_since):
            pause = f"{_PAUSE_WORDS.get(failure.kind, failure.kind.value)}: {failure.message}"
        next_at = self.policy.next_failure(now, state.interval, failures, failure.retry_after_s)
        return (
            PollOutcome(state.id, ok=False, failure=failure, notes=tuple(notes), next_poll_at=next_at,
                        paused=pause is not None),
            PollRecord(state.id, now, next_at, ok=False, etag=state.etag, last_modified=state.last_modified,
                       consecutive_failures=failures, failing_since=failing_since, error=str(failure),
                       error_kind=failure.kind.value, notes="; ".join(notes) or None, pause_reason=pause),
        )

    async def _with_bodies(self, articles: Sequence[Article]) -> list[Article]:
        slots = asyncio.Semaphore(self.options.body_concurrency)

        async def one(article: Article) -> Article:
            if article.url is None or article.body:
                return article
            async with slots:
                result = await self._bodies.fetch(article.url)
            await self.articles.set_body(article.id, body=result.text, status=result.status, error=result.error)
            if result.error:
                log.info("body of %s not fetched (%s): %s", article.url, result.status, result.error)
            return replace(article, body=result.text) if result.text else article

        return list(await asyncio.gather(*(one(a) for a in articles)))

    async def _notify(self, batch: NewArticles) -> None:
        for hook in self._hooks:
            try:
                await hook(batch)
            except Exception:
                log.exception("a new-articles hook failed; polling continues")


def _holds(sorted_hashes: array[int], value: int) -> bool:
    index = bisect_left(sorted_hashes, value)
    return index < len(sorted_hashes) and sorted_hashes[index] == value
