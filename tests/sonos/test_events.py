"""Push updates: subscriptions, renewals, re-subscribing, and the fallback poll."""

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from soco import config as soco_config

from homeassistant.components.media_player import (
    ATTR_GROUP_MEMBERS,
    ATTR_MEDIA_VOLUME_LEVEL,
)
from homeassistant.const import STATE_IDLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos.events import SERVICES, SUBSCRIPTION_TIMEOUT

from ..conftest import SetupEntry, advance
from ..sonos_emulator import EmulatedHousehold
from .common import KITCHEN, LIVING, fill_queue, settle, state, until

SERVICE_NAMES = (
    "AVTransport",
    "RenderingControl",
    "ZoneGroupTopology",
    "ContentDirectory",
)


def sids(household: EmulatedHousehold, room: str) -> set[str]:
    """Return the live subscription ids a speaker holds."""
    return {sub.sid for sub in household.speaker(room).subscriptions()}


@pytest.mark.usefixtures("sonos_loaded")
async def test_every_speaker_pushes_its_changes(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Four subscriptions per speaker; changes arrive without polling."""
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
