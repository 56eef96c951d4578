"""The `sokbo` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# Only what parsing the arguments needs is imported here: `sokbo --help` and `sokbo rules check
# FILE` must not pay for the chat clients, the database layer and the feed pipeline (issue #11).
# Each command imports the rest when it runs; tests/test_startup.py holds this line.
from bot.texts import t
from sokbo.logs import configure as configure_logging
from sokbo.logs import release as release_logging
from sokbo.timeutil import format_duration, format_kst, parse_duration, utcnow

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from bot.app.config import LoadedConfig
    from feeds.records import PollOutcome
    from feeds.store import FeedHealth
    from sokbo.yamlconf import YamlProblems

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Polls get 5 s to finish and posts 10 s: past this a stop is hung, not slow.
HARD_STOP = timedelta(seconds=25)


def _duration(text: str) -> timedelta:
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sokbo",
        description="속보: 한국 IT 뉴스 피드를 지켜보고 관심 기업·사건을 알립니다. "
        "(Watches Korean tech-news feeds and alerts on watched entities and events.)",
    )
    parser.add_argument("--config", metavar="FILE", help="설정 파일 (default: $SOKBO_CONFIG or ./sokbo.yaml)")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="override log_level")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run_p = commands.add_parser("run", help="poll on schedule and publish alerts (the main job)",
                                description="Run the scheduler, the feed pipeline and the chat adapters "
                                "(console output when no chat token is set).")
    run_p.add_argument("--for", dest="duration", type=_duration, metavar="DURATION",
                       help="stop after this long (e.g. 10m); default: until SIGINT/SIGTERM")

    poll_p = commands.add_parser("poll", help="poll feeds now", description="Poll feeds once, now, "
                                 "whatever their schedule (paused and disabled feeds are skipped).")
    poll_p.add_argument("--once", action="store_true", required=True, help="poll each feed one time and exit")
    poll_p.add_argument("--feed", metavar="ID", help="only this feed")
    poll_p.add_argument("--json", action="store_true", help="one JSON object per feed")

    commands.add_parser("subscriptions", help="who subscribes to what, in every channel",
                        description="Every channel's subscriptions and watches: what an admin channel's "
                        "'/sokbo list all' shows.")
    commands.add_parser("status", help="feeds, delivery queue and failures, rules: as /sokbo status",
                        description="The health summary chat users get from /sokbo status, for operators: "
                        "feeds by state, the delivery queue and failed channels, and whether the rules load.")

    commands.add_parser("prune", help="apply the retention settings now (sokbo run does it daily)",
                        description="Remove finished alerts and matches older than retention.alerts and "
                        "compact articles older than retention.articles (when set); prints what went.")

    feeds_p = commands.add_parser("feeds", help="the feed catalog with health",
                                  description="List feeds with last success, last error, consecutive "
                                  "failures and next poll; `feeds enable ID` re-enables a paused feed.")
    feeds_p.add_argument("--json", action="store_true", help="one JSON object per feed")
    feeds_p.add_argument("--all", action="store_true", help="include feeds no longer configured")
    feeds_sub = feeds_p.add_subparsers(dest="feeds_command", metavar="ACTION")
    enable_p = feeds_sub.add_parser("enable", help="re-enable a paused feed", description="Un-pause a feed "
                                    "and poll it at the next tick.")
    enable_p.add_argument("feed_id", metavar="ID")

    articles_p = commands.add_parser("articles", help="stored articles", description="Stored articles, "
                                     "newest first.")
    articles_p.add_argument("--since", type=_duration, metavar="DURATION", help="published within (e.g. 24h)")
    articles_p.add_argument("--feed", metavar="ID", help="only this feed")
    articles_p.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    articles_p.add_argument("--json", action="store_true", help="one JSON object per line")

    config_p = commands.add_parser("config", help="configuration tools", description="Configuration tools.")
    config_sub = config_p.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    config_sub.add_parser("check", help="validate the configuration and exit",
                          description="Validate sokbo.yaml and the feed catalog; print FILE:LINE:COL problems.")

    rules_p = commands.add_parser("rules", help="watch-rule tools", description="Check, export the schema of, "
                                  "or dry-run watch rules.")
    rules_sub = rules_p.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    check_p = rules_sub.add_parser("check", help="validate rule files",
                                   description="Validate rule files; one FILE:LINE:COL: message line per problem.")
    check_p.add_argument("files", nargs="*", metavar="FILE", help="rule files (default: those in the config)")
    rules_sub.add_parser("schema", help="print the JSON Schema of rule files",
                         description="Print the JSON Schema of rule files, for editors that validate YAML.")
    test_p = rules_sub.add_parser("test", help="explain which rules fire on a text and why",
                                  description="Dry-run the rules on a text: why each rule did or did not fire.")
    test_p.add_argument("--rules", action="append", metavar="FILE", help="rule file (repeatable; default: config)")
    test_p.add_argument("--text", required=True, help="the article text (first line is read as the title)")
    test_p.add_argument("--published", metavar="ISO", help="publication time for relative dates (default: now)")
    test_p.add_argument("--json", action="store_true", help="JSON output")

    match_p = commands.add_parser("match", help="run rules over articles (JSON lines)",
                                  description="Read articles as JSON lines (the fields of `sokbo articles --json`; "
                                  "body optional) and print the matches.")
    match_p.add_argument("--rules", action="append", metavar="FILE", help="rule file (repeatable; default: config)")
    match_p.add_argument("--input", default="-", metavar="FILE", help="JSON lines file, or - for stdin (default)")
    match_p.add_argument("--json", action="store_true", help="one JSON object per match")

    db_p = commands.add_parser("db", help="database tools", description="Database tools.")
    db_sub = db_p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="migrate the schema to this version",
                      description="Apply pending migrations (sokbo also does this at start-up).")
    return parser


def _needs_config(args: argparse.Namespace) -> bool:
    """Rule tools given explicit files work without (or despite) a config file."""
    if args.command == "rules":
        return args.rules_command == "check" and not args.files or args.rules_command == "test" and not args.rules
    if args.command == "match":
        return not args.rules
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config: LoadedConfig | None = None
    if _needs_config(args):
        # imported when the command runs: `rules check FILE` and --help need no config (its feed stack is heavy)
        from bot.app.config import load_config
        from sokbo.yamlconf import YamlProblems

        try:
            config = load_config(args.config)
        except YamlProblems as exc:
            print(t("config.errors"), file=sys.stderr)
            for problem in exc.problems:
                print(str(problem), file=sys.stderr)
            return EXIT_USAGE
    handler = configure_logging(args.log_level or (config.settings.log_level if config else "WARNING"), sys.stderr,
                                os.environ)
    try:
        return _dispatch(args, config)
    finally:
        release_logging(handler)  # an in-process caller (a test) may close the stream next


def _dispatch(args: argparse.Namespace, config: LoadedConfig | None) -> int:
    for chatty in ("alembic", "apscheduler"):  # one line per tick drowns what matters
        logging.getLogger(chatty).setLevel(max(logging.WARNING, logging.getLogger().level))
    if args.command in _SYNC_COMMANDS:
        return _SYNC_COMMANDS[args.command](args, config)
    assert config is not None
    handler = _COMMANDS[args.command]
    import asyncio  # imported when the command runs: --help and the rule tools never start a loop

    try:
        return asyncio.run(_checked(handler, args, config))
    except KeyboardInterrupt:
        return EXIT_FAILED


async def _checked(handler: Callable[[argparse.Namespace, LoadedConfig], Awaitable[int]],
                   args: argparse.Namespace, config: LoadedConfig) -> int:
    """Every command needs the store: one that cannot be opened is one line and exit 2."""
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import safe_database_label
    from sokbo.db import store_problem

    problem = await store_problem(config.settings.database_url)
    if problem is not None:
        print(t("store.problem", db=safe_database_label(config.settings.database_url), problem=problem),
              file=sys.stderr)
        return EXIT_USAGE
    return await handler(args, config)


async def _run(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.config import SetupError
    from bot.app.wiring import run

    try:
        await run(config, duration=args.duration, hard_stop=HARD_STOP)
    except SetupError as exc:
        print(f"{t('config.errors')} {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


async def _poll(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import services
    from sokbo.yamlconf import did_you_mean

    known = {spec.id for spec in config.feeds}
    if args.feed and args.feed not in known:
        print(t("feeds.unknown", id=args.feed, hint=did_you_mean(args.feed, known)), file=sys.stderr)
        return EXIT_USAGE
    async with services(config) as svc:
        outcomes = await svc.poller.poll_once(only=args.feed)
        if args.feed and not outcomes:
            health = {h.id: h for h in await svc.feeds.health()}
            feed = health.get(args.feed)
            if feed is not None and feed.paused_reason:
                print(t("feeds.paused_hint", id=args.feed, reason=feed.paused_reason), file=sys.stderr)
                return EXIT_FAILED
    if not outcomes:
        print(t("poll.nothing"))
        return EXIT_FAILED if args.feed else EXIT_OK
    for outcome in sorted(outcomes, key=lambda o: o.feed_id):
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False) if args.json else _outcome_line(outcome))
    failed = sum(1 for o in outcomes if not o.ok)
    if not args.json:
        print(t("poll.summary", feeds=len(outcomes), new=sum(o.new for o in outcomes), failed=failed))
    return EXIT_FAILED if failed == len(outcomes) else EXIT_OK


def _outcome_line(outcome: PollOutcome) -> str:
    from feeds.poller import SAME_CONTENT  # imported when the command runs: it brings the feed pipeline

    if outcome.failure is not None:
        key = "poll.paused" if outcome.paused else "poll.failed"
        return t(key, id=outcome.feed_id, error=str(outcome.failure))
    if outcome.not_modified:
        return t("poll.same_content" if SAME_CONTENT in outcome.notes else "poll.not_modified", id=outcome.feed_id)
    line = t("poll.ok", id=outcome.feed_id, seen=outcome.seen, new=outcome.new)
    return line + "".join(f"\n    · {note}" for note in outcome.notes)


def _outcome_json(outcome: PollOutcome) -> dict[str, object]:
    return {
        "feed": outcome.feed_id, "ok": outcome.ok, "not_modified": outcome.not_modified, "seen": outcome.seen,
        "new": outcome.new, "error": str(outcome.failure) if outcome.failure else None,
        "error_kind": outcome.failure.kind.value if outcome.failure else None, "paused": outcome.paused,
        "notes": list(outcome.notes),
        "next_poll": outcome.next_poll_at.isoformat() if outcome.next_poll_at else None,
    }


async def _status(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import services
    from bot.commands.verbs import OPERATOR_CONSOLE
    from bot.model import Caller

    async with services(config, sync_feeds=False) as svc:
        await svc.rules.load()
        reply = await svc.commands.status(Caller(OPERATOR_CONSOLE, "cli", True), "")
    print(reply.body.plain())
    return EXIT_OK


async def _subscriptions(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import services
    from bot.commands.verbs import OPERATOR_CONSOLE
    from bot.model import Caller

    async with services(config, sync_feeds=False) as svc:
        reply = await svc.commands.list(Caller(OPERATOR_CONSOLE, "cli", True), "all")
    print(reply.body.plain())
    return EXIT_OK


async def _prune(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.retention import prune
    from bot.app.wiring import services

    async with services(config, sync_feeds=False) as svc:
        pruned = await prune(config.settings.retention, svc.outbox, svc.rules.matches, svc.articles)
    print(t("prune.done", alerts=pruned.alerts, matches=pruned.matches, articles=pruned.articles))
    return EXIT_OK


async def _feeds(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import services
    from sokbo.yamlconf import did_you_mean

    async with services(config) as svc:
        if args.feeds_command == "enable":
            if not await svc.feeds.enable(args.feed_id):
                known = {h.id for h in await svc.feeds.health(include_undefined=True)}
                print(t("feeds.unknown", id=args.feed_id, hint=did_you_mean(args.feed_id, known)), file=sys.stderr)
                return EXIT_USAGE
            print(t("feeds.enabled", id=args.feed_id))
            return EXIT_OK
        health = await svc.feeds.health(include_undefined=args.all)
    if args.json:
        for feed in health:
            print(json.dumps(feed.to_json(), ensure_ascii=False))
        return EXIT_OK
    if not health:
        print(t("feeds.none"))
        return EXIT_OK
    print(_health_table(health))
    return EXIT_OK


def _health_table(health: list[FeedHealth]) -> str:
    header = [t("col.id"), t("col.outlet"), t("col.status"), t("col.last_success"), t("col.failures"),
              t("col.next_poll"), t("col.last_error")]
    rows = []
    for feed in health:
        status = t(f"status.{feed.status}")
        if feed.paused_reason:
            status += f" ({feed.paused_reason})"
        rows.append([
            feed.id, feed.outlet, status, format_kst(feed.last_success_at), str(feed.consecutive_failures),
            "-" if feed.paused_at else format_kst(feed.next_poll_at) + f" /{format_duration(feed.interval)}",
            (feed.last_error or "-")[:80],
        ])
    widths = [max(_width(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = ["  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: Hangul and other wide characters take two terminal columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


async def _articles(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.alerting.wording import published_label
    from bot.app.wiring import services

    async with services(config, sync_feeds=False) as svc:
        since = utcnow() - args.since if args.since else None
        articles = await svc.articles.recent(since=since, feed_id=args.feed, limit=args.limit)
    if not articles:
        if not args.json:
            print(t("articles.none"))
        return EXIT_OK
    for article in articles:
        if args.json:
            print(json.dumps(article.to_json(), ensure_ascii=False))
        else:
            print(f"[{published_label(article)}] {article.outlet} · {article.title}")
            if article.url:
                print(f"    {article.url}")
    return EXIT_OK


def _missing_files(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if not Path(path).is_file()]


async def _config(args: argparse.Namespace, config: LoadedConfig) -> int:
    """The store was checked on the way in; here, that every rules file is there."""
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.wiring import safe_database_label

    missing = _missing_files(config.rule_files)
    if missing:
        print(t("config.errors"), file=sys.stderr)
        for path in missing:
            print(t("config.rules_missing", path=path), file=sys.stderr)
        return EXIT_USAGE
    print(t("config.ok", feeds=len(config.feeds), rules=len(config.rule_files),
            db=safe_database_label(config.settings.database_url)))
    return EXIT_OK


async def _db(args: argparse.Namespace, config: LoadedConfig) -> int:
    # imported when the command runs: --help must not load the chat clients and the database layer
    from bot.app.database import head_revision, migrate
    from sokbo.db import make_engine

    engine = make_engine(config.settings.database_url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()
    print(t("db.upgraded", revision=head_revision()))
    return EXIT_OK


def _rule_files(explicit: list[str] | None, config: LoadedConfig | None) -> list[str]:
    if explicit:
        return explicit
    assert config is not None
    return [str(path) for path in config.rule_files]


def _print_problems(exc: YamlProblems) -> None:
    for problem in exc.problems:
        print(str(problem))


def _rules(args: argparse.Namespace, config: LoadedConfig | None) -> int:
    # imported when the command runs: --help must not load pydantic and YAML; `check` needs no engine
    from rules.loader import load_rules
    from sokbo.yamlconf import YamlProblems

    if args.rules_command == "schema":
        from rules.model import json_schema

        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    files = _rule_files(args.files if args.rules_command == "check" else args.rules, config)
    try:
        ruleset = load_rules(files)
    except YamlProblems as exc:
        _print_problems(exc)
        return EXIT_FAILED
    if args.rules_command == "check":
        if not ruleset.rules:  # valid YAML that watches nothing is almost always a mistake
            print(t("rules.empty", files=", ".join(files)))
            return EXIT_FAILED
        for warning in ruleset.warnings:  # valid, so the exit status stays 0: the user may mean it
            print(f"{warning.file}:{warning.line}:{warning.col}: "
                  + t("rules.warn_common_word", entity=warning.entity, name=warning.name))
        print(t("rules.ok", rules=len(ruleset.rules), entities=len(ruleset.entities), files=", ".join(files)))
        return EXIT_OK
    from bot.alerting.wording import (
        explain_lines,  # imported when the command runs: only `rules test` explains
    )
    from rules.engine import Document, Engine

    title, _, rest = args.text.strip().partition("\n")
    published = datetime.fromisoformat(args.published) if args.published else None
    doc = Document("text", title.strip(), rest.strip(), None, None, published)
    traces = Engine(ruleset).explain(doc)
    if args.json:
        for trace in traces:
            print(json.dumps({"rule_id": trace.rule_id, "title": trace.title, "fired": trace.fired,
                              "why": list(trace.lines), "matches": [m.to_json() for m in trace.matches]},
                             ensure_ascii=False))
        return EXIT_OK
    for line in explain_lines(traces, fired_word=t("rules.fired"), not_fired_word=t("rules.not_fired")):
        print(line)
    return EXIT_OK


def _match(args: argparse.Namespace, config: LoadedConfig | None) -> int:
    # imported when the command runs: --help must not load the rule engine
    from bot.alerting.wording import describe_match
    from rules.engine import Engine, documents_from_json
    from rules.loader import load_rules
    from sokbo.yamlconf import YamlProblems

    try:
        engine = Engine(load_rules(_rule_files(args.rules, config)))
    except YamlProblems as exc:
        _print_problems(exc)
        return EXIT_USAGE
    stream = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    status = EXIT_OK
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                [doc] = documents_from_json([json.loads(line)])
            except (ValueError, TypeError) as exc:
                print(f"{args.input}:{number}:1: not an article JSON object: {exc}", file=sys.stderr)
                status = EXIT_FAILED
                continue
            for match in engine.evaluate(doc):
                if args.json:
                    print(json.dumps(match.to_json(), ensure_ascii=False))
                else:
                    print(f"{doc.id}: {describe_match(match)}")
                    if match.event is not None:
                        print(f"    근거: {match.event.evidence}")
    return status


_SYNC_COMMANDS = {"rules": _rules, "match": _match}

_COMMANDS = {"run": _run, "poll": _poll, "status": _status, "subscriptions": _subscriptions, "prune": _prune, "feeds": _feeds, "articles": _articles, "config": _config, "db": _db}

if __name__ == "__main__":
    sys.exit(main())
