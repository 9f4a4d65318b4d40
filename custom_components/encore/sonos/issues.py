"""The repair issue shown while speakers' events do not reach Home Assistant."""

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from ..const import DOMAIN

EVENTS_ISSUE = "sonos_events_blocked"


def _issue_id(entry: ConfigEntry) -> str:
    return f"{EVENTS_ISSUE}_{entry.entry_id}"


@callback
def async_show_events_issue(
    hass: HomeAssistant, entry: ConfigEntry, *, address: str, speakers: str
) -> None:
    """Explain that Encore polls because no event arrives (firewall, container)."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        _issue_id(entry),
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=EVENTS_ISSUE,
        translation_placeholders={"address": address, "speakers": speakers},
    )


@callback
def async_clear_events_issue(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Events arrive again (or the entry goes away)."""
    ir.async_delete_issue(hass, DOMAIN, _issue_id(entry))
