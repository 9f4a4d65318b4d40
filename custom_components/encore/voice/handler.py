"""The handling every family's Assist intent shares: slots, asker, answer, speech.

`EncoreIntentHandler` validates a listed sentence's slots (or the net's
reading of the whole utterance, `net.REREAD`), finds whose history is asked
and by whom, asks its family (`async_answer`) and speaks the answer. Where
the slots left part of what was said unread, it reads the whole utterance
again once, or says which words it did not understand, never a broader
question's answer. `intents` holds each family's handler.
"""

from abc import abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar, override

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent

from ..const import LOGGER
from ..history.periods import PeriodError
from ..history.questions import asked_by
from .answers import pick_language
from .ask import Asker, NotUnderstoodError, PlaceUnknownError, async_asker
from .elsewhere import about_something_else, decline
from .heard import Person, async_kept_private, is_no_person, person_said
from .net import REREAD, UnsureError, async_another_family, async_reread, unsure_text
from .respond import (
    Answer,
    PrivatePersonError,
    UnknownPersonError,
    VagueNameError,
    error_text,
    not_answered,
    respond,
)
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
