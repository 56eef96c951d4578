"""Feed definitions: the bundled catalog of Korean outlets plus the user's own feeds."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sokbo.yamlconf import Duration, LoadedYaml, Problem, YamlProblems, position, read_yaml, validate

BUNDLED_CATALOG = Path(__file__).with_name("catalog.yaml")

_FEED_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")


def check_http_url(value: str) -> str:
    """Accept absolute http(s) URLs with a host; anything else is a config error."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"bad URL {value!r}: expected an absolute http:// or https:// URL")
    try:
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"bad URL {value!r}: invalid port") from None
    return value.strip()


class FeedSpec(BaseModel):
    """One feed as written in the catalog or the config file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    url: str
    outlet: str
    interval: Duration = timedelta(minutes=10)
    fetch_body: bool = False
    enabled: bool = True
    encoding: str | None = Field(
        default=None, description="Force a character set (e.g. cp949) for servers that mislabel theirs."
    )
    notes: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _FEED_ID.match(value):
            raise ValueError(
                f"bad feed id {value!r}: use lower-case letters, digits, '.', '_' or '-' (at most 63)"
            )
        return value

    @field_validator("url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        return check_http_url(value)

    @field_validator("interval")
    @classmethod
    def _interval_floor(cls, value: timedelta) -> timedelta:
        if value.total_seconds() < 1:
            raise ValueError("interval must be at least 1s")
        return value

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        if value is None:
            return None
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise ValueError(f"unknown encoding {value!r}") from None
        return value


class CatalogFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[FeedSpec] = []


def load_catalog(path: str | Path = BUNDLED_CATALOG) -> list[FeedSpec]:
    loaded = read_yaml(path)
    catalog = validate(loaded, CatalogFile)
    problems = duplicate_ids([(loaded, ("feeds",), catalog.feeds)])
    if problems:
        raise YamlProblems(problems)
    return catalog.feeds


def duplicate_ids(
    sources: list[tuple[LoadedYaml, tuple[int | str, ...], list[FeedSpec]]],
) -> list[Problem]:
    """Report every feed id defined twice, across all given files, at the second place."""
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    for loaded, base, specs in sources:
        for index, spec in enumerate(specs):
            line, col = position(loaded.data, base + (index, "id"))
            where = f"{loaded.file}:{line}:{col}"
            if spec.id in seen:
                problems.append(
                    Problem(loaded.file, line, col, f"duplicate feed id '{spec.id}' (first defined at {seen[spec.id]})")
                )
            else:
                seen[spec.id] = where
    return problems
