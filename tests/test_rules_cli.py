"""`sokbo match` and `sokbo rules test`: the command-line contract of the rules room."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.app.cli import main
from tests.rulekit import STORY_BODY, STORY_PUBLISHED, STORY_TITLE, write_rules


def test_match_reads_article_json_lines_and_prints_one_object_per_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = write_rules(tmp_path)
    article = {"id": "a1", "feed": "news", "outlet": "테스트", "url": "https://n.example.kr/1", "title": STORY_TITLE,
               "summary": STORY_BODY.split("\n")[0], "body": STORY_BODY, "published": STORY_PUBLISHED.isoformat()}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(article, ensure_ascii=False) + "\n\n"))
    assert main(["match", "--rules", str(rules), "--input", "-", "--json"]) == 0
    matches = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    absent = next(m for m in matches if m["rule_id"] == "kakao-absent")
    assert absent["article_id"] == "a1" and absent["title"] == "카카오가 협의체·컨소시엄에서 빠짐"
    event = absent["event"]
    assert {k: event[k] for k in ("type", "entity", "group")} == {
        "type": "absent_from", "entity": "kakao", "group": "한빛AI얼라이언스"}
    assert set(event) >= {"model", "date", "precision", "hedged", "status", "evidence"}
    launches = {m["event"]["entity"]: m["event"] for m in matches if m["rule_id"] == "model-launches"}
    assert (launches["naver"]["date"], launches["naver"]["precision"]) == ("2024-09-12", "day")
    assert (launches["kakao"]["date"], launches["kakao"]["hedged"], launches["kakao"]["model"]) == ("2025-H1", True, "KoGPT")


def test_match_reports_a_bad_input_line_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = write_rules(tmp_path)
    source = tmp_path / "in.jsonl"
    source.write_text('not json\n{"id": "b", "title": "카카오 LLM 공개", "summary": ""}\n', encoding="utf-8")
    assert main(["match", "--rules", str(rules), "--input", str(source)]) == 1
    captured = capsys.readouterr()
    assert f"{source}:1:1: not an article JSON object" in captured.err
    assert "b: [medium] 카카오 LLM 소식" in captured.out


def test_rules_test_explains_each_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = write_rules(tmp_path)
    assert main(["rules", "test", "--rules", str(rules), "--text", "카카오뱅크, 초거대AI 상담\n카카오뱅크가 상담을 연다."]) == 0
    out = capsys.readouterr().out
    assert "· kakao-llm (카카오 LLM 소식): 발동 안 함" in out
    assert "✗ entity kakao: 본문에 없음" in out
    assert main(["rules", "test", "--rules", str(rules), "--published", STORY_PUBLISHED.isoformat(),
                 "--text", f"{STORY_TITLE}\n{STORY_BODY}"]) == 0
    out = capsys.readouterr().out
    assert "🔔 kakao-absent" in out and "→ 불참: 카카오 — 한빛AI얼라이언스" in out
