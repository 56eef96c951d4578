"""The chat verbs, in one table: what runs, who may, how it is asked for.

A verb added here is dispatched (bot.commands.verbs), permission-checked, reachable by its
Korean names, offered as a Discord slash command with its description and argument, and
checked against the help text and the README by tests/test_commands.py. Before the table a
new verb touched five places.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    name: str
    handler: str  # the Commands method that answers it
    manage: bool = False  # changes what a channel receives: managers only, announced in the channel
    korean: tuple[str, ...] = ()  # as people type it ("/sokbo 구독 kakao-absent")
    argument: str | None = None  # the Discord option's name; None: the verb takes no argument there
    discord: bool = True  # offered as a Discord slash command (mute-rule is the alert button's verb)


VERBS: tuple[Verb, ...] = (
    Verb("help", "help", korean=("도움말",), argument="language"),
    Verb("subscribe", "subscribe", manage=True, korean=("구독",), argument="rule"),
    Verb("unsubscribe", "unsubscribe", manage=True, korean=("해지", "구독해지"), argument="rule"),
    Verb("watch", "watch", manage=True, korean=("지켜보기", "관심"), argument="name"),
    Verb("unwatch", "unwatch", manage=True, korean=("관심해제",), argument="name"),
    Verb("list", "list", korean=("목록",)),
    Verb("rules", "rules_list", korean=("규칙",)),
    Verb("search", "search", korean=("검색",), argument="query"),
    Verb("test", "test", korean=("시험",), argument="input"),
    Verb("status", "status", korean=("상태",)),
    Verb("feeds", "feeds_list", korean=("피드",)),
    Verb("feed", "feed", manage=True, argument="action"),
    Verb("mute", "mute", manage=True, korean=("끄기",), argument="duration"),
    Verb("digest", "digest", manage=True, korean=("모아보기",), argument="mode"),
    Verb("quiet", "quiet", manage=True, korean=("방해금지",), argument="range"),
    Verb("mute-rule", "mute_rule", manage=True, discord=False),
)
BY_NAME = {verb.name: verb for verb in VERBS}
MANAGE = frozenset(verb.name for verb in VERBS if verb.manage)
# A change to what a channel receives is said in the channel; Discord must know before the work is
# done (its "thinking…" reply is public or not).
ANNOUNCED = MANAGE
KOREAN_VERBS = {korean: verb.name for verb in VERBS for korean in verb.korean}
