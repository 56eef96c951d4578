"""`sokbo run` as a user runs it: a feed publishes the seed-shaped story, a Slack channel
subscribed by slash command gets exactly one alert; killed mid-delivery (posted, not yet
recorded) and restarted, the channel still has exactly one."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from tests.chatserver import ChatServer
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer, Reply
from tests.rulekit import STORY_BODY, STORY_TITLE, write_rules

SECRET = "e2e-secret"
CHANNEL = "C0E2E"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def slash(port: int, text: str, response_url: str) -> int:
    body = urlencode({"command": "/sokbo", "text": text, "channel_id": CHANNEL, "user_id": "U1", "team_id": "T1",
                      "response_url": response_url, "trigger_id": "1"})
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)

    async def post() -> int:
        async with aiohttp.ClientSession() as session, session.post(
                f"http://127.0.0.1:{port}/slack/events", data=body,
                headers={"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": timestamp,
                         "X-Slack-Signature": signature}) as response:
            return response.status

    return asyncio.run(post())


def start(tmp_path: Path, config: Path, log_name: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOKBO_CONFIG": str(config), "PYTHONUNBUFFERED": "1", "SLACK_BOT_TOKEN": "xoxb-e2e",
           "SLACK_SIGNING_SECRET": SECRET, "SOKBO_LOG_LEVEL": "INFO", "PYTHONFAULTHANDLER": "1"}
    env.pop("DISCORD_TOKEN", None)
    log = (tmp_path / log_name).open("wb")
    return subprocess.Popen([sys.executable, "-m", "bot.app.cli", "run"], stdout=log, stderr=subprocess.STDOUT,
                            env=env, cwd=tmp_path)


def test_one_alert_survives_a_kill_mid_delivery(tmp_path: Path, feed_server: FeedServer, chat: ChatServer) -> None:
    port = free_port()
    feed_server.routes["/rss"] = Reply(rss([Item("오늘의 다른 소식", link="https://news.example.kr/0")]))
    rules = write_rules(tmp_path)
    config = tmp_path / "sokbo.yaml"
    config.write_text("\n".join([
        f"database_url: sqlite:///{tmp_path / 'e2e.db'}", "default_catalog: false", f"rules: [{rules}]",
        "fetch: {allow_hosts: [127.0.0.1], total_timeout: 2s}", "scheduler: {tick: 0.2s}",
        "delivery: {lease: 2s}", f"slack: {{mode: http, port: {port}, api_url: '{chat.url('/slack/api/')}'}}",
        "feeds:", f'  - {{id: seed, url: "{feed_server.url("/rss")}", outlet: 테스트경제TV, interval: 1s}}',
    ]) + "\n", encoding="utf-8")

    first = start(tmp_path, config, "first.log")
    try:
        wait_for(lambda: feed_server.hits("/rss"), 30, "the first poll")
        wait_for(lambda: _answers(port), 30, "the Slack endpoint")
        assert slash(port, "subscribe kakao-absent", chat.url("/respond/1")) == 200
        assert slash(port, "subscribe model-launches", chat.url("/respond/2")) == 200
        wait_for(lambda: len(chat.responses) == 2, 10, "the slash commands' answers")
        assert "kakao-absent" in str(chat.responses) and "model-launches" in str(chat.responses)

        chat.answer_delay = 60  # Slack takes the post, the answer never comes back in time
        feed_server.routes["/rss"] = Reply(rss([
            Item("오늘의 다른 소식", link="https://news.example.kr/0"),
            Item(STORY_TITLE, link="https://news.example.kr/seed", description=STORY_BODY,
                 pub_date="Mon, 15 Jul 2024 10:00:00 +0900"),
        ]))
        wait_for(lambda: chat.in_channel(CHANNEL), 30, "the alert to be posted")
        first.send_signal(signal.SIGKILL)  # posted, never recorded
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()

    chat.answer_delay = 0
    second = start(tmp_path, config, "second.log")
    try:
        wait_for(lambda: any(path.endswith("conversations.history") for path, _ in chat.calls), 30,
                 "the restarted process to check the channel")
        time.sleep(2)  # room for a wrong second post to show up
        stop_gracefully(second, tmp_path / "second.log")
    finally:
        if second.poll() is None:
            second.kill()
    log = (tmp_path / "first.log").read_text() + (tmp_path / "second.log").read_text()
    [alert] = chat.in_channel(CHANNEL)
    text = str(alert.payload["blocks"])
    assert "불참: 카카오 — 한빛AI얼라이언스" in text, log
    assert "2024년 9월 12일" in text and "이르면" in text
    assert second.returncode == 0, log
    assert "not posting again" in log


def stop_gracefully(process: subprocess.Popen[bytes], log: Path, seconds: float = 30) -> None:
    """SIGTERM, as a service manager stops sokbo; a process still there after `seconds` is hung,
    and SIGABRT makes faulthandler write every thread's stack into its log for the failure."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(10)
        raise AssertionError(f"sokbo did not stop within {seconds:.0f} s of SIGTERM:\n{log.read_text()}") from None


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False
