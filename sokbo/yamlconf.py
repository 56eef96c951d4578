"""Load hand-edited YAML into pydantic models and report every problem as FILE:LINE:COL.

People edit the config, the feed catalog and the rule files by hand and keep them in git,
so an error must point at the spot in their file, name what is wrong, and list every
problem at once rather than stopping at the first.
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from sokbo.timeutil import parse_duration

M = TypeVar("M", bound=BaseModel)

# A duration written `30s`, `10m`, `6h`, `1d` or as seconds, for every hand-edited file.
Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


@dataclass(frozen=True)
class Problem:
    """One located problem in a YAML file (1-based line and column)."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class YamlProblems(Exception):
    """Raised with every problem found in one or more files."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class LoadedYaml:
    """A parsed document together with the file name used in reports."""

    file: str
    data: Any


def read_yaml(path: str | Path) -> LoadedYaml:
    """Parse a YAML file keeping positions; syntax errors become a located YamlProblems."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise YamlProblems([Problem(name, 1, 1, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise YamlProblems([Problem(name, 1, 1, f"not UTF-8 text ({exc.reason})")]) from None
    return parse_yaml_text(text, name)


# Bounds on what a configuration or rules file may expand to: anchors that multiply
# (&b1 [*b0, *b0, …] eight levels deep) took gigabytes when validated, and 3,000 levels of
# nesting a RecursionError (issue #9, item 6).
MAX_DEPTH = 100
MAX_EXPANDED_NODES = 500_000


_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_NO_KEY = object()


class _Open:
    """A collection being filled from the event stream."""

    __slots__ = ("value", "anchor", "start", "size", "key", "key_mark", "merge_key", "merged")

    def __init__(self, value: CommentedMap | CommentedSeq, anchor: str | None, start: Any) -> None:
        self.value = value
        self.anchor = anchor
        self.start = start
        self.size = 1  # values this collection expands to, itself included
        self.key: Any = _NO_KEY  # a mapping's key waiting for its value
        self.key_mark: Any = None
        self.merge_key = False
        self.merged: set[Any] = set()  # keys that came from '<<' and may be overridden


def _build(text: str, name: str) -> Any:
    """One pass over the parser's events (libyaml through ruamel.yaml.clib where installed)
    into the round-trip loader's CommentedMap/CommentedSeq with their positions.

    ruamel's round-trip loader gathers comments token by token and took 29 s for 20,000
    rules, plus a second pass to bound anchors; here the bounds are checked while
    building (aliases are shared, never copied, so anchors that multiply cost their
    count, not their expansion) and the same file loads in about 3 s (bench/rule_load.py).
    """
    from ruamel.yaml.events import (
        AliasEvent,
        CollectionEndEvent,
        DocumentStartEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceStartEvent,
    )
    from ruamel.yaml.nodes import ScalarNode

    yaml = YAML(typ="safe", pure=False)
    resolver, constructor = yaml.resolver, yaml.constructor
    anchors: dict[str, tuple[Any, int]] = {}
    resolved: dict[str, str] = {}
    stack: list[_Open] = []
    root: list[Any] = []
    documents = 0

    def problem(mark: Any, message: str) -> YamlProblems:
        return YamlProblems([Problem(name, mark.line + 1, mark.column + 1, message)])

    def add(value: Any, size: int, mark: Any, tag: str | None = None) -> None:
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        top.size += size
        if top.size > MAX_EXPANDED_NODES:
            raise problem(mark, f"expands to more than {MAX_EXPANDED_NODES:,} values (anchors and aliases that multiply)")
        if isinstance(top.value, CommentedSeq):
            top.value.append(value)
            top.value._yaml_set_idx_line_col(len(top.value) - 1, [mark.line, mark.column])
            return
        if top.key is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise problem(mark, "a mapping key must be a plain value")
            top.key, top.key_mark, top.merge_key = value, mark, tag == _MERGE
            return
        key, key_mark, mapping = top.key, top.key_mark, top.value
        top.key = _NO_KEY
        if top.merge_key:
            for source in value if isinstance(value, list) else [value]:
                if not isinstance(source, dict):
                    raise problem(mark, "'<<' merges a mapping or a list of mappings")
                for merged_key, merged_value in source.items():
                    if merged_key not in mapping:
                        mapping[merged_key] = merged_value
                        top.merged.add(merged_key)
            return
        if key in mapping and key not in top.merged:
            raise problem(key_mark, f"duplicate key {key!r}")
        top.merged.discard(key)
        mapping[key] = value
        mapping._yaml_set_kv_line_col(key, [key_mark.line, key_mark.column, mark.line, mark.column])

    for event in yaml.parse(text):
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise problem(event.start_mark, "expected a single document in the file, found another")
        elif isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            collection: CommentedMap | CommentedSeq = CommentedMap() if isinstance(event, MappingStartEvent) \
                else CommentedSeq()
            collection._yaml_set_line_col(event.start_mark.line, event.start_mark.column)
            stack.append(_Open(collection, event.anchor, event.start_mark))
            if len(stack) > MAX_DEPTH:
                raise problem(event.start_mark, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, CollectionEndEvent):
            done = stack.pop()
            if done.anchor is not None:
                anchors[done.anchor] = (done.value, done.size)
            add(done.value, done.size, done.start)
        elif isinstance(event, ScalarEvent):
            if event.tag is None or event.tag == "!":
                if not event.implicit[0] or event.tag == "!":
                    tag = _STR
                else:  # the same words recur on every rule (id, title, an entity): resolve each once
                    tag = resolved.get(event.value) or resolved.setdefault(
                        event.value, str(resolver.resolve(ScalarNode, event.value, event.implicit)))
            else:
                tag = event.tag
            if tag == _STR:
                value: Any = event.value
            elif tag == _MERGE:
                value = event.value
            else:
                node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
                value = constructor.construct_object(node, deep=True)
                constructor.constructed_objects.pop(node, None)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            add(value, 1, event.start_mark, tag)
        elif isinstance(event, AliasEvent):
            if event.anchor not in anchors:
                raise problem(event.start_mark, f"found undefined alias {event.anchor!r}")
            value, size = anchors[event.anchor]
            add(value, size, event.start_mark)
    return root[0] if root else None


def parse_yaml_text(text: str, name: str) -> LoadedYaml:
    try:
        data = _build(text, name)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = " ".join(part for part in (exc.context, exc.problem) if part) or "YAML syntax error"
        raise YamlProblems([Problem(name, line, col, what.strip())]) from None
    except YAMLError as exc:  # pragma: no cover - ruamel raises marked errors for text input
        raise YamlProblems([Problem(name, 1, 1, str(exc))]) from None
    return LoadedYaml(name, data)


def position(data: Any, loc: tuple[int | str, ...], *, key: bool = False) -> tuple[int, int]:
    """1-based (line, col) of the node at `loc`; the nearest existing ancestor if absent.

    With key=True a mapping entry is located at its key rather than its value, which is
    where an unknown key should be reported.
    """
    node = data
    best = (1, 1)
    if isinstance(node, (CommentedMap, CommentedSeq)):
        best = (node.lc.line + 1, node.lc.col + 1)
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, CommentedMap) and part in node:
            try:
                line, col = node.lc.key(part) if (key and last) else node.lc.value(part)
                best = (line + 1, col + 1)
            except (KeyError, TypeError):
                pass  # set programmatically (an environment override): no position of its own
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            try:
                line, col = node.lc.item(part)
                best = (line + 1, col + 1)
            except (KeyError, TypeError, IndexError):
                pass
            node = node[part]
        else:
            # pydantic puts union branch names and validator tags into loc: skip them.
            continue
    return best


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            continue
        current = _first_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _first_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _first_model(typing.get_args(annotation)[0])
    if origin in (list, tuple, set, frozenset, dict, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _first_model(arg)
            if found is not None:
                return found
    return None


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def problems_from_validation(
    exc: ValidationError, loaded: LoadedYaml, model: type[BaseModel], base: tuple[int | str, ...] = ()
) -> list[Problem]:
    """Translate pydantic errors into located problems, one per error."""
    problems: list[Problem] = []
    for error in exc.errors(include_url=False):
        loc = base + tuple(error["loc"])
        kind = error["type"]
        if kind == "extra_forbidden":
            unknown = str(loc[-1])
            owner = _model_at(model, tuple(error["loc"])[:-1])
            allowed = sorted(owner.model_fields) if owner else []
            message = f"unknown key '{unknown}'{did_you_mean(unknown, allowed)}"
            line, col = position(loaded.data, loc, key=True)
        elif kind == "missing":
            message = f"missing required key '{loc[-1]}'"
            line, col = position(loaded.data, loc[:-1])
        else:
            message = str(error["msg"])
            message = message.removeprefix("Value error, ")
            where = ".".join(str(p) for p in error["loc"])
            if where:
                message = f"{where}: {message}"
            line, col = position(loaded.data, loc)
        problems.append(Problem(loaded.file, line, col, message))
    return problems


def validate(loaded: LoadedYaml, model: type[M]) -> M:
    """Validate a loaded document against `model`, raising YamlProblems with positions."""
    data = loaded.data if loaded.data is not None else {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise YamlProblems(problems_from_validation(exc, loaded, model)) from None
