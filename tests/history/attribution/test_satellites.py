"""A voice satellite's request carries no user: its room's owner started the play.

A real Assist request through Home Assistant's own agent ("turn on the
kitchen"), in the context a satellite runs it with: the satellite writes its
states in that context (as `assist_satellite` does while its pipeline runs)
and the request's calls carry it. The satellite stands in the kids' room,
Mia's: the kitchen's play is hers, certain. The same request from the hall
(nobody's) is nobody's start: presence decides.
"""

from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.const import STATE_IDLE, STATE_OFF, STATE_PLAYING
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.intent import IntentResponseType
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.history.attribution import async_attribute
from custom_components.encore.history.attribution.situation import async_starters
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import (
    Attribution,
    AttributionRule,
    Certainty,
    PlayKind,
    PlayRecord,
    Source,
)

from .home import ADA, KITCHEN, MIA, Home, async_build_home, async_place


async def _satellite_in(hass: HomeAssistant, name: str, area_id: str) -> str:
    """A satellite device in an area, its entity registered as a platform would."""
    source = MockConfigEntry(domain="esphome")
    source.add_to_hass(hass)
    devices = dr.async_get(hass)
    device = devices.async_get_or_create(
        config_entry_id=source.entry_id, identifiers={("esphome", name)}, name=name
    )
    devices.async_update_device(device.id, area_id=area_id)
    made = er.async_get(hass).async_get_or_create(
        "assist_satellite",
        "esphome",
        name,
        suggested_object_id=name,
        device_id=device.id,
    )
    return made.entity_id


async def _ask_from_satellite(hass: HomeAssistant, satellite: str, text: str) -> None:
    """Run an Assist request as a satellite does: its states in the request's context."""
    context = Context()  # a pipeline's: no user
    hass.states.async_set(satellite, "listening", context=context)
    hass.states.async_set(satellite, "processing", context=context)
    result = await conversation.async_converse(hass, text, None, context, language="en")
    assert result.response.response_type is IntentResponseType.ACTION_DONE, (
        result.response.speech
    )
    hass.states.async_set(satellite, "idle", context=context)
    await hass.async_block_till_done()


def _kitchen_play() -> PlayRecord:
    began = to_ms(dt_util.utcnow()) + 1_000
    return PlayRecord(
        account="sonos:RINCON_HOME",
        source=Source.SONOS,
        ended_at=began + 180_000,
        ms_played=180_000,
        kind=PlayKind.TRACK,
        title="Sinnerman",
        artist="Nina Simone",
        album=None,
        started_at=began,
    )


async def _home(hass: HomeAssistant, admin: MockUser) -> Home:
    home = await async_build_home(hass, admin)
    for component in ("homeassistant", "conversation", "intent"):
        assert await async_setup_component(hass, component, {})
    async_starters(hass)
    await async_place(hass, {ADA: None})  # Ada at home, Mia out
    # "Turn on the jukebox" (the kitchen speaker): a player Assist may turn on.
    hass.states.async_set(
        KITCHEN, STATE_OFF, {"friendly_name": "Jukebox", "supported_features": 128}
    )
    er.async_get(hass).async_update_entity(KITCHEN, name="Jukebox")
    async_expose_entity(hass, conversation.DOMAIN, KITCHEN, True)
    await hass.async_block_till_done()
    return home


async def test_a_satellite_in_a_persons_room_started_it(
    hass: HomeAssistant, hass_admin_user: MockUser
) -> None:
    """From Mia's room, the kitchen's play is Mia's; from the hall, presence decides."""
    home = await _home(hass, hass_admin_user)
    kids = await _satellite_in(hass, "kids_voice", home.areas["Kids Room"])
    await _ask_from_satellite(hass, kids, "turn on the jukebox")
    hass.states.async_set(KITCHEN, STATE_PLAYING, {"friendly_name": "Jukebox"})
    await hass.async_block_till_done()
    assert async_attribute(hass, _kitchen_play(), [KITCHEN]) == Attribution(
        (MIA,), Certainty.CERTAIN, AttributionRule.STARTED_BY
    )

    # The session ends; the same request from the hall's satellite is
    # nobody's start: presence decides.
    hass.states.async_set(KITCHEN, STATE_IDLE, {"friendly_name": "Jukebox"})
    hall = await _satellite_in(hass, "hall_voice", home.areas["Hall"])
    await _ask_from_satellite(hass, hall, "turn on the jukebox")
    hass.states.async_set(KITCHEN, STATE_PLAYING, {"friendly_name": "Jukebox"})
    await hass.async_block_till_done()
    assert async_attribute(hass, _kitchen_play(), [KITCHEN]) == Attribution(
        (ADA,), Certainty.LIKELY, AttributionRule.HOME
    )
