"""Assist changes Spotify: "like this song", "add this song to my ... playlist", "what's next".

The built-in agent reads Encore's installed sentences (English and German)
and the handlers change the account on the fake Spotify over HTTP; a user
who may not change the account hears why.
"""

from datetime import timedelta
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from homeassistant.components import conversation
from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_ALLOW_WRITES,
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    DOMAIN,
    SPOTIFY_SCOPES,
    SPOTIFY_WRITE_SCOPES,
    EntryKind,
)
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import SetupEntry, advance, entry_for


@pytest.fixture
async def assist(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    tmp_path: Path,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
    setup_entry: SetupEntry,
) -> list[str]:
    """Sentences installed, the account writable and playing four songs."""
    (tmp_path / "configuration.yaml").write_text("", encoding="utf-8")
    hass.config.config_dir = str(tmp_path)
    for component in ("homeassistant", "conversation", "intent", MP_DOMAIN):
        assert await async_setup_component(hass, component, {})
    history = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_INSTALL_SENTENCES: True},
    )
    history.add_to_hass(hass)
    entry = entry_for(
        fake_spotify,
        spotify_user,
        scope=" ".join((*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES)),
        options={CONF_ALLOW_WRITES: True},
    )
    entry.add_to_hass(hass)
    assert await setup_entry(history)
    assert entry.state is ConfigEntryState.LOADED
    assert (tmp_path / "custom_sentences" / "de" / "encore_spotify.yaml").exists()
    saved = set(spotify_user.library.saved_track_ids)
    uris = [
        f"spotify:track:{track_id}"
        for track_id in fake_spotify.catalog.tracks
        if track_id not in saved
    ][:4]
    desktop = next(
        d.id for d in spotify_user.player.devices if d.name == "DESKTOP-ENCORE"
    )
    spotify_user.player.external_play(uris=uris, device_id=desktop)
    await advance(hass, freezer, timedelta(seconds=121))
    return uris


async def say(
    hass: HomeAssistant, text: str, language: str = "en", user_id: str | None = None
) -> conversation.ConversationResult:
    """Ask the built-in agent."""
    return await conversation.async_converse(
        hass, text, None, Context(user_id=user_id), language=language
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "like this song"), ("de", "speichere diesen Song")],
)
async def test_like_this_song(
    hass: HomeAssistant,
    assist: list[str],
    spotify_user: FakeUser,
    language: str,
    text: str,
) -> None:
    """The song playing now is saved, and the answer names it."""
    result = await say(hass, text, language)
    assert result.response.intent is not None
    assert result.response.intent.intent_type == "EncoreLikeSong"
    assert result.response.response_type is intent.IntentResponseType.ACTION_DONE
    assert spotify_user.library.saved_track_ids[0] == assist[0].rsplit(":", 1)[1]
    title = spotify_user.catalog.tracks[assist[0].rsplit(":", 1)[1]].name
    assert title in result.response.speech["plain"]["speech"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "add this song to my road trip playlist"),
        ("de", "füge diesen Song zu meiner Playlist Road Trip hinzu"),
    ],
)
async def test_add_this_song_to_a_playlist(
    hass: HomeAssistant,
    assist: list[str],
    fake_spotify: FakeSpotify,
    language: str,
    text: str,
) -> None:
    """The playlist is found by name; the song goes to its end."""
    road_trip = next(
        p for p in fake_spotify.catalog.playlists.values() if p.name == "Road Trip"
    )
    result = await say(hass, text, language)
    assert result.response.intent.intent_type == "EncoreAddToPlaylist"
    assert road_trip.entries[-1].uri == assist[0]
    assert "Road Trip" in result.response.speech["plain"]["speech"]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "what's next in my queue", "Next up:"),
        ("de", "was kommt als Nächstes in meiner Warteschlange", "Als Nächstes:"),
    ],
)
async def test_whats_next(
    hass: HomeAssistant,
    assist: list[str],
    fake_spotify: FakeSpotify,
    language: str,
    text: str,
    said: str,
) -> None:
    """The next songs of Spotify's queue, in order."""
    result = await say(hass, text, language)
    assert result.response.intent.intent_type == "EncoreWhatsNext"
    speech = result.response.speech["plain"]["speech"]
    assert speech.startswith(said)
    titles = [
        fake_spotify.catalog.tracks[uri.rsplit(":", 1)[1]].name for uri in assist[1:]
    ]
    assert speech.index(titles[0]) < speech.index(titles[1]) < speech.index(titles[2])


async def test_a_user_not_linked_hears_the_refusal(
    hass: HomeAssistant,
    assist: list[str],
    spotify_user: FakeUser,
    hass_read_only_user: MockUser,
) -> None:
    """Not linked to the account, not an admin: nothing saved, the reason said."""
    saved = list(spotify_user.library.saved_track_ids)
    result = await say(hass, "like this song", user_id=hass_read_only_user.id)
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert "can't change" in result.response.speech["plain"]["speech"]
    assert spotify_user.library.saved_track_ids == saved


@pytest.mark.parametrize(
    "text",
    [
        "what did I listen to most",
        "what's playing",
        "play Daft Punk",
        "turn on the kitchen light",
        "add milk to my shopping list",
    ],
)
async def test_other_sentences_are_not_taken(
    hass: HomeAssistant, assist: list[str], text: str
) -> None:
    """History questions, plain playback and home control stay theirs."""
    result = await say(hass, text)
    taken = result.response.intent.intent_type if result.response.intent else None
    assert taken not in ("EncoreLikeSong", "EncoreAddToPlaylist", "EncoreWhatsNext")
