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
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from datetime import timedelta
import os
import time
from typing import Any, Final
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
from fakes.sonos import (
    SONOS_AMP,
    SONOS_ARC_ULTRA,
    SONOS_ONE,
    SONOS_ROAM,
    EmulatedHousehold,
    EmulatedSpeaker,
)
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


# Settings, sensors and alarms: an Encore counterpart for each of core's -------------

ENCORE = DOMAIN
# Core's entities that start disabled: enabled beforehand to compare them.
CORE_DISABLED = ("status_light", "buttons_enabled", "power_source")


@pytest.fixture
async def theatre(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household_factory: HouseholdFactory,
    no_ssdp: None,
) -> AsyncIterator[EmulatedHousehold]:
    """A speaker, an Arc Ultra with a Sub, an Amp and a Roam, each with both
    integrations loaded; a weekday alarm in the Living Room from the app."""
    household = await sonos_household_factory(
        rooms=[
            ("Living Room", SONOS_ONE),
            ("TV Room", SONOS_ARC_ULTRA),
            ("Den", SONOS_AMP),
            ("Patio", SONOS_ROAM),
        ],
        real_ports=True,
    )
    household.speaker("TV Room").subwoofer = True
    household.alarm_clock.add(household.speaker("Living Room"), "07:00:00", "WEEKDAYS")
    registry = er.async_get(hass)
    for speaker in household.speakers:
        for key in CORE_DISABLED:
            domain = "sensor" if key == "power_source" else "switch"
            registry.async_get_or_create(domain, CORE, f"{speaker.uid}-{key}")
    core = await _setup_core(hass, freezer, household)
    await _setup_encore(hass, freezer, household)
    await settle(hass, household)
    yield household
    await _with_time(hass, freezer, hass.config_entries.async_unload(core.entry_id))


def _entity(hass: HomeAssistant, domain: str, platform: str, unique_id: str) -> str:
    entity_id = er.async_get(hass).async_get_entity_id(domain, platform, unique_id)
    assert entity_id is not None, (domain, platform, unique_id)
    return entity_id


async def _call(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    domain: str,
    service: str,
    entity_id: str,
    **data: Any,
) -> None:
    await _with_time(
        hass,
        freezer,
        hass.services.async_call(
            domain, service, {"entity_id": entity_id, **data}, blocking=True
        ),
    )


# Number: (room, the register it moves, a value through core, one through Encore).
NUMBERS: dict[str, tuple[str, Callable[[EmulatedSpeaker], Any], float, float]] = {
    "bass": ("Living Room", lambda s: s.rendering.bass, 4, -6),
    "treble": ("Living Room", lambda s: s.rendering.treble, -2, 7),
    "balance": (
        "Living Room",
        lambda s: (s.rendering.left, s.rendering.right),
        -20,
        30,
    ),
    "audio_delay": ("TV Room", lambda s: s.rendering.eq["AudioDelay"], 2, 4),
    "sub_gain": ("TV Room", lambda s: s.rendering.eq["SubGain"], -5, 8),
    "surround_level": ("TV Room", lambda s: s.rendering.eq["SurroundLevel"], 3, -3),
    "music_surround_level": (
        "TV Room",
        lambda s: s.rendering.eq["MusicSurroundLevel"],
        -9,
        11,
    ),
    "sub_crossover": ("Den", lambda s: s.rendering.eq["SubCrossover"], 60, 105),
}
BALANCE: Final = {-20: (100, 80), 30: (70, 100)}
# Switch: (room, the setting it turns on or off).
SWITCHES: dict[str, tuple[str, Callable[[EmulatedSpeaker], bool]]] = {
    "loudness": ("Living Room", lambda s: s.rendering.loudness),
    "cross_fade": ("Living Room", lambda s: s.coordinator.playback.crossfade),
    "status_light": ("Living Room", lambda s: s.led_on),
    "buttons_enabled": ("Living Room", lambda s: not s.buttons_locked),
    "night_mode": ("TV Room", lambda s: bool(s.rendering.eq["NightMode"])),
    "dialog_level": (
        "TV Room",
        lambda s: bool(s.rendering.eq["SpeechEnhanceEnabled"]),
    ),
    "sub_enabled": ("TV Room", lambda s: bool(s.rendering.eq["SubEnable"])),
    "surround_enabled": ("TV Room", lambda s: bool(s.rendering.eq["SurroundEnable"])),
    "surround_mode": ("TV Room", lambda s: bool(s.rendering.eq["SurroundMode"])),
    "tv_autoplay": ("TV Room", lambda s: s.autoplay_room == s.uid),
    "ungroup_on_autoplay": ("TV Room", lambda s: not s.autoplay_linked_zones),
}


async def test_every_setting_has_the_same_effect_through_either(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, theatre: EmulatedHousehold
) -> None:
    """Each of core's numbers, switches and its select has an Encore counterpart
    that moves the same register of the speaker."""
    for key, (room, register, through_core, through_encore) in NUMBERS.items():
        speaker = theatre.speaker(room)
        for platform, value in ((CORE, through_core), (ENCORE, through_encore)):
            entity_id = _entity(hass, "number", platform, f"{speaker.uid}-{key}")
            await _call(hass, freezer, "number", "set_value", entity_id, value=value)
            expected = BALANCE[int(value)] if key == "balance" else value
            assert register(speaker) == expected, (key, platform)
    for key, (room, setting) in SWITCHES.items():
        speaker = theatre.speaker(room)
        for platform in (CORE, ENCORE):
            entity_id = _entity(hass, "switch", platform, f"{speaker.uid}-{key}")
            wanted = not setting(speaker)
            service = "turn_on" if wanted else "turn_off"
            await _call(hass, freezer, "switch", service, entity_id)
            assert setting(speaker) is wanted, (key, platform)
    tv = theatre.speaker("TV Room")
    for platform, option, level in ((CORE, "medium", 2), (ENCORE, "max", 4)):
        entity_id = _entity(hass, "select", platform, f"{tv.uid}-speech_dialog_level")
        await _call(hass, freezer, "select", "select_option", entity_id, option=option)
        assert tv.rendering.eq["DialogLevel"] == level, platform
    # And both show what the speaker holds now.
    await settle(hass, theatre)
    await until(
        hass,
        lambda: (
            hass.states.get(_entity(hass, "number", CORE, f"{tv.uid}-sub_gain"))
            is not None
            and _state(hass, "number", CORE, f"{tv.uid}-sub_gain")
            == _state(hass, "number", ENCORE, f"{tv.uid}-sub_gain")
            == "8"
        ),
    )


def _state(hass: HomeAssistant, domain: str, platform: str, unique_id: str) -> str:
    current = hass.states.get(_entity(hass, domain, platform, unique_id))
    assert current is not None
    return current.state


async def test_an_alarm_through_either(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, theatre: EmulatedHousehold
) -> None:
    """The alarm's switch and `update_alarm` of each change the same alarm."""
    alarm = theatre.alarm_clock.alarms[1]
    unique_id = f"alarm-{theatre.household_id}:1"
    ours = _entity(hass, "switch", ENCORE, unique_id)
    theirs = _entity(hass, "switch", CORE, unique_id)
    await _call(hass, freezer, "switch", "turn_off", theirs)
    assert theatre.alarm_clock.alarms[1].enabled is False
    await _call(hass, freezer, "switch", "turn_on", ours)
    assert theatre.alarm_clock.alarms[1].enabled is True
    living = _players(hass, CORE)["Living Room"]
    await _call(hass, freezer, CORE, "update_alarm", living, alarm_id=1, volume=0.6)
    assert theatre.alarm_clock.alarms[1].volume == 60
    await _call(
        hass,
        freezer,
        ENCORE,
        "update_alarm",
        _players(hass, DOMAIN)["Living Room"],
        alarm_id=1,
        volume=0.35,
    )
    assert theatre.alarm_clock.alarms[1].volume == 35
    assert theatre.alarm_clock.alarms[1].start_time == alarm.start_time
    await settle(hass, theatre)
    await until(
        hass,
        lambda: (
            hass.states.get(ours).attributes.get("volume")  # type: ignore[union-attr]
            == hass.states.get(theirs).attributes.get("volume")  # type: ignore[union-attr]
            == 0.35
        ),
    )


async def test_a_cancel_announcement_button_in_both(
    hass: HomeAssistant, theatre: EmulatedHousehold
) -> None:
    """Core's button has an Encore counterpart per speaker: same key, off by default."""
    registry = er.async_get(hass)
    for speaker in theatre.speakers:
        unique_id = f"{speaker.uid}-cancel_announcement"
        entries = [
            registry.async_get(entity_id)
            for platform in (CORE, ENCORE)
            if (
                entity_id := registry.async_get_entity_id("button", platform, unique_id)
            )
        ]
        assert [e.translation_key for e in entries if e] == ["cancel_announcement"] * 2
        assert all(
            e and e.disabled_by is er.RegistryEntryDisabler.INTEGRATION for e in entries
        )


async def test_sensors_agree(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, theatre: EmulatedHousehold
) -> None:
    """Battery, power source, charging, microphone, HDMI input: the same values."""
    patio, tv = theatre.speaker("Patio"), theatre.speaker("TV Room")
    patio.set_battery(64, "BATTERY")
    await settle(hass, theatre)
    # Core takes the level from the next event after one that stops charging.
    patio.set_battery(63)
    patio.set_microphone(False)
    await settle(hass, theatre)
    pairs = [
        ("sensor", f"{patio.uid}-battery", f"{patio.uid}-battery", "63"),
        ("sensor", f"{patio.uid}-power_source", f"{patio.uid}-power_source", "battery"),
        ("binary_sensor", f"{patio.uid}-power", f"{patio.uid}-power", "off"),
        ("binary_sensor", f"{patio.uid}-microphone", f"{patio.uid}-microphone", "off"),
        ("binary_sensor", f"{tv.uid}-microphone", f"{tv.uid}-microphone", "on"),
        (
            "sensor",
            f"{tv.uid}-audio-format",
            f"{tv.uid}-audio_input_format",
            "No input",
        ),
    ]

    def agree() -> bool:
        return all(
            _state(hass, domain, CORE, theirs)
            == _state(hass, domain, ENCORE, ours)
            == expected
            for domain, theirs, ours, expected in pairs
        )

    await until(hass, agree)
