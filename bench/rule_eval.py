"""Benchmark: precision, recall and field accuracy of the event detectors.

Two sets, printed side by side with a keyword baseline (a trigger word and a watched
name in the same sentence):

* own passages (bench/data/passages.txt): written for this project, one phenomenon a
  line; they pin behaviour down and are optimistic by construction.
* real reports (bench/data/real/labels.yaml): Korean news reports from many outlets,
  labelled by hand, split by story into development (tuned on) and a test half (never
  looked at while tuning). A test half once read becomes development, and a fresh round
  of stories becomes the test half (labels.yaml's header tells the rounds). Their text is not ours to redistribute: the labels
  hold each report's address, time and outlet, and `--real DIR` reads the texts from a
  folder of JSON files ({"id", "url", "published", "title", "body"}); missing ones are
  skipped and counted.

An event is found when type and organisation (entity id) agree; its fields (group;
model, date, precision, hedged, status) are scored among the events found, and "every
field right" counts found events with no field wrong.

    python bench/rule_eval.py [--real DIR [--split dev|test|both] [--rounds 5,6] [--reasons]]
                              [--show-errors dev|test|own|all]

`--reasons` counts each split's errors by what the detector's notes say it did (the refusal on a sentence naming
the organisation, or the reading that found a false one), with no text, name or quoted word of the reports: the
grouping by phenomenon a closing note needs, which a test half can give without being read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rules import lexicon as lx  # noqa: E402
from rules.engine import Document, Engine  # noqa: E402
from rules.events import detect_events  # noqa: E402
from rules.korean import sentences  # noqa: E402
from rules.loader import load_rules  # noqa: E402
from rules.records import Event  # noqa: E402
from sokbo.timeutil import KST  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "real"
PUBLISHED = datetime(2024, 7, 15, 9, 0, tzinfo=KST)
KINDS = ("absent_from", "launch_date")
FIELDS = {"absent_from": ("group",), "launch_date": ("model", "date", "precision", "hedged", "status")}


@dataclass
class Case:
    """One text with its expected events (dicts with type, entity and labelled fields)."""

    id: str
    doc: Document
    gold: list[dict[str, Any]]
    optional: list[dict[str, Any]] = field(default_factory=list)  # found or not, counted neither way


@dataclass
class Scores:
    counts: Counter[str] = field(default_factory=Counter)
    field_ok: Counter[str] = field(default_factory=Counter)
    field_all: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    cases: int = 0


# --- loading ---------------------------------------------------------------------------

def own_passages() -> list[Case]:
    cases = []
    for index, line in enumerate((DATA / "passages.txt").read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        text, _, labels = line.partition("|||")
        gold: list[dict[str, Any]] = []
        for label in (part.strip() for part in labels.split(";")):
            if label in ("-", ""):
                continue
            kind, _, rest = label.partition(":")
            entity, _, detail = rest.partition("@")
            if kind == "A":
                gold.append({"type": "absent_from", "entity": entity, "group": detail})
            else:
                parts = detail.split("/")
                flags = parts[2:]
                status = next((f for f in flags if f in ("planned", "postponed", "released")), "planned")
                gold.append({"type": "launch_date", "entity": entity, "date": parts[0], "precision": parts[1],
                             "hedged": "h" in flags, "status": status})
        title, _, body = text.strip().replace("\\n", "\n").partition("\n")
        cases.append(Case(f"p{index}", Document(f"p{index}", title, body, published=PUBLISHED), gold))
    return cases


def real_reports(texts: Path, split: str, rounds: set[int] | None = None) -> tuple[list[Case], int]:
    """Cases of one split (and of `rounds`, if given) whose text is in `texts`, and how many
    labelled reports lack it."""
    labels = YAML(typ="safe").load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    cases, missing = [], 0
    for report in labels["reports"]:
        if report["split"] != split or (rounds and report.get("round", 1) not in rounds):
            continue
        path = texts / f"{report['id']}.json"
        if not path.exists():
            missing += 1
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        published = datetime.fromisoformat(str(report["published"]))
        doc = Document(report["id"], record["title"], record["body"], published=published)
        cases.append(Case(report["id"], doc, [dict(e) for e in report.get("events") or ()],
                          [dict(e) for e in report.get("optional") or ()]))
    return cases, missing


# --- scoring ---------------------------------------------------------------------------

def _norm(value: object) -> str:
    """Names compare without spaces, quotes, brackets and case (K-칩 얼라이언스 = 'K-칩얼라이언스')."""
    return re.sub(r"[\s'‘’\"“”·()\[\]「」『』<>]", "", str(value)).casefold()


def _name_forms(label: object) -> set[str]:
    """A labelled name and its parts: '쓰론 앤 리버티(TL)' is also 'TL'."""
    forms: set[str] = set()
    for item in label if isinstance(label, list) else [label]:
        text = str(item)
        forms.add(_norm(text))
        outside = re.sub(r"\(.*?\)", "", text)
        forms.add(_norm(outside))
        forms.add(_norm(re.sub(r"^\s*20\d\d년?\s+", "", outside)))  # the year is when, not part of the name
        # nor the half or quarter told with it ('2024년 상반기 국내주식 거래증권사' is '국내주식 거래증권사')
        forms.add(_norm(re.sub(r"^\s*(?:20\d\d년?\s*)?(?:상반기|하반기|[1-4]\s*분기)\s+", "", outside)))
        for whole in (text, outside):  # nor is 'next', 'new', 'this time' or 'new model' (신형)
            forms.add(_norm(re.sub(r"^\s*(?:차기|이번|올해|내년|신규|신형)\s+", "", whole)))
            forms.add(_norm(re.sub(r"^\s*제\s*(?=\d)", "", whole)))  # '제5기' is written '5기' as often
        forms.update(_norm(inner) for inner in re.findall(r"\((.*?)\)", text))
    return {f for f in forms if f}


_BRAND = re.compile(r"^(?:삼성|애플|구글|lg|네이버|카카오|오픈ai|메타|엔씨|sk|kt|ms)")
_GENERIC_TAIL = re.compile(r"(?:시리즈|버전|모델|서비스|앱|베타)$")


def _product_forms(label: object) -> set[str]:
    """A product's name with or without its maker and a generic tail: '삼성 가우스2' is
    '가우스2', "'갤럭시S25' 시리즈" is '갤럭시S25'."""
    forms = _name_forms(label)
    return forms | {_GENERIC_TAIL.sub("", _BRAND.sub("", f)) for f in forms} - {""}


def _field_ok(event: Event, name: str, label: dict[str, Any]) -> bool:
    want, got = label[name], getattr(event, name)
    if name == "model":
        if want is None or got is None:
            return want is None and got is None
        return bool(_product_forms(got) & _product_forms(want))
    if name == "group":
        # Read whole from its start: trailing words (프로젝트, 1차 평가) may follow the name, but a
        # name cut at the front ("칩 얼라이언스" for K-칩 얼라이언스) is wrong.
        # A word that dates the term ('차기', '신규') names no other group: '고용보험기금 주간운용사' is the label's
        # '고용보험기금 차기 주간운용사'.
        if got is None:
            return False
        forms = _name_forms([_unowned_particle(str(w)) for w in (want if isinstance(want, list) else [want])])
        return any(_undated(_norm(_unowned_particle(got))).startswith(_undated(form)) for form in forms)
    return bool(got == want)


def _undated(form: str) -> str:
    return re.sub(r"차기|신규", "", form)


def _unowned_particle(text: str) -> str:
    """An owner told with 의 or without is one name: '한국거래소의 OCIO 우선협상대상자' = '한국거래소 OCIO …'."""
    return re.sub(r"(?<=[가-힣A-Za-z0-9)])의\s", " ", text)


def _wrong_fields(event: Event, label: dict[str, Any]) -> list[str]:
    return [name for name in FIELDS[label["type"]] if name in label and not _field_ok(event, name, label)]


def keyword_baseline(engine: Engine, doc: Document) -> set[tuple[str, str]]:
    found = set()
    text = f"{doc.title}\n{doc.rest}"
    for _, sentence in sentences(text):
        scan = engine.index.scan(sentence)
        for entity in scan.entities:
            if lx.ABSENT_TRIGGERS.search(sentence):
                found.add(("absent_from", entity))
            if lx.LAUNCH_TRIGGERS.search(sentence) and re.search(r"\d+\s*[월일]|분기|반기|연말|내년|올해", sentence):
                found.add(("launch_date", entity))
    return found


def score(engine: Engine, cases: Iterable[Case]) -> Scores:
    scores = Scores()
    for case in cases:
        scores.cases += 1
        doc = case.doc
        predicted: dict[tuple[str, str], list[Event]] = {}
        for match in engine.evaluate(doc):
            if match.event is not None:
                predicted.setdefault((match.event.type, match.event.entity), []).append(match.event)
        # One organisation may have several labelled events of a type (a launch and an earlier one's
        # postponement, two shows skipped): any of them is the one found.
        expected: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for g in case.gold:
            expected.setdefault((str(g["type"]), str(g["entity"])), []).append(g)
        optional = {(str(g["type"]), str(g["entity"])) for g in case.optional} - expected.keys()
        predicted = {key: events for key, events in predicted.items() if key not in optional}
        head = f"[{case.id}] {doc.title}"
        for key in predicted.keys() | expected.keys():
            kind = key[0]
            if key in predicted and key in expected:
                scores.counts[f"{kind}.tp"] += 1
                # Several events of one organisation (an earlier version's launch beside the
                # news): the pair of event and label that agree best is the one scored.
                best, label = min(((e, g) for e in predicted[key] for g in expected[key]),
                                  key=lambda pair: len(_wrong_fields(*pair)))
                wrong = _wrong_fields(best, label)
                scores.counts[f"{kind}.all_fields_ok"] += not wrong
                for name in FIELDS[kind]:
                    if name in label:
                        scores.field_all[f"{kind}.{name}"] += 1
                        scores.field_ok[f"{kind}.{name}"] += name not in wrong
                for name in wrong:
                    scores.errors.append(f"FIELD {kind}.{name} {key[1]}: {head}\n    got {getattr(best, name)!r}, "
                                         f"want {label[name]!r}\n    evidence: {best.evidence[:200]}")
            elif key in predicted:
                scores.counts[f"{kind}.fp"] += 1
                event = predicted[key][0]
                scores.errors.append(f"FP {kind} {key[1]}: {head}\n    {_brief(event)}\n    evidence: "
                                     f"{event.evidence[:200]}")
            else:
                scores.counts[f"{kind}.fn"] += 1
                scores.errors.append(f"FN {kind} {key[1]}: {head}\n    want {' or '.join(map(str, expected[key]))}")
        baseline = keyword_baseline(engine, doc) - optional
        for key in baseline | expected.keys():
            outcome = "tp" if key in baseline and key in expected else "fp" if key in baseline else "fn"
            scores.counts[f"base.{key[0]}.{outcome}"] += 1
    return scores


_TRIGGERS = {"absent_from": lx.ABSENT_TRIGGERS, "launch_date": lx.LAUNCH_TRIGGERS}
_NOTE_WORD = {"absent_from": ("불참", "경쟁에 참여"), "launch_date": ("출시",)}


def error_reasons(engine: Engine, cases: Iterable[Case]) -> Counter[str]:
    """Every error of the real reports, grouped by what the detector's own notes say it did: for an event missed, the
    refusal noted on a sentence naming the organisation (or, with no such note, whether the report holds a trigger at
    all); for a false one, the reading that produced it; for an absence found with the wrong group, why that group was
    taken; for a launch with a field wrong, which fields. An approximate grouping by phenomenon, read off the notes that
    `/sokbo test` shows, so that a split's errors can be counted without reading its texts."""
    out: Counter[str] = Counter()
    for case in cases:
        events: dict[tuple[str, str], list[Event]] = {}
        for match in engine.evaluate(case.doc):
            if match.event is not None:
                events.setdefault((match.event.type, match.event.entity), []).append(match.event)
        predicted = set(events)
        expected = {(str(g["type"]), str(g["entity"])) for g in case.gold}
        optional = {(str(g["type"]), str(g["entity"])) for g in case.optional} - expected
        missed, false = expected - predicted, predicted - expected - optional
        # a found event with a field wrong: the pair of event and label that agree best, as `score` takes it
        wrong_fields = {}
        for key in predicted & expected:
            pairs = [(e, g) for e in events[key] for g in case.gold if (str(g["type"]), str(g["entity"])) == key]
            wrong = _wrong_fields(*min(pairs, key=lambda pair: len(_wrong_fields(*pair))))
            if wrong:
                wrong_fields[key] = wrong
        if not missed and not false and not wrong_fields:
            continue
        doc = case.doc.unified()
        text = f"{doc.title}\n{doc.rest}" if doc.rest else doc.title
        scan = engine.index.scan(text)
        notes: list[str] = []
        # (the real reports' rules name every entity they watch: no unwatched organisations to find)
        detect_events(doc.title, doc.rest, doc.pub_date, [(e, s, t) for e, spans in scan.entities.items() for s, t in spans],
                      notes=notes)
        blocks: list[tuple[str, list[str]]] = []
        for line in notes:
            if line.startswith("문장:"):
                blocks.append((line, []))
            elif blocks:
                blocks[-1][1].append(line.strip())
        every_name = sorted({text[s:t] for spans in scan.entities.values() for s, t in spans}, key=len, reverse=True)
        names_masked = re.compile("|".join(map(re.escape, every_name))) if every_name else None
        for kind, entity in sorted(missed):
            names = {text[s:t] for s, t in scan.entities.get(entity, ())}
            refusals = [line.split("무시: ", 1)[1] for sentence, lines in blocks if any(n in sentence for n in names)
                        for line in lines if "무시: " in line and line.startswith(_NOTE_WORD[kind])]
            refusals = [names_masked.sub("…", r) if names_masked else r for r in refusals]  # (no organisation's name either)
            contest_ignored = any(line.strip().startswith("경쟁 무시") and any(n in line for n in names) for line in notes)
            if not names:
                reason = "이름이 본문에 없음"
            elif kind == "absent_from" and contest_ignored:
                reason = "경쟁에 참가했으나 무엇을 두고 겨뤘는지 모름"
            elif refusals:
                # (without the organisation's name, dates and quoted words, so that one phenomenon counts as one)
                reason = re.sub(r"^[^:(]{1,30}: |\(\d{4}[^)]*\)|'[^']*'", lambda m: "" if m.group(0).endswith(": ") else "…",
                                refusals[0])[:60]
            elif not _TRIGGERS[kind].search(text):
                reason = "신호 낱말이 기사에 없음" + (" (승자만 알림)" if kind == "absent_from" and "선정" in text else "")
            elif not any(_TRIGGERS[kind].search(s) and any(n in s for n in names) for _, s in sentences(text)):
                reason = "신호가 이 이름 없는 문장에만 있음"
            else:
                reason = "신호와 이름이 한 문장에 있으나 결정 없음"
            out[f"{kind} 놓침: {reason}"] += 1
        for kind, entity in sorted(false):
            names = {text[s:t] for s, t in scan.entities.get(entity, ())}
            found = [line for _, lines in blocks for line in lines
                     if "→" in line and line.startswith(_NOTE_WORD[kind]) and any(n in line.split("→", 1)[1] for n in names)]
            # the reading that produced it: a launch's date reading ("= 2024-03 (동사 앞 날짜)"), an absence's reason for
            # its group (the last aside), a contest's line-up
            told = found[0].split("→", 1)[1] if found else ""
            asides = re.findall(r"= \S+ \(([^()]*)\)", told) if kind == "launch_date" else re.findall(r"\(([^()]*)\)", told)
            reading = ("경쟁: " if found and found[0].startswith("경쟁") else "") + re.sub(r"'[^']*'", "…", asides[-1])[:40] \
                if asides else "(읽기 불명)"  # (quoted words of the report are not shown: a test half stays unread)
            out[f"{kind} 잘못 찾음: {reading}"] += 1
        for (kind, entity), wrong in sorted(wrong_fields.items()):
            names = {text[s:t] for s, t in scan.entities.get(entity, ())}
            if kind == "absent_from":
                # why the group was taken: the last aside of the line that found it ("(기사의 주된 그룹)")
                told = [line.split("→", 1)[1] for _, lines in blocks for line in lines
                        if "→" in line and "그룹 '" in line and any(n in line.split("→", 1)[1] for n in names)]
                aside = re.search(r"그룹 '[^']*' \((.*)\)\s*$", told[0]) if told else None
                why = re.sub(r"'[^']*'", "…", aside.group(1))[:40] if aside else "(읽기 불명)"
                out[f"absent_from 그룹 틀림: {why}"] += 1
            else:
                out[f"launch_date 틀린 필드: {', '.join(wrong)}"] += 1
    return out


def _brief(event: Event) -> str:
    if event.type == "absent_from":
        return f"group={event.group!r}"
    return f"model={event.model!r} date={event.date} {event.precision} hedged={event.hedged} {event.status}"


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def report(name: str, scores: Scores, note: str = "") -> None:
    print(f"{name}: {scores.cases} texts{note}")
    for kind in KINDS:
        c = scores.counts
        tp, fp, fn = c[f"{kind}.tp"], c[f"{kind}.fp"], c[f"{kind}.fn"]
        btp, bfp, bfn = c[f"base.{kind}.tp"], c[f"base.{kind}.fp"], c[f"base.{kind}.fn"]
        print(f"  {kind:12s} precision {_ratio(tp, tp + fp)}  recall {_ratio(tp, tp + fn)}  "
              f"(tp {tp}, fp {fp}, fn {fn})   keyword baseline: precision {_ratio(btp, btp + bfp)} "
              f"recall {_ratio(btp, btp + bfn)}")
        fields = [f for f in FIELDS[kind] if scores.field_all[f"{kind}.{f}"]]
        print(f"  {'':12s} every field right {_ratio(c[f'{kind}.all_fields_ok'], tp)} of found; by field: "
              + ", ".join(f"{f} {scores.field_ok[f'{kind}.{f}']}/{scores.field_all[f'{kind}.{f}']}" for f in fields))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--real", type=Path, metavar="DIR", help="folder of the real reports' JSON texts")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both",
                        help="which half of the real reports (tune on dev only; test is for the figure)")
    parser.add_argument("--show-errors", choices=("own", "dev", "test", "all"))
    parser.add_argument("--reasons", action="store_true",
                        help="count the real reports' errors by what the detector's notes say it did (no text shown)")
    parser.add_argument("--rounds", type=lambda text: {int(n) for n in text.split(",")}, metavar="N[,N…]",
                        help="only the real reports of these labelling rounds (labels.yaml's header tells them)")
    args = parser.parse_args(argv)
    own_engine = Engine(load_rules([DATA / "eval_rules.yaml"]))
    own = score(own_engine, own_passages())
    report("own passages (bench/data/passages.txt)", own)
    sets = {"own": own}
    if args.real:
        real_engine = Engine(load_rules([REAL / "watch.yaml"]))
        for split in ("dev", "test") if args.split == "both" else (args.split,):
            cases, missing = real_reports(args.real, split, args.rounds)
            sets[split] = score(real_engine, cases)
            report(f"real reports, {'development' if split == 'dev' else 'test'} half", sets[split],
                   f" ({missing} labelled reports without text in {args.real})" if missing else "")
            if args.reasons:
                for reason, count in error_reasons(real_engine, cases).most_common():
                    print(f"    {count:3d}  {reason}")
    else:
        print("real reports: not measured (pass --real DIR, the folder of their texts)")
    print("targets (test half): precision >= 0.95 and recall >= 0.9 per event type; every field right >= 0.9")
    if args.show_errors:
        for name in (("own", "dev", "test") if args.show_errors == "all" else (args.show_errors,)):
            if name in sets:
                print(f"\n--- errors: {name} ---")
                print("\n".join(sets[name].errors))


if __name__ == "__main__":
    main()
