"""Artwork: kept as the collectors see it, looked up lazily for what the page shows.

A real Home Assistant runs Encore against the fake Spotify over HTTP and a
real SQLite history. What the page shows is asked over the websocket, as the
page asks it; the look-ups are counted where Spotify would count them: in
the requests the fake received, at the frozen clock's times.
"""

from datetime import timedelta
import itertools
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from msgspec import convert
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
from sqlalchemy import Connection, select

from homeassistant.core import HomeAssistant

from custom_components.encore.history import artwork
from custom_components.encore.history.collectors.spotify_account import (
    async_stop_recording,
)
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.schema import artists, items
from custom_components.encore.spotify.objects import Image, best_image
from custom_components.encore.wiring.artwork import async_get_artwork
from fakes.spotify.server import FakeSpotify
from tests.conftest import USER_ID, advance
from tests.history.collectors.test_spotify_collectors import FIRST_POLL

LOOK_UPS = r"^/v1/(tracks|artists|episodes)/"
STEP = artwork.SPACING + timedelta(seconds=1)
BASE_MS = 1_750_000_000_000

type Client = Any


def cover(fake: FakeSpotify, track_id: str) -> str | None:
    """Return the cover Spotify shows for a track: its album's largest image."""
    album = fake.catalog.albums[fake.catalog.tracks[track_id].album_id]
    return best_image([convert(image.to_json(), Image) for image in album.images])


def picture(fake: FakeSpotify, artist_id: str) -> str | None:
    """Return an artist's largest picture."""
    images = fake.catalog.artists[artist_id].images
    return best_image([convert(image.to_json(), Image) for image in images])


def catalog_tracks(fake: FakeSpotify, count: int) -> list[str]:
    """Return `count` track ids, each of another album and another first artist."""
    chosen: list[str] = []
    albums: set[str] = set()
    firsts: set[str] = set()
    for track_id, track in fake.catalog.tracks.items():
        if track.album_id in albums or track.artist_ids[0] in firsts:
            continue
        albums.add(track.album_id)
        firsts.add(track.artist_ids[0])
        chosen.append(track_id)
        if len(chosen) == count:
            return chosen
    raise AssertionError(f"the fake's catalog has fewer than {count} such tracks")


async def record_exported(
    hass: HomeAssistant, fake: FakeSpotify, ids: list[str]
) -> None:
    """Store one play of each track as an export names it: no artist URI, no image."""
    records = []
    for number, track_id in enumerate(ids):
        track = fake.catalog.tracks[track_id]
        records.append(
            PlayRecord(
                account=USER_ID,
                source=Source.EXPORT_EXTENDED,
                ended_at=BASE_MS + number * 600_000,
                # More plays for earlier tracks: the ranking keeps their order.
                ms_played=200_000,
                kind=PlayKind.TRACK,
                title=track.name,
                artist=fake.catalog.artists[track.artist_ids[0]].name,
                album=fake.catalog.albums[track.album_id].name,
                item_uri=f"spotify:track:{track_id}",
            )
        )
    await async_get_manager(hass).async_record(records, 0)


async def quiet(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Stop recording the account: the fake's own plays would add covers."""
    await async_stop_recording(hass, entry.entry_id)


async def fresh_client(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, user: MockUser
) -> Client:
    """Connect anew with a new token: the clock's jumps outlast both."""
    refresh = await hass.auth.async_create_refresh_token(user, "http://artwork.test/")
    return await hass_ws_client(hass, hass.auth.async_create_access_token(refresh))


async def ws(client: Client, command: str, **data: Any) -> dict[str, Any]:
    """Send a command and return its successful result."""
    await client.send_json_auto_id({"type": f"encore/{command}", **data})
    answer = await client.receive_json()
    assert answer["success"], answer
    result: dict[str, Any] = answer["result"]
    return result


async def top(
    hass: HomeAssistant, client: Client, kind: str, limit: int = 50
) -> list[dict[str, Any]]:
    """Return the household's all-time ranking, as the page asks it."""
    answer = await ws(
        client, "top_items", kind=kind, period="all_time", everyone=True, limit=limit
    )
    # The look-up it starts ends before the clock moves on (the fake stamps
    # each request with the time it arrives): it runs as a background task.
    await hass.async_block_till_done(wait_background_tasks=True)
    entries: list[dict[str, Any]] = answer["items"]
    return entries


async def item_images(hass: HomeAssistant) -> dict[str, str | None]:
    """Return every item's stored image by key."""

    def read(conn: Connection) -> dict[str, str | None]:
        return dict(conn.execute(select(items.c.key, items.c.image_url)).tuples().all())

    return await async_get_manager(hass).async_read(read)


async def test_look_ups_keep_the_budget_and_never_burst(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: MockUser,
) -> None:
    """40 covers wanted: 30 in the first hour, 3 s apart at least, the rest after.

    Each track is asked about once; what was found is kept and answered.
    """
    await quiet(hass, loaded_entry)
    ids = catalog_tracks(fake_spotify, 40)
    await record_exported(hass, fake_spotify, ids)
    client = await hass_ws_client(hass)
    fake_spotify.reset_calls()

    shown = await top(hass, client, "track")
    assert len(shown) == 40
    assert {entry["image"] for entry in shown} == {None}
    # Twenty minutes of the page open: one look-up per step at most.
    for _ in range(300):
        await advance(hass, freezer, STEP)
    calls = fake_spotify.calls_for(LOOK_UPS)
    assert len(calls) == artwork.BUDGET
    status = async_get_artwork(hass).status()
    assert (status["last_hour"], status["waiting"]) == (artwork.BUDGET, 10)
    moments = [call.at for call in calls]
    assert all(
        later - earlier >= artwork.SPACING.total_seconds()
        for earlier, later in itertools.pairwise(moments)
    )
    # Asking again queues nothing twice and sends nothing beyond the budget.
    # (A new connection: the old one missed the server's heartbeats while
    # the clock jumped.)
    client = await fresh_client(hass, hass_ws_client, hass_admin_user)
    await top(hass, client, "track")
    await advance(hass, freezer, STEP)
    assert len(fake_spotify.calls_for(LOOK_UPS)) == artwork.BUDGET

    # An hour after the first look-up, the rest go out, still one by one.
    await advance(hass, freezer, timedelta(minutes=41))
    for _ in range(20):
        await advance(hass, freezer, STEP)
    calls = fake_spotify.calls_for(LOOK_UPS)
    assert len(calls) == 40
    assert sorted(call.path.rsplit("/", 1)[-1] for call in calls) == sorted(ids)
    for call in calls:
        window = [other for other in calls if 0 <= other.at - call.at < 3600]
        assert len(window) <= artwork.BUDGET
    stored = await item_images(hass)
    for track_id in ids:
        assert stored[f"spotify:track:{track_id}"] == cover(fake_spotify, track_id)
    client = await fresh_client(hass, hass_ws_client, hass_admin_user)
    shown = await top(hass, client, "track")
    assert {entry["uri"]: entry["image"] for entry in shown} == {
        f"spotify:track:{track_id}": cover(fake_spotify, track_id) for track_id in ids
    }
    await advance(hass, freezer, timedelta(hours=2))
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 40


async def test_a_429_stops_look_ups_until_the_gate_reopens(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Spotify asks to wait 10 minutes: not one look-up before, one at a time after."""
    await quiet(hass, loaded_entry)
    ids = catalog_tracks(fake_spotify, 5)
    await record_exported(hass, fake_spotify, ids)
    client = await hass_ws_client(hass)
    fake_spotify.reset_calls()
    fake_spotify.faults.rate_limited(600, path=LOOK_UPS)

    await top(hass, client, "track")
    await advance(hass, freezer, STEP)
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 1
    for _ in range(100):
        await advance(hass, freezer, STEP)
        await top(hass, client, "track")
    # 400 s of a page asking again: nothing went out.
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 1

    await advance(hass, freezer, timedelta(seconds=600 - 100 * STEP.seconds))
    await advance(hass, freezer, timedelta(seconds=1))
    # Reopened: the next look-up, alone; the others follow a step apart.
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 2
    for _ in range(10):
        await advance(hass, freezer, STEP)
    calls = fake_spotify.calls_for(LOOK_UPS)
    assert len(calls) == 6
    moments = [call.at for call in calls]
    assert all(
        later - earlier >= artwork.SPACING.total_seconds()
        for earlier, later in itertools.pairwise(moments)
    )
    stored = await item_images(hass)
    assert all(stored[f"spotify:track:{track_id}"] for track_id in ids)


async def test_artists_and_albums_are_found_through_their_tracks(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """An exported artist has no URI: a track names it, then its picture is asked.

    The page is told after each look-up; an album's cover is its tracks';
    the item page answers the track's.
    """
    await quiet(hass, loaded_entry)
    ids = catalog_tracks(fake_spotify, 2)
    await record_exported(hass, fake_spotify, ids)
    client = await hass_ws_client(hass)
    events = await hass_ws_client(hass)
    await events.send_json_auto_id({"type": "encore/subscribe_artwork"})
    assert (await events.receive_json())["success"]
    fake_spotify.reset_calls()
    manager = async_get_manager(hass)
    generation = manager.store.generation

    await top(hass, client, "artist")
    for _ in range(8):
        await advance(hass, freezer, STEP)
    # Keeping artwork left every shared answer good but the rankings'.
    assert manager.store.generation == generation
    assert manager.artwork_generation == 4
    # Two artists, two requests each: their track, then their picture.
    paths = [call.path for call in fake_spotify.calls_for(LOOK_UPS)]
    assert len(paths) == 4
    assert sum(path.startswith("/v1/artists/") for path in paths) == 2
    # The page was told after each look-up kept what it found.
    for _ in paths:
        assert (await events.receive_json())["type"] == "event"
    firsts = [fake_spotify.catalog.tracks[track_id].artist_ids[0] for track_id in ids]
    shown = await top(hass, client, "artist")
    assert {entry["name"]: entry["image"] for entry in shown} == {
        fake_spotify.catalog.artists[first].name: picture(fake_spotify, first)
        for first in firsts
    }

    def uris(conn: Connection) -> set[str | None]:
        return set(conn.execute(select(artists.c.spotify_uri)).scalars())

    assert await async_get_manager(hass).async_read(uris) == {
        f"spotify:artist:{first}" for first in firsts
    }
    # The artists' tracks were asked about already: their albums cost nothing.
    albums = await top(hass, client, "album")
    assert {entry["image"] for entry in albums} == {
        cover(fake_spotify, track_id) for track_id in ids
    }
    for _ in range(3):
        await advance(hass, freezer, STEP)
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 4
    track = fake_spotify.catalog.tracks[ids[0]]
    page = await ws(
        client,
        "item",
        track=track.name,
        artist=fake_spotify.catalog.artists[track.artist_ids[0]].name,
        period="all_time",
        everyone=True,
    )
    assert page["image"] == cover(fake_spotify, ids[0])


async def test_recently_played_keeps_the_covers_it_lists(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """The first poll's tracks come with their albums' covers: none is looked up."""
    fake_spotify.reset_calls()
    await advance(hass, freezer, FIRST_POLL)
    stored = {
        key: url
        for key, url in (await item_images(hass)).items()
        if key.startswith("spotify:track:")
    }
    assert stored
    assert stored == {
        key: cover(fake_spotify, key.rsplit(":", 1)[-1]) for key in stored
    }
    assert fake_spotify.calls_for(LOOK_UPS) == []
