"""Sensors and binary sensors of portables and soundbars.

Battery level, power source and charging on speakers with a battery; the
microphone where a voice service reports it; the HDMI input's audio format
on soundbars.
"""

from typing import Final, override

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory

from .entity import SpeakerEntity
from .power import POWER_SOURCES, audio_input_format
from .speaker import SonosSpeaker

BATTERY: Final = SensorEntityDescription(
    key="battery",
    device_class=SensorDeviceClass.BATTERY,
    state_class=SensorStateClass.MEASUREMENT,
    native_unit_of_measurement=PERCENTAGE,
    entity_category=EntityCategory.DIAGNOSTIC,
)
POWER_SOURCE: Final = SensorEntityDescription(
    key="power_source",
    translation_key="power_source",
    device_class=SensorDeviceClass.ENUM,
    options=list(dict.fromkeys(POWER_SOURCES.values())),
    entity_category=EntityCategory.DIAGNOSTIC,
)
AUDIO_INPUT_FORMAT: Final = SensorEntityDescription(
    key="audio_input_format",
    translation_key="audio_input_format",
    entity_category=EntityCategory.DIAGNOSTIC,
)
CHARGING: Final = BinarySensorEntityDescription(
    # Core's unique id suffix for it.
    key="power",
    device_class=BinarySensorDeviceClass.BATTERY_CHARGING,
    entity_category=EntityCategory.DIAGNOSTIC,
)
MICROPHONE: Final = BinarySensorEntityDescription(
    key="microphone",
    translation_key="microphone",
    entity_category=EntityCategory.DIAGNOSTIC,
)


class BatterySensor(SpeakerEntity, SensorEntity):
    """The battery level in percent."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, BATTERY.key)
        self.entity_description = BATTERY

    @property
    @override
    def native_value(self) -> int | None:
        """Return the level last reported."""
        battery = self.speaker.battery
        return None if battery is None else battery.level


class PowerSourceSensor(SpeakerEntity, SensorEntity):
    """What powers the speaker: its battery, its charging base or USB."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, POWER_SOURCE.key)
        self.entity_description = POWER_SOURCE

    @property
    @override
    def native_value(self) -> str | None:
        """Return the power source (None for one Sonos has not named yet)."""
        battery = self.speaker.battery
        if battery is None or battery.power_source is None:
            return None
        return POWER_SOURCES.get(battery.power_source)


class AudioInputFormatSensor(SpeakerEntity, SensorEntity):
    """What comes in over HDMI ("Dolby 5.1", "No input"...)."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, AUDIO_INPUT_FORMAT.key)
        self.entity_description = AUDIO_INPUT_FORMAT

    @property
    @override
    def native_value(self) -> str | None:
        """Return the format, named as SoCo names it."""
        code = self.speaker.audio_input
        return None if code is None else audio_input_format(code)


class ChargingSensor(SpeakerEntity, BinarySensorEntity):
    """Whether the battery charges."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, CHARGING.key)
        self.entity_description = CHARGING

    @property
    @override
    def is_on(self) -> bool | None:
        """Return whether it charges."""
        battery = self.speaker.battery
        return None if battery is None else battery.charging


class MicrophoneSensor(SpeakerEntity, BinarySensorEntity):
    """Whether the microphone is on."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, MICROPHONE.key)
        self.entity_description = MICROPHONE

    @property
    @override
    def is_on(self) -> bool | None:
        """Return whether the microphone listens."""
        return self.speaker.mic_enabled


def sensors_of(speaker: SonosSpeaker) -> list[SensorEntity]:
    """Return the battery and HDMI sensors the speaker has."""
    found: list[SensorEntity] = []
    if speaker.battery is not None:
        found += [BatterySensor(speaker), PowerSourceSensor(speaker)]
    if speaker.audio_input is not None:
        found.append(AudioInputFormatSensor(speaker))
    return found


def binary_sensors_of(speaker: SonosSpeaker) -> list[BinarySensorEntity]:
    """Return the charging and microphone sensors the speaker has."""
    found: list[BinarySensorEntity] = []
    if speaker.battery is not None:
        found.append(ChargingSensor(speaker))
    if speaker.mic_enabled is not None:
        found.append(MicrophoneSensor(speaker))
    return found
