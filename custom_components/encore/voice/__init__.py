"""Voice: Assist intents, their sentences and answers, and the LLM tools."""

from homeassistant.core import HomeAssistant
from homeassistant.helpers import llm
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN
from .intents import async_register_intents
from .llm_tools import EncoreAPI
from .net import async_register_net
from .play_favourites import async_register_play_favourites
from .recap import async_register_recap_intent
from .spotify_actions import async_register_spotify_intents

DATA_API_REGISTERED: HassKey[bool] = HassKey(f"{DOMAIN}_llm_api")


async def async_setup_voice(hass: HomeAssistant) -> None:
    """Register the intent handlers and the `encore` LLM API (once)."""
    async_register_intents(hass)
    async_register_spotify_intents(hass)
    async_register_recap_intent(hass)
    async_register_net(hass)
    async_register_play_favourites(hass)
    if hass.data.get(DATA_API_REGISTERED):
        return
    llm.async_register_api(hass, EncoreAPI(hass))
    hass.data[DATA_API_REGISTERED] = True
