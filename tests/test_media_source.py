"""From the history to the players: Encore's media source, and search ranked by it.

A real Home Assistant with media_source, the history entry and a Spotify
account on the fake Spotify: the folders list the account's own plays, and
playing one starts its songs in order on the Spotify player (Spotify's
`uris`, no playlist made).
"""

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.components import media_source
from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_ENQUEUE,
    DOMAIN as MP_DOMAIN,
    SERVICE_PLAY_MEDIA,
    SERVICE_SEARCH_MEDIA,
    MediaClass,
    MediaPlayerEnqueue,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_DEFAULT_DEVICE,
    CONF_KIND,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import USER_ID, SetupEntry, advance, this_month_step

ENTITY = "media_player.ada_listener"
ROOT = "media-source://encore"


@pytest.fixture(autouse=True)
async def components(hass: HomeAssistant) -> None:
    """media_player and media_source, as default_config loads them."""
    assert await async_setup_component(hass, MP_DOMAIN, {})
    assert await async_setup_component(hass, "media_source", {})


@pytest.fixture
async def history(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> list[str]:
    """The history entry, the account, and plays of three catalog songs this month.

    Returns the songs' URIs, most played first.
    """
    entry = MockConfigEntry(
        domain=DOMAIN, unique_id="history", data={CONF_KIND: EntryKind.HISTORY}
    )
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        spotify_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    # Loading Encore sets up every entry it has, the account's too.
    assert await setup_entry(entry)
    assert spotify_entry.state is ConfigEntryState.LOADED
    catalog = fake_spotify.catalog
    uris = [f"spotify:track:{track_id}" for track_id in list(catalog.tracks)[:3]]
    now = dt_util.now()
    # Up to an hour apart, all of them this month on its first hours too.
    step = this_month_step(now, 3, timedelta(hours=1))
    records = [
        PlayRecord(
            account=USER_ID,
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(now - step * (1 + n)),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=catalog.tracks[uri.rsplit(":", 1)[1]].name,
            artist="Some Artist",
            album="Some Album",
            item_uri=uri,
        )
        for rank, uri in enumerate(uris)
        for n in range(3 - rank)
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    return uris


async def test_browse_the_history_folders(
    hass: HomeAssistant, history: list[str]
) -> None:
    root = await media_source.async_browse_media(hass, ROOT)
    # One Spotify account: the household's folders are the root itself.
    assert [child.title for child in root.children] == [
        "Top songs this month",
        "Top songs this year",
        "Top songs of all time",
        "On repeat",
        "Forgotten favourites",
        "Discoveries this month",
        "Recaps",
    ]
    *folders, recaps = root.children
    assert all(child.can_play and child.can_expand for child in folders)
    assert recaps.media_class == MediaClass.DIRECTORY
    assert not recaps.can_play
    folder = await media_source.async_browse_media(hass, f"{ROOT}/everyone/top_month")
    assert [child.media_content_id for child in folder.children] == [
        f"{ROOT}/track/{uri}" for uri in history
    ]
    assert all(c.media_class == MediaClass.TRACK for c in folder.children)
    assert folder.children[0].title.endswith("· Some Artist")
    mine = await media_source.async_browse_media(hass, f"{ROOT}/{USER_ID}/on_repeat")
    assert len(mine.children) == 3
    # Nothing was played over a year ago: no forgotten favourites, nothing to play.
    forgotten = await media_source.async_browse_media(
        hass, f"{ROOT}/everyone/forgotten"
    )
    assert forgotten.children == []
    assert not forgotten.can_play


async def test_unknown_folders_say_so(hass: HomeAssistant, history: list[str]) -> None:
    for wrong in ("nobody", "everyone/best_of", "everyone/top_month/more"):
        with pytest.raises(media_source.Unresolvable, match="has no folder"):
            await media_source.async_browse_media(hass, f"{ROOT}/{wrong}")


async def test_play_a_folder_in_order_on_the_spotify_player(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    history: list[str],
) -> None:
    player = spotify_user.player
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_PLAY_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            ATTR_MEDIA_CONTENT_TYPE: "playlist",
            ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone/top_month",
        },
        blocking=True,
    )
    assert player.current_uri == history[0]
    assert player.context_uri is None  # Spotify's uris: no playlist was made
    assert player.queue == []
    await advance(hass, freezer, timedelta(seconds=2))
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == history[0]

    # One song from a folder, queued after what plays.
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_PLAY_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            ATTR_MEDIA_CONTENT_TYPE: "music",
            ATTR_MEDIA_CONTENT_ID: f"{ROOT}/track/{history[2]}",
            ATTR_MEDIA_ENQUEUE: MediaPlayerEnqueue.ADD,
        },
        blocking=True,
    )
    assert player.queue == [history[2]]


async def test_what_cannot_play_says_why(
    hass: HomeAssistant, spotify_user: FakeUser, history: list[str]
) -> None:
    # A person's folder is no list of songs.
    with pytest.raises(HomeAssistantError, match="not a person's folder"):
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: ENTITY,
                ATTR_MEDIA_CONTENT_TYPE: "music",
                ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone",
            },
            blocking=True,
        )
    with pytest.raises(HomeAssistantError, match="no songs to play yet"):
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: ENTITY,
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone/forgotten",
            },
            blocking=True,
        )
    # An id of no folder is the user's slip: refused (HTTP 400), not an
    # error (HTTP 500 and an ERROR line), in the user's language (issue 43.12).
    with pytest.raises(ServiceValidationError) as refused:
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: ENTITY,
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone/no_such_folder",
            },
            blocking=True,
        )
    assert refused.value.translation_key == "history_media_unknown"
    assert spotify_user.player.current_uri is None
    # Any other player resolves through media_source: no URL, and it says where.
    with pytest.raises(media_source.Unresolvable, match="Encore's Spotify and Sonos"):
        await media_source.async_resolve_media(
            hass, f"{ROOT}/everyone/top_month", "media_player.kitchen_radio"
        )


async def _search(hass: HomeAssistant, query: str, classes: list[str]) -> list[str]:
    result = await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_SEARCH_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            "search_query": query,
            "media_filter_classes": classes,
        },
        blocking=True,
        return_response=True,
    )
    return [item.media_content_id for item in result[ENTITY].result]


async def test_search_puts_what_you_play_most_first(
    hass: HomeAssistant, fake_spotify: FakeSpotify, history: list[str]
) -> None:
    """Tracks by URI, albums by name and artist (an export's plays have no album URI)."""
    tracks = await _search(hass, "Daft Punk", ["track"])
    albums = await _search(hass, "Daft Punk", ["album"])
    assert len(tracks) >= 3
    assert len(albums) >= 2
    loved_track = tracks[-1]
    loved_album = fake_spotify.catalog.albums[albums[-1].rsplit(":", 1)[1]]
    now = dt_util.now()
    records = [
        PlayRecord(
            account=USER_ID,
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(now - timedelta(days=400, hours=n)),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=title,
            artist="Daft Punk",
            album=album,
            item_uri=uri,
        )
        for n, (uri, title, album) in enumerate(
            [(loved_track, "Loved", "Some Album")] * 4
            + [
                (f"spotify:track:{t}", "On the album", loved_album.name)
                for t in loved_album.track_ids
            ]
        )
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    again = await _search(hass, "Daft Punk", ["track"])
    assert again[0] == loved_track
    assert sorted(again) == sorted(tracks)
    assert (await _search(hass, "Daft Punk", ["album"]))[0] == albums[-1]
    # An exact name still wins: "Daft Punk" is the artist.
    everything = await _search(hass, "Daft Punk", [])
    assert everything[0].startswith("spotify:artist:")


async def test_play_a_recap_in_order_on_the_spotify_player(
    hass: HomeAssistant, spotify_user: FakeUser, history: list[str]
) -> None:
    """A month's and a year's recap start their songs as Spotify's `uris`."""
    # March 2024: the third song four times, the first twice, the second once.
    counts = {history[2]: 4, history[0]: 2, history[1]: 1}
    march = datetime(2024, 3, 10, 12, tzinfo=dt_util.UTC)
    records = [
        PlayRecord(
            account=USER_ID,
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(march + timedelta(hours=n, days=day)),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=f"Song {day}",
            artist="Some Artist",
            album="Some Album",
            item_uri=uri,
        )
        for day, (uri, count) in enumerate(counts.items())
        for n in range(count)
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    player = spotify_user.player
    for period, field in (("2024-03", {"month": "2024-03"}), ("2024", {"year": 2024})):
        recap = await hass.services.async_call(
            DOMAIN, "recap", field, blocking=True, return_response=True
        )
        assert recap is not None
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: ENTITY,
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone/recap/{period}",
            },
            blocking=True,
        )
        assert player.loaded_uris == recap["music"]["song_uris"] == list(counts)
        assert player.current_uri == history[2]
        assert player.context_uri is None  # no playlist was made
    # A year with no plays has nothing to play, and says so.
    with pytest.raises(HomeAssistantError, match="no songs to play yet"):
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: ENTITY,
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: f"{ROOT}/everyone/recap/2001",
            },
            blocking=True,
        )


async def test_the_player_browser_lists_encore_folders(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    spotify_user: FakeUser,
    history: list[str],
) -> None:
    """Issue 43.9: the Media panel reaches "Top songs this month" from the player.

    As the panel browses (`media_player/browse_media` over the websocket):
    the account's root lists Encore's media source beside its library, and
    Encore's folders browse through the player, down to a playable folder.
    Before, the root had the library only, and an Encore id browsed through
    the player answered "Nothing to browse".
    """
    client = await hass_ws_client(hass)

    async def browse(content_id: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "media_player/browse_media",
            "entity_id": ENTITY,
        }
        if content_id is not None:
            message |= {"media_content_id": content_id, "media_content_type": ""}
        await client.send_json_auto_id(message)
        answer = await client.receive_json()
        assert answer["success"], answer
        result: dict[str, Any] = answer["result"]
        return result

    root = await browse()
    ids = [child["media_content_id"] for child in root["children"]]
    assert ROOT in ids
    # The library stays first, as it was.
    assert ids[-1] == ROOT
    encore = await browse(ROOT)
    assert encore["title"] == "Encore"
    everyone = await browse(f"{ROOT}/everyone")
    top = next(
        child
        for child in everyone["children"]
        if child["media_content_id"] == f"{ROOT}/everyone/top_month"
    )
    assert top["can_play"] is True
    folder = await browse(top["media_content_id"])
    assert [child["media_content_id"] for child in folder["children"]] == [
        f"{ROOT}/track/{uri}" for uri in history
    ]
