"""The labelled real-report set (bench/data/real) is usable as a measurement: well formed,
split once, and large and varied enough to say how the detectors generalise."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ruamel.yaml import YAML

from rules.loader import load_rules

REAL = Path(__file__).resolve().parent.parent / "bench" / "data" / "real"
DATE = r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$"


def reports() -> list[dict[str, object]]:
    return YAML(typ="safe").load((REAL / "labels.yaml").read_text(encoding="utf-8"))["reports"]


def test_the_set_is_large_varied_and_holds_out_a_test_half_of_its_own_stories() -> None:
    items = reports()
    assert len(items) >= 200
    assert len({r["outlet"] for r in items}) >= 25
    assert {str(r["published"])[:4] for r in items} >= {str(y) for y in range(2019, 2027)}
    splits = Counter(r["split"] for r in items)
    assert set(splits) == {"dev", "test"}
    # The test half is round 42 (labelled in the session of 2026-12-08, after round 41's errors were counted four sessions
    # running without being read, and checked before any detector ran on it); round 41, the test half until then, is
    # development since, as every earlier test round became once a fresh one existed. It is a set in itself, spread
    # over the years; one report continuing a story development holds went to development with it.
    test = [r for r in items if r["split"] == "test"]
    assert len(test) >= 80 and all(r.get("round") == 42 for r in test)
    assert len({r["outlet"] for r in test}) >= 25
    assert len({str(r["published"])[:4] for r in test}) >= 6
    # One story never straddles the halves, so the test half is not the development half reworded.
    sides: dict[str, set[object]] = {}
    for r in items:
        sides.setdefault(str(r["story"]), set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values())
    # About a third name nobody absent: a real feed is mostly that.
    assert sum(not any(e["type"] == "absent_from" for e in r["events"]) for r in items) >= len(items) / 3


def test_every_label_is_complete_and_names_a_watched_entity() -> None:
    import re

    ruleset = load_rules([REAL / "watch.yaml"])
    entities = ruleset.entities
    # Both rules watch every entity: one left out is an event the measure never sees (111 were).
    assert all(set(rule.when.entity or ()) == set(entities) for rule in ruleset.rules)
    ids = [r["id"] for r in items] if (items := reports()) else []
    assert len(ids) == len(set(ids)) and len({r["url"] for r in items}) == len(items)
    for r in items:
        for event in [*r["events"], *r.get("optional", []), *r.get("must_not", [])]:
            assert event["entity"] in entities, (r["id"], event)
        for event in r["events"]:
            if event["type"] == "absent_from":
                assert event["group"], r["id"]
            else:
                assert event["type"] == "launch_date", r["id"]
                assert re.match(DATE, str(event["date"])), (r["id"], event)
                assert event["precision"] in ("day", "month", "quarter", "half", "year_end", "year", "season"), r["id"]
                assert event["status"] in ("planned", "postponed", "released"), r["id"]
                if event["precision"] == "year_end":  # the README's form for 연말: '2023-12'
                    assert re.fullmatch(r"\d{4}-12", str(event["date"])), (r["id"], event)


def test_one_organisation_is_one_entity_whatever_its_spelling() -> None:
    """'폭스바겐그룹' in one label and '폭스바겐' in another were two entities: the detector's event for one
    counted as a miss of the other and a false alarm. Names equal but for spaces and hyphens, a 그룹/㈜ suffix, 대학교 for
    대, 자동차 for 차, a city's 시/광역시 or its province before it, and the two halves of 'A(B)', share an id."""
    import re

    regions = "서울|부산|대구|인천|광주|대전|울산|세종|제주|경기|강원|충북|충남|전북|전남|경북|경남"
    # A campus and a subsidiary named in brackets are organisations of their own.
    whole = {"연세대(미래)", "신세계그룹(이마트)"}

    def cores(name: str) -> set[str]:
        bracket = None if name in whole else re.fullmatch(r"(.+?)\s*\((.+)\)", name)
        forms = [name, *(bracket.groups() if bracket else ())]
        out = set()
        for form in forms:
            form = re.sub(rf"^(?:{regions}|경기도|강원도)\s+(?=\S{{2}})", "", form)  # '경북 구미' is 구미
            core = re.sub(r"그룹|㈜|\(주\)|주식회사|[\s-]", "", form)
            core = re.sub(r"대학교$", "대", re.sub(r"자동차$", "차", core))
            core = re.sub(rf"^({regions})(?:특별자치시|특별자치도|광역시|특별시|시|도)$", r"\1", core)
            core = re.sub(r"^([가-힣]{2})(?:시|군)$", r"\1", core)  # '포항시' is 포항
            if len(core) >= 2:
                out.add(core)
        return out

    entities = load_rules([REAL / "watch.yaml"]).entities
    owner: dict[str, str] = {}
    for entity_id, entity in entities.items():
        for name in entity.names:
            for core in cores(name):
                assert owner.setdefault(core, entity_id) == entity_id, (name, owner[core], entity_id)
    # 'A·B' is two organisations listed, not a third: a name '토요타·렉서스' swallowed both, so the event
    # of each (labelled apart in another report) was never found. A name whose every '·' part is
    # another entity's name is such a list, unless cities bid as one candidate ('동해·삼척').
    joint = {"인천·경기", "강원 춘천·홍천", "경북 안동·포항", "동해·삼척"}
    for entity_id, entity in entities.items():
        for name in set(entity.names) - joint:
            parts = [core for part in name.split("·") for core in sorted(cores(part))[:1]]
            if len(parts) > 1:
                assert not all(owner.get(p, entity_id) != entity_id for p in parts), (entity_id, name)
