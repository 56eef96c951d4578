"""Start-up (issue #11): a command imports what it needs when it runs.

`sokbo --help`, the rule tools and `sokbo match --rules` must not load the chat clients, the
database layer, the HTTP client or the scheduler; that is what kept them at 1.4 to 1.9 s. The
bound asserted here is on what gets imported, not on wall time (bench/startup.py measures that).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rules import EXAMPLE_RULES

ROOT = Path(__file__).resolve().parent.parent
# Libraries only `sokbo run` and the store-backed commands need.
HEAVY = ("slack_bolt", "slack_sdk", "discord", "sqlalchemy", "alembic", "aiohttp", "prometheus_client",
         "apscheduler", "asyncpg", "aiosqlite", "feedparser")
# Runs a command in a fresh interpreter; reports its exit code and which of `tops` it imported.
PROBE = """
import contextlib, io, json, sys
from bot.app.cli import main
argv, tops = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "imported": sorted({m.split(".")[0] for m in sys.modules} & tops)}))
"""


def imported_by(argv: list[str], tops: tuple[str, ...], cwd: Path) -> tuple[int, list[str]]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SOKBO_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))  # this checkout
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(tops)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=True, timeout=60)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["code"], report["imported"]


def test_help_imports_only_argument_parsing(tmp_path: Path) -> None:
    code, imported = imported_by(["--help"], (*HEAVY, "pydantic", "ruamel", "asyncio"), tmp_path)
    assert code == 0
    assert imported == []


def test_a_subcommands_help_loads_nothing_heavy(tmp_path: Path) -> None:
    code, imported = imported_by(["run", "--help"], HEAVY, tmp_path)
    assert (code, imported) == (0, [])


@pytest.mark.parametrize("argv", [
    ["rules", "check", str(EXAMPLE_RULES)],
    ["rules", "schema"],
    ["rules", "test", "--rules", str(EXAMPLE_RULES), "--text", "카카오, 새 LLM 공개\n카카오가 LLM을 공개했다."],
], ids=["rules check", "rules schema", "rules test"])
def test_rule_tools_given_files_load_no_chat_database_or_feed_libraries(tmp_path: Path, argv: list[str]) -> None:
    code, imported = imported_by(argv, HEAVY, tmp_path)
    assert (code, imported) == (0, [])


def test_match_with_rule_files_loads_no_chat_database_or_feed_libraries(tmp_path: Path) -> None:
    article = {"id": "a1", "feed": "news", "outlet": "테스트", "url": "https://n.example.kr/1",
               "title": "카카오, 새 LLM 공개", "summary": "카카오가 LLM을 공개했다.", "published": "2024-07-15T10:00:00+09:00"}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    code, imported = imported_by(["match", "--rules", str(EXAMPLE_RULES), "--input", str(source)], HEAVY, tmp_path)
    assert (code, imported) == (0, [])
