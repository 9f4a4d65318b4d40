"""Entity snapshots of a Sonos household, one platform at a time (issue 44.7).

A cheap net beside the emulated household's tests: every entity a platform
adds for the household of every kind (a plain speaker, a soundbar with a
Sub, an Amp, a portable, one without a microphone), its registry entry and
its state, as core's integrations snapshot theirs (`snapshot_platform`).
`pytest --snapshot-update` writes a new one after a change meant to show.
"""

from collections.abc import AsyncIterator
from unittest.mock import PropertyMock, patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    snapshot_platform,
)
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from custom_components.encore.wiring.runtime import SonosRuntime
from fakes.sonos import SONOS_AMP, SONOS_ARC_ULTRA, SONOS_FIVE, SONOS_ONE, SONOS_ROAM
from tests.conftest import sonos_entry_for
from tests.fakes.sonos_fixtures import HouseholdFactory


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Serialize as core's snapshots do (ids and times left out)."""
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.fixture
async def household_entry(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
) -> AsyncIterator[MockConfigEntry]:
    """The household of every kind's entry, added, unloaded before it stops.

    As `home`, with a household id of its own: the speakers' ids (and so
    the unique ids) follow from it, whichever tests ran before. At a fixed
    moment: a player's position is stamped with it.
    """
    freezer.move_to("2026-03-04T10:00:00+00:00")
    household = await sonos_household_factory(
        rooms=[
            ("Living Room", SONOS_ONE),
            ("TV Room", SONOS_ARC_ULTRA),
            ("Den", SONOS_AMP),
            ("Patio", SONOS_ROAM),
            ("Kitchen", SONOS_FIVE),
        ],
        household_id="Sonos_SNAPSHOT",
    )
    household.speaker("TV Room").subwoofer = True
    entry = sonos_entry_for(household)
    entry.add_to_hass(hass)
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


@pytest.mark.parametrize("platform", SonosRuntime.platforms)
async def test_household_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    household_entry: MockConfigEntry,
    platform: Platform,
) -> None:
    """Each platform's entities of every speaker, every one enabled."""
    with (
        patch.object(SonosRuntime, "platforms", (platform,)),
        patch(
            "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
            new_callable=PropertyMock,
            return_value=True,
        ),
    ):
        assert await hass.config_entries.async_setup(household_entry.entry_id)
        await hass.async_block_till_done()
    await snapshot_platform(hass, entity_registry, snapshot, household_entry.entry_id)
