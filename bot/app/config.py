"""sokbo.yaml: one file, every key optional, environment overrides, located errors.

`sokbo run` must work with no file at all (embedded SQLite, bundled catalog, example
rules), so every setting has a default. Secrets never live here: tokens come only from
the environment and are never logged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, field_validator

from feeds.backoff import PollPolicy
from feeds.catalog import BUNDLED_CATALOG, FeedSpec, duplicate_ids, load_catalog
from rules import EXAMPLE_RULES
from sokbo.yamlconf import (
    Duration,
    LoadedYaml,
    Problem,
    YamlProblems,
    did_you_mean,
    parse_yaml_text,
    position,
    read_yaml,
    validate,
)

if TYPE_CHECKING:  # built when a command runs: reading the config must not load the HTTP and database stacks
    from feeds.fetch import FetchLimits
    from feeds.netguard import AddressPolicy
    from feeds.parse_worker import WorkerLimits
    from feeds.poller import PollerOptions

CONFIG_ENV = "SOKBO_CONFIG"
DEFAULT_CONFIG_NAME = "sokbo.yaml"
BUNDLED_RULES = EXAMPLE_RULES
MIN_RETENTION = timedelta(days=7)


def default_database_url() -> str:
    # The default's directory is made here, once; a configured path must exist (a typo is reported).
    return f"sqlite:///{platformdirs.user_data_path('sokbo', ensure_exists=True) / 'sokbo.db'}"


def _at_least(value: timedelta, seconds: float, why: str) -> timedelta:
    """A loop interval with a floor: zero (or a typo near it) would spin a core."""
    if value < timedelta(seconds=seconds):
        raise ValueError(f"must be at least {seconds:g}s ({why})")
    return value


class FetchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    connect_timeout: Duration = timedelta(seconds=10)
    read_timeout: Duration = Field(default=timedelta(seconds=20), description="Longest silence mid-response.")
    total_timeout: Duration = timedelta(seconds=30)
    max_bytes: int = Field(default=8 * 1024 * 1024, ge=1024, description="Cap on decompressed bytes.")
    max_items: int = Field(default=200, ge=1)
    max_redirects: int = Field(default=5, ge=0, le=20)
    per_host: int = Field(default=2, ge=1, le=16)
    user_agent: str | None = None
    allow_hosts: list[str] = Field(
        default_factory=list,
        description="Private hosts or networks fetches may reach (e.g. 127.0.0.1, 10.0.0.0/8). "
        "Everything non-public is refused otherwise. An entry may name a port (10.0.0.5:8080, [::1]:8080); "
        "a bare host is open on every port to the feeds configured here, never to a redirect elsewhere.",
    )
    chat_allow_hosts: list[str] = Field(
        default_factory=list,
        description="Private hosts or networks a chat user's URL (/sokbo test URL) may reach; public only by default.",
    )

    def limits(self) -> FetchLimits:
        from feeds.fetch import FetchLimits

        base = FetchLimits()
        return FetchLimits(
            connect_timeout_s=self.connect_timeout.total_seconds(),
            read_timeout_s=self.read_timeout.total_seconds(),
            total_timeout_s=self.total_timeout.total_seconds(),
            max_bytes=self.max_bytes,
            max_redirects=self.max_redirects,
            per_host=self.per_host,
            user_agent=self.user_agent or base.user_agent,
        )

    def address_policy(self) -> AddressPolicy:
        from feeds.netguard import AddressPolicy

        return AddressPolicy.from_allow_list(self.allow_hosts)

    def chat_address_policy(self) -> AddressPolicy:
        from feeds.netguard import AddressPolicy

        return AddressPolicy.from_allow_list(self.chat_allow_hosts)


class SchedulerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tick: Duration = timedelta(seconds=1)
    jitter: float = Field(default=0.1, ge=0, le=0.5)
    backoff_cap: Duration = timedelta(hours=6)
    pause_after: Duration = timedelta(days=1)
    max_concurrent: int = Field(default=32, ge=1)
    parse_workers: int = Field(default=1, ge=0, le=8,
                               description="Processes that parse feeds off the event loop (0: a thread).")
    parse_memory: int | None = Field(default=None, ge=16 * 1024 * 1024,
                                     description="Bytes one document may add to its parse worker; past it the "
                                     "document is refused. Default: ten times fetch.max_bytes.")
    parse_cpu: Duration = Field(default=timedelta(seconds=30),
                                description="CPU time one document may take in its parse worker.")
    poll_timeout: Duration = Field(default=timedelta(seconds=120),
                                   description="A poll is cut off after this; a replica killed mid-poll leaves its "
                                   "feeds to the others after this plus a margin (at most 30 s).")

    _tick_floor = field_validator("tick")(lambda value: _at_least(value, 0.1, "a zero tick spins a core"))
    _cpu_floor = field_validator("parse_cpu")(lambda value: _at_least(value, 0.1, "no document parses in less"))
    _poll_floor = field_validator("poll_timeout")(lambda value: _at_least(value, 1, "no feed answers in less"))

    def policy(self) -> PollPolicy:
        return PollPolicy(jitter=self.jitter, backoff_cap=self.backoff_cap, pause_after=self.pause_after)


class SlackConfig(BaseModel):
    """Tokens never live here: SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET."""

    model_config = ConfigDict(extra="forbid")

    mode: Literal["socket", "http"] = Field(default="socket", description="socket needs no public URL.")
    port: int = Field(default=3000, ge=0, le=65535, description="HTTP mode: /slack/events is served here (0: any).")
    api_url: str = Field(default="https://slack.com/api/", description="Web API base (another for GovSlack).")
    managers: list[str] = Field(default_factory=list, description="User (U…) or user-group (S…) ids who may change "
                                "subscriptions; empty: everyone.")


class DiscordConfig(BaseModel):
    """The token never lives here: DISCORD_TOKEN (and DISCORD_GUILD_ID for fast command sync)."""

    model_config = ConfigDict(extra="forbid")

    guild_id: int | None = Field(default=None, description="Sync commands to this guild only (instant).")
    api_url: str | None = Field(default=None, description="REST base, e.g. a proxy; default Discord's.")
    require_manage_channels: bool = Field(default=True, description="Only members with Manage Channels may "
                                          "change subscriptions.")
    commands: bool = Field(default=True, description="Answer /sokbo from this process. Discord allows one gateway "
                           "session per bot token: set false on extra replicas, which then only deliver alerts.")


class DeliveryConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_channels: int = Field(default=50, ge=1, description="Channels served at once.")
    give_up_after: Duration = Field(default=timedelta(days=2), description="Transient failures (timeouts, 5xx, "
                                    "429) are retried with back-off until an alert is this old.")
    lease: Duration = Field(default=timedelta(seconds=60), description="How long a replica owns a channel; a "
                            "crashed replica's channels are picked up after this.")
    story_window: Duration = Field(default=timedelta(hours=12),
                                   description="Reports of the same story within this are one alert per channel.")


class RetentionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    alerts: Duration = Field(default=timedelta(days=90), description="Finished alerts (sent, failed, merged, "
                             "muted), their matches and bookkeeping are kept this long.")
    articles: Duration | None = Field(default=None, description="Article text and search entries are kept this "
                                      "long; null keeps them for good (search, rule backtests). An older article "
                                      "keeps only what stops it being alerted again.")

    @field_validator("alerts", "articles")
    @classmethod
    def _at_least_a_week(cls, value: timedelta | None) -> timedelta | None:
        if value is not None and value < MIN_RETENTION:
            raise ValueError("must be at least 7d: alerts still waiting (retries, digests, quiet hours) need "
                             "their matches and articles")
        return value


class MetricsConfig(BaseModel):
    """/healthz, /readyz and /metrics (Prometheus) over HTTP; off unless a port is set."""

    model_config = ConfigDict(extra="forbid")

    port: int | None = Field(default=None, ge=0, le=65535, description="e.g. 9464; 0: any free port.")
    host: str = Field(default="127.0.0.1", description="0.0.0.0 to let a scraper on another host in.")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    admin_channels: list[str] = Field(default_factory=list, description="Where sokbo reports on itself (a rules "
                                      "edit that did not load), and where /sokbo status covers every channel: slack:C…, discord:…")

    database_url: str = Field(default_factory=default_database_url)
    default_catalog: bool = True
    disable: list[str] = Field(default_factory=list, description="Catalog feed ids not to poll.")
    feeds: list[FeedSpec] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=lambda: [str(BUNDLED_RULES)])
    rules_reload: Duration = Field(default=timedelta(seconds=2), description="How often rule files are checked for edits.")
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    scheduler: SchedulerConfig = Field(default_factory=SchedulerConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)
    discord: DiscordConfig = Field(default_factory=DiscordConfig)
    delivery: DeliveryConfig = Field(default_factory=DeliveryConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)
    log_level: str = "INFO"

    _reload_floor = field_validator("rules_reload")(
        lambda value: _at_least(value, 0.5, "a zero interval spins a core"))

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        try:
            from sokbo.db import async_url  # SQLAlchemy reads the URL; imported only when one is set

            async_url(value)
        except Exception as exc:
            raise ValueError(f"bad database_url: {exc}") from None
        return value

    @field_validator("admin_channels")
    @classmethod
    def _admin(cls, values: list[str]) -> list[str]:
        for value in values:
            platform, _, channel = value.partition(":")
            if platform not in ("slack", "discord") or not channel:
                raise ValueError(f"'{value}' is not slack:CHANNEL_ID or discord:CHANNEL_ID")
        return values

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("log_level must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    def worker_limits(self) -> WorkerLimits:
        from feeds.parse_worker import WorkerLimits

        """The parse worker's bounds; its memory scales with the largest body a fetch accepts
        (an 8 MB feed at the cap needs about 66 MB to parse)."""
        memory = self.scheduler.parse_memory or 10 * self.fetch.max_bytes
        return WorkerLimits(memory_bytes=memory, cpu_seconds=self.scheduler.parse_cpu.total_seconds())

    def poller_options(self) -> PollerOptions:
        from feeds.poller import PollerOptions

        return PollerOptions(max_items=self.fetch.max_items, max_concurrent=self.scheduler.max_concurrent,
                             poll_timeout=self.scheduler.poll_timeout)


@dataclass(frozen=True)
class LoadedConfig:
    settings: Settings
    feeds: list[FeedSpec]
    rule_files: list[Path]
    source: Path | None


def config_path(explicit: str | None, env: Mapping[str, str]) -> Path | None:
    if explicit:
        return Path(explicit)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    local = Path(DEFAULT_CONFIG_NAME)
    return local if local.exists() else None


_ENV_OVERRIDES = {
    "SOKBO_DATABASE_URL": ("database_url",),
    "SOKBO_LOG_LEVEL": ("log_level",),
    "SOKBO_DEFAULT_CATALOG": ("default_catalog",),
    "SOKBO_FETCH_ALLOW_HOSTS": ("fetch", "allow_hosts"),
    "SOKBO_FETCH_CHAT_ALLOW_HOSTS": ("fetch", "chat_allow_hosts"),
    "SOKBO_SLACK_MODE": ("slack", "mode"),
    "SOKBO_SLACK_PORT": ("slack", "port"),
    "SOKBO_SLACK_API_URL": ("slack", "api_url"),
    "SOKBO_DISCORD_API_URL": ("discord", "api_url"),
}


class SetupError(Exception):
    """Settings and secrets that cannot work together (a chat mode without its token)."""


@dataclass(frozen=True)
class Secrets:
    """Chat credentials, from the environment only (never from files, never logged)."""

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    discord_token: str | None = None
    discord_guild_id: int | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Secrets:
        env = os.environ if env is None else env
        guild = env.get("DISCORD_GUILD_ID", "").strip()
        return cls(env.get("SLACK_BOT_TOKEN") or None, env.get("SLACK_APP_TOKEN") or None,
                   env.get("SLACK_SIGNING_SECRET") or None, env.get("DISCORD_TOKEN") or None,
                   int(guild) if guild.isdigit() else None)

    def __repr__(self) -> str:
        return "Secrets(<hidden>)"

    def check(self, settings: Settings) -> None:
        """Raise SetupError, in the user's words, before anything starts."""
        if self.slack_bot_token and settings.slack.mode == "socket" and not self.slack_app_token:
            raise SetupError("Slack Socket Mode needs SLACK_APP_TOKEN (xapp-…, an app-level token with "
                             "connections:write); or set slack.mode: http with SLACK_SIGNING_SECRET")
        if self.slack_bot_token and settings.slack.mode == "http" and not self.slack_signing_secret:
            raise SetupError("Slack HTTP mode needs SLACK_SIGNING_SECRET; or use slack.mode: socket")
        if (self.slack_app_token or self.slack_signing_secret) and not self.slack_bot_token:
            raise SetupError("SLACK_BOT_TOKEN (xoxb-…) is missing: Slack needs it to post")


def load_config(explicit: str | None = None, env: Mapping[str, str] | None = None) -> LoadedConfig:
    """Read the config file (if any), apply environment overrides, add the catalog.

    Raises YamlProblems listing every problem with FILE:LINE:COL.
    """
    env = os.environ if env is None else env
    path = config_path(explicit, env)
    loaded = read_yaml(path) if path is not None else parse_yaml_text("{}", "<defaults>")
    if loaded.data is None:
        loaded = LoadedYaml(loaded.file, parse_yaml_text("{}", loaded.file).data)
    if not isinstance(loaded.data, Mapping):
        raise YamlProblems([Problem(loaded.file, 1, 1, "the config file must be a mapping of keys")])
    for variable, keys in _ENV_OVERRIDES.items():
        if variable in env:
            value: object = env[variable]
            if keys in (("fetch", "allow_hosts"), ("fetch", "chat_allow_hosts")):
                value = [part.strip() for part in str(value).split(",") if part.strip()]
            target: Any = loaded.data
            for key in keys[:-1]:
                target = target.setdefault(key, {})
            target[keys[-1]] = value
    settings = validate(loaded, Settings)
    base_dir = path.resolve().parent if path is not None else Path.cwd()
    problems: list[Problem] = []
    catalog: list[FeedSpec] = []
    sources: list[tuple[LoadedYaml, tuple[int | str, ...], list[FeedSpec]]] = []
    if settings.default_catalog:
        catalog = load_catalog(BUNDLED_CATALOG)
        sources.append((read_yaml(BUNDLED_CATALOG), ("feeds",), catalog))
    sources.append((loaded, ("feeds",), settings.feeds))
    problems += duplicate_ids(sources)
    known = {spec.id for spec in catalog}
    for index, feed_id in enumerate(settings.disable):
        if feed_id not in known:
            line, col = position(loaded.data, ("disable", index))
            problems.append(Problem(loaded.file, line, col,
                                    f"unknown feed id '{feed_id}' in disable{did_you_mean(feed_id, known)}"))
    if problems:
        raise YamlProblems(problems)
    disabled = set(settings.disable)
    feeds = [spec for spec in catalog if spec.id not in disabled] + list(settings.feeds)
    rule_files = [(base_dir / rule).resolve() if not Path(rule).is_absolute() else Path(rule)
                  for rule in settings.rules]
    return LoadedConfig(settings, feeds, rule_files, path)
