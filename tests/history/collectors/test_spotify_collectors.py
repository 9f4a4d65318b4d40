"""The Spotify collectors: recently-played and now-playing, into the history.

A real Home Assistant runs Encore against the fake Spotify. The fake's player
advances with the frozen clock and records its own list of finished plays
(`library.plays`): that list, not Encore's SQL, says what should be stored.
"""

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import orjson
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import Connection, Row, select

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant

from custom_components.encore.history import manager as history_manager
from custom_components.encore.history.collectors import spotify_recent
from custom_components.encore.history.collectors.spotify_account import (
    async_remove_recording,
    recording_of,
)
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, Source
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.history.store.schema import items, jobs, plays
from custom_components.encore.spotify.account import SpotifyAccount
from custom_components.encore.spotify.planner import RECENT_WHILE_IDLE
from fakes.spotify.faults import respond
from fakes.spotify.library import Play
from fakes.spotify.player import MIN_PLAYED_MS, now_ms
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import advance

RECENT = 1 << Source.SPOTIFY_RECENT
PLAYER = 1 << Source.SPOTIFY_PLAYER
FIRST_POLL = spotify_recent.FIRST_POLL_DELAY + timedelta(seconds=1)
RECENT_PATH = r"^/v1/me/player/recently-played"
# The player collector's times are exact against the fake (no network drift).
TOLERANCE_MS = 1_000


def account_of(entry: MockConfigEntry) -> SpotifyAccount:
    """Return the entry's live account."""
    account = entry.runtime_data.account
    assert isinstance(account, SpotifyAccount)
    return account


async def stored_plays(hass: HomeAssistant) -> list[Row[Any]]:
    """Return every stored play with its item's URI and key, oldest first."""

    def read(conn: Connection) -> list[Row[Any]]:
        return list(
            conn.execute(
                select(
                    plays.c.id,
                    plays.c.source,
                    plays.c.sources,
                    plays.c.started_at,
                    plays.c.ended_at,
                    plays.c.ms_played,
                    plays.c.kind,
                    plays.c.context_uri,
                    plays.c.skipped,
                    plays.c.incognito,
                    items.c.uri,
                    items.c.key,
                    items.c.title,
                )
                .join(items, items.c.id == plays.c.item_id)
                .order_by(plays.c.ended_at, plays.c.id)
            ).all()
        )

    return await async_get_manager(hass).async_read(read)


async def stored_jobs(hass: HomeAssistant, kind: str) -> list[dict[str, Any]]:
    """Return the jobs of one kind, oldest first, counts decoded."""

    def read(conn: Connection) -> list[dict[str, Any]]:
        rows = conn.execute(
            select(jobs).where(jobs.c.kind == kind).order_by(jobs.c.id)
        ).mappings()
        return [{**row, "counts": orjson.loads(row["counts"])} for row in rows]

    return await async_get_manager(hass).async_read(read)


def fake_plays(user: FakeUser) -> list[Play]:
    """Return every play the fake recorded, oldest first, up to now."""
    user.player.sync()  # the fake's player catches up with the clock lazily
    return list(user.library.plays)


def match_plays(
    expected: Sequence[Play], rows: Sequence[Row[Any]]
) -> list[tuple[Play, Row[Any]]]:
    """Pair each of the fake's plays with one stored row of the same track.

    Each row ends within a second of the fake's `played_at` and is used once:
    a play missing or stored twice fails.
    """
    free = list(rows)
    pairs: list[tuple[Play, Row[Any]]] = []
    for play in expected:
        candidates = [
            row
            for row in free
            if row.uri == play.uri
            and abs(row.ended_at - play.played_at_ms) <= TOLERANCE_MS
        ]
        assert len(candidates) == 1, (play, candidates)
        free.remove(candidates[0])
        pairs.append((play, candidates[0]))
    assert not free, f"rows without a play in the fake: {free}"
    return pairs


def tracks(fake: FakeSpotify, count: int, *, longer_than_ms: int = 0) -> list[str]:
    """Return the URIs of `count` catalog tracks (in catalog order)."""
    found = [
        track.uri
        for track in fake.catalog.tracks.values()
        if track.duration_ms > longer_than_ms
    ]
    return found[:count]


def duration(fake: FakeSpotify, uri: str) -> int:
    """Return an item's length."""
    return fake.catalog.duration_ms(uri)


def road_trip(user: FakeUser) -> str:
    """Return the URI of the seeded "Road Trip" playlist (60 entries)."""
    return next(
        f"spotify:playlist:{playlist.id}"
        for playlist in user.catalog.playlists.values()
        if playlist.name == "Road Trip"
    )


async def observe(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Let the playback coordinator ask Spotify now (as it does after a command)."""
    await account_of(entry).playback.async_refresh()
    await hass.async_block_till_done()


async def play_for(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, total: timedelta
) -> None:
    """Let `total` pass in 30-second steps, timers firing on the way."""
    step = timedelta(seconds=30)
    while total > timedelta(0):
        await advance(hass, freezer, min(step, total))
        total -= step


# -- recently played ---------------------------------------------------------


async def test_first_poll_backfills_the_50_most_recent(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """The first poll stores the 50 plays Spotify still reaches (of 60 seeded)."""
    assert len(fake_plays(spotify_user)) == 60
    assert await stored_plays(hass) == []

    await advance(hass, freezer, FIRST_POLL)

    rows = await stored_plays(hass)
    pairs = match_plays(fake_plays(spotify_user)[-50:], rows)
    assert {row.sources for row in rows} == {RECENT}
    for play, row in pairs:
        assert row.ended_at == play.played_at_ms
        assert row.ms_played == duration(fake_spotify, play.uri)
        assert row.context_uri == (play.context or {}).get("uri")
        assert row.kind == PlayKind.TRACK
    calls = fake_spotify.calls_for(RECENT_PATH)
    assert [call.query for call in calls] == [{"limit": "50"}]
    recent = recording_of(hass, loaded_entry.entry_id).recent
    assert recent is not None
    assert recent.cursor == fake_plays(spotify_user)[-1].played_at_ms
    assert recent.status()["last_counts"]["stored"] == 50


async def test_three_hours_with_an_outage_store_every_play_once(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Three hours of listening, 20 minutes of 503s: every play once, none lost."""
    await advance(hass, freezer, FIRST_POLL)
    seeded = fake_plays(spotify_user)[-50:]
    player = spotify_user.player
    player.external_play(context_uri=road_trip(spotify_user))
    player.external_repeat("context")
    started = now_ms()

    await play_for(hass, freezer, timedelta(minutes=80))
    outage = fake_spotify.faults.outage(20 * 60)
    await play_for(hass, freezer, timedelta(minutes=20))
    assert outage.exhausted
    assert outage.hits > 0
    await play_for(hass, freezer, timedelta(minutes=80))
    player.external_pause()
    await play_for(hass, freezer, timedelta(minutes=20))

    played = [play for play in fake_plays(spotify_user) if play.played_at_ms > started]
    assert len(played) > 30  # with the backfill, far more than the 50 reachable
    rows = await stored_plays(hass)
    tracks_stored = [row for row in rows if row.sources & RECENT]
    match_plays([*seeded, *played], tracks_stored)
    # What the player alone saw: the episode and the local file of the
    # playlist, and no track that recently-played lists.
    player_only = [row for row in rows if not row.sources & RECENT]
    assert all(
        row.kind == PlayKind.EPISODE or row.key.startswith("local:")
        for row in player_only
    ), player_only
    # Tracks the player saw too carry its measure, not just the track length.
    assert any(row.sources == RECENT | PLAYER for row in tracks_stored)

    recent_jobs = await stored_jobs(hass, "spotify_recent")
    failed = [job for job in recent_jobs if job["status"] == "failed"]
    assert failed
    assert all("503" in job["error"] for job in failed)
    assert recent_jobs[-1]["status"] == "completed"
    assert sum(job["counts"]["fetched"] for job in recent_jobs) >= len(played) + 50
    # Idle polls every 15 minutes, every 5 while playing: about 40 in 3 hours.
    assert len(fake_spotify.calls_for(RECENT_PATH)) < 60


async def test_a_full_window_since_the_cursor_is_read_to_its_end_and_reported(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """50 new plays since the last poll: all stored, and the possible gap logged."""
    await advance(hass, freezer, FIRST_POLL)
    backfilled = fake_plays(spotify_user)[-50:]
    cursor = backfilled[-1].played_at_ms
    catalog = tracks(fake_spotify, 60)
    for number in range(55):
        spotify_user.library.add_play(catalog[number], cursor + 60_000 * (number + 1))
    fake_spotify.reset_calls()
    await advance(hass, freezer, RECENT_WHILE_IDLE)

    assert [call.query for call in fake_spotify.calls_for(RECENT_PATH)] == [
        {"after": str(cursor), "limit": "50"},
        {"after": str(fake_plays(spotify_user)[-1].played_at_ms), "limit": "50"},
    ]
    # The five oldest of the 55 fell out of Spotify's window before the poll.
    rows = await stored_plays(hass)
    match_plays([*backfilled, *fake_plays(spotify_user)[-50:]], rows)
    assert "may be missing from the history" in caplog.text


# -- now playing -------------------------------------------------------------


async def test_player_fills_in_what_recently_played_leaves_out(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Skips, episodes, local files, private sessions; a shared play is one row."""
    await advance(hass, freezer, FIRST_POLL)
    player = spotify_user.player
    skipped, shared, private = tracks(fake_spotify, 3, longer_than_ms=150_000)
    episode = f"spotify:episode:{next(iter(fake_spotify.catalog.episodes))}"
    local = next(iter(fake_spotify.catalog.local_tracks))

    # A skip after 10 s: the coordinator saw it start, then the next item.
    player.external_play(uris=[skipped, shared])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=10))
    player.external_next()
    await observe(hass, loaded_entry)
    # The next track: 30 s heard, a jump to a minute before its end, to the end.
    await advance(hass, freezer, timedelta(seconds=30))
    player.external_seek(duration(fake_spotify, shared) - 60_000)
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=61))  # ends; the list ends
    # An episode, a local file, then a private session (whose item this
    # client shows).
    player.external_play(uris=[episode])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=90))
    player.external_play(uris=[local])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=45))
    player.hide_private_items = False
    player.set_private_session()
    player.external_play(uris=[private])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=60))
    player.set_private_session(False)
    player.external_pause()
    await advance(hass, freezer, timedelta(minutes=31))  # a pause for good
    await advance(hass, freezer, timedelta(minutes=15))  # recently-played again

    rows = [row for row in await stored_plays(hass) if row.sources != RECENT]
    by_item = {row.key: row for row in rows}
    assert len(rows) == len(by_item) == 5
    assert by_item[skipped].sources == PLAYER
    assert (by_item[skipped].ms_played, by_item[skipped].skipped) == (10_000, True)
    assert by_item[skipped].ms_played < MIN_PLAYED_MS
    assert by_item[shared].sources == PLAYER | RECENT
    assert by_item[shared].ms_played == 30_000 + 60_000  # heard, not its length
    fake_play = fake_plays(spotify_user)[-1]
    assert fake_play.uri == shared
    assert by_item[shared].ended_at == fake_play.played_at_ms
    assert (by_item[episode].sources, by_item[episode].kind) == (
        PLAYER,
        PlayKind.EPISODE,
    )
    assert by_item[episode].ms_played == 90_000
    local_row = next(row for row in rows if row.key.startswith("local:"))
    assert (local_row.sources, local_row.uri, local_row.ms_played) == (
        PLAYER,
        None,
        45_000,
    )
    assert by_item[private].sources == PLAYER
    assert (by_item[private].incognito, by_item[private].ms_played) == (True, 60_000)
    # Recently-played listed the one shared track, nothing else of this.
    assert [play.uri for play in fake_plays(spotify_user)[-1:]] == [shared]


async def test_hidden_private_session_and_ads_are_no_plays(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """What Spotify hides (private session) or sells (ads) is not recorded."""
    await advance(hass, freezer, FIRST_POLL)
    player = spotify_user.player
    (track,) = tracks(fake_spotify, 1, longer_than_ms=200_000)
    player.set_private_session()
    player.external_play(uris=[track])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=60))
    player.set_private_session(False)
    player.start_ad(duration_ms=30_000)
    await observe(hass, loaded_entry)
    player.end_session()
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(minutes=15))
    assert [row for row in await stored_plays(hass) if row.sources != RECENT] == []


async def test_repeat_one_is_two_plays(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """The same track twice in a row is two plays, each seen by both collectors."""
    await advance(hass, freezer, FIRST_POLL)
    player = spotify_user.player
    (track,) = tracks(fake_spotify, 1)
    length = duration(fake_spotify, track)
    player.external_play(uris=[track])
    player.external_repeat("track")
    await observe(hass, loaded_entry)
    await play_for(hass, freezer, timedelta(milliseconds=length + 60_000))
    player.external_repeat("off")  # the second time is the last
    await play_for(hass, freezer, timedelta(milliseconds=length))
    await advance(hass, freezer, timedelta(minutes=15))

    repeated = [play for play in fake_plays(spotify_user) if play.uri == track]
    assert len(repeated) == 2
    rows = [row for row in await stored_plays(hass) if row.key == track]
    match_plays(repeated, rows)
    assert [(row.sources, row.ms_played) for row in rows] == [
        (RECENT | PLAYER, length),
        (RECENT | PLAYER, length),
    ]


# -- rate limits, jobs, restarts ---------------------------------------------


async def test_rate_limit_waits_for_the_gate_and_loses_nothing(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """A 429 on the poll closes the gate: no call until it reopens, then all."""
    fake_spotify.faults.rate_limited(600, path=RECENT_PATH)
    spotify_user.player.external_play(context_uri=road_trip(spotify_user))
    await advance(hass, freezer, FIRST_POLL)
    gate = account_of(loaded_entry).client.gate
    assert not gate.is_open
    fake_spotify.reset_calls()

    await play_for(hass, freezer, timedelta(minutes=9, seconds=30))
    assert fake_spotify.calls == []
    await play_for(hass, freezer, timedelta(minutes=1))
    assert gate.is_open
    assert len(fake_spotify.calls_for(RECENT_PATH)) == 1

    recent_jobs = await stored_jobs(hass, "spotify_recent")
    assert [job["status"] for job in recent_jobs] == ["failed", "completed"]
    assert "slow down" in recent_jobs[0]["error"]
    # The poll after the wait got the 50 newest plays of that moment,
    # including those that ended while the gate was closed.
    polled_at = recent_jobs[1]["started_at"]
    expected = [
        play for play in fake_plays(spotify_user) if play.played_at_ms < polled_at
    ]
    assert any(play.played_at_ms > recent_jobs[0]["started_at"] for play in expected)
    rows = await stored_plays(hass)
    match_plays(expected[-50:], [row for row in rows if row.sources & RECENT])
    assert recent_jobs[1]["counts"]["fetched"] == 50


async def test_each_poll_is_a_job_and_errors_hold_no_token(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Counts per poll; a refused poll is a failed job with Spotify's words only."""
    await advance(hass, freezer, FIRST_POLL)
    spotify_user.library.add_play(tracks(fake_spotify, 1)[0], now_ms() - 1_000)
    token = loaded_entry.data["token"]["access_token"]
    fake_spotify.faults.add(
        respond(
            400,
            json={"error": {"status": 400, "message": f"Bad header: Bearer {token}"}},
        ),
        path=RECENT_PATH,
    )
    await advance(hass, freezer, RECENT_WHILE_IDLE)
    retry = spotify_recent.RETRY_DELAY + timedelta(seconds=1)
    await advance(hass, freezer, retry)

    recent_jobs = await stored_jobs(hass, "spotify_recent")
    assert [job["status"] for job in recent_jobs] == [
        "completed",
        "failed",
        "completed",
    ]
    first, failed, retried = recent_jobs
    assert first["counts"] == {
        "fetched": 50,
        "stored": 50,
        "merged": 0,
        "duplicates": 0,
        "skipped": 0,
    }
    assert first["started_at"] <= first["finished_at"]
    assert orjson.loads(first["detail"]) == {"after": None}
    assert "HTTP 400" in failed["error"]
    assert "Bad header" in failed["error"]
    assert token not in failed["error"]
    assert failed["finished_at"] is not None
    assert retried["counts"]["fetched"] == 1
    assert retried["counts"]["stored"] == 1
    recent = recording_of(hass, loaded_entry.entry_id).recent
    assert recent is not None
    assert orjson.loads(retried["detail"]) == {
        "after": fake_plays(spotify_user)[-2].played_at_ms
    }
    assert recent.status()["last_error"] is None

    # The player collector's run is one job, ended when the entry unloads.
    player_jobs = await stored_jobs(hass, "spotify_player")
    assert [job["status"] for job in player_jobs] == ["running"]
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    player_jobs = await stored_jobs(hass, "spotify_player")
    assert [job["status"] for job in player_jobs] == ["stopped", "running"]
    assert player_jobs[0]["finished_at"] is not None


async def test_restart_keeps_the_cursor_and_the_open_play(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """After a reload nothing before the cursor is fetched, and a stream goes on."""
    await advance(hass, freezer, FIRST_POLL)
    cursor = fake_plays(spotify_user)[-1].played_at_ms
    (track,) = tracks(fake_spotify, 1, longer_than_ms=200_000)
    spotify_user.player.external_play(uris=[track])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=60))

    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert loaded_entry.state is ConfigEntryState.LOADED
    flushed = [row for row in await stored_plays(hass) if row.key == track]
    assert [(row.sources, row.ms_played) for row in flushed] == [(PLAYER, 60_000)]

    fake_spotify.reset_calls()
    await advance(hass, freezer, FIRST_POLL)
    assert [call.query for call in fake_spotify.calls_for(RECENT_PATH)] == [
        {"after": str(cursor), "limit": "50"}
    ]
    await play_for(hass, freezer, timedelta(milliseconds=duration(fake_spotify, track)))
    await advance(hass, freezer, timedelta(minutes=15))

    rows = [row for row in await stored_plays(hass) if row.key == track]
    assert [(row.id, row.sources) for row in rows] == [(flushed[0].id, PLAYER | RECENT)]
    assert rows[0].ms_played == duration(fake_spotify, track)
    assert len(await stored_plays(hass)) == 51
    recent_jobs = await stored_jobs(hass, "spotify_recent")
    fetched = [job["counts"]["fetched"] for job in recent_jobs]
    assert fetched[:2] == [50, 0]
    assert sum(fetched) == 51


async def test_stopping_home_assistant_records_what_was_heard(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """Home Assistant stopping (entries stay loaded) writes the open play."""
    (track,) = tracks(fake_spotify, 1, longer_than_ms=200_000)
    spotify_user.player.external_play(uris=[track])
    await observe(hass, loaded_entry)
    await advance(hass, freezer, timedelta(seconds=45))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done()

    rows = [row for row in await stored_plays(hass) if row.key == track]
    assert [(row.sources, row.ms_played) for row in rows] == [(PLAYER, 45_000)]
    kept = hass_storage[f"encore.{loaded_entry.entry_id}.now_playing"]["data"]
    assert (kept["play_id"], kept["key"], kept["heard"]) == (rows[0].id, track, 45_000)
    collector = recording_of(hass, loaded_entry.entry_id).player
    assert collector is not None
    assert collector.status()["running"] is False


async def test_removed_entry_forgets_what_the_collectors_kept(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    loaded_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """The cursor and the remembered open play go with the entry (plays stay)."""
    await advance(hass, freezer, FIRST_POLL)
    keys = [
        f"encore.{loaded_entry.entry_id}.recently_played",
        f"encore.{loaded_entry.entry_id}.now_playing",
    ]
    assert keys[0] in hass_storage
    hass_storage[keys[1]] = {"version": 1, "key": keys[1], "data": {}}
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    await async_remove_recording(hass, loaded_entry.entry_id)
    assert not any(key in hass_storage for key in keys)


async def test_player_works_without_a_history(
    hass: HomeAssistant,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
) -> None:
    """A history that cannot open leaves the collectors off, not the account."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    url = sqlite_url(not_a_folder / "history.db")
    monkeypatch.setattr(
        history_manager.HistoryManager, "default_url", property(lambda _self: url)
    )
    assert await hass.config_entries.async_setup(spotify_entry.entry_id)
    await hass.async_block_till_done()
    assert spotify_entry.state is ConfigEntryState.LOADED
    recording = recording_of(hass, spotify_entry.entry_id)
    assert (recording.recent, recording.player) == (None, None)
    assert await hass.config_entries.async_unload(spotify_entry.entry_id)
