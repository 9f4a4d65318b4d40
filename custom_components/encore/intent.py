"""Home Assistant's intent platform; Encore's handlers live in `voice.intents`.

Home Assistant calls `async_setup_intents` when its intent integration loads;
Encore's own setup registers the same handlers, so they exist whichever comes first.
"""

from homeassistant.core import HomeAssistant

from .voice.intents import async_register_intents
from .voice.net import async_register_net
from .voice.play_favourites import async_register_play_favourites
from .voice.recap import async_register_recap_intent
from .voice.spotify_actions import async_register_spotify_intents


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Set up Encore's intents (called by the intent integration)."""
    async_register_intents(hass)
    async_register_spotify_intents(hass)
    async_register_recap_intent(hass)
    async_register_net(hass)
    async_register_play_favourites(hass)
