"""Rule files: the documented format loads; every defect is reported at FILE:LINE:COL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.app.cli import main
from rules import EXAMPLE_RULES
from rules.loader import load_rules
from sokbo.yamlconf import YamlProblems

ENTITIES = """entities:
  kakao:
    names: [카카오, Kakao]
    not: [카카오뱅크]
"""


def test_the_documented_example_loads_as_written() -> None:
    ruleset = load_rules([EXAMPLE_RULES])
    assert [r.id for r in ruleset.rules] == ["kakao-absent", "model-launches", "kakao-llm"]
    assert ruleset.entities["kakao"].not_ == ["카카오뱅크", "카카오페이", "카카오게임즈"]
    kakao_llm = ruleset.rule("kakao-llm")
    assert kakao_llm is not None and kakao_llm.cooldown is not None and kakao_llm.cooldown.total_seconds() == 21600


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("rules:\n  - id: r\n    title: t\n    wehn: {entity: kakao}\n",
         "rules.yaml:8:5: unknown key 'wehn' (did you mean 'when'?)"),
        ("rules:\n  - id: r\n    title: t\n    when: {entity: kakoa}\n",
         "rules.yaml:8:20: unknown entity 'kakoa' (did you mean 'kakao'?)"),
        ("rules:\n  - id: r\n    title: t\n    when: {all: [{entity: kakao}, {keywrd: LLM}]}\n",
         "rules.yaml:8:36: unknown key 'keywrd' (did you mean 'keyword'?)"),
        ("rules:\n  - id: r\n    title: t\n    when: {regex: 'KoGPT(\\d'}\n",
         "rules.yaml:8:19: bad regex 'KoGPT("),
        ("rules:\n  - id: r\n    title: t\n    when: {entity: kakao}\n    cooldown: 6 hours\n",
         "rules.yaml:9:15: rules.0.cooldown: bad duration '6 hours'"),
        ("rules:\n  - id: r\n    title: t\n    when: {event: absent}\n",
         "rules.yaml:8:19: rules.0.when.event: Input should be 'absent_from' or 'launch_date'"),
        ("rules:\n  - id: r\n    title: t\n    when: {field: title}\n",
         "rules.yaml:8:11: rules.0.when: a condition needs at least one of"),
        ("rules:\n  - id: r\n    title: t\n    when: {entity: kakao}\n  - id: r\n    title: u\n    when: {keyword: x}\n",
         "rules.yaml:9:9: duplicate rule id 'r' (first defined at rules.yaml:6:9)"),
        ("rules:\n  - id: r\n    when: {entity: kakao}\n", "rules.yaml:6:5: missing required key 'title'"),
        ("rules:\n  - id: r\n    title: t\n    when: {entity: kakao\n", "rules.yaml:9:1:"),
    ],
    ids=["unknown-key", "unknown-entity", "nested-unknown-key", "bad-regex", "bad-duration", "bad-event",
         "empty-condition", "duplicate-rule", "missing-title", "yaml-syntax"],
)
def test_each_defect_is_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("rules.yaml").write_text(ENTITIES + body, encoding="utf-8")
    with pytest.raises(YamlProblems) as problems:
        load_rules(["rules.yaml"])
    assert any(str(p).startswith(expected) for p in problems.value.problems), problems.value.problems


def test_duplicates_across_files_are_reported_at_the_second(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(ENTITIES + "rules:\n  - {id: same, title: a, when: {entity: kakao}}\n", encoding="utf-8")
    Path("b.yaml").write_text(ENTITIES + "rules:\n  - {id: same, title: b, when: {entity: kakao}}\n", encoding="utf-8")
    with pytest.raises(YamlProblems) as problems:
        load_rules(["a.yaml", "b.yaml"])
    messages = [str(p) for p in problems.value.problems]
    assert "b.yaml:2:3: duplicate entity id 'kakao' (first defined at a.yaml:2:3)" in messages
    assert "b.yaml:6:10: duplicate rule id 'same' (first defined at a.yaml:6:10)" in messages


def test_rules_check_cli_exits_nonzero_with_one_line_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(ENTITIES + "rules:\n  - id: r\n    title: t\n    when: {entity: nope, keyword: [x]}\n"
                   "    severity: urgent\n", encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 or len(lines) == 2
    assert all(line.startswith(f"{bad}:") for line in lines)
    assert main(["rules", "check", str(EXAMPLE_RULES)]) == 0
    assert "규칙 3개" in capsys.readouterr().out


def test_duplicate_ids_are_reported_even_beside_another_error_and_an_empty_file_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("rules.yaml").write_text(ENTITIES + "rules:\n  - id: r\n    title: t\n    when: {entity: kakao}\n"
                                  "  - id: r\n    titel: u\n    when: {keyword: x}\n", encoding="utf-8")
    with pytest.raises(YamlProblems) as problems:
        load_rules(["rules.yaml"])
    found = [str(p) for p in problems.value.problems]
    assert any("duplicate rule id 'r'" in p for p in found) and any("titel" in p for p in found)  # issue #9, item 7
    Path("empty.yaml").write_text("entities: {}\nrules: []\n", encoding="utf-8")
    assert main(["rules", "check", "empty.yaml"]) == 1
    assert "규칙이 하나도 없습니다" in capsys.readouterr().out


def test_json_schema_is_exported_for_editors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "sokbo watch rules"
    assert {"entities", "rules"} <= set(schema["properties"])
    when = schema["$defs"]["When"]["properties"]
    assert {"all", "any", "none", "entity", "keyword", "regex", "event", "source", "field"} <= set(when)
    assert "not" in schema["$defs"]["EntityDef"]["properties"]


def test_a_rules_file_that_multiplies_or_nests_without_end_is_refused_at_its_place(tmp_path: Path) -> None:
    """Issue #9, item 6: eight levels of anchors of anchors took 3 GB in rules check, and
    3,000 levels of nesting a RecursionError. Both are located errors, found by reading the
    file once (the refusal costs work linear in its size, not in what it would expand to)."""
    import tracemalloc

    bomb = ["entities: {}", "x0: &b0 [a, a, a, a, a, a, a, a, a, a]"]
    bomb += [f"x{n}: &b{n} [" + ", ".join([f"*b{n - 1}"] * 10) + "]" for n in range(1, 9)]
    bomb += ["rules:", "  - id: r", "    title: t", "    when: {all: [*b8]}"]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(bomb) + "\n", encoding="utf-8")
    tracemalloc.start()
    with pytest.raises(YamlProblems) as problems:
        load_rules([path])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "expands to more than" in str(problems.value.problems[0]) and str(path) in str(problems.value.problems[0])
    assert peak < 50_000_000
    deep = tmp_path / "deep.yaml"
    deep.write_text("rules: " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    with pytest.raises(YamlProblems) as problems:
        load_rules([deep])
    assert "nested more than" in str(problems.value.problems[0])


def _positions(node: object, path: tuple[object, ...] = ()) -> dict[tuple[object, ...], tuple[int, int]]:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    found: dict[tuple[object, ...], tuple[int, int]] = {}
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            if key in node.lc.data:
                found[path + (key, "key")] = tuple(node.lc.key(key))  # type: ignore[assignment]
                found[path + (key, "value")] = tuple(node.lc.value(key))  # type: ignore[assignment]
            found.update(_positions(value, path + (key,)))
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            found[path + (index,)] = tuple(node.lc.item(index))  # type: ignore[assignment]
            found.update(_positions(value, path + (index,)))
    return found


def test_the_fast_loader_reads_what_the_round_trip_loader_reads_at_the_same_places() -> None:
    """Rule files are read in one pass over libyaml's events, not by ruamel's round-trip
    loader (29 s for 20,000 rules): same values, same positions for every FILE:LINE:COL."""
    from ruamel.yaml import YAML

    from sokbo.yamlconf import parse_yaml_text

    texts = [Path(EXAMPLE_RULES).read_text(encoding="utf-8"), """
# 주석은 값이 아니다
base: &base {severity: high, when: {keyword: [반도체]}}
rules:
  - <<: *base
    id: merged          # a merge key, then the rule's own keys
    title: "따옴표 제목"
  - {id: flow, title: '홑따옴표', when: {event: absent_from, entity: [kakao, naver]}}
  - id: block
    title: >-
      접힌
      제목
    dates: [2024-07-15, 1.5, 10, true, null, ~, "10"]
    empty:
"""]
    for text in texts:
        fast = parse_yaml_text(text, "x.yaml").data
        reference = YAML(typ="rt").load(text)
        assert json.loads(json.dumps(fast, default=str)) == json.loads(json.dumps(reference, default=str))
        ours, theirs = _positions(fast), _positions(reference)
        # A key with no value is placed on its own line (the round-trip loader says the next).
        empty = [k for k in ours if k[-1] == "value" and k[-2] == "empty"]
        for key in empty:
            assert ours.pop(key)[0] == theirs.pop(key)[0] - 1
        assert ours == theirs


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("rules: []\nentities: {}\nrules: []\n", (3, 1), "duplicate key 'rules'"),
        ("rules:\n  - when: *missing\n", (2, 11), "undefined alias 'missing'"),
        ("rules: []\n---\nrules: []\n", (2, 1), "single document"),
    ],
)
def test_a_malformed_yaml_structure_is_reported_at_its_place(text: str, where: tuple[int, int], what: str) -> None:
    from sokbo.yamlconf import parse_yaml_text

    with pytest.raises(YamlProblems) as problems:
        parse_yaml_text(text, "x.yaml")
    problem = problems.value.problems[0]
    assert (problem.line, problem.col) == where and what in problem.message, problem


def test_a_name_that_is_an_everyday_word_loads_but_check_warns_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'우리' is 우리은행's short name and the pronoun of nearly every report: valid, but noisy."""
    monkeypatch.chdir(tmp_path)
    Path("rules.yaml").write_text("entities:\n  woori:\n    names: [우리은행, 우 리]\n  dell:\n    names: [델]\n"
                                  "  kakao:\n    names: [카카오]\n"
                                  "rules:\n  - {id: r, title: t, when: {entity: [woori, dell, kakao]}}\n",
                                  encoding="utf-8")
    ruleset = load_rules(["rules.yaml"])
    assert [(w.line, w.col, w.entity, w.name) for w in ruleset.warnings] == [(3, 19, "woori", "우 리")]
    assert main(["rules", "check", "rules.yaml"]) == 0  # valid: a warning does not fail the check
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("rules.yaml:3:19: 경고: 엔티티 'woori' 이름 '우 리'")
    assert len(out) == 2 and "규칙 1개" in out[1]  # a short name that is no everyday word ('델') is fine


def test_the_bundled_example_rules_have_no_noisy_names() -> None:
    assert load_rules([EXAMPLE_RULES]).warnings == ()
