"""`/sokbo …` for every platform: parse the words, do the work, answer with a Reply.

Adapters turn a slash command into a Caller and a line of text; the Reply is structure
(bot.richtext: our emphasis as spans, quoted titles and errors as plain text), and each
platform's renderer writes its markup. Permission is decided by
the adapter (Discord: Manage Channels; Slack: an allow-list) and passed in `can_manage`.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Collection
from datetime import timedelta
from urllib.parse import urlsplit

from bot.alerting.pipeline import RulesPipeline, document_of
from bot.alerting.quieting import digest_label, parse_digest, parse_quiet
from bot.alerting.subscriptions import SubscriptionStore, parse_ping
from bot.alerting.wording import explain_lines, published_label
from bot.commands.table import KOREAN_VERBS, MANAGE, VERBS
from bot.delivery.outbox import Outbox, outbox_key
from bot.model import Caller, Channel, Reply
from bot.richtext import Rich, bold, code, link
from bot.texts import Lang, reason_text, rt, status_text, t
from feeds.body import BodyFetcher
from feeds.catalog import FeedSpec
from feeds.poller import FeedCheck
from feeds.records import Article
from feeds.store import ArticleStore, FeedStore
from rules.adhoc import WATCH_PREFIX, watch_rule, watch_rule_id
from rules.engine import Document
from sokbo.timeutil import DurationTooLong, format_kst, parse_duration, utcnow

log = logging.getLogger(__name__)

OPERATOR_CONSOLE = Channel("cli", "-")  # `sokbo status` and other operator commands: they see everything
FEEDS_SHOWN = 30  # a reply, not a report: `sokbo feeds` prints them all
SEARCH_LIMIT = 10
OFF_WORDS = ("off", "끄기", "해제")  # what undoes mute, quiet, mute-rule and a ping
FEED_ACTIONS = {"추가": "add", "삭제": "remove", "제거": "remove", "rm": "remove", "del": "remove"}


class Commands:
    def __init__(self, subscriptions: SubscriptionStore, outbox: Outbox, rules: RulesPipeline,
                 articles: ArticleStore, feeds: FeedStore, bodies: BodyFetcher, *,
                 admin_channels: Collection[Channel] = (),
                 feed_check: Callable[[str], Awaitable[FeedCheck]] | None = None) -> None:
        self.admin_channels = frozenset(admin_channels)
        self.subscriptions = subscriptions
        self.outbox = outbox
        self.rules = rules
        self.articles = articles
        self.feeds = feeds
        self.bodies = bodies
        self.feed_check = feed_check
        # One table (bot.commands.table) names every verb and the method that answers it.
        self._handlers: dict[str, Callable[[Caller, str], Awaitable[Reply]]] = {
            verb.name: getattr(self, verb.handler) for verb in VERBS}

    async def handle(self, caller: Caller, text: str) -> Reply:
        name, _, rest = text.strip().partition(" ")
        name = name.lower() or "help"
        name = KOREAN_VERBS.get(name, name)
        if name == "feeds" and rest.split()[:1] and FEED_ACTIONS.get(rest.split()[0], rest.split()[0]) in ("add", "remove"):
            name = "feed"  # "피드 추가 <url>", "feeds add <url>": the managers' verb
        handler = self._handlers.get(name)
        if handler is None:
            close = difflib.get_close_matches(name, [*self._handlers, *KOREAN_VERBS], n=1, cutoff=0.6)
            if close:
                return Reply(rt("cmd.unknown_close", caller.lang, name=name, close=KOREAN_VERBS.get(close[0], close[0])))
            return Reply(rt("cmd.unknown", caller.lang, name=name))
        if name in MANAGE and not caller.can_manage:
            return Reply(rt("cmd.forbidden", caller.lang))
        try:
            return await handler(caller, rest.strip())
        except ValueError as exc:
            return Reply(rt("cmd.bad_value", caller.lang, error=exc))
        except Exception:  # the user must get an answer; the details go to the log
            log.exception("/sokbo %s failed", name)
            return Reply(rt("cmd.failed", caller.lang))

    def rule_ids(self) -> list[str]:
        """YAML rule ids (for autocomplete); watches are managed with watch/unwatch."""
        ruleset = self.rules.ruleset
        return [rule.id for rule in ruleset.rules] if ruleset else []

    async def help(self, caller: Caller, rest: str) -> Reply:
        word = rest.strip().lower()
        lang: Lang = "en" if word.startswith("en") else "ko" if word in ("ko", "kr", "한국어", "korean") else caller.lang
        return Reply(rt("cmd.help", lang))

    async def subscribe(self, caller: Caller, rest: str) -> Reply:
        rest, _, ping = rest.partition(" ping ")
        rest = rest.strip()
        if not rest:
            return Reply(rt("cmd.usage", caller.lang, usage="subscribe <rule-id> [ping @group|off]"))
        ruleset = self.rules.ruleset
        rule = ruleset.rule(rest) if ruleset else None
        if rule is None:
            close = difflib.get_close_matches(rest, self.rule_ids(), n=1, cutoff=0.6)
            hint = rt("cmd.did_you_mean", caller.lang, id=close[0]) if close else ""
            return Reply(rt("cmd.unknown_rule", caller.lang, id=rest, hint=hint))
        if ping.strip():
            return await self._ping(caller, rule.id, rule.severity, ping.strip())
        if not await self.subscriptions.subscribe(caller.channel, rule.id, by=caller.user_id):
            if await self.outbox.enable_channel(caller.channel):  # the bot was invited back: resume
                return Reply(rt("cmd.resumed", caller.lang, id=rule.id), public=True)
            return Reply(rt("cmd.already", caller.lang, id=rule.id))
        await self.outbox.enable_channel(caller.channel)  # a re-subscription after "channel gone" retries
        return Reply(rt("cmd.subscribed", caller.lang, id=rule.id, title=rule.title), public=True)

    async def _ping(self, caller: Caller, rule_id: str, severity: str, ping: str) -> Reply:
        """`subscribe <rule> ping @group`: one opted-in mention on this rule's alerts here, for
        rules whose severity is high (the rest would train people to ignore pings)."""
        if ping.lower() in OFF_WORDS:
            await self.subscriptions.set_ping(caller.channel, rule_id, None)
            return Reply(rt("cmd.ping_off", caller.lang, id=rule_id), public=True)
        if severity != "high":
            return Reply(rt("cmd.ping_not_high", caller.lang, id=rule_id, severity=severity))
        try:
            stored = parse_ping(caller.channel.platform, ping)
        except ValueError:
            return Reply(rt("cmd.bad_ping", caller.lang, value=ping))
        await self.subscriptions.subscribe(caller.channel, rule_id, by=caller.user_id)
        await self.subscriptions.set_ping(caller.channel, rule_id, stored)
        await self.outbox.enable_channel(caller.channel)
        return Reply(rt("cmd.ping_on", caller.lang, id=rule_id, who=ping), public=True)

    async def unsubscribe(self, caller: Caller, rest: str) -> Reply:
        if not rest:
            return Reply(rt("cmd.usage", caller.lang, usage="unsubscribe <rule-id>"))
        if not await self.subscriptions.unsubscribe(caller.channel, rest):
            return Reply(rt("cmd.not_subscribed", caller.lang, id=rest))
        await self.rules.set_watches(await self.subscriptions.watch_terms())
        return Reply(rt("cmd.unsubscribed", caller.lang, id=rest), public=True)

    async def watch(self, caller: Caller, rest: str) -> Reply:
        name = " ".join(rest.split())
        if not name or len(name) > 100:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.watch", caller.lang)))
        entities = self.rules.ruleset.entities if self.rules.ruleset else {}
        rule = watch_rule(name, entities)
        await self.subscriptions.subscribe(caller.channel, rule.id, kind="watch", term=name, by=caller.user_id)
        await self.outbox.enable_channel(caller.channel)
        await self.rules.set_watches(await self.subscriptions.watch_terms())
        how = (rt("cmd.watch_entity", caller.lang, id=rule.when.entity[0]) if rule.when.entity
               else rt("cmd.watch_keyword", caller.lang))
        return Reply(rt("cmd.watching", caller.lang, name=name, how=how), public=True)

    async def unwatch(self, caller: Caller, rest: str) -> Reply:
        name = " ".join(rest.split())
        if not name:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.unwatch", caller.lang)))
        if not await self.subscriptions.unsubscribe(caller.channel, watch_rule_id(name)):
            return Reply(rt("cmd.not_watching", caller.lang, name=name))
        await self.rules.set_watches(await self.subscriptions.watch_terms())
        return Reply(rt("cmd.unwatched", caller.lang, name=name), public=True)

    async def list(self, caller: Caller, rest: str) -> Reply:
        if rest.lower() in ("all", "전체") and self._sees_everywhere(caller):
            return await self._list_everywhere(caller)
        subs = await self.subscriptions.of_channel(caller.channel)
        if not subs:
            return Reply(rt("cmd.list_empty", caller.lang))
        ruleset = self.rules.ruleset
        lines = [rt("cmd.list_head", caller.lang)]
        for sub in subs:
            if sub.kind == "watch":
                lines.append(rt("list.watch", caller.lang, term=sub.term, id=sub.rule_id))
            else:
                rule = ruleset.rule(sub.rule_id) if ruleset else None
                lines.append(Rich.of("• ", code(sub.rule_id), " — ", rule.title if rule else rt("list.no_such_rule", caller.lang)))
        quiet = await self.subscriptions.quieting(caller.channel)
        extras = []
        if quiet.muted(utcnow()) and quiet.muted_until is not None:
            extras.append(rt("list.muted", caller.lang, until=format_kst(quiet.muted_until)))
        if quiet.digest != "off":
            extras.append(rt("list.digest", caller.lang, mode=digest_label(quiet.digest)))
        if quiet.quiet_start:
            extras.append(rt("list.quiet", caller.lang, start=quiet.quiet_start, end=quiet.quiet_end))
        for rule_id, until in await self.subscriptions.muted_rules(caller.channel, utcnow()):
            extras.append(rt("list.rule_muted", caller.lang, id=rule_id, until=format_kst(until)))
        if extras:
            lines.append(rt("list.settings", caller.lang) + Rich.join(extras, ", "))
        return Reply(Rich.lines(lines))

    def _sees_everywhere(self, caller: Caller) -> bool:
        """Admin channels and the console see every channel's subscriptions, names and errors:
        one sokbo may serve several workspaces, whose channels are not each other's business."""
        return caller.channel in self.admin_channels or caller.channel == OPERATOR_CONSOLE

    async def _list_everywhere(self, caller: Caller) -> Reply:
        """Admin channels (and the console) see who subscribes to what in every channel."""
        subs = await self.subscriptions.everywhere()
        if not subs:
            return Reply(rt("cmd.list_all_empty", caller.lang))
        lines = [rt("cmd.list_all_head", caller.lang, count=len({s.channel for s in subs}))]
        current: Channel | None = None
        for sub in subs:
            if sub.channel != current:
                current = sub.channel
                lines.append(Rich.of(bold(sub.channel)))
            lines.append("  " + rt("list.watch_short", caller.lang, term=sub.term) if sub.kind == "watch"
                         else Rich.of("  • ", code(sub.rule_id)))
        return Reply(Rich.lines(lines))

    async def rules_list(self, caller: Caller, rest: str) -> Reply:
        ruleset = self.rules.ruleset
        if not ruleset or not ruleset.rules:
            return Reply(rt("cmd.no_rules", caller.lang))
        lines = [rt("cmd.rules_head", caller.lang, count=len(ruleset.rules))]
        lines += [Rich.of("• ", code(r.id), " — ", r.title, "" if r.enabled else rt("list.disabled", caller.lang))
                  for r in ruleset.rules]
        return Reply(Rich.lines(lines))

    async def search(self, caller: Caller, rest: str) -> Reply:
        words = rest.split()
        if not words:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.search", caller.lang)))
        since = None
        if len(words) > 1:
            try:
                since = utcnow() - parse_duration(words[-1])
                words = words[:-1]
            except ValueError:
                pass  # the last word is part of the query
        query = " ".join(words)
        found = await self.articles.search(query, since=since, limit=SEARCH_LIMIT)
        if not found:
            return Reply(rt("cmd.search_none", caller.lang, query=query))
        lines = [rt("cmd.search_head", caller.lang, query=query, count=len(found))]
        for article in found:
            lines.append(Rich.of("• ", link(article.title, article.url) if article.url else article.title,
                                 f" — {article.outlet}, {published_label(article)}"))
        return Reply(Rich.lines(lines))

    async def test(self, caller: Caller, rest: str) -> Reply:
        if not rest:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.test", caller.lang)))
        engine = self.rules.engine
        if engine is None:
            return Reply(rt("cmd.no_rules", caller.lang))
        lines: list[str | Rich] = []
        stored: Article | None = None
        if rest.startswith(("http://", "https://")) and len(rest.split()) == 1:
            stored = await self.articles.by_url(rest)
            if stored is not None:
                lines.append(rt("cmd.test_stored", caller.lang, title=stored.title, outlet=stored.outlet,
                               published=published_label(stored)))
            if stored is not None and not stored.compacted:
                doc = document_of(stored)
            else:  # not stored, or its text is past retention: read the page itself
                body = await self.bodies.fetch(rest, untrusted=True)  # a chat user's URL: public addresses only
                if body.text is None:
                    return Reply(rt("cmd.test_fetch_failed", caller.lang, error=body.error or body.status))
                title, _, text = body.text.partition("\n")
                doc = Document("url", stored.title if stored else title.strip(), "", text.strip(), None, None)
        else:
            title, _, text = rest.partition("\n")
            doc = Document("text", title.strip(), text.strip(), None, None, None)
        traces = engine.explain(doc)
        fired = [tr for tr in traces if tr.fired]
        shown = fired + [tr for tr in traces if not tr.fired][: max(0, 8 - len(fired))]
        lines += explain_lines(shown, fired_word=t("rules.fired", caller.lang),
                               not_fired_word=t("rules.not_fired", caller.lang), lang=caller.lang)
        if len(shown) < len(traces):
            lines.append(rt("cmd.test_more", caller.lang, count=len(traces) - len(shown)))
        subscribed = {s.rule_id for s in await self.subscriptions.of_channel(caller.channel)}
        if fired and not subscribed & {tr.rule_id for tr in fired}:
            lines.append(rt("cmd.test_not_subscribed", caller.lang))
        if stored is not None:
            item = await self.outbox.item_by_key(outbox_key(stored.id, str(caller.channel)))
            if item is not None:
                status = status_text(item.status, caller.lang)
                reason = f" ({reason_text(item.reason, caller.lang)})" if item.reason else ""
                lines.append(rt("cmd.test_delivery", caller.lang, status=status + reason))
        return Reply(Rich.lines(lines))

    async def feed(self, caller: Caller, rest: str) -> Reply:
        """`feed add <url> [name]`: fetched and parsed once (public addresses only) before it is
        stored beside the configured feeds; `feed remove <id>` stops one added from chat."""
        action, _, argument = rest.partition(" ")
        action = FEED_ACTIONS.get(action.lower(), action.lower())
        if action == "remove" and argument.strip():
            feed_id = argument.strip()
            result = await self.feeds.remove_from_chat(feed_id)
            return Reply(rt(f"feed.remove_{result}", caller.lang, id=feed_id), public=result == "removed")
        url, _, name = argument.strip().partition(" ")
        if action != "add" or not url.startswith(("http://", "https://")) or len(url) > 2000:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.feed", caller.lang)))
        if self.feed_check is None:
            return Reply(rt("feed.unavailable", caller.lang))
        checked = await self.feed_check(url)
        if not checked.ok:
            return Reply(rt("feed.not_a_feed", caller.lang, url=url, error=checked.error or ""))
        host = urlsplit(checked.final_url or url).hostname or "feed"
        feed_id = "chat-" + re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] + "-" + \
            hashlib.blake2b(url.encode(), digest_size=3).hexdigest()
        spec = FeedSpec(id=feed_id, url=url, outlet=(name.strip() or host)[:200])
        if not await self.feeds.add_from_chat(spec, f"{caller.channel} {caller.user_id}"):
            return Reply(rt("feed.exists", caller.lang, id=feed_id))
        return Reply(rt("feed.added", caller.lang, id=feed_id, outlet=spec.outlet, items=checked.items,
                       minutes=int(spec.interval.total_seconds() // 60)), public=True)

    async def feeds_list(self, caller: Caller, rest: str) -> Reply:
        """The feeds sokbo polls, with their health: failing and paused ones first, for anyone."""
        health = await self.feeds.health()
        if not health:
            return Reply(rt("feeds.none", caller.lang))
        order = {"paused": 0, "failing": 1, "disabled": 2, "new": 3, "ok": 4}
        shown = sorted(health, key=lambda h: (order.get(h.status, 5), h.id))[:FEEDS_SHOWN]
        lines = [rt("cmd.feeds_head", caller.lang, count=len(health))]
        for feed in shown:
            last = format_kst(feed.last_success_at) if feed.last_success_at else "-"
            line = Rich.of("• ", code(feed.id), f" {feed.outlet} — ", rt("status." + feed.status, caller.lang), f" · {last}")
            if feed.status in ("failing", "paused"):
                line += f" · {(feed.paused_reason or feed.last_error or '')[:120]}"
            lines.append(line)
        if len(health) > len(shown):
            lines.append(rt("cmd.feeds_more", caller.lang, count=len(health) - len(shown)))
        return Reply(Rich.lines(lines))

    async def status(self, caller: Caller, rest: str) -> Reply:
        health = await self.feeds.health()
        counts = Counter(h.status for h in health)
        last = max((h.last_success_at for h in health if h.last_success_at), default=None)
        none = rt("status.none", caller.lang)
        lines = [rt("status.feeds", caller.lang) + ", ".join(f"{status_text(k, caller.lang)} {v}"
                                                               for k, v in sorted(counts.items()))
                 + rt("status.last_poll", caller.lang, at=format_kst(last) if last else none)]
        failing = [h for h in health if h.status in ("failing", "paused")][:5]
        lines += [Rich.of(f"  - {h.id}: {h.last_error or h.paused_reason or ''}").cut(200) for h in failing]
        # One sokbo may serve several workspaces or servers: other channels' names and errors
        # are for the operators' admin channels (and `sokbo status`), not for every channel.
        everywhere = self._sees_everywhere(caller)
        stats = await self.outbox.stats(None if everywhere else caller.channel)
        pending = sum(stats.by_status.get(s, 0) for s in ("pending", "sending"))
        scope = rt("status.delivery_all" if everywhere else "status.delivery_here", caller.lang)
        lines.append(scope + rt("status.delivery", caller.lang, pending=pending, held=stats.by_status.get("held", 0),
                               sent=stats.by_status.get("sent", 0), failed=stats.by_status.get("failed", 0))
                     + (rt("status.oldest", caller.lang, at=format_kst(stats.oldest_pending))
                        if stats.oldest_pending else ""))
        for ch, reason in stats.disabled_channels:
            lines += [rt("status.stopped_channel", caller.lang, channel=ch, reason=reason).cut(300),
                      rt("status.stopped_hint", caller.lang)]
        lines += [rt("status.failure", caller.lang, channel=ch, error=error).cut(300) for ch, error in stats.recent_failures[:3]]
        state = self.rules.state
        engine = self.rules.engine  # the YAML rules with the watches (self.rules.ruleset has no watches)
        watches = sum(rule.id.startswith(WATCH_PREFIX) for rule in engine.rules) if engine else 0
        loaded = format_kst(state.last_loaded_at) if state.last_loaded_at else none
        rules_line = rt("status.rules", caller.lang, rules=state.rules - watches, watches=watches, loaded=loaded)
        timeouts = self.rules.engine_stats.regex_timeouts
        if timeouts:
            worst = ", ".join(t("status.times", caller.lang, rule=rule, count=count)
                              for rule, count in timeouts.most_common(3))
            rules_line += "\n" + rt("status.regex_timeouts", caller.lang, count=sum(timeouts.values()), worst=worst)
        if state.last_error:
            rules_line += "\n" + rt("status.reload_error", caller.lang) + "\n  " + state.last_error.replace("\n", "\n  ")[:1500]
        lines.append(rules_line)
        return Reply(Rich.lines(lines))

    async def mute(self, caller: Caller, rest: str) -> Reply:
        if rest.lower() in OFF_WORDS:
            await self.subscriptions.set_channel(caller.channel, muted_until=None)
            return Reply(rt("cmd.unmuted", caller.lang), public=True)
        if not rest:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.mute", caller.lang)))
        try:
            length = parse_duration(rest)
        except DurationTooLong:
            return Reply(rt("cmd.duration_too_long", caller.lang, value=rest))
        except ValueError:
            return Reply(rt("cmd.bad_duration", caller.lang, value=rest))
        if length <= timedelta(0):
            return Reply(rt("cmd.mute_zero", caller.lang))
        until = utcnow() + length
        await self.subscriptions.set_channel(caller.channel, muted_until=until)
        return Reply(rt("cmd.muted", caller.lang, until=format_kst(until)), public=True)

    async def mute_rule(self, caller: Caller, rest: str) -> Reply:
        """The alert button's verb: mute its rules here for a day (`… off` to undo); said to
        the channel, since everyone there stops getting them."""
        words = rest.replace(",", " ").split()
        undo = bool(words) and words[-1].lower() in OFF_WORDS
        ids = list(dict.fromkeys(words[:-1] if undo else words))
        if not ids:
            return Reply(rt("cmd.usage", caller.lang, usage=rt("usage.mute_rule", caller.lang)))
        named = Rich.join((code(i) for i in ids), ", ")
        if undo:
            for rule_id in ids:
                await self.subscriptions.mute_rule(caller.channel, rule_id, None)
            return Reply(rt("cmd.rule_unmuted", caller.lang, ids=named), public=True)
        until = utcnow() + timedelta(days=1)
        for rule_id in ids:
            await self.subscriptions.mute_rule(caller.channel, rule_id, until)
        return Reply(rt("cmd.rule_muted", caller.lang, ids=named, until=format_kst(until), undo=",".join(ids)),
                     public=True)

    async def digest(self, caller: Caller, rest: str) -> Reply:
        try:
            mode = parse_digest(rest)
        except ValueError:
            return Reply(rt("cmd.usage", caller.lang, usage="digest off|hourly|daily [HH:MM]"))
        await self.subscriptions.set_channel(caller.channel, digest=mode)
        return Reply(rt("cmd.digest", caller.lang, mode=digest_label(mode)), public=True)

    async def quiet(self, caller: Caller, rest: str) -> Reply:
        if rest.lower() in OFF_WORDS:
            await self.subscriptions.set_channel(caller.channel, quiet_start=None, quiet_end=None)
            return Reply(rt("cmd.quiet_off", caller.lang), public=True)
        if not rest:
            return Reply(rt("cmd.usage", caller.lang, usage="quiet 22:00-07:00|off"))
        try:
            start, end = parse_quiet(rest)
        except ValueError:  # its message is for config files (English); the chat answer is in the caller's words
            return Reply(rt("cmd.bad_quiet", caller.lang, value=rest))
        await self.subscriptions.set_channel(caller.channel, quiet_start=start, quiet_end=end)
        return Reply(rt("cmd.quiet", caller.lang, range=f"{start}-{end}"), public=True)
