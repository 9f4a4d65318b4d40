"""Push updates: subscriptions, renewals, re-subscribing, and the fallback poll."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from soco import config as soco_config, events_asyncio

from homeassistant.components.media_player import (
    ATTR_GROUP_MEMBERS,
    ATTR_MEDIA_VOLUME_LEVEL,
)
from homeassistant.const import SERVICE_VOLUME_SET, STATE_IDLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos import events
from custom_components.encore.sonos.events import SERVICES, SUBSCRIPTION_TIMEOUT
from custom_components.encore.sonos.household import EVENT_CHECK
from fakes.sonos import EmulatedHousehold, EmulatedSpeaker
from tests.conftest import SetupEntry, advance

from .common import KITCHEN, LIVING, call, fill_queue, settle, state, until

SERVICE_NAMES = (
    "AVTransport",
    "RenderingControl",
    "ZoneGroupTopology",
    "ContentDirectory",
    "DeviceProperties",
    "AlarmClock",
)


def sids(household: EmulatedHousehold, room: str) -> set[str]:
    """Return the live subscription ids a speaker holds."""
    return {sub.sid for sub in household.speaker(room).subscriptions()}


@pytest.mark.usefixtures("sonos_loaded")
async def test_every_speaker_pushes_its_changes(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Six subscriptions per speaker; changes arrive without polling."""
    assert len(SERVICES) == len(SERVICE_NAMES)
    for speaker in sonos_household.speakers:
        assert sorted(sub.service for sub in speaker.subscriptions()) == sorted(
            SERVICE_NAMES
        )
    kitchen = sonos_household.speaker("Kitchen")
    polls = len(kitchen.actions_named("GetVolume"))
    kitchen.set_volume(64)
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.64
    assert len(kitchen.actions_named("GetVolume")) == polls


async def test_subscriptions_are_renewed_before_they_expire(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """SoCo renews each subscription at 85 % of its time; none is lost."""
    # Nothing under way when time jumps: a read in flight would time out.
    await settle(hass, sonos_household)
    before = {
        s.room_name: sids(sonos_household, s.room_name)
        for s in sonos_household.speakers
    }
    sonos_household.advance(SUBSCRIPTION_TIMEOUT * 0.9)
    await advance(hass, freezer, timedelta(seconds=SUBSCRIPTION_TIMEOUT * 0.9))
    living = sonos_household.speaker("Living Room")

    def renewed() -> bool:
        return all(
            sub.expires_at > 1000 + SUBSCRIPTION_TIMEOUT
            for speaker in sonos_household.speakers
            for sub in speaker.subscriptions()
        )

    await until(hass, renewed)
    # Past the first expiry: the same subscriptions live on.
    sonos_household.advance(SUBSCRIPTION_TIMEOUT * 0.2)
    for speaker in sonos_household.speakers:
        assert sids(sonos_household, speaker.room_name) == before[speaker.room_name]
    living.set_volume(41)
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.41


async def test_a_rebooted_speaker_is_subscribed_again(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """A reboot shows in the others' topology (BootSeq): subscribe again at once."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 2)
    living.playback.play()
    sonos_household.flush()
    await settle(hass, sonos_household)
    old = sids(sonos_household, "Living Room")

    await living.reboot()
    await settle(hass, sonos_household)
    await until(hass, lambda: len(living.subscriptions()) == len(SERVICES))
    assert not sids(sonos_household, "Living Room") & old
    await settle(hass, sonos_household)
    # A reboot stops playback; Encore re-read the state.
    assert state(hass).state == STATE_IDLE
    living.set_volume(33)
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.33


async def test_a_lost_subscription_is_made_again(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """A silent speaker's subscription is checked; one it forgot is made again."""
    kitchen = sonos_household.speaker("Kitchen")
    kitchen.drop_subscriptions()
    kitchen.set_volume(70)  # no event: the speaker forgot Encore
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.2

    await advance(hass, freezer, timedelta(seconds=41))
    await until(hass, lambda: len(kitchen.subscriptions()) == len(SERVICES))
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.7
    kitchen.set_volume(71)
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.71


async def test_blocked_events_fall_back_to_polling_with_a_repair(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """No event ever arrives (a firewall): poll, and say why in a repair issue."""
    for speaker in sonos_household.speakers:
        speaker.stop_events()
    assert await setup_entry(sonos_entry)
    issues = ir.async_get(hass)
    issue_id = f"sonos_events_blocked_{sonos_entry.entry_id}"

    await advance(hass, freezer, timedelta(seconds=11))
    issue = issues.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "sonos_events_blocked"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["speakers"] == "Kitchen, Living Room, TV Room"
    assert issue.translation_placeholders["address"].startswith("127.0.0.1:")

    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    living.set_volume(55)
    sonos_household.join(kitchen, living)
    await advance(hass, freezer, timedelta(seconds=10))
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.55
    assert state(hass, KITCHEN).attributes[ATTR_GROUP_MEMBERS] == [LIVING, KITCHEN]
    jazz = sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/j")
    await advance(hass, freezer, timedelta(seconds=10))
    assert state(hass).attributes["source_list"] == ["Jazz"]
    assert jazz.favorite_id

    for speaker in sonos_household.speakers:
        speaker.resume_events()
        speaker.set_volume(30)
    await settle(hass, sonos_household)
    assert issues.async_get_issue(DOMAIN, issue_id) is None
    polls = len(living.actions_named("GetVolume"))
    await advance(hass, freezer, timedelta(seconds=25))
    assert len(living.actions_named("GetVolume")) == polls


async def test_no_listener_address_falls_back_to_polling(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SoCo's listener cannot start (an address this host lacks): poll instead."""
    monkeypatch.setattr(soco_config, "EVENT_LISTENER_IP", "192.0.2.1")
    assert await setup_entry(sonos_entry)
    assert state(hass).state == STATE_IDLE
    await advance(hass, freezer, timedelta(seconds=11))
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"sonos_events_blocked_{sonos_entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_key == "sonos_events_no_listener"
    sonos_household.speaker("Living Room").set_volume(48)
    await advance(hass, freezer, timedelta(seconds=10))
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.48

    # The address comes back: the next attempt subscribes, events flow again.
    monkeypatch.setattr(soco_config, "EVENT_LISTENER_IP", "127.0.0.1")
    await advance(hass, freezer, timedelta(minutes=5))
    living = sonos_household.speaker("Living Room")
    await until(hass, lambda: len(living.subscriptions()) == len(SERVICES))
    await settle(hass, sonos_household)
    assert (
        ir.async_get(hass).async_get_issue(
            DOMAIN, f"sonos_events_blocked_{sonos_entry.entry_id}"
        )
        is None
    )


def soco_subscriptions(speaker: EmulatedSpeaker) -> list[Any]:
    """SoCo's live subscriptions to a speaker (each one renewed until ended)."""
    return [
        sub
        for sub in events_asyncio.subscriptions_map.subscriptions.values()
        if sub.service.base_url == speaker.base_url
    ]


async def spin(hass: HomeAssistant, condition: Callable[[], bool]) -> bool:
    """Let network I/O happen until `condition` holds; False if it never does.

    Unlike `until`, waits for no task of Home Assistant's (one may be held).
    """
    for _ in range(2000):
        if condition():
            return True
        await hass.async_add_executor_job(lambda: None)
    return condition()


async def test_a_subscribe_that_runs_out_of_time_leaves_nothing_behind(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five services subscribed, one never answers: the five are ended too."""
    # Shorter than the 10 s after which SoCo's own request gives up.
    monkeypatch.setattr(events, "REQUEST_TIMEOUT", 5.0)
    kitchen = sonos_household.speaker("Kitchen")
    kitchen.hold("SUBSCRIBE", "ContentDirectory")
    await kitchen.reboot()  # Encore subscribes again at once
    await until(
        hass,
        lambda: (
            kitchen.held == 1 and len(soco_subscriptions(kitchen)) == len(SERVICES) - 1
        ),
    )

    freezer.tick(timedelta(seconds=6))
    async_fire_time_changed(hass)
    await until(
        hass, lambda: not kitchen.subscriptions() and not soco_subscriptions(kitchen)
    )

    # The held SUBSCRIBE succeeds after all: too late, SoCo does not keep it.
    kitchen.release()
    await until(hass, lambda: kitchen.subscriptions() != [])
    await settle(hass, sonos_household)
    assert soco_subscriptions(kitchen) == []
    # Meanwhile Encore polls the speaker.
    kitchen.set_volume(44)
    await advance(hass, freezer, timedelta(seconds=10))
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.44


async def test_unloading_during_a_subscribe_leaves_nothing_behind(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Unloading cancels a subscribe under way; what it made is ended first."""
    kitchen = sonos_household.speaker("Kitchen")
    kitchen.hold("SUBSCRIBE", "ContentDirectory")
    await kitchen.reboot()
    await until(
        hass,
        lambda: (
            kitchen.held == 1 and len(soco_subscriptions(kitchen)) == len(SERVICES) - 1
        ),
    )
    unloading = hass.async_create_task(
        hass.config_entries.async_unload(sonos_loaded.entry_id)
    )
    assert await spin(hass, lambda: not kitchen.subscriptions())
    kitchen.release()
    assert await unloading
    await settle(hass, sonos_household)
    for speaker in sonos_household.speakers:
        assert soco_subscriptions(speaker) == []
        assert [
            sub.service
            for sub in speaker.subscriptions()
            if sub.service != "ContentDirectory"
        ] == []
    assert events_asyncio.subscriptions_map.count == 0


async def test_nothing_subscribes_again_while_unloading(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """The household's tick stops before speakers unsubscribe, not after."""
    await advance(hass, freezer, timedelta(seconds=15))
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    living.hold("UNSUBSCRIBE")
    unloading = hass.async_create_task(
        hass.config_entries.async_unload(sonos_loaded.entry_id)
    )
    assert await spin(hass, lambda: living.held == len(SERVICES))
    assert kitchen.subscriptions() == []
    polls = len(kitchen.actions_named("GetTransportInfo"))

    # The next tick, with speakers silent for 20 s: it would check (and so
    # subscribe again) every speaker; the held UNSUBSCRIBEs time out at 30 s.
    freezer.tick(timedelta(seconds=11))
    async_fire_time_changed(hass)
    assert not await spin(
        hass,
        lambda: (
            len(kitchen.actions_named("GetTransportInfo")) > polls
            or kitchen.subscriptions() != []
        ),
    )
    living.release()
    assert await unloading
    await hass.async_block_till_done()
    for speaker in sonos_household.speakers:
        assert speaker.subscriptions() == []
    assert events_asyncio.subscriptions_map.count == 0
    assert not events_asyncio.event_listener.is_running


async def test_events_that_stop_after_flowing_are_noticed(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Renewals still succeed but NOTIFYs no longer arrive: poll, with a repair.

    A command of Encore's that brings no event shows it; so does a change made
    elsewhere, found by the poll after five minutes without events. A command
    that changes nothing (and so brings no event) raises no alarm.
    """
    issues = ir.async_get(hass)
    issue_id = f"sonos_events_blocked_{sonos_loaded.entry_id}"
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    await call(hass, SERVICE_VOLUME_SET, LIVING, **{ATTR_MEDIA_VOLUME_LEVEL: 0.2})
    await advance(hass, freezer, timedelta(seconds=11))
    assert issues.async_get_issue(DOMAIN, issue_id) is None

    living.stop_events()
    await call(hass, SERVICE_VOLUME_SET, LIVING, **{ATTR_MEDIA_VOLUME_LEVEL: 0.55})
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.2
    await advance(hass, freezer, timedelta(seconds=11))
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.55
    issue = issues.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["speakers"] == "Living Room"
    living.set_volume(60)
    await advance(hass, freezer, timedelta(seconds=10))
    assert state(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.6

    # No command at all: the poll after five minutes without events finds it.
    kitchen.stop_events()
    kitchen.set_volume(66)
    await advance(hass, freezer, timedelta(seconds=EVENT_CHECK))
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.66
    issue = issues.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["speakers"] == "Kitchen, Living Room"

    for speaker in (living, kitchen):
        speaker.resume_events()
        speaker.set_volume(30)
    await settle(hass, sonos_household)
    assert issues.async_get_issue(DOMAIN, issue_id) is None
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.3
