"""Plays of other media players, from their state changes in Home Assistant."""

from collections.abc import AsyncGenerator
from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import orjson
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed
from sqlalchemy import Connection, select

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant, State
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util

from custom_components.encore.const import DOMAIN
from custom_components.encore.history.collectors.media_player import (
    MediaPlayerCollector,
    media_player_item,
    observation_of,
)
from custom_components.encore.history.collectors.playtime import (
    MediaItem,
    Observation,
    PlayState,
    PlayTracker,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import HistoryManager, async_get_manager
from custom_components.encore.history.models import PlayKind, Source
from custom_components.encore.history.store.schema import (
    accounts,
    artists,
    devices,
    items,
    jobs,
    plays,
)

CAST = "media_player.kitchen_cast"
BEDROOM = "media_player.bedroom_speaker"
TRACK_A = "spotify:track:4uLU6hMCjMI75M1A2tKUQC"
TRACK_B = "spotify:track:1301WleyT98MSxVHPZCA6M"


# Reading the history back (the Sonos tests use these too) ---------------------------


def ms(when: datetime) -> int:
    """Epoch milliseconds, as the history stores times (floored)."""
    return to_ms(when)


def _plays(conn: Connection) -> list[dict[str, Any]]:
    query = (
        select(
            accounts.c.key.label("account"),
            plays.c.source,
            plays.c.sources,
            plays.c.started_at,
            plays.c.ended_at,
            plays.c.ms_played,
            plays.c.kind,
            items.c.title,
            items.c.uri,
            artists.c.name.label("artist"),
            items.c.album,
            devices.c.name.label("device"),
            plays.c.source_kind,
            plays.c.reason_end,
            plays.c.shuffle,
        )
        .select_from(
            plays.join(accounts, accounts.c.id == plays.c.account_id)
            .join(items, items.c.id == plays.c.item_id)
            .outerjoin(artists, artists.c.id == plays.c.artist_id)
            .outerjoin(devices, devices.c.id == plays.c.device_id)
        )
        .order_by(plays.c.ended_at, plays.c.id)
    )
    return [dict(row) for row in conn.execute(query).mappings()]


def _jobs(conn: Connection) -> list[dict[str, Any]]:
    query = (
        select(
            jobs.c.kind,
            accounts.c.key.label("account"),
            jobs.c.started_at,
            jobs.c.finished_at,
            jobs.c.status,
            jobs.c.counts,
            jobs.c.detail,
            jobs.c.error,
        )
        .select_from(jobs.outerjoin(accounts, accounts.c.id == jobs.c.account_id))
        .order_by(jobs.c.id)
    )
    rows = [dict(row) for row in conn.execute(query).mappings()]
    for row in rows:
        row["counts"] = orjson.loads(row["counts"])
        row["detail"] = None if row["detail"] is None else orjson.loads(row["detail"])
    return rows


async def stored_plays(hass: HomeAssistant) -> list[dict[str, Any]]:
    """Every play in the history, oldest first, with its names resolved."""
    return await async_get_manager(hass).async_read(_plays)


async def stored_jobs(hass: HomeAssistant) -> list[dict[str, Any]]:
    """Every job row, in the order they started."""
    return await async_get_manager(hass).async_read(_jobs)


# Driving the players -----------------------------------------------------------------


@pytest.fixture
async def manager(
    freezer: FrozenDateTimeFactory, hass: HomeAssistant
) -> AsyncGenerator[HistoryManager]:
    """The history, open for the test (time frozen first)."""
    manager = async_get_manager(hass)
    await manager.async_acquire("test")
    yield manager
    await manager.async_release("test")


def player(
    state: str,
    content_id: str | None = None,
    title: str | None = None,
    *,
    position: float | None = None,
    **attributes: Any,
) -> tuple[str, dict[str, Any]]:
    """A media player's state and attributes, as a Cast player writes them."""
    values: dict[str, Any] = {"friendly_name": "Kitchen Cast", **attributes}
    if content_id is not None:
        values |= {"media_content_id": content_id, "media_content_type": "music"}
    if title is not None:
        values |= {
            "media_title": title,
            "media_artist": f"Artist of {title}",
            "media_album_name": f"Album of {title}",
            "media_duration": 200,
        }
    if position is not None:
        values |= {
            "media_position": position,
            "media_position_updated_at": dt_util.utcnow(),
        }
    return state, values


def show(hass: HomeAssistant, entity_id: str, view: tuple[str, dict[str, Any]]) -> None:
    """Write a player's state, as its integration would."""
    hass.states.async_set(entity_id, view[0], view[1])


async def later(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, seconds: float
) -> None:
    """Let time pass: timers due by then run, writes finish."""
    freezer.tick(timedelta(seconds=seconds))
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)


async def started(
    hass: HomeAssistant, manager: HistoryManager, *entity_ids: str
) -> MediaPlayerCollector:
    """A collector following `entity_ids`, started."""
    collector = MediaPlayerCollector(hass, manager, entity_ids or (CAST,))
    await collector.async_start()
    return collector


# Tests ---------------------------------------------------------------------------------


async def test_each_stream_once_with_the_time_heard(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Playing, next track, paused, resumed, off: two plays, pauses not counted."""
    collector = await started(hass, manager)
    t0 = dt_util.utcnow()
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=0, shuffle=True))
    await later(hass, freezer, 30)
    # Position, volume: the same stream going on.
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=30, shuffle=True))
    show(
        hass,
        CAST,
        player(
            "playing", TRACK_A, "Alpha", position=30, shuffle=True, volume_level=0.4
        ),
    )
    await later(hass, freezer, 30)
    assert await stored_plays(hass) == []

    t1 = dt_util.utcnow()
    show(hass, CAST, player("playing", TRACK_B, "Beta", position=0))
    await later(hass, freezer, 20)
    show(hass, CAST, player("paused", TRACK_B, "Beta", position=20))
    await later(hass, freezer, 300)
    show(hass, CAST, player("playing", TRACK_B, "Beta", position=20))
    await later(hass, freezer, 25)
    t2 = dt_util.utcnow()
    show(hass, CAST, player("off"))
    await hass.async_block_till_done(wait_background_tasks=True)

    alpha, beta = await stored_plays(hass)
    assert alpha == {
        "account": f"media_player:{CAST}",
        "source": Source.MEDIA_PLAYER,
        "sources": 1 << Source.MEDIA_PLAYER,
        "started_at": ms(t0),
        "ended_at": ms(t1),
        "ms_played": 60_000,
        "kind": PlayKind.TRACK,
        "title": "Alpha",
        "uri": TRACK_A,
        "artist": "Artist of Alpha",
        "album": "Album of Alpha",
        "device": "Kitchen Cast",
        "source_kind": "spotify",
        "reason_end": None,
        "shuffle": True,
    }
    assert beta["title"] == "Beta"
    assert (beta["started_at"], beta["ended_at"]) == (ms(t1), ms(t2))
    assert beta["ms_played"] == 45_000
    assert beta["reason_end"] == "endplay"
    assert collector.status() == {
        "running": True,
        "plays_recorded": 2,
        "merged": 0,
        "failed": 0,
        "last_play": dt_util.utc_from_timestamp(ms(t2) / 1000).isoformat(),
    }
    await collector.async_stop()
    assert not collector.running


async def test_short_streams_are_kept_unheard_ones_are_not(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Skipped after 2 s: a play of 2 s. Selected while paused and replaced: none."""
    collector = await started(hass, manager)
    show(hass, CAST, player("playing", None, "Intro"))
    await later(hass, freezer, 2)
    show(hass, CAST, player("paused", None, "Chosen but never played"))
    await later(hass, freezer, 10)
    show(hass, CAST, player("idle"))
    await collector.async_stop()
    (intro,) = await stored_plays(hass)
    assert intro["ms_played"] == 2_000
    assert intro["title"] == "Intro"
    assert intro["uri"] is None
    assert intro["kind"] == PlayKind.TRACK  # an artist and no content type


async def test_a_track_played_to_the_end_and_again(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Repeat one: the position jumps back to the start, a second stream begins."""
    collector = await started(hass, manager)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=0))
    await later(hass, freezer, 100)
    # A player that refreshes its timestamp but not its value is no restart.
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=0))
    await later(hass, freezer, 98)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=198))
    await later(hass, freezer, 3)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=1))
    # Only once the item is still there a moment later is it a restart.
    await later(hass, freezer, 10)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=11))
    await later(hass, freezer, 49)
    show(hass, CAST, player("idle"))
    await collector.async_stop()
    first, second = await stored_plays(hass)
    assert (first["ms_played"], first["reason_end"]) == (201_000, "trackdone")
    assert (second["ms_played"], second["reason_end"]) == (59_000, "endplay")
    assert second["started_at"] == first["ended_at"]


async def test_the_next_items_position_before_its_name_is_no_restart(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Position 0 of the next track, then its name a moment later: two plays."""
    collector = await started(hass, manager)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=0))
    await later(hass, freezer, 199)
    show(hass, CAST, player("playing", TRACK_A, "Alpha", position=0.5))
    await later(hass, freezer, 1)
    show(hass, CAST, player("playing", TRACK_B, "Beta", position=1))
    await later(hass, freezer, 30)
    await collector.async_stop()
    alpha, beta = await stored_plays(hass)
    assert (alpha["title"], alpha["ms_played"]) == ("Alpha", 200_000)
    assert alpha["reason_end"] == "trackdone"
    assert (beta["title"], beta["ms_played"]) == ("Beta", 30_000)
    # Stopping the collector is no end of playback.
    assert beta["reason_end"] is None


async def test_radio_titles_and_other_kinds(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """A stream URL with changing titles; episodes; video; sources by name."""
    collector = await started(hass, manager, CAST, BEDROOM)
    stream = "http://radio.example/stream.mp3"
    show(
        hass,
        CAST,
        player("playing", stream, "Song One", app_name="TuneIn Radio"),
    )
    show(
        hass,
        BEDROOM,
        (
            "playing",
            {
                "friendly_name": "Bedroom",
                "media_content_id": "spotify:episode:0Q86acNRm6V9GYx55SXKwf",
                "media_content_type": "podcast",
                "media_title": "Episode 12",
                "media_series_title": "The Show",
            },
        ),
    )
    await later(hass, freezer, 40)
    show(hass, CAST, player("playing", stream, "Song Two", app_name="TuneIn Radio"))
    show(
        hass,
        BEDROOM,
        (
            "playing",
            {
                "friendly_name": "Bedroom",
                "media_content_id": "abc123",
                "media_content_type": "video",
                "media_title": "A video",
                "source": "HDMI 1",
            },
        ),
    )
    await later(hass, freezer, 20)
    await collector.async_stop()
    found = {
        row["title"]: (
            row["account"],
            row["kind"],
            row["source_kind"],
            row["ms_played"],
        )
        for row in await stored_plays(hass)
    }
    assert found == {
        "Song One": (f"media_player:{CAST}", PlayKind.TRACK, "radio", 40_000),
        "Song Two": (f"media_player:{CAST}", PlayKind.TRACK, "radio", 20_000),
        "Episode 12": (f"media_player:{BEDROOM}", PlayKind.EPISODE, "spotify", 40_000),
        "A video": (f"media_player:{BEDROOM}", PlayKind.OTHER, "tv", 20_000),
    }
    episode = next(r for r in await stored_plays(hass) if r["title"] == "Episode 12")
    assert episode["artist"] == "The Show"
    assert episode["uri"] == "spotify:episode:0Q86acNRm6V9GYx55SXKwf"


async def test_a_player_that_disappears(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Removed while playing: what was heard is kept; it may come back later."""
    collector = await started(hass, manager, CAST, BEDROOM)
    show(hass, BEDROOM, player("playing", TRACK_A, "Alpha", friendly_name="Bedroom"))
    await later(hass, freezer, 40)
    hass.states.async_remove(BEDROOM)
    await later(hass, freezer, 5)
    (alpha,) = await stored_plays(hass)
    assert (alpha["ms_played"], alpha["device"]) == (40_000, "Bedroom")
    assert alpha["reason_end"] == "endplay"

    show(hass, BEDROOM, player("playing", TRACK_B, "Beta", friendly_name="Bedroom"))
    await later(hass, freezer, 10)
    show(hass, BEDROOM, ("unavailable", {"friendly_name": "Bedroom"}))
    await collector.async_stop()
    assert [row["title"] for row in await stored_plays(hass)] == ["Alpha", "Beta"]


async def test_players_already_playing_and_encores_own(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    manager: HistoryManager,
    entity_registry: er.EntityRegistry,
) -> None:
    """Heard from the start of the collector on; Encore's own players are skipped."""
    own = entity_registry.async_get_or_create(
        "media_player", DOMAIN, "RINCON_1", suggested_object_id="living_room"
    )
    show(hass, CAST, player("playing", TRACK_A, "Alpha"))
    show(hass, own.entity_id, player("playing", TRACK_B, "Beta"))
    await later(hass, freezer, 50)
    collector = await started(hass, manager, CAST, own.entity_id, CAST)
    assert collector.entity_ids == (CAST, own.entity_id)
    await later(hass, freezer, 15)
    show(hass, own.entity_id, player("playing", TRACK_A, "Alpha again"))
    await later(hass, freezer, 15)
    await collector.async_stop()
    (alpha,) = await stored_plays(hass)
    assert alpha["ms_played"] == 30_000
    assert alpha["account"] == f"media_player:{CAST}"


async def test_jobs_rows(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """One job per run: counts at most once a minute, stopped at the end."""
    t0 = dt_util.utcnow()
    collector = await started(hass, manager, CAST, BEDROOM)
    (job,) = await stored_jobs(hass)
    assert job == {
        "kind": "media_player",
        "account": None,
        "started_at": int(t0.timestamp() * 1000),
        "finished_at": None,
        "status": "running",
        "counts": {},
        "detail": {"entity_ids": [CAST, BEDROOM]},
        "error": None,
    }
    show(hass, CAST, player("playing", TRACK_A, "Alpha"))
    await later(hass, freezer, 20)
    show(hass, CAST, player("playing", TRACK_B, "Beta"))
    await later(hass, freezer, 20)
    show(hass, CAST, player("playing", TRACK_A, "Alpha"))
    await hass.async_block_till_done(wait_background_tasks=True)
    # Two plays within the first minute: the counts wait for it to pass.
    assert (await stored_jobs(hass))[0]["counts"] == {}
    await later(hass, freezer, 21)
    assert (await stored_jobs(hass))[0]["counts"] == {
        "plays_recorded": 2,
        "merged": 0,
        "failed": 0,
    }
    await later(hass, freezer, 30)
    t1 = dt_util.utcnow()
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert not collector.running
    (job,) = await stored_jobs(hass)
    assert (job["status"], job["finished_at"]) == (
        "stopped",
        int(t1.timestamp() * 1000),
    )
    assert job["counts"] == {"plays_recorded": 3, "merged": 0, "failed": 0}
    assert len(await stored_plays(hass)) == 3
    await collector.async_stop()  # again: nothing more happens
    assert len(await stored_jobs(hass)) == 1


async def test_a_history_that_closes_under_the_collector(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, manager: HistoryManager
) -> None:
    """Plays that cannot be stored are counted as failed; the job says why."""
    collector = await started(hass, manager)
    show(hass, CAST, player("playing", TRACK_A, "Alpha"))
    await later(hass, freezer, 20)
    await manager.async_release("test")
    show(hass, CAST, player("playing", TRACK_B, "Beta"))
    await later(hass, freezer, 61)
    assert collector.status()["failed"] == 1
    await manager.async_acquire("test")
    await later(hass, freezer, 20)
    await collector.async_stop()
    (beta,) = await stored_plays(hass)
    assert beta["title"] == "Beta"
    (job,) = await stored_jobs(hass)
    assert job["status"] == "stopped"
    assert job["counts"] == {"plays_recorded": 1, "merged": 0, "failed": 1}
    assert job["error"]


async def test_a_job_that_cannot_be_started(hass: HomeAssistant) -> None:
    """Without an open history the collector still runs, without a job."""
    collector = MediaPlayerCollector(hass, async_get_manager(hass), [CAST])
    await collector.async_start()
    assert collector.running
    assert collector.recorder.job_id is None
    await collector.async_stop()


def test_attributes_that_say_nothing() -> None:
    """No content id and no title: nothing identifiable plays."""
    assert media_player_item({"media_artist": "Someone"}) is None
    assert media_player_item({"media_title": 5, "media_content_id": ""}) is None
    item = media_player_item(
        {
            "media_title": "Line in",
            "source": "Line-In",
            "media_duration": "long",
            "media_content_type": "channel",
        }
    )
    assert item == MediaItem(
        key="||Line in", kind=PlayKind.OTHER, title="Line in", source_kind="line_in"
    )


def test_positions_from_restored_states() -> None:
    """A timestamp written as text (a restored state) still places the position."""
    now = dt_util.utcnow()
    state = State(
        CAST,
        "playing",
        {
            "media_title": "Alpha",
            "media_position": 12.5,
            "media_position_updated_at": (now - timedelta(seconds=3)).isoformat(),
            "shuffle": "yes",
        },
    )
    observation = observation_of(state, now)
    assert observation.position_ms == 12_500
    assert observation.position_at == now - timedelta(seconds=3)
    assert observation.shuffle is None
    state = State(CAST, "playing", {"media_title": "A", "media_position_updated_at": 5})
    assert observation_of(state, now).position_at is None


def test_tracker_adopts_only_the_same_stream() -> None:
    """A stream handed over continues the same item only."""
    start = dt_util.utcnow()
    alpha = MediaItem("a", PlayKind.TRACK, title="Alpha")
    giver, taker = PlayTracker(), PlayTracker()
    giver.observe(Observation(PlayState.PLAYING, alpha, start))
    (play,) = giver.flush(start + timedelta(seconds=30))
    assert not taker.adopt(play)
    taker.observe(Observation(PlayState.PAUSED, MediaItem("b", PlayKind.TRACK), start))
    assert not taker.adopt(play)
    taker.observe(Observation(PlayState.PAUSED, alpha, start + timedelta(seconds=31)))
    assert taker.adopt(play)
    assert taker.since == start
    assert not taker.playing
    assert taker.heard_ms(start + timedelta(minutes=5)) == 30_000
