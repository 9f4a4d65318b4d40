"""Fixtures of the Sonos tests (the shared ones live in tests/conftest.py)."""

from collections.abc import Iterator
import logging

import pytest

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component


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
