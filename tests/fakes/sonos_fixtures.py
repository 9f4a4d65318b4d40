"""Pytest fixtures for tests that run real SoCo against emulated speakers.

Import them in a ``conftest.py``::

    from tests.fakes.sonos_fixtures import *  # noqa: F403

``sonos_household`` gives a started household of three speakers: a Sonos One
"Living Room", a Sonos Arc "TV Room" and a Sonos Five "Kitchen". Its clock is
manual (time moves only with ``advance()``). Tests that need other rooms or
options use ``sonos_household_factory``. Both enable 127.0.0.1 sockets through
pytest-socket's ``socket_enabled`` (pytest-homeassistant-custom-component
otherwise blocks socket creation), reset SoCo's caches before and after, and
stop SoCo's asyncio event listener at the end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence

import pytest
import pytest_asyncio
import pytest_socket
from soco import config as soco_config

from fakes.sonos.household import EmulatedHousehold
from fakes.sonos.models import (
    SONOS_ARC,
    SONOS_FIVE,
    SONOS_ONE,
    EmulatorClock,
    SpeakerModel,
)
from fakes.sonos.soco_support import (
    SOCO_TAKES_PORT,
    async_stop_soco_events,
    configure_soco_events,
    disable_soco_cache,
    fresh_listener_locks,
    reset_soco,
)

DEFAULT_ROOMS: tuple[tuple[str, SpeakerModel], ...] = (
    ("Living Room", SONOS_ONE),
    ("TV Room", SONOS_ARC),
    ("Kitchen", SONOS_FIVE),
)

type HouseholdFactory = Callable[..., Awaitable[EmulatedHousehold]]

__all__ = [
    "DEFAULT_ROOMS",
    "HouseholdFactory",
    "soco_clean",
    "soco_events",
    "sonos_household",
    "sonos_household_factory",
]


@pytest.fixture
def soco_clean() -> Iterator[None]:
    """Reset SoCo's singletons and caches around a test; configure it for tests.

    Sets ``soco.config`` for the test (``events_asyncio``, listener on
    127.0.0.1, result cache off) and restores the previous values afterwards.
    """
    saved = (
        soco_config.EVENTS_MODULE,
        soco_config.EVENT_LISTENER_IP,
        soco_config.CACHE_ENABLED,
    )
    configure_soco_events()
    disable_soco_cache()
    reset_soco()
    yield
    reset_soco()
    (
        soco_config.EVENTS_MODULE,
        soco_config.EVENT_LISTENER_IP,
        soco_config.CACHE_ENABLED,
    ) = saved


@pytest_asyncio.fixture
async def soco_events(soco_clean: object) -> AsyncIterator[None]:
    """Use ``soco.events_asyncio`` on 127.0.0.1 and stop its listener afterwards."""
    fresh_listener_locks()
    yield
    await async_stop_soco_events()


@pytest_asyncio.fixture
async def sonos_household_factory(
    socket_enabled: None, soco_events: None
) -> AsyncIterator[HouseholdFactory]:
    """Return ``await factory(rooms=..., **household_kwargs)`` for started households.

    Unless a ``clock`` is passed, the household gets a manual clock: playback
    positions only move with ``advance()``, so tests are deterministic.
    """
    households: list[EmulatedHousehold] = []
    # Speakers on real ports have addresses of their own in 127.0.0.0/8;
    # pytest-homeassistant-custom-component only lets tests reach 127.0.0.1.
    pytest_socket.socket_allow_hosts(["127.0.0.0/8"], allow_unix_socket=True)

    async def factory(
        rooms: Sequence[tuple[str, SpeakerModel] | str] = DEFAULT_ROOMS,
        **kwargs: object,
    ) -> EmulatedHousehold:
        kwargs.setdefault("clock", EmulatorClock.manual())
        # SoCo before 0.32 reaches port 1400 only: speakers get real ports then.
        kwargs.setdefault("real_ports", not SOCO_TAKES_PORT)
        household = EmulatedHousehold(**kwargs)  # type: ignore[arg-type]
        for room in rooms:
            if isinstance(room, str):
                household.add_speaker(room)
            else:
                household.add_speaker(room[0], model=room[1])
        households.append(household)
        await household.start()
        return household

    yield factory
    for household in households:
        await household.stop_events()
    await async_stop_soco_events()
    for household in households:
        await household.stop()


@pytest_asyncio.fixture
async def sonos_household(
    sonos_household_factory: HouseholdFactory,
) -> EmulatedHousehold:
    """A started household: Living Room (One), TV Room (Arc), Kitchen (Five)."""
    return await sonos_household_factory()
