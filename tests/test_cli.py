"""The `sokbo` command line against a local feed server: what a newcomer types."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.app.cli import main
from tests.feedkit import Item, numbered_items, rss
from tests.feedserver import FeedServer, Reply


def write_config(tmp_path: Path, server: FeedServer, db_url: str, feeds: dict[str, str], extra: str = "") -> Path:
    lines = [f"database_url: {db_url}", "default_catalog: false", "fetch:", "  allow_hosts: [127.0.0.1]",
             "  total_timeout: 2s", "  max_bytes: 300000", "feeds:"]
    for feed_id, path in feeds.items():
        lines.append(f'  - {{id: {feed_id}, url: "{server.url(path)}", outlet: {feed_id}매체, interval: 30s}}')
    path = tmp_path / "sokbo.yaml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_poll_once_fills_the_store_for_every_kind_of_feed(
    tmp_path: Path, feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    from aiohttp import web

    bomb = gzip.compress(b" " * (16 * 1024 * 1024))

    async def serve_bomb(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/xml"})

    feed_server.routes.update({
        "/rss": Reply(rss(numbered_items("rss", 3)), etag='"r1"'),
        "/euckr": Reply(rss([Item("보안뉴스식 제목: 똠양꿍 악성코드", link="https://boan.example.kr/1")],
                            encoding="cp949", declare="euc-kr"), content_type="text/xml"),
        "/missing": Reply(b"", status=404),
        "/error": Reply(b"", status=500),
        "/busy": Reply(b"", status=429, headers={"Retry-After": "600"}),
        "/slow": Reply(rss(numbered_items("slow", 1)), delay=5),
        "/huge": Reply(rss(numbered_items("huge", 3000))),
        "/bomb": serve_bomb,
        "/loop": Reply(status=302, headers={"Location": "/loop2"}),
        "/loop2": Reply(status=302, headers={"Location": "/loop"}),
        "/html": Reply("<!doctype html><html><body>기사 목록</body></html>".encode(), content_type="text/html"),
        "/bozo": Reply(rss([Item("제어\x08문자 제목", link="https://n.example.kr/bozo")])),
        "/nodate": Reply(rss([Item("날짜 없음", link="https://n.example.kr/nodate", pub_date=None)])),
    })
    config = write_config(tmp_path, feed_server, db_url, {name.strip("/"): name for name in
                          ["/rss", "/euckr", "/missing", "/error", "/busy", "/slow", "/huge", "/bomb", "/loop",
                           "/html", "/bozo", "/nodate"]})

    code, out, _ = run_cli(capsys, "--config", str(config), "poll", "--once", "--json")
    assert code == 0
    results = {r["feed"]: r for r in map(json.loads, out.splitlines())}
    expected_errors = {"missing": "not_found", "error": "server_error", "busy": "rate_limited", "slow": "timeout",
                       "huge": "too_large", "bomb": "too_large", "loop": "too_many_redirects", "html": "not_a_feed"}
    for feed, kind in expected_errors.items():
        assert results[feed]["error_kind"] == kind, results[feed]
    assert {f: results[f]["new"] for f in ["rss", "euckr", "bozo", "nodate"]} == {"rss": 3, "euckr": 1, "bozo": 1,
                                                                                 "nodate": 1}

    code, out, _ = run_cli(capsys, "--config", str(config), "articles", "--json")
    articles = {a["title"]: a for a in map(json.loads, out.splitlines())}
    assert len(articles) == 6
    assert "보안뉴스식 제목: 똠양꿍 악성코드" in articles
    assert "제어문자 제목" in articles
    assert articles["날짜 없음"]["published_estimated"] is True
    sample = articles["rss 기사 1: 네이버·카카오 AI 경쟁"]
    assert set(sample) >= {"id", "feed", "outlet", "url", "title", "summary", "published"}
    assert sample["published"] == "2023-06-30T02:01:00+00:00"
    assert "utm_" not in sample["url"]

    code, out, _ = run_cli(capsys, "--config", str(config), "feeds", "--json")
    health = {h["id"]: h for h in map(json.loads, out.splitlines())}
    assert health["missing"]["status"] == "failing" and health["missing"]["consecutive_failures"] == 1
    assert "404" in health["missing"]["last_error"]
    assert health["rss"]["status"] == "ok" and health["rss"]["last_success"]

    code, out, _ = run_cli(capsys, "--config", str(config), "poll", "--once", "--feed", "rss")
    assert code == 0 and "304" in out
    assert feed_server.hits("/rss")[-1].headers["If-None-Match"] == '"r1"'


def test_feeds_table_is_in_korean_with_kst_times(
    tmp_path: Path, feed_server: FeedServer, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/rss"] = Reply(rss(numbered_items("k", 1)))
    config = write_config(tmp_path, feed_server, sqlite_url, {"kfeed": "/rss", "gone": "/gone"})
    run_cli(capsys, "--config", str(config), "poll", "--once")
    code, out, _ = run_cli(capsys, "--config", str(config), "feeds")
    assert code == 0
    header, *rows = out.splitlines()
    assert "매체" in header and "마지막 성공" in header and "다음 폴링" in header
    kfeed = next(r for r in rows if r.startswith("kfeed"))
    gone = next(r for r in rows if r.startswith("gone"))
    assert "정상" in kfeed and "KST" in kfeed
    assert "실패 중" in gone and "not_found" in gone


def test_enable_unknown_feed_is_a_clear_error(
    tmp_path: Path, feed_server: FeedServer, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, feed_server, sqlite_url, {"kfeed": "/rss"})
    code, _, err = run_cli(capsys, "--config", str(config), "feeds", "enable", "kfed")
    assert code == 2 and "kfed" in err and "kfeed" in err  # did you mean
    code, out, _ = run_cli(capsys, "--config", str(config), "feeds", "enable", "kfeed")
    assert code == 0 and "kfeed" in out
    code, _, err = run_cli(capsys, "--config", str(config), "poll", "--once", "--feed", "nope")
    assert code == 2 and "nope" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("databse_url: sqlite:///x.db\n", "sokbo.yaml:1:1: unknown key 'databse_url' (did you mean 'database_url'?)"),
        ("feeds:\n  - id: a\n    url: ftp://example.kr/rss\n    outlet: 예시\n",
         "sokbo.yaml:3:10: feeds.0.url: bad URL 'ftp://example.kr/rss'"),
        ("feeds:\n  - {id: a, url: 'https://e.kr/rss', outlet: 예시, interval: 10 minutes}\n",
         "sokbo.yaml:2:60: feeds.0.interval: bad duration '10 minutes'"),
        ("feeds:\n  - {id: a, url: 'https://e.kr/rss', outlet: x}\n  - {id: a, url: 'https://e.kr/2', outlet: y}\n",
         "sokbo.yaml:3:10: duplicate feed id 'a' (first defined at sokbo.yaml:2:10)"),
        ("feeds:\n  - {id: zdnet-korea, url: 'https://e.kr/rss', outlet: x}\n",
         "sokbo.yaml:2:10: duplicate feed id 'zdnet-korea' (first defined at"),
        ("disable: [zdnet-koera]\n", "sokbo.yaml:1:11: unknown feed id 'zdnet-koera' in disable (did you mean 'zdnet-korea'?)"),
        ("feeds:\n  - {id: a, url: 'https://e.kr/rss'}\n", "sokbo.yaml:2:5: missing required key 'outlet'"),
        ("database_url: mysql://x/y\n", "sokbo.yaml:1:15: database_url: bad database_url"),
        ("feeds: [\n", "sokbo.yaml:2:1:"),
        ("fetch:\n  per_hots: 3\n", "sokbo.yaml:2:3: unknown key 'per_hots' (did you mean 'per_host'?)"),
        ("retention: {alerts: 1d}\n", "sokbo.yaml:1:21: retention.alerts: must be at least 7d"),
        # issue #9, item 3: absurd or spinning settings are one-line errors, not tracebacks
        ("scheduler: {backoff_cap: 1e400}\n", "sokbo.yaml:1:26: scheduler.backoff_cap: bad duration"),
        ("fetch: {total_timeout: 99999999999d}\n", "sokbo.yaml:1:24: fetch.total_timeout: bad duration"),
        ("scheduler: {tick: 0}\n", "sokbo.yaml:1:19: scheduler.tick: must be at least 0.1s"),
        ("rules_reload: 0\n", "sokbo.yaml:1:15: rules_reload: must be at least 0.5s"),
    ],
)
def test_config_errors_point_at_file_line_and_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sokbo.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli(capsys, "--config", "sokbo.yaml", "config", "check")
    assert code == 2
    assert expected in err, err


def test_config_reports_every_problem_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sokbo.yaml"
    path.write_text("log_levl: INFO\nfeeds:\n  - {id: 'Bad Id', url: 'x', outlet: y}\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "--config", str(path), "config", "check")
    problems = [line for line in err.splitlines() if line.startswith(str(path))]
    assert code == 2 and len(problems) == 3, err


def test_environment_overrides_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sokbo.yaml"
    path.write_text("database_url: sqlite:///from-file.db\n", encoding="utf-8")
    monkeypatch.setenv("SOKBO_CONFIG", str(path))
    monkeypatch.setenv("SOKBO_DATABASE_URL", f"sqlite:///{tmp_path}/from-env.db")
    monkeypatch.setenv("SOKBO_DEFAULT_CATALOG", "false")
    code, out, _ = run_cli(capsys, "config", "check")
    assert code == 0 and "from-env.db" in out and "피드 0개" in out


def test_no_config_file_means_embedded_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOKBO_CONFIG", raising=False)
    monkeypatch.delenv("SOKBO_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = run_cli(capsys, "config", "check")
    assert code == 0
    assert "피드 21개" in out and "규칙 파일 1개" in out and str(tmp_path / "data" / "sokbo" / "sokbo.db") in out


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["run"], ["poll"], ["status"], ["prune"], ["feeds"], ["feeds", "enable"], ["articles"], ["config", "check"],
                    ["db", "upgrade"]):
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: sokbo" in capsys.readouterr().out


def test_sokbo_run_polls_prints_and_stops_cleanly_on_sigterm(tmp_path: Path, feed_server: FeedServer) -> None:
    """The real entry point in a subprocess: start, poll, announce, SIGTERM, exit 0."""
    feed_server.routes["/rss"] = Reply(rss(numbered_items("run", 2)))
    config = write_config(tmp_path, feed_server, f"sqlite:///{tmp_path / 'run.db'}", {"live": "/rss"},
                          extra="scheduler:\n  tick: 0.2s\n")
    env = {**os.environ, "SOKBO_CONFIG": str(config), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "bot.app.cli", "run"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, text=True, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(feed_server.hits("/rss")) < 1:
            time.sleep(0.1)
        feed_server.routes["/rss"] = Reply(rss(numbered_items("run", 3)))
        time.sleep(0.5)  # let the first poll's result reach the store
        with_new = len(feed_server.hits("/rss"))
        # The feed interval is 30s, so a second poll needs an enable (or waiting): nudge it.
        subprocess.run([sys.executable, "-m", "bot.app.cli", "--config", str(config), "feeds", "enable", "live"],
                       check=True, capture_output=True, cwd=tmp_path)
        while time.monotonic() < deadline and len(feed_server.hits("/rss")) <= with_new:
            time.sleep(0.1)
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "sokbo 실행 중" in out
    assert "live: 기존 기사 2건 저장" in out  # first poll: stored, not announced
    assert "run 기사 2: 네이버·카카오 AI 경쟁" in out  # the new one is announced
    assert "종료합니다" in out


def test_run_refuses_a_chat_setup_that_cannot_work_in_plain_words(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, feed_server, f"sqlite:///{tmp_path / 'x.db'}", {"one": "/rss"})
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    code, _out, err = run_cli(capsys, "--config", str(config), "run", "--for", "1s")
    assert code == 2 and "SLACK_APP_TOKEN" in err and "Traceback" not in err
    monkeypatch.setenv("SOKBO_SLACK_MODE", "http")
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    code, _out, err = run_cli(capsys, "--config", str(config), "run", "--for", "1s")
    assert code == 2 and "SLACK_SIGNING_SECRET" in err


def test_status_reports_feeds_delivery_and_rules_without_chat(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/rss"] = Reply(rss(numbered_items("s", 2)))
    feed_server.routes["/gone"] = Reply(b"", status=404)
    config = write_config(tmp_path, feed_server, f"sqlite:///{tmp_path / 's.db'}", {"ok": "/rss", "gone": "/gone"})
    run_cli(capsys, "--config", str(config), "poll", "--once")
    code, out, _err = run_cli(capsys, "--config", str(config), "status")
    assert code == 0
    assert "정상 1" in out and "실패 중 1" in out and "gone:" in out
    assert "전달 (전체) 대기 0" in out and "규칙 3개" in out and "*" not in out  # the console shows no markup


def test_prune_applies_the_retention_settings_and_says_what_went(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.routes["/rss"] = Reply(rss(numbered_items("p", 2)))
    config = write_config(tmp_path, feed_server, f"sqlite:///{tmp_path / 'p.db'}", {"ok": "/rss"})
    config.write_text(config.read_text(encoding="utf-8") + "retention: {alerts: 30d, articles: 400d}\n",
                      encoding="utf-8")
    run_cli(capsys, "--config", str(config), "poll", "--once")
    code, out, _err = run_cli(capsys, "--config", str(config), "prune")
    assert code == 0 and "끝난 알림 0건" in out and "기사 0건" in out  # everything is fresh: nothing goes


def _store_config(tmp_path: Path, database_url: str, extra: str = "") -> str:
    path = tmp_path / "store.yaml"
    path.write_text(f"database_url: {database_url}\ndefault_catalog: false\n{extra}", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", [["config", "check"], ["feeds"], ["articles"], ["run"], ["db", "upgrade"]])
def test_a_store_that_cannot_be_opened_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    (tmp_path / "a-directory").mkdir()
    cases = {
        f"sqlite:///{tmp_path / 'a-directory'}": "is a directory",
        f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'sokbo.db'}": "does not exist",
        "postgresql://nobody@127.0.0.1:1/none": "cannot open the database",  # nothing listens on port 1
    }
    for url, reason in cases.items():
        code, out, err = run_cli(capsys, "--config", _store_config(tmp_path, url), *command)
        assert code == 2, (url, out, err)
        assert reason in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert not (tmp_path / "no").exists()  # a typo never leaves a new empty database behind


def test_config_check_says_which_rules_file_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _store_config(tmp_path, f"sqlite:///{tmp_path / 'ok.db'}", "rules: [watch.yaml, gone.yaml]\n")
    (tmp_path / "watch.yaml").write_text("rules: []\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "--config", config, "config", "check")
    assert code == 2
    assert f"{tmp_path / 'gone.yaml'}: 규칙 파일이 없습니다" in err and "watch.yaml" not in err


def test_subscriptions_lists_every_channels_subscriptions(tmp_path: Path, feed_server: FeedServer,
                                                         sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from bot.alerting.subscriptions import SubscriptionStore
    from bot.model import Channel
    from sokbo.db import make_engine

    config = write_config(tmp_path, feed_server, sqlite_url, {"t": "/rss"})
    assert run_cli(capsys, "--config", str(config), "subscriptions")[0] == 0  # creates the store; none yet

    async def subscribe() -> None:
        engine = make_engine(sqlite_url)
        try:
            await SubscriptionStore(engine).subscribe(Channel("slack", "C1"), "kakao-absent")
        finally:
            await engine.dispose()

    asyncio.run(subscribe())
    code, out, _ = run_cli(capsys, "--config", str(config), "subscriptions")
    assert code == 0 and "slack:C1" in out and "kakao-absent" in out
