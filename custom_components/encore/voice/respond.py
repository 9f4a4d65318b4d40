"""What a family handler answers, and how it is put into Home Assistant's response.

`Answer` is what a family says and the data behind it; `respond` puts it into
the intent response (a name nothing goes by is an error, never a fact);
`error_text` says why a question could not be answered. The errors here are
the handlers' own: a person said who is not known or keeps their listening
private, a pronoun where a name goes.
"""

from dataclasses import dataclass
from typing import Any

from homeassistant.helpers import intent

from ..history.periods import PeriodError
from ..history.questions import HistorySettlingError
from .ask import Asker, NotUnderstoodError, PlaceUnknownError
from .heard import Person


class PrivatePersonError(ValueError):
    """A person said who keeps their listening to themselves."""

    def __init__(self, person: str) -> None:
        """Keep who it was."""
        super().__init__(f"private person {person!r}")
        self.person = person


class UnknownPersonError(ValueError):
    """A person said whose history is not known."""

    def __init__(self, person: str) -> None:
        """Keep who was said."""
        super().__init__(f"unknown person {person!r}")
        self.person = person


class VagueNameError(ValueError):
    """A pronoun or nothing where a name goes."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What a handler says, and the data behind it."""

    speech: str
    data: dict[str, Any]
    about: str | None = None
    """The artist or track the question was taken to be about."""
    unknown_name: bool = False
    """Nothing in the history goes by the name heard: said, but no fact."""
    heard_name: str | None = None
    """The words taken for the name (a time said beside it taken out): those
    the name found does not cover may say a time the answer did not read."""


def respond(
    response: intent.IntentResponse,
    answer: Answer,
    asker: Asker,
    found: Person | None,
) -> intent.IntentResponse:
    """Speak an answer, with its data; a name nothing goes by as an error."""
    if answer.unknown_name:
        # A name nothing goes by may be a misheard one: say which name was
        # not found, as Home Assistant says "no device called ...", never
        # "no" as a fact about the history (issue 45).
        response.async_set_error(
            intent.IntentResponseErrorCode.NO_VALID_TARGETS, answer.speech
        )
        return response
    response.response_type = intent.IntentResponseType.QUERY_ANSWER
    speech = answer.speech
    if found is not None and found.name not in speech:
        # An answer that does not name them says whose it is.
        whose = asker.speaker.text(
            "whose_for", accounts=asker.speaker.join(asker.accounts)
        )
        speech = f"{speech} ({whose})"
    response.async_set_speech(speech)
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


def not_answered(intent_obj: intent.Intent, speech: str) -> intent.IntentResponse:
    """Say why a question got no answer: what was understood and what not.

    `FAILED_TO_HANDLE`, so the pipeline speaks it and ends the turn: a
    question of the history, understood in part, is asked back here, never
    handed to another agent that would guess.
    """
    response = intent_obj.create_response()
    response.async_set_error(intent.IntentResponseErrorCode.FAILED_TO_HANDLE, speech)
    return response


def error_text(asker: Asker, err: Exception) -> str:
    """Say why a question could not be answered, in the asker's words."""
    speaker = asker.speaker
    if isinstance(err, NotUnderstoodError):
        return speaker.text("not_when", said=err.said)
    if isinstance(err, UnknownPersonError):
        return speaker.text("unknown_person", person=err.person)
    if isinstance(err, PrivatePersonError):
        return speaker.text("person_private", person=err.person)
    if isinstance(err, VagueNameError):
        return speaker.text("ask_name")
    if isinstance(err, PlaceUnknownError):
        return speaker.text("place_unknown", place=err.place)
    if isinstance(err, PeriodError):
        return speaker.text("period_wrong")
    if isinstance(err, HistorySettlingError):
        # Why, and when to ask again: an import is counting its plays.
        return speaker.text("settling", stored=speaker.number(err.stored))
    return speaker.text("unavailable")
