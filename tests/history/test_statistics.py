"""Hourly listening minutes as external statistics, kept in step with the history."""

from collections.abc import AsyncGenerator
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from sqlalchemy import Connection

from homeassistant.components.recorder import Recorder, get_instance
from homeassistant.components.recorder.history import get_significant_states
from homeassistant.components.recorder.statistics import (
    get_last_statistics,
    list_statistic_ids,
    statistics_during_period,
)
from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util

from custom_components.encore.const import CONF_DB_URL, CONF_KIND, DOMAIN, EntryKind
from custom_components.encore.history import statistics
from custom_components.encore.history.manager import (
    SIGNAL_HISTORY_CHANGED,
    HistoryChange,
    HistoryManager,
    async_get_manager,
)
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.statistics import (
    async_start_statistics,
    statistic_id,
)
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.wiring.history_entry import settings_from_options
from tests.conftest import advance
from tests.test_entities import ensure_history_platforms

ADA = "ada_listener"
BOB = "bob_listener"
ALL_ID = "encore:listening_minutes_all_sources"
ADA_ID = "encore:listening_minutes_ada_listener"
MINUTE_MS = 60_000


def ms(moment: str) -> int:
    """Epoch ms of an ISO time."""
    parsed = dt_util.parse_datetime(moment)
    assert parsed is not None
    return int(parsed.timestamp() * 1000)


def play(
    account: str,
    ended: str,
    minutes: float,
    n: int,
    source: Source = Source.EXPORT_EXTENDED,
) -> PlayRecord:
    """A track stream of `minutes` ending at `ended` (UTC)."""
    return PlayRecord(
        account=account,
        source=source,
        ended_at=ms(ended),
        ms_played=int(minutes * MINUTE_MS),
        kind=PlayKind.TRACK,
        title=f"Song {n}",
        artist="Nina Simone",
        album="Pastel Blues",
        item_uri=f"spotify:track:{n:022d}",
    )


async def store(manager: HistoryManager, records: list[PlayRecord]) -> None:
    """Store records the way the importer does: in bulk, without a signal."""
    by_account: dict[str, list[PlayRecord]] = {}
    for record in records:
        by_account.setdefault(record.account, []).append(record)

    def write(conn: Connection, state: WriterState) -> None:
        for batch in by_account.values():
            state.insert_records(conn, batch)

    await manager.async_write(write)


async def rows(hass: HomeAssistant, stat: str) -> dict[str, tuple[float, float]]:
    """Every hourly row of a statistic: start (UTC ISO) -> (state, sum)."""
    await async_wait_recording_done(hass)
    found = await get_instance(hass).async_add_executor_job(
        statistics_during_period,
        hass,
        datetime(2020, 1, 1, tzinfo=dt_util.UTC),
        None,
        {stat},
        "hour",
        None,
        {"state", "sum"},
    )
    return {
        dt_util.utc_from_timestamp(row["start"]).strftime("%m-%d %H"): (
            round(float(row["state"] or 0), 3),
            round(float(row["sum"] or 0), 3),
        )
        for row in found.get(stat, [])
    }


def expected(hours: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Rows for minutes per hour, with their running sum."""
    total = 0.0
    result = {}
    for hour in sorted(hours):
        total += hours[hour]
        result[hour] = (hours[hour], round(total, 3))
    return result


@pytest.fixture
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before Home Assistant starts."""


@pytest.fixture(params=["sqlite", "postgresql"])
async def history(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    request: pytest.FixtureRequest,
) -> AsyncGenerator[HistoryManager]:
    """The history settings entry loaded at 10:30 UTC with three plays stored.

    On SQLite and on a real PostgreSQL server.
    """
    freezer.move_to("2026-03-02T10:30:00+00:00")
    options = (
        {CONF_DB_URL: request.getfixturevalue("postgres_db_url")}
        if request.param == "postgresql"
        else {}
    )
    settings = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
        options=options,
    )
    settings.add_to_hass(hass)
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=ADA,
        title="Ada",
        data={CONF_KIND: EntryKind.SPOTIFY},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    manager = async_get_manager(hass)
    # Stored before the entry loads, as after a restart.
    await manager.async_configure(settings_from_options(options))
    await manager.async_acquire("test")
    assert manager.store.dialect == request.param
    await store(
        manager,
        [
            play(ADA, "2026-03-02T08:40:00+00:00", 30, 1),
            # 08:50 - 09:20: it counts in the hour it ended in.
            play(ADA, "2026-03-02T09:20:00+00:00", 30, 2),
            play(BOB, "2026-03-02T09:45:00+00:00", 15, 3),
        ],
    )
    assert await hass.config_entries.async_setup(settings.entry_id)
    await ensure_history_platforms(hass, settings)
    await hass.async_block_till_done(wait_background_tasks=True)
    yield manager
    if settings.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(settings.entry_id)
    await manager.async_release("test")


async def test_all_sources_follow_the_history(
    hass: HomeAssistant, history: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """Backfill at start, hourly rows, late plays, bulk imports and a purge."""
    manager = history
    assert await rows(hass, ALL_ID) == expected({"03-02 08": 30.0, "03-02 09": 45.0})
    listed = await get_instance(hass).async_add_executor_job(
        list_statistic_ids, hass, {ALL_ID}
    )
    assert listed[0]["source"] == DOMAIN
    assert listed[0]["statistics_unit_of_measurement"] == "min"
    assert listed[0]["has_sum"]

    # A play now is compiled when its hour ends.
    freezer.move_to("2026-03-02T10:55:00+00:00")
    await manager.async_record(
        [play(ADA, "2026-03-02T10:50:00+00:00", 10, 4, Source.SPOTIFY_PLAYER)], 0
    )
    await hass.async_block_till_done()
    assert "03-02 10" not in await rows(hass, ALL_ID)
    await advance(hass, freezer, timedelta(minutes=5, seconds=25))
    assert await rows(hass, ALL_ID) == expected(
        {"03-02 08": 30.0, "03-02 09": 45.0, "03-02 10": 10.0}
    )

    # A late play for a compiled hour: that hour and the sums after it.
    await manager.async_record(
        [play(ADA, "2026-03-02T09:58:00+00:00", 4, 5, Source.SPOTIFY_RECENT)], 0
    )
    await advance(hass, freezer, timedelta(seconds=61))
    assert await rows(hass, ALL_ID) == expected(
        {"03-02 08": 30.0, "03-02 09": 49.0, "03-02 10": 10.0}
    )

    # An import (no signal) of an older hour is found by its new play ids.
    await store(manager, [play(BOB, "2026-03-01T22:30:00+00:00", 30, 6)])
    await advance(hass, freezer, timedelta(hours=1))
    assert await rows(hass, ALL_ID) == expected(
        {"03-01 22": 30.0, "03-02 08": 30.0, "03-02 09": 49.0, "03-02 10": 10.0}
    )

    # A purge keeps the statistics (as the README says): long-term statistics
    # outlive the plays they were compiled from, through restarts too.
    kept = await rows(hass, ALL_ID)
    await hass.services.async_call(
        DOMAIN,
        "purge_history",
        {"before": "2026-03-02T09:00:00+00:00"},
        blocking=True,
    )
    await advance(hass, freezer, timedelta(seconds=61))
    assert await rows(hass, ALL_ID) == kept
    await advance(hass, freezer, timedelta(hours=1))
    assert {
        hour: kept_minutes
        for hour, kept_minutes in (await rows(hass, ALL_ID)).items()
        if hour in kept
    } == kept


async def test_an_account_and_its_import(
    hass: HomeAssistant, history: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """One account's statistic leaves the others out; an import signal backfills."""
    manager = history
    stop = async_start_statistics(hass, manager, account=ADA, name="Ada listening")
    assert stop is not None
    await hass.async_block_till_done(wait_background_tasks=True)
    assert statistic_id(ADA) == ADA_ID
    assert await rows(hass, ADA_ID) == expected({"03-02 08": 30.0, "03-02 09": 30.0})
    last = await get_instance(hass).async_add_executor_job(
        get_last_statistics, hass, 1, ADA_ID, True, {"sum"}
    )
    assert last[ADA_ID][0]["sum"] == 60.0

    await store(
        manager,
        [
            play(ADA, "2026-02-28T12:10:00+00:00", 70, 7),
            play(BOB, "2026-02-28T12:10:00+00:00", 5, 8),
        ],
    )
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(BOB))
    await advance(hass, freezer, timedelta(seconds=61))
    # Bob's import is not Ada's business.
    assert "02-28 12" not in await rows(hass, ADA_ID)
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(ADA))
    await advance(hass, freezer, timedelta(seconds=61))
    assert await rows(hass, ADA_ID) == expected(
        {"02-28 12": 70.0, "03-02 08": 30.0, "03-02 09": 30.0}
    )
    stop()


async def test_restart_compiles_what_came_late(
    hass: HomeAssistant, history: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """After a reload the last day is compiled again: plays stored meanwhile land."""
    manager = history
    settings = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, "history")
    assert settings is not None
    assert await hass.config_entries.async_unload(settings.entry_id)
    await store(manager, [play(BOB, "2026-03-02T09:10:00+00:00", 5, 9)])
    assert await hass.config_entries.async_setup(settings.entry_id)
    await ensure_history_platforms(hass, settings)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert await rows(hass, ALL_ID) == expected({"03-02 08": 30.0, "03-02 09": 50.0})


async def test_a_failed_compile_loses_nothing(
    hass: HomeAssistant,
    history: HistoryManager,
    freezer: FrozenDateTimeFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A compile that fails leaves its hours due; a merge recompiles in place."""
    manager = history
    real = statistics.hourly_ms

    def broken(*args: Any) -> dict[int, int]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(statistics, "hourly_ms", broken)
    await manager.async_record(
        [play(BOB, "2026-03-02T08:30:00+00:00", 6, 10, Source.SONOS)], 0
    )
    await advance(hass, freezer, timedelta(seconds=61))
    assert "disk on fire" in caplog.text
    assert await rows(hass, ALL_ID) == expected({"03-02 08": 30.0, "03-02 09": 45.0})

    monkeypatch.setattr(statistics, "hourly_ms", real)
    # The player's play, then recently-played's view of it: one play, merged.
    live = play(ADA, "2026-03-02T10:20:00+00:00", 4, 11, Source.SPOTIFY_PLAYER)
    await manager.async_record([live], 0)
    merged = await manager.async_record(
        [live._replace(source=Source.SPOTIFY_RECENT, ended_at=live.ended_at + 60_000)],
        180_000,
    )
    assert merged[0].merged
    await advance(hass, freezer, timedelta(minutes=40))  # past 11:00
    assert await rows(hass, ALL_ID) == expected(
        {"03-02 08": 36.0, "03-02 09": 45.0, "03-02 10": 4.0}
    )


async def test_rankings_stay_out_of_the_recorder(
    hass: HomeAssistant, history: HistoryManager
) -> None:
    """The sensors show their ranking; the recorder keeps the state without it."""
    registry = er.async_get(hass)
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, "history")
    assert entry is not None
    top = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.entry_id}_top_artist_week"
    )
    last = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.entry_id}_last_played"
    )
    assert top is not None
    assert last is not None
    live_top, live_last = hass.states.get(top), hass.states.get(last)
    assert live_top is not None
    assert live_last is not None
    assert live_top.attributes["ranking"]
    assert live_last.attributes["uri"]
    await async_wait_recording_done(hass)
    recorded = await get_instance(hass).async_add_executor_job(
        partial(
            get_significant_states,
            hass,
            dt_util.utcnow() - timedelta(hours=1),
            entity_ids=[top, last],
            significant_changes_only=False,
        )
    )
    assert recorded[top][-1].state == live_top.state
    assert "ranking" not in recorded[top][-1].attributes
    assert "uri" not in recorded[last][-1].attributes
    assert recorded[last][-1].attributes["artist"] == live_last.attributes["artist"]
