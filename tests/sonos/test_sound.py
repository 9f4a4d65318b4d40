"""Sound and home theatre settings: numbers, switches and the speech level select.

Each speaker of the emulated household gets the settings its model has; a
change in Home Assistant reaches the speaker's register, and a change made in
the Sonos app comes back by event (or, for what the speaker sends no event
of, at the next look).
"""

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.number import (
    ATTR_VALUE,
    DOMAIN as NUMBER_DOMAIN,
    SERVICE_SET_VALUE,
)
from homeassistant.components.select import (
    ATTR_OPTION,
    DOMAIN as SELECT_DOMAIN,
    SERVICE_SELECT_OPTION,
)
from homeassistant.components.switch import DOMAIN as SWITCH_DOMAIN
from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_TURN_OFF,
    SERVICE_TURN_ON,
    STATE_OFF,
    STATE_ON,
    STATE_UNAVAILABLE,
    EntityCategory,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import entity_registry as er

from custom_components.encore.const import DOMAIN
from fakes.sonos import EmulatedHousehold
from tests.conftest import advance

from .common import settle, state, until

pytestmark = pytest.mark.usefixtures("home_loaded")

EVERY_SPEAKER = {
    "number": {"bass", "treble", "balance"},
    "switch": {"loudness", "crossfade", "status_light", "touch_controls"},
}
SOUNDBAR = {
    "number": {"audio_delay", "surround_level", "music_surround_level"},
    "switch": {
        "night_sound",
        "speech_enhancement",
        "surround_enabled",
        "surround_music_full_volume",
        "tv_autoplay",
        "ungroup_on_autoplay",
    },
}


def _settings_of(hass: HomeAssistant, room: str) -> dict[str, set[str]]:
    """Return the room's number, switch and select entities (names after the room)."""
    found: dict[str, set[str]] = {}
    prefix = room.lower().replace(" ", "_") + "_"
    for entity in er.async_get(hass).entities.values():
        if entity.platform != DOMAIN or entity.domain not in (
            "number",
            "switch",
            "select",
        ):
            continue
        name = entity.entity_id.split(".", 1)[1]
        if name.startswith(prefix) and "_alarm_" not in name:
            found.setdefault(entity.domain, set()).add(name.removeprefix(prefix))
    return found


async def test_each_model_gets_the_settings_it_has(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """A plain speaker: EQ, loudness, crossfade, light, buttons; soundbars more."""
    assert _settings_of(hass, "Living Room") == EVERY_SPEAKER
    assert _settings_of(hass, "Patio") == EVERY_SPEAKER
    # Arc Ultra with a Sub: the home theatre settings, the sub's, speech levels.
    assert _settings_of(hass, "TV Room") == {
        "number": EVERY_SPEAKER["number"] | SOUNDBAR["number"] | {"sub_gain"},
        "switch": EVERY_SPEAKER["switch"] | SOUNDBAR["switch"] | {"subwoofer_enabled"},
        "select": {"speech_enhancement"},
    }
    # An Amp drives a subwoofer of its own: crossover too; no speech levels.
    assert _settings_of(hass, "Den") == {
        "number": EVERY_SPEAKER["number"]
        | SOUNDBAR["number"]
        | {"sub_gain", "sub_crossover_frequency"},
        "switch": EVERY_SPEAKER["switch"] | SOUNDBAR["switch"] | {"subwoofer_enabled"},
    }
    registry = er.async_get(hass)
    bass = registry.async_get("number.tv_room_bass")
    assert bass is not None
    assert bass.entity_category is EntityCategory.CONFIG
    assert bass.unique_id.endswith("-bass")
    assert bass.translation_key == "bass"
    assert state(hass, "number.tv_room_bass").attributes["friendly_name"] == (
        "TV Room Bass"
    )
    night = registry.async_get("switch.tv_room_night_sound")
    assert night is not None
    assert night.translation_key == "night_mode"
    assert night.unique_id == f"{home.speaker('TV Room').uid}-night_mode"
    level = state(hass, "select.tv_room_speech_enhancement")
    assert level.attributes["options"] == ["off", "low", "medium", "high", "max"]
    assert level.state == "off"


async def _set_number(hass: HomeAssistant, entity_id: str, value: float) -> None:
    await hass.services.async_call(
        NUMBER_DOMAIN,
        SERVICE_SET_VALUE,
        {ATTR_ENTITY_ID: entity_id, ATTR_VALUE: value},
        blocking=True,
    )


async def _switch(hass: HomeAssistant, entity_id: str, on: bool) -> None:
    await hass.services.async_call(
        SWITCH_DOMAIN,
        SERVICE_TURN_ON if on else SERVICE_TURN_OFF,
        {ATTR_ENTITY_ID: entity_id},
        blocking=True,
    )


async def test_numbers_set_the_speakers_registers(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """Each number writes its register; the speaker's event confirms it."""
    living, tv, den = (home.speaker(r) for r in ("Living Room", "TV Room", "Den"))
    await _set_number(hass, "number.living_room_bass", 6)
    await _set_number(hass, "number.living_room_treble", -4)
    await _set_number(hass, "number.living_room_balance", -50)
    await _set_number(hass, "number.tv_room_audio_delay", 3)
    await _set_number(hass, "number.tv_room_surround_level", -7)
    await _set_number(hass, "number.tv_room_music_surround_level", 9)
    await _set_number(hass, "number.tv_room_sub_gain", 12)
    await _set_number(hass, "number.den_sub_crossover_frequency", 95)
    await settle(hass, home)
    assert (living.rendering.bass, living.rendering.treble) == (6, -4)
    # Left stays full, right is halved.
    assert (living.rendering.left, living.rendering.right) == (100, 50)
    assert tv.rendering.eq["AudioDelay"] == 3
    assert tv.rendering.eq["SurroundLevel"] == -7
    assert tv.rendering.eq["MusicSurroundLevel"] == 9
    assert tv.rendering.eq["SubGain"] == 12
    assert den.rendering.eq["SubCrossover"] == 95
    assert state(hass, "number.living_room_balance").state == "-50"
    assert state(hass, "number.den_sub_crossover_frequency").state == "95"


async def test_a_value_out_of_range_changes_nothing(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """Home Assistant refuses what the speaker cannot take, before asking it."""
    living = home.speaker("Living Room")
    sent = len(living.actions_named("SetBass"))
    with pytest.raises(ServiceValidationError):
        await _set_number(hass, "number.living_room_bass", 11)
    assert len(living.actions_named("SetBass")) == sent
    assert living.rendering.bass == 0


async def test_a_refusal_is_translated_and_the_value_stays(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """A speaker that refuses the change: a translated error, nothing shown changed."""
    tv = home.speaker("TV Room")
    tv.fail_action("RenderingControl", "SetEQ", 402)
    with pytest.raises(HomeAssistantError) as caught:
        await _switch(hass, "switch.tv_room_night_sound", True)
    assert caught.value.translation_key == "sonos_invalid_arguments"
    assert caught.value.translation_placeholders["speaker"] == "TV Room"
    assert tv.rendering.eq["NightMode"] == 0
    assert state(hass, "switch.tv_room_night_sound").state == STATE_OFF


async def test_switches_set_the_speaker(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """Every switch reaches its setting: EQ, loudness, light, buttons, autoplay."""
    living, tv = home.speaker("Living Room"), home.speaker("TV Room")
    for name, eq_type in (
        ("night_sound", "NightMode"),
        ("speech_enhancement", "SpeechEnhanceEnabled"),
        ("surround_music_full_volume", "SurroundMode"),
    ):
        await _switch(hass, f"switch.tv_room_{name}", True)
        assert tv.rendering.eq[eq_type] == 1, name
    for name, eq_type in (
        ("subwoofer_enabled", "SubEnable"),
        ("surround_enabled", "SurroundEnable"),
    ):
        await _switch(hass, f"switch.tv_room_{name}", False)
        assert tv.rendering.eq[eq_type] == 0, name
    await _switch(hass, "switch.living_room_loudness", False)
    assert living.rendering.loudness is False
    await _switch(hass, "switch.living_room_status_light", False)
    assert living.led_on is False
    await _switch(hass, "switch.living_room_touch_controls", False)
    assert living.buttons_locked is True
    await _switch(hass, "switch.tv_room_tv_autoplay", True)
    await _switch(hass, "switch.tv_room_ungroup_on_autoplay", True)
    assert (tv.autoplay_room, tv.autoplay_linked_zones) == (tv.uid, False)
    await settle(hass, home)
    for entity_id, expected in (
        ("switch.tv_room_night_sound", STATE_ON),
        ("switch.tv_room_subwoofer_enabled", STATE_OFF),
        ("switch.living_room_loudness", STATE_OFF),
        ("switch.living_room_status_light", STATE_OFF),
        ("switch.living_room_touch_controls", STATE_OFF),
        ("switch.tv_room_ungroup_on_autoplay", STATE_ON),
    ):
        assert state(hass, entity_id).state == expected, entity_id
    # Autoplay off takes the group along again: the speaker says so, and so
    # does the switch.
    await _switch(hass, "switch.tv_room_tv_autoplay", False)
    await settle(hass, home)
    assert tv.autoplay_linked_zones is True
    assert state(hass, "switch.tv_room_ungroup_on_autoplay").state == STATE_OFF


async def test_crossfade_is_the_groups(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """A member's crossfade switch sets and shows its coordinator's."""
    living, kitchen = home.speaker("Living Room"), home.speaker("Kitchen")
    home.join(kitchen, living)
    await settle(hass, home)
    await _switch(hass, "switch.kitchen_crossfade", True)
    await settle(hass, home)
    assert living.playback.crossfade is True
    assert state(hass, "switch.living_room_crossfade").state == STATE_ON
    assert state(hass, "switch.kitchen_crossfade").state == STATE_ON


async def test_speech_level_select(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """The Arc Ultra's speech enhancement in five levels, both ways."""
    tv = home.speaker("TV Room")
    await hass.services.async_call(
        SELECT_DOMAIN,
        SERVICE_SELECT_OPTION,
        {ATTR_ENTITY_ID: "select.tv_room_speech_enhancement", ATTR_OPTION: "high"},
        blocking=True,
    )
    assert tv.rendering.eq["DialogLevel"] == 3
    tv.set_eq("DialogLevel", 1)
    await settle(hass, home)
    assert state(hass, "select.tv_room_speech_enhancement").state == "low"


async def test_changes_in_the_app_are_pushed(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """RenderingControl events carry the sound settings: nothing is read again."""
    tv, living = home.speaker("TV Room"), home.speaker("Living Room")
    reads = len(tv.actions_named("GetEQ")) + len(living.actions_named("GetBass"))
    tv.set_eq("NightMode", 1)
    tv.set_eq("SubGain", -9)
    living.rendering.bass = -3
    living.rendering.right = 100
    living.rendering.left = 25
    home.flush()
    await settle(hass, home)
    assert state(hass, "switch.tv_room_night_sound").state == STATE_ON
    assert state(hass, "number.tv_room_sub_gain").state == "-9"
    assert state(hass, "number.living_room_bass").state == "-3"
    assert state(hass, "number.living_room_balance").state == "75"
    assert (
        len(tv.actions_named("GetEQ")) + len(living.actions_named("GetBass")) == reads
    )


async def test_what_no_event_tells_is_read_each_minute(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, home: EmulatedHousehold
) -> None:
    """Status light, touch controls and TV autoplay changed in the app show up."""
    living, tv = home.speaker("Living Room"), home.speaker("TV Room")
    living.led_on = False
    living.buttons_locked = True
    tv.autoplay_room = tv.uid
    await advance(hass, freezer, timedelta(seconds=70))
    await settle(hass, home)
    assert state(hass, "switch.living_room_status_light").state == STATE_OFF
    assert state(hass, "switch.living_room_touch_controls").state == STATE_OFF
    assert state(hass, "switch.tv_room_tv_autoplay").state == STATE_ON


async def test_settings_of_a_speaker_that_joins_later(
    hass: HomeAssistant, home: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """A speaker added to the household gets its settings without a restart."""
    office = home.add_speaker("Office")
    await office.start()
    await settle(hass, home)
    for _ in range(50):
        if hass.states.get("number.office_bass") is not None:
            break
        await settle(hass, home)
    assert state(hass, "number.office_bass").state == "0"


async def test_a_speaker_gone_and_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, home: EmulatedHousehold
) -> None:
    """Its settings go unavailable with it, and come back with what it holds now."""
    patio = home.speaker("Patio")
    await patio.go_offline()
    seconds = 0
    while state(hass, "number.patio_bass").state != STATE_UNAVAILABLE:
        await advance(hass, freezer, timedelta(seconds=5))
        seconds += 5
        assert seconds <= 60
    assert state(hass, "sensor.patio_battery").state == STATE_UNAVAILABLE
    assert state(hass, "number.living_room_bass").state != STATE_UNAVAILABLE
    # Changed while Encore could not see it.
    patio.rendering.bass = 5
    patio.battery_level = 41
    patio.power_source = "BATTERY"
    await patio.come_online()
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: state(hass, "number.patio_bass").state == "5")
    await settle(hass, home)
    assert state(hass, "sensor.patio_battery").state == "41"
    assert state(hass, "binary_sensor.patio_charging").state == STATE_OFF
