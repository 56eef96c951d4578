"""Hostile input, run against the real code: does any of it crash sokbo or take too much?

Issue #9 ("make it a habit"). Each case runs in a fresh process (so one case's memory is
not the next one's) through the entry point an attacker or a careless edit reaches:
feed documents through `parse_document`, rule files through `load_rules`, settings
through `load_config`. A case is

  handled   the code answered (items parsed, or a clear refusal / located problem),
  crashed   an exception escaped, or the process died,
  over      it answered but past its bound: 10 s of wall time or 250 MB peak RSS.

Printed per class: handled / crashed / over, the worst peak RSS and wall time. Keep it
growing: every hostile input a test or a user finds belongs here too.

    python bench/hostile.py
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TIME_BOUND_S = 10.0
RSS_BOUND_MB = 250.0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _item(title: str, guid: str = "g", date: str = "Mon, 15 Jul 2024 09:00:00 +0900") -> str:
    return f"<item><title>{title}</title><link>https://e.kr/{abs(hash(guid)) % 10**6}</link><guid>{guid}</guid>" \
           f"<pubDate>{date}</pubDate></item>"


GOOD = "GOODITEM"  # the guid of each feed's one good item; made unique per feed in the `sokbo run` pass


def _rss(items: str, head: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    good = f"<item><title>멀쩡한 기사</title><link>https://e.kr/{GOOD}</link><guid>{GOOD}</guid>" \
           "<pubDate>Mon, 15 Jul 2024 09:00:00 +0900</pubDate></item>"
    # The good item first, as the newest: a feed's first fetch.max_items items are the ones kept.
    return (head + f'<rss version="2.0"><channel><title>t</title>{good}{items}</channel></rss>').encode()


def feed_cases() -> dict[str, bytes]:
    laughs = "\n".join(['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">'
                                                   for n in range(1, 10)])
    flat = '<!ENTITY big "' + "A" * 100_000 + '">'
    return {
        "billion laughs": _rss(_item("&l9;"), f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{laughs}\n]>\n'),
        "flat entities, 3 MB": _rss(_item("&big;" * 600_000), f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{flat}\n]>\n'),
        "unterminated DOCTYPE": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"A" * 10_000,
        "date 9999-12-31": _rss(_item("미래", "d1", "Fri, 31 Dec 9999 23:59:59 +0000")),
        "date 0001-01-01": _rss(_item("과거", "d2", "0001-01-01T00:00:00")),
        "date -1400 zone": _rss(_item("시간대", "d3", "9999-12-31T00:00:00-1400")),
        "char refs out of range": _rss(_item("&#99999999999;&#x110000;", "&#xD800;")),
        "NUL and surrogates": _rss(_item("a\x00b", "nul\x00guid")),
        # Bodies past fetch.max_bytes (8 MB by default) never reach the parser: the fetch refuses them.
        "8 MB title (the fetch cap)": _rss(_item("가" * 2_700_000)),
        "10,000 items": _rss("".join(_item(f"기사 {i}", f"g{i}") for i in range(10_000))),
        "CP949 labelled UTF-8": _rss(_item("카카오 소식")).replace("카카오 소식".encode(), "카카오 소식".encode("cp949")),
        "HTML page": b"<!doctype html><html><body>" + b"<p>x</p>" * 100_000 + b"</body></html>",
        "garbage bytes, 8 MB": bytes(range(256)) * 30_000,
        "nested 100,000 elements": _rss(_item("<b>" * 100_000 + "x" + "</b>" * 100_000)),
    }


def rule_cases() -> dict[str, str]:
    bomb = ["entities: {}", "x0: &b0 [a, a, a, a, a, a, a, a, a, a]"]
    bomb += [f"x{n}: &b{n} [" + ", ".join([f"*b{n - 1}"] * 10) + "]" for n in range(1, 9)]
    many = ["rules:"] + [f"  - {{id: r{i}, title: t, when: {{keyword: [단어{i}]}}}}" for i in range(20_000)]
    return {
        "aliases that multiply": "\n".join(bomb + ["rules: [{id: r, title: t, when: {all: [*b8]}}]"]) + "\n",
        "3,000 levels of nesting": "rules: " + "[" * 3000 + "]" * 3000 + "\n",
        "20,000 rules": "\n".join(many) + "\n",
        "catastrophic regex": "rules:\n  - {id: evil, title: t, when: {regex: '(a|aa)+$'}}\n",
        "duplicate ids": "rules:\n  - {id: a, title: t, when: {keyword: x}}\n  - {id: a, title: t, when: {keyword: y}}\n",
        "empty file": "",
        "not a mapping": "- just\n- a list\n",
        "tabs and syntax errors": "rules:\n\t- id: [unclosed\n",
        "binary": "\x00\x01\x02" * 1000,
    }


def article_cases() -> dict[str, str]:
    """Article texts through the event detectors: runs with no space, giant sentences, endless lists."""
    real = " 카카오는 '한빛협의회'에서 탈퇴했다."
    return {
        "20,000 chars, no space": "가" * 20_000 + real,
        "200,000 chars, no space": "가" * 200_000 + real,
        "50 runs of 1,990 chars": ("가" * 1_990 + ". ") * 50 + real,
        "20 contests, long rivals": ("카카오와 " + "나" * 1_500 + " 경쟁 끝에 선정. ") * 20,
        "one sentence of 5,000 names": "、".join(["카카오", "네이버", "KT"] * 1_700) + "가 탈락했다.",
        "10,000 short sentences": "카카오가 탈락했다. " * 10_000,
    }


def setting_cases() -> dict[str, str]:
    return {
        "backoff_cap: 1e400": "scheduler: {backoff_cap: 1e400}\n",
        "total_timeout: 1e300": "fetch: {total_timeout: 1e300}\n",
        "99999999999d": "scheduler: {backoff_cap: 99999999999d}\n",
        "tick: 0": "scheduler: {tick: 0}\n",
        "max_bytes: 1e400": "fetch: {max_bytes: 1e400}\n",
        "unknown keys": "fetchh: {}\nscheduler: {tik: 1s}\n",
        "feeds not a list": "feeds: 3\n",
    }


def _run_feed(data: bytes) -> str:
    from feeds.parse import parse_document
    from sokbo.timeutil import utcnow

    parsed = parse_document(data, {"content-type": "application/rss+xml; charset=utf-8"}, feed_id="h",
                            outlet="o", base_url="https://e.kr/", fetched_at=utcnow())
    if parsed.failure is not None:
        return f"refused: {parsed.failure.message[:60]}"
    return f"{len(parsed.articles)} items"


def _run_rules(text: str) -> str:
    from rules.loader import load_rules
    from sokbo.yamlconf import YamlProblems

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "watch.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            return f"{len(load_rules([path]).rules)} rules"
        except YamlProblems as exc:
            return f"refused: {str(exc.problems[0])[:60]}"


def _run_article(text: str) -> str:
    from rules.engine import Document, Engine
    from rules.loader import load_rules
    from sokbo.timeutil import utcnow
    from tests.rulekit import WATCH

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "watch.yaml"
        path.write_text(WATCH, encoding="utf-8")
        engine = Engine(load_rules([path]))
    events = engine.events(Document("h", "적대적 기사", text, published=utcnow()))
    return f"{len(events)} events"


def _run_settings(text: str) -> str:
    from bot.app.config import load_config
    from sokbo.yamlconf import YamlProblems

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sokbo.yaml"
        path.write_text("default_catalog: false\n" + text, encoding="utf-8")
        try:
            load_config(str(path))
            return "accepted"
        except YamlProblems as exc:
            return f"refused: {str(exc.problems[0])[:60]}"


def _child(run: Callable[[object], str], case: object, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    started = time.perf_counter()
    try:
        answer, crashed = run(case), False
    except BaseException as exc:  # noqa: BLE001 - a crash is what this bench counts
        answer, crashed = f"{type(exc).__name__}: {str(exc)[:80]}", True
    out.put((answer, crashed, time.perf_counter() - started, _rss_mb()))


@dataclass
class Outcome:
    name: str
    verdict: str
    answer: str
    seconds: float
    rss_mb: float


def run_case(run: Callable[[object], str], name: str, case: object) -> Outcome:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_child, args=(run, case, queue))
    started = time.perf_counter()
    process.start()
    process.join(TIME_BOUND_S * 3)
    if process.is_alive():
        process.kill()
        process.join()
        return Outcome(name, "over", "still running, killed", time.perf_counter() - started, float("nan"))
    if queue.empty():
        return Outcome(name, "crashed", f"process died (exit {process.exitcode})", time.perf_counter() - started,
                       float("nan"))
    answer, crashed, seconds, rss = queue.get()
    verdict = "crashed" if crashed else ("over" if seconds > TIME_BOUND_S or rss > RSS_BOUND_MB else "handled")
    return Outcome(name, verdict, answer, seconds, rss)


def _tree_rss_mb(pid: int) -> float:
    """Resident MB of a process and its children (the parse worker), from /proc."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            # Every thread's children: a parse worker is started from its pool's thread.
            children = [child for task in Path(f"/proc/{current}/task").iterdir()
                        for child in (task / "children").read_text().split()]
        except OSError:
            continue
        pids.extend(int(child) for child in children)
    return total / 1024


def run_pass(cases: dict[str, bytes], seconds: float = 30.0) -> bool:
    """`sokbo run` polling every hostile feed at once from a local server: it must stay up,
    stay under the RSS bound (parse worker included), and store every feed's good item."""
    import asyncio
    import sqlite3
    import subprocess
    import threading

    from aiohttp import web

    served = {f"/feed/{i}": data.replace(GOOD.encode(), f"good-{i}".encode()) for i, data in enumerate(cases.values())}
    app = web.Application()
    for route, data in served.items():
        app.router.add_get(route, lambda _r, data=data: web.Response(body=data, content_type="application/rss+xml"))
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    threading.Thread(target=loop.run_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "sokbo.yaml"
        feeds = "\n".join(f'  - {{id: h{i}, url: "http://127.0.0.1:{port}/feed/{i}", outlet: 적대적{i}, interval: 10s}}'
                          for i in range(len(served)))
        config.write_text(f"database_url: sqlite:///{tmp}/sokbo.db\ndefault_catalog: false\n"
                          f"fetch: {{allow_hosts: [127.0.0.1]}}\nscheduler: {{tick: 0.2s}}\nfeeds:\n{feeds}\n",
                          encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-c", "import sys; from bot.app.cli import main; sys.exit(main())",
                                    "--config", str(config), "run", "--for", f"{seconds:g}s"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                   cwd=Path(__file__).resolve().parent.parent)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, _tree_rss_mb(process.pid))
            time.sleep(0.2)
        stderr = process.stderr.read() if process.stderr else ""
        with sqlite3.connect(f"{tmp}/sokbo.db") as db:
            stored = {row[0].rsplit("/", 1)[-1] for row in db.execute("SELECT url FROM articles WHERE title = '멀쩡한 기사'")}
    loop.call_soon_threadsafe(loop.stop)
    expected = [(i, name) for i, (name, data) in enumerate(cases.items()) if GOOD.encode() in data]
    missing = [name for i, name in expected if f"good-{i}" not in stored]
    print(f"\nsokbo run over {len(served)} hostile feeds for {seconds:g} s: exit {process.returncode}, "
          f"peak RSS {peak:.0f} MB (with its parse worker, bound {RSS_BOUND_MB:g}), "
          f"good items stored {len(expected) - len(missing)}/{len(expected)}")
    for name in missing:
        print(f"  missing the good item of: {name}")
    if process.returncode != 0:
        print("  " + "\n  ".join(stderr.strip().splitlines()[-5:]))
    return process.returncode == 0 and peak <= RSS_BOUND_MB and not missing


def main() -> None:
    classes: list[tuple[str, Callable[[object], str], dict[str, object]]] = [
        ("feed documents", _run_feed, dict(feed_cases())),  # type: ignore[list-item]
        ("rule files", _run_rules, dict(rule_cases())),  # type: ignore[list-item]
        ("settings", _run_settings, dict(setting_cases())),  # type: ignore[list-item]
        ("article texts", _run_article, dict(article_cases())),  # type: ignore[list-item]
    ]
    print(f"bounds: {TIME_BOUND_S:g} s wall time, {RSS_BOUND_MB:g} MB peak RSS per case")
    totals = {"handled": 0, "crashed": 0, "over": 0}
    for title, run, cases in classes:
        outcomes = [run_case(run, name, case) for name, case in cases.items()]
        counts = {verdict: sum(o.verdict == verdict for o in outcomes) for verdict in totals}
        for verdict, count in counts.items():
            totals[verdict] += count
        worst_rss = max((o.rss_mb for o in outcomes if o.rss_mb == o.rss_mb), default=0.0)
        worst_s = max(o.seconds for o in outcomes)
        print(f"\n{title}: handled {counts['handled']}, crashed {counts['crashed']}, over {counts['over']}; "
              f"worst peak RSS {worst_rss:.0f} MB, worst wall time {worst_s:.2f} s")
        for o in outcomes:
            print(f"  {o.verdict:8} {o.name:26} {o.seconds:6.2f} s {o.rss_mb:6.0f} MB  {o.answer}")
    print(f"\ntotal: handled {totals['handled']}, crashed {totals['crashed']}, over {totals['over']}")
    stayed_up = run_pass(feed_cases())
    sys.exit(1 if totals["crashed"] or totals["over"] or not stayed_up else 0)


if __name__ == "__main__":
    main()
