"""Benchmark: loading a large rules file, against the round-trip YAML loader it replaced.

Issue #9 (item 6): 20,000 rules took 29 s to load, nearly all of it ruamel's round-trip
loader gathering comments token by token, plus a second pass over the events to bound
anchors. sokbo now builds the same positioned maps in one pass over the parser's events
(libyaml through ruamel.yaml.clib). Measured in one run, on the same generated file:
  1. YAML to positioned maps, sokbo's loader (bounds checked while building)
  2. the baseline: ruamel's round-trip loader plus the separate bounds pass
  3. the whole `load_rules` (YAML, validation, compiled automaton) with sokbo's loader
Target: a 20,000-rule file loads in seconds.

    python bench/rule_load.py [--rules 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ruamel.yaml import YAML  # noqa: E402

from rules.loader import load_rules  # noqa: E402
from sokbo.yamlconf import parse_yaml_text  # noqa: E402

ENTITIES = """entities:
  kakao:
    names: [카카오, Kakao, 카카오브레인]
    not: [카카오뱅크, 카카오페이]
  naver:
    names: [네이버, NAVER, 네이버클라우드]
"""


def rules_file(count: int) -> str:
    """Rules of the shapes people write: entities with keywords, any/none, events."""
    lines = [ENTITIES.rstrip(), "rules:"]
    for i in range(count):
        if i % 3 == 0:
            lines.append(f"  - id: keyword-{i}\n    title: 키워드 규칙 {i}  # 주석도 읽는다\n    when:\n      all:\n"
                         f"        - entity: kakao\n        - any:\n            - keyword: [초거대AI{i}, 언어모델{i}]\n"
                         f"            - keyword: [출시{i}]\n      none:\n        - keyword: 카카오뱅크")
        elif i % 3 == 1:
            lines.append(f"  - id: event-{i}\n    title: 불참 {i}\n    when: {{event: absent_from, entity: naver}}\n"
                         f"    severity: high")
        else:
            lines.append(f"  - id: plain-{i}\n    title: '단순 {i}'\n    when:\n      keyword: [반도체{i}, HBM{i}]")
    return "\n".join(lines) + "\n"


def baseline(text: str) -> float:
    """The replaced path: the bounds pass over round-trip events, then the round-trip load."""
    started = time.perf_counter()
    for _ in YAML(typ="rt").parse(text):
        pass
    YAML(typ="rt").load(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", type=int, default=20_000)
    args = parser.parse_args()
    text = rules_file(args.rules)
    print(f"rules file: {args.rules:,} rules, {len(text.encode()) / 1e6:.1f} MB")

    started = time.perf_counter()
    parse_yaml_text(text, "bench.yaml")
    ours = time.perf_counter() - started
    print(f"  1. sokbo's YAML loader:               {ours:6.2f} s")
    base = baseline(text)
    print(f"  2. baseline (round-trip + bounds):    {base:6.2f} s   ({base / ours:.1f}x slower)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.yaml"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        loaded = load_rules([path])
        whole = time.perf_counter() - started
    print(f"  3. load_rules, validated and compiled: {whole:6.2f} s   ({len(loaded.rules):,} rules)")
    print("target: a 20,000-rule file loads in seconds")


if __name__ == "__main__":
    main()
