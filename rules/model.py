"""The watch-rule file format, validated with pydantic (and exported as JSON Schema).

Users edit these files by hand and keep them in git, so every key is checked, every
problem is reported with its position, and nothing invalid is silently ignored.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from sokbo.yamlconf import Duration

EventType = Literal["absent_from", "launch_date"]
EVENT_TYPES: tuple[str, ...] = ("absent_from", "launch_date")
LaunchStatus = Literal["planned", "postponed", "released"]


def _listify(value: object) -> object:
    """`keyword: LLM` and `keyword: [LLM]` mean the same."""
    return [value] if isinstance(value, str) else value


StrList = Annotated[list[str], BeforeValidator(_listify)]


class EntityDef(BaseModel):
    """A watched organisation: its names, and names that contain it but are someone else."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    names: StrList = Field(min_length=1, description="Names and aliases (Korean, Latin; spacing is ignored).")
    not_: StrList = Field(default_factory=list, alias="not",
                          description="Other companies whose names contain ours (카카오뱅크 for 카카오).")

    @field_validator("names", "not_")
    @classmethod
    def _non_empty(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.strip():
                raise ValueError("names must not be empty")
        return values


class When(BaseModel):
    """A condition. Every key given must hold (they are ANDed):

    - `all` / `any` / `none`: lists of conditions (all true / at least one / none true)
    - `entity`: one or more entity ids mentioned (with particles, spacing variants …)
    - `keyword`: one or more words or phrases
    - `regex`: a pattern (Python `regex` syntax, Unicode \\w; run with a time limit)
    - `event`: a detected event (absent_from, launch_date); `entity` then names who it is about,
      and for launches `status` which ones (planned, postponed, released; default: all)
    - `source`: feed ids the article must come from
    - `field`: where to look: `title`, or `title_body` (default: title, summary and body)
    """

    model_config = ConfigDict(extra="forbid")

    all: list[When] | None = None
    any: list[When] | None = None
    none: list[When] | None = None
    entity: StrList | None = None
    keyword: StrList | None = None
    regex: StrList | None = None
    event: EventType | None = None
    status: Annotated[list[LaunchStatus], BeforeValidator(_listify)] | None = None
    source: StrList | None = None
    field: Literal["title", "title_body"] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> When:
        if not any(getattr(self, key) is not None for key in ("all", "any", "none", "entity", "keyword", "regex",
                                                                "event", "source")):
            raise ValueError("a condition needs at least one of all, any, none, entity, keyword, regex, event, source")
        for key in ("all", "any", "none"):
            value = getattr(self, key)
            if value is not None and not value:
                raise ValueError(f"'{key}' needs at least one condition")
        if self.status is not None and self.event != "launch_date":
            raise ValueError("'status' filters launches: use it with event: launch_date")
        return self


class RuleDef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
    title: str = Field(min_length=1, description="Shown in alerts.")
    when: When
    severity: Literal["low", "medium", "high"] = "medium"
    cooldown: Duration | None = Field(default=None, description="At most one alert per channel within this.")
    description: str | None = None
    enabled: bool = True


class RuleFile(BaseModel):
    """One rules file: entity definitions and rules (either may be absent)."""

    model_config = ConfigDict(extra="forbid")

    entities: dict[str, EntityDef] = Field(default_factory=dict)
    rules: list[RuleDef] = Field(default_factory=list)

    @field_validator("entities")
    @classmethod
    def _entity_ids(cls, value: dict[str, EntityDef]) -> dict[str, EntityDef]:
        import re

        for key in value:
            if not re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", key):
                raise ValueError(f"bad entity id {key!r}: use letters, digits, '.', '_' or '-'")
        return value


def json_schema() -> dict[str, object]:
    """JSON Schema for editors (yaml-language-server and friends)."""
    schema = RuleFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "sokbo watch rules"
    return schema
