"""Benchmark: matching throughput with many rules, against the naive baseline.

2,000 articles of realistic length (about 1,500 characters of Korean news copy) against
1,000 rules: entities with aliases and `not` names, keywords, regexes, and event rules.
Measured on one core, in one run:
  1. entity/keyword rules through the engine (one automaton scan, candidate rules only)
  2. the same rules naively: every rule's names and keywords searched one by one
  3. the full rule set including regex and event rules, and the event detectors' time per
     candidate article (one that mentions a watched entity and a trigger word)
  4. all rules on articles of 1 KB to 20 KB: MB/s of text, which must stay flat
Targets (issues #3, #10): >= 5,000 articles/s and >= 20x naive for (1), >= 2,000 articles/s
for (3); detectors < 20 ms per candidate article; (4) flat.

    python bench/match_throughput.py [--articles 2000] [--rules 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rules.engine import Document, Engine  # noqa: E402
from rules.loader import load_rules  # noqa: E402

SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후한미래솔빛별"
FILLER = [
    "국내 IT 업계가 인공지능 경쟁에 속도를 내고 있다.", "업계 관계자는 시장 반응을 지켜보겠다고 말했다.",
    "정부는 관련 규제를 정비할 계획이라고 밝혔다.", "투자 규모는 전년 대비 두 배 가까이 늘었다.",
    "전문가들은 데이터 확보가 관건이라고 지적한다.", "이번 발표로 주가는 소폭 상승했다.",
    "회사 측은 구체적인 일정은 공개하지 않았다.", "클라우드 수요가 꾸준히 늘고 있다는 분석이다.",
    "반도체 공급망 불안도 변수로 꼽힌다.", "해외 빅테크와의 격차를 줄이는 것이 과제다.",
]
EVENT_SENTENCES = ["{e}가 '{g}협의회'에서 빠졌다.", "{e}는 새 모델을 내달 24일 공개한다.",
                   "{e}는 '{g}연합'에 불참했다.", "{e}가 신규 서비스를 하반기에 출시할 계획이다."]


def name(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(length))


def build(rng: random.Random, rule_count: int, entity_count: int = 300) -> tuple[str, list[str], list[str]]:
    entities = {f"e{n}": [name(rng, 3) + "테크", name(rng, 2) + "AI", f"Corp{n}X"] for n in range(entity_count)}
    keywords = [name(rng, 3) for _ in range(400)] + [f"K{n}LM" for n in range(100)]
    lines = ["entities:"]
    for entity_id, names in entities.items():
        lines.append(f"  {entity_id}: {{names: [{', '.join(names)}], not: [{names[0]}뱅크]}}")
    lines.append("rules:")
    ids = list(entities)
    for n in range(rule_count):
        entity = rng.choice(ids)
        kws = ", ".join(rng.sample(keywords, 3))
        kind = n % 20
        if kind < 14:  # entity + keywords
            when = f"{{all: [{{entity: {entity}}}, {{any: [{{keyword: [{kws}]}}]}}]}}"
        elif kind < 17:  # keywords only
            when = f"{{keyword: [{kws}]}}"
        elif kind < 19:  # entity + regex
            when = f"{{all: [{{entity: {entity}}}, {{regex: '모델\\s*\\d+(\\.\\d+)?'}}]}}"
        else:  # event rule
            when = f"{{event: {rng.choice(['absent_from', 'launch_date'])}, entity: {entity}}}"
        lines.append(f"  - {{id: r{n}, title: 규칙 {n}, when: {when}}}")
    return "\n".join(lines) + "\n", [n for names in entities.values() for n in names], keywords


def articles(rng: random.Random, count: int, names: list[str], keywords: list[str]) -> list[Document]:
    docs = []
    for n in range(count):
        parts = [rng.choice(FILLER) for _ in range(60)]
        for _ in range(3):
            parts[rng.randrange(len(parts))] = f"{rng.choice(names)}가 {rng.choice(keywords)} 사업을 확대한다."
        if n % 10 == 0:
            parts[rng.randrange(len(parts))] = rng.choice(EVENT_SENTENCES).format(e=rng.choice(names), g=name(rng, 2))
        docs.append(Document(f"a{n}", parts[0], " ".join(parts[1:])))
    return docs


def sized_articles(rng: random.Random, count: int, names: list[str], keywords: list[str], size: int) -> list[Document]:
    """Articles of about `size` bytes of UTF-8 with the usual share of names, keywords and events."""
    docs = []
    for n in range(count):
        parts: list[str] = []
        while sum(len(p.encode()) + 1 for p in parts) < size:
            roll = rng.random()
            if roll < 0.05:
                parts.append(f"{rng.choice(names)}가 {rng.choice(keywords)} 사업을 확대한다.")
            elif roll < 0.06:
                parts.append(rng.choice(EVENT_SENTENCES).format(e=rng.choice(names), g=name(rng, 2)))
            else:
                parts.append(rng.choice(FILLER))
        docs.append(Document(f"s{size}-{n}", parts[0], " ".join(parts[1:])))
    return docs


def _plain(text: str) -> Any:
    """The rules as plain dicts and lists, as a hand-written matcher would read them."""
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)


def naive(ruleset_text: str, docs: list[Document]) -> tuple[float, int]:
    """The same rules evaluated directly: for each rule, its entity's names (minus `not`
    names) and its keywords searched one by one in the folded text."""
    def fold(value: str) -> str:
        return unicodedata.normalize("NFKC", value).casefold()

    data = _plain(ruleset_text)
    entities = {k: ([fold(x) for x in v["names"]], [fold(x) for x in v.get("not", [])])
                for k, v in data["entities"].items()}
    fired = 0
    started = time.perf_counter()
    for doc in docs:
        text = fold(f"{doc.title}\n{doc.summary}")
        for rule in data["rules"]:
            when = rule["when"]
            ok = True
            for part in when.get("all", [when]):
                if "entity" in part:
                    names, nots = entities[part["entity"]]
                    ok = ok and any(n in text for n in names) and not all(n in text for n in nots)
                for sub in part.get("any", [part]):
                    if "keyword" in sub:
                        ok = ok and any(fold(k) in text for k in sub["keyword"])
            fired += ok
    return time.perf_counter() - started, fired


def naive_regex(ruleset_text: str, docs: list[Document]) -> tuple[float, int]:
    """The same rules with the same Korean-aware semantics, one compiled regex per name and
    keyword (word boundary before, only particles after), searched rule by rule."""
    import re

    from rules.korean import PARTICLES

    particles = "|".join(sorted(PARTICLES, key=len, reverse=True))

    def name_re(value: str) -> re.Pattern[str]:
        body = r"\s*".join(re.escape(ch) for ch in unicodedata.normalize("NFKC", value).casefold() if not ch.isspace())
        return re.compile(rf"(?<![가-힣a-z0-9]){body}(?:(?:{particles})+)?(?![가-힣a-z0-9])")

    data = _plain(ruleset_text)
    entities = {k: ([name_re(x) for x in v["names"]], [name_re(x) for x in v.get("not", [])])
                for k, v in data["entities"].items()}
    keyword_res: dict[str, re.Pattern[str]] = {}
    fired = 0
    started = time.perf_counter()
    for doc in docs:
        text = unicodedata.normalize("NFKC", f"{doc.title}\n{doc.summary}").casefold()
        for rule in data["rules"]:
            when = rule["when"]
            ok = True
            for part in when.get("all", [when]):
                if "entity" in part and ok:
                    names, nots = entities[part["entity"]]
                    ok = any(r.search(text) for r in names) and not any(r.search(text) for r in nots)
                for sub in part.get("any", [part]):
                    if "keyword" in sub and ok:
                        ok = any(keyword_res.setdefault(k, re.compile(re.escape(k.casefold()))).search(text)
                                 for k in sub["keyword"])
            fired += ok
    return time.perf_counter() - started, fired


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rules", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    text, names, keywords = build(rng, args.rules)
    docs = articles(rng, args.articles, names, keywords)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yaml"
        path.write_text(text, encoding="utf-8")
        ruleset = load_rules([path])
        simple_text = "\n".join(line for line in text.splitlines()
                                if "regex" not in line and "event:" not in line) + "\n"
        simple_path = Path(tmp) / "simple.yaml"
        simple_path.write_text(simple_text, encoding="utf-8")
        simple = load_rules([simple_path])
    avg_len = sum(len(d.title) + len(d.summary) for d in docs) / len(docs)

    started = time.perf_counter()
    engine = Engine(simple)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    simple_matches = sum(len(engine.evaluate(doc)) for doc in docs)
    simple_s = time.perf_counter() - started
    naive_s, naive_fired = naive(simple_text, docs)
    naive_re_s, naive_re_fired = naive_regex(simple_text, docs)

    full = Engine(ruleset)
    started = time.perf_counter()
    full_matches = sum(len(full.evaluate(doc)) for doc in docs)
    full_s = time.perf_counter() - started
    candidates = [d for d in docs if any(t in d.summary for t in ("빠졌", "불참", "공개한다", "출시할"))]
    timings = []
    for doc in candidates:
        started = time.perf_counter()
        full.events(doc)
        timings.append(time.perf_counter() - started)
    timings.sort()

    print(f"match throughput: {len(docs)} articles (avg {avg_len:.0f} chars), one core")
    print(f"  entity/keyword rules ({len(simple.rules)}): {len(docs) / simple_s:,.0f} articles/s "
          f"({simple_matches} matches; automaton built in {build_s * 1000:.0f} ms)")
    print(f"  naive baseline, same rules, terms searched one by one: {len(docs) / naive_s:,.0f} articles/s "
          f"({naive_fired} matches)")
    print(f"  naive baseline with the same Korean-aware semantics (a regex per name): "
          f"{len(docs) / naive_re_s:,.0f} articles/s ({naive_re_fired} matches)")
    print(f"  speed-up: {naive_s / simple_s:.1f}x over plain substring search, {naive_re_s / simple_s:.1f}x over "
          f"the same semantics   targets: >= 5,000 articles/s, >= 20x naive")
    print(f"  all {len(ruleset.rules)} rules incl. regex and event rules: {len(docs) / full_s:,.0f} articles/s "
          f"({full_matches} matches)")
    # Throughput per byte must not fall as articles grow (a scan or detector quadratic in
    # length would show here): the same mix of sentences at 1 KB to 20 KB, measured apart for
    # the scan with entity/keyword rules and for event detection run on every article (how
    # often detection runs depends on what an article mentions, not on its length).
    per_size = []
    for kilobytes in (1, 2, 5, 10, 20):
        sized = sized_articles(random.Random(kilobytes), max(40, 400 // kilobytes), names, keywords, kilobytes * 1024)
        nbytes = sum(len(f"{d.title}\n{d.summary}".encode()) for d in sized)
        started = time.perf_counter()
        for doc in sized:
            engine.evaluate(doc)
        scan_s = time.perf_counter() - started
        started = time.perf_counter()
        for doc in sized:
            full.events(doc)
        detect_s = time.perf_counter() - started
        per_size.append((kilobytes, nbytes / scan_s / 1e6, nbytes / detect_s / 1e6))
    if timings:
        p50 = timings[len(timings) // 2] * 1000
        p95 = timings[int(len(timings) * 0.95) - 1] * 1000
        print(f"  event detectors per candidate article ({len(timings)}): p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
              f"max {timings[-1] * 1000:.2f} ms   target: < 20 ms")
    print("  MB/s by article size, entity/keyword rules: " + ", ".join(f"{kb} KB {scan:.1f}" for kb, scan, _ in per_size)
          + f"   (20 KB / 1 KB: {per_size[-1][1] / per_size[0][1]:.2f}; target: flat)")
    print("  MB/s by article size, event detection:      " + ", ".join(f"{kb} KB {det:.1f}" for kb, _, det in per_size)
          + f"   (20 KB / 1 KB: {per_size[-1][2] / per_size[0][2]:.2f}; target: flat)")
    print("  targets: entity/keyword >= 5,000 articles/s; all rules incl. regex and events >= 2,000 articles/s")


if __name__ == "__main__":
    main()
