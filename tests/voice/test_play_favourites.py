"""Assist plays from the history: "play my most played Daft Punk songs", in English and German.

The built-in agent reads Encore's installed sentences; the handler asks the
question layer for the asker's songs and plays them in order on the fake
Spotify over HTTP (its `uris`, no playlist made). Home control and plain
search-and-play sentences never reach it.
"""

from datetime import datetime, timedelta
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_DEFAULT_DEVICE,
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.voice.seasons import find_season
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import USER_ID, SetupEntry, this_month_step

INTENT = "EncorePlayFavourites"


def _record(uri: str, title: str, artist: str, ended: datetime) -> PlayRecord:
    return PlayRecord(
        account=USER_ID,
        source=Source.EXPORT_EXTENDED,
        ended_at=to_ms(ended),
        ms_played=200_000,
        kind=PlayKind.TRACK,
        title=title,
        artist=artist,
        album="Album",
        item_uri=uri,
    )


@pytest.fixture
async def played(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    tmp_path: Path,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> dict[str, list[str]]:
    """Sentences installed; songs played this month, in 2019 and last summer.

    Returns each group's URIs, most played first.
    """
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
    hass.config_entries.async_update_entry(
        spotify_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    assert await setup_entry(history)
    assert spotify_entry.state is ConfigEntryState.LOADED
    assert (tmp_path / "custom_sentences" / "de" / "encore_play.yaml").exists()

    catalog = fake_spotify.catalog
    ids = list(catalog.tracks)
    uri = [f"spotify:track:{track_id}" for track_id in ids[:8]]
    now = dt_util.now()
    summer = find_season("last summer", "en", now)
    assert summer is not None
    assert summer.period.start is not None
    summer_day = summer.period.start + timedelta(days=20)
    groups = {
        # Daft Punk this month: uri[1] three times, uri[0] twice.
        "daft_punk": ([uri[1]] * 3 + [uri[0]] * 2, "Daft Punk", now),
        # Someone else this month, more than Daft Punk: never an artist's.
        "others": ([uri[2]] * 4, "Justice", now),
        "2019": (
            [uri[3]] * 2 + [uri[4]],
            "Air",
            datetime(2019, 6, 1, tzinfo=now.tzinfo),
        ),
        "summer": ([uri[6]] * 2 + [uri[5]], "Phoenix", summer_day),
    }
    # Up to an hour apart, and this month's all in it on its first hours too.
    step = this_month_step(now, 5, timedelta(hours=1))
    records = [
        _record(
            song,
            catalog.tracks[song.rsplit(":", 1)[1]].name,
            artist,
            when - step * (1 + index),
        )
        for songs, artist, when in groups.values()
        for index, song in enumerate(songs)
    ]

    def write(conn: object, state: WriterState) -> None:
        state.insert_records(conn, records)  # type: ignore[arg-type]

    await async_get_manager(hass).async_write(write)
    return {
        "daft_punk": [uri[1], uri[0]],
        "2019": [uri[3], uri[4]],
        "summer": [uri[6], uri[5]],
    }


async def say(
    hass: HomeAssistant, text: str, language: str = "en"
) -> conversation.ConversationResult:
    """Ask the built-in agent."""
    return await conversation.async_converse(
        hass, text, None, Context(), language=language
    )


@pytest.mark.parametrize(
    ("language", "text", "group", "words"),
    [
        ("en", "play my most played Daft Punk songs", "daft_punk", "Daft Punk"),
        ("en", "play my favourite songs by Daft Punk", "daft_punk", "Daft Punk"),
        ("en", "play what I listened to most in 2019", "2019", "2019"),
        ("en", "play my favourite songs from last summer", "summer", "summer"),
        ("de", "spiel meine meistgehörten Daft Punk Songs", "daft_punk", "Daft Punk"),
        ("de", "spiel meine Lieblingslieder vom letzten Sommer", "summer", "Sommer"),
        ("de", "spiel was ich 2019 am meisten gehört habe", "2019", "2019"),
    ],
)
async def test_play_from_the_history_on_spotify(
    hass: HomeAssistant,
    played: dict[str, list[str]],
    spotify_user: FakeUser,
    language: str,
    text: str,
    group: str,
    words: str,
) -> None:
    """The asker's songs of the period or artist play in order, as Spotify's `uris`."""
    result = await say(hass, text, language)
    response = result.response
    assert response.intent is not None
    assert response.intent.intent_type == INTENT, response.speech
    assert response.response_type is intent.IntentResponseType.ACTION_DONE, (
        response.speech
    )
    player = spotify_user.player
    assert player.loaded_uris == played[group]
    assert player.current_uri == played[group][0]
    assert player.context_uri is None  # no playlist was made
    speech = response.speech["plain"]["speech"]
    assert words in speech
    assert "Ada Listener" in speech


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "play my most played Nobody Known songs", "Nobody Known"),
        ("de", "spiel meine Lieblingslieder von Nobody Known", "Nobody Known"),
    ],
)
async def test_an_artist_never_played_plays_nothing(
    hass: HomeAssistant,
    played: dict[str, list[str]],
    spotify_user: FakeUser,
    language: str,
    text: str,
    said: str,
) -> None:
    """Nothing by that name: said so, and the player is left alone."""
    result = await say(hass, text, language)
    response = result.response
    assert response.intent is not None
    assert response.intent.intent_type == INTENT
    assert response.response_type is intent.IntentResponseType.ERROR
    assert said in response.speech["plain"]["speech"]
    assert spotify_user.player.loaded_uris == []


async def test_a_room_without_an_encore_speaker_is_said(
    hass: HomeAssistant, played: dict[str, list[str]], spotify_user: FakeUser
) -> None:
    """A room is where to play: without an Encore Sonos speaker there, nothing plays."""
    result = await say(hass, "play what I listened to most in 2019 in the garage")
    response = result.response
    assert response.intent is not None
    assert response.intent.intent_type == INTENT
    assert response.response_type is intent.IntentResponseType.ERROR
    assert "in the garage" in response.speech["plain"]["speech"]
    assert spotify_user.player.loaded_uris == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "play Daft Punk in the kitchen"),
        ("en", "play Daft Punk"),
        ("en", "turn on the music in the kitchen"),
        ("en", "play my Discover Weekly playlist"),
        ("en", "play music"),
        ("en", "what are my most played songs"),
        ("de", "spiel Daft Punk in der Küche"),
        ("de", "mach die Musik in der Küche an"),
        ("de", "spiel meine Playlist Discover Weekly"),
    ],
)
async def test_home_control_and_plain_search_stay_home_assistants(
    hass: HomeAssistant,
    played: dict[str, list[str]],
    spotify_user: FakeUser,
    language: str,
    text: str,
) -> None:
    """Sentences without "my ... most played" never reach the history's player."""
    result = await say(hass, text, language)
    response = result.response
    assert response.intent is None or response.intent.intent_type != INTENT
    assert spotify_user.player.loaded_uris == []
