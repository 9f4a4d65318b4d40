"""Assist intents: questions about the listening history, answered aloud.

Each handler reads its slots, asks `voice.ask` and speaks one short answer in
the asker's language. "I" is the Home Assistant user who asks (see
`history.whose`). Nothing found is an answer too ("I found no plays of X this
month."), never an error; only a closed history is one.

Encore's setup registers these handlers, and so does the intent platform Home
Assistant loads when its intent integration starts, whichever comes first.
"""

from dataclasses import dataclass, replace
from typing import Any, ClassVar, override

import probatio

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import intent
from homeassistant.util import dt as dt_util

from ..const import LOGGER
from ..history.periods import MAX_DAYS, PeriodName
from ..history.questions import Content, Counted, Name, Question, async_exact_match
from .amounts import (
    Amount,
    async_last_play,
    async_plays_in,
    count_period_json,
    last_play_json,
    plays_in_json,
    speak_count,
    speak_did,
    speak_did_any,
    speak_last_play,
    speak_play_in,
)
from .ask import (
    SPOKEN_ITEMS,
    Asker,
    Which,
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
    MEASURE,
    RANKING,
    habit_asked,
    ranking_asked,
    slots as family_slots,
)
from .habits import async_habit, habit_json, speak_habit
from .handler import EncoreIntentHandler
from .heard import hear_name
from .net import FAMILIES, family
from .respond import Answer, VagueNameError
from .slots import Heard, ask, heard_hour_or_period, heard_period, in_a_room

INTENT_TOP_ITEMS = "EncoreTopItems"
INTENT_LISTENING_TIME = "EncoreListeningTime"
INTENT_PLAY_COUNT = "EncorePlayCount"
INTENT_FIRST_LAST_PLAY = "EncoreFirstLastPlay"
INTENT_WHAT_PLAYED = "EncoreWhatPlayed"
INTENT_TASTE_SUMMARY = "EncoreTasteSummary"
INTENT_HOW_MANY = "EncoreHowMany"
INTENT_DID_I_LISTEN = "EncoreDidIListen"
INTENT_HABITS = "EncoreHabits"


# Periods a sentence can name; a custom range needs dates, which only the LLM
# tools take.
SPOKEN_PERIODS = [name.value for name in PeriodName if name is not PeriodName.CUSTOM]

_PERIOD_SLOTS: dict[Any, Any] = {
    probatio.Optional(
        "when", description="The period or moment as said, e.g. last Friday evening"
    ): intent.non_empty_string,
    probatio.Optional(
        "period", description="The period asked about, e.g. this_month"
    ): probatio.In(SPOKEN_PERIODS),
    probatio.Optional(
        "days", description="With period last_days: how many days back"
    ): probatio.All(probatio.Coerce(int), probatio.Range(min=1, max=MAX_DAYS)),
    probatio.Optional(
        "default", description="The period meant when none is said"
    ): probatio.In(SPOKEN_PERIODS),
    probatio.Optional(
        "person", description="Whose history, when not the asker's own"
    ): intent.non_empty_string,
    probatio.Optional(
        "content",
        description="music (songs, tracks), podcasts (episodes, shows), "
        "audiobooks, or everything (plain listening)",
    ): probatio.In([content.value for content in Content]),
    probatio.Optional(
        "household", description="The whole household's plays: 'we', 'our house'"
    ): bool,
}
_NAME_SLOTS: dict[Any, Any] = {
    probatio.Required(
        "name", description="An artist or a track, as said"
    ): intent.non_empty_string,
    probatio.Optional(
        "artist", description="The track's artist, when name is a track"
    ): intent.non_empty_string,
    **_PERIOD_SLOTS,
}


@dataclass(frozen=True, slots=True)
class _Named:
    name: str
    heard: Heard
    anything: bool


async def _async_named(
    hass: HomeAssistant, asker: Asker, values: dict[str, Any], default: PeriodName
) -> _Named:
    """Return the name asked about and the period said with it or beside it.

    A name that holds a period ("Yesterday" by the Beatles, "Friday I'm in
    Love") is kept whole when the history has that exact name.
    """
    zone = dt_util.get_default_time_zone()
    language = asker.speaker.language
    heard = hear_name(str(values["name"]), language, asker.now, zone)
    if (
        heard.when is not None
        and heard.name
        # Titles hold one such word ("Yesterday", "Friday I'm in Love"), not
        # "last week": only then is the whole worth a look (a read).
        and len(heard.said.split()) - len(heard.name.split()) == 1
    ):
        whole_name = Name(heard.said, language=language)
        whole = await async_exact_match(
            hass, asker.question(Counted.NAME, heard.when.period, name=whole_name)
        )
        if whole.value is not None and whole.value.score >= 1:
            return _Named(heard.said, heard_period(asker, values, default), False)
    if heard.vague:
        raise VagueNameError(heard.name)
    if heard.when is not None:
        if values.get("when"):
            # Two times in one question: the one beside the name counts.
            LOGGER.debug("Two times heard: %s, %s", heard.when, values["when"])
        return _Named(
            heard.name, Heard(heard.when.period, heard.when.label), heard.anything
        )
    return _Named(heard.name, heard_period(asker, values, default), heard.anything)


class TopItemsIntent(EncoreIntentHandler):
    """Who or what was played most in a period (in a room, when one is said)."""

    intent_type = INTENT_TOP_ITEMS
    description = "Tells the user's most played artists, tracks, albums or shows"
    slots: ClassVar[dict[Any, Any]] = {**family_slots(RANKING), **_PERIOD_SLOTS}

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the top items."""
        question = ask(
            hass,
            asker,
            values,
            Counted.RANKING,
            _no_moment(heard_period(asker, values)),
            # "My number one": those level with the first are named too,
            # so the ranking reads past what is named.
            **ranking_asked(values, spoken=SPOKEN_ITEMS),
        )
        answered = await async_top(hass, question)
        spoken = int(values.get("limit", SPOKEN_ITEMS))
        return Answer(speak_top(asker, answered, spoken=spoken), top_json(answered))


def _no_moment(heard: Heard) -> Heard:
    """Keep the period only: a moment heard stands for its day (`When.period`)."""
    return replace(heard, moment=None)


class ListeningTimeIntent(EncoreIntentHandler):
    """How long the user listened in a period (today when none is said)."""

    intent_type = INTENT_LISTENING_TIME
    content_from_utterance = True
    description = "Tells how long the user listened in a period"
    slots: ClassVar[dict[Any, Any]] = _PERIOD_SLOTS

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the listening time."""
        heard = _no_moment(heard_period(asker, values, PeriodName.TODAY))
        answered = await async_listening_time(
            hass, ask(hass, asker, values, Counted.TOTALS, heard)
        )
        return Answer(speak_listening_time(asker, answered), totals_json(answered))


class HowManyIntent(EncoreIntentHandler):
    """How many plays, different songs or artists a period had."""

    intent_type = INTENT_HOW_MANY
    content_from_utterance = True
    counts_every_play = True
    description = "Tells how many plays, different songs or artists a period had"
    slots: ClassVar[dict[Any, Any]] = {
        probatio.Optional(
            "counted", description="plays, songs or artists"
        ): probatio.In([counted.value for counted in Amount]),
        **_PERIOD_SLOTS,
    }

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the counts."""
        heard = _no_moment(heard_period(asker, values))
        answered = await async_listening_time(
            hass, ask(hass, asker, values, Counted.TOTALS, heard)
        )
        counted = Amount(values.get("counted", Amount.PLAYS))
        return Answer(
            speak_count(asker, answered, counted), count_period_json(answered)
        )


class PlayCountIntent(EncoreIntentHandler):
    """How many times an artist or a track was played."""

    intent_type = INTENT_PLAY_COUNT
    description = "Tells how many times the user played an artist or a track"
    slots: ClassVar[dict[Any, Any]] = {**_NAME_SLOTS, **family_slots(MEASURE)}

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the play count (the minutes too, when asked how long)."""
        named = await _async_named(hass, asker, values, PeriodName.ALL_TIME)
        heard = _no_moment(named.heard)
        if named.anything:
            totals = await async_listening_time(
                hass, ask(hass, asker, values, Counted.TOTALS, heard)
            )
            return Answer(
                speak_count(asker, totals, Amount.PLAYS), count_period_json(totals)
            )
        answered = await async_play_count(
            hass, _name_question(hass, asker, values, named, heard)
        )
        return Answer(
            speak_play_count(asker, answered, timed=values.get("measure") == "time"),
            count_json(answered),
            answered.value.match.name if answered.value.match else None,
            unknown_name=answered.value.match is None,
            heard_name=named.name,
        )


def _name_question(
    hass: HomeAssistant,
    asker: Asker,
    values: dict[str, Any],
    named: _Named,
    heard: Heard,
) -> Question:
    """Return the question about a spoken name (and its artist, when said apart)."""
    return ask(
        hass,
        asker,
        values,
        Counted.NAME,
        heard,
        name=Name(
            named.name, artist=values.get("artist"), language=asker.speaker.language
        ),
    )


class DidIListenIntent(EncoreIntentHandler):
    """Whether an artist or a track (or anything) was played: yes with the count."""

    intent_type = INTENT_DID_I_LISTEN
    description = "Tells whether the user listened to an artist or a track"
    slots: ClassVar[dict[Any, Any]] = _NAME_SLOTS

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return yes with the count, or no."""
        named = await _async_named(hass, asker, values, PeriodName.ALL_TIME)
        heard = _no_moment(named.heard)
        if named.anything:
            totals = await async_listening_time(
                hass, ask(hass, asker, values, Counted.TOTALS, heard)
            )
            return Answer(speak_did_any(asker, totals), count_period_json(totals))
        answered = await async_play_count(
            hass, _name_question(hass, asker, values, named, heard)
        )
        return Answer(
            speak_did(asker, answered),
            count_json(answered),
            answered.value.match.name if answered.value.match else None,
            unknown_name=answered.value.match is None,
            heard_name=named.name,
        )


class FirstLastPlayIntent(EncoreIntentHandler):
    """When an artist or a track was first or last played; or the last play."""

    intent_type = INTENT_FIRST_LAST_PLAY
    # "The last song this morning" is the last track, never an episode.
    content_from_utterance = True
    description = (
        "Tells when the user first or last played an artist or a track, or "
        "what they played first or last in a period"
    )
    slots: ClassVar[dict[Any, Any]] = {
        probatio.Optional(
            "name", description="An artist or a track, as said"
        ): intent.non_empty_string,
        probatio.Optional(
            "artist", description="The track's artist, when name is a track"
        ): intent.non_empty_string,
        probatio.Optional("which", description="first or last"): probatio.In(
            [which.value for which in Which]
        ),
        # Without a name: a period's first or last play; a name's has no period.
        **_PERIOD_SLOTS,
    }

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the first or last play."""
        which = Which(values.get("which", Which.LAST))
        ever = Heard(asker.period(PeriodName.ALL_TIME))
        if "name" not in values:
            heard = _no_moment(heard_period(asker, values))
            if which is Which.FIRST and not heard.said:
                # "The first song" alone is today's; "in the kitchen" alone its last.
                heard = _no_moment(heard_period(asker, values, PeriodName.TODAY))
            if which is Which.FIRST or heard.said or in_a_room(hass, heard):
                found = await async_plays_in(
                    hass, ask(hass, asker, values, Counted.PLAYS, heard)
                )
                return Answer(speak_play_in(asker, found, which), plays_in_json(found))
            last = await async_last_play(
                hass, ask(hass, asker, values, Counted.PLAYS, ever)
            )
            return Answer(speak_last_play(asker, last), last_play_json(last))
        heard_name = hear_name(
            str(values["name"]),
            asker.speaker.language,
            asker.now,
            dt_util.get_default_time_zone(),
        )
        if heard_name.vague or heard_name.anything:
            if heard_name.anything and which is Which.LAST:
                last = await async_last_play(
                    hass, ask(hass, asker, values, Counted.PLAYS, ever)
                )
                return Answer(speak_last_play(asker, last), last_play_json(last))
            raise VagueNameError(heard_name.name)
        # A first or last time has no period: words of one are part of a name.
        named = _Named(heard_name.said, ever, False)
        answered = await async_first_last(
            hass, _name_question(hass, asker, values, named, ever)
        )
        return Answer(
            speak_first_last(asker, answered, which),
            first_last_json(answered),
            answered.value.match.name if answered.value.match else None,
            unknown_name=answered.value.match is None,
        )


class WhatPlayedIntent(EncoreIntentHandler):
    """What was played in a period, or what was playing at a clock time."""

    intent_type = INTENT_WHAT_PLAYED
    description = "Tells what the user listened to in a period or at a time"
    # "What music did I listen to yesterday" sums up the music alone (a
    # summary counting the day's podcast too states a wrong fact).
    content_from_utterance = True
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
        heard = heard_hour_or_period(asker, values)
        if heard.moment is not None:
            # What was on at a moment is named whatever its kind: "what song
            # was on at 8:30" while an episode played names the episode, never
            # "nothing was playing" (issue 45).
            anything = {key: value for key, value in values.items() if key != "content"}
            question = ask(hass, asker, anything, Counted.PLAYS, heard, limit=1)
            # "What had I got on at eight the day before yesterday": 8 PM is
            # read first; when nothing played then but something did at 8 AM,
            # that is the answer, and it says its time (issue 45's
            # sixty-eighth turn, blind writer 439).
            playing = await async_playing_at(
                hass, question, heard.moment, heard.other_half
            )
            place = heard.place.said if heard.place is not None else None
            return Answer(
                speak_playing_at(asker, playing, place, heard.other_half),
                playing_json(playing),
            )
        question = ask(hass, asker, values, Counted.PLAYS, heard, limit=1)
        answered = await async_what_played(hass, question)
        return Answer(speak_what_played(asker, answered), played_json(answered))


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
        heard = _no_moment(heard_period(asker, values))
        question = ask(hass, asker, values, Counted.TASTE, heard, limit=SPOKEN_ITEMS)
        # Only what is said: the whole summary is the LLM tool's.
        answered = await async_taste(hass, question, today=asker.today, brief=True)
        return Answer(speak_taste(asker, answered), taste_json(answered))


class HabitsIntent(EncoreIntentHandler):
    """Listening habits: peak times, new artists, skipping, repeats, streaks."""

    intent_type = INTENT_HABITS
    description = (
        "Tells the user's listening habits: when they listen most, new artists, "
        "how often they skip or repeat and what they skip most, their "
        "listening streak"
    )
    slots: ClassVar[dict[Any, Any]] = {**family_slots(HABITS), **_PERIOD_SLOTS}

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the habit's figures."""
        habit, asked = habit_asked(values, spoken=SPOKEN_ITEMS)
        heard = _no_moment(heard_period(asker, values))
        question = ask(hass, asker, values, Counted.TASTE, heard, **asked)
        answered = await async_habit(hass, question, habit, today=asker.today)
        spoken, parts = int(values.get("limit", 1)), values.get("parts", ())
        speech = speak_habit(asker, answered, spoken=spoken, parts=parts)
        return Answer(speech, habit_json(answered))


HANDLERS: tuple[EncoreIntentHandler, ...] = tuple(
    family(make())
    for make in (
        TopItemsIntent,
        ListeningTimeIntent,
        PlayCountIntent,
        FirstLastPlayIntent,
        WhatPlayedIntent,
        TasteSummaryIntent,
        HowManyIntent,
        DidIListenIntent,
        HabitsIntent,
    )
)


@callback
def async_register_intents(hass: HomeAssistant) -> None:
    """Register the handlers once (Encore's setup and the intent platform).

    The instances registered are the net's (`FAMILIES`): one handler per
    family, whichever way a question reaches it.
    """
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    for handler in HANDLERS:
        if registered.get(handler.intent_type) is FAMILIES[handler.intent_type]:
            continue
        intent.async_register(hass, handler)


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Set up Encore's intents (called by the intent integration)."""
    async_register_intents(hass)
