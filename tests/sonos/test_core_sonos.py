"""Encore's Sonos household and Home Assistant's own `sonos`, in one Home Assistant.

The real core integration (from the installed `homeassistant` package) and
Encore share one SoCo: its instance cache, `soco.config` and the process-wide
`events_asyncio` listener. Both follow the same emulated speakers by events.
Core only reaches port 1400, so the speakers listen there, each on an address
of its own in 127.0.0.0/8 (`real_ports`).

Core finds speakers through SSDP; here its YAML `hosts` option names them
instead, and `ssdp` itself is stood in for (it would listen on the machine's
real interfaces). Nothing of core `sonos` or of Encore is mocked.
"""

import asyncio
from collections.abc import AsyncIterator, Coroutine, Iterator
from datetime import timedelta
import os
import time
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from soco import config as soco_config, events_asyncio, zonegroupstate

from homeassistant.components.media_player import ATTR_MEDIA_VOLUME_LEVEL
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    device_registry as dr,
    entity_registry as er,
    issue_registry as ir,
)
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos.events import SERVICES
from fakes.sonos import EmulatedHousehold
from tests.conftest import advance, sonos_entry_for
from tests.fakes.sonos_fixtures import HouseholdFactory

from .common import settle, until

try:
    # Core sonos imports it at load; requirements_test.txt installs it.
    import sonos_websocket  # noqa: F401
except ImportError:  # pragma: no cover - only where scripts/setup did not run
    if os.environ.get("CI"):
        raise
    pytest.skip(
        "sonos-websocket (core sonos's requirement) is missing: run scripts/setup",
        allow_module_level=True,
    )

CORE = "sonos"
# What core subscribes to on each speaker (alarms and device properties too).
CORE_SERVICES = 6


@pytest.fixture(autouse=True)
def core_settings() -> Iterator[None]:
    """Put back the process-wide SoCo settings core `sonos` changes."""
    saved = (
        soco_config.REQUEST_TIMEOUT,
        soco_config.ZGT_EVENT_FALLBACK,
        soco_config.EVENTS_MODULE,
    )
    # SoCo 0.32 has no such setting; core (written for 0.31.2) adds it.
    cache = getattr(zonegroupstate, "EVENT_CACHE_TIMEOUT", None)
    yield
    (
        soco_config.REQUEST_TIMEOUT,
        soco_config.ZGT_EVENT_FALLBACK,
        soco_config.EVENTS_MODULE,
    ) = saved
    if cache is None:
        vars(zonegroupstate).pop("EVENT_CACHE_TIMEOUT", None)
    else:
        zonegroupstate.EVENT_CACHE_TIMEOUT = cache


def _core_settings() -> tuple[Any, ...]:
    return (
        soco_config.REQUEST_TIMEOUT,
        soco_config.ZGT_EVENT_FALLBACK,
        soco_config.EVENTS_MODULE,
        soco_config.EVENT_ADVERTISE_IP,
        getattr(zonegroupstate, "EVENT_CACHE_TIMEOUT", None),
    )


@pytest.fixture
async def household(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
) -> EmulatedHousehold:
    """Two speakers on port 1400, where core `sonos` can reach them."""
    return await sonos_household_factory(
        rooms=["Living Room", "Kitchen"], real_ports=True
    )


async def _with_time(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    coro: Coroutine[Any, Any, Any],
    step: float = 1.0,
    attempts: int = 120,
) -> Any:
    """Await `coro` while frozen time moves on a second at a time.

    Core waits on timers while it sets up (4 s for its first topology
    subscription): under frozen time they end only when time is moved.
    """
    # Not a Home Assistant task: waiting for those would wait for this one,
    # which waits for time to move.
    task = asyncio.ensure_future(coro)
    for _ in range(attempts):
        for _ in range(20):
            if task.done():
                result = task.result()
                await hass.async_block_till_done()
                return result
            # Real time (not frozen): executor threads talk to the speakers.
            await hass.async_add_executor_job(time.sleep, 0.005)
        freezer.tick(timedelta(seconds=step))
        async_fire_time_changed(hass)
    raise AssertionError("never finished")


def _players(hass: HomeAssistant, platform: str) -> dict[str, str]:
    """Return the media players of `platform`: entity id by device (room) name."""
    registry = er.async_get(hass)
    devices = dr.async_get(hass)
    found = {}
    for entity in registry.entities.values():
        if entity.platform != platform or entity.domain != "media_player":
            continue
        device = devices.async_get(entity.device_id or "")
        found[device.name if device else entity.entity_id] = entity.entity_id
    return found


def _volume(hass: HomeAssistant, entity_id: str) -> Any:
    current = hass.states.get(entity_id)
    return None if current is None else current.attributes.get(ATTR_MEDIA_VOLUME_LEVEL)


@pytest.fixture
def no_ssdp(hass: HomeAssistant) -> Iterator[None]:
    """Stand in for `ssdp` (core's dependency), which would scan real interfaces."""
    hass.config.components.add("ssdp")
    with patch(
        "homeassistant.components.ssdp.async_register_callback",
        return_value=lambda: None,
    ):
        yield


async def _setup_core(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, household: EmulatedHousehold
) -> MockConfigEntry:
    """Set core `sonos` up with the speakers' addresses as `hosts`."""
    entry = MockConfigEntry(domain=CORE, title="Sonos")
    entry.add_to_hass(hass)
    config = {
        CORE: {"media_player": {"hosts": [s.ip_address for s in household.speakers]}}
    }
    assert await _with_time(hass, freezer, async_setup_component(hass, CORE, config))
    await until(hass, lambda: len(_players(hass, CORE)) == len(household.speakers))
    return entry


@pytest.fixture
async def core_sonos(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    no_ssdp: None,
) -> AsyncIterator[MockConfigEntry]:
    """Core `sonos`, loaded; unloaded at the end."""
    entry = await _setup_core(hass, freezer, household)
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await _with_time(
            hass, freezer, hass.config_entries.async_unload(entry.entry_id)
        )


async def test_both_follow_the_speakers_by_events(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    core_sonos: MockConfigEntry,
) -> None:
    """Encore next to core: each has its own subscriptions and gets every change."""
    settings = _core_settings()
    await _setup_encore(hass, freezer, household)
    # Encore changed none of the process-wide settings core made.
    assert _core_settings() == settings
    assert soco_config.REQUEST_TIMEOUT == 9.5
    ours, theirs = _players(hass, DOMAIN), _players(hass, CORE)
    assert len(ours) == len(theirs) == 2
    for speaker in household.speakers:
        await until(
            hass,
            lambda speaker=speaker: (
                len(speaker.subscriptions())  # type: ignore[misc]
                == len(SERVICES) + CORE_SERVICES
            ),
        )
    await _both_hear(hass, household, "Kitchen", 57)
    await _both_hear(hass, household, "Living Room", 23)


async def test_core_unloading_leaves_encore_hearing(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    core_sonos: MockConfigEntry,
) -> None:
    """Core stops SoCo's listener when it unloads; Encore subscribes again at once."""
    encore = await _setup_encore(hass, freezer, household)
    kitchen = household.speaker("Kitchen")
    ours = _players(hass, DOMAIN)
    before = {sub.sid for sub in kitchen.subscriptions()}

    assert await _with_time(
        hass, freezer, hass.config_entries.async_unload(core_sonos.entry_id)
    )
    # Core's own subscriptions went with it; Encore's were made anew on a
    # listener that runs again (the old ones were ended, not left to expire).
    await until(
        hass,
        lambda: (
            len(kitchen.subscriptions()) == len(SERVICES)
            and not {sub.sid for sub in kitchen.subscriptions()} & before
        ),
    )
    assert events_asyncio.event_listener.is_running
    kitchen.set_volume(44)
    await settle(hass, household)
    await until(hass, lambda: _volume(hass, ours["Kitchen"]) == 0.44)
    # No repair blames the network: nothing was blocked.
    await advance(hass, freezer, timedelta(seconds=60))
    assert not [
        issue
        for (domain, issue) in ir.async_get(hass).issues
        if domain == DOMAIN and issue.startswith("sonos_events")
    ]

    # Core comes back: both hear again; Encore keeps its subscriptions.
    mine = {sub.sid for sub in kitchen.subscriptions()}
    assert await _with_time(
        hass, freezer, hass.config_entries.async_setup(core_sonos.entry_id)
    )
    await until(
        hass, lambda: len(kitchen.subscriptions()) == len(SERVICES) + CORE_SERVICES
    )
    assert mine <= {sub.sid for sub in kitchen.subscriptions()}
    await _both_hear(hass, household, "Kitchen", 38)
    assert encore.state is ConfigEntryState.LOADED


async def test_encore_leaves_core_alone(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    core_sonos: MockConfigEntry,
) -> None:
    """Unloading Encore ends its own subscriptions only; core goes on hearing."""
    living = household.speaker("Living Room")
    theirs = {sub.sid for sub in living.subscriptions()}
    assert len(theirs) == CORE_SERVICES
    settings = _core_settings()
    encore = await _setup_encore(hass, freezer, household)
    assert await _with_time(
        hass, freezer, hass.config_entries.async_unload(encore.entry_id)
    )
    assert {sub.sid for sub in living.subscriptions()} == theirs
    assert events_asyncio.event_listener.is_running
    assert _core_settings() == settings
    living.set_volume(61)
    await settle(hass, household)
    await until(
        hass, lambda: _volume(hass, _players(hass, CORE)["Living Room"]) == 0.61
    )


@pytest.mark.usefixtures("no_ssdp")
async def test_encore_first_then_core(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
) -> None:
    """Core's setup clears SoCo's instance cache: Encore does not depend on it."""
    await _setup_encore(hass, freezer, household)
    entry = await _setup_core(hass, freezer, household)
    await _both_hear(hass, household, "Kitchen", 12)
    assert await _with_time(
        hass, freezer, hass.config_entries.async_unload(entry.entry_id)
    )
    # Encore, set up before core, still hears once core has gone.
    kitchen = household.speaker("Kitchen")
    await until(hass, lambda: len(kitchen.subscriptions()) == len(SERVICES))
    kitchen.set_volume(31)
    await settle(hass, household)
    await until(hass, lambda: _volume(hass, _players(hass, DOMAIN)["Kitchen"]) == 0.31)


async def _setup_encore(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, household: EmulatedHousehold
) -> MockConfigEntry:
    entry = sonos_entry_for(household)
    entry.add_to_hass(hass)
    assert await _with_time(
        hass, freezer, hass.config_entries.async_setup(entry.entry_id)
    )
    for speaker in household.speakers:
        await until(
            hass,
            lambda speaker=speaker: (
                sum(  # type: ignore[misc]
                    sub.service in ("AVTransport", "RenderingControl")
                    for sub in speaker.subscriptions()
                )
                >= 2
            ),
        )
    return entry


async def _both_hear(
    hass: HomeAssistant, household: EmulatedHousehold, room: str, volume: int
) -> None:
    """A change made on the speaker reaches Encore's player and core's, by event."""
    speaker = household.speaker(room)
    polls = len(speaker.actions_named("GetVolume"))
    speaker.set_volume(volume)
    await settle(hass, household)
    ours, theirs = _players(hass, DOMAIN)[room], _players(hass, CORE)[room]
    await until(
        hass, lambda: _volume(hass, ours) == _volume(hass, theirs) == volume / 100
    )
    # Pushed, not read: neither asked the speaker for its volume.
    assert len(speaker.actions_named("GetVolume")) == polls
