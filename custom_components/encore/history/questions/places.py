"""Where: the device names a room, an area or a speaker asked about stands for.

The history knows the device each stream played on (its name as Spotify or
the player gave it). A place is matched to those names directly and through
Home Assistant: an area of that name (or alias) gives the names of its media
players and devices. Every door makes its `Where` here: an action's or a
tool's `room` field, a place heard in a sentence (`voice.rooms`).
"""

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)

from ..queries import normalize_name
from .question import Where


def _areas_named(hass: HomeAssistant, name: str) -> list[ar.AreaEntry]:
    """Return Home Assistant's areas of this name (or alias)."""
    wanted = normalize_name(name)
    return [
        area
        for area in ar.async_get(hass).async_list_areas()
        if wanted in {normalize_name(area.name), *map(normalize_name, area.aliases)}
    ]


@callback
def device_names(hass: HomeAssistant, name: str) -> list[str]:
    """Return the device names a place may mean: itself and its area's players."""
    names = [name]
    devices = dr.async_get(hass)
    entities = er.async_get(hass)
    for area in _areas_named(hass, name):
        names.extend(
            entity.name or entity.original_name or ""
            for entity in er.async_entries_for_area(entities, area.id)
            if entity.domain == "media_player"
        )
        names.extend(
            device.name_by_user or device.name or ""
            for device in dr.async_entries_for_area(devices, area.id)
        )
    return list(dict.fromkeys(found for found in names if found))


@callback
def place_named(
    hass: HomeAssistant, said: str, name: str, full: str | None = None
) -> Where:
    """Return the place a question asks about.

    `full` is the place with the word said after it ("TV room" where `name`
    is "TV"): it wins when the history knows a device of that name.
    """
    candidates = [full, name] if full else [name]
    return Where(
        said,
        tuple(tuple(device_names(hass, candidate)) for candidate in candidates),
        area=any(_areas_named(hass, candidate) for candidate in candidates),
    )
