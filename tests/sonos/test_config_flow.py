"""Adding Sonos households: SSDP, zeroconf, an IP address; options and reconfigure."""

from ipaddress import ip_address

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import (
    SOURCE_IGNORE,
    SOURCE_SSDP,
    SOURCE_USER,
    SOURCE_ZEROCONF,
    ConfigEntryState,
)
from homeassistant.const import CONF_HOST, CONF_PORT
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult, FlowResultType
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.service_info.ssdp import SsdpServiceInfo
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo

from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_SPOTIFY_ACCOUNT,
    CONF_UID,
    DOMAIN,
    EntryKind,
)
from fakes.sonos import EmulatedHousehold, EmulatedSpeaker
from tests.conftest import sonos_entry_for

from .common import settle

pytestmark = pytest.mark.usefixtures("soco_listener_for_this_loop")


def ssdp_info(speaker: EmulatedSpeaker) -> SsdpServiceInfo:
    """What Home Assistant's SSDP integration hands over for a speaker."""
    return SsdpServiceInfo(
        ssdp_usn=f"uuid:{speaker.uid}::urn:schemas-upnp-org:device:ZonePlayer:1",
        ssdp_st="urn:schemas-upnp-org:device:ZonePlayer:1",
        ssdp_location=speaker.location,
        upnp={"UDN": f"uuid:{speaker.uid}", "friendlyName": speaker.room_name},
    )


def zeroconf_info(speaker: EmulatedSpeaker) -> ZeroconfServiceInfo:
    """What Home Assistant's zeroconf integration hands over for a speaker."""
    mac = speaker.mac.replace(":", "")
    return ZeroconfServiceInfo(
        ip_address=ip_address(speaker.ip_address),
        ip_addresses=[ip_address(speaker.ip_address)],
        port=1443,
        hostname=f"Sonos-{mac}.local.",
        type="_sonos._tcp.local.",
        name=f"Sonos-{mac}@{speaker.room_name}._sonos._tcp.local.",
        properties={
            "hhid": speaker.household_id,
            "location": speaker.location,
            "bootseq": str(speaker.boot_seq),
        },
    )


async def start_sonos_flow(hass: HomeAssistant) -> FlowResult:
    """Open the menu and choose Sonos."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "sonos"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "sonos"
    return result


async def test_manual_address(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Add by IP address (and port): wrong input and silence are form errors."""
    kitchen = sonos_household.speaker("Kitchen")
    result = await start_sonos_flow(hass)

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: "kitchen.local"}
    )
    assert result["errors"] == {CONF_HOST: "invalid_host"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: "127.0.0.1:99999"}
    )
    assert result["errors"] == {CONF_HOST: "invalid_host"}
    # Nothing listens there (the emulator never uses 127.0.x.y).
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: "127.0.0.9"}
    )
    assert result["errors"] == {"base": "cannot_connect"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{kitchen.ip_address}:{kitchen.port}"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Sonos (Kitchen)"
    assert result["data"] == {
        CONF_KIND: EntryKind.SONOS,
        CONF_HOST: kitchen.ip_address,
        CONF_PORT: kitchen.port,
        CONF_UID: kitchen.uid,
        CONF_HOUSEHOLD_ID: sonos_household.household_id,
    }
    entry = result["result"]
    assert entry.unique_id == sonos_household.household_id
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert len(hass.states.async_entity_ids("media_player")) == 3

    # Another speaker of the same household: already there.
    result = await start_sonos_flow(hass)
    living = sonos_household.speaker("Living Room")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{living.ip_address}:{living.port}"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "sonos_already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_ssdp_discovery(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """SSDP finds a speaker; the user confirms; other speakers don't add entries."""
    living = sonos_household.speaker("Living Room")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "discovery_confirm"
    assert result["description_placeholders"] == {
        "name": "Living Room",
        "address": f"{living.ip_address}:{living.port}",
    }
    # A second speaker of the same household while the first flow waits.
    second = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_SSDP},
        data=ssdp_info(sonos_household.speaker("Kitchen")),
    )
    assert second["type"] is FlowResultType.ABORT
    assert second["reason"] == "already_in_progress"

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Sonos (Living Room)"
    entry = result["result"]
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_SSDP},
        data=ssdp_info(sonos_household.speaker("TV Room")),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "sonos_already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_zeroconf_discovery(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """mDNS announces a speaker; the UPnP port comes from its `location`."""
    tv_room = sonos_household.speaker("TV Room")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=zeroconf_info(tv_room)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "discovery_confirm"
    flows = hass.config_entries.flow.async_progress()
    assert flows[0]["context"]["title_placeholders"] == {"name": "Sonos (TV Room)"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_PORT] == tv_room.port
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def test_discovery_of_what_is_not_a_reachable_sonos(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """No usable address, or nothing answers: the flow ends quietly."""
    living = sonos_household.speaker("Living Room")
    info = ssdp_info(living)
    info.ssdp_location = "http://[::1]:1400/xml/device_description.xml"
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=info
    )
    assert result["reason"] == "sonos_not_sonos"
    info.ssdp_location = "http://127.0.0.9:1400/xml/device_description.xml"
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=info
    )
    assert result["reason"] == "sonos_cannot_connect"
    zeroconf = zeroconf_info(living)
    zeroconf.ip_address = ip_address("fe80::1")
    zeroconf.properties = {}
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=zeroconf
    )
    assert result["reason"] == "sonos_not_sonos"


async def test_discovery_updates_a_changed_address(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """An entry whose speaker moved retries; discovery gives the new address."""
    living = sonos_household.speaker("Living Room")
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    # Nothing answers there (the emulator never uses 127.0.x.y).
    moved = {**entry.data, CONF_HOST: "127.0.0.9", CONF_PORT: 1400}
    hass.config_entries.async_update_entry(entry, data=moved)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_RETRY

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert result["reason"] == "sonos_already_configured"
    assert entry.data[CONF_PORT] == living.port
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    # Running: the household follows; the known speaker's address is kept current.
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=zeroconf_info(living)
    )
    assert result["reason"] == "sonos_already_configured"
    assert entry.state is ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_discovery_of_another_speaker_revives_an_entry(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """The known speaker is off; another speaker of the household is found."""
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    living = sonos_household.speaker("Living Room")
    await living.go_offline()
    assert not await hass.config_entries.async_setup(entry.entry_id)
    kitchen = sonos_household.speaker("Kitchen")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(kitchen)
    )
    assert result["reason"] == "sonos_already_configured"
    assert entry.data[CONF_UID] == kitchen.uid
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert hass.states.get("media_player.kitchen") is not None
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_ignored_household_stays_ignored(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Discovery of an ignored household changes nothing."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=sonos_household.household_id,
        source=SOURCE_IGNORE,
        data={},
    )
    entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_SSDP},
        data=ssdp_info(sonos_household.speaker("Kitchen")),
    )
    assert result["reason"] == "sonos_already_configured"
    assert entry.data == {}


async def test_reconfigure_and_options(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_household_factory: object,
    sonos_loaded: MockConfigEntry,
    loaded_entry: MockConfigEntry,
) -> None:
    """Reconfigure takes another speaker's address; options pick the account."""
    kitchen = sonos_household.speaker("Kitchen")
    result = await sonos_loaded.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure_sonos"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: "nonsense"}
    )
    assert result["errors"] == {CONF_HOST: "invalid_host"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{kitchen.ip_address}:{kitchen.port}"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "sonos_reconfigure_successful"
    assert sonos_loaded.data[CONF_UID] == kitchen.uid
    await hass.async_block_till_done()
    await settle(hass, sonos_household)

    other = await sonos_household_factory(rooms=["Office"])  # type: ignore[operator]
    result = await sonos_loaded.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_HOST: f"{other.speaker('Office').ip_address}:{other.speaker('Office').port}"
        },
    )
    assert result["reason"] == "sonos_wrong_household"

    result = await hass.config_entries.options.async_init(sonos_loaded.entry_id)
    assert result["step_id"] == "sonos"
    assert result["description_placeholders"] == {"accounts": "1"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_SPOTIFY_ACCOUNT: loaded_entry.entry_id}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert sonos_loaded.options == {CONF_SPOTIFY_ACCOUNT: loaded_entry.entry_id}


async def test_an_ignored_household_can_be_added_by_hand(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Ignoring a discovery does not stop the user from adding it later."""
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=sonos_household.household_id,
        source=SOURCE_IGNORE,
        data={},
    ).add_to_hass(hass)
    result = await start_sonos_flow(hass)
    living = sonos_household.speaker("Living Room")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{living.ip_address}:{living.port}"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    entries = hass.config_entries.async_entries(DOMAIN)
    assert [entry.source for entry in entries] == [SOURCE_USER]
    assert await hass.config_entries.async_unload(entries[0].entry_id)


async def test_a_speaker_that_answers_garbage(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """An unreadable answer is "cannot connect", in the form and in discovery."""
    living = sonos_household.speaker("Living Room")
    living.garble_action("DeviceProperties", "GetHouseholdID", times=None)
    result = await start_sonos_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{living.ip_address}:{living.port}"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert result["reason"] == "sonos_cannot_connect"


async def test_identifying_asks_for_the_household_once(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """One timed request for the household id, not a second untimed one."""
    living = sonos_household.speaker("Living Room")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert result["step_id"] == "discovery_confirm"
    assert len(living.actions_named("GetHouseholdID")) == 1


async def test_adding_by_hand_while_a_discovery_waits(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """The user's own request is not refused as "already in progress"."""
    living = sonos_household.speaker("Living Room")
    discovered = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(living)
    )
    assert discovered["step_id"] == "discovery_confirm"
    result = await start_sonos_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{living.ip_address}:{living.port}"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    # The discovery of the household just added ends by itself.
    assert hass.config_entries.flow.async_progress() == []
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def test_options_keep_an_account_that_is_not_loaded(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Saving the form without Spotify loaded keeps the account chosen before."""
    hass.config_entries.async_update_entry(
        sonos_loaded, options={CONF_SPOTIFY_ACCOUNT: "spotify-entry-id"}
    )
    result = await hass.config_entries.options.async_init(sonos_loaded.entry_id)
    assert result["description_placeholders"] == {"accounts": "0"}
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert sonos_loaded.options == {CONF_SPOTIFY_ACCOUNT: "spotify-entry-id"}


async def test_no_discovery_card_for_speakers_core_sonos_has(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Speakers Home Assistant's own Sonos has: no card; adding by address still works."""
    living = sonos_household.speaker("Living Room")
    # What core `sonos` leaves in the device registry for a speaker it set up.
    core_entry = MockConfigEntry(domain="sonos", title="Sonos")
    core_entry.add_to_hass(hass)
    dr.async_get(hass).async_get_or_create(
        config_entry_id=core_entry.entry_id,
        identifiers={("sonos", living.uid)},
        name=living.room_name,
    )
    for source, info in (
        (SOURCE_SSDP, ssdp_info(living)),
        (SOURCE_ZEROCONF, zeroconf_info(living)),
    ):
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": source}, data=info
        )
        assert result["type"] is FlowResultType.ABORT
        assert result["reason"] == "sonos_managed_by_core"
    assert not hass.config_entries.flow.async_progress_by_handler(DOMAIN)

    # A speaker core does not have is still offered.
    kitchen = sonos_household.speaker("Kitchen")
    other = await sonos_household_flow(hass, kitchen)
    assert other["step_id"] == "discovery_confirm"

    result = await start_sonos_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_HOST: f"{living.ip_address}:{living.port}"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def sonos_household_flow(
    hass: HomeAssistant, speaker: EmulatedSpeaker
) -> FlowResult:
    """Start the SSDP flow of `speaker`."""
    return await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_SSDP}, data=ssdp_info(speaker)
    )
