"""The fields a question is asked with, declared once for every door.

Each field is declared once, in `FIELDS` (key, what it takes, description,
default, which doors take it); both doors' schemas are rendered from it, as
`voice/family_fields.py` renders a family's own fields. `action_fields` are
the actions' (and so the websocket commands', which take the actions'
schemas): voluptuous, as Home Assistant validates service data.
`tool_fields` are the LLM tools': probatio, with descriptions, dates as
text and the period in words (`when`). `resolve` turns either into one
`Period` in Home Assistant's time zone, as the Assist sentences' periods are
(`voice.when` hears those).
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum, auto
from typing import Any, Final

import probatio
import voluptuous as vol

from homeassistant.helpers import config_validation as cv

from ..models import Source
from ..periods import MAX_DAYS, Period, PeriodName, implied_period, resolve_period
from ..queries import PlayRule
from .question import Content

ATTR_PERIOD: Final = "period"
ATTR_DAYS: Final = "days"
ATTR_START: Final = "start"
ATTR_END: Final = "end"
ATTR_SOURCE: Final = "source"
ATTR_RULE: Final = "rule"
ATTR_CONTENT: Final = "content"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_WHEN: Final = "when"
ATTR_ROOM: Final = "room"

# What counts as a play unless the asker says: Spotify's own rule, as in
# Wrapped, the app, the voice answers.
DEFAULT_RULE: Final = PlayRule.THIRTY_SECONDS
SOURCES: Final = [source.name.lower() for source in Source]
CONTENTS: Final = [content.value for content in Content]
RULES: Final = [rule.value for rule in PlayRule]

_PERIOD_DESCRIPTION: Final = (
    "Calendar period in the home's time zone: today, yesterday, this_week, "
    "last_week, this_month, last_month, this_year, last_year, last_days (with "
    "days), all_time, or custom (with start and end)"
)
_WHEN_DESCRIPTION: Final = (
    "The period or moment in words, as the user said it, in English or the "
    "user's language: 'last Friday evening', 'since March', 'in October', "
    "'the last 3 weeks', 'yesterday at 8 pm', 'lately'. Read by the same "
    "parser as Assist; use instead of period, days, start and end"
)
_CONTENT_DESCRIPTION: Final = (
    "What was listened to: music (tracks; what 'music', 'songs' and 'tracks' "
    "mean), podcasts (episodes: 'podcasts', 'episodes', 'shows'), audiobooks, "
    "or everything (plain 'listening')"
)
_RULE_DESCRIPTION: Final = (
    "What counts as a play: 30s (Spotify's rule, 30 seconds or more), all, or "
    "lastfm (half the track or 4 minutes)"
)


class Takes(Enum):
    """What a field's value is, which says how each door checks it."""

    CHOICE = auto()
    """One of the field's choices."""
    DAYS = auto()
    """A number of days, 1 to `MAX_DAYS`."""
    TEXT = auto()
    MOMENT = auto()
    """A date and time for an action; a date as text for an agent (the
    tools read it themselves, in Home Assistant's time zone)."""


@dataclass(frozen=True, slots=True)
class QuestionField:
    """One field a question is asked with: its key, its check, its words, its default.

    Declared once for both doors that take it: the actions (voluptuous, their
    descriptions in `services.yaml`) and the LLM tools (probatio, with this
    description).
    """

    key: str
    takes: Takes
    description: str
    """What an agent reads; `{default}` in it is the tool's default period."""
    choices: tuple[str, ...] = ()
    default: str | None = None
    """The value when the field is left out; a door may set its own."""
    actions: bool = True
    """Whether the actions take it."""
    tools: bool = True
    """Whether the LLM tools take it."""

    def action_field(self, default: str | None) -> tuple[vol.Marker, Any]:
        """Return the action's key and validator, with `default` when given."""
        key = (
            vol.Optional(self.key)
            if default is None
            else vol.Optional(self.key, default=default)
        )
        match self.takes:
            case Takes.CHOICE:
                check: Any = vol.In(list(self.choices))
            case Takes.DAYS:
                check = vol.All(vol.Coerce(int), vol.Range(min=1, max=MAX_DAYS))
            case Takes.TEXT:
                check = cv.string
            case Takes.MOMENT:
                check = cv.datetime
        return key, check

    def tool_field(
        self, default: str | None, period: PeriodName
    ) -> tuple[probatio.Marker, Any]:
        """Return the tool's key (described) and validator; `period` its default period."""
        description = self.description.format(default=period.value)
        key = (
            probatio.Optional(self.key, description=description)
            if default is None
            else probatio.Optional(self.key, description=description, default=default)
        )
        match self.takes:
            case Takes.CHOICE:
                check: Any = probatio.In(list(self.choices))
            case Takes.DAYS:
                check = probatio.All(
                    probatio.Coerce(int), probatio.Range(min=1, max=MAX_DAYS)
                )
            case Takes.TEXT | Takes.MOMENT:
                check = str
        return key, check


# Every field of a question, in the order the doors list them. The period
# has no default: days alone mean the last days, and a start or end a custom
# period (`implied_period`); each door resolves it (`resolve`).
FIELDS: Final = (
    QuestionField(
        ATTR_CONFIG_ENTRY_ID,
        Takes.TEXT,
        "The Encore entry whose history is asked about",
        tools=False,
    ),
    QuestionField(ATTR_WHEN, Takes.TEXT, _WHEN_DESCRIPTION, actions=False),
    QuestionField(
        ATTR_PERIOD,
        Takes.CHOICE,
        f"{_PERIOD_DESCRIPTION}. Default: {{default}}, or last_days when only "
        "days are given",
        tuple(name.value for name in PeriodName),
    ),
    QuestionField(ATTR_DAYS, Takes.DAYS, "Number of days back, for period last_days"),
    QuestionField(
        ATTR_START, Takes.MOMENT, "First day (YYYY-MM-DD), for period custom"
    ),
    QuestionField(
        ATTR_END, Takes.MOMENT, "Last day included (YYYY-MM-DD), for period custom"
    ),
    QuestionField(
        ATTR_SOURCE,
        Takes.CHOICE,
        "Only the plays that came from this source",
        tuple(SOURCES),
        tools=False,
    ),
    QuestionField(
        ATTR_RULE, Takes.CHOICE, _RULE_DESCRIPTION, tuple(RULES), DEFAULT_RULE.value
    ),
    QuestionField(
        ATTR_ROOM,
        Takes.TEXT,
        "A room, Home Assistant area or speaker the plays were heard on "
        "('kitchen'); plays from Spotify's export name none",
    ),
    QuestionField(
        ATTR_CONTENT,
        Takes.CHOICE,
        _CONTENT_DESCRIPTION,
        tuple(CONTENTS),
        Content.EVERYTHING.value,
    ),
)


def _defaults(rule: PlayRule | None, content: Content | None) -> dict[str, str | None]:
    """Return each field's default, a door's own where it gives one."""
    found = {field.key: field.default for field in FIELDS}
    if rule is not None:
        found[ATTR_RULE] = rule.value
    if content is not None:
        found[ATTR_CONTENT] = content.value
    return found


def action_fields(
    rule: PlayRule = DEFAULT_RULE, content: Content | None = Content.EVERYTHING
) -> dict[vol.Marker, Any]:
    """Whose history, when, what, where and by which rule: every reading action's fields.

    `content` None: the action has no content field (a ranking's kind says it).
    """
    defaults = _defaults(rule, content)
    return dict(
        field.action_field(defaults[field.key])
        for field in FIELDS
        if field.actions and (content is not None or field.key != ATTR_CONTENT)
    )


def tool_fields(
    default: PeriodName, *, content: Content | None = Content.EVERYTHING
) -> dict[Any, Any]:
    """Return the LLM tools' period, content, rule and room fields.

    No default period in the schema: days alone mean the last days, and a
    start or end a custom period (`implied_period`). `content` None: the
    tool has no content field (its answer is of one kind already).
    """
    defaults = _defaults(None, content)
    return dict(
        field.tool_field(defaults[field.key], default)
        for field in FIELDS
        if field.tools and (content is not None or field.key != ATTR_CONTENT)
    )


def resolve(
    name: str | None,
    *,
    now: datetime,
    time_zone: tzinfo,
    default: PeriodName,
    days: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    some_days: int | None = None,
) -> Period:
    """Resolve a period by its fields, once, in the asker's time zone.

    Days alone mean the last days, a start or end a custom period; "the
    last days" without a number are `some_days` (spoken: 7; an action
    must say how many). Raises a `PeriodError` for
    a period that cannot be (a name with days it does not take, a start
    after the end).
    """
    period = PeriodName(
        implied_period(name, days=days, start=start, end=end, default=default)
    )
    if period is PeriodName.LAST_DAYS and not days:
        days = some_days
    return resolve_period(
        period, now=now, time_zone=time_zone, days=days, start=start, end=end
    )
