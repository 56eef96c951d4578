"""sokbo telling its operators about itself, in chat: a rules edit that did not load
(with every problem as FILE:LINE:COL) and the fix that made it load again, and a feed that
paused after a day of failures.

People edit rules in git on a server whose log nobody watches; the channel they named
in `admin_channels` is where they will see it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from bot.alerting.pipeline import RulesState
from bot.delivery.outbox import Outbox
from bot.model import Channel
from bot.texts import t
from sokbo.timeutil import utcnow


class RulesNotices:
    def __init__(self, outbox: Outbox, channels: Sequence[Channel], on_created: Callable[[], None] | None = None
                 ) -> None:
        self.outbox = outbox
        self.channels = list(channels)
        self.on_created = on_created
        self._broken = False

    async def on_reload(self, state: RulesState, loaded: bool) -> None:
        if not self.channels:
            return
        created = 0
        if not loaded and state.last_error:
            self._broken = True
            digest = hashlib.blake2b(state.last_error.encode("utf-8"), digest_size=10).hexdigest()
            created = await self.outbox.notify(
                self.channels, t("notice.rules_failed") + "\n" + state.last_error, key=f"rules-error:{digest}")
        elif loaded and self._broken:
            self._broken = False
            created = await self.outbox.notify(self.channels, t("notice.rules_fixed", rules=state.rules),
                                               key=f"rules-ok:{state.loaded_digest}")
        if created and self.on_created is not None:
            self.on_created()


class FeedNotices:
    """A feed paused after a day of failures: the admin channels hear it once per pause,
    with the reason and the command that brings it back."""

    def __init__(self, outbox: Outbox, channels: Sequence[Channel], on_created: Callable[[], None] | None = None
                 ) -> None:
        self.outbox = outbox
        self.channels = list(channels)
        self.on_created = on_created

    async def on_paused(self, feed_id: str, reason: str) -> None:
        created = await self.outbox.notify(self.channels, t("notice.feed_paused", id=feed_id, reason=reason),
                                           key=f"feed-paused:{feed_id}:{utcnow().isoformat()}")
        if created and self.on_created is not None:
            self.on_created()
