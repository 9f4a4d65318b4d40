"""Assist intents: questions about the listening history, answered aloud.

Each handler reads its slots, asks `voice.ask` and speaks one short answer in
the asker's language. "I" is the Home Assistant user who asks (see
`history.whose`). Nothing found is an answer too ("I found no plays of X this
month."), never an error; only a closed history is one.

Home Assistant calls `async_setup_intents` when its intent integration loads
(this module is the intent platform); Encore's own setup registers the same
handlers, so they exist whichever comes first.
"""

from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, override

import probatio

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent

from .const import LOGGER
from .history.periods import MAX_DAYS, PeriodError, PeriodName
from .history.queries import RankBy, TopKind
from .history.reads import reading_for
from .voice.ask import (
    Asker,
    Which,
    async_asker,
    async_first_last,
    async_listening_time,
    async_play_count,
    async_playing_at,
    async_taste,
    async_top,
    async_what_played,
    by_name,
    count_json,
    first_last_json,
    moment_asked,
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

INTENT_TOP_ITEMS = "EncoreTopItems"
INTENT_LISTENING_TIME = "EncoreListeningTime"
INTENT_PLAY_COUNT = "EncorePlayCount"
INTENT_FIRST_LAST_PLAY = "EncoreFirstLastPlay"
INTENT_WHAT_PLAYED = "EncoreWhatPlayed"
INTENT_TASTE_SUMMARY = "EncoreTasteSummary"

# Periods a sentence can name; a custom range needs dates, which only the LLM
# tools take.
SPOKEN_PERIODS = [name.value for name in PeriodName if name is not PeriodName.CUSTOM]

_PERIOD_SLOTS: dict[Any, Any] = {
    probatio.Optional(
        "period", description="The period asked about, e.g. this_month"
    ): probatio.In(SPOKEN_PERIODS),
    probatio.Optional(
        "days", description="With period last_days: how many days back"
    ): probatio.All(probatio.Coerce(int), probatio.Range(min=1, max=MAX_DAYS)),
}
_NAME_SLOTS: dict[Any, Any] = {
    probatio.Required(
        "name", description="An artist or a track, as said"
    ): intent.non_empty_string,
    probatio.Optional(
        "artist", description="The track's artist, when name is a track"
    ): intent.non_empty_string,
}


@dataclass(frozen=True, slots=True)
class Answer:
    """What a handler says, and the data behind it."""

    speech: str
    data: dict[str, Any]
    about: str | None = None
    """The artist or track the question was taken to be about."""


class EncoreIntentHandler(intent.IntentHandler):
    """Common handling: slots, asker, speech; a closed history is spoken too."""

    slots: ClassVar[dict[Any, Any]] = {}

    @property
    @override
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slot schema."""
        return self.slots

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Answer the question."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        asker = await async_asker(
            intent_obj.hass,
            user_id=intent_obj.context.user_id,
            language=intent_obj.language,
        )
        response = intent_obj.create_response()
        try:
            with reading_for(intent_obj.context.user_id):
                answer = await self.async_answer(intent_obj.hass, asker, values)
        except (HomeAssistantError, PeriodError) as err:
            # A period it cannot use comes not from Encore's sentences (they
            # give a period or days, not both) but from custom ones or the
            # intent API.
            LOGGER.debug("%s could not answer: %s", self.intent_type, err)
            response.async_set_error(
                intent.IntentResponseErrorCode.FAILED_TO_HANDLE,
                asker.speaker.text(
                    "period_wrong" if isinstance(err, PeriodError) else "unavailable"
                ),
            )
            return response
        response.response_type = intent.IntentResponseType.QUERY_ANSWER
        response.async_set_speech(answer.speech)
        # The data behind the sentence, for whoever reads the response (an
        # LLM agent calling through Assist, a trace).
        response.async_set_speech_slots(answer.data)
        if answer.about is not None:
            response.async_set_results(
                [
                    intent.IntentResponseTarget(
                        name=answer.about, type=intent.IntentResponseTargetType.CUSTOM
                    )
                ]
            )
        return response

    @abstractmethod
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the answer to the validated slot values."""


class TopItemsIntent(EncoreIntentHandler):
    """Who or what was played most in a period."""

    intent_type = INTENT_TOP_ITEMS
    description = "Tells the user's most played artists, tracks, albums or shows"
    slots: ClassVar[dict[Any, Any]] = {
        probatio.Optional(
            "kind", description="artist, track, album or show"
        ): probatio.In([kind.value for kind in TopKind]),
        probatio.Optional("rank_by", description="plays or time"): probatio.In(
            [rank.value for rank in RankBy]
        ),
        **_PERIOD_SLOTS,
    }

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the top items."""
        period = asker.period(values.get("period"), days=values.get("days"))
        answer = await async_top(
            hass,
            asker,
            period,
            TopKind(values.get("kind", TopKind.ARTIST)),
            rank_by=RankBy(values.get("rank_by", RankBy.PLAYS)),
        )
        return Answer(speak_top(asker, answer), top_json(answer))


class ListeningTimeIntent(EncoreIntentHandler):
    """How long the user listened in a period (today when none is said)."""

    intent_type = INTENT_LISTENING_TIME
    description = "Tells how long the user listened in a period"
    slots: ClassVar[dict[Any, Any]] = _PERIOD_SLOTS

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the listening time."""
        period = asker.period(
            values.get("period"), days=values.get("days"), default=PeriodName.TODAY
        )
        answer = await async_listening_time(hass, asker, period)
        return Answer(speak_listening_time(asker, answer), totals_json(answer))


class PlayCountIntent(EncoreIntentHandler):
    """How many times an artist or a track was played."""

    intent_type = INTENT_PLAY_COUNT
    description = "Tells how many times the user played an artist or a track"
    slots: ClassVar[dict[Any, Any]] = {**_NAME_SLOTS, **_PERIOD_SLOTS}

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the play count."""
        period = asker.period(values.get("period"), days=values.get("days"))
        name = values["name"].strip()
        resolver = by_name(name, values.get("artist"), asker.speaker.language)
        result = await async_play_count(hass, asker, period, name, resolver)
        return Answer(
            speak_play_count(asker, result),
            count_json(result),
            result.match.name if result.match else None,
        )


class FirstLastPlayIntent(EncoreIntentHandler):
    """When an artist or a track was first or last played."""

    intent_type = INTENT_FIRST_LAST_PLAY
    description = "Tells when the user first or last played an artist or a track"
    slots: ClassVar[dict[Any, Any]] = {
        **_NAME_SLOTS,
        probatio.Optional("which", description="first or last"): probatio.In(
            [which.value for which in Which]
        ),
    }

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the first or last play."""
        which = Which(values.get("which", Which.LAST))
        name = values["name"].strip()
        resolver = by_name(name, values.get("artist"), asker.speaker.language)
        result = await async_first_last(hass, asker, name, resolver)
        return Answer(
            speak_first_last(asker, result, which),
            first_last_json(result),
            result.match.name if result.match else None,
        )


class WhatPlayedIntent(EncoreIntentHandler):
    """What was played in a period, or what was playing at a clock time."""

    intent_type = INTENT_WHAT_PLAYED
    description = "Tells what the user listened to in a period or at a time"
    slots: ClassVar[dict[Any, Any]] = {
        **_PERIOD_SLOTS,
        probatio.Optional("hour", description="Hour of the clock time"): probatio.All(
            probatio.Coerce(int), probatio.Range(min=0, max=23)
        ),
        probatio.Optional("minute", description="Minute of the clock time"): (
            probatio.All(probatio.Coerce(int), probatio.Range(min=0, max=59))
        ),
        probatio.Optional("meridiem", description="am or pm"): probatio.In(
            ["am", "pm"]
        ),
    }

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the period in short, or the play at the time."""
        if (hour := values.get("hour")) is not None:
            day = values.get("period")
            moment = moment_asked(
                asker.now,
                hour,
                values.get("minute", 0),
                values.get("meridiem"),
                day if day in (PeriodName.TODAY, PeriodName.YESTERDAY) else None,
            )
            playing = await async_playing_at(hass, asker, moment)
            return Answer(speak_playing_at(asker, playing), playing_json(playing))
        period = asker.period(
            values.get("period"), days=values.get("days"), default=PeriodName.TODAY
        )
        result = await async_what_played(hass, asker, period)
        return Answer(speak_what_played(asker, result), played_json(result))


class TasteSummaryIntent(EncoreIntentHandler):
    """A short description of the user's taste."""

    intent_type = INTENT_TASTE_SUMMARY
    description = "Describes the user's music taste"
    slots: ClassVar[dict[Any, Any]] = _PERIOD_SLOTS

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the taste summary."""
        period = asker.period(values.get("period"), days=values.get("days"))
        result = await async_taste(hass, asker, period)
        return Answer(speak_taste(asker, result), taste_json(result))


HANDLERS: tuple[Callable[[], EncoreIntentHandler], ...] = (
    TopItemsIntent,
    ListeningTimeIntent,
    PlayCountIntent,
    FirstLastPlayIntent,
    WhatPlayedIntent,
    TasteSummaryIntent,
)


@callback
def async_register_intents(hass: HomeAssistant) -> None:
    """Register the handlers once (Encore's setup and the intent platform)."""
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    for make in HANDLERS:
        handler = make()
        if type(registered.get(handler.intent_type)) is type(handler):
            continue
        intent.async_register(hass, handler)


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Set up Encore's intents (called by the intent integration)."""
    async_register_intents(hass)
