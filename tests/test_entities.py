"""Listening sensors and play events of an account and of every source.

Encore runs against the fake Spotify (a user without seeded plays, so the
history holds only what the test stores). Expected values are computed here
in plain Python from the plays the test stored, not with Encore's queries.
"""

from collections import Counter
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import Connection

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Event, HomeAssistant, State, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.entity_platform import async_get_platforms
from homeassistant.util import dt as dt_util

from custom_components.encore.const import CONF_KIND, DOMAIN, EntryKind
from custom_components.encore.history.manager import (
    SIGNAL_HISTORY_CHANGED,
    HistoryChange,
    HistoryManager,
    async_get_manager,
)
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.wiring.history_entities import ListeningCoordinator
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.history.databases import alter_from_outside

from .conftest import USER_ID, USER_NAME, SetupEntry, advance

TIME_ZONE = "Europe/Berlin"
HOUSEHOLD = "sonos:Sonos_HH1"
MINUTE_MS = 60_000


@dataclass(frozen=True)
class Play:
    """A play the test stores: local end time, length, names, account."""

    ended: str
    ms: int
    artist: str | None
    title: str
    account: str = USER_ID

    @property
    def ended_at(self) -> datetime:
        """The aware local end."""
        moment = dt_util.parse_datetime(self.ended)
        assert moment is not None
        return moment.replace(tzinfo=dt_util.get_time_zone(TIME_ZONE))

    def record(self, source: Source = Source.SPOTIFY_PLAYER) -> PlayRecord:
        """The record a collector (or importer) would store."""
        return PlayRecord(
            account=self.account,
            source=source,
            ended_at=int(self.ended_at.timestamp() * 1000),
            ms_played=self.ms,
            kind=PlayKind.TRACK,
            title=self.title,
            artist=self.artist,
            album=f"{self.artist} album",
            item_uri=f"spotify:track:{self.title:0>22}",
            device="Kitchen",
        )


# Wednesday 4 March 2026; the week began on Monday the 2nd.
NOW = "2026-03-04T21:30:00+01:00"
EARLIER = [
    Play("2026-02-27T12:00:00", 200_000, "Cesaria", "c9"),  # last month
    Play("2026-03-01T12:00:00", 200_000, "Cesaria", "c1"),  # this month
    Play("2026-03-02T10:00:00", 240_000, "Arca", "a1"),
    Play("2026-03-03T10:00:00", 240_000, "Arca", "a2"),
    Play("2026-03-04T08:00:00", 180_000, "Arca", "a2"),
    Play("2026-03-04T08:10:00", 180_000, "Arca", "a3"),
]
TODAY_LIVE = [
    Play("2026-03-04T09:00:00", 20_000, "Björk", "b1"),  # a skip
    Play("2026-03-04T20:00:00", 300_000, "Björk", "b1"),
    Play("2026-03-04T20:10:00", 300_000, "Björk", "b1"),
    Play("2026-03-04T20:20:00", 300_000, "Björk", "b1"),
    Play("2026-03-04T19:00:00", 600_000, "Dub Radio", "d1", HOUSEHOLD),
]


def within(play: Play, start: str, end: str = NOW) -> bool:
    """Whether the play ended in [start, end) (local times)."""
    zone = dt_util.get_time_zone(TIME_ZONE)
    low = dt_util.parse_datetime(start)
    high = dt_util.parse_datetime(end)
    assert low is not None
    assert high is not None
    low = low if low.tzinfo else low.replace(tzinfo=zone)
    return low <= play.ended_at < high


def expected(plays: list[Play], account: str | None) -> dict[str, Any]:
    """What the sensors should show, computed without Encore."""
    mine = [p for p in plays if account is None or p.account == account]
    today = [p for p in mine if within(p, "2026-03-04T00:00:00")]
    week = [p for p in mine if within(p, "2026-03-02T00:00:00")]
    month = [p for p in mine if within(p, "2026-03-01T00:00:00")]

    def ranking(selected: list[Play], key: str) -> list[tuple[int, str, int]]:
        counted = Counter(
            getattr(p, key) for p in selected if p.ms >= 30_000 and getattr(p, key)
        )
        ordered = sorted(counted.items(), key=lambda item: -item[1])
        # Competition ranks: equal counts share a rank (1, 2, 2, 4).
        return [
            (1 + sum(1 for _, n in ordered if n > count), name, count)
            for name, count in ordered
        ]

    last = max(mine, key=lambda p: p.ended_at) if mine else None
    return {
        "plays_today": sum(1 for p in today if p.ms >= 30_000),
        # The counted plays' time, as every view says it (issue 43.3).
        "listening_time_today": round(
            sum(p.ms for p in today if p.ms >= 30_000) / MINUTE_MS, 1
        ),
        "listening_time_week": round(
            sum(p.ms for p in week if p.ms >= 30_000) / MINUTE_MS, 1
        ),
        "top_artist_week": ranking(week, "artist"),
        "top_artist_month": ranking(month, "artist"),
        "top_track_week": ranking(week, "title"),
        "top_track_month": ranking(month, "title"),
        "last_played": last,
    }


@pytest.fixture
def spotify_user(fake_spotify: FakeSpotify) -> FakeUser:
    """The account, without the seeded plays recently-played would bring in."""
    return fake_spotify.add_user(USER_ID, USER_NAME, seed=False)


@pytest.fixture
async def clock(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Wednesday evening in Berlin, before anything starts."""
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(NOW)


async def ensure_history_platforms(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Check the history entry set up its own platforms (sensors, event)."""
    await hass.async_block_till_done()
    assert any(
        platform.config_entry is not None
        and platform.config_entry.entry_id == entry.entry_id
        for platform in async_get_platforms(hass, DOMAIN)
    )


async def store(manager: HistoryManager, plays: list[Play]) -> None:
    """Store plays in bulk, as an import does (no signal)."""

    def write(conn: Connection, state: WriterState) -> None:
        for play in plays:
            state.insert_records(conn, [play.record(Source.EXPORT_EXTENDED)])

    await manager.async_write(write)


@pytest.fixture
async def encore(
    hass: HomeAssistant,
    clock: None,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> AsyncGenerator[HistoryManager]:
    """The history (with the earlier plays) and the account, both loaded."""
    manager = async_get_manager(hass)
    await manager.async_acquire("test")
    await store(manager, EARLIER)
    settings = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
    )
    settings.add_to_hass(hass)
    # Setting Encore up sets up every entry it has: the account too.
    assert await setup_entry(settings)
    await ensure_history_platforms(hass, settings)
    assert spotify_entry.state is ConfigEntryState.LOADED
    yield manager
    if spotify_entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(spotify_entry.entry_id)
    await manager.async_release("test")


def entity_id(hass: HomeAssistant, platform: str, unique_id: str) -> str:
    """The entity id of one of Encore's entities."""
    found = er.async_get(hass).async_get_entity_id(platform, DOMAIN, unique_id)
    assert found is not None, unique_id
    return found


def listening_coordinators(hass: HomeAssistant) -> list[ListeningCoordinator]:
    """The coordinators of every listening sensor, one per scope."""
    found: dict[int, ListeningCoordinator] = {}
    for platform in async_get_platforms(hass, DOMAIN):
        for entity in platform.entities.values():
            coordinator = getattr(entity, "coordinator", None)
            if isinstance(coordinator, ListeningCoordinator):
                found[id(coordinator)] = coordinator
    return list(found.values())


def history_prefix(hass: HomeAssistant) -> str:
    """The unique-id prefix of the history entry's entities."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, "history")
    assert entry is not None
    return entry.entry_id


def sensor(hass: HomeAssistant, prefix: str, key: str) -> State:
    """The state of a listening sensor."""
    state = hass.states.get(entity_id(hass, "sensor", f"{prefix}_{key}"))
    assert state is not None
    return state


def check(
    hass: HomeAssistant, prefix: str, plays: list[Play], account: str | None
) -> None:
    """Every listening sensor shows what the plays say."""
    want = expected(plays, account)
    assert int(sensor(hass, prefix, "plays_today").state) == want["plays_today"]
    for key in ("listening_time_today", "listening_time_week"):
        assert float(sensor(hass, prefix, key).state) == want[key], key
    for key in (
        "top_artist_week",
        "top_artist_month",
        "top_track_week",
        "top_track_month",
    ):
        state = sensor(hass, prefix, key)
        ranking = state.attributes["ranking"]
        got = [(line["rank"], line["name"], line["plays"]) for line in ranking]
        assert sorted(got) == sorted(want[key]), key
        assert state.state == ranking[0]["name"]
        assert want[key][0][0] == 1
        assert state.state in {name for rank, name, _ in want[key] if rank == 1}
    last: Play = want["last_played"]
    state = sensor(hass, prefix, "last_played")
    assert state.state == last.title
    assert state.attributes["artist"] == last.artist
    assert state.attributes["album"] == f"{last.artist} album"
    assert state.attributes["device"] == "Kitchen"
    assert dt_util.parse_datetime(state.attributes["ended_at"]) == last.ended_at


async def test_sensors_follow_recorded_plays(
    hass: HomeAssistant, encore: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """Values at start, after each recorded play, and at midnight."""
    manager = encore
    history = history_prefix(hass)
    check(hass, USER_ID, EARLIER, USER_ID)
    check(hass, history, EARLIER, None)
    names = {
        sensor(hass, prefix, "plays_today").attributes["friendly_name"]
        for prefix in (USER_ID, history)
    }
    assert names == {f"{USER_NAME} Plays today", "Listening history Plays today"}
    state = sensor(hass, USER_ID, "listening_time_today")
    assert state.attributes["unit_of_measurement"] == "min"
    assert state.attributes["state_class"] == "total"
    assert state.attributes["device_class"] == "duration"
    assert dt_util.parse_datetime(
        state.attributes["last_reset"]
    ) == dt_util.parse_datetime("2026-03-04T00:00:00+01:00")
    week = sensor(hass, USER_ID, "listening_time_week")
    assert dt_util.parse_datetime(
        week.attributes["last_reset"]
    ) == dt_util.parse_datetime("2026-03-02T00:00:00+01:00")

    # One play at a time, as the player records them: each shows at once...
    stored = list(EARLIER)
    for play in TODAY_LIVE[:2]:
        await manager.async_record([play.record()], 0)
        await hass.async_block_till_done()
        stored.append(play)
        if play is TODAY_LIVE[0]:
            check(hass, USER_ID, stored, USER_ID)
    # ...or within the debounce when they come in a burst.
    await advance(hass, freezer, timedelta(seconds=3))
    check(hass, USER_ID, stored, USER_ID)
    await manager.async_record([p.record() for p in TODAY_LIVE[2:]], 0)
    stored += TODAY_LIVE[2:]
    await advance(hass, freezer, timedelta(seconds=3))
    check(hass, USER_ID, stored, USER_ID)
    check(hass, history, stored, None)

    # Midnight: today starts again, this week and month go on.
    await advance(hass, freezer, timedelta(hours=2, minutes=30))
    assert sensor(hass, USER_ID, "plays_today").state == "0"
    assert sensor(hass, USER_ID, "listening_time_today").state == "0.0"
    assert (
        float(sensor(hass, USER_ID, "listening_time_week").state)
        == (expected(stored, USER_ID)["listening_time_week"])
    )
    assert dt_util.parse_datetime(
        sensor(hass, history, "plays_today").attributes["last_reset"]
    ) == dt_util.parse_datetime("2026-03-05T00:00:00+01:00")


async def test_bulk_changes_refresh(
    hass: HomeAssistant, encore: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """An import says so once it is done; the sensors read again."""
    late = Play("2026-03-04T07:00:00", 120_000, "Arca", "a4")
    await store(encore, [late])
    await hass.async_block_till_done()
    assert int(sensor(hass, USER_ID, "plays_today").state) == 2
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(USER_ID))
    await hass.async_block_till_done()
    check(hass, USER_ID, [*EARLIER, late], USER_ID)
    check(hass, history_prefix(hass), [*EARLIER, late], None)


async def test_played_events(hass: HomeAssistant, encore: HistoryManager) -> None:
    """Each new play fires once, on its account's entity and on every source's."""
    manager = encore
    mine = entity_id(hass, "event", f"{USER_ID}_played")
    every = entity_id(hass, "event", f"{history_prefix(hass)}_played")
    changes: dict[str, list[dict[str, Any]]] = {mine: [], every: []}

    @callback
    def on_change(event: Event[Any]) -> None:
        if (new := event.data["new_state"]) is not None and new.entity_id in changes:
            changes[new.entity_id].append(dict(new.attributes))

    hass.bus.async_listen("state_changed", on_change)
    ada, radio = TODAY_LIVE[1], TODAY_LIVE[4]
    await manager.async_record([ada.record(), radio.record(Source.SONOS)], 0)
    await hass.async_block_till_done()
    assert [c["track"] for c in changes[mine]] == ["b1"]
    assert [c["track"] for c in changes[every]] == ["b1", "d1"]
    fired = changes[mine][0]
    assert fired["event_type"] == "played"
    assert {
        key: fired[key] for key in fired if key not in ("event_types", "friendly_name")
    } == {
        "event_type": "played",
        "track": "b1",
        "artist": "Björk",
        "album": "Björk album",
        "source": "spotify_player",
        "device": "Kitchen",
        "account": USER_NAME,
        "ms_played": 300_000,
        "uri": f"spotify:track:{'b1':0>22}",
        "ended_at": ada.ended_at.astimezone(dt_util.UTC).isoformat(),
    }
    assert changes[every][1]["account"] == HOUSEHOLD
    assert changes[every][1]["source"] == "sonos"

    # Recently-played confirming the same play merges: no second event.
    merged = await manager.async_record([ada.record(Source.SPOTIFY_RECENT)], 180_000)
    assert merged
    assert merged[0].merged
    await hass.async_block_till_done()
    assert len(changes[mine]) == 1
    assert len(changes[every]) == 2
    state = hass.states.get(mine)
    assert state is not None
    assert state.attributes["friendly_name"] == f"{USER_NAME} Played"


async def test_sync_sensors_and_unload(
    hass: HomeAssistant, encore: HistoryManager, spotify_entry: MockConfigEntry
) -> None:
    """Unloading removes the listeners; the sync sensors say when it polls."""
    last_sync = hass.states.get(entity_id(hass, "sensor", f"{USER_ID}_last_sync"))
    next_poll = hass.states.get(entity_id(hass, "sensor", f"{USER_ID}_next_poll"))
    assert last_sync is not None
    assert next_poll is not None
    assert last_sync.state == "unknown"  # no poll has run yet
    assert dt_util.parse_datetime(next_poll.state) == dt_util.parse_datetime(
        NOW
    ) + timedelta(seconds=10)
    assert await hass.config_entries.async_unload(spotify_entry.entry_id)
    await hass.async_block_till_done()
    assert spotify_entry.state is ConfigEntryState.NOT_LOADED
    # A play now reaches only the history entry's listeners.
    await encore.async_record([TODAY_LIVE[1].record()], 0)
    await hass.async_block_till_done()
    assert int(sensor(hass, history_prefix(hass), "plays_today").state) == 3


async def test_unreadable_history_makes_them_unavailable(
    hass: HomeAssistant, encore: HistoryManager, freezer: FrozenDateTimeFactory
) -> None:
    """A read that fails shows as unavailable until the next one works.

    The failure is SQLite's own: a table the sensors read is gone (renamed
    from another connection), then back.
    """
    manager = encore
    await hass.async_add_executor_job(
        alter_from_outside,
        manager,
        "ALTER TABLE rollup_hours RENAME TO rollup_hours_away",
    )
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(None))
    await hass.async_block_till_done()
    assert sensor(hass, USER_ID, "plays_today").state == "unavailable"
    assert sensor(hass, USER_ID, "top_track_week").state == "unavailable"
    # Translated, with the database's own words.
    failed = [
        coordinator.last_exception
        for coordinator in listening_coordinators(hass)
        if coordinator.last_exception is not None
    ]
    assert failed
    assert all(err.translation_key == "history_read_failed" for err in failed)
    assert "no such table: rollup_hours" in str(failed[0])
    await hass.async_add_executor_job(
        alter_from_outside,
        manager,
        "ALTER TABLE rollup_hours_away RENAME TO rollup_hours",
    )
    await manager.async_record([TODAY_LIVE[2].record()], 0)
    await advance(hass, freezer, timedelta(seconds=3))
    check(hass, USER_ID, [*EARLIER, TODAY_LIVE[2]], USER_ID)


async def test_api_calls_sensor_counts_the_app_over_a_day(
    hass: HomeAssistant,
    encore: HistoryManager,
    spotify_entry: MockConfigEntry,
    fake_spotify: FakeSpotify,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The app's Web API requests of the last 24 hours, beside the budget.

    Checked against the requests the fake Spotify received, every half hour
    for a day and more; a reload (a restart) keeps what the window holds.
    """
    api_calls = entity_id(hass, "sensor", f"{USER_ID}_api_calls")
    since = dt_util.utcnow().timestamp() - 60

    def received(after: float, before: float = float("inf")) -> int:
        return sum(
            1
            for call in fake_spotify.calls
            if call.path.startswith("/v1/") and after <= call.at < before
        )

    counts = []
    for step in range(52):
        if step == 10:
            # A restart in the middle: the count goes on from the saved ledger.
            before = int(hass.states.get(api_calls).state)
            assert await hass.config_entries.async_reload(spotify_entry.entry_id)
            await hass.async_block_till_done()
            assert int(hass.states.get(api_calls).state) >= before
        await advance(hass, freezer, timedelta(minutes=30))
        moment = dt_util.utcnow().timestamp()
        state = hass.states.get(api_calls)
        assert state is not None
        counts.append(int(state.state))
        # Counted at the minute; a poll due at the same moment may have
        # sent its requests just before the count or just after it.
        window = (max(since, moment - 86_400), moment)
        assert received(*window) <= counts[-1] <= received(window[0]), counts
    assert state.attributes["unit_of_measurement"] == "requests"
    assert state.attributes["budget"] == 1000
    assert state.attributes["account_requests"] == counts[-1]
    # The first day's requests went out of the window: the count fell.
    assert max(counts) > counts[-1]
