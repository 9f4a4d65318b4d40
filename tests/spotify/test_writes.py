"""Changing Spotify from the history: the write option, playlists, likes, the queue.

A real Home Assistant, the history entry and a Spotify account on the fake
Spotify over HTTP, which answers the 2026 write endpoints as Spotify does.
"""

from datetime import datetime, timedelta
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.components.media_player.browse_media import BrowseMedia
from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.config_entries import (
    SOURCE_REAUTH,
    ConfigEntryDisabler,
    ConfigEntryState,
)
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_ALLOW_WRITES,
    CONF_KIND,
    CONF_PERSONS,
    CONF_RECAP_HOUSEHOLD,
    DOMAIN,
    SPOTIFY_SCOPES,
    SPOTIFY_WRITE_SCOPES,
    EntryKind,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.spotify.browse import NODE_PREFIX
from fakes.spotify.catalog import Playlist
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import USER_ID, SetupEntry, advance, entry_for, this_month_step
from tests.test_config_flow import consent

ENTITY = "media_player.ada_listener"
READ_ONLY = " ".join(SPOTIFY_SCOPES)


@pytest.fixture(autouse=True)
async def components(hass: HomeAssistant) -> None:
    """media_player, as default_config loads it, before HTTP freezes."""
    assert await async_setup_component(hass, MP_DOMAIN, {})


async def _history(
    hass: HomeAssistant, fake: FakeSpotify, entry: MockConfigEntry, setup: SetupEntry
) -> None:
    history = MockConfigEntry(
        domain=DOMAIN, unique_id="history", data={CONF_KIND: EntryKind.HISTORY}
    )
    history.add_to_hass(hass)
    entry.add_to_hass(hass)
    assert await setup(history)
    assert entry.state is ConfigEntryState.LOADED


async def _play(hass: HomeAssistant, fake: FakeSpotify, count: int) -> list[str]:
    """Write one play of each of `count` catalog songs; return them best first.

    Each song is played a little longer than the next, so the ranking (by
    plays, then time) is the list's order.
    """
    catalog = fake.catalog
    uris = [f"spotify:track:{track_id}" for track_id in list(catalog.tracks)[:count]]
    now = dt_util.now()
    # "This month" must hold every play, on the first of a month too.
    step = this_month_step(now, count + 10, timedelta(minutes=1))
    records = [
        PlayRecord(
            account=USER_ID,
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(now - step * (5 + rank)),
            ms_played=100_000 + (count - rank) * 100,
            kind=PlayKind.TRACK,
            title=catalog.tracks[uri.rsplit(":", 1)[1]].name,
            # An artist each: the catalog repeats titles, and one artist's
            # songs of one title are one recording in a ranking (issue 35.4).
            artist=f"Artist {rank}",
            album="Some Album",
            item_uri=uri,
        )
        for rank, uri in enumerate(uris)
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    return uris


@pytest.fixture
async def writable(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
    setup_entry: SetupEntry,
) -> MockConfigEntry:
    """The account with writes on and granted, and the history."""
    entry = entry_for(
        fake_spotify,
        spotify_user,
        scope=" ".join((*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES)),
        options={CONF_ALLOW_WRITES: True},
    )
    await _history(hass, fake_spotify, entry, setup_entry)
    return entry


async def _call(
    hass: HomeAssistant, service: str, context: Context | None = None, **data: Any
) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=True,
        context=context,
    )


async def async_browse_media(
    hass: HomeAssistant, entity_id: str, content_id: str
) -> BrowseMedia:
    """Browse the player as the media browser does."""
    entity = hass.data[MP_DOMAIN].get_entity(entity_id)
    browsed: BrowseMedia = await entity.async_browse_media("app", content_id)
    return browsed


def _items(fake: FakeSpotify, uri: str) -> list[str]:
    return [
        entry.uri for entry in fake.catalog.playlists[uri.rsplit(":", 1)[1]].entries
    ]


async def test_create_playlist_of_the_top_250(
    hass: HomeAssistant, fake_spotify: FakeSpotify, writable: MockConfigEntry
) -> None:
    """Made with POST /me/playlists, filled by one replace and two appends, in order."""
    ranked = await _play(hass, fake_spotify, 250)
    fake_spotify.reset_calls()
    answer = await _call(
        hass, "create_playlist", period="this_month", limit=250, name="Best of"
    )
    assert answer["uri"].startswith("spotify:playlist:")
    assert answer["complete"] is True
    assert answer["written"] == answer["total"] == 250
    assert _items(fake_spotify, answer["uri"]) == ranked
    counts = fake_spotify.call_counts()
    assert counts["POST /v1/me/playlists"] == 1
    assert counts["PUT /v1/playlists/{playlist_id}/items"] == 1
    assert counts["POST /v1/playlists/{playlist_id}/items"] == 2
    playlist = fake_spotify.catalog.playlists[answer["uri"].rsplit(":", 1)[1]]
    assert playlist.name == "Best of"
    assert playlist.owner_id == USER_ID
    assert playlist.public is False


async def test_a_429_halfway_resumes_where_it_stopped(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    writable: MockConfigEntry,
) -> None:
    """The second chunk meets a 429: the rest follows once the gate reopens, once."""
    ranked = await _play(hass, fake_spotify, 250)
    fake_spotify.faults.rate_limited(
        30, path=r"^/v1/playlists/[^/]+/items", method="POST"
    )
    answer = await _call(hass, "create_playlist", limit=250)
    assert answer["complete"] is False
    assert answer["written"] == 100
    assert answer["resumes_at"]
    assert _items(fake_spotify, answer["uri"]) == ranked[:100]
    # While the gate is closed nothing goes out; then the write goes on.
    await advance(hass, freezer, timedelta(seconds=20))
    assert _items(fake_spotify, answer["uri"]) == ranked[:100]
    await advance(hass, freezer, timedelta(seconds=15))
    assert _items(fake_spotify, answer["uri"]) == ranked


async def test_recipe_and_the_limit(
    hass: HomeAssistant, fake_spotify: FakeSpotify, writable: MockConfigEntry
) -> None:
    """A media-source recipe makes a playlist too; more than 500 is refused."""
    ranked = await _play(hass, fake_spotify, 5)
    answer = await _call(hass, "create_playlist", recipe="on_repeat", limit=3)
    assert _items(fake_spotify, answer["uri"]) == ranked[:3]
    with pytest.raises(ServiceValidationError):
        await _call(hass, "create_playlist", recipe="on_repeat", period="this_year")
    with pytest.raises(Exception, match="500"):
        await _call(hass, "create_playlist", limit=501)


async def test_keep_playlist_daily_and_forget_when_deleted(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
) -> None:
    """Kept current once a day; deleted in Spotify, Encore lets go without a word."""
    ranked = await _play(hass, fake_spotify, 3)
    answer = await _call(hass, "create_playlist", period="all_time", limit=10)
    uri = answer["uri"]
    kept = await _call(hass, "keep_playlist", playlist=uri)
    assert kept["kept"] is True
    assert _items(fake_spotify, uri) == ranked
    more = await _play(hass, fake_spotify, 6)
    await advance(hass, freezer, timedelta(days=1, seconds=1))
    # New plays of the first songs rank them ahead; each song once.
    assert _items(fake_spotify, uri)[:3] == more[:3]
    assert len(_items(fake_spotify, uri)) == len(set(_items(fake_spotify, uri))) == 6
    # The user deletes it in Spotify (it leaves their library).
    spotify_user.library.playlist_ids.remove(uri.rsplit(":", 1)[1])
    fake_spotify.reset_calls()
    await advance(hass, freezer, timedelta(days=1, seconds=1))
    assert fake_spotify.call_counts()["PUT /v1/playlists/{playlist_id}/items"] == 0
    with pytest.raises(ServiceValidationError, match="didn't make"):
        await _call(hass, "keep_playlist", playlist=uri)


async def test_a_kept_playlist_waits_while_writes_are_off(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    writable: MockConfigEntry,
) -> None:
    """Writes turned off: the daily refresh writes nothing and forgets nothing.

    Turned on again, the next day's refresh brings the playlist up to date.
    """
    await _play(hass, fake_spotify, 3)
    uri = (await _call(hass, "create_playlist", period="all_time", limit=10))["uri"]
    await _call(hass, "keep_playlist", playlist=uri)
    more = await _play(hass, fake_spotify, 6)
    hass.config_entries.async_update_entry(
        writable, options={**writable.options, CONF_ALLOW_WRITES: False}
    )
    await hass.async_block_till_done()
    fake_spotify.reset_calls()
    await advance(hass, freezer, timedelta(days=1, seconds=1))
    assert fake_spotify.call_counts()["PUT /v1/playlists/{playlist_id}/items"] == 0
    assert len(_items(fake_spotify, uri)) == 3
    hass.config_entries.async_update_entry(
        writable, options={**writable.options, CONF_ALLOW_WRITES: True}
    )
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(days=1, seconds=1))
    # Brought up to date (the entry's reload may have collected the account's
    # recently played songs too): the new plays first, each song once.
    refreshed = _items(fake_spotify, uri)
    assert refreshed[:3] == more[:3]
    assert len(refreshed) == len(set(refreshed)) > 3


async def test_writes_are_off_by_default_and_the_option_signs_in_again(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_client_no_auth: ClientSessionGenerator,
    current_request_with_host: None,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
    setup_entry: SetupEntry,
) -> None:
    """Off: refused, everything else works. On: Spotify's consent asks for the writes."""
    entry = entry_for(fake_spotify, spotify_user, scope=READ_ONLY)
    await _history(hass, fake_spotify, entry, setup_entry)
    await _play(hass, fake_spotify, 3)
    with pytest.raises(ServiceValidationError, match="Turn on"):
        await _call(hass, "create_playlist")
    assert fake_spotify.call_counts()["POST /v1/me/playlists"] == 0

    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "settings"}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_ALLOW_WRITES: True}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    # On but not granted yet: the repair offers the sign-in.
    with pytest.raises(HomeAssistantError, match="playlist-modify-private"):
        await _call(hass, "create_playlist")
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"writes_need_sign_in_{entry.entry_id}"
    )
    assert issue is not None
    assert issue.is_fixable
    flows = [
        flow
        for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
        if flow["context"]["source"] == SOURCE_REAUTH
    ]
    assert len(flows) == 1
    result = await hass.config_entries.flow.async_configure(flows[0]["flow_id"], {})
    query = await consent(hass, hass_client_no_auth, result)
    assert set(query["scope"].split()) == {*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES}
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert (
        ir.async_get(hass).async_get_issue(
            DOMAIN, f"writes_need_sign_in_{entry.entry_id}"
        )
        is None
    )
    answer = await _call(hass, "create_playlist")
    assert answer["complete"] is True

    # Off again: refused, and the playlist Encore made is not forgotten.
    hass.config_entries.async_update_entry(entry, options={CONF_ALLOW_WRITES: False})
    with pytest.raises(ServiceValidationError, match="Turn on"):
        await _call(hass, "keep_playlist", playlist=answer["uri"])
    hass.config_entries.async_update_entry(entry, options={CONF_ALLOW_WRITES: True})
    kept = await _call(hass, "keep_playlist", playlist=answer["uri"])
    assert kept["kept"] is True


async def test_a_token_without_the_scope_offers_the_sign_in(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
    setup_entry: SetupEntry,
) -> None:
    """Spotify's 403 "Insufficient client scope" names the permission and raises the repair."""
    # The entry believes it was granted; Spotify's token says otherwise.
    entry = entry_for(fake_spotify, spotify_user, scope=READ_ONLY)
    entry.add_to_hass(hass)
    token = dict(entry.data["token"])
    token["scope"] = " ".join((*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES))
    hass.config_entries.async_update_entry(
        entry,
        data={**entry.data, "token": token},
        options={CONF_ALLOW_WRITES: True},
    )
    await _history(hass, fake_spotify, entry, setup_entry)
    with pytest.raises(HomeAssistantError, match="Sign in again"):
        await _call(
            hass, "save_to_library", uris=[next(iter(_track_uris(fake_spotify)))]
        )
    issue_id = f"writes_need_sign_in_{entry.entry_id}"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders["permission"] == "user-library-modify"
    # The repair's fix starts the sign-in again.
    assert await async_setup_component(hass, "repairs", {})
    flows = repairs_flow_manager(hass)
    assert flows is not None
    result = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert result["step_id"] == "confirm"
    assert result["description_placeholders"]["account"] == entry.title
    result = await flows.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert any(
        flow["context"]["source"] == SOURCE_REAUTH
        for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    )


def _track_uris(fake: FakeSpotify) -> list[str]:
    return [f"spotify:track:{track_id}" for track_id in fake.catalog.tracks]


async def test_only_the_linked_person_or_an_admin_may_write(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_read_only_user: MockUser,
) -> None:
    """A non-admin not linked to the account is refused; linked, they may."""
    assert await async_setup_component(
        hass,
        "person",
        {"person": [{"id": "bob", "name": "Bob", "user_id": hass_read_only_user.id}]},
    )
    await hass.async_block_till_done()
    track = next(
        uri
        for uri in _track_uris(fake_spotify)
        if uri.rsplit(":", 1)[1] not in spotify_user.library.saved_track_ids
    )
    bob = Context(user_id=hass_read_only_user.id)
    saved_before = list(spotify_user.library.saved_track_ids)
    for service, data in (
        ("save_to_library", {"uris": [track]}),
        ("remove_from_library", {"uris": [track]}),
        ("create_playlist", {}),
    ):
        with pytest.raises(ServiceValidationError, match="can't change") as err:
            await _call(hass, service, bob, account=writable.entry_id, **data)
        assert err.value.translation_key == "write_not_yours"
    assert spotify_user.library.saved_track_ids == saved_before
    # An administrator may.
    await _call(
        hass, "save_to_library", Context(user_id=hass_admin_user.id), uris=[track]
    )
    assert spotify_user.library.saved_track_ids[0] == track.rsplit(":", 1)[1]
    # Linked to Bob's person: Bob may.
    hass.config_entries.async_update_entry(
        writable, options={**writable.options, CONF_PERSONS: ["person.bob"]}
    )
    await _call(hass, "remove_from_library", bob, uris=[track])
    assert track.rsplit(":", 1)[1] not in spotify_user.library.saved_track_ids


async def test_like_what_plays_and_the_player_shows_it(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
    hass_ws_client: Any,
) -> None:
    """Saving the current song; the player asks `contains` once per item.

    Only while someone can see it: nothing is asked before a frontend opens.
    """
    unsaved = next(
        uri
        for uri in _track_uris(fake_spotify)
        if uri.rsplit(":", 1)[1] not in spotify_user.library.saved_track_ids
    )
    desktop = next(
        d.id for d in spotify_user.player.devices if d.name == "DESKTOP-ENCORE"
    )
    spotify_user.player.external_play(uris=[unsaved], device_id=desktop)
    await advance(hass, freezer, timedelta(seconds=121))
    state = hass.states.get(ENTITY)
    assert state.attributes["media_content_id"] == unsaved
    assert state.attributes["saved"] is None
    assert fake_spotify.call_counts()["GET /v1/me/library/contains"] == 0
    # A dashboard opens: the like state of what plays now is asked at once.
    await hass_ws_client(hass)
    await hass.async_block_till_done(wait_background_tasks=True)
    state = hass.states.get(ENTITY)
    assert state.attributes["saved"] is False
    asked = fake_spotify.call_counts()["GET /v1/me/library/contains"]
    assert asked == 1
    answer = await _call(hass, "save_to_library")
    assert answer["uris"] == [unsaved]
    assert spotify_user.library.saved_track_ids[0] == unsaved.rsplit(":", 1)[1]
    assert hass.states.get(ENTITY).attributes["saved"] is True
    await advance(hass, freezer, timedelta(seconds=121))
    # Known from the save itself: not asked again.
    assert fake_spotify.call_counts()["GET /v1/me/library/contains"] == asked
    await _call(hass, "remove_from_library")
    assert hass.states.get(ENTITY).attributes["saved"] is False


async def test_get_queue(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
) -> None:
    """Spotify's queue as the player's action answer: now, then next, in order."""
    uris = _track_uris(fake_spotify)[:4]
    desktop = next(
        d.id for d in spotify_user.player.devices if d.name == "DESKTOP-ENCORE"
    )
    spotify_user.player.external_play(uris=uris, device_id=desktop)
    await advance(hass, freezer, timedelta(seconds=121))
    answer = await hass.services.async_call(
        DOMAIN,
        "get_queue",
        {ATTR_ENTITY_ID: ENTITY},
        blocking=True,
        return_response=True,
    )
    queue = answer[ENTITY]
    # The shape a Sonos player answers, as core's (issue 43.13): what plays
    # now, then what plays next, in core's keys.
    assert [item["media_content_id"] for item in queue][:4] == uris
    assert queue[0]["media_content_type"] == "track"
    assert queue[0]["media_duration"] > 0
    assert (
        queue[0]["media_title"]
        == fake_spotify.catalog.tracks[uris[0].rsplit(":", 1)[1]].name
    )
    # The same queue as a folder of the player's media browser.
    folder = await async_browse_media(hass, ENTITY, f"{NODE_PREFIX}queue")
    assert [child.media_content_id for child in folder.children][:3] == uris[1:]


async def test_fake_refuses_what_spotify_refuses(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
) -> None:
    """101 items, a playlist of someone else, a removed endpoint: as in 2026."""
    client = writable.runtime_data.spotify_account.client
    created = await client.async_create_playlist("Mine")
    too_many = _track_uris(fake_spotify)[:101]
    with pytest.raises(HomeAssistantError, match="maximum of 100"):
        await client.async_add_playlist_items(created.playlist_id, too_many)
    snapshot = await client.async_add_playlist_items(
        created.playlist_id, too_many[:100]
    )
    assert snapshot.startswith("AAAA")
    theirs = fake_spotify.catalog.add_playlist(
        Playlist(id="0TheirsTheirsTheirs000", name="Theirs", owner_id="friend")
    )
    with pytest.raises(HomeAssistantError, match="Forbidden"):
        await client.async_add_playlist_items(theirs.id, too_many[:1])
    assert await client.async_library_contains(
        [created.uri, too_many[0], f"spotify:playlist:{theirs.id}"]
    ) == [
        True,
        too_many[0].rsplit(":", 1)[1] in spotify_user.library.saved_track_ids,
        False,
    ]


async def test_add_to_playlist_by_name_and_a_playlist_not_theirs(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
) -> None:
    """ "Add this song to my road trip playlist"; one they only follow is named in the 403."""
    track = _track_uris(fake_spotify)[0]
    road_trip = next(
        p for p in fake_spotify.catalog.playlists.values() if p.name == "Road Trip"
    )
    before = len(road_trip.entries)
    answer = await _call(hass, "add_to_playlist", playlist="road trip", uris=[track])
    assert answer["name"] == "Road Trip"
    assert [entry.uri for entry in road_trip.entries][before:] == [track]
    followed = next(
        fake_spotify.catalog.playlists[pid]
        for pid in spotify_user.library.playlist_ids
        if fake_spotify.catalog.playlists[pid].owner_id not in (USER_ID, "spotify")
        and USER_ID not in fake_spotify.catalog.playlists[pid].collaborators
    )
    with pytest.raises(HomeAssistantError, match="only its owner") as err:
        await _call(hass, "add_to_playlist", playlist=followed.name, uris=[track])
    assert followed.name in str(err.value)
    with pytest.raises(ServiceValidationError, match="no playlist called"):
        await _call(hass, "add_to_playlist", playlist="Nope Nope", uris=[track])


async def test_websocket_refuses_a_non_admin_not_linked(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Over the websocket the same refusal, translated; nothing changes.

    A refusal is the user's to read, not an error in Home Assistant's log
    (the websocket logs every other exception a command raises as one).
    """
    client = await hass_ws_client(hass, hass_read_only_access_token)
    saved = list(spotify_user.library.saved_track_ids)
    await client.send_json_auto_id(
        {"type": "encore/save_to_library", "uris": [_track_uris(fake_spotify)[0]]}
    )
    answer = await client.receive_json()
    assert not answer["success"]
    assert answer["error"]["translation_key"] == "write_not_yours"
    assert "can't change" in answer["error"]["message"]
    assert spotify_user.library.saved_track_ids == saved
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_create_playlist_of_a_recap(
    hass: HomeAssistant, fake_spotify: FakeSpotify, writable: MockConfigEntry
) -> None:
    """A recap's month: a playlist of the recap's top songs, in the recap's order."""
    ranked = await _play(hass, fake_spotify, 12)
    month = (dt_util.now() - timedelta(minutes=10)).strftime("%Y-%m")
    recap = await _call(hass, "recap", month=month)
    fake_spotify.reset_calls()
    answer = await _call(hass, "create_playlist", month=month)
    assert _items(fake_spotify, answer["uri"]) == ranked
    assert recap["music"]["song_uris"] == ranked
    playlist = fake_spotify.catalog.playlists[answer["uri"].rsplit(":", 1)[1]]
    assert playlist.name == answer["name"] == f"Encore · recap {month}"
    assert fake_spotify.call_counts()["POST /v1/me/playlists"] == 1
    # A year with no plays makes an empty playlist of that name, not another's songs.
    empty = await _call(hass, "create_playlist", year=2001, name="2001")
    assert _items(fake_spotify, empty["uri"]) == []
    # One period only: a recap's and a recipe, or a month and a year, are refused.
    for mixed in (
        {"month": month, "recipe": "on_repeat"},
        {"month": month, "year": 2025},
        {"year": 2025, "period": "this_year"},
    ):
        with pytest.raises(ServiceValidationError):
            await _call(hass, "create_playlist", **mixed)
    with pytest.raises(ServiceValidationError) as caught:
        await _call(hass, "create_playlist", month="2025-13")
    assert caught.value.translation_key == "period_month_format"
    assert fake_spotify.call_counts()["POST /v1/me/playlists"] == 2


async def test_a_household_recap_playlist_leaves_out_who_stays_out(
    hass: HomeAssistant, fake_spotify: FakeSpotify, writable: MockConfigEntry
) -> None:
    """Bob stays out of household figures: out of the household recap's playlist too."""
    bob = MockConfigEntry(
        domain=DOMAIN,
        unique_id="bob_id",
        title="Bob",
        data={CONF_KIND: EntryKind.SPOTIFY},
        options={CONF_RECAP_HOUSEHOLD: False},
        disabled_by=ConfigEntryDisabler.USER,
    )
    bob.add_to_hass(hass)
    uris = _track_uris(fake_spotify)[:3]
    march = datetime(2024, 3, 10, 12, tzinfo=dt_util.UTC)
    # Ada: uris[0] twice, uris[1] once; Bob: uris[2] five times.
    plays = [(USER_ID, uris[0]), (USER_ID, uris[0]), (USER_ID, uris[1])]
    plays += [("bob_id", uris[2])] * 5

    def write(conn: Any, state: WriterState) -> None:
        for n, (account, uri) in enumerate(plays):
            state.insert_records(
                conn,
                [
                    PlayRecord(
                        account=account,
                        source=Source.EXPORT_EXTENDED,
                        ended_at=to_ms(march + timedelta(hours=n)),
                        ms_played=200_000,
                        kind=PlayKind.TRACK,
                        title=f"Song {uri[-4:]}",
                        artist=f"Artist {uri[-4:]}",
                        album="Some Album",
                        item_uri=uri,
                    )
                ],
            )

    await async_get_manager(hass).async_write(write)
    # Two accounts and nobody linked: everyone's history, as the recap reads it.
    recap = await _call(hass, "recap", month="2024-03")
    answer = await _call(
        hass, "create_playlist", month="2024-03", account=writable.entry_id
    )
    assert (
        _items(fake_spotify, answer["uri"]) == recap["music"]["song_uris"] == uris[:2]
    )


async def test_create_playlist_of_a_room(
    hass: HomeAssistant, fake_spotify: FakeSpotify, writable: MockConfigEntry
) -> None:
    """`room` narrows the songs to the plays heard there, as `top_items` does.

    The living room's songs were played most; the kitchen's playlist holds
    only the kitchen's, best first, for a period and for a recipe alike.
    """
    catalog = fake_spotify.catalog
    uris = [f"spotify:track:{track_id}" for track_id in list(catalog.tracks)[:5]]
    now = dt_util.now()
    heard = [(uri, "Living Room", 3) for uri in uris[:3]] + [
        (uris[3], "Kitchen", 2),
        (uris[4], "Kitchen", 1),
    ]
    played = [(uri, device) for uri, device, times in heard for _ in range(times)]
    records = [
        PlayRecord(
            account=USER_ID,
            source=Source.SPOTIFY_PLAYER,
            # Five minutes apart: streams of 200 s never overlap.
            ended_at=to_ms(now - timedelta(minutes=5 * (1 + order))),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=catalog.tracks[uri.rsplit(":", 1)[1]].name,
            artist=f"Artist {uris.index(uri)}",
            album="Some Album",
            item_uri=uri,
            device=device,
        )
        for order, (uri, device) in enumerate(played)
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    everywhere = await _call(hass, "create_playlist", period="this_month", limit=10)
    # Every room's songs, the living room's (played most, tied) first.
    assert set(_items(fake_spotify, everywhere["uri"])[:3]) == set(uris[:3])
    assert _items(fake_spotify, everywhere["uri"])[3:] == uris[3:]
    kitchen = await _call(
        hass, "create_playlist", period="this_month", room="kitchen", limit=10
    )
    assert _items(fake_spotify, kitchen["uri"]) == [uris[3], uris[4]]
    repeat = await _call(
        hass, "create_playlist", recipe="on_repeat", room="Kitchen", limit=10
    )
    assert _items(fake_spotify, repeat["uri"]) == [uris[3], uris[4]]
    # A room nothing was heard in is refused, before any write (issue 43.8).
    with pytest.raises(ServiceValidationError) as caught:
        await _call(hass, "create_playlist", room="Garage")
    assert caught.value.translation_key == "room_unknown"
