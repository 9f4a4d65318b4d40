"""Repairs Encore can fix itself: signing in again (Spotify for writes, a scrobbler)."""

from typing import Any

from homeassistant import data_entry_flow
from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN
from .spotify.writes import WRITE_ISSUE
from .wiring.scrobbler_entry import REVOKED_ISSUE


class SignInForWritesFlow(RepairsFlow):
    """Start the sign-in that grants Encore the write scopes."""

    def __init__(self, entry_id: str, placeholders: dict[str, str]) -> None:
        """Remember which account signs in."""
        self._entry_id = entry_id
        self._placeholders = placeholders

    async def async_step_init(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Go to the confirmation."""
        return await self.async_step_confirm()

    async def async_step_confirm(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Say what signing in grants; on confirmation, start it."""
        if user_input is not None:
            entry = self.hass.config_entries.async_get_entry(self._entry_id)
            if entry is not None:
                entry.async_start_reauth(self.hass)
            return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="confirm", description_placeholders=self._placeholders
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Return the flow that fixes an Encore repair."""
    # Both sign in again: a revoked scrobbler through its own reauth steps.
    if not issue_id.startswith((WRITE_ISSUE, REVOKED_ISSUE)) or not data:
        raise data_entry_flow.UnknownHandler
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    placeholders = dict(issue.translation_placeholders or {}) if issue else {}
    return SignInForWritesFlow(str(data["entry_id"]), placeholders)
