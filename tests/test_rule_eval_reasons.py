"""bench/rule_eval.py --reasons: the real reports' errors counted by what the detector did, without their text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.rulekit import doc, engine

BENCH = Path(__file__).resolve().parent.parent / "bench" / "rule_eval.py"


def rule_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_eval", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("rule_eval", module)
    spec.loader.exec_module(module)
    return module


def test_a_missed_loser_and_a_false_absence_are_counted_by_what_the_detector_did(tmp_path: Path) -> None:
    module = rule_eval()
    eng = engine(tmp_path)
    # a contest told with its winner only: the loser is labelled, and no sentence holds a word of losing
    won_only = module.Case("a", doc("한빛사업 우선협상대상자", "카카오가 '한빛사업' 우선협상대상자로 선정됐다. 네이버는 "
                                    "KT와 손잡고 제안서를 냈다."),
                           [{"type": "absent_from", "entity": "naver", "group": "한빛사업"}])
    # an absence found that the labels do not hold
    wrong = module.Case("b", doc("한빛연합", "카카오는 '한빛연합'에서 탈퇴했다."), [])
    reasons = module.error_reasons(eng, [won_only, wrong])
    assert reasons["absent_from 놓침: 신호 낱말이 기사에 없음 (승자만 알림)"] == 1
    assert sum(n for reason, n in reasons.items() if reason.startswith("absent_from 잘못 찾음: ")) == 1
    # no quoted words or names of the reports in any reason
    assert not any("카카오" in reason or "한빛" in reason for reason in reasons)


def test_a_found_event_with_a_field_wrong_is_counted_by_why_the_field_was_taken(tmp_path: Path) -> None:
    module = rule_eval()
    eng = engine(tmp_path)
    # the absence is found, but in the group the trigger is told of, not the one labelled
    group_wrong = module.Case("c", doc("한빛연합 탈퇴", "카카오는 '한빛연합'에서 탈퇴했다."),
                              [{"type": "absent_from", "entity": "kakao", "group": "누리연합"}])
    launch_wrong = module.Case("d", doc("카카오 새 모델", "카카오는 '한빛GPT'를 오는 9월 출시한다고 밝혔다."),
                               [{"type": "launch_date", "entity": "kakao", "model": "한빛GPT", "date": "2024-10",
                                 "precision": "month", "hedged": False, "status": "planned"}])
    reasons = module.error_reasons(eng, [group_wrong, launch_wrong])
    assert [reason for reason in reasons if reason.startswith("absent_from 그룹 틀림: ")] == \
        ["absent_from 그룹 틀림: 신호에 붙은 이름"]
    assert reasons["launch_date 틀린 필드: date"] == 1
    assert not any("카카오" in reason or "한빛" in reason for reason in reasons)


def test_a_group_s_leading_time_is_no_part_of_its_name() -> None:
    """'2024년 상반기 국내주식 거래증권사' labelled, '국내주식 거래증권사' found: the year, and the half told with it, say when."""
    from rules.records import Event

    module = rule_eval()
    label = {"type": "absent_from", "entity": "kakao", "group": ["2024년 상반기 국내주식 거래증권사"]}
    for found, right in (("국내주식 거래증권사", True), ("상반기 국내주식 거래증권사", True), ("거래증권사", False)):
        event = Event("absent_from", "kakao", "카카오", "", group=found)
        assert module._field_ok(event, "group", label) is right, found
