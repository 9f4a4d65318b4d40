"""The choice in the history settings: Sonos through Encore, or left to core `sonos`."""

from freezegun.api import FrozenDateTimeFactory
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import SOURCE_SSDP, SOURCE_USER, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)

from custom_components.encore.const import (
    CONF_KIND,
    CONF_SONOS_MODE,
    CORE_SONOS,
    DOMAIN,
    HISTORY_UNIQUE_ID,
    EntryKind,
    SonosMode,
)
from custom_components.encore.history.collectors.media_player import (
    MediaPlayerCollector,
)
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.wiring.history_entry import settings_from_options
from fakes.sonos import EmulatedHousehold
from tests.conftest import sonos_entry_for
from tests.history.collectors.test_media_player_collector import (
    later,
    player,
    show,
    stored_plays,
)

from .test_config_flow import ssdp_info

TRACK = "spotify:track:4uLU6hMCjMI75M1A2tKUQC"


def history_entry(hass: HomeAssistant, mode: SonosMode) -> MockConfigEntry:
    """The listening history settings, with the Sonos choice made."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Listening history",
        unique_id=HISTORY_UNIQUE_ID,
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_SONOS_MODE: mode},
    )
    entry.add_to_hass(hass)
    return entry


async def test_the_history_step_asks_and_guesses_core_when_it_runs(
    hass: HomeAssistant,
) -> None:
    """A home with core `sonos` gets "leave them to core" suggested; saved as options."""
    MockConfigEntry(domain=CORE_SONOS).add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "history"}
    )
    assert result["type"] is FlowResultType.FORM
    schema = result["data_schema"]
    assert schema is not None
    assert schema({}) == {CONF_SONOS_MODE: SonosMode.CORE}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_SONOS_MODE: SonosMode.CORE}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["result"].options == {CONF_SONOS_MODE: SonosMode.CORE}
    assert settings_from_options({}).sonos_mode is SonosMode.ENCORE
    assert settings_from_options({CONF_SONOS_MODE: "bogus"}).sonos_mode is (
        SonosMode.ENCORE
    )


async def test_left_to_core_encore_adds_no_sonos(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household: EmulatedHousehold,
) -> None:
    """No discovery card, no household by address, no players from an old entry."""
    history_entry(hass, SonosMode.CORE)
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_SSDP},
        data=ssdp_info(sonos_household.speaker("Living Room")),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "sonos_left_to_core"
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "sonos"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "sonos_left_to_core"

    old = sonos_entry_for(sonos_household)
    old.add_to_hass(hass)
    assert await hass.config_entries.async_setup(_history_entry_id(hass))
    await hass.async_block_till_done()
    # Set up with the integration; the choice stops it, saying why.
    assert old.state is ConfigEntryState.SETUP_ERROR
    assert old.reason is not None
    assert not [
        e
        for e in er.async_get(hass).entities.values()
        if e.platform == DOMAIN and e.domain == "media_player"
    ]
    assert not sonos_household.speaker("Living Room").subscriptions()


def _history_entry_id(hass: HomeAssistant) -> str:
    """The history entry's id."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(
        DOMAIN, HISTORY_UNIQUE_ID
    )
    assert entry is not None
    return entry.entry_id


async def test_core_players_are_recorded_with_their_rooms(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Every core Sonos player, also one added later; the room from its area."""
    manager = async_get_manager(hass)
    await manager.async_acquire("test")
    core = MockConfigEntry(domain=CORE_SONOS)
    core.add_to_hass(hass)
    devices, entities = dr.async_get(hass), er.async_get(hass)
    areas = ar.async_get(hass)

    def core_player(uid: str, room: str, area: str | None = None) -> str:
        device = devices.async_get_or_create(
            config_entry_id=core.entry_id, identifiers={(CORE_SONOS, uid)}, name=room
        )
        if area is not None:
            devices.async_update_device(
                device.id, area_id=areas.async_get_or_create(area).id
            )
        return entities.async_get_or_create(
            "media_player", CORE_SONOS, uid, device_id=device.id
        ).entity_id

    kitchen = core_player("RINCON_1", "Kitchen", area="Küche")
    collector = MediaPlayerCollector(hass, manager, (), platforms=(CORE_SONOS,))
    await collector.async_start()
    # Core finds another speaker after the history started.
    office = core_player("RINCON_2", "Office")
    for entity_id in (kitchen, office):
        show(hass, entity_id, player("playing", TRACK, "Alpha", position=0))
    await later(hass, freezer, 60)
    for entity_id in (kitchen, office):
        show(hass, entity_id, player("idle"))
    await hass.async_block_till_done(wait_background_tasks=True)
    found = {row["account"]: row["device"] for row in await stored_plays(hass)}
    assert found == {
        f"media_player:{kitchen}": "Küche",
        f"media_player:{office}": "Office",
    }
    await collector.async_stop()
    await manager.async_release("test")
