"""Every user-facing phrase in one place, Korean first with English alongside.

Reviewing wording as a whole is easier here than in handlers; `SOKBO_LANG=en` (or a
chat user's choice, later) selects English.
"""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["ko", "en"]

_TEXTS: dict[str, tuple[str, str]] = {
    "status.ok": ("정상", "ok"),
    "status.new": ("첫 폴링 전", "not polled yet"),
    "status.failing": ("실패 중", "failing"),
    "status.paused": ("일시중지", "paused"),
    "status.disabled": ("비활성", "disabled"),
    "col.id": ("ID", "ID"),
    "col.outlet": ("매체", "outlet"),
    "col.status": ("상태", "status"),
    "col.last_success": ("마지막 성공", "last success"),
    "col.failures": ("연속 실패", "failures"),
    "col.next_poll": ("다음 폴링", "next poll"),
    "col.last_error": ("마지막 오류", "last error"),
    "feeds.none": ("등록된 피드가 없습니다.", "No feeds are defined."),
    "feeds.enabled": ("피드 {id}를 다시 켰습니다. 곧 폴링합니다.", "Feed {id} re-enabled; it will be polled now."),
    "feeds.unknown": ("알 수 없는 피드 ID: {id}{hint}", "unknown feed id: {id}{hint}"),
    "feeds.paused_hint": ("일시중지됨 ({reason}) — `sokbo feeds enable {id}`로 다시 켜세요",
                          "paused ({reason}) — re-enable with `sokbo feeds enable {id}`"),
    "poll.ok": ("{id}: 항목 {seen}개, 새 기사 {new}개", "{id}: {seen} items, {new} new"),
    "poll.not_modified": ("{id}: 변경 없음 (304)", "{id}: not modified (304)"),
    "poll.failed": ("{id}: 실패 — {error}", "{id}: failed — {error}"),
    "poll.paused": ("{id}: 하루 넘게 실패해 일시중지했습니다 — {error}", "{id}: paused after a day of failures — {error}"),
    "poll.nothing": ("폴링할 피드가 없습니다 (모두 일시중지·비활성이거나 다른 프로세스가 폴링 중).",
                     "No feed to poll (all paused, disabled, or being polled by another process)."),
    "poll.summary": ("피드 {feeds}개 폴링: 새 기사 {new}개, 실패 {failed}개",
                     "Polled {feeds} feeds: {new} new articles, {failed} failed"),
    "articles.none": ("저장된 기사가 없습니다.", "No stored articles."),
    "config.errors": ("설정 오류:", "Configuration errors:"),
    "config.ok": ("설정이 올바릅니다: 피드 {feeds}개, 규칙 파일 {rules}개, 데이터베이스 {db}",
                  "Configuration is valid: {feeds} feeds, {rules} rule files, database {db}"),
    "run.started": ("sokbo 실행 중: 피드 {feeds}개, 데이터베이스 {db}. 채팅 토큰이 없어 알림을 콘솔에 출력합니다.",
                    "sokbo running: {feeds} feeds, database {db}. No chat token set: alerts go to the console."),
    "run.stopping": ("종료합니다…", "Stopping…"),
    "console.backfill": ("{feed}: 기존 기사 {count}건 저장 (첫 수집이라 알리지 않음)",
                         "{feed}: stored {count} existing articles (first poll: not announced)"),
    "console.new": ("{feed}: 새 기사 {count}건", "{feed}: {count} new articles"),
    "rules.ok": ("규칙이 올바릅니다: 규칙 {rules}개, 엔티티 {entities}개 ({files})",
                 "Rules are valid: {rules} rules, {entities} entities ({files})"),
    "rules.fired": ("발동", "fired"),
    "rules.not_fired": ("발동 안 함", "did not fire"),
    "rules.none_loaded": ("규칙이 로드되지 않았습니다. 규칙 파일의 오류를 고치면 자동으로 다시 읽습니다.",
                          "No rules are loaded. Fix the rule files and they are reloaded automatically."),
    "db.upgraded": ("데이터베이스 스키마가 최신입니다 ({revision}).", "Database schema is up to date ({revision})."),
}


def current_lang() -> Lang:
    return "en" if os.environ.get("SOKBO_LANG", "").lower().startswith("en") else "ko"


def t(key: str, lang: Lang | None = None, **values: object) -> str:
    ko, en = _TEXTS[key]
    text = en if (lang or current_lang()) == "en" else ko
    return text.format(**values) if values else text
