"""Fixtures of the Sonos tests (the shared ones live in tests/conftest.py)."""

from collections.abc import AsyncIterator, Iterator
import logging

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from fakes.sonos import (
    SONOS_AMP,
    SONOS_ARC_ULTRA,
    SONOS_FIVE,
    SONOS_ONE,
    SONOS_ROAM,
    EmulatedHousehold,
)
from tests.conftest import sonos_entry_for
from tests.fakes.sonos_fixtures import HouseholdFactory


@pytest.fixture(autouse=True)
async def media_player_first(hass: HomeAssistant) -> None:
    """Load media_player (its image proxy view) before anything freezes HTTP."""
    assert await async_setup_component(hass, MP_DOMAIN, {})


@pytest.fixture(autouse=True)
def quiet_access_log() -> Iterator[None]:
    """Keep aiohttp from logging SoCo's listener requests.

    Under freezegun `time.localtime()` has no UTC offset, and aiohttp's access
    logger (on in SoCo's event listener) fails on every request it logs.
    """
    logger = logging.getLogger("aiohttp.access")
    level = logger.level
    logger.setLevel(logging.WARNING)
    yield
    logger.setLevel(level)


@pytest.fixture
async def home(
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
) -> EmulatedHousehold:
    """A household of every kind: a plain speaker, a soundbar with a Sub, an Amp,
    a portable, and a speaker without a microphone.

    Time is frozen before the speakers start (see `spotify_entry`).
    """
    household = await sonos_household_factory(
        rooms=[
            ("Living Room", SONOS_ONE),
            ("TV Room", SONOS_ARC_ULTRA),
            ("Den", SONOS_AMP),
            ("Patio", SONOS_ROAM),
            ("Kitchen", SONOS_FIVE),
        ]
    )
    household.speaker("TV Room").subwoofer = True
    return household


@pytest.fixture
async def home_loaded(
    hass: HomeAssistant, home: EmulatedHousehold
) -> AsyncIterator[MockConfigEntry]:
    """The household of every kind, set up; unloaded before the speakers stop."""
    entry = sonos_entry_for(home)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
