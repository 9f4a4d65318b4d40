"""The household entry: speakers that join later, stale devices, diagnostics."""

import json
import threading
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    SERVICE_PLAY_MEDIA,
)
from homeassistant.config_entries import SOURCE_SSDP, DiscoveryKey
from homeassistant.const import CONF_PORT, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos import (
    commands,
    favorites,
    household as household_module,
)
from custom_components.encore.sonos.events import SERVICES
from custom_components.encore.sonos.favorites import Favorite
from custom_components.encore.system_health import system_health_info
from fakes.sonos import EmulatedHousehold
from fakes.sonos.speaker import loopback_address
from tests.conftest import SetupEntry, sonos_entry_for
from tests.fakes.sonos_fixtures import HouseholdFactory

from .common import LIVING, TRACK_ID, call, settle, state, until
from .test_config_flow import ssdp_info


async def test_a_speaker_that_joins_later_gets_a_player(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
    setup_entry: SetupEntry,
) -> None:
    """A new speaker in the household appears without a reload."""
    household = await sonos_household_factory(rooms=["Living Room", "Kitchen"])
    entry = sonos_entry_for(household)
    entry.add_to_hass(hass)
    assert await setup_entry(entry)
    assert hass.states.get("media_player.office") is None

    office = household.add_speaker("Office")
    await office.start()
    await settle(hass, household)
    await until(hass, lambda: hass.states.get("media_player.office") is not None)
    await until(hass, lambda: len(office.subscriptions()) == len(SERVICES))
    office.set_volume(31)
    await settle(hass, household)
    assert state(hass, "media_player.office").attributes["volume_level"] == 0.31


async def test_stale_devices_can_be_removed(
    hass: HomeAssistant,
    hass_ws_client: Any,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """A speaker still in the household stays; one gone for good can go."""
    assert await async_setup_component(hass, "config", {})
    client = await hass_ws_client(hass)
    kitchen = sonos_household.speaker("Kitchen")
    living = sonos_household.speaker("Living Room")

    async def remove(uid: str) -> bool:
        device = device_registry.async_get_device_by_identifier(
            (DOMAIN, uid), sonos_loaded.entry_id
        )
        assert device is not None
        await client.send_json_auto_id(
            {
                "type": "config/device_registry/remove_config_entry",
                "config_entry_id": sonos_loaded.entry_id,
                "device_id": device.id,
            }
        )
        response = await client.receive_json()
        return bool(response["success"])

    assert not await remove(living.uid)
    await kitchen.go_offline(vanish="powered off")
    await settle(hass, sonos_household)
    assert state(hass, "media_player.kitchen").state == STATE_UNAVAILABLE
    assert await remove(kitchen.uid)
    await hass.async_block_till_done()
    assert entity_registry.async_get("media_player.kitchen") is None
    assert hass.states.get("media_player.kitchen") is None

    # It was not gone for good after all: it comes back by itself.
    await kitchen.come_online()
    await settle(hass, sonos_household)
    await until(hass, lambda: hass.states.get("media_player.kitchen") is not None)


async def test_diagnostics_leave_out_addresses_and_identifiers(
    hass: HomeAssistant,
    hass_client: Any,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """No IP address, MAC, serial, uid or household id in a bug report."""
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        LIVING,
        **{
            ATTR_MEDIA_CONTENT_ID: f"spotify:track:{TRACK_ID}",
            ATTR_MEDIA_CONTENT_TYPE: "music",
        },
    )
    await settle(hass, sonos_household)
    diagnostics = await get_diagnostics_for_config_entry(
        hass, hass_client, sonos_loaded
    )
    text = json.dumps(diagnostics)
    household = diagnostics["household"]
    assert len(household["speakers"]) == 3
    living = next(s for s in household["speakers"] if s["model"] == "Sonos One")
    assert living["available"] is True
    assert living["source"] == "spotify"
    assert living["subscriptions"]["avTransport"] > 0
    assert living["subscriptions"]["alarmClock"] > 0
    assert living["settings"]["bass"] == 0
    assert living["microphone"] is True
    assert household["alarms"]["count"] == 0
    for speaker in sonos_household.speakers:
        secrets = (speaker.mac, speaker.serial, speaker.uid, speaker.ip_address)
        for secret in (*secrets, f":{speaker.port}"):
            assert secret not in text
    assert sonos_household.household_id not in text
    assert "127.0.0.1" not in text
    assert sonos_household.catalog.track(TRACK_ID).title not in text


async def test_spotify_only_parts_skip_sonos_entries(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    sonos_loaded: MockConfigEntry,
) -> None:
    """System health counts Spotify accounts; Sonos has no sensors."""
    info = await system_health_info(hass)
    info["api_endpoint_reachable"].close()  # reaching Spotify is not this test's
    assert info["spotify_accounts"] == 1
    assert not [
        entity_id
        for entity_id in hass.states.async_entity_ids("sensor")
        if "living_room" in entity_id
    ]
    assert hass.states.get(LIVING) is not None


async def test_a_speaker_with_a_new_address_is_followed(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """A speaker back on another address (new DHCP lease) is found again.

    The household's topology names every speaker's address; discovery of the
    speaker Encore reaches the household through keeps the entry current too.
    """
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    for speaker in (living, kitchen):
        await speaker.stop()
        if sonos_household.real_ports:
            speaker.host = loopback_address()  # on port 1400, a new address
        else:
            speaker._port = 0  # the next start picks a free port
        await speaker.start()
    await settle(hass, sonos_household)
    for speaker in (living, kitchen):
        await until(hass, lambda s=speaker: len(s.subscriptions()) == len(SERVICES))
    kitchen.set_volume(52)
    living.set_volume(53)
    await settle(hass, sonos_household)
    assert state(hass, "media_player.kitchen").attributes["volume_level"] == 0.52
    assert state(hass, LIVING).attributes["volume_level"] == 0.53

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert result["reason"] == "sonos_already_configured"
    assert sonos_loaded.data[CONF_PORT] == living.port


async def test_unreadable_topology_is_ignored(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """A garbled ZoneGroupState changes nothing."""
    household = sonos_loaded.runtime_data.household
    groups = household.topology.groups
    household.async_topology_payload("<ZoneGroupState><ZoneGroups>")
    assert household.topology.groups == groups
    assert state(hass, LIVING).state != STATE_UNAVAILABLE


async def test_favorites_are_read_outside_the_event_loop(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parsing up to 1000 favorites' DIDL happens in the executor."""
    threads: list[bool] = []

    def spy(items: list[Any], *args: Any) -> list[Favorite]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(items, *args)

    real = favorites.favorites_from
    monkeypatch.setattr(favorites, "favorites_from", spy)
    for module in (commands, household_module):
        monkeypatch.setattr(module, "favorites_from", spy, raising=False)
    sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/j")
    await settle(hass, sonos_household)
    assert state(hass, LIVING).attributes["source_list"] == ["Jazz"]
    assert threads
    assert not any(threads)


async def test_diagnostics_of_a_discovered_household(
    hass: HomeAssistant,
    hass_client: Any,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    soco_listener_for_this_loop: None,
) -> None:
    """Discovery keys (the SSDP USN holds the speaker's uid and MAC) are left out."""
    living = sonos_household.speaker("Living Room")
    info = ssdp_info(living)
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={
            "source": SOURCE_SSDP,
            "discovery_key": DiscoveryKey(domain="ssdp", key=info.ssdp_usn, version=1),
        },
        data=info,
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    entry = result["result"]
    await hass.async_block_till_done()
    assert entry.discovery_keys
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diagnostics["entry"]["discovery_keys"] == "**REDACTED**"
    text = json.dumps(diagnostics)
    assert living.uid not in text
    assert living.mac.replace(":", "") not in text
    assert await hass.config_entries.async_unload(entry.entry_id)
