"""Number entities of a speaker's sound settings (bass, treble, balance...)."""

from dataclasses import dataclass
from typing import Final, override

from homeassistant.components.number import NumberEntity, NumberEntityDescription
from homeassistant.const import EntityCategory

from . import settings as sound
from .entity import SpeakerEntity
from .speaker import SonosSpeaker


@dataclass(frozen=True, kw_only=True)
class SettingNumberDescription(NumberEntityDescription):
    """A number that shows one setting of the speaker."""

    setting: sound.Setting


def _number(setting: sound.Setting) -> SettingNumberDescription:
    return SettingNumberDescription(
        key=setting.key,
        translation_key=setting.key,
        entity_category=EntityCategory.CONFIG,
        native_min_value=setting.low,
        native_max_value=setting.high,
        native_step=1,
        setting=setting,
    )


NUMBERS: Final = {
    setting.key: _number(setting)
    for setting in (
        sound.BASS,
        sound.TREBLE,
        sound.BALANCE,
        sound.AUDIO_DELAY,
        sound.SUB_GAIN,
        sound.SUB_CROSSOVER,
        sound.SURROUND_LEVEL,
        sound.MUSIC_SURROUND_LEVEL,
    )
}


class SettingNumber(SpeakerEntity, NumberEntity):
    """A sound setting of one speaker, as a number."""

    entity_description: SettingNumberDescription

    def __init__(
        self, speaker: SonosSpeaker, description: SettingNumberDescription
    ) -> None:
        """Initialize."""
        super().__init__(speaker, description.key)
        self.entity_description = description

    @property
    @override
    def native_value(self) -> float | None:
        """Return the value the speaker last reported."""
        return self.speaker.settings.get(self.entity_description.key)

    @override
    async def async_set_native_value(self, value: float) -> None:
        """Set the value on the speaker."""
        await self.speaker.async_set_setting(
            self.entity_description.setting, round(value)
        )


def numbers_of(speaker: SonosSpeaker) -> list[SettingNumber]:
    """Return a number for each number setting the speaker has."""
    return (
        [
            SettingNumber(speaker, NUMBERS[setting.key])
            for setting in speaker.capabilities.settings
            if setting.key in NUMBERS
        ]
        if speaker.capabilities
        else []
    )
