"""Ad-hoc watches ("/sokbo watch 카카오") as ordinary rules, so one engine serves both.

A watched name that is a defined entity (by id or by any of its names) becomes an entity
condition and so inherits the entity's particles, spacing variants and `not` names;
anything else becomes a keyword. The rule id is derived from the folded name, so the same
name typed twice (or "LG전자" and "lg 전자") is one rule, shared by every channel.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from rules.korean import squeeze_term
from rules.loader import RuleSet
from rules.model import EntityDef, RuleDef, When

WATCH_PREFIX = "watch-"


def watch_rule_id(name: str) -> str:
    return WATCH_PREFIX + hashlib.blake2b(squeeze_term(name).encode("utf-8"), digest_size=6).hexdigest()


def watch_rule(name: str, entities: dict[str, EntityDef]) -> RuleDef:
    name = " ".join(name.split())
    if not name:
        raise ValueError("empty name")
    wanted = squeeze_term(name)
    entity = next((entity_id for entity_id, entity in entities.items()
                   if squeeze_term(entity_id) == wanted or any(squeeze_term(n) == wanted for n in entity.names)), None)
    when = When(entity=[entity]) if entity else When(keyword=[name])
    return RuleDef(id=watch_rule_id(name), title=f"관심어: {name}", when=when, severity="medium")


def with_watches(ruleset: RuleSet, names: Iterable[str]) -> RuleSet:
    """The rule set plus one rule per watched name (duplicates and YAML id clashes dropped)."""
    known = {rule.id for rule in ruleset.rules}
    extra: list[RuleDef] = []
    for name in sorted(set(names)):
        rule = watch_rule(name, ruleset.entities)
        if rule.id not in known:
            known.add(rule.id)
            extra.append(rule)
    if not extra:
        return ruleset
    digest = hashlib.blake2b(ruleset.digest.encode() + "\0".join(r.id for r in extra).encode(), digest_size=12)
    return replace(ruleset, rules=ruleset.rules + tuple(extra), digest=digest.hexdigest())
