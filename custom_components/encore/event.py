"""Event entities: one `played` event per play the history records, for automations.

Each Spotify account has one on its device (its own plays), and the history
settings entry one for every source. A play fires once, when it is first
stored: a later merge (recently-played confirming what the player saw, a
speaker seeing the same stream, a play extended after a restart) is the
same play, not a new one, and fires nothing. Imports fire nothing either:
they are the past.
"""

from typing import Any, override

from homeassistant.components.event import EventEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .history.epoch import from_ms
from .history.manager import SIGNAL_PLAYS_RECORDED, RecordedPlay
from .history.whose import account_titles
from .wiring.history_entities import HistoryTarget, plays_in_scope
from .wiring.runtime import EncoreConfigEntry

PARALLEL_UPDATES = 0

EVENT_PLAYED = "played"


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the entry's play event (Sonos entries have none)."""
    if (target := entry.runtime_data.history_target(entry)) is not None:
        async_add_entities([PlayedEvent(target)])


def event_data(play: RecordedPlay, titles: dict[str, str]) -> dict[str, Any]:
    """Return what a `played` event tells about a play."""
    record = play.record
    return {
        "track": record.title,
        "artist": record.artist,
        "album": record.album,
        "source": record.source.name.lower(),
        "device": record.device,
        "account": titles.get(record.account, record.account),
        "ms_played": record.ms_played,
        "uri": record.item_uri,
        "ended_at": from_ms(record.ended_at).isoformat(),
    }


class PlayedEvent(EventEntity):
    """Fires `played` for every new play of its scope."""

    _attr_has_entity_name = True
    _attr_translation_key = "played"
    _attr_should_poll = False

    def __init__(self, target: HistoryTarget) -> None:
        """Initialize on the target's device."""
        self.target = target
        self._attr_event_types = [EVENT_PLAYED]
        self._attr_unique_id = f"{target.unique_prefix}_played"
        self._attr_device_info = target.device_info

    @override
    async def async_added_to_hass(self) -> None:
        """Listen for recorded plays."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, SIGNAL_PLAYS_RECORDED, self._async_plays_recorded
            )
        )

    @callback
    def _async_plays_recorded(self, recorded: list[RecordedPlay]) -> None:
        new = [
            play for play in plays_in_scope(self.target, recorded) if not play.merged
        ]
        if not new:
            return
        titles = account_titles(self.hass)
        for play in new:
            # One state per event: automations see each play.
            self._trigger_event(EVENT_PLAYED, event_data(play, titles))
            self.async_write_ha_state()
