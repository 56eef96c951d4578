"""Benchmark: start-up of the `sokbo` command, whole process, against eager imports.

Issue #11: `sokbo --help` took about 1.4 s and `sokbo match` on one article about 1.9 s,
nearly all of it importing the database layer, the feed pipeline and the services behind
`sokbo run`, which these commands never use. Each command now imports what it needs when
it runs. Measured in one run, each command started `--runs` times (default 5) as a fresh
Python process (`python -c "from bot.app.cli import main; main()" ARGS`, this checkout on
PYTHONPATH; bytecode cached, as for an installed copy, after one uncounted warm-up run),
median wall time from start to exit (and CPU time, which a busy machine inflates less):
  1. sokbo --help
  2. sokbo rules check FILE        (FILE: the bundled example rules, rules/examples/watch.yaml)
  3. sokbo match --rules FILE --input ARTICLE   (one small article as a JSON line)
  4. sokbo match --input ARTICLE with the rules named by a config file (no target: loading a
     config validates database_url with SQLAlchemy and builds the feed settings, so it still
     imports the feed pipeline; shown so that cost is not hidden)
The baseline, in the same run and interleaved with it, is the same command in the same way,
in a process that first imports every module bot/app/cli.py imported at module level before
issue #11 (EAGER below: bot.app.wiring, bot.commands.verbs, bot.app.config, bot.app.database, bot.app.retention,
bot.alerting.wording, feeds.poller, feeds.records, feeds.store, rules.engine, rules.loader, rules.model,
sokbo.db, sokbo.yamlconf, asyncio): what each command cost then. (The Slack and Discord clients were already imported only by
`sokbo run`; the baseline, like the old code, does not import them.) The output of each
command is checked to be the same with and without the eager imports.
Targets (issue #11): --help and `rules check` < 0.3 s, `match` on one article < 0.6 s.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_RULES = ROOT / "rules" / "examples" / "watch.yaml"
# What `import bot.app.cli` loaded before issue #11: the module-level imports of bot/app/cli.py then.
EAGER = ("asyncio", "bot.alerting.wording", "bot.app.wiring", "bot.commands.verbs", "bot.app.config", "bot.app.database", "bot.app.retention",
         "feeds.poller", "feeds.records", "feeds.store", "rules.engine", "rules.loader", "rules.model",
         "sokbo.db", "sokbo.yamlconf")
RUN_CLI = "import sys; from bot.app.cli import main; sys.exit(main())"
ARTICLE = {
    "id": "startup-1", "feed": "bench", "outlet": "벤치마크", "url": "https://bench.example.kr/1",
    "title": "카카오, 새 AI 연합체서 빠져",
    "summary": "국내 AI 기업들이 모인 '한빛AI얼라이언스'가 출범했지만 회원 명단에 카카오가 빠졌다.",
    "body": "국내 AI 기업들이 모인 '한빛AI얼라이언스'가 출범했지만 회원 명단에 카카오가 빠졌다.\n"
            "네이버는 새 모델의 공개일을 9월 12일로 확정했다.",
    "published": "2024-07-15T10:00:00+09:00",
}


def timed(code: str, args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time and CPU time of one whole process running `code` with `args`, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", check=False, timeout=120)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"sokbo {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="processes per command and variant (default 5)")
    args = parser.parse_args()
    eager = f"import {', '.join(EAGER)}; {RUN_CLI}"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        article = work / "article.jsonl"
        article.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
        config = work / "sokbo.yaml"  # a database in the temp dir: nothing is made in the user's data directory
        config.write_text(f"database_url: sqlite:///{work / 'bench.db'}\nrules: [{json.dumps(str(EXAMPLE_RULES))}]\n",
                          encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        for name in ("SOKBO_CONFIG", "SOKBO_DATABASE_URL", "SOKBO_LOG_LEVEL", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        # Bytecode cached as an installed copy has it, in the temp dir rather than the checkout.
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        commands: list[tuple[str, list[str], float | None]] = [
            ("sokbo --help", ["--help"], 0.3),
            ("sokbo rules check (example rules)", ["rules", "check", str(EXAMPLE_RULES)], 0.3),
            ("sokbo match --rules, one article", ["match", "--rules", str(EXAMPLE_RULES), "--input", str(article)], 0.6),
            ("sokbo match, rules from config", ["--config", str(config), "match", "--input", str(article)], None),
        ]
        print(f"start-up, whole process, median of {args.runs} ({os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.2f} at start)")
        print(f"  {'command':<36} {'now':>7} {'target':>8} {'eager':>7} {'speed-up':>9}   cpu now / eager")
        misses = 0
        for label, argv, target in commands:
            lazy_times, eager_times, lazy_cpu, eager_cpu = [], [], [], []
            timed(eager, argv, work, env)  # warm-up, not counted: compiles and caches the bytecode
            for _ in range(args.runs):  # interleaved, so a change in machine load hits both alike
                elapsed, cpu, lazy_out = timed(RUN_CLI, argv, work, env)
                lazy_times.append(elapsed)
                lazy_cpu.append(cpu)
                elapsed, cpu, eager_out = timed(eager, argv, work, env)
                eager_times.append(elapsed)
                eager_cpu.append(cpu)
                if lazy_out != eager_out:
                    raise SystemExit(f"{label}: output differs with the eager imports:\n{lazy_out}\n---\n{eager_out}")
            now, before = statistics.median(lazy_times), statistics.median(eager_times)
            verdict = "" if target is None else ("ok" if now < target else "MISSED")
            misses += verdict == "MISSED"
            target_text = "-" if target is None else f"< {target:.1f} s"
            print(f"  {label:<36} {now:>5.2f} s {target_text:>8} {before:>5.2f} s {before / now:>8.1f}x   "
                  f"{statistics.median(lazy_cpu):.2f} / {statistics.median(eager_cpu):.2f} s  {verdict}")
        print("  eager: the same command after importing what bot/app/cli.py imported at module level before #11")
        print("  cpu: median user+system time of the process; wall time above it means the machine was busy")
        print("  targets: --help and rules check < 0.3 s; match on one article < 0.6 s"
              + (f"   ({misses} missed)" if misses else ""))


if __name__ == "__main__":
    main()
