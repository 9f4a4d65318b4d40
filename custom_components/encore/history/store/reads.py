"""Reads of the history: a few at a time, on threads of their own, taken in turns.

Any user may ask Encore questions, and each answer is a database read of
10-500 ms. Sent to Home Assistant's shared executor without bound, 200 at once
ran as 200 threads fighting for the GIL: every answer took seconds and Home
Assistant's own work (its API, its automations) waited behind them.

So reads wait in line on the event loop, where waiting costs nothing, and at
most `READ_LIMIT` run at once on the history's own threads. The line is fair:
each asker (a Home Assistant user; Encore itself and automations share one
place) has a queue of its own, served first come first served, and the queues
take turns, so a flood from one user delays that user, not everyone.

A read may say which others give the same answer (`same_as`: the question)
and in which `era` it is asked: the store and its write generation, which
every commit moves on. Such a read asked while its twin runs, or waits ahead
of it in the same queue, shares the twin's answer instead of running again;
once answered, the same question is answered again from memory until the
era ends (`ANSWERS_KEPT` answers at most). Every asker gets a copy of its
own (`async_own_copy`). Nothing the history holds changed within an era, and a read depends on
nothing else than the database and its question, so a kept answer is the
one a new read would give.

The era is the one of the moment a read starts, not only of its asking
(`era_now`): a read that waited in line while a write committed (a bulk
import's first commit under a page's burst of questions) runs on what was
committed, rather than taking the answer a twin read before the commit, and
an answer read across a commit is handed to its askers but not kept
(issue 43.4: for 150-200 ms after an import's first commit, questions in
line got the kept answer of 0 plays).
"""

import asyncio
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future as ThreadFuture
from contextlib import contextmanager
from contextvars import ContextVar
import copy
from dataclasses import dataclass, field
from typing import Any

from homeassistant.core import HomeAssistant, callback

ANSWERS_KEPT = 64
"""Answers of the current era kept, the least recently asked forgotten first."""
READ_LIMIT = 2
"""Reads running at once. The database works without the interpreter lock
(SQLite in its C code, PostgreSQL in its own process), so a second read uses
the second core of a small box while the first one's Python works; more only
take turns at the lock and stall the event loop. Measured on SQLite with 200
distinct questions (`scripts/bench queries`): one and two alike within the
machine's noise; the questions' own Python work is the bound there."""

type Lane = str | None
"""Whose queue a read waits in: a user id, or None for Encore and automations."""

_reader: ContextVar[Lane] = ContextVar("encore_history_reader", default=None)


@contextmanager
def reading_for(user_id: str | None) -> Iterator[None]:
    """Let the history reads made inside wait in `user_id`'s queue."""
    token = _reader.set(user_id)
    try:
        yield
    finally:
        _reader.reset(token)


def current_lane() -> Lane:
    """Return the queue the reads of the running task wait in."""
    return _reader.get()


type Submit = Callable[[], ThreadFuture[Any]]
"""Start a read on a thread of the history's; the future ends when it did."""


@dataclass(slots=True)
class _Waiting:
    lane: Lane
    submit: Submit
    same_as: Hashable | None
    era: Hashable
    answer: asyncio.Future[Any]
    """What the asker awaits."""
    twins: list[asyncio.Future[Any]] = field(default_factory=list)
    """What askers of the same question await: a copy of the answer each."""

    def wanted(self) -> bool:
        """Whether anyone still waits for the answer."""
        return not self.answer.done() or any(not twin.done() for twin in self.twins)


@dataclass(slots=True)
class ReadQueue:
    """Admits reads to the history's threads, `limit` at a time, lanes in turn.

    Lives on the event loop: every method is a callback, so no lock is
    needed. A slot is given back when the read's thread is done with it, not
    when its asker stops waiting: a read cancelled while it runs still holds
    its thread until it ends.
    """

    hass: HomeAssistant
    era_now: Callable[[], Hashable] | None = None
    """The era of this moment (the store's write generation); None: only
    the eras reads are asked in tell."""
    limit: int = READ_LIMIT
    running: int = 0
    started: int = 0
    """Reads run since the start (for diagnostics and the benchmark)."""
    shared: int = 0
    """Askers answered by a twin's read or a kept answer since the start."""
    _lanes: dict[Lane, deque[_Waiting]] = field(default_factory=dict)
    """Waiting reads by lane; the dict's order is the order of the turns."""
    _running: dict[Hashable, _Waiting] = field(default_factory=dict)
    _queued: dict[tuple[Lane, Hashable], _Waiting] = field(default_factory=dict)
    _era: Hashable = None
    _answers: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)
    _turns: deque[tuple[asyncio.Future[Any], Any, BaseException | None]] = field(
        default_factory=deque
    )
    """Askers waiting for their turn of the loop, each with what it gets then."""

    @property
    def waiting(self) -> int:
        """Reads in line (an asker that gave up may still be counted)."""
        return sum(len(lane) for lane in self._lanes.values())

    async def async_turn(self) -> None:
        """Wait for a turn of the event loop of this asker's own.

        Questions come in bursts (a dashboard opening, a script asking two
        hundred at once): started in one turn of the loop, their first steps
        (whose history, which period, the question's key) would all run in
        that turn. One question starts per turn instead, and the loop's
        other work runs between them (`scripts/bench queries`, under load).
        """
        turn: asyncio.Future[None] = self.hass.loop.create_future()
        self._in_turn(turn, None, None)
        await turn

    @callback
    def _in_turn(
        self, future: asyncio.Future[Any], result: Any, error: BaseException | None
    ) -> None:
        """Let `future`'s asker go on in a loop turn of its own, with `result`.

        Askers starting (`async_turn`) and askers of a shared answer
        (`_deliver`) wait in one line: woken all at once, a hundred askers
        of one answer would go on (copy it, finish their action) in the same
        turn, and Home Assistant's own callbacks would wait behind them all.
        """
        self._turns.append((future, result, error))
        if len(self._turns) == 1:
            self.hass.loop.call_soon(self._next_turn)

    @callback
    def _deliver(
        self, waiting: _Waiting, result: Any, error: BaseException | None
    ) -> None:
        """Hand the answer (or the error) to each of its askers, in turn."""
        for future in (waiting.answer, *waiting.twins):
            self._in_turn(future, result, error)

    @callback
    def _next_turn(self) -> None:
        while self._turns:
            future, result, error = self._turns.popleft()
            if future.done():  # its asker gave up
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
            break
        if self._turns:
            self.hass.loop.call_soon(self._next_turn)

    @callback
    def _current_era(self) -> Hashable:
        """Move on to the era of this moment, forgetting the older answers."""
        if self.era_now is not None and (now := self.era_now()) != self._era:
            self._era = now
            self._answers.clear()
        return self._era

    @callback
    def async_enqueue(
        self,
        lane: Lane,
        submit: Submit,
        same_as: Hashable | None = None,
        era: Hashable = None,
    ) -> asyncio.Future[Any]:
        """Queue a read in `lane`; returns the future of its answer."""
        answer: asyncio.Future[Any] = self.hass.loop.create_future()
        if era != self._era:
            self._era = era
            self._answers.clear()
        if same_as is not None:
            same_as = (era, same_as)
            if same_as in self._answers:
                self._answers.move_to_end(same_as)
                answer.set_result(self._answers[same_as])
                self.shared += 1
                return answer
            # A twin running now, or ahead in this asker's own queue, answers
            # no later than a read of its own would. A twin in another
            # user's queue may be far back: this one waits in its own place
            # and joins the twin if that one started first (`_admit`).
            twin = self._running.get(same_as) or self._queued.get((lane, same_as))
            if twin is not None:
                twin.twins.append(answer)
                self.shared += 1
                return answer
        waiting = _Waiting(lane, submit, same_as, era, answer)
        self._lanes.setdefault(lane, deque()).append(waiting)
        if same_as is not None:
            self._queued[lane, same_as] = waiting
        self._admit()
        return answer

    @callback
    def _admit(self) -> None:
        while self.running < self.limit and self._lanes:
            lane, queue = next(iter(self._lanes.items()))
            waiting = queue.popleft()
            # The lane goes to the back of the turns, or leaves when empty.
            del self._lanes[lane]
            if queue:
                self._lanes[lane] = queue
            if waiting.same_as is not None:
                self._queued.pop((lane, waiting.same_as), None)
                if waiting.era != (now := self._current_era()):
                    # Asked before a write committed: it reads what is now,
                    # and shares with reads of now only.
                    waiting.era = now
                    waiting.same_as = (now, waiting.same_as[1])  # type: ignore[index]
                if (twin := self._running.get(waiting.same_as)) is not None:
                    twin.twins += [waiting.answer, *waiting.twins]
                    self.shared += 1 + len(waiting.twins)
                    continue
                if waiting.same_as in self._answers:  # a twin answered meanwhile
                    self.shared += 1 + len(waiting.twins)
                    self._deliver(waiting, self._answers[waiting.same_as], None)
                    continue
            if not waiting.wanted():  # every asker was cancelled while in line
                continue
            self._start(waiting)

    @callback
    def _start(self, waiting: _Waiting) -> None:
        try:
            future = waiting.submit()
        except Exception as err:  # noqa: BLE001 - the askers get it
            self._deliver(waiting, None, err)
            return
        self.running += 1
        self.started += 1
        if waiting.same_as is not None:
            self._running[waiting.same_as] = waiting
        loop = self.hass.loop
        future.add_done_callback(
            lambda done: loop.call_soon_threadsafe(self._finished, done, waiting)
        )

    @callback
    def _finished(self, done: ThreadFuture[Any], waiting: _Waiting) -> None:
        self.running -= 1
        if waiting.same_as is not None:
            self._running.pop(waiting.same_as, None)
        if done.cancelled():
            for future in (waiting.answer, *waiting.twins):
                future.cancel()
        elif (error := done.exception()) is not None:
            self._deliver(waiting, None, error)
        else:
            result = done.result()
            # Kept only if no write committed since it started.
            if waiting.same_as is not None and waiting.era == self._current_era():
                self._answers[waiting.same_as] = result
                while len(self._answers) > ANSWERS_KEPT:
                    self._answers.popitem(last=False)
            self._deliver(waiting, result, None)
        self._admit()


async def async_own_copy[T](answer: asyncio.Future[T]) -> T:
    """Await a shared answer and return a copy of it for this asker alone.

    The asker may change its copy; the original stays as it was read, for
    the next. Each asker copies in its own task: a hundred askers of one
    answer are a hundred short steps of the loop, not one long one.
    """
    return copy.deepcopy(await answer)
