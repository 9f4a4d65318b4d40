"""Read-only LLM tools over the listening history.

The same questions as the Assist intents, for LLM agents: results are
JSON data (with the spoken sentence beside it), never tokens or secrets.
They reach agents two ways:

- as an LLM tools platform: Home Assistant's Assist API (and with it the MCP
  server's default endpoint) asks every integration's `llm` platform for
  tools, which hands on to `async_get_tools` here;
- as an API of their own, "Encore listening history" (id `encore`), for an
  agent or an MCP server entry that should see only these.

"I" is the user of the request's context (see `history.whose`).
"""

from abc import abstractmethod
from datetime import datetime, timedelta
from typing import Any, override

import probatio

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JsonObjectType

from ..const import DOMAIN, LOGGER
from ..history.periods import Period, PeriodError, PeriodName, implied_period
from ..history.questions import Content, Counted, Name, PlayRule, Question, asked_by
from ..history.questions.fields import tool_fields
from ..history.questions.places import place_named
from .amounts import (
    async_last_play,
    async_plays_in,
    last_play_json,
    plays_in_json,
    speak_last_play,
    speak_play_in,
)
from .ask import (
    Asker,
    PlaceUnknownError,
    Which,
    async_asker,
    async_first_last,
    async_listening_time,
    async_play_count,
    async_playing_at,
    async_taste,
    async_top,
    async_what_played,
    count_json,
    first_last_json,
    played_json,
    playing_json,
    speak_first_last,
    speak_listening_time,
    speak_play_count,
    speak_playing_at,
    speak_taste,
    speak_top,
    speak_what_played,
    taste_json,
    top_json,
    totals_json,
)
from .family_fields import (
    HABITS,
    RANKING,
    RECENT,
    habit_asked,
    parameters,
    ranking_asked,
)
from .habits import async_habit, habit_json, speak_habit
from .when import When, parse_when

API_ID = DOMAIN
API_NAME = "Encore listening history"
API_PROMPT = (
    "The encore__ tools answer questions about the user's own listening "
    "history (Spotify, Sonos and other players): most played artists, tracks, "
    "albums and podcasts, listening time, play counts, first and last plays, "
    "what was playing when and the first or last play of a period, a taste "
    "summary and habits (peak times, new artists, skips and the most "
    "skipped songs or artists, repeats, streaks). Periods are calendar periods "
    "in the home's time zone; 'I' and 'my' mean the user who asks. Prefer "
    "these tools over guessing, and keep the answer short."
)

# Hints for clients: the tools only read Encore's own database.
READ_ONLY = llm.ToolAnnotations(
    read_only=True, destructive=False, idempotent=True, open_world=False
)

_TARGET_FIELDS: dict[Any, Any] = {
    probatio.Optional("artist", description="Artist name"): str,
    probatio.Optional(
        "track", description="Track title (give artist too when known)"
    ): str,
}


class ToolArgumentError(HomeAssistantError):
    """The arguments do not make a question."""


def _parse_day(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    day = dt_util.parse_date(value)
    if day is None:
        raise ToolArgumentError(f"{name} must be a date (YYYY-MM-DD)")
    # Naive: the period resolves it as local midnight, clock changes included.
    return datetime.combine(day, datetime.min.time())


def _heard(asker: Asker, said: str) -> When:
    """Read a time in words: the asker's language, else English."""
    zone = dt_util.get_default_time_zone()
    for language in dict.fromkeys((asker.speaker.language, "en")):
        if (when := parse_when(said, language, asker.now, zone)) is not None:
            return when
    raise ToolArgumentError(
        f"when: {said!r} is no period or moment Encore can read; "
        "give period (with days) or start and end instead"
    )


def _period(
    asker: Asker, args: dict[str, Any], default: PeriodName
) -> tuple[Period, str | None]:
    """Return the period the arguments name, and what to call it when said in words."""
    if said := (args.get("when") or "").strip():
        when = _heard(asker, said)
        return when.period, when.label
    start = _parse_day(args.get("start"), "start")
    end = _parse_day(args.get("end"), "end")
    name = implied_period(
        args.get("period"), days=args.get("days"), start=start, end=end, default=default
    )
    if name == PeriodName.CUSTOM and (start is None or end is None):
        raise ToolArgumentError("period custom needs start and end")
    return asker.period(
        name,
        days=args.get("days"),
        start=start,
        # The end day is included: the period ends when the next day starts.
        end=end + timedelta(days=1) if end is not None else None,
    ), None


def _question(
    hass: HomeAssistant,
    asker: Asker,
    args: dict[str, Any],
    counted: Counted,
    default: PeriodName,
    **more: Any,
) -> Question:
    """Return the question the arguments ask."""
    period, label = _period(asker, args, default)
    room = (args.get("room") or "").strip()
    return asker.question(
        counted,
        period,
        label=label,
        content=Content(args.get("content", Content.EVERYTHING)),
        rule=PlayRule(args.get("rule", PlayRule.THIRTY_SECONDS)),
        where=place_named(hass, room, room) if room else None,
        **more,
    )


class EncoreTool(llm.Tool):
    """A read-only question about the listening history."""

    integration = DOMAIN
    annotations = READ_ONLY

    @override
    async def async_call(
        self,
        hass: HomeAssistant,
        tool_input: llm.ToolInput,
        llm_context: llm.LLMContext,
    ) -> llm.ToolResult:
        """Validate, ask, and return the data with the spoken answer."""
        try:
            args = self.parameters(tool_input.tool_args)
        except probatio.Invalid as err:
            return llm.ToolResult(data={"error": str(err)}, error=True)
        context = llm_context.context
        asker_id = context.user_id if context else None
        try:
            asker = await async_asker(
                hass,
                user_id=asker_id,
                language=llm_context.language,
            )
            with asked_by(asker_id):
                data, speech = await self.async_answer(hass, asker, args)
        except (ToolArgumentError, PeriodError) as err:
            return llm.ToolResult(data={"error": str(err)}, error=True)
        except PlaceUnknownError as err:
            # The agent says so, or asks which room was meant.
            return llm.ToolResult(
                data={
                    "error": f"No room, area or speaker called {err.place!r} is "
                    "known: no Home Assistant area and no device that played"
                },
                error=True,
            )
        except HomeAssistantError as err:
            # The agent may run in a cloud: the database's own words (a
            # host, a user) stay in the log.
            LOGGER.debug("%s could not read the history: %s", self.name, err)
            return llm.ToolResult(
                data={"error": "The listening history is not available right now."},
                error=True,
            )
        return llm.ToolResult(
            data={
                **data,
                "answer": speech,
                "accounts": list(asker.accounts),
                "whose": asker.whose.said,
            }
        )

    @abstractmethod
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the data and the sentence for validated arguments."""


class TopItemsTool(EncoreTool):
    """The most played artists, tracks, albums or shows of a period."""

    name = "encore__top_items"
    title = "Top artists, tracks, albums or shows"
    description = (
        "Most played artists, tracks, albums or podcast shows in a period, "
        "ranked by plays or listening time."
    )
    parameters = probatio.Schema(
        {
            **parameters(RANKING),
            # What is ranked says the content: artists, tracks and albums
            # are music, shows podcasts.
            **tool_fields(PeriodName.ALL_TIME, content=None),
        }
    )

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the top items."""
        answered = await async_top(
            hass,
            _question(
                hass,
                asker,
                args,
                Counted.RANKING,
                PeriodName.ALL_TIME,
                **ranking_asked(args),
            ),
        )
        return top_json(answered), speak_top(asker, answered)


class ListeningTimeTool(EncoreTool):
    """How long the user listened in a period."""

    name = "encore__listening_time"
    title = "Listening time"
    description = (
        "Total listening time, number of plays and of different artists and "
        "tracks in a period (today by default), of music, podcasts or "
        "everything."
    )
    parameters = probatio.Schema(tool_fields(PeriodName.TODAY))

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the totals."""
        answered = await async_listening_time(
            hass, _question(hass, asker, args, Counted.TOTALS, PeriodName.TODAY)
        )
        return totals_json(answered), speak_listening_time(asker, answered)


class PlayCountTool(EncoreTool):
    """How many times an artist or a track was played."""

    name = "encore__play_count"
    title = "Play count"
    description = (
        "How many times the user played an artist, or a track (with its artist "
        "when known), in a period. Names are matched loosely; the result says "
        "what was matched."
    )
    parameters = probatio.Schema(
        {**_TARGET_FIELDS, **tool_fields(PeriodName.ALL_TIME, content=None)}
    )

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the play count."""
        answered = await async_play_count(
            hass,
            _question(
                hass, asker, args, Counted.NAME, PeriodName.ALL_TIME, name=_target(args)
            ),
        )
        return count_json(answered), speak_play_count(asker, answered)


class FirstLastPlayTool(EncoreTool):
    """When an artist or a track was first and last played."""

    name = "encore__first_last_play"
    title = "First and last play"
    description = (
        "When the user first and last played an artist or a track, with the "
        "plays themselves. Without either: with a period, the first and last "
        "play in it ('the first song this morning'); without, the last thing "
        "played."
    )
    parameters = probatio.Schema({**_TARGET_FIELDS, **tool_fields(PeriodName.TODAY)})

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the first and last play (of anything, without a target)."""
        if not (args.get("artist") or args.get("track") or "").strip():
            if any(args.get(key) for key in ("when", "period", "days", "start")):
                found = await async_plays_in(
                    hass, _question(hass, asker, args, Counted.PLAYS, PeriodName.TODAY)
                )
                speech = " ".join(
                    speak_play_in(asker, found, which)
                    for which in (Which.FIRST, Which.LAST)
                )
                return plays_in_json(found), speech
            last = await async_last_play(
                hass, _question(hass, asker, args, Counted.PLAYS, PeriodName.ALL_TIME)
            )
            return last_play_json(last), speak_last_play(asker, last)
        answered = await async_first_last(
            hass,
            _question(
                hass, asker, args, Counted.NAME, PeriodName.ALL_TIME, name=_target(args)
            ),
        )
        speech = " ".join(
            (
                speak_first_last(asker, answered, Which.FIRST),
                speak_first_last(asker, answered, Which.LAST),
            )
        )
        return first_last_json(answered), speech


class WhatPlayedTool(EncoreTool):
    """What was played in a period, or what was playing at a moment."""

    name = "encore__what_played"
    title = "What was played"
    description = (
        "What the user listened to: with 'at' (an ISO date and time) the play "
        "going on at that moment; otherwise a period's totals, its top artists "
        "and its most recent plays, newest first."
    )
    parameters = probatio.Schema(
        {
            probatio.Optional(
                "at",
                description="A moment, ISO 8601 (local time when no offset)",
            ): str,
            **parameters(RECENT),
            **tool_fields(PeriodName.TODAY),
        }
    )

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the play at a moment, or a period in short."""
        moment = None
        if (said := (args.get("when") or "").strip()) and (
            when := _heard(asker, said)
        ).moment is not None:
            moment = when.moment
        elif at := args.get("at"):
            moment = dt_util.parse_datetime(at)
            if moment is None:
                raise ToolArgumentError("at must be an ISO 8601 date and time")
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt_util.get_default_time_zone())
        question = _question(
            hass, asker, args, Counted.PLAYS, PeriodName.TODAY, limit=args["limit"]
        )
        if moment is not None:
            playing = await async_playing_at(hass, question, moment)
            return playing_json(playing), speak_playing_at(asker, playing)
        answered = await async_what_played(hass, question)
        return played_json(answered), speak_what_played(asker, answered)


class TasteSummaryTool(EncoreTool):
    """A summary of the user's taste."""

    name = "encore__taste_summary"
    title = "Taste summary"
    description = (
        "A summary of the user's music taste in a period: top artists and "
        "their share, top tracks and shows, new artists, repeat and skip "
        "rates, streaks, and when they listen most (weekday and hour)."
    )
    parameters = probatio.Schema(tool_fields(PeriodName.ALL_TIME, content=None))

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the taste summary."""
        answered = await async_taste(
            hass,
            _question(hass, asker, args, Counted.TASTE, PeriodName.ALL_TIME),
            today=asker.today,
        )
        return taste_json(answered), speak_taste(asker, answered)


class HabitsTool(EncoreTool):
    """Listening habits over a period."""

    name = "encore__habits"
    title = "Listening habits"
    description = (
        "One listening habit over a period: peak (the hour of the day and "
        "weekday listened most, with minutes by hour and weekday), "
        "new_artists (first played ever in the period, with their count), "
        "skips (share of streams under 30 seconds), most_skipped (the tracks "
        "or artists, as kind says, with the most streams under 30 seconds), "
        "repeat (share of plays of a track already played in the period) or "
        "streak (days in a row, current and longest)."
    )
    parameters = probatio.Schema(
        {**parameters(HABITS), **tool_fields(PeriodName.ALL_TIME)}
    )

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        """Return the habit's figures."""
        habit, asked = habit_asked(args)
        answered = await async_habit(
            hass,
            _question(hass, asker, args, Counted.TASTE, PeriodName.ALL_TIME, **asked),
            habit,
            today=asker.today,
        )
        return habit_json(answered), speak_habit(asker, answered)


def _target(args: dict[str, Any]) -> Name:
    """Return what the arguments name: an artist, a track, or both."""
    artist = (args.get("artist") or "").strip() or None
    track = (args.get("track") or "").strip() or None
    if track is None and artist is None:
        raise ToolArgumentError("Give an artist, a track, or both")
    return Name("", artist=artist, track=track)
