"""Delivery workers: take leased channels' outbox items and post them, in order, at the
platform's pace, retrying what can be retried and stopping what never will succeed.

Adapters implement `Transport`: `send` posts and returns the platform's message id, or
raises DeliveryError saying whether to retry, when, and whether the channel is gone;
`find_sent` looks in the channel for a message carrying the alert's key (Slack message
metadata) or, where the platform dedups by itself (Discord nonce), may return None.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from bot.alerting.release import release_held
from bot.delivery.outbox import Outbox
from bot.model import Channel, OutboxItem, Status
from bot.platforms.render import Alert, Digest, Edit, Notice, alert_of
from bot.texts import t
from feeds.store import ArticleStore
from rules.store import match_key
from sokbo import metrics
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)

Deliverable = Alert | Digest | Notice | Edit


class DeliveryError(Exception):
    """A send that did not (or may not have) worked.

    retry: try again later (5xx, 429, timeouts); retry_after: the platform's wish;
    outcome_known: False when the request may have been posted (a timeout after sending);
    channel_gone: the channel will never accept posts (deleted, bot removed, no access);
    message_gone: the message an edit was for was deleted (the channel is fine).
    """

    def __init__(self, message: str, *, retry: bool, retry_after: float | None = None,
                 outcome_known: bool = True, channel_gone: bool = False, message_gone: bool = False) -> None:
        super().__init__(message)
        self.retry = retry
        self.retry_after = retry_after
        self.outcome_known = outcome_known
        self.channel_gone = channel_gone
        self.message_gone = message_gone


class Transport(Protocol):
    platform: str
    min_interval: float  # seconds between posts to one channel

    async def send(self, channel_id: str, item: Deliverable, key: str) -> str: ...

    async def find_sent(self, channel_id: str, key: str, since: datetime) -> str | None: ...


@dataclass(frozen=True)
class DeliveryOptions:
    lease: timedelta = timedelta(seconds=60)
    batch: int = 20  # items per channel per claim
    max_channels: int = 50  # channels served at once
    idle: float = 0.5  # seconds between polls of the outbox when nothing is due
    backoff_base: float = 2.0
    backoff_cap: float = 600.0
    # Transient failures (timeouts, 5xx, 429) are retried until an alert is this old: a chat
    # outage of hours delays alerts, it does not drop them (a day's digest hold fits too).
    give_up_after: timedelta = timedelta(days=2)


class Deliverer:
    """Runs the outbox for every registered platform until stopped."""

    def __init__(self, outbox: Outbox, articles: ArticleStore, transports: Sequence[Transport],
                 options: DeliveryOptions | None = None, *, admin_channels: Sequence[Channel] = ()) -> None:
        self.admin_channels = list(admin_channels)
        self.outbox = outbox
        self.articles = articles
        self.transports = {t.platform: t for t in transports}
        self.options = options or DeliveryOptions()
        self.owner = f"deliver-{uuid.uuid4().hex[:12]}"
        self._wake = asyncio.Event()
        self._active: dict[Channel, asyncio.Task[None]] = {}
        self._stopping = False

    def wake(self) -> None:
        """New items are in the outbox: look now rather than at the next idle poll."""
        self._wake.set()

    async def run(self) -> None:
        """Deliver until stop(); ends by itself so that a stop never races a cancellation."""
        while not self._stopping:
            try:
                await self.tick()
            except Exception:
                log.exception("delivery tick failed; retrying")
            self._wake.clear()
            # asyncio.timeout, not wait_for: on 3.11 wait_for swallows a cancellation that
            # arrives as the event is set, and the loop would then outlive shutdown.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.options.idle):
                    await self._wake.wait()

    async def drain(self, within: float = 30.0, *, horizon: timedelta = timedelta(seconds=5)) -> None:
        """Deliver until nothing is due within `horizon` (tests, one-shot runs)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while loop.time() < deadline:
            await self.tick()
            if self._active:  # tick again as soon as any channel is done (it may be due again soon)
                await asyncio.wait(list(self._active.values()), timeout=self.options.idle,
                                   return_when=asyncio.FIRST_COMPLETED)
            elif not await self.outbox.has_due(list(self.transports), before=utcnow() + horizon):
                return
            else:
                await asyncio.sleep(0.05)
        raise TimeoutError("outbox not drained in time")

    async def stop(self, grace: float = 10.0) -> None:
        """Finish the posts in flight and start no others (a half-done post is what exactly-once
        must avoid); a post still unfinished after `grace` is cancelled and left marked as sending,
        which the next start checks before posting again."""
        self._stopping = True
        self._wake.set()
        active = list(self._active.values())
        if not active:
            return
        _done, pending = await asyncio.wait(active, timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def tick(self) -> int:
        if self._stopping:
            return 0
        await release_held(self.outbox)
        room = self.options.max_channels - len(self._active)
        if room <= 0 or not self.transports:
            return 0
        channels = await self.outbox.claim_channels(self.owner, list(self.transports), lease=self.options.lease,
                                                    limit=room)
        for channel in channels:
            if channel in self._active:
                continue
            task = asyncio.create_task(self._serve(channel), name=f"deliver {channel}")
            self._active[channel] = task
            task.add_done_callback(self._forget)
        return len(channels)

    def _forget(self, task: asyncio.Task[None]) -> None:
        for channel, running in list(self._active.items()):
            if running is task:
                del self._active[channel]

    async def _serve(self, channel: Channel) -> None:
        transport = self.transports[channel.platform]
        next_send: datetime | None = None
        leased_at = asyncio.get_running_loop().time()
        try:
            items = await self.outbox.due_items(channel, limit=self.options.batch)
            for item in items:
                if self._stopping:
                    break  # stop() waits for this channel; the rest stays queued for the next start
                if asyncio.get_running_loop().time() - leased_at > self.options.lease.total_seconds() / 2:
                    if not await self.outbox.renew_channel(self.owner, channel, lease=self.options.lease):
                        log.warning("lost the lease on %s; another worker carries on", channel)
                        return
                    leased_at = asyncio.get_running_loop().time()
                now = utcnow()
                if item.next_attempt_at > now:
                    next_send = max(next_send or now, item.next_attempt_at)
                    break  # the head waits for its retry; later items keep their order behind it
                if next_send is not None and next_send > now:
                    await asyncio.sleep((next_send - now).total_seconds())
                ok, next_send = await self._deliver(transport, item)
                if not ok:
                    break
        except Exception:
            log.exception("delivery to %s failed unexpectedly", channel)
        finally:
            with contextlib.suppress(Exception):
                await self.outbox.release_channel(self.owner, channel, next_send_at=next_send)
            if next_send is None or next_send <= utcnow():
                self._wake.set()

    async def _deliver(self, transport: Transport, item: OutboxItem) -> tuple[bool, datetime | None]:
        """Post one item; returns (carry on with this channel, earliest next post)."""
        channel = item.channel
        if item.status == Status.SENDING and item.last_attempt_at is not None and item.kind != "update":
            # Outcome unknown (a crash or timeout after the request left): look before posting.
            # An edit is simply redone: editing twice is harmless.
            try:
                found = await transport.find_sent(channel.channel_id, item.key,
                                                  item.last_attempt_at - timedelta(minutes=1))
            except DeliveryError as exc:
                if exc.retry:  # cannot look now: look again later rather than risk a second post
                    return False, await self._failed(item, DeliveryError(f"checking before re-posting: {exc}",
                                                                         retry=True, outcome_known=False))
                # Never checkable here (e.g. a missing history scope): a possible repeat beats a loss.
                log.warning("cannot check %s for alert %s (%s); posting it again", channel, item.id, exc)
                found = None
            if found:
                await self.outbox.mark_sent(item, found)
                log.info("alert %s was already in %s (message %s); not posting again", item.id, channel, found)
                return True, utcnow()
        deliverable = await self.render(item)
        if deliverable is None:
            await self.outbox.mark_failed(item, "article or matches no longer stored")
            return True, None
        if not await self.outbox.mark_sending(item):
            log.warning("alert %s changed under us (lease lost?); leaving %s to its new owner", item.id, channel)
            return False, None
        try:
            message_id = await transport.send(channel.channel_id, deliverable, item.key)
        except DeliveryError as exc:
            if exc.message_gone and isinstance(deliverable, Edit):
                return await self._repost(transport, item, deliverable)
            return False, await self._failed(item, exc)
        except Exception as exc:  # a bug or an unforeseen client error: retry, never drop
            log.exception("unexpected error posting alert %s to %s", item.id, channel)
            return False, await self._failed(item, DeliveryError(repr(exc), retry=True, outcome_known=False))
        return await self._sent(transport, item, message_id)

    async def _sent(self, transport: Transport, item: OutboxItem, message_id: str) -> tuple[bool, datetime | None]:
        await self.outbox.mark_sent(item, message_id)
        metrics.ALERTS.labels("sent").inc()
        metrics.DELIVERY_LATENCY.observe(max(0.0, (utcnow() - item.created_at).total_seconds()))
        return True, utcnow() + timedelta(seconds=transport.min_interval)

    async def _repost(self, transport: Transport, item: OutboxItem, edit: Edit) -> tuple[bool, datetime | None]:
        """The alert an edit was for was deleted: post the alert, with its '같은 소식', as a new
        message, and point its outbox row at it, so that later reports edit that one."""
        log.info("alert message %s in %s is gone; posting update %s as a new alert", edit.message_id, item.channel,
                 item.id)
        try:
            message_id = await transport.send(item.channel.channel_id, edit.alert, item.key)
        except DeliveryError as exc:
            return False, await self._failed(item, exc)
        await self.outbox.repoint(item.items, message_id)
        return await self._sent(transport, item, message_id)

    async def _failed(self, item: OutboxItem, exc: DeliveryError) -> datetime | None:
        channel = item.channel
        if exc.channel_gone:
            # Stop posting there (Discord bans bots that keep trying), but keep the alert: it
            # goes out when the channel is subscribed again (the bot invited back).
            log.error("channel %s refuses posts (%s): stopping delivery there", channel, exc)
            now = utcnow()
            await self.outbox.mark_retry(item, at=now, error=str(exc), outcome_known=True)
            await self.outbox.disable_channel(channel, str(exc), now=now)
            others = [c for c in self.admin_channels if c != channel]
            await self.outbox.notify(others, t("notice.channel_stopped", channel=str(channel), reason=str(exc)),
                                     key=f"channel-stopped:{channel}:{now.isoformat()}")
            self.wake()
            return None
        if not exc.retry or utcnow() - item.created_at >= self.options.give_up_after:
            log.error("alert %s to %s failed for good: %s", item.id, channel, exc)
            await self.outbox.mark_failed(item, str(exc))
            metrics.ALERTS.labels("failed").inc()
            return None
        delay = min(self.options.backoff_cap, self.options.backoff_base * 2 ** item.attempts)
        delay = delay * (0.5 + random.random() / 2)
        if exc.retry_after is not None:
            delay = max(delay, exc.retry_after) if item.attempts > 2 else exc.retry_after
        at = utcnow() + timedelta(seconds=delay)
        log.warning("alert %s to %s: %s; retrying in %.1fs", item.id, channel, exc, delay)
        metrics.ALERTS.labels("retried").inc()
        await self.outbox.mark_retry(item, at=at, error=str(exc), outcome_known=exc.outcome_known)
        return at

    async def render(self, item: OutboxItem) -> Deliverable | None:
        if item.kind == "notice":
            return Notice(item.text or "")
        if item.kind == "update":
            targets = await self.outbox.load(item.items)
            target = targets[0] if targets else None
            if target is None or target.platform_message_id is None:
                return None
            alert = await self._alert(target)
            return Edit(target.platform_message_id, alert) if alert is not None else None
        if item.kind == "digest":
            alerts = await self._alerts(await self.outbox.load(item.items))
            return Digest(tuple(alerts)) if alerts else None
        return await self._alert(item)

    async def _alert(self, item: OutboxItem) -> Alert | None:
        found = await self._alerts([item])
        if not found or item.kind != "alert":
            return found[0] if found else None
        # The mention this channel opted into for one of the alert's rules; digests and edits never ping.
        pings = await self.outbox.pings(item.channel, found[0].rule_ids())
        return replace(found[0], pings=tuple(pings)) if pings else found[0]

    async def _alerts(self, items: Sequence[OutboxItem]) -> list[Alert]:
        """The alerts of these outbox items, with two reads however many (a digest has dozens)."""
        articles = {a.id: a for a in await self.articles.get_many([i.article_id for i in items if i.article_id])}
        by_key = {match_key(m): m for m in await self.outbox.matches([k for i in items for k in i.match_keys])}
        alerts = []
        for item in items:
            article = articles.get(item.article_id or "")
            matches = [by_key[k] for k in item.match_keys if k in by_key]
            if article is not None and matches:
                alerts.append(alert_of(article, matches, item.also_reported_by))
        return alerts
