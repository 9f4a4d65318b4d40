"""The fields a question is asked with, declared once for every door.

`action_fields` are the actions' (and so the websocket commands', which take
the actions' schemas): voluptuous, as Home Assistant validates service data.
`tool_fields` are the LLM tools': probatio, with descriptions, dates as
text and the period in words (`when`). `resolve` turns either into one
`Period` in Home Assistant's time zone, as the Assist sentences' periods are
(`voice.when` hears those).
"""

from datetime import datetime, tzinfo
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


def action_fields(
    rule: PlayRule = DEFAULT_RULE, content: Content | None = Content.EVERYTHING
) -> dict[vol.Marker, Any]:
    """Whose history, when, what, where and by which rule: every reading action's fields.

    `content` None: the action has no content field (a ranking's kind says it).
    """
    fields: dict[vol.Marker, Any] = {
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_PERIOD): vol.In([name.value for name in PeriodName]),
        vol.Optional(ATTR_DAYS): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_DAYS)
        ),
        vol.Optional(ATTR_START): cv.datetime,
        vol.Optional(ATTR_END): cv.datetime,
        vol.Optional(ATTR_SOURCE): vol.In(SOURCES),
        vol.Optional(ATTR_RULE, default=rule.value): vol.In(RULES),
        vol.Optional(ATTR_ROOM): cv.string,
    }
    if content is not None:
        fields[vol.Optional(ATTR_CONTENT, default=content.value)] = vol.In(CONTENTS)
    return fields


def tool_fields(
    default: PeriodName, *, content: Content | None = Content.EVERYTHING
) -> dict[Any, Any]:
    """Return the LLM tools' period, content and rule fields.

    No default period in the schema: days alone mean the last days, and a
    start or end a custom period (`implied_period`). `content` None: the
    tool has no content field (its answer is of one kind already).
    """
    fields: dict[Any, Any] = {
        probatio.Optional(ATTR_WHEN, description=_WHEN_DESCRIPTION): str,
        probatio.Optional(
            ATTR_PERIOD,
            description=f"{_PERIOD_DESCRIPTION}. Default: {default.value}, or "
            "last_days when only days are given",
        ): probatio.In([name.value for name in PeriodName]),
        probatio.Optional(
            ATTR_DAYS, description="Number of days back, for period last_days"
        ): probatio.All(probatio.Coerce(int), probatio.Range(min=1, max=MAX_DAYS)),
        probatio.Optional(
            ATTR_START, description="First day (YYYY-MM-DD), for period custom"
        ): str,
        probatio.Optional(
            ATTR_END, description="Last day included (YYYY-MM-DD), for period custom"
        ): str,
        probatio.Optional(
            ATTR_RULE, description=_RULE_DESCRIPTION, default=DEFAULT_RULE.value
        ): probatio.In(RULES),
        probatio.Optional(
            ATTR_ROOM,
            description="A room, Home Assistant area or speaker the plays were "
            "heard on ('kitchen'); plays from Spotify's export name none",
        ): str,
    }
    if content is not None:
        fields[
            probatio.Optional(
                ATTR_CONTENT, description=_CONTENT_DESCRIPTION, default=content.value
            )
        ] = probatio.In(CONTENTS)
    return fields


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
