"""Switch entities of a speaker's settings (loudness, night sound, status light...)."""

from dataclasses import dataclass
from typing import Any, Final, override

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import EntityCategory

from . import settings as sound
from .entity import SpeakerEntity
from .speaker import SonosSpeaker


@dataclass(frozen=True, kw_only=True)
class SettingSwitchDescription(SwitchEntityDescription):
    """A switch that turns one setting of the speaker on or off."""

    # Crossfade belongs to the group: members show their coordinator's.
    of_group: bool = False


SWITCHES: Final = {
    description.key: description
    for description in (
        SettingSwitchDescription(key=key, translation_key=key, of_group=of_group)
        for key, of_group in (
            (sound.LOUDNESS.key, False),
            (sound.CROSSFADE.key, True),
            (sound.NIGHT_SOUND.key, False),
            (sound.SPEECH_ENHANCEMENT.key, False),
            (sound.SUB_ENABLED.key, False),
            (sound.SURROUND_ENABLED.key, False),
            (sound.SURROUND_FULL_VOLUME.key, False),
            (sound.STATUS_LIGHT.key, False),
            (sound.TOUCH_CONTROLS.key, False),
            (sound.TV_AUTOPLAY.key, False),
            (sound.UNGROUP_ON_AUTOPLAY.key, False),
        )
    )
}


class SettingSwitch(SpeakerEntity, SwitchEntity):
    """A setting of one speaker, on or off."""

    _attr_entity_category = EntityCategory.CONFIG
    entity_description: SettingSwitchDescription

    def __init__(
        self,
        speaker: SonosSpeaker,
        description: SettingSwitchDescription,
        setting: sound.Setting,
    ) -> None:
        """Initialize."""
        super().__init__(speaker, description.key)
        self.entity_description = description
        self.setting = setting

    @property
    def _holder(self) -> SonosSpeaker:
        if self.entity_description.of_group:
            return self.speaker.coordinator
        return self.speaker

    @property
    @override
    def is_on(self) -> bool | None:
        """Return whether the setting is on."""
        value = self._holder.settings.get(self.setting.key)
        if value is None:
            # A member whose coordinator was not read yet: its own value.
            value = self.speaker.settings.get(self.setting.key)
        return None if value is None else bool(value)

    @override
    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn the setting on."""
        await self.speaker.async_set_setting(self.setting, 1)

    @override
    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn the setting off."""
        await self.speaker.async_set_setting(self.setting, 0)


def switches_of(speaker: SonosSpeaker) -> list[SettingSwitch]:
    """Return a switch for each on/off setting the speaker has."""
    if speaker.capabilities is None:
        return []
    return [
        SettingSwitch(speaker, SWITCHES[setting.key], setting)
        for setting in speaker.capabilities.settings
        if setting.kind is sound.Kind.SWITCH
    ]
