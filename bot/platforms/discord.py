"""Discord: the `/sokbo` command group (discord.py app commands) and alert posting.

Every message goes out with AllowedMentions.none() (client default and per send), and
embed text is escaped by bot.platforms.render. A post whose outcome is unknown (the crash window
between "request sent" and "recorded") is covered twice: the `nonce` derived from the
outbox key with `enforce_nonce` makes Discord drop a re-post within its dedup window
(minutes), and past that window the channel's history is searched for the alert's marker
(in the mute button's custom_id, or the footer of digests and notices, which have no
button), since Discord does not return nonces in history. discord.py honours the
rate-limit bucket headers and retries 429s, so the transport adds no pacing of its own.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.http import Route, handle_message_parameters

from bot.app.config import DiscordConfig
from bot.commands.table import VERBS
from bot.commands.verbs import Commands
from bot.delivery.deliverer import Deliverable, DeliveryError
from bot.model import Caller, Channel
from bot.platforms.render import (
    Alert,
    Digest,
    Edit,
    Notice,
    discord_digest,
    discord_embed,
    discord_mentions,
    discord_notice,
    discord_reply,
)
from bot.texts import rt, t

log = logging.getLogger(__name__)

GONE_CODES = {10003, 50001, 50013, 10004}  # unknown channel, missing access, missing permissions, unknown guild
UNKNOWN_MESSAGE = 10008  # an edited message that was deleted: the channel is fine
MUTE_PREFIX = "sokbo:mute:"
HISTORY_PAGES = 3  # 100 messages each; a channel busier than that since the attempt is posted to again


def use_api_url(api_url: str | None) -> None:
    """Point discord.py's REST layer elsewhere (a proxy, or a local server in tests)."""
    if api_url:
        Route.BASE = api_url.rstrip("/")


def nonce_of(key: str) -> str:
    return key[:25]  # Discord nonces are at most 25 characters


def marker_of(key: str) -> str:
    """The part of an outbox key written into a message, for finding it in history.

    48 bits: among the few hundred messages of one channel searched, a false match (which
    would skip an alert) is about as likely as a cosmic ray; it also fits a custom_id
    (100 characters) beside a 64-character rule id."""
    return key[:12]


def mute_custom_id(ids: list[str], key: str) -> str:
    """The mute button's id: every rule of the alert that fits Discord's 100 characters."""
    suffix = f":{marker_of(key)}"
    kept = ids[:1]
    for rule_id in ids[1:]:
        if len(MUTE_PREFIX) + len(",".join([*kept, rule_id])) + len(suffix) > 100:
            break
        kept.append(rule_id)
    return f"{MUTE_PREFIX}{','.join(kept)}{suffix}"


def muted_rule_of(custom_id: str) -> str | None:
    """The rule of a mute button; buttons posted before markers existed have none (rule ids have no ':')."""
    if not custom_id.startswith(MUTE_PREFIX):
        return None
    return custom_id.removeprefix(MUTE_PREFIX).split(":", 1)[0]


class DiscordTransport:
    platform = "discord"
    min_interval = 0.0  # discord.py paces by the bucket headers

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, channel_id: str, item: Deliverable, key: str) -> str:
        alert = item.alert if isinstance(item, Edit) else item if isinstance(item, Alert) else None
        if isinstance(item, Notice):
            embed = discord_notice(item, ref=marker_of(key))
        elif isinstance(item, Digest):
            embed = discord_digest(item, ref=marker_of(key))
        else:
            assert alert is not None
            embed = discord_embed(alert)
        view = None
        if alert is not None:  # the "mute this rule here for a day" button, as on Slack
            view = discord.ui.View(timeout=None)
            view.add_item(discord.ui.Button(label=t("render.mute_rule"), style=discord.ButtonStyle.secondary,
                                            custom_id=mute_custom_id(alert.rule_ids(), key)))
        try:
            if isinstance(item, Edit):
                params = handle_message_parameters(embed=discord.Embed.from_dict(embed), view=view,
                                                   allowed_mentions=discord.AllowedMentions.none())
                message = await self.client.http.edit_message(int(channel_id), int(item.message_id), params=params)
            else:
                content, roles, users = discord_mentions(item.pings if isinstance(item, Alert) else ())
                # Only the role or person this channel opted into may be notified; nothing else.
                allowed = discord.AllowedMentions(everyone=False, replied_user=False,
                                                  roles=[discord.Object(r) for r in roles],
                                                  users=[discord.Object(u) for u in users]) if content \
                    else discord.AllowedMentions.none()
                params = handle_message_parameters(content=content or discord.utils.MISSING,
                                                   embed=discord.Embed.from_dict(embed), nonce=nonce_of(key),
                                                   view=view, allowed_mentions=allowed)
                message = await self.client.http.send_message(int(channel_id), params=params)
        except discord.NotFound as exc:
            if isinstance(item, Edit) and exc.code == UNKNOWN_MESSAGE:
                raise DeliveryError(f"discord: {exc.text or 'unknown message'} ({exc.code})", retry=False,
                                    message_gone=True) from exc
            raise DeliveryError(f"discord: {exc.text or 'not found'} ({exc.code})", retry=False,
                                channel_gone=exc.code in GONE_CODES or not exc.code) from exc
        except discord.Forbidden as exc:
            raise DeliveryError(f"discord: {exc.text or 'forbidden'} ({exc.code})", retry=False,
                                channel_gone=True) from exc
        except discord.DiscordServerError as exc:  # may have posted: the retry looks first
            raise DeliveryError(f"discord: server error {exc.status}", retry=True, outcome_known=False) from exc
        except discord.HTTPException as exc:
            if exc.status == 429:
                raise DeliveryError("discord: rate limited", retry=True, retry_after=_retry_after(exc)) from exc
            raise DeliveryError(f"discord: {exc.status} {exc.text}", retry=False) from exc
        except aiohttp.ClientConnectorError as exc:
            raise DeliveryError(f"cannot connect to Discord: {exc}", retry=True) from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise DeliveryError(f"discord request failed mid-flight: {exc!r}", retry=True, outcome_known=False) from exc
        return str(message["id"])

    async def find_sent(self, channel_id: str, key: str, since: datetime) -> str | None:
        marker = marker_of(key)
        me = self.client.user.id if self.client.user is not None else None
        after = discord.utils.time_snowflake(since)
        for _page in range(HISTORY_PAGES):
            try:
                messages = await self.client.http.logs_from(int(channel_id), 100, after=after)
            except (discord.NotFound, discord.Forbidden) as exc:  # e.g. no Read Message History
                raise DeliveryError(f"discord: cannot read history: {exc.text or exc.status} ({exc.code})",
                                    retry=False) from exc
            except discord.HTTPException as exc:
                raise DeliveryError(f"discord: history check failed: {exc.status}", retry=True,
                                    retry_after=_retry_after(exc)) from exc
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                raise DeliveryError(f"discord: history check failed: {exc!r}", retry=True) from exc
            for message in messages:
                if (me is None or str(message["author"]["id"]) == str(me)) and marker in _marks(message):
                    return str(message["id"])
            if len(messages) < 100:
                return None
            after = max(int(message["id"]) for message in messages)  # pages run oldest to newest
        return None


def _marks(message: Any) -> str:
    """Where sokbo leaves its marker in a message: button custom_ids and embed footers."""
    ids = [str(c.get("custom_id", "")) for row in message.get("components") or [] for c in row.get("components") or []]
    footers = [str((e.get("footer") or {}).get("text", "")) for e in message.get("embeds") or []]
    return "\n".join(ids + footers)


def _retry_after(exc: discord.HTTPException) -> float | None:
    value = exc.response.headers.get("Retry-After") if exc.response is not None else None
    try:
        return float(value) if value else None
    except ValueError:
        return None


def make_client() -> discord.Client:
    """Guilds is the one intent used (channel and permission state for commands); no
    privileged intent is needed. sokbo has no voice, so discord.py's voice warnings are off."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False
    return discord.Client(intents=discord.Intents(guilds=True), allowed_mentions=discord.AllowedMentions.none())


# Discord wants an interaction answered within 3 s: a command done by then is answered
# directly, with the visibility its reply needs; a slower one is deferred privately.
ANSWER_WITHIN_S = 2.0

class DiscordBot:
    """The `/sokbo` group: one subcommand per verb, with rule-id autocomplete."""

    def __init__(self, config: DiscordConfig, commands: Commands, client: discord.Client) -> None:
        self.config = config
        self.commands = commands
        self.client = client
        self.tree = app_commands.CommandTree(client)
        self.tree.add_command(self._group())

        async def on_interaction(interaction: discord.Interaction) -> None:
            await self.on_button(interaction)

        client.event(on_interaction)  # buttons on alerts: answered here, not by a registered View

    def can_manage(self, interaction: discord.Interaction) -> bool:
        if not self.config.require_manage_channels:
            return True
        return bool(interaction.permissions.manage_channels)

    async def run(self, interaction: discord.Interaction, text: str) -> None:
        """Answer with the visibility the answer needs, decided before Discord is told anything.

        Discord gives the first follow-up after a defer the defer's visibility, so deferring
        publicly and then refusing showed typos and refusals to the whole channel. The command
        runs first; answered within the deadline, the reply goes out as it is. A slow one (a
        page fetch in `test`) is deferred privately, answered privately, and an announcement
        (a change of subscriptions) is then posted to the channel as a second message.
        """
        caller = Caller(Channel("discord", str(interaction.channel_id)), str(interaction.user.id),
                        self.can_manage(interaction), "en" if str(interaction.locale).startswith("en") else "ko")
        handling = asyncio.ensure_future(self.commands.handle(caller, text))
        none = discord.AllowedMentions.none()
        try:
            reply = await asyncio.wait_for(asyncio.shield(handling), ANSWER_WITHIN_S)
        except TimeoutError:
            await interaction.response.defer(ephemeral=True, thinking=True)  # Discord's 3 s deadline
            reply = await handling
            # The first follow-up replaces the private "thinking…": a refusal is said there; an
            # announcement goes to the channel after it, and the caller is told it went (not shown it twice).
            private = rt("cmd.announced", caller.lang) if reply.public else reply.body
            await interaction.followup.send(discord_reply(private), ephemeral=True, allowed_mentions=none)
            if reply.public:
                await interaction.followup.send(discord_reply(reply.body), ephemeral=False, allowed_mentions=none)
            return
        await interaction.response.send_message(discord_reply(reply.body), ephemeral=not reply.public,
                                                allowed_mentions=none)

    async def on_button(self, interaction: discord.Interaction) -> None:
        data: dict[str, object] = dict(interaction.data or {})
        rule_id = muted_rule_of(str(data.get("custom_id", "")))
        if interaction.type is not discord.InteractionType.component or rule_id is None:
            return
        await self.run(interaction, f"mute-rule {rule_id}")

    async def complete_rule(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        wanted = current.lower()
        return [app_commands.Choice(name=rule_id, value=rule_id)
                for rule_id in self.commands.rule_ids() if wanted in rule_id.lower()][:25]

    def _group(self) -> app_commands.Group:
        """/sokbo's subcommands, made from the verb table (bot.commands.table)."""
        group = app_commands.Group(name="sokbo", description=t("dcmd.sokbo"), guild_only=True)
        bot = self

        @group.command(name="subscribe", description=t("dcmd.subscribe"))
        @app_commands.describe(rule=t("dcmd.subscribe_arg"), ping=t("dcmd.ping_arg"))
        async def subscribe(interaction: discord.Interaction, rule: str, ping: discord.Role | None = None) -> None:
            await bot.run(interaction, f"subscribe {rule}" + (f" ping <@&{ping.id}>" if ping else ""))

        @group.command(name="unsubscribe", description=t("dcmd.unsubscribe"))
        @app_commands.describe(rule=t("dcmd.unsubscribe_arg"))
        async def unsubscribe(interaction: discord.Interaction, rule: str) -> None:
            await bot.run(interaction, f"unsubscribe {rule}")

        subscribe.autocomplete("rule")(self.complete_rule)
        unsubscribe.autocomplete("rule")(self.complete_rule)

        @group.command(name="help", description=t("dcmd.help"))
        @app_commands.describe(language=t("dcmd.help_arg"))
        @app_commands.choices(language=[app_commands.Choice(name="한국어", value="ko"),
                                        app_commands.Choice(name="English", value="en")])
        async def help_(interaction: discord.Interaction, language: app_commands.Choice[str] | None = None) -> None:
            await bot.run(interaction, "help" + (f" {language.value}" if language else ""))

        def simple(name: str) -> None:
            async def callback(interaction: discord.Interaction) -> None:
                await bot.run(interaction, name)
            group.command(name=name, description=t(f"dcmd.{name}"))(callback)

        def with_text(name: str, argument: str) -> None:
            async def callback(interaction: discord.Interaction, value: str) -> None:
                await bot.run(interaction, f"{name} {value}")
            callback = app_commands.rename(value=argument)(callback)  # shown under a meaningful name
            callback = app_commands.describe(value=t(f"dcmd.{name}_arg"))(callback)
            group.command(name=name, description=t(f"dcmd.{name}"))(callback)

        for verb in VERBS:
            if not verb.discord or verb.name in ("subscribe", "unsubscribe", "help"):
                continue  # the button's verb; and the three written out above
            if verb.argument:
                with_text(verb.name, verb.argument)
            else:
                simple(verb.name)
        return group

    async def sync(self, guild_id: int | None) -> None:
        guild = discord.Object(id=guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("Discord: %d command(s) synced %s", len(synced), f"to guild {guild_id}" if guild_id else "globally")



