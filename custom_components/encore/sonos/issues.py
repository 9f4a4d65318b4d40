"""The repair issue shown while speakers' events do not reach Home Assistant."""

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from ..const import DOMAIN

EVENTS_ISSUE = "sonos_events_blocked"
NO_LISTENER_ISSUE = "sonos_events_no_listener"


def _issue_id(entry: ConfigEntry) -> str:
    return f"{EVENTS_ISSUE}_{entry.entry_id}"


@callback
def async_show_events_issue(
    hass: HomeAssistant, entry: ConfigEntry, *, address: str | None, speakers: str
) -> None:
    """Explain that Encore polls because no event arrives (firewall, container).

    Without an address, SoCo's listener could not even start on this host.
    """
    ir.async_create_issue(
        hass,
        DOMAIN,
        _issue_id(entry),
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=EVENTS_ISSUE if address else NO_LISTENER_ISSUE,
        translation_placeholders={"address": address or "", "speakers": speakers},
    )


@callback
def async_clear_events_issue(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Events arrive again (or the entry goes away)."""
    ir.async_delete_issue(hass, DOMAIN, _issue_id(entry))
