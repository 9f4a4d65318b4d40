"""Entity snapshots of a Spotify account, one platform at a time (issue 44.7).

A cheap net beside the real ones (`test_entities.py`, `spotify/`): every
entity a platform adds, its registry entry and its state, against the fake
Spotify, as core's integrations snapshot theirs (`snapshot_platform`). A
change to a name, a unique id, a device class or an attribute shows here as
a diff to review (`pytest --snapshot-update` writes the new one).
"""

from unittest.mock import PropertyMock, patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    snapshot_platform,
)
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from custom_components.encore.const import CONF_KIND, DOMAIN, EntryKind
from custom_components.encore.wiring.history_entry import HistoryEntryRuntime
from custom_components.encore.wiring.runtime import SpotifyRuntime

from .conftest import SetupEntry

MOMENT = "2026-03-04T10:00:00+00:00"


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Serialize as core's snapshots do (ids and times left out).

    The test plugin's own fixture of this name is shadowed by syrupy's when
    syrupy registers last.
    """
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.mark.parametrize("platform", SpotifyRuntime.platforms)
async def test_spotify_account_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    freezer: FrozenDateTimeFactory,
    platform: Platform,
) -> None:
    """Each platform's entities of an account, every one enabled."""
    # A fixed moment: the next poll and the last sync are times.
    freezer.move_to(MOMENT)
    with (
        patch.object(SpotifyRuntime, "platforms", (platform,)),
        patch(
            "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
            new_callable=PropertyMock,
            return_value=True,
        ),
    ):
        assert await setup_entry(spotify_entry)
    await snapshot_platform(hass, entity_registry, snapshot, spotify_entry.entry_id)


@pytest.mark.parametrize("platform", HistoryEntryRuntime.platforms)
async def test_history_settings_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    setup_entry: SetupEntry,
    freezer: FrozenDateTimeFactory,
    platform: Platform,
) -> None:
    """Each platform's entities of every source together (the settings entry)."""
    freezer.move_to(MOMENT)
    # Its entities' unique ids hold the entry's id: a fixed one here.
    settings = MockConfigEntry(
        domain=DOMAIN,
        entry_id="01JSNAPSHOTHISTORY0000000",
        unique_id="history",
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
    )
    settings.add_to_hass(hass)
    with (
        patch.object(HistoryEntryRuntime, "platforms", (platform,)),
        patch(
            "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
            new_callable=PropertyMock,
            return_value=True,
        ),
    ):
        assert await setup_entry(settings)
    await snapshot_platform(hass, entity_registry, snapshot, settings.entry_id)
