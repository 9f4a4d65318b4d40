"""Whose Sonos plays are, end to end: emulated speakers, real calls, real websocket.

Bob (a user) starts the radio in the living room from Home Assistant: the
songs are his, certain. Line-in plays in the kitchen while Ada alone is home:
likely hers. Ada (the administrator) says the kitchen session was Bob's on
the timeline; Bob's answers follow at once, and undoing it puts it back.
Bob may not take Ada's plays for himself.
"""

from collections.abc import Iterator
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.components.media_player import (
    ATTR_INPUT_SOURCE,
    DOMAIN as MP_DOMAIN,
    SERVICE_SELECT_SOURCE,
)
from homeassistant.config_entries import ConfigEntryDisabler
from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_MEDIA_STOP,
    STATE_HOME,
    STATE_NOT_HOME,
)
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_ATTRIBUTION_PERSONS,
    CONF_KIND,
    CONF_PERSONS,
    CONF_PRIVATE,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.collectors.sonos import HANDOVER
from fakes.sonos import EmulatedHousehold
from tests.history.collectors.test_sonos_collector import elapse
from tests.sonos.common import KITCHEN, LIVING, RADIO_URI, call, settle

ADA, BOB = "person.ada", "person.bob"


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


async def ws(client: Any, command: str, **data: Any) -> dict[str, Any]:
    """Send a command and return its successful result."""
    await client.send_json_auto_id({"type": f"encore/{command}", **data})
    answer = await client.receive_json()
    assert answer["success"], answer
    result: dict[str, Any] = answer["result"]
    return result


def whose(plays: list[dict[str, Any]]) -> dict[str, tuple[list[str], str, str]]:
    """Title -> (persons, certainty, rule) of the plays of a timeline."""
    return {
        play["title"]: (play["persons"], play["certainty"], play["rule"])
        for play in plays
    }


async def test_sonos_plays_land_with_whose_they_are_and_corrections_follow(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Started by, presence, a correction of a session, its undo, and a refusal."""
    bob = await hass.auth.async_create_user("Bob", group_ids=[GROUP_ID_USER])
    refresh = await hass.auth.async_create_refresh_token(bob, "https://bob.invalid/")
    bob_token = hass.auth.async_create_access_token(refresh)
    assert await async_setup_component(
        hass,
        "person",
        {
            "person": [
                {
                    "id": "ada",
                    "name": "Ada",
                    "user_id": hass_admin_user.id,
                    "device_trackers": ["device_tracker.ada_phone"],
                },
                {
                    "id": "bob",
                    "name": "Bob",
                    "user_id": bob.id,
                    "device_trackers": ["device_tracker.bob_phone"],
                },
            ]
        },
    )
    # Ada's Spotify account (not loaded here): every account is someone's, so
    # Bob's "me" is what was attributed to him.
    MockConfigEntry(
        domain=DOMAIN,
        unique_id="ada_id",
        title="Ada",
        data={CONF_KIND: EntryKind.SPOTIFY},
        options={CONF_PERSONS: [ADA]},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    for name, state in (("ada", STATE_HOME), ("bob", STATE_NOT_HOME)):
        hass.states.async_set(
            f"device_tracker.{name}_phone", state, {"source_type": "router"}
        )
    assert await hass.config_entries.async_setup(sonos_entry.entry_id)
    await hass.async_block_till_done()

    # Bob starts the radio in the living room from his dashboard.
    living = sonos_household.speaker("Living Room")
    sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    await settle(hass, sonos_household)
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_SELECT_SOURCE,
        {ATTR_ENTITY_ID: LIVING, ATTR_INPUT_SOURCE: "Radio Paradise"},
        blocking=True,
        context=Context(user_id=bob.id),
    )
    await settle(hass, sonos_household)
    living.set_stream_content("Nina Simone - Sinnerman")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 60)
    living.set_stream_content("Nina Simone - Feeling Good")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 60)
    await call(hass, SERVICE_MEDIA_STOP, LIVING)
    await settle(hass, sonos_household)
    # Line-in in the kitchen, by an automation (no user): Ada is home alone.
    await call(hass, SERVICE_SELECT_SOURCE, KITCHEN, **{ATTR_INPUT_SOURCE: "Line-in"})
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 45)
    await call(hass, SERVICE_MEDIA_STOP, KITCHEN)
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())

    admin = await hass_ws_client(hass)
    timeline = (await ws(admin, "play_history", everyone=True, limit=20))["plays"]
    found = whose(timeline)
    assert found["Sinnerman"] == ([BOB], "certain", "started_by")
    assert found["Feeling Good"] == ([BOB], "certain", "started_by")
    assert found["Kitchen"] == ([ADA], "likely", "home")

    bobs = await hass_ws_client(hass, bob_token)
    mine = (await ws(bobs, "play_history", limit=20))["plays"]
    assert sorted(play["title"] for play in mine) == ["Feeling Good", "Sinnerman"]

    # Ada says the kitchen session was Bob's: his answers follow at once.
    line_in = next(play for play in timeline if play["title"] == "Kitchen")
    done = await ws(
        admin, "attribute", play_id=line_in["play_id"], persons=[BOB], session=True
    )
    assert done == {"play_ids": [line_in["play_id"]], "changed": 1}
    mine = (await ws(bobs, "play_history", limit=20))["plays"]
    assert whose(mine)["Kitchen"] == ([BOB], "certain", "correction")
    stats = await ws(bobs, "play_count")
    assert stats["plays"] == 3

    # Bob may not take Ada's plays; nor name Ada.
    await ws(admin, "attribute", play_id=line_in["play_id"], undo=True)
    for persons in ([BOB], [ADA]):
        await bobs.send_json_auto_id(
            {
                "type": "encore/attribute",
                "play_id": line_in["play_id"],
                "persons": persons,
            }
        )
        refused = await bobs.receive_json()
        assert not refused["success"]
        assert refused["error"]["translation_key"] == "correction_not_yours"
    # Undone: what the rules said is back.
    mine = (await ws(bobs, "play_history", limit=20))["plays"]
    assert "Kitchen" not in whose(mine)
    assert (await ws(bobs, "play_count"))["plays"] == 2

    # Ada keeps whose plays are hers to herself: Bob is not told, she and
    # the administrator are.
    MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_ATTRIBUTION_PERSONS: {ADA: {CONF_PRIVATE: True}}},
    ).add_to_hass(hass)
    household = (await ws(bobs, "play_history", everyone=True, limit=20))["plays"]
    assert whose(household)["Kitchen"] == ([], "likely", "private")
    assert whose(household)["Sinnerman"] == ([BOB], "certain", "started_by")
    timeline = (await ws(admin, "play_history", everyone=True, limit=20))["plays"]
    assert whose(timeline)["Kitchen"] == ([ADA], "likely", "home")
    assert await hass.config_entries.async_unload(sonos_entry.entry_id)
    await hass.async_block_till_done()
