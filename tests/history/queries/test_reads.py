"""Reads under load: a few at a time on the history's threads, in turn, correct.

A real Home Assistant with the history on SQLite or a real PostgreSQL. Reads
that must stay in flight are held by events the test sets; nothing sleeps.
"""

import asyncio
from collections import Counter
from collections.abc import AsyncGenerator, Callable
import threading
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import Connection, func, select

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from custom_components.encore.const import (
    CONF_DB_URL,
    CONF_KIND,
    DOMAIN,
    HISTORY_UNIQUE_ID,
    EntryKind,
)
from custom_components.encore.history.manager import HistoryManager, async_get_manager
from custom_components.encore.history.store.reads import READ_LIMIT, reading_for
from custom_components.encore.history.store.schema import plays
from custom_components.encore.history.store.writes import WriterState
from tests.test_services import (
    NOW,
    PLAYS,
    TIME_ZONE,
    call,
    lines,
    ranking,
    select_plays,
)

READER = "encore-history-read"


@pytest.fixture(params=["sqlite", "postgresql"])
async def manager(
    hass: HomeAssistant,
    request: pytest.FixtureRequest,
    freezer: FrozenDateTimeFactory,
) -> AsyncGenerator[HistoryManager]:
    """The history entry on each database, holding the plays of test_services."""
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(NOW)
    options = (
        {}
        if request.param == "sqlite"
        else {CONF_DB_URL: request.getfixturevalue("postgres_db_url")}
    )
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=HISTORY_UNIQUE_ID,
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
        options=options,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    history = async_get_manager(hass)
    assert history.store.dialect == request.param

    def write(conn: Connection, state: WriterState) -> None:
        for play in PLAYS:
            state.insert_records(conn, [play.record()])

    await history.async_write(write)
    yield history
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)


class Held:
    """Reads that wait for the test; records which ran, where, how many at once."""

    def __init__(self) -> None:
        """Nothing ran yet."""
        self.lock = threading.Condition()
        self.started: list[str] = []
        self.threads: set[str] = set()
        self.inside = 0
        self.most = 0

    def read(
        self, tag: str, until: threading.Event | None = None
    ) -> Callable[..., str]:
        """A read that notes its start, waits for `until`, and answers its tag."""

        def run(conn: Connection) -> str:
            with self.lock:
                self.started.append(tag)
                self.threads.add(threading.current_thread().name)
                self.inside += 1
                self.most = max(self.most, self.inside)
                self.lock.notify_all()
            try:
                if until is not None:
                    until.wait()
                conn.exec_driver_sql("SELECT 1")
            finally:
                with self.lock:
                    self.inside -= 1
            return tag

        return run

    def wait_for(self, started: int) -> None:
        """Block until `started` reads began. Run in a thread."""
        with self.lock:
            assert self.lock.wait_for(lambda: len(self.started) >= started, 30)


def read_as(
    manager: HistoryManager, user: str | None, fn: Callable[[Connection], Any]
) -> asyncio.Task[Any]:
    """Start a read in `user`'s queue (a task of its own, as each caller has)."""

    async def ask() -> Any:
        with reading_for(user):
            return await manager.async_read(fn)

    return asyncio.get_running_loop().create_task(ask())


async def test_at_most_the_limit_run_at_once_on_the_historys_threads(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """Twelve reads at once: READ_LIMIT run, on Encore's threads, the rest wait."""
    held = Held()
    release = threading.Event()
    tasks = [
        read_as(manager, f"user{n % 3}", held.read(f"r{n}", release)) for n in range(12)
    ]
    await asyncio.to_thread(held.wait_for, READ_LIMIT)
    for _ in range(20):  # the loop turns; nobody else may start meanwhile
        await asyncio.sleep(0)
    assert held.inside == READ_LIMIT
    assert manager.reads.running == READ_LIMIT
    assert manager.reads.waiting == 12 - READ_LIMIT
    release.set()
    assert sorted(await asyncio.gather(*tasks)) == sorted(f"r{n}" for n in range(12))
    assert held.most == READ_LIMIT
    # Never Home Assistant's executor (its threads are SyncWorker_N).
    assert held.threads
    assert all(name.startswith(READER) for name in held.threads), held.threads
    assert manager.reads.running == 0


async def test_a_caller_behind_a_flood_is_served_in_turn(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """One user's flood delays that user; another's question is next in turn.

    One read at a time, so the order of the starts is the order of service.
    Each read of the flood waits for its own event: the test decides when
    the next one may end.
    """
    manager.reads.limit = 1
    held = Held()
    gates = {tag: threading.Event() for tag in ("hold", "f0", "f1")}
    holder = read_as(manager, "flooder", held.read("hold", gates["hold"]))
    await asyncio.to_thread(held.wait_for, 1)
    flood = [
        read_as(manager, "flooder", held.read(f"f{n}", gates.get(f"f{n}")))
        for n in range(20)
    ]
    await asyncio.sleep(0)
    # By time: one read (by plays, a second one names the ranking).
    question = {"kind": "track", "period": "this_week", "rank_by": "time"}
    asked = hass.async_create_task(call(hass, "top_items", question, "other"))
    for _ in range(20):  # its scope resolved, its read in line
        await asyncio.sleep(0)
    more = [read_as(manager, "flooder", held.read(f"g{n}")) for n in range(5)]
    await asyncio.sleep(0)
    assert manager.reads.waiting == 26

    gates["hold"].set()
    await asyncio.to_thread(held.wait_for, 2)
    gates["f0"].set()
    response = await asked
    # Served after one read of the flood, not after the 25 sent before it:
    # the flood's next read is the one running now.
    await asyncio.to_thread(held.wait_for, 3)
    assert held.started == ["hold", "f0", "f1"]
    assert manager.reads.waiting == 23
    assert lines(response["items"]) == ranking(
        select_plays(None, "2026-03-02T00:00:00"), "title", by_time=True
    )
    gates["f1"].set()
    await asyncio.gather(holder, *flood, *more)
    # The flooder's own reads in the order it sent them.
    assert held.started == [
        "hold",
        *(f"f{n}" for n in range(20)),
        *(f"g{n}" for n in range(5)),
    ]


async def test_many_concurrent_calls_answer_as_one_at_a_time(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """Ninety calls from three users at once, each the answer it gets alone."""
    questions: list[tuple[str, dict[str, Any]]] = [
        ("top_items", {"kind": "track", "period": "this_week"}),
        ("top_items", {"kind": "artist", "period": "all_time", "rank_by": "time"}),
        ("listening_stats", {"period": "this_week"}),
        ("play_history", {"period": "today", "limit": 5}),
        ("play_history", {"period": "all_time", "artist": "Björk"}),
        ("play_count", {"period": "all_time", "artist": "Arca"}),
    ]
    alone = [await call(hass, service, data) for service, data in questions]
    assert lines(alone[0]["items"]) == ranking(
        select_plays(None, "2026-03-02T00:00:00"), "title", by_time=False
    )
    assert alone[5]["plays"] == 3

    # A write (a job starting) ends the era of the answers above: the
    # questions are read again, together.
    await manager.async_start_job("test", None)
    started, shared = manager.reads.started, manager.reads.shared
    asked = [
        (index % len(questions), f"user{index % 3}")
        for index in range(90)  # each question 15 times, by each user 5 times
    ]
    answers = await asyncio.gather(
        *(call(hass, *questions[which], user_id=user) for which, user in asked)
    )
    for (which, _user), answer in zip(asked, answers, strict=True):
        assert answer == alone[which]
    # Each read at least once, and at most once per user; the rest shared a
    # read. By plays, the top tracks are ranked in one read and named in
    # another; listening_stats ranks by track and by artist, reads its habits
    # and names the two rankings: its ranking by track of this week is the
    # top tracks' (`services._async_ranking`).
    reads_of = [2, 1, 4, 1, 1, 1]
    distinct = sum(reads_of) - 1
    asks = sum(reads_of[which] for which, _user in asked)
    ran = manager.reads.started - started
    assert distinct <= ran <= 3 * distinct
    assert manager.reads.shared - shared == asks - ran
    assert manager.reads.running == 0


async def test_a_write_parts_the_askers_of_one_question(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """Askers of one question share a read until a write; never across one."""

    counted = threading.Event()

    def counting(until: threading.Event) -> Callable[[Connection], list[int]]:
        def run(conn: Connection) -> list[int]:
            found = conn.execute(select(func.count()).select_from(plays)).scalar()
            counted.set()
            until.wait()
            return [int(found or 0)]

        return run

    async def ask(fn: Callable[[Connection], list[int]]) -> list[int]:
        return await manager.async_read(fn, same_as="how many plays")

    release = threading.Event()
    first = hass.async_create_task(ask(counting(release)))
    assert await asyncio.to_thread(counted.wait, 30)
    # Asked while the first one runs, before any write: it shares.
    twin = hass.async_create_task(ask(counting(release)))
    await asyncio.sleep(0)
    assert manager.reads.shared == 1

    def add_one(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, [PLAYS[0].record()._replace(ended_at=1)])

    await manager.async_write(add_one)
    after = hass.async_create_task(ask(counting(release)))
    release.set()
    before, shared, later = await asyncio.gather(first, twin, after)
    assert before == shared == [len(PLAYS)]
    assert shared is not before  # a copy: each asker may change its own
    assert later == [len(PLAYS) + 1]
    assert manager.reads.shared == 1

    def must_not_run(conn: Connection) -> list[int]:
        raise AssertionError("answered from memory, this read must not run")

    # Asked again with nothing written since: the kept answer, a new copy.
    later.append(99)
    assert await ask(must_not_run) == [len(PLAYS) + 1]
    assert manager.reads.shared == 2
    # A write ends the era: the question is read again.
    await manager.async_write(add_one)  # the same play: stored once, still a commit
    with pytest.raises(AssertionError, match="must not run"):
        await ask(must_not_run)


async def test_an_asker_in_line_at_a_commit_reads_what_was_committed(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """A question waiting in line when a write commits is not answered from before it.

    Issue 43.4: for 150-200 ms after a bulk import's first commit, questions
    asked under a burst (waiting for a reader) got the answer a twin read
    before the commit: 0 plays while the import's were committed. Ada's
    read of the question starts before the commit; Bob's, asked meanwhile
    in his own queue, starts after it.
    """
    held = Held()
    first_free, second_free = threading.Event(), threading.Event()
    counted = threading.Event()
    release = threading.Event()

    def counting(conn: Connection) -> list[int]:
        found = conn.execute(select(func.count()).select_from(plays)).scalar()
        counted.set()
        release.wait()
        return [int(found or 0)]

    async def ask(user: str) -> list[int]:
        with reading_for(user):
            return await manager.async_read(counting, same_as="how many plays")

    def add_one(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, [PLAYS[0].record()._replace(ended_at=1)])

    try:
        # Both readers busy: Ada's and Bob's questions wait in their queues.
        first = read_as(manager, "x", held.read("x1", first_free))
        second = read_as(manager, "x", held.read("x2", second_free))
        await asyncio.to_thread(held.wait_for, 2)
        ada = hass.async_create_task(ask("ada"))
        await asyncio.sleep(0)
        bob = hass.async_create_task(ask("bob"))
        await asyncio.sleep(0)
        assert manager.reads.waiting == 2
        # A reader is free: Ada's read starts and counts; Bob's waits on.
        second_free.set()
        await second
        assert await asyncio.to_thread(counted.wait, 30)
        assert manager.reads.waiting == 1
        await manager.async_write(add_one)
        release.set()
        assert await ada == [len(PLAYS)]  # asked and read before the commit
        first_free.set()
        await first
        # Bob's read starts after the commit: it counts what was committed.
        assert await bob == [len(PLAYS) + 1]
    finally:
        for event in (first_free, second_free, release):
            event.set()


async def test_reads_in_line_when_the_history_closes(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """Reads under way end first; those still in line get the translated error."""
    held = Held()
    release = threading.Event()
    running = [read_as(manager, "ada", held.read(f"r{n}", release)) for n in range(2)]
    await asyncio.to_thread(held.wait_for, READ_LIMIT)
    waiting = [read_as(manager, "bob", held.read(f"w{n}")) for n in range(3)]
    await asyncio.sleep(0)
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    unloading = hass.async_create_task(hass.config_entries.async_unload(entry.entry_id))
    for _ in range(20):  # the store is let go; closing waits for the reads
        await asyncio.sleep(0)
    assert not manager.is_open
    release.set()
    assert await asyncio.gather(*running) == ["r0", "r1"]
    for task in waiting:
        with pytest.raises(HomeAssistantError) as failed:
            await task
        assert failed.value.translation_key == "history_unavailable"
    assert await unloading
    assert sorted(held.started) == ["r0", "r1"]  # the others never started
    assert manager.reads.running == 0


async def test_a_burst_of_askers_leaves_the_loop_turns_of_its_own(
    hass: HomeAssistant, manager: HistoryManager
) -> None:
    """Forty askers of one question: started and answered one per loop turn.

    Started in the same turn, forty calls would each run their first steps
    in that turn, and forty askers of one answer would go on together once
    it came: Home Assistant's other callbacks would wait behind all of them.
    A tick counts the loop's turns and notes how many askers went on in
    each; every answer is the one the question gets alone.
    """
    question = ("top_items", {"kind": "track", "period": "this_week"})
    alone = await call(hass, *question)
    await manager.async_start_job("test", None)  # a new era: the burst reads
    began: list[int] = []
    answered: list[int] = []
    turns = 0
    ticking = True

    def tick() -> None:
        nonlocal turns
        turns += 1
        if ticking:
            hass.loop.call_soon(tick)

    async def ask(user: str) -> dict[str, Any]:
        began.append(turns)
        response = await call(hass, *question, user_id=user)
        answered.append(turns)
        return response

    hass.loop.call_soon(tick)
    answers = await asyncio.gather(*(ask(f"user{n % 2}") for n in range(40)))
    ticking = False
    assert all(answer == alone for answer in answers)
    assert manager.reads.started >= 1
    # The calls were all made in one turn. Their answers came a turn apart:
    # at most two askers went on in a turn (one woken by the shared read,
    # one answered from the kept answer as its own turn came).
    assert len(set(began)) == 1
    assert max(Counter(answered).values()) <= 2, answered


@pytest.mark.parametrize("period", ["this_week", "all_time"])
async def test_the_pages_questions_walk_the_period_once_each_way(
    hass: HomeAssistant, manager: HistoryManager, period: str
) -> None:
    """listening_stats and the top tracks and artists of its period, at once.

    What the listening page asks: the rankings by track and by artist are
    read once for the three answers (this week from the plays, all time
    from the totals), and each answer is the one it gets alone.
    """
    questions: list[tuple[str, dict[str, Any]]] = [
        ("listening_stats", {"period": period}),
        ("top_items", {"kind": "track", "period": period}),
        ("top_items", {"kind": "artist", "period": period, "limit": 3}),
    ]
    alone = [await call(hass, service, data) for service, data in questions]
    assert alone[1]["items"]
    assert alone[2]["items"]
    tops = alone[0]["taste"]
    assert tops["top_tracks"] == [
        {key: value for key, value in entry.items() if key not in ("image", "minutes")}
        | {"image": None}
        for entry in alone[1]["items"][:5]
    ]
    assert [entry["name"] for entry in tops["top_artists"][:3]] == [
        entry["name"] for entry in alone[2]["items"]
    ]

    await manager.async_start_job("test", None)  # a new era: nothing kept
    started, shared = manager.reads.started, manager.reads.shared
    together = await asyncio.gather(
        *(call(hass, service, data) for service, data in questions)
    )
    assert together == alone
    # Two rankings, the habits and their names; each top list its names.
    assert manager.reads.started - started == 6
    assert manager.reads.shared - shared == 2
