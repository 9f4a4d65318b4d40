"""Audiobooks and their chapters: browse, search and play, against the fake Spotify."""

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_SERIES_TITLE,
    ATTR_MEDIA_TITLE,
    DOMAIN as MP_DOMAIN,
    SERVICE_PLAY_MEDIA,
    MediaClass,
)
from homeassistant.components.media_player.browse_media import BrowseMedia
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_DEFAULT_DEVICE
from custom_components.encore.spotify.browse import NODE_PREFIX
from custom_components.encore.spotify.objects import Thing
from custom_components.encore.spotify.search import async_search
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import SetupEntry, advance

ENTITY = "media_player.ada_listener"


@pytest.fixture(autouse=True)
async def components(hass: HomeAssistant) -> None:
    """media_player first, as default_config loads it."""
    assert await async_setup_component(hass, MP_DOMAIN, {})


@pytest.fixture
async def player(
    hass: HomeAssistant, spotify_entry: MockConfigEntry, setup_entry: SetupEntry
) -> MockConfigEntry:
    """The account, set up, with the computer as its default device."""
    hass.config_entries.async_update_entry(
        spotify_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    assert await setup_entry(spotify_entry)
    return spotify_entry


async def browse(hass: HomeAssistant, content_id: str) -> BrowseMedia:
    """Browse the player as the media browser does."""
    entity = hass.data[MP_DOMAIN].get_entity(ENTITY)
    node: BrowseMedia = await entity.async_browse_media("app", content_id)
    return node


async def test_browse_saved_audiobooks_and_their_chapters(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    player: MockConfigEntry,
) -> None:
    """The Audiobooks folder, and an audiobook's chapters in order."""
    folder = await browse(hass, f"{NODE_PREFIX}saved_audiobooks")
    saved = [
        f"spotify:audiobook:{item.id}" for item in spotify_user.library.saved_audiobooks
    ]
    assert [child.media_content_id for child in folder.children] == saved
    first = folder.children[0]
    assert first.media_class == MediaClass.PODCAST
    assert first.can_expand
    assert first.can_play
    book = fake_spotify.catalog.audiobooks[saved[0].rsplit(":", 1)[1]]
    assert first.title == f"{book.name} · {book.authors[0]}"
    chapters = await browse(hass, first.media_content_id)
    assert chapters.title.startswith(book.name)
    assert [child.media_content_id for child in chapters.children] == [
        f"spotify:chapter:{cid}" for cid in book.chapter_ids
    ]
    assert {child.media_class for child in chapters.children} == {MediaClass.EPISODE}


async def test_search_finds_audiobooks_as_podcasts(
    hass: HomeAssistant, fake_spotify: FakeSpotify, player: MockConfigEntry
) -> None:
    """Home Assistant has no class for books: asking for podcasts finds them."""
    client = player.runtime_data.spotify_account.client
    found = await async_search(client, "Harbour Lights", [MediaClass.PODCAST])
    assert [item.title for item in found][:1] == ["Harbour Lights · Nell Ashby"]
    assert found[0].media_content_id.startswith("spotify:audiobook:")
    # Plain searches stay as they were (artists, albums, tracks, playlists).
    plain = await async_search(client, "Harbour Lights")
    assert not any(
        item.media_content_id.startswith("spotify:audiobook:") for item in plain
    )


async def test_play_an_audiobook_and_a_chapter(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    player: MockConfigEntry,
) -> None:
    """An audiobook plays from its first chapter; a chapter plays on its own."""
    book = next(iter(fake_spotify.catalog.audiobooks.values()))
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_PLAY_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            ATTR_MEDIA_CONTENT_ID: f"spotify:audiobook:{book.id}",
            ATTR_MEDIA_CONTENT_TYPE: "audiobook",
        },
        blocking=True,
    )
    await advance(hass, freezer, timedelta(seconds=2))
    state = hass.states.get(ENTITY)
    assert (
        state.attributes[ATTR_MEDIA_CONTENT_ID]
        == f"spotify:chapter:{book.chapter_ids[0]}"
    )
    assert state.attributes[ATTR_MEDIA_TITLE] == "Chapter 1"
    assert state.attributes[ATTR_MEDIA_SERIES_TITLE] == book.name
    third = f"spotify:chapter:{book.chapter_ids[2]}"
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_PLAY_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            ATTR_MEDIA_CONTENT_ID: third,
            ATTR_MEDIA_CONTENT_TYPE: "chapter",
        },
        blocking=True,
    )
    await advance(hass, freezer, timedelta(seconds=2))
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == third
    # The batch look-ups stay closed to Development-Mode apps.
    client = player.runtime_data.spotify_account.client
    with pytest.raises(Exception, match="Forbidden"):
        await client.async_get("/audiobooks", "audiobooks", Thing, ids=book.id)
