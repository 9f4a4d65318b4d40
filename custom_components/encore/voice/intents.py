"""Assist intents: questions about the listening history, answered aloud.

Each handler reads its slots, asks `voice.ask` and speaks one short answer in
the asker's language. "I" is the Home Assistant user who asks (see
`history.whose`). Nothing found is an answer too ("I found no plays of X this
month."), never an error; only a closed history is one.

Encore's setup registers these handlers, and so does the intent platform Home
Assistant loads when its intent integration starts, whichever comes first.
"""

from abc import abstractmethod
from dataclasses import dataclass, replace
from typing import Any, ClassVar, override

import probatio

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent
from homeassistant.util import dt as dt_util

from ..const import LOGGER
from ..history.periods import MAX_DAYS, PeriodError, PeriodName
from ..history.questions import (
    Content,
    Counted,
    Name,
    Question,
    asked_by,
    async_exact_match,
)
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
from .answers import pick_language
from .ask import (
    SPOKEN_ITEMS,
    Asker,
    NotUnderstoodError,
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
from .elsewhere import about_something_else, decline
from .family_fields import (
    HABITS,
    MEASURE,
    RANKING,
    habit_asked,
    ranking_asked,
    slots as family_slots,
)
from .habits import async_habit, habit_json, speak_habit
from .heard import Person, async_kept_private, hear_name, is_no_person, person_said
from .net import (
    FAMILIES,
    REREAD,
    UnsureError,
    async_another_family,
    async_reread,
    family,
    unsure_text,
)
from .respond import (
    Answer,
    PrivatePersonError,
    UnknownPersonError,
    VagueNameError,
    error_text,
    not_answered,
    respond,
)
from .slots import Heard, ask, heard_hour_or_period, heard_period, in_a_room
from .utterance import (
    HABITS_BY_CONTENT,
    broader_said,
    compares_parts,
    content_kept_said,
    content_left_out,
    find_whole_person,
    left_out,
    nothing_to_leave_out,
    one_unnamed,
    parts_named,
    time_beside_name,
    unread_clock,
    unread_time,
)
from .whole import WholeUtterance

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
class _Answered:
    """An answer found for the slots, with what speaking it needs."""

    answer: Answer
    asker: Asker
    found: Person | None
    whole: WholeUtterance
    values: dict[str, Any]


class EncoreIntentHandler(intent.IntentHandler):
    """Common handling: slots, asker, speech; a closed history is spoken too."""

    slots: ClassVar[dict[Any, Any]] = {}
    content_from_utterance: ClassVar[bool] = False
    """A total whose figures the content said anywhere changes ("how many
    tunes"); rankings are of one kind already, what played names artists."""
    counts_every_play: ClassVar[bool] = False
    """A count of every play of a period: one song or album said without its
    name ("wie oft hab ich den Song gestreamt") is asked back, never counted
    as all of them."""
    reads_time_words: ClassVar[bool] = True
    """Whether a time word the slots lack is said not understood (a recap's: its slots)."""

    @property
    @override
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slot schema."""
        return self.slots

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Answer the question, or say the name it left out."""
        hass = intent_obj.hass
        language = pick_language(intent_obj.language, hass.config.language)
        if (
            intent_obj.platform != REREAD
            and intent_obj.text_input
            and about_something_else(intent_obj.text_input, language)
        ):
            # "How was the weather last week" matched a recap's sentence.
            return decline(intent_obj, language)
        outcome = await self._async_outcome(intent_obj, language)
        # A name left out is said so, whatever else was answered, unless the
        # answer lists nothing to leave it out of.
        if (leaving := left_out(intent_obj, language)) is not None and (
            isinstance(outcome, intent.IntentResponse)
            or not nothing_to_leave_out(outcome.answer.data)
        ):
            return leaving
        if isinstance(outcome, intent.IntentResponse):
            return outcome
        return await self._async_speak(intent_obj, outcome)

    async def _async_outcome(
        self, intent_obj: intent.Intent, language: str
    ) -> intent.IntentResponse | _Answered:
        """Answer the slots, or say briefly why not (the whole read where it says more)."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        hass = intent_obj.hass
        if self.counts_every_play and (unnamed := one_unnamed(intent_obj, language)):
            return unnamed
        if (
            self.content_from_utterance or values.get("habit") in HABITS_BY_CONTENT
        ) and (said := content_left_out(intent_obj, values, language)):
            values["content"] = said
        values["parts"] = parts_named(intent_obj, values, language)
        person, everyone = person_said(values, language)
        household = everyone or bool(values.get("household"))
        found = find_whole_person(hass, str(person), intent_obj) if person else None
        no_person = (
            found is None and bool(person) and is_no_person(str(person), language)
        )
        if no_person:
            # "How long was stuff playing", "did anything by Justice play":
            # what played, no one's listening; the whole question says what
            # is asked (issue 45's ninth turn).
            person = None
            values.pop("person")
        asker = await async_asker(
            hass,
            user_id=intent_obj.context.user_id,
            language=intent_obj.language,
            config_entry_id=found.entry_id if found is not None else None,
            person=found.person if found is not None else None,
            everyone=household,
            # Someone else's listening is told of them, not of "you" (43.14).
            subject=found.name if found is not None else None,
        )
        # Everything said, read by the parser only when a check needs it, once.
        whole = WholeUtterance(intent_obj, now=asker.now)
        if no_person:
            return await self._async_without_person(intent_obj, whole)
        if (
            read := await self._async_read_whole(intent_obj, values, asker, whole)
        ) is not None:
            return read
        answer = await self._async_try(
            intent_obj, asker, values, person, found, whole=whole
        )
        if isinstance(answer, intent.IntentResponse):
            return answer
        return _Answered(answer, asker, found, whole, values)

    async def _async_speak(
        self, intent_obj: intent.Intent, answered: _Answered
    ) -> intent.IntentResponse:
        """Speak the answer, unless a name beside an unread time or no name found says more."""
        answer, asker, whole = answered.answer, answered.asker, answered.whole
        if (
            answer.about is not None
            and answer.heard_name is not None
            and (
                unread := time_beside_name(
                    answer.heard_name, answer.about, asker.speaker.language
                )
            )
        ):
            # "Daft Punk in the morning thing", "The Daily last wek": a name
            # and a time the count did not read. Read whole, or say which
            # words were not understood; never all of time (issue 45).
            if (reread := await async_reread(intent_obj, whole)) is not None:
                return reread
            return not_answered(intent_obj, asker.speaker.text("not_when", said=unread))
        if (
            "name" in answered.values
            and answer.about is None
            and (reread := await async_reread(intent_obj, whole)) is not None
        ):
            # Nothing goes by the name the sentence's wildcard caught ("the
            # same songs again"): the whole utterance may ask something else.
            return reread
        return respond(intent_obj.create_response(), answer, asker, answered.found)

    async def _async_try(
        self,
        intent_obj: intent.Intent,
        asker: Asker,
        values: dict[str, Any],
        person: object,
        found: Person | None,
        *,
        whole: WholeUtterance,
    ) -> Answer | intent.IntentResponse:
        """Answer, or say briefly why not (the whole read again where it may say)."""
        try:
            with asked_by(intent_obj.context.user_id):
                answer = await self._async_answer_for(
                    intent_obj, asker, values, person, found
                )
        except (NotUnderstoodError, PlaceUnknownError) as err:
            # A time caught with more ("most this week"), a span taken for a room
            # ("gesamten Zeitraum"): read the whole; a room the whole reads is unknown.
            unread = err.said if isinstance(err, NotUnderstoodError) else None
            if (unread is not None or whole.reading.place is None) and (
                reread := await async_reread(intent_obj, whole, unread_time=unread)
            ) is not None:
                return reread
            LOGGER.debug("%s could not answer: %s", self.intent_type, err)
            return not_answered(intent_obj, error_text(asker, err))
        except (
            HomeAssistantError,
            PeriodError,
            UnknownPersonError,
            PrivatePersonError,
            VagueNameError,
        ) as err:
            # A period it cannot use comes from custom sentences or the
            # intent API; words that are no time, a pronoun, an unknown
            # person from speech: each is said briefly, never guessed.
            LOGGER.debug("%s could not answer: %s", self.intent_type, err)
            return not_answered(intent_obj, error_text(asker, err))
        return answer

    async def _async_without_person(
        self, intent_obj: intent.Intent, whole: WholeUtterance
    ) -> intent.IntentResponse:
        """Answer a sentence that took what played for a person, read whole.

        Never the sentence's own slots without the person: its other
        wildcards took words around them ("over the weekend" for a name).
        """
        if (reread := await async_reread(intent_obj, whole)) is not None:
            return reread
        return not_answered(
            intent_obj,
            unsure_text(whole.language, UnsureError("not_what", whole.reading)),
        )

    async def _async_read_whole(
        self,
        intent_obj: intent.Intent,
        values: dict[str, Any],
        asker: Asker,
        whole: WholeUtterance,
    ) -> intent.IntentResponse | None:
        """Answer from the whole utterance when the slots left part of it out.

        A clock time ("what played 9 pm Wednesday" caught "Wednesday") or words
        of a time ("in diese monat") the slots do not hold: read again, or the
        answer says which words were not understood, never the whole day or all
        time instead. A stressing "all together" by a period: the reading's.
        """
        language = asker.speaker.language
        unread = unread_clock(intent_obj, values, language)
        if (
            unread is None
            and self.reads_time_words
            # A name's first or last time, read whole, has no period: "was
            # it last year" beside it is chat, which the parser took out.
            and not (intent_obj.platform == REREAD and {"name", "which"} <= set(values))
            and not compares_parts(intent_obj, values)
        ):
            unread = unread_time(intent_obj, values, language)
        if unread is not None:
            if (told := await async_reread(intent_obj, whole, story=True)) is not None:
                return told
            return not_answered(intent_obj, asker.speaker.text("not_when", said=unread))
        if broader_said(intent_obj, values, asker, whole) or content_kept_said(
            intent_obj, language
        ):
            return await async_reread(intent_obj, whole)
        return await async_another_family(intent_obj, whole)

    async def _async_answer_for(
        self,
        intent_obj: intent.Intent,
        asker: Asker,
        values: dict[str, Any],
        person: object,
        found: Person | None,
    ) -> Answer:
        """Answer for the asker, or for the person said when there is one.

        Raises `PrivatePersonError` when the person keeps whose plays are
        theirs private from the one asking.
        """
        if person and found is None:
            raise UnknownPersonError(str(person))
        if found is not None and await async_kept_private(
            intent_obj.hass, found.person, intent_obj.context.user_id
        ):
            raise PrivatePersonError(found.name)
        return await self.async_answer(intent_obj.hass, asker, values)

    @abstractmethod
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        """Return the answer to the validated slot values."""


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
