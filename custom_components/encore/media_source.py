"""Home Assistant's media_source platform: Encore's folders of songs (`media/`)."""

from homeassistant.components.media_source import MediaSource
from homeassistant.core import HomeAssistant

from .media.source import HistoryMediaSource


async def async_get_media_source(hass: HomeAssistant) -> MediaSource:
    """Return Encore's media source."""
    return HistoryMediaSource(hass)
