"""Load rule files into a RuleSet, reporting every problem as FILE:LINE:COL.

Checks beyond the schema: unknown entity ids (with a suggestion), duplicate rule and
entity ids across files, regexes that do not compile. Names that are ordinary words load,
but come back as warnings: they are valid, and only noisy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from rules.korean import squeeze_term
from rules.lexicon import COMMON_WORD_NAMES
from rules.model import EntityDef, RuleDef, RuleFile, When
from sokbo.yamlconf import LoadedYaml, Problem, YamlProblems, did_you_mean, position, read_yaml, validate


@dataclass(frozen=True)
class NameWarning:
    """An entity name that will match ordinary text: an everyday word ('우리', '한국')."""

    file: str
    line: int
    col: int
    entity: str
    name: str


@dataclass(frozen=True)
class RuleSet:
    entities: dict[str, EntityDef]
    rules: tuple[RuleDef, ...]
    files: tuple[str, ...]
    digest: str  # changes whenever any file's content changes
    warnings: tuple[NameWarning, ...] = ()

    def rule(self, rule_id: str) -> RuleDef | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)


def load_rules(paths: Sequence[str | Path]) -> RuleSet:
    """Every file validated; raises YamlProblems listing all problems in all files."""
    problems: list[Problem] = []
    loaded_files: list[tuple[LoadedYaml, RuleFile]] = []
    digest = hashlib.blake2b(digest_size=12)
    raw_ids: dict[str, str] = {}
    for path in paths:
        try:
            loaded = read_yaml(path)
            digest.update(Path(path).read_bytes())
        except YamlProblems as exc:
            problems.extend(exc.problems)
            continue
        # Duplicate ids are found in the raw document, so an error elsewhere in the file
        # does not hide them (every problem is reported at once).
        problems.extend(_duplicate_rule_ids(loaded, raw_ids))
        try:
            parsed = validate(loaded, RuleFile)
        except YamlProblems as exc:
            problems.extend(exc.problems)
            continue
        loaded_files.append((loaded, parsed))
    entities: dict[str, EntityDef] = {}
    entity_where: dict[str, str] = {}
    warnings: list[NameWarning] = []
    for loaded, parsed in loaded_files:
        for entity_id, entity in parsed.entities.items():
            line, col = position(loaded.data, ("entities", entity_id), key=True)
            if entity_id in entities:
                problems.append(Problem(loaded.file, line, col,
                                        f"duplicate entity id '{entity_id}' (first defined at {entity_where[entity_id]})"))
                continue
            entities[entity_id] = entity
            entity_where[entity_id] = f"{loaded.file}:{line}:{col}"
            warnings.extend(_noisy_names(loaded, entity_id, entity))
    rules: list[RuleDef] = []
    rule_where: dict[str, str] = {}
    for loaded, parsed in loaded_files:
        for index, rule in enumerate(parsed.rules):
            line, col = position(loaded.data, ("rules", index, "id"))
            if rule.id not in rule_where:  # duplicates were reported from the raw documents
                rule_where[rule.id] = f"{loaded.file}:{line}:{col}"
                rules.append(rule)
            problems.extend(_check_when(rule.when, loaded, ("rules", index, "when"), entities))
    if problems:
        raise YamlProblems(problems)
    return RuleSet(entities, tuple(rules), tuple(str(p) for p in paths), digest.hexdigest(), tuple(warnings))


def _noisy_names(loaded: LoadedYaml, entity_id: str, entity: EntityDef) -> Iterator[NameWarning]:
    """Names that fire on ordinary prose: the pronoun '우리' is in most reports, so an entity
    named so alerts on nearly everything (a bench label taught us this the hard way)."""
    for index, name in enumerate(entity.names):
        if squeeze_term(name) in COMMON_WORD_NAMES:
            line, col = _item_position(loaded, ("entities", entity_id, "names"), index)
            yield NameWarning(loaded.file, line, col, entity_id, name)


def _duplicate_rule_ids(loaded: LoadedYaml, seen: dict[str, str]) -> list[Problem]:
    problems: list[Problem] = []
    rules = loaded.data.get("rules") if isinstance(loaded.data, dict) else None
    if not isinstance(rules, list):
        return problems
    for index, rule in enumerate(rules):
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        if not isinstance(rule_id, str):
            continue
        line, col = position(loaded.data, ("rules", index, "id"))
        if rule_id in seen:
            problems.append(Problem(loaded.file, line, col,
                                    f"duplicate rule id '{rule_id}' (first defined at {seen[rule_id]})"))
        else:
            seen[rule_id] = f"{loaded.file}:{line}:{col}"
    return problems


def _conditions(when: When, loc: tuple[int | str, ...]) -> Iterator[tuple[When, tuple[int | str, ...]]]:
    yield when, loc
    for key in ("all", "any", "none"):
        for index, child in enumerate(getattr(when, key) or ()):
            yield from _conditions(child, (*loc, key, index))


def _check_when(when: When, loaded: LoadedYaml, loc: tuple[int | str, ...],
                entities: dict[str, EntityDef]) -> list[Problem]:
    problems: list[Problem] = []
    for node, where in _conditions(when, loc):
        for index, entity_id in enumerate(node.entity or ()):
            if entity_id not in entities:
                line, col = _item_position(loaded, (*where, "entity"), index)
                problems.append(Problem(loaded.file, line, col,
                                        f"unknown entity '{entity_id}'{did_you_mean(entity_id, entities)}"))
        for index, pattern in enumerate(node.regex or ()):
            try:
                regex.compile(pattern, regex.IGNORECASE | regex.V1)
            except regex.error as exc:
                line, col = _item_position(loaded, (*where, "regex"), index)
                problems.append(Problem(loaded.file, line, col, f"bad regex {pattern!r}: {exc}"))
    return problems


def _item_position(loaded: LoadedYaml, loc: tuple[int | str, ...], index: int) -> tuple[int, int]:
    """Position of list item `index` at loc, or of the scalar itself when written unlisted."""
    from ruamel.yaml.comments import CommentedSeq

    node = loaded.data
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return position(loaded.data, loc)
    if isinstance(node, CommentedSeq):
        return position(loaded.data, (*loc, index))
    return position(loaded.data, loc)
