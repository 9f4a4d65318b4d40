"""Plays heard on Sonos speakers: emulated speakers, real SoCo events, real HA."""

from collections.abc import Iterator
from datetime import timedelta
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from homeassistant.components.media_player import (
    ATTR_INPUT_SOURCE,
    DOMAIN as MP_DOMAIN,
    SERVICE_SELECT_SOURCE,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import SERVICE_MEDIA_STOP
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_KIND,
    CONF_SPOTIFY_ACCOUNT,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history import manager as history_manager
from custom_components.encore.history.collectors import sonos as sonos_collector
from custom_components.encore.history.collectors.sonos import (
    HANDOVER,
    SonosCollector,
    sonos_item,
    spotify_account_key,
)
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import PeriodName, resolve_period
from custom_components.encore.history.queries import Scope, recent_plays
from custom_components.encore.sonos.household import SonosHousehold
from custom_components.encore.sonos.media import NOTHING, NowPlaying, SourceKind
from fakes.sonos import EmulatedHousehold, QueueItem, TrackMetadata
from fakes.sonos.spotify import catalog_queue_item
from tests.conftest import SetupEntry, sonos_entry_for
from tests.fakes.sonos_fixtures import HouseholdFactory
from tests.sonos.common import KITCHEN, RADIO_URI, TRACK_ID, call, settle, until

from .test_media_player_collector import ms, stored_jobs, stored_plays

SECOND_TRACK = "1301WleyT98MSxVHPZCA6M"
THIRD_TRACK = "3n3Ppam7vgaVa1iaRUc9Lp"
ACCOUNT = "ada_listener"
SONOS = 1 << Source.SONOS


@pytest.fixture(autouse=True)
async def media_player_first(hass: HomeAssistant) -> None:
    """Load media_player (its image proxy view) before anything freezes HTTP."""
    assert await async_setup_component(hass, MP_DOMAIN, {})


@pytest.fixture(autouse=True)
def quiet_access_log() -> Iterator[None]:
    """Keep aiohttp from logging SoCo's listener requests (see tests/sonos)."""
    logger = logging.getLogger("aiohttp.access")
    level = logger.level
    logger.setLevel(logging.WARNING)
    yield
    logger.setLevel(level)


def household_of(entry: MockConfigEntry) -> SonosHousehold:
    """The household a loaded entry runs."""
    household = entry.runtime_data.household
    assert isinstance(household, SonosHousehold)
    return household


def collector_of(entry: MockConfigEntry) -> SonosCollector:
    """The history collector of a loaded household."""
    collector = household_of(entry).history_collector
    assert collector is not None
    return collector


def library_queue(
    household: EmulatedHousehold, room: str, count: int = 3, duration: int = 180
) -> None:
    """Put music library tracks in a speaker's queue and play, as the Sonos app would."""
    items = [
        QueueItem(
            f"x-file-cifs://nas/music/song_{index}.flac",
            TrackMetadata(
                title=f"Song {index}",
                artist="The Testers",
                album="Emulated",
                duration=duration,
                protocol_info="x-file-cifs:*:audio/flac:*",
            ),
        )
        for index in range(count)
    ]
    playback = household.speaker(room).playback
    playback.insert(items, 0, as_next=False)
    playback.select_queue()
    playback.play()
    household.flush()


def spotify_queue(household: EmulatedHousehold, room: str, *track_ids: str) -> None:
    """Put Spotify tracks in a speaker's queue and play them."""
    items = [
        catalog_queue_item(household.catalog.track(track_id), 2311)
        for track_id in track_ids
    ]
    playback = household.speaker(room).playback
    playback.insert(items, 0, as_next=False)
    playback.select_queue()
    playback.play()
    household.flush()


async def elapse(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    seconds: float,
) -> None:
    """Let time pass for Home Assistant and the speakers alike; events arrive."""
    freezer.tick(timedelta(seconds=seconds))
    household.advance(seconds)
    async_fire_time_changed(hass)
    await settle(hass, household)


async def changed(hass: HomeAssistant, household: EmulatedHousehold) -> None:
    """Send what changed on the speakers and let Encore take it in."""
    household.flush()
    await settle(hass, household)


def by_title(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Plays by item title (each title once)."""
    found = {row["title"]: row for row in rows}
    assert len(found) == len(rows), rows
    return found


async def test_a_new_track_records_the_last_one_with_the_time_heard(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Skipped, played to the end, paused: each track once, pauses not counted."""
    living = sonos_household.speaker("Living Room")
    t0 = dt_util.utcnow()
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 50)
    assert await stored_plays(hass) == []

    t1 = dt_util.utcnow()
    living.playback.next()
    await changed(hass, sonos_household)
    (song0,) = await stored_plays(hass)
    assert song0 == {
        "account": f"sonos:{sonos_household.household_id}",
        "source": Source.SONOS,
        "sources": SONOS,
        "started_at": ms(t0),
        "ended_at": ms(t1),
        "ms_played": 50_000,
        "kind": PlayKind.TRACK,
        "title": "Song 0",
        "uri": None,
        "artist": "The Testers",
        "album": "Emulated",
        "device": "Living Room",
        "source_kind": "library",
        "reason_end": None,
        "shuffle": False,
    }

    # Song 1 plays to its end: the speaker moves on by itself.
    await elapse(hass, freezer, sonos_household, 90)
    await elapse(hass, freezer, sonos_household, 90)
    song1 = by_title(await stored_plays(hass))["Song 1"]
    assert (song1["ms_played"], song1["reason_end"]) == (180_000, "trackdone")

    # Song 2: 30 s, paused for 10 min, 20 s more.
    await elapse(hass, freezer, sonos_household, 30)
    living.playback.pause()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 600)
    living.playback.play()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 20)
    living.playback.stop()
    await changed(hass, sonos_household)
    # Stopped: the play waits a moment in case the stream goes on elsewhere.
    assert "Song 2" not in by_title(await stored_plays(hass))
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())
    song2 = by_title(await stored_plays(hass))["Song 2"]
    assert (song2["ms_played"], song2["reason_end"]) == (50_000, "endplay")
    assert collector_of(sonos_loaded).status()["plays_recorded"] == 3


async def test_a_group_is_one_play_per_stream(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Members play their coordinator's stream: one play, named after the group."""
    living = sonos_household.speaker("Living Room")
    sonos_household.join(sonos_household.speaker("Kitchen"), living)
    sonos_household.join(sonos_household.speaker("TV Room"), living)
    await settle(hass, sonos_household)
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 40)
    living.playback.next()
    await changed(hass, sonos_household)
    (song0,) = await stored_plays(hass)
    # The group's device names every room, the coordinator's first (issue 33.4).
    assert (song0["title"], song0["device"]) == (
        "Song 0",
        "Living Room + Kitchen + TV Room",
    )
    assert song0["ms_played"] == 40_000
    # So each room of the group counts as having played it.
    everything = resolve_period(
        PeriodName.ALL_TIME,
        now=dt_util.now() + timedelta(minutes=1),
        time_zone=dt_util.get_default_time_zone(),
    )
    for room in ("Kitchen", "kitchen", "TV Room", "Living Room"):
        found = await async_get_manager(hass).async_read(
            lambda conn, room=room: recent_plays(conn, Scope(), everything, device=room)
        )
        assert [play.title for play in found.plays] == ["Song 0"], room


async def test_the_group_goes_on_when_its_coordinator_leaves(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Another member takes the stream over: still one play."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    sonos_household.join(kitchen, living)
    await settle(hass, sonos_household)
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 30)
    sonos_household.unjoin(living)
    await settle(hass, sonos_household)
    assert kitchen.is_coordinator
    assert kitchen.transport_state == "PLAYING"
    await elapse(hass, freezer, sonos_household, 45)
    kitchen.playback.next()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())
    (song0,) = await stored_plays(hass)
    assert (song0["title"], song0["ms_played"]) == ("Song 0", 75_000)
    assert song0["device"] == "Kitchen"


async def test_radio_and_line_in_belong_to_the_household(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Each song a station names is a play; line-in is one play of the input."""
    living = sonos_household.speaker("Living Room")
    sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    await settle(hass, sonos_household)
    await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Radio Paradise"})
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 5)
    living.set_stream_content("Nina Simone - Sinnerman")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 60)
    living.set_stream_content("Nina Simone - Feeling Good")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 30)
    living.set_stream_content("")
    await settle(hass, sonos_household)

    await call(hass, SERVICE_SELECT_SOURCE, KITCHEN, **{ATTR_INPUT_SOURCE: "Line-in"})
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 45)
    await call(hass, SERVICE_MEDIA_STOP, KITCHEN)
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())

    household = f"sonos:{sonos_household.household_id}"
    found = {
        row["title"]: (
            row["account"],
            row["kind"],
            row["artist"],
            row["source_kind"],
            row["ms_played"],
            row["device"],
            row["shuffle"],
        )
        for row in await stored_plays(hass)
    }
    assert found == {
        "Radio Paradise": (household, PlayKind.OTHER, None, "radio", 5_000, "Living Room", None),
        "Sinnerman": (household, PlayKind.TRACK, "Nina Simone", "radio", 60_000, "Living Room", None),
        "Feeling Good": (household, PlayKind.TRACK, "Nina Simone", "radio", 30_000, "Living Room", None),
        "Kitchen": (household, PlayKind.OTHER, None, "line_in", 45_000, "Kitchen", None),
    }  # fmt: skip


async def test_spotify_on_sonos_is_one_play_with_the_accounts_view(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """The household's Spotify account: the speaker's play merges with the player's."""
    spotify = MockConfigEntry(
        domain=DOMAIN,
        unique_id=ACCOUNT,
        data={CONF_KIND: EntryKind.SPOTIFY},
    )
    spotify.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        sonos_entry, options={CONF_SPOTIFY_ACCOUNT: spotify.entry_id}
    )
    assert await setup_entry(sonos_entry)
    manager = async_get_manager(hass)
    living = sonos_household.speaker("Living Room")
    track = sonos_household.catalog.track(TRACK_ID)
    spotify_queue(sonos_household, "Living Room", TRACK_ID, SECOND_TRACK)
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 100)

    # The account's player collector saw it end a few seconds later.
    now = dt_util.utcnow()
    await manager.async_record(
        [
            PlayRecord(
                account=ACCOUNT,
                source=Source.SPOTIFY_PLAYER,
                ended_at=ms(now) + 3_000,
                ms_played=97_000,
                kind=PlayKind.TRACK,
                title=track.title,
                artist=track.artist,
                album=track.album,
                item_uri=f"spotify:track:{TRACK_ID}",
            )
        ],
        180_000,
    )
    living.playback.next()
    await changed(hass, sonos_household)
    (play,) = await stored_plays(hass)
    assert play["account"] == ACCOUNT
    assert play["sources"] == (1 << Source.SPOTIFY_PLAYER) | SONOS
    assert play["uri"] == f"spotify:track:{TRACK_ID}"
    assert play["device"] == "Living Room"  # the speaker named it
    assert play["source_kind"] == "spotify"
    assert collector_of(sonos_entry).status()["merged"] == 1

    # Spotify Connect on another speaker: the account's too.
    tv_room = sonos_household.speaker("TV Room")
    tv_room.play_spotify_connect(THIRD_TRACK)
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 30)
    tv_room.set_transport_state("STOPPED")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())
    connect = next(
        row for row in await stored_plays(hass) if row["device"] == "TV Room"
    )
    assert connect["account"] == ACCOUNT
    assert connect["uri"] == f"spotify:track:{THIRD_TRACK}"
    assert connect["ms_played"] == 30_000


async def test_which_spotify_account_plays_on_sonos(
    hass: HomeAssistant, sonos_entry: MockConfigEntry
) -> None:
    """Chosen, else the only one loaded; the household's own otherwise."""
    household = SonosHousehold(hass, sonos_entry, dict)
    assert spotify_account_key(household) is None
    first = MockConfigEntry(
        domain=DOMAIN,
        unique_id="first",
        data={CONF_KIND: EntryKind.SPOTIFY},
        state=ConfigEntryState.LOADED,
    )
    first.add_to_hass(hass)
    assert spotify_account_key(household) == "first"
    second = MockConfigEntry(
        domain=DOMAIN,
        unique_id="second",
        data={CONF_KIND: EntryKind.SPOTIFY},
        state=ConfigEntryState.LOADED,
    )
    second.add_to_hass(hass)
    assert spotify_account_key(household) is None
    hass.config_entries.async_update_entry(
        sonos_entry, options={CONF_SPOTIFY_ACCOUNT: second.entry_id}
    )
    assert spotify_account_key(household) == "second"
    # A choice that is no Spotify account is no choice.
    hass.config_entries.async_update_entry(
        sonos_entry, options={CONF_SPOTIFY_ACCOUNT: sonos_entry.entry_id}
    )
    assert spotify_account_key(household) is None
    # Never set up for real: nothing to unload when the test ends.
    for entry in (first, second):
        entry.mock_state(hass, ConfigEntryState.NOT_LOADED)


async def test_unloading_records_what_plays_and_ends_the_job(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """The job runs while the household does; unloading keeps the current play."""
    manager = async_get_manager(hass)
    await manager.async_acquire("test")
    household_key = f"sonos:{sonos_household.household_id}"
    (job,) = await stored_jobs(hass)
    assert (job["kind"], job["account"], job["status"]) == (
        "sonos",
        household_key,
        "running",
    )
    assert job["counts"] == {}
    assert household_of(sonos_loaded).describe()["history"]["running"] is True

    living = sonos_household.speaker("Living Room")
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 20)
    living.playback.next()
    library_queue(sonos_household, "Kitchen")
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 45)
    # More than a minute since the job started: its counts were written.
    (job,) = await stored_jobs(hass)
    assert job["counts"] == {"plays_recorded": 1, "merged": 0, "failed": 0}

    # Stopped just before: held for a moment, written all the same.
    sonos_household.speaker("Kitchen").playback.stop()
    await changed(hass, sonos_household)
    collector = collector_of(sonos_loaded)
    t1 = dt_util.utcnow()
    assert await hass.config_entries.async_unload(sonos_loaded.entry_id)
    await hass.async_block_till_done()
    assert not collector.running
    found = {
        (row["device"], row["title"]): (row["ms_played"], row["reason_end"])
        for row in await stored_plays(hass)
    }
    assert found == {
        ("Living Room", "Song 0"): (20_000, None),
        ("Living Room", "Song 1"): (45_000, None),
        ("Kitchen", "Song 0"): (45_000, "endplay"),
    }
    assert {row["ended_at"] for row in await stored_plays(hass)} >= {ms(t1)}
    (job,) = await stored_jobs(hass)
    assert job["status"] == "stopped"
    assert job["finished_at"] == int(t1.timestamp() * 1000)
    assert job["counts"] == {"plays_recorded": 3, "merged": 0, "failed": 0}
    await manager.async_release("test")


async def test_a_speaker_that_vanishes_mid_play(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Its play ends where it was last heard; the rest of the household goes on."""
    living = sonos_household.speaker("Living Room")
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 30)
    living.playback.next()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 20)
    await living.go_offline(vanish="powered off")
    await settle(hass, sonos_household)
    await until(
        hass, lambda: not household_of(sonos_loaded).speakers[living.uid].available
    )
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())
    assert [(r["title"], r["ms_played"]) for r in await stored_plays(hass)] == [
        ("Song 0", 30_000),
        ("Song 1", 20_000),
    ]

    library_queue(sonos_household, "Kitchen")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 15)
    sonos_household.speaker("Kitchen").playback.next()
    await changed(hass, sonos_household)
    rows = await stored_plays(hass)
    assert [(r["device"], r["ms_played"]) for r in rows][-1] == ("Kitchen", 15_000)
    assert collector_of(sonos_loaded).running


async def test_a_speaker_that_joins_later_is_followed(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
    setup_entry: SetupEntry,
) -> None:
    """A new speaker's plays are recorded without a reload."""
    household = await sonos_household_factory(rooms=["Living Room"])
    entry = sonos_entry_for(household)
    entry.add_to_hass(hass)
    assert await setup_entry(entry)
    office = household.add_speaker("Office")
    await office.start()
    await settle(hass, household)
    await until(hass, lambda: len(household_of(entry).speakers) == 2)
    library_queue(household, "Office")
    await settle(hass, household)
    await elapse(hass, freezer, household, 25)
    office.playback.next()
    await changed(hass, household)
    (song0,) = await stored_plays(hass)
    assert (song0["device"], song0["ms_played"]) == ("Office", 25_000)


async def test_a_history_that_did_not_open(
    hass: HomeAssistant,
    monkeypatch: pytest.MonkeyPatch,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """The speakers work without a history; nothing is recorded."""
    monkeypatch.setattr(
        history_manager.HistoryManager,
        "default_url",
        property(lambda _self: "sqlite:////dev/null/encore/history.db"),
    )
    assert await setup_entry(sonos_entry)
    assert sonos_entry.state is ConfigEntryState.LOADED
    household = household_of(sonos_entry)
    assert household.history_collector is None
    assert household.describe()["history"] is None
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    assert hass.states.get("media_player.living_room").state == "playing"


async def test_a_collector_that_fails_never_breaks_the_speakers(
    hass: HomeAssistant,
    monkeypatch: pytest.MonkeyPatch,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Starting or stopping it may fail: the household loads and unloads."""

    async def fail(_self: SonosCollector) -> None:
        raise RuntimeError("boom")

    start, stop = SonosCollector.async_start, SonosCollector.async_stop
    monkeypatch.setattr(SonosCollector, "async_start", fail)
    assert await setup_entry(sonos_entry)
    assert household_of(sonos_entry).history_collector is None
    assert "Recording plays of Sonos" in caplog.text
    assert await hass.config_entries.async_unload(sonos_entry.entry_id)

    monkeypatch.setattr(SonosCollector, "async_start", start)
    monkeypatch.setattr(SonosCollector, "async_stop", fail)
    assert await hass.config_entries.async_setup(sonos_entry.entry_id)
    await hass.async_block_till_done()
    assert household_of(sonos_entry).history_collector is not None
    assert await hass.config_entries.async_unload(sonos_entry.entry_id)
    assert "Storing the last Sonos plays failed" in caplog.text
    monkeypatch.setattr(SonosCollector, "async_stop", stop)


def test_what_sonos_plays_as_history_items() -> None:
    """Nothing, TV, AirPlay and episodes."""
    assert sonos_item(NOTHING) is None
    tv = sonos_item(NowPlaying(SourceKind.TV, "x-sonos-htastream:RINCON_1:spdif"))
    assert tv is not None
    assert (tv.title, tv.kind, tv.source_kind) == ("TV", PlayKind.OTHER, "tv")
    airplay = sonos_item(
        NowPlaying(
            SourceKind.AIRPLAY,
            "x-sonos-vli:RINCON_1:1,airplay:abc",
            title="From a phone",
            artist="Someone",
            duration=200,
        )
    )
    assert airplay is not None
    assert (airplay.kind, airplay.source_kind, airplay.duration_ms) == (
        PlayKind.TRACK,
        "airplay",
        200_000,
    )
    episode = sonos_item(
        NowPlaying(
            SourceKind.SPOTIFY,
            "x-sonos-spotify:spotify%3aepisode%3aabc",
            title="Episode",
            spotify_uri="spotify:episode:abc",
        )
    )
    assert episode is not None
    assert (episode.kind, episode.item_uri) == (PlayKind.EPISODE, "spotify:episode:abc")
    assert sonos_collector.JOB_KIND == "sonos"


async def test_a_uri_named_as_another_song_stays_one_song(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Issue 33.2: never one song's title and album with another song's artist.

    The history knows a URI from an export as one song; the speaker's catalog
    names the same URI as another song by another artist. The play is the
    URI's song, its title, album and artist together.
    """
    manager = async_get_manager(hass)
    track = sonos_household.catalog.track(TRACK_ID)
    uri = f"spotify:track:{TRACK_ID}"
    await manager.async_record(
        [
            PlayRecord(
                account="export-user",
                source=Source.EXPORT_EXTENDED,
                ended_at=ms(dt_util.utcnow()) - 86_400_000,
                ms_played=200_000,
                kind=PlayKind.TRACK,
                title="Leckkö Tysfløst Droungmus",
                artist="Someone Else",
                album="Léváx",
                item_uri=uri,
            )
        ],
        0,
    )
    assert track.title != "Leckkö Tysfløst Droungmus"
    assert track.artist != "Someone Else"
    spotify_queue(sonos_household, "Living Room", TRACK_ID, SECOND_TRACK)
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 60)
    sonos_household.speaker("Living Room").playback.next()
    await changed(hass, sonos_household)
    speaker_play = next(
        row for row in await stored_plays(hass) if row["source"] == Source.SONOS
    )
    assert speaker_play["uri"] == uri
    assert (speaker_play["title"], speaker_play["artist"], speaker_play["album"]) == (
        "Leckkö Tysfløst Droungmus",
        "Someone Else",
        "Léváx",
    )
