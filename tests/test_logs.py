"""Logs: one JSON object per line when asked, and no chat token in any line."""

from __future__ import annotations

import io
import json
import logging

from sokbo.logs import configure

TOKEN = "xoxb-1234567890-abcdefghijkl"
SECRET = "s3cr3t-signing-value"


def test_json_lines_carry_the_record_and_never_a_token() -> None:
    stream = io.StringIO()
    handler = configure("INFO", stream, {"SOKBO_LOG_FORMAT": "json", "SLACK_BOT_TOKEN": TOKEN,
                                         "SLACK_SIGNING_SECRET": SECRET})
    try:
        log = logging.getLogger("sokbo.test")
        log.info("posting with %s and %s", TOKEN, SECRET)
        try:
            raise RuntimeError(f"request failed: Authorization: Bearer {TOKEN}")
        except RuntimeError:
            log.exception("delivery failed")
        log.warning("someone else's token xoxp-9999999999-zzzzzzzzzz in a message")
    finally:
        logging.getLogger().removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["level"] for line in lines] == ["INFO", "ERROR", "WARNING"]
    assert lines[0]["logger"] == "sokbo.test" and "[redacted]" in lines[0]["message"]
    assert "RuntimeError" in lines[1]["exception"]
    text = stream.getvalue()
    assert TOKEN not in text and SECRET not in text and "xoxp-9999999999" not in text


def test_text_format_is_redacted_too() -> None:
    stream = io.StringIO()
    handler = configure("INFO", stream, {"DISCORD_TOKEN": "discord-token-value-123"})
    try:
        logging.getLogger("sokbo.test").info("token discord-token-value-123 here")
    finally:
        logging.getLogger().removeHandler(handler)
    assert "discord-token-value-123" not in stream.getvalue() and "[redacted]" in stream.getvalue()
