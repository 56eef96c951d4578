"""Matching names and keywords the way Korean news writes them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rules.engine import Engine
from rules.loader import load_rules
from tests.rulekit import STORY_BODY, STORY_TITLE, doc, engine, write_rules


def fired(eng: Engine, title: str, body: str = "") -> set[str]:
    return {m.rule_id for m in eng.evaluate(doc(title, body))}


@pytest.mark.parametrize("text", ["카카오가 LLM을 공개했다", "카카오는 LLM", "카카오의 LLM", "카카오측은 LLM 전략을",
                                  "카카오와 네이버의 LLM", "Kakao LLM", "KAKAO의 LLM", "ｋａｋａｏ LLM", "카카오브레인 LLM",
                                  "카카오에서는 LLM을"])
def test_entity_names_match_with_particles_case_and_width(tmp_path: Path, text: str) -> None:
    assert "kakao-llm" in fired(engine(tmp_path), text)


@pytest.mark.parametrize("text", ["카카오뱅크가 LLM 상담", "카카오페이 LLM", "카카오톡에 LLM", "신카카오 LLM",
                                  "KakaoBank LLM", "카카오게임즈의 LLM"])
def test_other_companies_containing_the_name_do_not_count(tmp_path: Path, text: str) -> None:
    assert "kakao-llm" not in fired(engine(tmp_path), text)


def test_spacing_variants_of_a_name_match(tmp_path: Path) -> None:
    eng = engine(tmp_path)
    for text in ("LG AI연구원이 모델을", "LG AI 연구원이 모델을", "LGAI연구원이", "ＬＧ ＡＩ연구원의"):
        scan = eng.index.scan(text)
        assert "lg-ai-research" in scan.entities, text


def test_keywords_respect_latin_word_boundaries_but_not_korean_compounds(tmp_path: Path) -> None:
    eng = engine(tmp_path)
    assert "kakao-llm" in fired(eng, "카카오, 초거대AI추진협의회 불참")  # 초거대AI inside a compound
    assert "kakao-llm" not in fired(eng, "카카오 LLMOps 도구")  # LLM is not LLMOps
    assert "kakao-llm" in fired(eng, "카카오 KoGPT 2 공개")  # via the regex


def test_none_blocks_the_rule(tmp_path: Path) -> None:
    assert "kakao-llm" not in fired(engine(tmp_path), "카카오와 카카오뱅크, LLM 협력")


def test_field_title_looks_only_at_the_title(tmp_path: Path) -> None:
    eng = engine(tmp_path)
    assert "naver-title" in fired(eng, "네이버, 새 검색 공개", "본문")
    assert "naver-title" not in fired(eng, "검색 시장 재편", "네이버가 새 검색을 공개했다")


def test_source_limits_rules_to_feeds(tmp_path: Path) -> None:
    text = "entities: {}\nrules:\n  - {id: etnews-only, title: t, when: {all: [{source: [etnews]}, {keyword: 반도체}]}}\n"
    eng = engine(tmp_path, text)
    from rules.engine import Document
    from tests.rulekit import STORY_PUBLISHED

    assert [m.rule_id for m in eng.evaluate(Document("a", "반도체 수출", feed_id="etnews", published=STORY_PUBLISHED))]
    assert not eng.evaluate(Document("b", "반도체 수출", feed_id="zdnet", published=STORY_PUBLISHED))


def test_a_catastrophic_regex_times_out_instead_of_hanging(tmp_path: Path) -> None:
    text = "entities: {}\nrules:\n  - {id: evil, title: t, when: {regex: '(a|aa)+$'}}\n"
    eng = engine(tmp_path, text)
    started = time.monotonic()
    assert eng.evaluate(doc("a" * 40 + "!")) == []
    assert time.monotonic() - started < 2
    [trace] = eng.explain(doc("a" * 40 + "!"))
    assert not trace.fired and any("시간 초과" in line for line in trace.lines)


def test_explain_says_why_a_rule_did_not_fire(tmp_path: Path) -> None:
    traces = {t.rule_id: t for t in engine(tmp_path).explain(doc("카카오뱅크, 초거대AI 상담 출시"))}
    lines = "\n".join(traces["kakao-llm"].lines)
    assert not traces["kakao-llm"].fired
    assert "✗ entity kakao: 본문에 없음" in lines
    assert "✓ keyword 초거대AI, LLM, 거대언어모델: 초거대AI" in lines


def test_rules_whose_terms_are_absent_are_not_evaluated(tmp_path: Path) -> None:
    rules = "entities: {}\nrules:\n" + "".join(
        f"  - {{id: r{n}, title: t, when: {{keyword: 단어{n}}}}}\n" for n in range(200))
    eng = Engine(load_rules([write_rules(tmp_path, rules)]))
    assert {m.rule_id for m in eng.evaluate(doc("오늘 단어7 과 단어42"))} == {"r7", "r42"}
    assert all(eng._needs[f"r{n}"] == frozenset({f"kw:단어{n}"}) for n in range(200))


def test_squeezed_offsets_map_back_to_the_original_characters() -> None:
    import random

    from rules.korean import squeeze

    rng = random.Random(3)
    alphabet = "카카오 LG AI연구원\n\t네이버ＡＢ  x"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        squeezed = squeeze(text)
        for index, ch in enumerate(squeezed.text):
            start, end = squeezed.span(index, index + 1)
            assert ch in __import__("unicodedata").normalize("NFKC", text[start:end]).casefold()


def test_each_event_match_names_its_own_organisation_for_highlighting(tmp_path: Path) -> None:
    launches = [m for m in engine(tmp_path).evaluate(doc(STORY_TITLE, STORY_BODY)) if m.rule_id == "model-launches"]
    by_entity = {m.event.entity: m.terms for m in launches if m.event is not None}
    assert "네이버" in by_entity["naver"] and "카카오" not in by_entity["naver"]
    assert "카카오" in by_entity["kakao"] and "네이버" not in by_entity["kakao"]
