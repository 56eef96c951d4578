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
                                  "카카오에서는 LLM을",
                                  # a consortium named after the company, glued to its name (real reports write it so)
                                  "카카오컨소시엄이 LLM 사업에", "카카오컨소시엄 LLM"])
def test_entity_names_match_with_particles_case_and_width(tmp_path: Path, text: str) -> None:
    assert "kakao-llm" in fired(engine(tmp_path), text)


@pytest.mark.parametrize("text", ["카카오뱅크가 LLM 상담", "카카오페이 LLM", "카카오톡에 LLM", "신카카오 LLM",
                                  "KakaoBank LLM", "카카오게임즈의 LLM", "카카오컨소시엄관 LLM"])
def test_other_companies_containing_the_name_do_not_count(tmp_path: Path, text: str) -> None:
    assert "kakao-llm" not in fired(engine(tmp_path), text)


def test_spacing_variants_of_a_name_match(tmp_path: Path) -> None:
    eng = engine(tmp_path)
    for text in ("LG AI연구원이 모델을", "LG AI 연구원이 모델을", "LGAI연구원이", "ＬＧ ＡＩ연구원의"):
        scan = eng.index.scan(text)
        assert "lg-ai-research" in scan.entities, text


def test_a_hangul_letter_typed_for_a_middle_dot_separates_names(tmp_path: Path) -> None:
    """ㆍ (U+318D) is a Hangul letter: read as one, it glued '카카오ㆍ네이버' into one unknown word."""
    assert {"kakao-llm", "naver-title"} <= fired(engine(tmp_path), "카카오ㆍ네이버 LLM 경쟁")


def test_a_name_in_a_list_sharing_the_last_names_ending_matches(tmp_path: Path) -> None:
    """'한빛·새별투자증권' names 한빛증권 too; the ending is read only from the list's last name."""
    eng = engine(tmp_path, """
entities:
  hanbit-sec: {names: [한빛증권]}
rules:
  - {id: hanbit, title: 한빛증권, when: {entity: hanbit-sec}}
""")
    assert "hanbit-sec" in eng.index.scan("한빛·새별투자증권은 참여를 미뤘다").entities
    assert eng.index.scan("한빛·새별투자증권은 참여를 미뤘다").entities["hanbit-sec"] == [(0, 2)]
    assert "hanbit-sec" not in eng.index.scan("한빛·새별 두 곳은 증권 업무를 한다").entities
    assert "hanbit-sec" not in eng.index.scan("한빛 새별투자증권").entities


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


def test_a_catastrophic_regex_gives_up_after_bounded_work_and_is_counted(tmp_path: Path) -> None:
    text = "entities: {}\nrules:\n  - {id: evil, title: t, when: {regex: '(a|aa)+$'}}\n"
    eng = engine(tmp_path, text)
    cpu = time.thread_time()
    assert eng.evaluate(doc("a" * 40 + "!")) == []
    assert time.thread_time() - cpu < 1.0  # about 2 x REGEX_CPU_S of work, never the pattern's 2^40 steps
    assert eng.stats.regex_timeouts == {"evil": 1}
    [trace] = eng.explain(doc("a" * 40 + "!"))
    assert not trace.fired and any("시간 초과" in line for line in trace.lines)


def test_a_regex_starved_of_cpu_is_retried_not_dropped() -> None:
    """Under load the thread may get no CPU before the wall-clock timeout fires: that is
    not the pattern's fault, and the alert must not be lost."""
    import regex

    from rules.engine import bounded_search

    real = regex.compile(r"KoGPT\s*\d")

    class Starved:
        calls = 0

        def search(self, text: str, timeout: float) -> object:
            Starved.calls += 1
            if Starved.calls == 1:
                time.sleep(timeout)  # wall time passes, this thread does no work
                raise TimeoutError("regex timed out")
            return real.search(text, timeout=timeout)

    found = bounded_search(Starved(), "카카오 KoGPT 2 공개")  # type: ignore[arg-type]
    assert found is not None and found.group(0) == "KoGPT 2" and Starved.calls == 2


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


def test_a_keyword_is_never_glued_together_from_two_words(tmp_path: Path) -> None:
    text = "entities: {}\nrules:\n  - {id: dokusa, title: t, when: {keyword: 도쿠사}}\n" \
           "  - {id: spaced, title: t, when: {keyword: 초거대 AI}}\n"
    eng = engine(tmp_path, text)
    assert "dokusa" not in fired(eng, "도쿠 사업을 확대한다")
    assert "dokusa" in fired(eng, "도쿠사가 공개했다")
    # A space the author wrote may be there or not; one it did not write may not.
    assert "spaced" in fired(eng, "초거대AI 경쟁") and "spaced" in fired(eng, "초거대 AI 경쟁")
    assert "spaced" not in fired(eng, "초거 대AI 경쟁")


def test_mapping_hits_back_to_the_text_reads_it_once_not_once_per_hit() -> None:
    from rules.korean import Squeezed, squeeze

    class CountingStr(str):
        read = 0

        def count(self, sub: str, start: int = 0, end: int | None = None) -> int:  # type: ignore[override]
            CountingStr.read += (len(self) if end is None else min(end, len(self))) - start
            return super().count(sub, start, end)

    text = "카카오 는 LG AI 연구원 과 함께 모델을 공개했다. " * 400
    plain = squeeze(text)
    squeezed = Squeezed(plain.text, text, CountingStr(plain.spaced or ""))
    for end in range(4, len(squeezed.text), 3):  # hits in text order, overlapping like automaton hits
        start, stop = squeezed.span(end - 4, end)
        assert text[start:stop].replace(" ", "") == text.replace(" ", "")[end - 4:end]
    assert CountingStr.read <= 3 * len(text)


def test_fast_evaluation_finds_exactly_what_the_explained_evaluation_finds(tmp_path: Path) -> None:
    """Rules are compiled to closures for speed; `explain` walks them step by step. Both must
    fire the same rules with the same events and highlighted terms."""
    eng = engine(tmp_path)
    texts = [(STORY_TITLE, STORY_BODY), ("카카오뱅크, 초거대AI 상담 출시", ""), ("카카오 KoGPT 2 공개", "LLM 경쟁"),
             ("네이버, 새 검색 공개", "본문"), ("카카오와 카카오뱅크, LLM 협력", ""), ("오늘의 날씨", "맑음")]
    for title, body in texts:
        fast = sorted((m.rule_id, m.key, m.terms) for m in eng.evaluate(doc(title, body)))
        explained = sorted((m.rule_id, m.key, m.terms) for t in eng.explain(doc(title, body)) for m in t.matches)
        assert fast == explained, title
