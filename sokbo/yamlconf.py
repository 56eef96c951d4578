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


def _check_bounds(yaml: YAML, text: str, name: str) -> None:
    """Walk the event stream (aliases are not expanded there, so this is linear in the
    text) and refuse, located, a document nested or expanding past the bounds."""
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, ScalarEvent

    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[0, None]]  # [expanded nodes so far, anchor] per open collection
    for event in yaml.parse(text):
        if isinstance(event, CollectionStartEvent):
            stack.append([1, event.anchor])
            if len(stack) > MAX_DEPTH:
                mark = event.start_mark
                raise YamlProblems([Problem(name, mark.line + 1, mark.column + 1,
                                            f"nested more than {MAX_DEPTH} levels deep")])
            continue
        if isinstance(event, CollectionEndEvent):
            size, anchor = stack.pop()
            if anchor is not None:
                sizes[anchor] = size
        elif isinstance(event, ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, AliasEvent):
            size = sizes.get(event.anchor, 1)
        else:
            continue
        stack[-1][0] += size
        if stack[-1][0] > MAX_EXPANDED_NODES:
            mark = event.start_mark
            raise YamlProblems([Problem(name, mark.line + 1, mark.column + 1,
                                        f"expands to more than {MAX_EXPANDED_NODES:,} values (anchors and aliases "
                                        "that multiply)")])


def parse_yaml_text(text: str, name: str) -> LoadedYaml:
    yaml = YAML(typ="rt")
    try:
        _check_bounds(YAML(typ="rt"), text, name)
        data = yaml.load(text)
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
