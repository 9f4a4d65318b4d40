"""Grouping: join and unjoin through Home Assistant; transport goes to the coordinator."""

import pytest

from homeassistant.components.media_player import (
    ATTR_GROUP_MEMBERS,
    ATTR_MEDIA_TITLE,
    ATTR_MEDIA_VOLUME_LEVEL,
    SERVICE_JOIN,
    SERVICE_UNJOIN,
)
from homeassistant.const import (
    SERVICE_MEDIA_NEXT_TRACK,
    SERVICE_MEDIA_PAUSE,
    SERVICE_MEDIA_PLAY,
    SERVICE_VOLUME_SET,
    STATE_PAUSED,
    STATE_PLAYING,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from fakes.sonos import EmulatedHousehold

from .common import KITCHEN, LIVING, TV, call, fill_queue, settle, state

pytestmark = pytest.mark.usefixtures("sonos_loaded")


async def test_join_play_and_unjoin(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Members show the coordinator's music and send transport to it."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    tv_room = sonos_household.speaker("TV Room")
    fill_queue(sonos_household, "Living Room", 3)
    await call(hass, SERVICE_MEDIA_PLAY)

    await call(hass, SERVICE_JOIN, LIVING, **{ATTR_GROUP_MEMBERS: [KITCHEN, TV]})
    await settle(hass, sonos_household)
    assert [m.uid for m in living.group_members] == [
        living.uid,
        kitchen.uid,
        tv_room.uid,
    ]
    for entity_id in (LIVING, KITCHEN, TV):
        current = state(hass, entity_id)
        assert current.attributes[ATTR_GROUP_MEMBERS] == [LIVING, KITCHEN, TV]
        assert current.state == STATE_PLAYING
        assert current.attributes[ATTR_MEDIA_TITLE] == "Song 0"

    # Transport from a member goes to the coordinator (a member would answer 800).
    before = len(kitchen.actions_named("Next"))
    await call(hass, SERVICE_MEDIA_NEXT_TRACK, KITCHEN)
    await call(hass, SERVICE_MEDIA_PAUSE, TV)
    await settle(hass, sonos_household)
    assert len(kitchen.actions_named("Next")) == before
    assert living.actions_named("Next")
    assert living.transport_state == "PAUSED_PLAYBACK"
    assert state(hass, KITCHEN).state == STATE_PAUSED
    assert state(hass, TV).attributes[ATTR_MEDIA_TITLE] == "Song 1"

    # Volume stays per speaker.
    await call(hass, SERVICE_VOLUME_SET, KITCHEN, **{ATTR_MEDIA_VOLUME_LEVEL: 0.55})
    await settle(hass, sonos_household)
    assert kitchen.rendering.volume == 55
    assert living.rendering.volume == 20
    assert state(hass, KITCHEN).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.55

    await call(hass, SERVICE_UNJOIN, KITCHEN)
    await settle(hass, sonos_household)
    assert kitchen.is_coordinator
    assert state(hass, KITCHEN).attributes[ATTR_GROUP_MEMBERS] == [KITCHEN]
    assert state(hass, LIVING).attributes[ATTR_GROUP_MEMBERS] == [LIVING, TV]
    assert state(hass, KITCHEN).state != STATE_PAUSED or kitchen.queue == []

    # When the coordinator leaves, the next member takes over what plays.
    await call(hass, SERVICE_UNJOIN, LIVING)
    await settle(hass, sonos_household)
    assert tv_room.is_coordinator
    assert state(hass, TV).attributes[ATTR_MEDIA_TITLE] == "Song 1"
    assert state(hass, TV).attributes[ATTR_GROUP_MEMBERS] == [TV]


async def test_join_a_member_joins_its_coordinator(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Joining to a member's entity puts the speaker in that member's group."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    await call(hass, SERVICE_JOIN, LIVING, **{ATTR_GROUP_MEMBERS: [KITCHEN]})
    await settle(hass, sonos_household)
    await call(hass, SERVICE_JOIN, KITCHEN, **{ATTR_GROUP_MEMBERS: [TV, LIVING]})
    await settle(hass, sonos_household)
    assert [m.room_name for m in living.group_members] == [
        "Living Room",
        "Kitchen",
        "TV Room",
    ]
    assert kitchen.coordinator is living


async def test_join_refuses_other_players(hass: HomeAssistant) -> None:
    """Only speakers of the same household can join."""
    hass.states.async_set("media_player.elsewhere", "idle")
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            SERVICE_JOIN,
            LIVING,
            **{ATTR_GROUP_MEMBERS: ["media_player.elsewhere"]},
        )
    assert err.value.translation_key == "sonos_not_in_household"


async def test_groups_changed_in_the_sonos_app(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Groups made elsewhere show through topology events."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    sonos_household.join(kitchen, living)
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_GROUP_MEMBERS] == [LIVING, KITCHEN]
    sonos_household.unjoin(kitchen)
    await settle(hass, sonos_household)
    assert state(hass, KITCHEN).attributes[ATTR_GROUP_MEMBERS] == [KITCHEN]
