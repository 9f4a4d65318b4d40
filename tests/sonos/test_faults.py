"""Faults: speakers that stop answering, vanish, answer slowly; setup failures."""

from collections.abc import Callable
from datetime import timedelta
import json
import logging
import time
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
import requests
from soco import SoCo, events_asyncio

from homeassistant.components.media_player import ATTR_MEDIA_VOLUME_LEVEL
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import (
    SERVICE_MEDIA_PLAY,
    SERVICE_VOLUME_SET,
    SERVICE_VOLUME_UP,
    STATE_UNAVAILABLE,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.setup import async_setup_component

from custom_components.encore.sonos import commands
from fakes.sonos import EmulatedHousehold, soco_for
from tests.conftest import SetupEntry, advance, sonos_entry_for

from .common import KITCHEN, LIVING, TV, call, fill_queue, settle, state, until

LOGGER_NAME = "custom_components.encore"


def lines_about(caplog: pytest.LogCaptureFixture, room: str) -> list[str]:
    """Encore's log lines (info and up) that name a speaker."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.name.startswith(LOGGER_NAME)
        and record.levelno >= logging.INFO
        and room in record.getMessage()
    ]


async def test_a_silent_speaker_goes_unavailable_within_a_minute(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One log line when it goes, one when it is back; it comes back by itself."""
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    kitchen = sonos_household.speaker("Kitchen")
    await kitchen.go_offline()
    seconds = 0
    while state(hass, KITCHEN).state != STATE_UNAVAILABLE:
        await advance(hass, freezer, timedelta(seconds=5))
        seconds += 5
        assert seconds <= 60
    assert state(hass, LIVING).state != STATE_UNAVAILABLE
    await advance(hass, freezer, timedelta(minutes=3))
    assert state(hass, KITCHEN).state == STATE_UNAVAILABLE
    lines = lines_about(caplog, "Kitchen")
    assert len(lines) == 1
    assert "stopped answering" in lines[0]

    await kitchen.come_online()
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: state(hass, KITCHEN).state != STATE_UNAVAILABLE)
    kitchen.set_volume(45)
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.45
    lines = lines_about(caplog, "Kitchen")
    assert len(lines) == 2
    assert "answers again" in lines[1]


async def test_a_speaker_that_hangs(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Connections accepted, nothing answered: the request timeout decides."""
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    monkeypatch.setattr(commands, "COMMAND_TIMEOUT", 0.2)
    kitchen = sonos_household.speaker("Kitchen")
    await kitchen.go_offline(hang=True)
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_VOLUME_SET, KITCHEN, **{ATTR_MEDIA_VOLUME_LEVEL: 0.3})
    assert err.value.translation_key == "sonos_timeout"
    assert state(hass, KITCHEN).state == STATE_UNAVAILABLE
    assert len(lines_about(caplog, "Kitchen")) == 1
    await kitchen.come_online()
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: state(hass, KITCHEN).state != STATE_UNAVAILABLE)
    assert "answers again" in lines_about(caplog, "Kitchen")[-1]


async def test_a_vanished_speaker_is_unavailable_at_once(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Powered off: the others' topology says so; powered on: it is back."""
    tv_room = sonos_household.speaker("TV Room")
    await tv_room.go_offline(vanish="powered off")
    await settle(hass, sonos_household)
    assert state(hass, TV).state == STATE_UNAVAILABLE
    await tv_room.come_online()
    await settle(hass, sonos_household)
    await until(hass, lambda: state(hass, TV).state != STATE_UNAVAILABLE)
    tv_room.set_volume(12)
    await settle(hass, sonos_household)
    assert state(hass, TV).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.12


async def test_commands_to_a_speaker_that_does_not_answer(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Refused or too slow: a translated error, and the player is unavailable."""
    kitchen = sonos_household.speaker("Kitchen")
    await kitchen.go_offline()
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_PLAY, KITCHEN)
    assert err.value.translation_key == "sonos_unreachable"
    assert state(hass, KITCHEN).state == STATE_UNAVAILABLE

    living = sonos_household.speaker("Living Room")
    monkeypatch.setattr(commands, "COMMAND_TIMEOUT", 0.2)
    # Time is frozen: the speaker answers nothing until the test lets it.
    living.set_delay(60)
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.5})
    assert err.value.translation_key == "sonos_timeout"
    assert state(hass).state == STATE_UNAVAILABLE
    living.set_delay(0)
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: state(hass).state != STATE_UNAVAILABLE)


async def test_setup_needs_the_known_speaker(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_household_factory: object,
    setup_entry: SetupEntry,
) -> None:
    """Offline, or in another household now: retried later, with the reason."""
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    living = sonos_household.speaker("Living Room")
    await living.go_offline()
    assert not await setup_entry(entry)
    assert entry.state is ConfigEntryState.SETUP_RETRY
    assert entry.reason is not None
    assert "does not answer" in entry.reason

    other = await sonos_household_factory(rooms=["Office"])  # type: ignore[operator]
    office = other.speaker("Office")
    moved = sonos_entry_for(other, "Office")
    moved.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        moved, unique_id="Sonos_elsewhere", data={**moved.data, "household_id": "x"}
    )
    assert not await setup_entry(moved)
    assert moved.state is ConfigEntryState.SETUP_RETRY
    assert moved.reason is not None
    assert str(office.port) in moved.reason


async def test_unload_ends_every_subscription(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Unloading unsubscribes and stops SoCo's event listener."""
    assert events_asyncio.event_listener.is_running
    assert await hass.config_entries.async_unload(sonos_loaded.entry_id)
    await hass.async_block_till_done()
    for speaker in sonos_household.speakers:
        assert speaker.subscriptions() == []
    assert not events_asyncio.event_listener.is_running


# A well-formed answer without the values asked for.
EMPTY_ANSWER = (
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
    '<u:Response xmlns:u="urn:schemas-upnp-org:service:Odd:1"><Other>1</Other>'
    "</u:Response></s:Body></s:Envelope>"
)


async def test_unreadable_answers_are_translated(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Not XML, or XML without the values asked for: a clear error, still there."""
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    living = sonos_household.speaker("Living Room")
    living.garble_action("AVTransport", "Play")
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_PLAY)
    assert err.value.translation_key == "sonos_command_failed"
    assert err.value.translation_placeholders is not None
    assert "unreadable answer" in err.value.translation_placeholders["detail"]
    living.garble_action("RenderingControl", "SetRelativeVolume", EMPTY_ANSWER)
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_VOLUME_UP)
    assert err.value.translation_key == "sonos_command_failed"
    assert state(hass).state != STATE_UNAVAILABLE

    # Background reads fail quietly (no traceback), and the next one works.
    fill_queue(sonos_household, "Living Room", 2)
    living.garble_action("AVTransport", "GetPositionInfo")
    living.playback.play()
    sonos_household.flush()
    await settle(hass, sonos_household)
    await advance(hass, freezer, timedelta(seconds=1))
    assert any(
        "Reading the position of" in record.getMessage() for record in caplog.records
    )
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert state(hass).state != STATE_UNAVAILABLE


async def test_setup_with_unreadable_answers(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    setup_entry: SetupEntry,
) -> None:
    """The known speaker: retried later. Another one: added on a later tick."""
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    living = sonos_household.speaker("Living Room")
    living.garble_action("DeviceProperties", "GetHouseholdID", EMPTY_ANSWER, None)
    assert not await setup_entry(entry)
    assert entry.state is ConfigEntryState.SETUP_RETRY
    assert entry.reason is not None
    assert "CurrentHouseholdID" in entry.reason
    living.clear_faults()

    kitchen = sonos_household.speaker("Kitchen")
    kitchen.garble_action("DeviceProperties", "GetZoneInfo")
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert hass.states.get(KITCHEN) is None
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: hass.states.get(KITCHEN) is not None)


@pytest.mark.parametrize("job", [commands.poll, commands.read_facts])
async def test_a_job_ends_by_its_deadline(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    job: Callable[[SoCo], object],
) -> None:
    """Each request gets what is left of the job's time, not 10 s of its own.

    The speaker answers every request 0.4 s late; the job has 0.6 s. Its
    thread gives up during the second request instead of sending the rest
    (4 to 6 requests: 1.6 to 2.4 s).
    """
    living = sonos_household.speaker("Living Room")
    soco = soco_for(living)
    living.set_delay(0.4)
    with pytest.raises(TimeoutError):
        await commands.async_run(hass, 0.6, job, soco)
    # The executor's thread itself, not only the wait for it, ends in time.
    started = time.monotonic()
    with pytest.raises((TimeoutError, requests.Timeout)):
        await hass.async_add_executor_job(
            commands.run_within, time.monotonic() + 0.6, job, soco
        )
    assert time.monotonic() - started < 1.3


async def test_diagnostics_of_an_entry_in_setup_retry(
    hass: HomeAssistant,
    hass_client: Any,
    sonos_household: EmulatedHousehold,
    setup_entry: SetupEntry,
) -> None:
    """Issue 43.11: the report a user downloads exactly then says why, not HTTP 500."""
    assert await async_setup_component(hass, "diagnostics", {})
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    living = sonos_household.speaker("Living Room")
    await living.go_offline()
    assert not await setup_entry(entry)
    assert entry.state is ConfigEntryState.SETUP_RETRY
    report = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert report["loaded"] is False
    assert report["entry"]["state"] == "setup_retry"
    assert report["entry"]["kind"] == "sonos"
    assert "does not answer" in report["entry"]["reason"]
    # Nothing of the entry's data: not the speaker's address.
    text = json.dumps(report)
    assert str(living.port) not in text
    assert entry.data["household_id"] not in text
