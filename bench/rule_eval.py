"""Benchmark: precision and recall of the event detectors on labelled passages.

The passages (bench/data/passages.txt, 150+, written for this project in the style of
Korean tech reporting) cover every trigger form and the hard negatives: members that
joined, attended or were selected; 카카오뱅크/카카오페이 news under a 카카오 watch;
negated and figurative triggers; earnings and event dates; launches already past.

An event counts as found when type and entity agree; its fields (group, date and
precision, hedged, status) are scored separately, among the events found. The
baseline printed beside it is a keyword detector: a trigger word and a watched name
in the same sentence.

    python bench/rule_eval.py [--show-errors]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rules import lexicon as lx  # noqa: E402
from rules.engine import Document, Engine  # noqa: E402
from rules.korean import sentences  # noqa: E402
from rules.loader import load_rules  # noqa: E402
from sokbo.timeutil import KST  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
PUBLISHED = datetime(2024, 7, 15, 9, 0, tzinfo=KST)


def load_passages() -> list[tuple[str, list[dict[str, object]]]]:
    passages = []
    for line in (DATA / "passages.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, labels = line.partition("|||")
        events: list[dict[str, object]] = []
        for label in (part.strip() for part in labels.split(";")):
            if label in ("-", ""):
                continue
            kind, _, rest = label.partition(":")
            entity, _, detail = rest.partition("@")
            if kind == "A":
                events.append({"type": "absent_from", "entity": entity, "group": detail})
            else:
                parts = detail.split("/")
                flags = parts[2:]
                status = next((f for f in flags if f in ("planned", "postponed", "released")), "planned")
                events.append({"type": "launch_date", "entity": entity, "date": parts[0], "precision": parts[1],
                               "hedged": "h" in flags, "status": status})
        passages.append((text.strip(), events))
    return passages


def keyword_baseline(engine: Engine, text: str) -> set[tuple[str, str]]:
    found = set()
    for _, sentence in sentences(text):
        scan = engine.index.scan(sentence)
        for entity in scan.entities:
            if lx.ABSENT_TRIGGERS.search(sentence):
                found.add(("absent_from", entity))
            if lx.LAUNCH_TRIGGERS.search(sentence) and re.search(r"\d+\s*[월일]|분기|반기|연말|내년|올해", sentence):
                found.add(("launch_date", entity))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    engine = Engine(load_rules([DATA / "eval_rules.yaml"]))
    passages = load_passages()
    counts: Counter[str] = Counter()
    field_ok: Counter[str] = Counter()
    field_all: Counter[str] = Counter()
    errors: list[str] = []
    for index, (text, gold) in enumerate(passages):
        title, _, body = text.partition("\n")
        matches = engine.evaluate(Document(f"p{index}", title, body, published=PUBLISHED))
        predicted = {(m.event.type, m.event.entity): m.event for m in matches if m.event}
        expected = {(str(g["type"]), str(g["entity"])): g for g in gold}
        for key in predicted.keys() | expected.keys():
            kind = key[0]
            if key in predicted and key in expected:
                counts[f"{kind}.tp"] += 1
                event, label = predicted[key], expected[key]
                for name in ("group", "date", "precision", "hedged", "status"):
                    if name in label:
                        field_all[f"{kind}.{name}"] += 1
                        if getattr(event, name) == label[name]:
                            field_ok[f"{kind}.{name}"] += 1
                        else:
                            errors.append(f"FIELD {name}: {text}\n    got {getattr(event, name)!r}, want {label[name]!r}")
            elif key in predicted:
                counts[f"{kind}.fp"] += 1
                errors.append(f"FP {key}: {text}")
            else:
                counts[f"{kind}.fn"] += 1
                errors.append(f"FN {key}: {text}")
        for key in keyword_baseline(engine, text) | expected.keys():
            kind = key[0]
            hit_pred = key in keyword_baseline(engine, text)
            if hit_pred and key in expected:
                counts[f"base.{kind}.tp"] += 1
            elif hit_pred:
                counts[f"base.{kind}.fp"] += 1
            else:
                counts[f"base.{kind}.fn"] += 1
    print(f"event detection on {len(passages)} labelled passages (bench/data/passages.txt)")
    for kind in ("absent_from", "launch_date"):
        tp, fp, fn = counts[f"{kind}.tp"], counts[f"{kind}.fp"], counts[f"{kind}.fn"]
        btp, bfp, bfn = counts[f"base.{kind}.tp"], counts[f"base.{kind}.fp"], counts[f"base.{kind}.fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        bp = btp / (btp + bfp) if btp + bfp else 0.0
        br = btp / (btp + bfn) if btp + bfn else 0.0
        print(f"  {kind:12s} precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})   "
              f"keyword baseline: precision {bp:.3f} recall {br:.3f}")
        fields = [name for name in ("group", "date", "precision", "hedged", "status") if field_all[f"{kind}.{name}"]]
        print("               fields correct among found: " + ", ".join(
            f"{name} {field_ok[f'{kind}.{name}']}/{field_all[f'{kind}.{name}']}" for name in fields))
    print("  targets: precision and recall above 0.9 for both")
    if args.show_errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
