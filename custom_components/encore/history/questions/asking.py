"""Asking: one read of the history per question, in the asker's turn.

`async_ask` runs an answer family (`families`) for a `Question` on the
history's reader threads, with what every door's answer may need beside the
figures, read in the same turn: how many people's plays the history holds
(when whose history it is depends on that) and since when plays name their
room (when a place was asked). `asked_by` lets the reads of a request wait
in its user's queue (`store.reads`).

`async_ask` and the families it runs are the layer's own: a door calls the
coroutine of its family (`answers`, `habits`, `folders`...), never these.
"""

from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant

from ..manager import async_get_manager
from ..queries import Scope, devices_known_since, listeners, roomless_in
from ..store.reads import reading_for
from .families import place_known, where_scope
from .question import Question

__all__ = ["Answered", "asked_by", "async_ask"]

type Family[T] = Callable[[Connection, Question, Scope], T]
"""An answer family: the connection, the question and its scope (with its
devices found) in, the figures out."""


@dataclass(frozen=True, slots=True)
class Answered[T]:
    """A question, its figures, and what the answer says beside them."""

    question: Question
    value: T
    listeners: int | None = None
    """How many people's plays the history holds, when whose history it is
    depended on that (`Whose.if_several`); else None."""
    rooms_since: datetime | None = None
    """With a place asked: when the first play that names its device ended
    (None: no play does). Plays before it (an export's) have no room."""
    roomless: bool = False
    """With a place asked: whether plays of the period name no device, so
    the room they played in is not known."""
    place_known: bool = True
    """With a place asked: whether it is a Home Assistant area or the history
    knows a device of its name. An unknown one ("in the whole of last year")
    is no place the asker has: the answer says so instead of "no plays"."""

    def with_value[U](self, value: U) -> Answered[U]:
        """Return the same answer about other figures (what a door made of them)."""
        return Answered(
            self.question,
            value,
            self.listeners,
            self.rooms_since,
            self.roomless,
            self.place_known,
        )

    @property
    def whose_said(self) -> str | None:
        """The phrase to add about whose history it is, if any."""
        whose = self.question.whose
        if whose.said is not None:
            return whose.said
        if whose.if_several is not None and (self.listeners or 0) > 1:
            return whose.if_several
        return None

    @property
    def rooms_unknown(self) -> bool:
        """Whether a place was asked and plays of the period name no room."""
        return self.question.where is not None and self.roomless


def asked_by(user_id: str | None) -> AbstractContextManager[None]:
    """Let the questions asked inside wait in `user_id`'s turn.

    Each user's reads wait in their own queue (`store.reads.reading_for`),
    so one asker's burst of questions does not hold up another's.
    """
    return reading_for(user_id)


async def async_ask[T](
    hass: HomeAssistant,
    question: Question,
    family: Family[T],
    *,
    same_as: Hashable | None = None,
) -> Answered[T]:
    """Answer a question with a family, in one read.

    `same_as`: what makes two reads one (`HistoryManager.async_read`); it
    must hold everything the question holds that the read depends on.
    Raises HomeAssistantError while the history is shut.
    """

    def read(conn: Connection) -> Answered[T]:
        scope = where_scope(conn, question)
        value = family(conn, question, scope)
        people = listeners(conn) if question.whose.if_several is not None else None
        if question.where is None:
            return Answered(question, value, people)
        everywhere = replace(scope, devices=None)
        return Answered(
            question,
            value,
            people,
            devices_known_since(conn, everywhere),
            roomless_in(conn, everywhere, question.period),
            question.where.area or place_known(conn, question.where),
        )

    answered = await async_get_manager(hass).async_read(read, same_as=same_as)
    # A shared read answers the asker who started it: the phrases each
    # asker's answer says (whose, the period's label) are their own.
    return replace(answered, question=question)
