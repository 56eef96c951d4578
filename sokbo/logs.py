"""Logging for `sokbo run`: text for a terminal, one JSON object per line for a collector
(`SOKBO_LOG_FORMAT=json`), and never a chat token in either.

Tokens reach logs by accident: a client library's exception quoting its request, a URL with
a webhook secret, a debug line. Redacting in the one handler every record passes through
covers all of them; the values come from the environment, where sokbo reads its secrets,
and token-shaped strings (Slack's xox…-, Discord's three dotted parts) are caught even when
they are someone else's.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TextIO

SECRET_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN")
REDACTED = "[redacted]"
_TOKEN_SHAPES = re.compile(r"xox[abeoprs]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,}|"
                           r"[MNO][A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}")


class _Redacting(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 8]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPES.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": record.getMessage(),
        }
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str | int, stream: TextIO, env: Mapping[str, str]) -> logging.Handler:
    """Route the root logger to `stream` in the format `SOKBO_LOG_FORMAT` asks for; the caller
    removes the handler when done (`release`), so nothing writes to the stream after it closes."""
    handler = logging.StreamHandler(stream)
    if env.get("SOKBO_LOG_FORMAT", "").lower() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Redacting([env.get(name, "") for name in SECRET_VARIABLES]))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_sokbo", False)]:  # ours from an earlier call only
        root.removeHandler(old)
    handler._sokbo = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def release(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
