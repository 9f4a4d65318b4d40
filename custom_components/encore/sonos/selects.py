"""The speech enhancement level of an Ultra soundbar, as a select."""

from typing import Final, override

from homeassistant.components.select import SelectEntity, SelectEntityDescription
from homeassistant.const import EntityCategory

from . import settings as sound
from .entity import SpeakerEntity
from .speaker import SonosSpeaker

SPEECH_LEVEL: Final = SelectEntityDescription(
    key=sound.SPEECH_LEVEL.key,
    translation_key=sound.SPEECH_LEVEL.key,
    entity_category=EntityCategory.CONFIG,
    options=list(sound.SPEECH_LEVELS),
)


class SpeechLevelSelect(SpeakerEntity, SelectEntity):
    """How much the soundbar lifts speech: off, low, medium, high or max."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        super().__init__(speaker, SPEECH_LEVEL.key)
        self.entity_description = SPEECH_LEVEL

    @property
    @override
    def current_option(self) -> str | None:
        """Return the level the speaker last reported."""
        level = self.speaker.settings.get(sound.SPEECH_LEVEL.key)
        if level is None or not 0 <= level < len(sound.SPEECH_LEVELS):
            return None
        return sound.SPEECH_LEVELS[level]

    @override
    async def async_select_option(self, option: str) -> None:
        """Set the level (Home Assistant checked it is one of the options)."""
        await self.speaker.async_set_setting(
            sound.SPEECH_LEVEL, sound.SPEECH_LEVELS.index(option)
        )


def selects_of(speaker: SonosSpeaker) -> list[SpeechLevelSelect]:
    """Return the speech level select where the soundbar has levels."""
    if sound.SPEECH_LEVEL.key in speaker.settings:
        return [SpeechLevelSelect(speaker)]
    return []
