"""Event detection: who is absent from which group, what launches when."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from rules.engine import Document, Engine
from sokbo.yamlconf import YamlProblems
from tests.conftest import corpus_file
from tests.rulekit import STORY_BODY, STORY_PUBLISHED, STORY_TITLE, WATCH, doc, engine


def events(eng: Engine, title: str, body: str = "", published: datetime | None = None) -> list[tuple[object, ...]]:
    found = eng.events(doc(title, body, published))
    return sorted(((e.type, e.entity, e.group, e.model, e.date, e.precision, e.hedged, e.status) for e in found), key=str)


def test_the_seed_story_yields_exactly_the_named_events(tmp_path: Path) -> None:
    seed = json.loads(corpus_file("seed", "seed-article.json").read_text(encoding="utf-8"))
    eng = engine(tmp_path)
    found = eng.events(Document(seed["id"], seed["title"], seed["body"],
                                published=datetime.fromisoformat(seed["published"])))
    got = sorted(((e.type, e.entity, e.group, e.model, e.date, e.precision, e.hedged) for e in found), key=str)
    assert got == [
        ("absent_from", "kakao", "초거대AI추진협의회", None, None, None, False),
        ("launch_date", "kakao", None, "KoGPT", "2023-12", "year_end", True),
        ("launch_date", "naver", None, None, "2023-08-24", "day", False),
    ]


def test_a_seed_shaped_story_of_our_own(tmp_path: Path) -> None:
    assert events(engine(tmp_path), STORY_TITLE, STORY_BODY) == [
        ("absent_from", "kakao", "한빛AI얼라이언스", None, None, None, False, None),
        ("launch_date", "kakao", None, "KoGPT", "2025-H1", "half", True, "planned"),
        ("launch_date", "naver", None, None, "2024-09-12", "day", False, "planned"),
    ]


def test_rules_report_events_and_members_are_not_absent(tmp_path: Path) -> None:
    matches = engine(tmp_path).evaluate(doc(STORY_TITLE, STORY_BODY))
    absent = [m for m in matches if m.rule_id == "kakao-absent"]
    assert len(absent) == 1 and absent[0].event is not None and absent[0].event.entity_name == "카카오"
    assert not any(m.event and m.event.type == "absent_from" and m.event.entity in ("naver", "lg-ai-research")
                   for m in matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("업스테이지가 정부 '독자 AI 파운데이션 모델' 프로젝트 2차 평가에서 탈락했다.", ("upstage", "독자 AI 파운데이션 모델")),
        ("KT는 'K-AI 동맹'에서 발을 뺐다.", ("kt", "K-AI 동맹")),
        ("카카오와 KT가 '미래AI협의회' 명단에서 제외됐다.", ("kakao", "미래AI협의회")),
        ("'초거대AI포럼'에 카카오는 불참했다.", ("kakao", "초거대AI포럼")),
    ],
)
def test_absence_forms(tmp_path: Path, text: str, expected: tuple[str, str]) -> None:
    found = engine(tmp_path).events(doc(text))
    assert [(e.entity, e.group) for e in found if e.type == "absent_from"][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 '미래AI협의회'에서 빠지지 않았다.",
        "카카오가 '미래AI협의회'에 합류했다.",
        "카카오가 위기에 빠졌다.",
        "카카오도 '미래AI협의회' 공동 의장사로 이름을 올렸다.",
        "카카오가 '미래AI협의회' 컨소시엄에 최종 선정됐다.",
        "안철수 의원이 카카오 본사를 찾았다.",
        "카카오뱅크가 '미래AI협의회'에서 빠졌다.",
    ],
)
def test_not_absences(tmp_path: Path, text: str) -> None:
    found = engine(tmp_path).events(doc(text))
    assert [e for e in found if e.type == "absent_from" and e.entity == "kakao"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("네이버는 내달 24일 새 모델을 공개한다.", ("naver", None, "2024-08-24", "day", False, "planned")),
        ("LG AI연구원은 엑사원 4.5를 3분기에 선보일 계획이다.", ("lg-ai-research", "엑사원 4.5", "2024-Q3", "quarter", True, "planned")),
        ("카카오는 KoGPT 2.0 출시를 내년으로 미뤘다.", ("kakao", "KoGPT 2.0", "2025", "year", False, "postponed")),
        ("업스테이지는 지난달 솔라 프로를 출시했다.", ("upstage", "솔라 프로", "2024-06", "month", False, "released")),
        ("네이버가 하이퍼클로바X를 연말께 공개할 전망이다.", ("naver", "하이퍼클로바X", "2024-12", "year_end", True, "planned")),
    ],
)
def test_launch_forms(tmp_path: Path, text: str, expected: tuple[object, ...]) -> None:
    found = [e for e in engine(tmp_path).events(doc(text)) if e.type == "launch_date"]
    assert [(e.entity, e.model, e.date, e.precision, e.hedged, e.status) for e in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 오는 8월 7일 2분기 실적을 공개한다.",
        "카카오는 9월 열리는 개발자 행사 일정을 공개했다.",
        "네이버가 AI 윤리 가이드라인을 내달 공개한다.",
        "카카오는 새 모델을 곧 내놓는다.",
        "KT는 새 요금제를 출시한다고 2일 밝혔다.",
    ],
)
def test_not_launch_dates(tmp_path: Path, text: str) -> None:
    assert [e for e in engine(tmp_path).events(doc(text)) if e.type == "launch_date"] == []


def test_event_without_entity_reports_the_organisation_found(tmp_path: Path) -> None:
    matches = engine(tmp_path).evaluate(doc("삼성전자가 '반도체AI연합'에서 탈퇴했다."))
    [match] = [m for m in matches if m.rule_id == "any-absent"]
    assert match.event is not None and match.event.entity == "삼성전자" and match.event.group == "반도체AI연합"


def test_detection_reads_groups_only_where_a_trigger_is_and_once_per_trigger(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The group finder is the costly part (bench/match_throughput.py measures speed; a test
    bounds the work): it runs on trigger sentences only, once per trigger, however many
    organisations the trigger names, and not at all on sentences without one."""
    from rules import events, lexicon

    calls: list[str] = []
    real = events.group_mentions
    monkeypatch.setattr(events, "group_mentions", lambda text: calls.append(text) or real(text))
    eng = engine(tmp_path)
    filler = "업계는 인공지능 시장의 성장세에 주목하고 있다. " * 50
    body = filler + "카카오, 네이버, KT 등 3대 기업이 '한빛AI협회'에서 탈퇴했다. " + filler
    eng.evaluate(Document("x", "한빛AI협회 소식", body, published=STORY_PUBLISHED))
    triggers = len(lexicon.ABSENT_TRIGGERS.findall(body))
    assert triggers == 1 and 1 <= len(calls) <= triggers
    assert all("탈퇴" in text for text in calls)


def test_launch_rules_can_ask_for_planned_launches_only(tmp_path: Path) -> None:
    rules = WATCH + """
  - id: upcoming
    title: 앞으로의 출시
    when: {event: launch_date, status: planned}
"""
    text = "네이버는 새 모델을 지난 3월 공개했다. 카카오는 KoGPT 후속 모델을 이르면 내년 상반기 출시할 전망이다."
    fired = [m for m in engine(tmp_path, rules).evaluate(doc("AI 모델 출시 일정", text)) if m.rule_id == "upcoming"]
    assert [m.event.entity for m in fired if m.event] == ["kakao"]
    with pytest.raises(YamlProblems, match="use it with event: launch_date"):
        engine(tmp_path, WATCH + "\n  - id: x\n    title: x\n    when: {keyword: x, status: planned}\n")


def test_explanations_say_which_trigger_subject_group_and_date_and_why_others_were_refused(tmp_path: Path) -> None:
    text = ("카카오, '한빛AI동맹' 불참\n카카오는 이 동맹 명단에 이름을 올리지 않았다. 네이버는 9월 12일 새 모델을 공개한다고 "
            "3일 밝혔다. 카카오가 탈락할 경우 타격이 크다.")
    title, _, body = text.partition("\n")
    traces = {t.rule_id: "\n".join(t.lines) for t in engine(tmp_path).explain(doc(title, body))}
    absent = traces["kakao-absent"]
    assert "불참 신호 '불참' → 카카오 (주제어) · 그룹 '한빛AI동맹' (신호에 붙은 이름)" in absent
    assert "그룹 '한빛AI동맹' (기사의 주된 그룹" in absent  # "이 동맹" resolved to the article's group
    assert "불참 신호 '탈락' 무시: 뒤에 '탈락할 경우'" in absent
    launches = traces["model-launches"]
    assert "날짜 '3일' 제외" in launches and "날짜 '9월 12일'" in launches and "(동사 앞 날짜)" in launches
    assert "출시" not in absent and "불참 신호" not in launches  # each rule shows its own kind of decision


def test_explanations_show_a_contest_lost_with_no_absence_word(tmp_path: Path) -> None:
    """A loser read off a contest (who entered, who won) has no trigger beside it; the explanation still says why."""
    body = "'한빛사업' 공모에 카카오와 네이버가 참여해 경쟁했다. 네이버가 최종 사업자로 선정됐다."
    traces = {t.rule_id: "\n".join(t.lines) for t in engine(tmp_path).explain(doc("공모 결과", body))}
    assert "경쟁에 참여했으나 선정되지 않음 → 카카오" in traces["kakao-absent"]
    # a line-up and a winner with nothing named they competed for: no absence, and the explanation says why not
    body = "카카오와 네이버가 2파전을 벌였다. 네이버가 최종 낙점을 받았다."
    traces = {t.rule_id: "\n".join(t.lines) for t in engine(tmp_path).explain(doc("결과", body))}
    assert "경쟁 무시: 참가 카카오, 네이버, 무엇을 두고 겨뤘는지 모름" in traces["kakao-absent"]


def test_a_sentence_that_only_secures_or_gains_something_is_never_read_for_an_absence() -> None:
    """'확보', '얻', '따내' are everywhere in news copy ("데이터 확보가 관건"); only their failures
    ("사업권을 확보하지 못했다") are absences, so only those make a sentence worth reading."""
    from rules.events import _anchor_positions

    plain = "전문가들은 데이터 확보가 관건이라고 지적한다. 투자를 얻어 냈고 수주를 따내 성장했다."
    assert _anchor_positions(plain) == ([], [])
    for failed in ("카카오는 사업권을 확보하지 못했다.", "네이버는 티켓을 얻지 못했다.", "토스는 판권을 따내지 못했다."):
        absent_at, _ = _anchor_positions(failed)
        assert absent_at, failed


def test_the_trigger_anchors_cover_every_trigger_pattern() -> None:
    """Sentences are skipped unless an anchor occurs in them: every alternative of the
    trigger patterns must contain one, or a trigger would go unseen."""
    import re

    from rules import lexicon as lx

    for pattern, anchors in ((lx.ABSENT_TRIGGERS, lx.ABSENT_ANCHORS), (lx.LAUNCH_TRIGGERS, lx.LAUNCH_ANCHORS)):
        depth, start, parts = 0, 0, []
        source = pattern.pattern
        for index, ch in enumerate(source):
            if ch == "(" and source[index - 1:index] != "\\":
                depth += 1
            elif ch == ")" and source[index - 1:index] != "\\":
                depth -= 1
            elif ch == "|" and depth == 0:
                parts.append(source[start:index])
                start = index + 1
        parts.append(source[start:])
        for part in parts:
            literal = re.sub(r"\\[sb]|\(\?[:!=<]+|[()?*+|\[\]{}\d,]", " ", part)
            options = [literal] + [opt for opt in re.findall(r"[가-힣a-z]+", part, re.I)]
            assert any(anchor.lower() in option.lower() for anchor in anchors for option in options), part


@pytest.mark.parametrize("win", [
    "카카오가 선정됐다", "카카오를 우선협상자로 선정했다", "카카오가 수주한 것으로", "카카오가 낙찰됐다", "카카오로 최종 뽑혔다",
    "사업은 카카오가 가져갔다", "카카오에게 돌아갔다", "카카오로 결정됐다", "카카오가 최고점을 받았다", "카카오의 손을 들었다",
    "카카오가 웃었다", "카카오의 승리였다", "카카오에만 예비인가를 내줬다", "카카오에 우선협상권을 부여했다", "카카오에 매각된다",
    "카카오에 매각됐다", "카카오와 우선협상을 진행한다", "회사를 인수하게 됐다", "카카오를 최종 택했다", "카카오로 정했다",
    "카카오가 우선협상대상자가 됐다", "카카오가 새 주인이 됐다",
])
def test_every_way_a_win_is_told_opens_the_gate_on_winners(win: str) -> None:
    """Sentences naming no watched organisation are passed over unless the report holds a word every win is told with
    (`_WON_WORDS`, found in the trigger anchors' automaton pass): a win the gate misses is a winner no rule watches left
    unread, and its rivals unscored."""
    from rules.events import _WON, _scan_anchors

    assert _WON.search(win), win
    absent_at, launch_at, tells_winner = _scan_anchors(win)
    assert tells_winner or absent_at or launch_at, win


def test_no_module_level_pattern_is_defined_twice() -> None:
    """A second `_NAME = re.compile(…)` replaces the first at import, silently, for every reader that used it (one did,
    and lost two readings): each module-level name in the rules package is assigned once."""
    import ast
    from collections import Counter
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent.parent / "rules").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(target.id for node in tree.body if isinstance(node, ast.Assign)
                        for target in node.targets if isinstance(target, ast.Name))
        assert [name for name, count in names.items() if count > 1] == [], path.name
