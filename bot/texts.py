"""Every user-facing phrase in one place, Korean first with English alongside.

Reviewing wording as a whole is easier here than in handlers; `SOKBO_LANG=en` (or a
chat user's choice, later) selects English.
"""

from __future__ import annotations

import os
from typing import Literal

from bot.richtext import Rich, from_template

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
    "feeds.enabled": ("피드 {id}: 다시 켰습니다. 곧 폴링합니다.", "Feed {id} re-enabled; it will be polled now."),
    "feeds.unknown": ("알 수 없는 피드 ID: {id}{hint}", "unknown feed id: {id}{hint}"),
    "feeds.paused_hint": ("일시중지됨 ({reason}) — 다시 켜려면 `sokbo feeds enable {id}`",
                          "paused ({reason}) — re-enable with `sokbo feeds enable {id}`"),
    "poll.ok": ("{id}: 항목 {seen}개, 새 기사 {new}개", "{id}: {seen} items, {new} new"),
    "poll.not_modified": ("{id}: 변경 없음 (304)", "{id}: not modified (304)"),
    "poll.same_content": ("{id}: 변경 없음 (검증자 없이 같은 내용)", "{id}: not modified (no validators, same content)"),
    "poll.failed": ("{id}: 실패 — {error}", "{id}: failed — {error}"),
    "poll.paused": ("{id}: 하루 넘게 실패해 일시중지했습니다 — {error}", "{id}: paused after a day of failures — {error}"),
    "poll.nothing": ("폴링할 피드가 없습니다 (모두 일시중지·비활성이거나 다른 프로세스가 폴링 중).",
                     "No feed to poll (all paused, disabled, or being polled by another process)."),
    "poll.summary": ("피드 {feeds}개 폴링: 새 기사 {new}개, 실패 {failed}개",
                     "Polled {feeds} feeds: {new} new articles, {failed} failed"),
    "articles.none": ("저장된 기사가 없습니다.", "No stored articles."),
    "config.errors": ("설정 오류:", "Configuration errors:"),
    "store.problem": ("데이터베이스를 쓸 수 없습니다 ({db}): {problem}", "Cannot use the database ({db}): {problem}"),
    "config.rules_missing": ("{path}: 규칙 파일이 없습니다", "{path}: rules file not found"),
    "config.ok": ("설정이 올바릅니다: 피드 {feeds}개, 규칙 파일 {rules}개, 데이터베이스 {db}",
                  "Configuration is valid: {feeds} feeds, {rules} rule files, database {db}"),
    "run.started": ("sokbo 실행 중: 피드 {feeds}개, 데이터베이스 {db}. 채팅 토큰이 없어 알림을 콘솔에 출력합니다.",
                    "sokbo running: {feeds} feeds, database {db}. No chat token set: alerts go to the console."),
    "run.started_chat": ("sokbo 실행 중: 피드 {feeds}개, 데이터베이스 {db}, 채팅 {chat}.",
                         "sokbo running: {feeds} feeds, database {db}, chat {chat}."),
    "run.stopping": ("종료합니다…", "Stopping…"),
    "prune.done": ("정리했습니다: 끝난 알림 {alerts}건, 매치 {matches}건 삭제, 기사 {articles}건 본문·검색 색인 비움.",
                   "Pruned: {alerts} finished alert(s) and {matches} match(es) removed, {articles} article(s) "
                   "compacted."),
    "console.backfill": ("{feed}: 기존 기사 {count}건 저장 (첫 수집이라 알리지 않음)",
                         "{feed}: stored {count} existing articles (first poll: not announced)"),
    "console.new": ("{feed}: 새 기사 {count}건", "{feed}: {count} new articles"),
    "rules.empty": ("{files}: 규칙이 하나도 없습니다 (rules: 아래에 규칙을 적으세요)",
                    "{files}: holds no rules (write them under rules:)"),
    "rules.ok": ("규칙이 올바릅니다: 규칙 {rules}개, 엔티티 {entities}개 ({files})",
                 "Rules are valid: {rules} rules, {entities} entities ({files})"),
    "rules.warn_common_word": ("경고: 엔티티 '{entity}' 이름 '{name}'은(는) 기사에서 흔히 쓰는 낱말이라 거의 모든 기사에 걸립니다 "
                               "(정식 이름을 쓰거나 not: 에 예외를 적으세요)",
                               "warning: entity '{entity}' has the name '{name}', an everyday word that matches almost "
                               "every article (use the full name, or list exceptions under not:)"),
    "rules.fired": ("발동", "fired"),
    "rules.not_fired": ("발동 안 함", "did not fire"),
    "rules.none_loaded": ("규칙이 로드되지 않았습니다. 규칙 파일의 오류를 고치면 자동으로 다시 읽습니다.",
                          "No rules are loaded. Fix the rule files and they are reloaded automatically."),
    "cmd.help": (
        "*sokbo 명령* (`/sokbo <명령>`)\n"
        "• `subscribe <규칙ID>` / `unsubscribe <규칙ID>` — 이 채널에서 규칙 알림 받기/끊기\n"
        "• `subscribe <규칙ID> ping @그룹` — 중요(high) 규칙 알림에 그룹·역할 부르기 (`ping off`로 끄기)\n"
        "• `watch <이름>` / `unwatch <이름>` — YAML 없이 회사·키워드 바로 지켜보기\n"
        "• `list` — 이 채널의 구독 · `rules` — 불러온 규칙\n"
        "• `search <검색어> [기간, 예: 7d]` — 저장된 기사 검색 (최신순 10건)\n"
        "• `test <URL 또는 글>` — 규칙을 시험해 보고 왜 알림이 (안) 갔는지 설명\n"
        "• `status` — 피드·전달·규칙 상태 · `feeds` — 피드 목록과 상태\n"
        "• `feed add <URL> [이름]` / `feed remove <ID>` — 피드 추가·삭제 (관리자)\n"
        "• `mute <기간|off>` (2시간, 7일, 2h) · `digest off|hourly|daily [09:00]` · `quiet 22:00-07:00|off` — 채널 알림 조절\n"
        "• 한국어로도: `구독` `해지` `지켜보기` `목록` `규칙` `검색` `시험` `상태` `끄기` `도움말`\n"
        "• `help en` — English",
        "*sokbo commands* (`/sokbo <command>`)\n"
        "• `subscribe <rule-id>` / `unsubscribe <rule-id>` — this channel gets (or stops) a rule's alerts\n"
        "• `subscribe <rule-id> ping @group` — a high-severity rule's alerts ping a group or role (`ping off`)\n"
        "• `watch <name>` / `unwatch <name>` — watch a company or keyword without editing YAML\n"
        "• `list` — this channel's subscriptions · `rules` — the loaded rules\n"
        "• `search <query> [since, e.g. 7d]` — stored articles, newest first, at most 10\n"
        "• `test <url or text>` — dry-run the rules and explain what fired and why not\n"
        "• `status` — feeds, delivery and rules health · `feeds` — the feeds and their health\n"
        "• `feed add <url> [name]` / `feed remove <id>` — add or remove a feed (managers)\n"
        "• `mute <duration|off>` · `digest off|hourly|daily [09:00]` · `quiet 22:00-07:00|off` — quiet this channel\n"
        "• `help` — 한국어"),
    "cmd.resumed": ("`{id}` 규칙은 이미 구독 중입니다. 멈춰 있던 이 채널의 알림 전송을 다시 시작합니다 (쌓인 알림부터).",
                    "Already subscribed to `{id}`. Delivery to this channel, stopped before, resumes (held alerts first)."),
    "status.stopped_hint": ("    → 봇을 채널에 다시 초대한 뒤 `/sokbo subscribe <규칙>`을 다시 하면 쌓인 알림부터 보냅니다.",
                            "    → invite the bot back, then run `/sokbo subscribe <rule>` again: held alerts go out first."),
    "cmd.feeds_head": ("*피드 {count}개* (문제 있는 것부터; 상태 · 마지막 수집)",
                       "*{count} feeds* (trouble first; status · last success)"),
    "cmd.feeds_more": ("… 외 {count}개 (`sokbo feeds`가 전부 보여 줍니다)", "… and {count} more (`sokbo feeds` shows all)"),
    "cmd.list_all_head": ("*모든 채널의 구독* (채널 {count}개)", "*Subscriptions in every channel* ({count} channels)"),
    "cmd.list_all_empty": ("어느 채널도 구독하지 않습니다.", "No channel subscribes to anything."),
    "cmd.unknown_close": ("알 수 없는 명령: `{name}`. `{close}` 명령을 쓰려던 건가요? (`/sokbo help`)",
                          "Unknown command `{name}`. Did you mean `{close}`? (`/sokbo help`)"),
    "cmd.unknown": ("알 수 없는 명령: `{name}`. `/sokbo help`를 보세요.", "Unknown command `{name}`. See `/sokbo help`."),
    "cmd.usage": ("사용법: `/sokbo {usage}`", "Usage: `/sokbo {usage}`"),
    "cmd.forbidden": ("이 채널의 구독·알림 설정을 바꿀 권한이 없습니다.",
                      "You may not change this channel's subscriptions or alert settings."),
    "cmd.no_rules": ("불러온 규칙이 없습니다.", "No rules are loaded."),
    "cmd.unknown_rule": ("알 수 없는 규칙 ID: `{id}`{hint}. `/sokbo rules`로 목록을 보세요.",
                         "Unknown rule id `{id}`{hint}. See `/sokbo rules`."),
    "cmd.did_you_mean": (" (혹시 `{id}`?)", " (did you mean `{id}`?)"),
    "cmd.subscribed": ("이 채널에서 `{id}` ({title}) 알림을 받습니다.", "This channel now gets `{id}` ({title})."),
    "cmd.already": ("이미 구독 중입니다: `{id}`", "Already subscribed: `{id}`"),
    "cmd.unsubscribed": ("`{id}` 구독을 끊었습니다.", "Unsubscribed from `{id}`."),
    "cmd.unwatched": ("이제 \"{name}\"을(를) 지켜보지 않습니다.", "No longer watching \"{name}\"."),
    "cmd.not_watching": ("이 채널은 \"{name}\"을(를) 지켜보지 않습니다.", "This channel is not watching \"{name}\"."),
    "cmd.not_subscribed": ("이 채널은 `{id}` 규칙을 구독하지 않습니다.", "This channel is not subscribed to `{id}`."),
    "cmd.watching": ("이제 \"{name}\"을(를) 지켜봅니다 ({how}). 목록: `/sokbo list`",
                     "Now watching \"{name}\" ({how}). See `/sokbo list`."),
    "cmd.watch_entity": ("등록된 엔티티 {id}: 조사·띄어쓰기·다른 회사 이름까지 구분", "entity {id}: particles and spacing handled"),
    "cmd.watch_keyword": ("키워드", "keyword"),
    "cmd.list_empty": ("이 채널은 아무것도 구독하지 않습니다. `/sokbo rules`와 `/sokbo subscribe`를 보세요.",
                       "This channel has no subscriptions. See `/sokbo rules` and `/sokbo subscribe`."),
    "cmd.list_head": ("이 채널의 구독:", "This channel's subscriptions:"),
    "cmd.rules_head": ("불러온 규칙 {count}개:", "{count} rules loaded:"),
    "cmd.search_none": ("\"{query}\"이(가) 들어간 저장 기사가 없습니다.", "No stored article contains \"{query}\"."),
    "cmd.search_head": ("\"{query}\" 검색 결과 (최신순 {count}건):", "Results for \"{query}\" (newest first, {count}):"),
    "cmd.test_fetch_failed": ("가져오지 못했습니다: {error}", "Could not fetch it: {error}"),
    "cmd.test_stored": ("저장된 기사입니다: {title} — {outlet}, {published}", "A stored article: {title} — {outlet}, {published}"),
    "dcmd.sokbo": ("속보: 한국 테크 뉴스 알림", "sokbo: Korean tech news alerts"),
    "dcmd.subscribe": ("이 채널에서 규칙 알림 받기", "Get a rule's alerts in this channel"),
    "dcmd.subscribe_arg": ("규칙 ID", "Rule id"),
    "dcmd.ping_arg": ("이 규칙 알림에 부를 역할 (high 규칙만, 선택)", "A role to ping on this rule's alerts (high rules only, optional)"),
    "dcmd.unsubscribe_arg": ("규칙 ID", "Rule id"),
    "dcmd.unsubscribe": ("규칙 알림 끊기", "Stop a rule's alerts"),
    "dcmd.list": ("이 채널의 구독", "This channel's subscriptions"),
    "dcmd.rules": ("불러온 규칙", "Loaded rules"),
    "dcmd.status": ("피드·전달·규칙 상태", "Feeds, delivery and rules status"),
    "dcmd.feeds": ("피드 목록과 상태", "Feeds and their health"),
    "dcmd.help": ("도움말 (English: en)", "Help (한국어: ko)"),
    "dcmd.help_arg": ("한국어(ko) 또는 English(en)", "English (en) or 한국어 (ko)"),
    "dcmd.watch": ("이름(회사·키워드)을 바로 지켜보기", "Watch a name (company or keyword) right away"),
    "dcmd.watch_arg": ("회사 이름이나 키워드", "A company name or keyword"),
    "dcmd.unwatch": ("지켜보기 끊기", "Stop watching a name"),
    "dcmd.unwatch_arg": ("지켜보던 이름", "The watched name"),
    "dcmd.search": ("저장된 기사 검색 (예: 카카오 7d)", "Search stored articles (e.g. Samsung 7d)"),
    "dcmd.search_arg": ("검색어와 기간(선택)", "Words and an optional period"),
    "dcmd.test": ("규칙 시험: URL이나 글", "Try the rules on a URL or a text"),
    "dcmd.test_arg": ("기사 URL 또는 글", "An article URL or a text"),
    "dcmd.mute": ("이 채널 알림 끄기 (예: 2h, off)", "Mute this channel (e.g. 2h, off)"),
    "dcmd.mute_arg": ("기간 또는 off", "A duration or off"),
    "dcmd.digest": ("모아보기: off, hourly, daily [HH:MM]", "Digest: off, hourly, daily [HH:MM]"),
    "dcmd.feed": ("피드 추가·삭제 (관리자): add <URL> [이름] | remove <ID>", "Add or remove a feed (managers): add <URL> [name] | remove <id>"),
    "dcmd.feed_arg": ("add <URL> [이름] 또는 remove <ID>", "add <URL> [name] or remove <id>"),
    "dcmd.digest_arg": ("off | hourly | daily [HH:MM]", "off | hourly | daily [HH:MM]"),
    "dcmd.quiet": ("방해 금지 시간 (예: 22:00-07:00, off)", "Quiet hours (e.g. 22:00-07:00, off)"),
    "dcmd.quiet_arg": ("22:00-07:00 또는 off", "22:00-07:00 or off"),
    "render.rules": ("규칙", "Rules"),
    "render.event": ("사건", "Event"),
    "render.same_story": ("같은 소식", "Also reported by"),
    "render.open": ("기사 열기", "Open article"),
    "render.mute_rule": ("이 규칙 하루 끄기", "Mute this rule for a day"),
    "render.digest": ("속보 모아보기 · {count}건", "sokbo digest · {count} alerts"),
    "render.more": ("외 {count}건", "and {count} more"),
    "alert.evidence": ("근거", "Evidence"),
    "alert.estimated": (" (추정)", " (estimated)"),
    "alert.date_unknown": ("날짜 미상", "date unknown"),
    "alert.group_unknown": ("그룹 미상", "group unknown"),
    "alert.absent": ("불참: {who} — {group}", "Absent: {who} — {group}"),
    "alert.planned": ("출시 예정", "Launch planned"),
    "alert.postponed": ("출시 연기", "Launch postponed"),
    "alert.released": ("출시됨", "Launched"),
    "alert.launch": ("출시", "Launch"),
    "alert.hedged": (" (이르면·전망)", " (at the earliest / expected)"),
    "cmd.ping_on": ("`{id}` 규칙 알림이 이 채널에 올 때 {who} 님을 부릅니다 (다른 멘션은 그대로 막힘). "
                    "끄려면 `subscribe {id} ping off`",
                    "Alerts of `{id}` here will ping {who} (every other mention stays blocked). "
                    "`subscribe {id} ping off` stops it"),
    "cmd.ping_off": ("`{id}` 규칙 알림에서 부르기를 껐습니다.", "`{id}` alerts no longer ping anyone."),
    "cmd.ping_not_high": ("부르기는 severity: high 규칙에만 켤 수 있습니다 (`{id}`: {severity}).",
                          "Pings are for rules with severity: high (`{id}` is {severity})."),
    "usage.feed": ("feed add <URL> [이름] | feed remove <피드ID>", "feed add <URL> [name] | feed remove <feed-id>"),
    "feed.added": ("피드를 추가했습니다: `{id}` ({outlet}) — 항목 {items}개 확인, {minutes}분마다 수집합니다. "
                   "빼려면 `feed remove {id}`",
                   "Feed added: `{id}` ({outlet}) — {items} items found, polled every {minutes} minutes. "
                   "`feed remove {id}` takes it out"),
    "feed.exists": ("이미 수집하는 피드입니다: `{id}`", "Already polled: `{id}`"),
    "feed.not_a_feed": ("피드로 읽을 수 없습니다: {url} ({error})", "Not readable as a feed: {url} ({error})"),
    "feed.unavailable": ("이 프로세스에서는 피드를 추가할 수 없습니다.", "Feeds cannot be added from this process."),
    "feed.remove_removed": ("피드 `{id}` 수집을 멈췄습니다 (저장된 기사는 남습니다).",
                            "Feed `{id}` is no longer polled (its stored articles stay)."),
    "feed.remove_configured": ("`{id}` 피드는 설정 파일의 피드입니다: 설정에서 빼 주세요.",
                               "`{id}` comes from the config file: remove it there."),
    "feed.remove_unknown": ("수집 중인 피드가 아닙니다: `{id}`", "No polled feed `{id}`."),
    "usage.watch": ("watch <이름>", "watch <name>"),
    "usage.unwatch": ("unwatch <이름>", "unwatch <name>"),
    "usage.search": ("search <검색어> [7d]", "search <words> [7d]"),
    "usage.test": ("test <URL|글>", "test <URL|text>"),
    "usage.mute": ("mute <기간>|off  (예: mute 2h, mute 1d)", "mute <duration>|off  (e.g. mute 2h, mute 1d)"),
    "usage.mute_rule": ("mute-rule <규칙ID>[,<규칙ID>…] [off]", "mute-rule <rule-id>[,<rule-id>…] [off]"),
    "list.watch": ("• 관심어 \"{term}\" (`{id}`)", "• watched name \"{term}\" (`{id}`)"),
    "list.watch_short": ("• 관심어 \"{term}\"", "• watched name \"{term}\""),
    "list.no_such_rule": ("(규칙 파일에 없음)", "(not in the rules files)"),
    "list.muted": ("알림 끔 ~{until}", "muted until {until}"),
    "list.digest": ("모아보기 {mode}", "digest {mode}"),
    "list.quiet": ("방해 금지 {start}-{end} KST", "quiet hours {start}-{end} KST"),
    "list.rule_muted": ("`{id}` 규칙 꺼짐 ~{until}", "`{id}` muted until {until}"),
    "list.settings": ("설정: ", "Settings: "),
    "list.disabled": (" (꺼짐)", " (disabled)"),
    "cmd.test_more": ("(발동하지 않은 규칙 {count}개 생략)", "({count} more rules did not fire)"),
    "status.none": ("없음", "never"),
    "status.feeds": ("*피드* ", "*Feeds* "),
    "status.last_poll": (" · 마지막 수집 {at}", " · last poll {at}"),
    "status.delivery_all": ("*전달 (전체)*", "*Delivery (all channels)*"),
    "status.delivery_here": ("*전달 (이 채널)*", "*Delivery (this channel)*"),
    "status.delivery": (" 대기 {pending} · 보류 {held} · 보냄 {sent} · 실패 {failed}",
                        " waiting {pending} · held {held} · sent {sent} · failed {failed}"),
    "status.oldest": (" · 가장 오래된 대기 {at}", " · oldest waiting since {at}"),
    "status.stopped_channel": ("  - 전송 중지된 채널 {channel}: {reason}", "  - stopped channel {channel}: {reason}"),
    "status.failure": ("  - 실패 {channel}: {error}", "  - failed {channel}: {error}"),
    "status.rules": ("*규칙* {rules}개 · 관심어 {watches}개 · 마지막 로드 {loaded}",
                     "*Rules* {rules} · watched names {watches} · last loaded {loaded}"),
    "status.times": ("{rule} {count}회", "{rule} {count}×"),
    "status.regex_timeouts": ("  정규식 시간 초과 {count}회 (일치 안 함으로 처리): {worst}",
                              "  regex timeouts {count}× (counted as no match): {worst}"),
    "status.reload_error": ("  마지막 다시 읽기 오류 (이전 규칙 유지):", "  last reload failed (previous rules kept):"),
    "status.pending": ("대기", "waiting"),
    "status.sending": ("전송 중", "sending"),
    "status.sent": ("보냄", "sent"),
    "status.failed": ("실패", "failed"),
    "status.held": ("보류(모아보기·방해 금지)", "held (digest or quiet hours)"),
    "status.digested": ("모아보기로 보냄", "sent in a digest"),
    "status.merged": ("같은 소식으로 합침", "merged into the same story"),
    "status.suppressed": ("보내지 않음", "not sent"),
    "reason.muted": ("채널 알림 끔: 끄는 동안의 알림은 버립니다", "channel muted: alerts during a mute are dropped"),
    "reason.rule_muted": ("규칙 알림 끔", "rule muted"),
    "reason.rule_off_or_cooldown": ("규칙 끔 또는 재알림 대기(cooldown)", "rule off or in its cooldown"),
    "reason.merged": ("같은 소식: #{id}", "same story: #{id}"),
    "reason.digested": ("모아보기로 보냄", "sent in a digest"),
    "cmd.test_delivery": ("이 채널 전달 상태: {status}", "Delivery to this channel: {status}"),
    "cmd.test_not_subscribed": ("발동한 규칙을 이 채널이 구독하지 않아 알림이 가지 않았습니다.",
                                "Rules fired, but this channel subscribes to none of them."),
    "cmd.muted": ("이 채널 알림을 {until}까지 끕니다. 끄는 동안의 알림은 보내지 않고 버립니다 "
                  "(나중에 모아 받으려면 `quiet`).",
                  "Alerts muted here until {until}. Alerts meanwhile are dropped, not sent later "
                  "(to get them afterwards, use `quiet`)."),
    "cmd.duration_too_long": ("기간 '{value}'은(는) 100년보다 깁니다: 잘못된 값입니다.",
                              "The duration '{value}' is longer than 100 years: a bad value."),
    "cmd.bad_duration": ("기간 '{value}'을(를) 읽지 못했습니다. 예: 30분, 2시간, 7일 (또는 30m, 2h, 7d)",
                         "Cannot read the duration '{value}'. E.g. 30m, 2h, 7d"),
    "cmd.mute_zero": ("끌 기간은 0보다 길어야 합니다 (예: `mute 2시간`).", "A mute needs a length above zero (e.g. `mute 2h`)."),
    "cmd.unmuted": ("이 채널 알림을 다시 켰습니다.", "Alerts unmuted here."),
    "cmd.digest": ("모아보기: {mode} (KST)", "Digest: {mode} (KST)"),
    "cmd.quiet": ("방해 금지 시간(KST): {range}. 그 사이 알림은 끝나는 시각에 모아서 보냅니다.",
                  "Quiet hours (KST): {range}. Alerts in between arrive together when they end."),
    "cmd.quiet_off": ("방해 금지 시간을 껐습니다.", "Quiet hours off."),
    "cmd.rule_muted": ("이 채널에서 {ids} 규칙을 {until}까지 끕니다. 되돌리려면 `/sokbo mute-rule {undo} off`",
                       "Rules {ids} muted here until {until}. To undo: `/sokbo mute-rule {undo} off`"),
    "cmd.rule_unmuted": ("이 채널에서 {ids} 규칙을 다시 켰습니다.", "Rules {ids} unmuted here."),
    "cmd.failed": ("처리하지 못했습니다 (내부 오류). 관리자가 로그에서 확인할 수 있습니다.",
                   "That failed (internal error); the details are in the log."),
    "cmd.bad_value": ("잘못된 값: {error}", "Bad value: {error}"),
    "cmd.announced": ("채널에 알렸습니다.", "Announced in the channel."),
    "cmd.bad_quiet": ("잘못된 값: `{value}`. 조용한 시간은 `quiet 22:00-07:00`처럼 시작과 끝을 씁니다 (끄기: `quiet off`).",
                      "Bad value: `{value}`. Quiet hours are a start and an end, like `quiet 22:00-07:00` (`quiet off` ends them)."),
    "cmd.bad_ping": ("잘못된 값: `{value}`. 부를 대상은 명령 안에서 @로 고른 사용자 그룹이나 역할이어야 합니다.",
                     "Bad value: `{value}`. Pick a user group or role with @ in the command."),
    "notice.rules_failed": ("규칙 파일을 다시 읽지 못했습니다. 이전 규칙을 계속 씁니다.",
                            "The rules files did not reload; the previous rules stay in force."),
    "notice.channel_stopped": ("{channel}에 알림을 보낼 수 없어 전송을 멈췄습니다 ({reason}). 봇을 채널에 다시 초대한 뒤 "
                               "그 채널에서 `/sokbo subscribe <규칙>`을 다시 하면 쌓인 알림부터 보냅니다.",
                               "Stopped posting to {channel} ({reason}). Invite the bot back, then run "
                               "`/sokbo subscribe <rule>` there again: held alerts go out first."),
    "notice.feed_paused": ("피드 `{id}`이(가) 하루 넘게 실패해 일시중지됐습니다: {reason}. 고친 뒤 "
                           "다시 켜려면: `sokbo feeds enable {id}`",
                           "Feed `{id}` failed for over a day and is paused: {reason}. Once fixed, run "
                           "`sokbo feeds enable {id}`."),
    "notice.rules_fixed": ("규칙 파일을 다시 읽었습니다: 규칙 {rules}개.", "Rules reloaded: {rules} rules."),
    "db.upgraded": ("데이터베이스 스키마가 최신입니다 ({revision}).", "Database schema is up to date ({revision})."),
}


def current_lang() -> Lang:
    return "en" if os.environ.get("SOKBO_LANG", "").lower().startswith("en") else "ko"


def reason_text(reason: str, lang: Lang | None = None) -> str:
    """An outbox reason code in words; a reason stored before codes (already words) as it is."""
    code, _, detail = reason.partition(":")
    if f"reason.{code}" not in _TEXTS:
        return reason
    return t(f"reason.{code}", lang, id=detail) if detail else t(f"reason.{code}", lang)


def status_text(status: str, lang: Lang | None = None) -> str:
    return t(f"status.{status}", lang) if f"status.{status}" in _TEXTS else status


def t(key: str, lang: Lang | None = None, **values: object) -> str:
    ko, en = _TEXTS[key]
    text = en if (lang or current_lang()) == "en" else ko
    return text.format(**values) if values else text


def rt(key: str, lang: Lang | None = None, **values: object) -> Rich:
    """`t` with structure, for answers: the template's *bold* and `code` become styles and the
    values stay text (a title with a backtick in it does not become code)."""
    ko, en = _TEXTS[key]
    return from_template(en if (lang or current_lang()) == "en" else ko, values)
