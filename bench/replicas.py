"""Benchmark: one vs three `sokbo run` replicas on one PostgreSQL (issue #11).

Real `sokbo run` processes share a local PostgreSQL, a feed farm and a Slack-like API, as
in tests/test_replicas.py. Each configuration (1 replica, then 3) gets a fresh database
cloned from one prepared template: 3,000 feeds (`--feeds`) and the channels' subscriptions.
Two figures per configuration, measured in the same script run on the same machine:

Poll cycle (phase A) — every feed is made due at once; we time until every feed has been
polled, its items stored and matched (a first poll stores `--items` items per feed and
alerts on none of them, although one of them carries a rule's keyword: any post in this
phase is counted as unexpected).

Delivery (phase B) — the farm switches every feed to a version with one new ordinary item
and, spread over the feeds, the new alert-worthy items; every feed is made due at once, and
we time from that switch until the last of `--alerts` alerts (default 5,000) is posted.
Alerts/s = alerts / that time: the whole pipeline (fetch, parse, store, match, fan-out,
outbox, post) under a burst of news. We check every (channel, article) arrived exactly
once: duplicates and losses are printed (both must be 0), the outbox must end empty, no
article or match may be stored twice.

The 1-replica figures are the baseline for the 3-replica ones. Targets (issue #11): 3
replicas approach 3x on this work (none of it rate-limited, see below); zero duplicates and
zero losses. Also printed: the time of the second cycle (every feed polled again, which runs
alongside the deliveries and is most of the delivery time when CPU is short), each group's
CPU seconds, sokbo's CPU per feed and per alert, idle CPU per replica, PostgreSQL
transactions per feed and per alert, how work split between replicas (their /metrics), and
the warnings and errors in the replicas' logs.

Rate limits, and why the alerts are spread as they are: sokbo paces itself to Slack's one
message per second per channel (SlackTransport.min_interval), and the chat server here
enforces that pace too (429 + Retry-After, as Slack does; `--slack-pace 0` turns it off),
so a channel's k alerts take at least k - 1 seconds whatever the number of replicas, and a
replica serves at most `delivery.max_channels` channels at once (default 50: at most 50
alerts/s per replica, pure arithmetic). To measure sokbo's own work rather than that
arithmetic, the alerts go to many channels with few alerts each (`--per-channel 5`: 1,000
channels; `--fanout 10` channels per rule, so 100 rules and 500 alert-worthy articles) and
each replica may serve every channel at once (max_channels = channel count). The floor the
pace alone imposes is printed beside the measured time.

The feed farm is a separate process listening on 50 loopback addresses (20+ feeds per
host, as real catalogs span outlets): sokbo allows `fetch.per_host` (2) requests per host
at once, and one host would cap each replica at 2 concurrent polls, making 3 replicas
"faster" only by tripling that politeness limit. Each replica: `scheduler.max_concurrent`
64, one parse worker. The machine's cores are shared by the replicas, their parse workers,
PostgreSQL, the farm and the chat server (this process): the CPU seconds of each and the
machine's busy share are printed, so a speed-up short of 3x can be read against them, and so
is the ceiling they set: a baseline that keeps a share b of the cores busy leaves at most 1/b
for any number of replicas to gain (on 2 cores, one replica with its parse worker already keeps
about 77% busy: a ceiling near 1.3x, where 3 replicas measured 1.23x on delivery).

The code measured is this source tree: the replicas run `sokbo run` (python -m bot.app.cli run)
with the tree first on PYTHONPATH, the code this script takes its schema and stores from, so
an installed copy that lags an edit cannot set the schema apart from the replicas.

    python bench/replicas.py [--feeds 3000] [--alerts 5000] [--per-channel 5] [--fanout 10]
                             [--items 3] [--configs 1,3] [--admin-url URL] [--logs DIR]
    quick form: python bench/replicas.py --feeds 300 --alerts 500

Takes about 6-8 minutes on 2 cores by default. Ctrl-C or SIGTERM stops the replicas, drops
the sokbo_bench_* databases it made and ends the farm before exiting.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import multiprocessing
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the source tree, for this script and (PYTHONPATH) for every replica

HOSTS = 50
OUTLET = "벤치일보"  # one outlet for every feed: reports from one outlet never merge as one story
SITE = "https://news.example.kr"
SYLLABLES = [chr(0xAC00 + 28 * k) for k in range(399)]  # 가 개 갸 …: syllables without a final consonant
WORDS = ["반도체", "클라우드", "요금제", "실적", "출시", "투자", "인수", "협약", "채용", "보안", "결제", "자율주행",
         "로봇", "배터리", "게임", "검색", "광고", "위성", "통신", "데이터센터", "특허", "소송", "상장", "인증"]
ALERT_LINK = re.compile(r"https://news\.example\.kr/alert/(\d+)")


def code(rule: int) -> str:
    """Rule `rule`'s keyword: fixed length after 코드, so none is inside another."""
    return f"코드{SYLLABLES[rule // len(SYLLABLES) % len(SYLLABLES)]}{SYLLABLES[rule % len(SYLLABLES)]}"


@dataclass(frozen=True)
class Plan:
    """Who publishes what: picklable, so the farm process rebuilds the same documents."""

    feeds: int
    items: int  # items per feed at the first poll
    alerts: int
    per_channel: int
    fanout: int  # channels per rule
    base: float  # publication time of the new items (epoch seconds)

    @property
    def channels(self) -> int:
        return self.alerts // self.per_channel

    @property
    def rules(self) -> int:
        return self.channels // self.fanout

    @property
    def articles(self) -> int:  # alert-worthy articles in phase B
        return self.alerts // self.fanout

    def channel_id(self, channel: int) -> str:
        return f"CB{channel:05d}"

    def rule_id(self, rule: int) -> str:
        return f"r{rule:04d}"

    def rule_of_channel(self, channel: int) -> int:
        return channel % self.rules

    def expected(self) -> set[tuple[str, int]]:
        """(channel id, alert article) pairs that must each be posted exactly once."""
        return {(self.channel_id(c), j) for j in range(self.articles)
                for c in range(j % self.rules, self.channels, self.rules)}

    def document(self, feed: int, phase: int) -> bytes:
        from tests.feedkit import Item, rss

        def when(seconds: float) -> str:
            return format_datetime(datetime.fromtimestamp(seconds, UTC))

        old = []
        for n in range(self.items):
            # The first item names a rule's keyword: stored at the first poll, it must not alert.
            title = (f"{code(feed % self.rules)} 지난 소식 {feed}" if n == 0 else f"{feed}번 매체 지난 소식 {n}")
            old.append(Item(title, link=f"{SITE}/old/{feed}/{n}", description=f"{title}의 본문입니다.",
                            pub_date=when(self.base - 86400 + feed + n * 60)))
        if phase == 0:
            return rss(list(reversed(old)), title=f"벤치 피드 {feed}")
        new = [Item(f"{feed}번 매체 새 일반 소식", link=f"{SITE}/new/{feed}", description="새 소식의 본문입니다.",
                    pub_date=when(self.base + feed % 600))]
        for j in self.alerts_of(feed):
            rule = j % self.rules
            words = " ".join(WORDS[(j * k + rule) % len(WORDS)] for k in (1, 3, 7))
            title = f"{code(rule)} {words} 발표 {j}호"
            new.append(Item(title, link=f"{SITE}/alert/{j}", description=f"{title}. 업계가 주목하고 있다.",
                            pub_date=when(self.base + j % 600 + 1)))
        return rss(list(reversed(new)) + list(reversed(old)), title=f"벤치 피드 {feed}")

    def alerts_of(self, feed: int) -> range:
        """The alert-worthy articles feed `feed` publishes: spread evenly over the feeds, so that
        the polls that find them are spread over the whole cycle."""
        if self.articles > self.feeds:
            return range(feed, self.articles, self.feeds)
        return range(-(-feed * self.articles // self.feeds), -(-(feed + 1) * self.articles // self.feeds))

    def rules_yaml(self) -> str:
        lines = ["rules:"]
        for rule in range(self.rules):
            lines += [f"  - id: {self.rule_id(rule)}", f"    title: 벤치 규칙 {rule}",
                      f"    when: {{keyword: {code(rule)}}}"]
        return "\n".join(lines) + "\n"


# -- the feed farm (its own process: its CPU is not the chat server's nor ours) ----------

def farm(plan: Plan, conn: Any) -> None:
    """/feed/N on 127.0.0.1 … 127.0.0.HOSTS (one port); POST /phase/P switches every feed."""
    from aiohttp import web

    state = {"phase": 0}
    cache: dict[tuple[int, int], bytes] = {}

    async def feed(request: web.Request) -> web.Response:
        n, phase = int(request.match_info["n"]), state["phase"]
        body = cache.get((phase, n))
        if body is None:
            body = cache[(phase, n)] = plan.document(n, phase)
        return web.Response(body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8"})

    async def set_phase(request: web.Request) -> web.Response:
        phase = int(request.match_info["p"])
        for n in range(plan.feeds):  # built before the switch, so no poll waits for a build
            cache.setdefault((phase, n), plan.document(n, phase))
        state["phase"] = phase
        return web.Response(text="ok")

    async def main() -> None:
        for n in range(plan.feeds):
            cache[(0, n)] = plan.document(n, 0)
        app = web.Application()
        app.router.add_get("/feed/{n}", feed)
        app.router.add_post("/phase/{p}", set_phase)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        first = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await first.start()
        port = first._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        for host in range(2, HOSTS + 1):
            await web.TCPSite(runner, f"127.0.0.{host}", port, backlog=1024).start()
        conn.send(port)
        await asyncio.Event().wait()

    asyncio.run(main())


def feed_url(port: int, feed: int) -> str:
    return f"http://127.0.0.{feed % HOSTS + 1}:{port}/feed/{feed}"


# -- CPU accounting from /proc -------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _cpu(pid: int) -> float:
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / TICK if fields else 0.0


def _all_pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _descendants(roots: set[int]) -> set[int]:
    parents = {}
    for pid in _all_pids():
        fields = _stat(pid)
        if fields:
            parents[pid] = int(fields[1])
    found = set(roots)
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return found


def _backends(database: str) -> set[int]:
    found = set()
    for pid in _all_pids():
        with contextlib.suppress(OSError):
            if database.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.add(pid)
    return found


def _machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    total = sum(values)
    return (total - values[3] - values[4]) / TICK, total / TICK


@dataclass
class CpuSample:
    at: float
    groups: dict[str, dict[int, float]]
    machine: tuple[float, float]


def cpu_sample(replicas: list[int], farm_pid: int, database: str) -> CpuSample:
    groups = {
        "replicas": {pid: _cpu(pid) for pid in _descendants(set(replicas))},
        "postgres": {pid: _cpu(pid) for pid in _backends(database)},
        "farm": {farm_pid: _cpu(farm_pid)},
        "bench": {os.getpid(): _cpu(os.getpid())},
    }
    return CpuSample(time.monotonic(), groups, _machine())


def cpu_between(a: CpuSample, b: CpuSample) -> dict[str, float]:
    """CPU seconds per group between two samples (a process gone by `b` is not counted)."""
    spent = {name: sum(cpu - a.groups[name].get(pid, 0.0) for pid, cpu in pids.items())
             for name, pids in b.groups.items()}
    busy, total = b.machine[0] - a.machine[0], b.machine[1] - a.machine[1]
    spent["machine_busy"] = busy
    spent["other"] = max(0.0, busy - sum(spent[k] for k in ("replicas", "postgres", "farm", "bench")))
    spent["busy_share"] = busy / total if total else 0.0
    spent["wall"] = b.at - a.at
    return spent


# -- the database --------------------------------------------------------------------------

def db_url(admin: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin).set(database=name).render_as_string(hide_password=False)


async def admin_sql(admin: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin.replace("postgresql+asyncpg://", "postgresql://"), timeout=10)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def prepare_template(admin: str, name: str, plan: Plan, farm_port: int) -> None:
    """Schema, the feeds (none due), the channels' subscriptions: what every configuration starts from."""
    from bot.alerting.subscriptions import SubscriptionStore
    from bot.app.database import migrate
    from bot.model import Channel
    from feeds.catalog import FeedSpec
    from feeds.store import FeedStore
    from sokbo.db import make_engine

    await admin_sql(admin, f'CREATE DATABASE "{name}"')
    engine = make_engine(db_url(admin, name))
    try:
        await migrate(engine)
        await FeedStore(engine).sync_definitions(
            [FeedSpec(id=f"f{n}", url=feed_url(farm_port, n), outlet=OUTLET, interval=timedelta(hours=1))
             for n in range(plan.feeds)], first_poll_spread=timedelta(0))
        store = SubscriptionStore(engine)
        for channel in range(plan.channels):
            await store.subscribe(Channel("slack", plan.channel_id(channel)),
                                  plan.rule_id(plan.rule_of_channel(channel)))
    finally:
        await engine.dispose()
    conn = await _connect(db_url(admin, name))
    try:
        await conn.execute("UPDATE feeds SET next_poll_at = now() + interval '30 days'")
    finally:
        await conn.close()


async def _connect(url: str) -> Any:
    import asyncpg

    return await asyncpg.connect(url, timeout=10)


# -- the replicas --------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(path: Path, url: str, rules: Path, plan: Plan, farm_port: int, chat_api: str,
                 metrics_port: int, args: argparse.Namespace) -> None:
    path.write_text("\n".join([
        f"database_url: {url}", "default_catalog: false", f"rules: [{rules}]",
        "fetch: {allow_hosts: [127.0.0.0/8]}",
        f"scheduler: {{tick: 1s, jitter: 0.1, max_concurrent: {args.max_concurrent}, parse_workers: 1}}",
        f"delivery: {{max_channels: {args.max_channels or plan.channels}}}",
        f"slack: {{mode: http, port: 0, api_url: '{chat_api}'}}",
        f"metrics: {{port: {metrics_port}}}",
        "feeds:",
        *[f'  - {{id: f{n}, url: "{feed_url(farm_port, n)}", outlet: {OUTLET}, interval: 3600s}}'
          for n in range(plan.feeds)],
    ]) + "\n", encoding="utf-8")


def start_replica(config: Path, log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SOKBO_", "SLACK_", "DISCORD_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env.update(SOKBO_CONFIG=str(config), PYTHONUNBUFFERED="1", SLACK_BOT_TOKEN="xoxb-bench",
               SLACK_SIGNING_SECRET="bench-secret", SOKBO_LOG_LEVEL="INFO", PYTHONFAULTHANDLER="1")
    return subprocess.Popen([sys.executable, "-m", "bot.app.cli", "run"], stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True)


def stop_replicas(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(35)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # its own session: the replica and its parse worker
            process.wait(10)


def ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


# -- counting posts ------------------------------------------------------------------------

@dataclass
class Tally:
    """The chat server's posts, read incrementally: (channel, alert article) -> count."""

    pairs: Counter[tuple[str, int]] = field(default_factory=Counter)
    other: int = 0  # posts that announce no alert article of this plan (stored items alerted: a bug)
    last_at: float = 0.0
    seen: int = 0

    def update(self, chat: Any) -> None:
        posted = chat.posted[self.seen:]
        self.seen += len(posted)
        for post in posted:
            found = ALERT_LINK.search(str(post.payload))
            if found is None:
                self.other += 1
            else:
                self.pairs[(post.channel, int(found.group(1)))] += 1
            self.last_at = max(self.last_at, post.at)


async def wait_until(check: Any, deadline: float, every: float = 0.2) -> bool:
    while time.time() < deadline:
        if await check():
            return True
        await asyncio.sleep(every)
    return False


# -- one configuration ---------------------------------------------------------------------

async def run_config(replicas: int, args: argparse.Namespace, plan: Plan, template: str, farm_port: int,
                     farm_pid: int, chat: Any, workdir: Path) -> dict[str, Any]:
    name = f"sokbo_bench_{uuid.uuid4().hex[:8]}_r{replicas}"
    url = db_url(args.admin_url, name)
    result: dict[str, Any] = {"replicas": replicas, "database": name}
    await admin_sql(args.admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    processes: list[subprocess.Popen[bytes]] = []
    logs = workdir / f"logs-{replicas}"
    logs.mkdir(parents=True, exist_ok=True)
    conn = None
    ports: list[int] = []
    try:
        _post(f"http://127.0.0.1:{farm_port}/phase/0")
        chat.posted.clear()
        chat.calls.clear()
        chat.requests.clear()
        for number in range(replicas):
            ports.append(free_port())
            config = workdir / f"sokbo-{replicas}-{number}.yaml"
            write_config(config, url, workdir / "rules.yaml", plan, farm_port, chat.url("/slack/api/"),
                         ports[-1], args)
            processes.append(start_replica(config, logs / f"replica{number}.log", workdir))
        started = time.time()
        while not all(ready(port) for port in ports):
            dead = [p for p in processes if p.poll() is not None]
            if dead or time.time() - started > 120:
                raise RuntimeError(f"replicas not ready (exited: {len(dead)}); see {logs}")
            await asyncio.sleep(0.2)
        result["startup"] = time.time() - started
        conn = await _connect(url)
        pids = [p.pid for p in processes]
        tally = Tally()
        idle = cpu_sample(pids, farm_pid, name)
        await asyncio.sleep(args.idle)  # what the replicas spend doing nothing: claims that find nothing
        result["cpu_idle"] = cpu_between(idle, cpu_sample(pids, farm_pid, name))

        # Phase A: every feed due now; until every one is polled, stored and matched.
        xacts0 = await transactions(conn, name)
        t0 = datetime.now(UTC)
        cpu0 = cpu_sample(pids, farm_pid, name)
        await conn.execute("UPDATE feeds SET next_poll_at = now() - interval '1 second'")
        deadline = time.time() + args.timeout

        async def polled_a() -> bool:
            done = await conn.fetchval("SELECT count(*) FROM feeds WHERE last_success_at >= $1", t0)
            if done < plan.feeds:
                return False
            result.setdefault("cycle_polled", (datetime.now(UTC) - t0).total_seconds())
            return await conn.fetchval("SELECT count(*) FROM matches") >= plan.feeds

        result["cycle_done"] = await wait_until(polled_a, deadline)
        result["cycle"] = (datetime.now(UTC) - t0).total_seconds()
        result["cpu_a"] = cpu_between(cpu0, cpu_sample(pids, farm_pid, name))
        result["failures_a"] = await conn.fetchval("SELECT count(*) FROM feeds WHERE last_error_at >= $1", t0)
        result["articles_a"] = await conn.fetchval("SELECT count(*) FROM articles")
        await asyncio.sleep(1.0)  # room for a wrong alert of a stored item to show up (and for stats to flush)
        result["xacts_a"] = await transactions(conn, name) - xacts0
        tally.update(chat)
        result["unexpected_a"] = tally.other + sum(tally.pairs.values())

        # Phase B: new items everywhere, every feed due now; until every alert is posted.
        expected = plan.expected()
        _post(f"http://127.0.0.1:{farm_port}/phase/1")
        xacts1 = await transactions(conn, name)
        t1 = datetime.now(UTC)
        cpu1 = cpu_sample(pids, farm_pid, name)
        await conn.execute("UPDATE feeds SET next_poll_at = now() - interval '1 second'")
        deadline = time.time() + args.timeout

        async def delivered() -> bool:
            if "cycle_b" not in result:
                done = await conn.fetchval("SELECT count(*) FROM feeds WHERE last_success_at >= $1", t1)
                if done >= plan.feeds:
                    result["cycle_b"] = (datetime.now(UTC) - t1).total_seconds()
            tally.update(chat)
            return len(expected & set(tally.pairs)) >= len(expected) and "cycle_b" in result

        result["delivered"] = await wait_until(delivered, deadline)
        result["delivery"] = (tally.last_at - t1.timestamp()) if tally.last_at else float("nan")
        result["cpu_b"] = cpu_between(cpu1, cpu_sample(pids, farm_pid, name))
        waiting = "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending', 'held')"
        await wait_until(lambda: _zero(conn, waiting), time.time() + 10)
        await asyncio.sleep(args.settle)  # room for a repeat to show up
        result["xacts_b"] = await transactions(conn, name) - xacts1
        tally.update(chat)
        result["duplicates"] = sum(n - 1 for n in tally.pairs.values() if n > 1)
        result["losses"] = len(expected - set(tally.pairs))
        result["unexpected"] = tally.other + len(set(tally.pairs) - expected)
        result["posted"] = sum(tally.pairs.values()) + tally.other
        result["rejected_429"] = sum(1 for path, _ in chat.calls if path.endswith("chat.postMessage")) - len(chat.posted)
        result["outbox"] = dict(await conn.fetch("SELECT status, count(*) FROM outbox GROUP BY status"))
        result["waiting"] = await conn.fetchval(waiting)
        result["article_repeats"] = await conn.fetchval("SELECT count(*) - count(DISTINCT url) FROM articles")
        result["match_repeats"] = await conn.fetchval(
            "SELECT count(*) - count(DISTINCT (rule_id, article_id)) FROM matches")
        result["split"] = [scrape(port) for port in ports]
    finally:
        if conn is not None:
            await conn.close()
        stop_replicas(processes)
        result["log"] = summarize_logs(logs)
        with contextlib.suppress(Exception):
            await admin_sql(args.admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return result


async def transactions(conn: Any, database: str) -> int:
    """Transactions PostgreSQL counted in the database so far (its statistics lag by about a second)."""
    await conn.execute("SELECT pg_stat_clear_snapshot()")
    return int(await conn.fetchval("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1",
                                   database))


async def _zero(conn: Any, sql: str) -> bool:
    return int(await conn.fetchval(sql)) == 0


def scrape(port: int) -> dict[str, float]:
    """A replica's own counters (/metrics): polls done and alerts sent, to see how work split."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
            page = response.read().decode()
    except OSError:
        return {}
    found = {}
    for name, pattern in (("polls", r'^sokbo_polls_total\{result="ok"\} (\S+)'),
                          ("sent", r'^sokbo_alerts_total\{result="sent"\} (\S+)'),
                          ("retried", r'^sokbo_alerts_total\{result="retried"\} (\S+)')):
        match = re.search(pattern, page, re.M)
        found[name] = float(match.group(1)) if match else 0.0
    return found


def _post(url: str) -> None:
    with urllib.request.urlopen(urllib.request.Request(url, method="POST"), timeout=60) as response:
        response.read()


def summarize_logs(logs: Path) -> dict[str, Any]:
    """Warnings and errors in the replicas' logs, by message shape (numbers and ids blanked)."""
    shapes: Counter[str] = Counter()
    examples: dict[str, str] = {}
    tracebacks = 0
    for path in sorted(logs.glob("*.log")):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("Traceback"):
                tracebacks += 1
            if "WARNING" in line or "ERROR" in line or "CRITICAL" in line:
                shape = re.sub(r"\d+(\.\d+)?", "N", line.split(" - ", 1)[-1])[:160]
                shape = re.sub(r"\b(CB|f)N\b", r"\1N", shape)
                shapes[shape] += 1
                examples.setdefault(shape, f"{path.name}: {line[:300]}")
    return {"tracebacks": tracebacks, "shapes": shapes, "examples": examples, "dir": str(logs)}


# -- report --------------------------------------------------------------------------------

def floor_seconds(plan: Plan, replicas: int, max_channels: int) -> float:
    """What the per-channel pace alone imposes: waves of max_channels channels per replica,
    each channel posting per_channel alerts one second apart."""
    waves = math.ceil(plan.channels / (replicas * max_channels))
    return waves * (plan.per_channel - 1) * 1.0


def report(results: list[dict[str, Any]], plan: Plan, args: argparse.Namespace, elapsed: float) -> None:
    base = results[0]
    max_channels = args.max_channels or plan.channels
    print()
    print(f"replicas benchmark: {plan.feeds} feeds on {HOSTS} loopback hosts ({plan.items} items each at the first "
          f"poll); {plan.alerts} alerts = {plan.articles} alert-worthy articles x {plan.fanout} channels each, "
          f"{plan.channels} Slack channels x {plan.per_channel} alerts, {plan.rules} keyword rules; "
          f"PostgreSQL {args.admin_url.rsplit('@', 1)[-1].rsplit('/', 1)[0]}; {os.cpu_count()} cores; "
          f"per replica: max_concurrent {args.max_concurrent}, 1 parse worker, max_channels {max_channels}")
    print("Slack pace: sokbo posts at most 1 msg/s per channel; the chat server "
          + (f"answers 429 below {args.slack_pace:g} s" if args.slack_pace else "does not enforce it")
          + "; floor from the pace alone: "
          + ", ".join(f"{floor_seconds(plan, r['replicas'], max_channels):.0f} s ({r['replicas']} replica"
                      + ("s)" if r["replicas"] > 1 else ")") for r in results)
          + "; a delivery time well above it measures sokbo's own work, not the rate limit")
    import bot

    print(f"sokbo measured: {Path(bot.__file__).parent.parent} (each replica: {sys.executable} -m bot.app.cli run)")
    print(f"baseline: the {base['replicas']}-replica figures (same run, same machine); ideal speed-up: "
          + ", ".join(f"{r['replicas'] / base['replicas']:.2f}x for {r['replicas']}" for r in results[1:]))
    print()
    head = (f"{'configuration':<13} {'poll cycle s':>12} {'speed-up':>8} {'2nd cycle s':>11} {'delivery s':>10} "
            f"{'alerts/s':>8} {'speed-up':>8} {'dup':>4} {'lost':>5} {'unexp':>5} {'outbox left':>11}")
    print(head)
    print("-" * len(head))
    for r in results:
        rate = plan.alerts / r["delivery"] if r.get("delivered") and r["delivery"] > 0 else float("nan")
        base_rate = (plan.alerts / base["delivery"] if base.get("delivered") and base["delivery"] > 0
                     else float("nan"))
        label = f"{r['replicas']} replica" + ("s" if r["replicas"] > 1 else "")
        up_a = "baseline" if r is base else f"{base['cycle'] / r['cycle']:.2f}x"
        up_b = "baseline" if r is base else f"{rate / base_rate:.2f}x"
        cycle = f"{r['cycle']:.1f}" + ("" if r["cycle_done"] else "!")
        print(f"{label:<13} {cycle:>12} {up_a:>8} {r.get('cycle_b', float('nan')):>11.1f} "
              f"{r['delivery']:>10.1f}{'' if r['delivered'] else '!'} {rate:>8.1f} {up_b:>8} "
              f"{r['duplicates']:>4} {r['losses']:>5} {r['unexpected'] + r['unexpected_a']:>5} {r['waiting']:>11}")
    print("  poll cycle: all feeds due at once -> every feed polled, its items stored and matched (first poll, "
          "no alerts); 2nd cycle: the same with new items, part of the delivery time; delivery: from the feeds' "
          "switch to new items until the last alert was posted; alerts/s = alerts / delivery; '!' = timed out")
    # The speed-up this machine allows: cores the baseline left idle are all that more replicas can add.
    ceilings = [f"{phase} {1 / base[key]['busy_share']:.2f}x (baseline kept {base[key]['busy_share']:.0%} busy)"
                for phase, key in (("poll cycle", "cpu_a"), ("delivery", "cpu_b")) if base[key]["busy_share"] > 0]
    if ceilings:
        print(f"  ceiling on this machine ({os.cpu_count()} cores shared with PostgreSQL, the farm and the chat "
              f"server): {', '.join(ceilings)}; past it more replicas only queue for the same cores")
    print()
    for r in results:
        label = f"{r['replicas']} replica" + ("s" if r["replicas"] > 1 else "")
        for phase, key, per in (("poll cycle", "cpu_a", "{:.1f} ms per feed"),
                                ("delivery", "cpu_b", "{:.1f} ms per alert, 2nd cycle included")):
            c = r[key]
            unit = per.format(1000 * c["replicas"] / (plan.feeds if key == "cpu_a" else plan.alerts))
            print(f"{label:<11} {phase:<10} CPU s: replicas {c['replicas']:.1f} ({unit}), "
                  f"PostgreSQL {c['postgres']:.1f}, "
                  f"feed farm {c['farm']:.1f}, chat server {c['bench']:.1f}, other processes {c['other']:.1f}; "
                  f"machine busy {c['busy_share']:.0%} of {os.cpu_count()} cores over {c['wall']:.1f} s")
    for r in results:
        label = f"{r['replicas']} replica" + ("s" if r["replicas"] > 1 else "")
        c = r["cpu_idle"]
        print(f"{label:<11} idle       CPU s: replicas {c['replicas']:.2f} over {c['wall']:.1f} s "
              f"({100 * c['replicas'] / c['wall'] / r['replicas']:.1f}% of a core per replica), "
              f"PostgreSQL {c['postgres']:.2f}")
    print()
    for r in results:
        label = f"{r['replicas']} replica" + ("s" if r["replicas"] > 1 else "")
        print(f"{label}: PostgreSQL transactions: poll cycle {r['xacts_a']} ({r['xacts_a'] / plan.feeds:.1f} per feed), "
              f"delivery phase {r['xacts_b']} ({r['xacts_b'] / plan.alerts:.1f} per alert, 2nd cycle and idle "
              f"loops included)")
        print(f"  start-up {r['startup']:.1f} s; polled (stored) before matched {r.get('cycle_polled', 0):.1f} s; "
              f"feed failures in the cycle {r['failures_a']}; articles stored {r['articles_a']}; posts {r['posted']}, "
              f"429s {r['rejected_429']}; outbox {r['outbox']}; repeated articles {r['article_repeats']}, "
              f"repeated matches {r['match_repeats']}")
        if r.get("split"):
            print("  per replica (own /metrics, both phases): polls ok "
                  + " / ".join(f"{s.get('polls', 0):.0f}" for s in r["split"]) + "; alerts sent "
                  + " / ".join(f"{s.get('sent', 0):.0f}" for s in r["split"]) + "; retried "
                  + " / ".join(f"{s.get('retried', 0):.0f}" for s in r["split"]))
        log = r["log"]
        total = sum(log["shapes"].values())
        print(f"  replica logs: {total} warning/error lines, {log['tracebacks']} tracebacks"
              + (f" (kept in {log['dir']})" if args.logs else ""))
        for shape, count in log["shapes"].most_common(4):
            print(f"    {count:>5} x {log['examples'][shape][:240]}")
    ok = all(r["duplicates"] == 0 and r["losses"] == 0 and r["unexpected"] + r["unexpected_a"] == 0
             and r["waiting"] == 0 and r["delivered"] for r in results)
    print()
    print(f"duplicates {sum(r['duplicates'] for r in results)}, losses {sum(r['losses'] for r in results)} over "
          f"all configurations: {'OK' if ok else 'NOT OK'}; whole run {elapsed:.0f} s")


# -- main ----------------------------------------------------------------------------------

async def amain(args: argparse.Namespace) -> int:
    from tests.chatserver import ChatServer

    main_task = asyncio.current_task()
    assert main_task is not None
    # SIGTERM cleans up as Ctrl-C does: the replicas stopped, the databases dropped, the farm ended.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, main_task.cancel)

    plan = Plan(feeds=args.feeds, items=args.items, alerts=args.alerts, per_channel=args.per_channel,
                fanout=args.fanout, base=time.time() - 60)
    if plan.alerts % plan.per_channel or plan.channels % plan.fanout or plan.rules == 0:
        raise SystemExit(f"--alerts {plan.alerts} must be a multiple of --per-channel x --fanout "
                         f"({plan.per_channel * plan.fanout})")
    configs = [int(c) for c in args.configs.split(",")]
    began = time.time()
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    farm_process = ctx.Process(target=farm, args=(plan, send), daemon=True, name="feed-farm")
    farm_process.start()
    chat = None
    template = f"sokbo_bench_tpl_{uuid.uuid4().hex[:8]}"
    template_made = False
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="sokbo-bench-") as tmp:
        workdir = Path(args.logs) if args.logs else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        try:
            if not receive.poll(120):
                raise SystemExit("feed farm did not start")
            farm_port = receive.recv()
            chat = ChatServer(slack_min_interval=args.slack_pace).start()
            (workdir / "rules.yaml").write_text(plan.rules_yaml(), encoding="utf-8")
            template_made = True
            await prepare_template(args.admin_url, template, plan, farm_port)
            print(f"prepared: {plan.feeds} feeds, {plan.channels} channels, {plan.rules} rules "
                  f"({time.time() - began:.0f} s)", flush=True)
            for replicas in configs:
                result = await run_config(replicas, args, plan, template, farm_port, farm_process.pid or 0,
                                          chat, workdir)
                results.append(result)
                print(f"{replicas} replica(s): poll cycle {result['cycle']:.1f} s, delivery "
                      f"{result['delivery']:.1f} s ({time.time() - began:.0f} s so far)", flush=True)
        finally:
            if chat is not None:
                chat.stop()
            farm_process.terminate()
            farm_process.join(10)
            if template_made:
                with contextlib.suppress(Exception):
                    await admin_sql(args.admin_url, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        report(results, plan, args, time.time() - began)
    ok = all(r["duplicates"] == 0 and r["losses"] == 0 and r["delivered"] for r in results)
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=3000)
    parser.add_argument("--alerts", type=int, default=5000)
    parser.add_argument("--per-channel", type=int, default=5, help="alerts per channel (channels = alerts / this)")
    parser.add_argument("--fanout", type=int, default=10, help="channels subscribed to each rule")
    parser.add_argument("--items", type=int, default=3, help="items per feed at the first poll")
    parser.add_argument("--configs", default="1,3", help="replica counts, the first is the baseline")
    parser.add_argument("--max-concurrent", type=int, default=64, help="scheduler.max_concurrent per replica")
    parser.add_argument("--max-channels", type=int, default=0,
                        help="delivery.max_channels per replica (default: the channel count)")
    parser.add_argument("--slack-pace", type=float, default=1.0,
                        help="seconds between posts to one channel the chat server enforces (0: none)")
    parser.add_argument("--timeout", type=float, default=400.0, help="seconds each phase may take")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idle replicas measured before the cycle")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait for repeats after the last post")
    parser.add_argument("--admin-url", default=os.environ.get("SOKBO_TEST_POSTGRES_URL",
                                                              "postgresql://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--logs", help="keep configs and replica logs in this directory")
    args = parser.parse_args()
    try:
        code_ = asyncio.run(amain(args))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted: replicas stopped, benchmark databases dropped", file=sys.stderr)
        code_ = 130
    sys.exit(code_)


if __name__ == "__main__":
    main()
