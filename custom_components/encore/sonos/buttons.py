"""The *cancel announcement* button of each speaker (core `sonos` has one too)."""

from typing import Final, override

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription

from .announce import async_cancel_announcement
from .entity import SpeakerEntity
from .speaker import SonosSpeaker

CANCEL_ANNOUNCEMENT: Final = ButtonEntityDescription(
    key="cancel_announcement",
    translation_key="cancel_announcement",
    # As in core: most households never need it on a dashboard.
    entity_registry_enabled_default=False,
)


class CancelAnnouncementButton(SpeakerEntity, ButtonEntity):
    """Stop the announcement the speaker's group plays; the music goes on.

    The same as `encore.cancel_announcement`: a clip is dismissed, a sound on
    the transport ends and what it interrupted comes back.
    """

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize (core's unique id: `<uid>-cancel_announcement`)."""
        super().__init__(speaker, CANCEL_ANNOUNCEMENT.key)
        self.entity_description = CANCEL_ANNOUNCEMENT

    @override
    async def async_press(self) -> None:
        """Cancel; nothing announced is a translated error."""
        await async_cancel_announcement(self.speaker)


def buttons_of(speaker: SonosSpeaker) -> list[CancelAnnouncementButton]:
    """Return the speaker's buttons (every speaker can announce)."""
    return [CancelAnnouncementButton(speaker)]
