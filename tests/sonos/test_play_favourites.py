"""Assist plays from the history on a room's Sonos speaker: share links, in order.

"Play what I listened to most in 2019 in the kitchen": the built-in agent
reads Encore's installed sentences, the question layer ranks the songs, and
the emulated Kitchen speaker (driven by real SoCo) queues them. A room is
where to play; "play Daft Punk in the kitchen" stays Home Assistant's.
"""

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import area_registry as ar, device_registry as dr, intent
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from fakes.sonos import EmulatedHousehold
from tests.conftest import SetupEntry, this_month_step

from .common import TRACK_ID, settle
from .test_spotify_on_sonos import SECOND_TRACK, queue_uris

INTENT = "EncorePlayFavourites"
THIRD_TRACK = "4cOdK2wGLETKBW3PvgPWqT"


@pytest.fixture
async def household(
    hass: HomeAssistant,
    tmp_path: Path,
    sonos_entry: MockConfigEntry,
    sonos_household: EmulatedHousehold,
    setup_entry: SetupEntry,
) -> AsyncIterator[EmulatedHousehold]:
    """Sentences installed, the household loaded; songs played in 2019 and this month."""
    (tmp_path / "configuration.yaml").write_text("", encoding="utf-8")
    hass.config.config_dir = str(tmp_path)
    for component in ("homeassistant", "conversation", "intent", "media_source"):
        assert await async_setup_component(hass, component, {})
    history = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_INSTALL_SENTENCES: True},
    )
    history.add_to_hass(hass)
    assert await setup_entry(history)
    # Encore's setup loads every entry it has, the household's too.
    assert sonos_entry.state is ConfigEntryState.LOADED
    assert (tmp_path / "custom_sentences" / "en" / "encore_play.yaml").exists()
    now = dt_util.now()
    in_2019 = datetime(2019, 5, 1, 12, tzinfo=now.tzinfo)
    # Up to an hour apart, and in this month on its first hours too.
    step = this_month_step(now, 3, timedelta(hours=1))
    played = [
        # 2019: SECOND_TRACK twice, TRACK_ID once; this month THIRD_TRACK most.
        (in_2019, SECOND_TRACK, "Second"),
        (in_2019 - timedelta(hours=1), SECOND_TRACK, "Second"),
        (in_2019 - timedelta(hours=2), TRACK_ID, "First"),
        *((now - step * n, THIRD_TRACK, "Third") for n in (1, 2, 3)),
    ]
    records = [
        PlayRecord(
            account="ada",
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(ended),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=title,
            artist="Artist",
            album="Album",
            item_uri=f"spotify:track:{track}",
        )
        for ended, track, title in played
    ]

    def write(conn: Any, state: WriterState) -> None:
        state.insert_records(conn, records)

    await async_get_manager(hass).async_write(write)
    yield sonos_household
    # Unloaded before the speakers stop.
    if sonos_entry.state is ConfigEntryState.LOADED:
        assert await hass.config_entries.async_unload(sonos_entry.entry_id)
    await hass.async_block_till_done()


async def say(
    hass: HomeAssistant, text: str, language: str = "en"
) -> conversation.ConversationResult:
    """Ask the built-in agent."""
    return await conversation.async_converse(
        hass, text, None, Context(), language=language
    )


async def test_play_what_i_listened_to_most_in_2019_in_the_kitchen(
    hass: HomeAssistant, household: EmulatedHousehold
) -> None:
    """The kitchen's speaker queues 2019's songs, most played first; no other room."""
    result = await say(hass, "play what I listened to most in 2019 in the kitchen")
    response = result.response
    assert response.intent is not None
    assert response.intent.intent_type == INTENT, response.speech
    assert response.response_type is intent.IntentResponseType.ACTION_DONE, (
        response.speech
    )
    await settle(hass, household)
    assert queue_uris(household, "Kitchen") == [
        f"spotify:track:{SECOND_TRACK}",
        f"spotify:track:{TRACK_ID}",
    ]
    assert household.speaker("Kitchen").transport_state == "PLAYING"
    assert household.speaker("Living Room").queue == []
    speech = response.speech["plain"]["speech"]
    assert "2019" in speech
    assert "Kitchen" in speech


async def test_a_room_by_its_area_name_in_german(
    hass: HomeAssistant,
    household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    area_registry: ar.AreaRegistry,
    device_registry: dr.DeviceRegistry,
) -> None:
    """ "In der Küche": the Home Assistant area the Kitchen speaker is in."""
    area = area_registry.async_get_or_create("Küche")
    kitchen = household.speaker("Kitchen")
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, kitchen.uid), sonos_entry.entry_id
    )
    assert device is not None
    device_registry.async_update_device(device.id, area_id=area.id)
    result = await say(hass, "spiel meine meistgehörten Songs in der Küche", "de")
    response = result.response
    assert response.intent is not None
    assert response.intent.intent_type == INTENT, response.speech
    assert response.response_type is intent.IntentResponseType.ACTION_DONE, (
        response.speech
    )
    await settle(hass, household)
    # All time: THIRD_TRACK three times, then SECOND_TRACK, then TRACK_ID.
    assert queue_uris(household, "Kitchen") == [
        f"spotify:track:{THIRD_TRACK}",
        f"spotify:track:{SECOND_TRACK}",
        f"spotify:track:{TRACK_ID}",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "turn on the music in the kitchen"),
        ("en", "play Daft Punk in the kitchen"),
        ("de", "spiel Daft Punk in der Küche"),
    ],
)
async def test_plain_requests_in_a_room_stay_home_assistants(
    hass: HomeAssistant, household: EmulatedHousehold, language: str, text: str
) -> None:
    """No "my ... most played": never the history's songs."""
    result = await say(hass, text, language)
    response = result.response
    assert response.intent is None or response.intent.intent_type != INTENT
    await settle(hass, household)
    history_songs = {
        f"spotify:track:{t}" for t in (TRACK_ID, SECOND_TRACK, THIRD_TRACK)
    }
    assert not history_songs & set(queue_uris(household, "Kitchen"))
