"""Config flow: connect Spotify accounts with OAuth2 (PKCE)."""

from collections.abc import Mapping
import logging
from typing import Any, override

from homeassistant.config_entries import (
    SOURCE_REAUTH,
    SOURCE_RECONFIGURE,
    ConfigFlowResult,
)
from homeassistant.const import CONF_ACCESS_TOKEN, CONF_TOKEN
from homeassistant.helpers import config_entry_oauth2_flow

from .const import CONF_KIND, DOMAIN, LOGGER, SPOTIFY_SCOPES, EntryKind
from .spotify.auth import TokenAuth
from .spotify.client import SpotifyClient
from .spotify.errors import SpotifyError, SpotifyForbiddenError


class EncoreConfigFlow(
    config_entry_oauth2_flow.AbstractOAuth2FlowHandler, domain=DOMAIN
):
    """Connect a Spotify account; several accounts live side by side."""

    DOMAIN = DOMAIN
    VERSION = 1

    @property
    @override
    def logger(self) -> logging.Logger:
        """Return the flow's logger."""
        return LOGGER

    @property
    @override
    def extra_authorize_data(self) -> dict[str, Any]:
        """Ask for Encore's scopes; always show Spotify's consent page.

        The consent page lets the user switch Spotify accounts, which matters
        in a household where the browser is signed in as someone else.
        """
        return {"scope": " ".join(SPOTIFY_SCOPES), "show_dialog": "true"}

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """Start signing in again when Spotify no longer accepts the tokens."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Tell the user which account must sign in again."""
        entry = self._get_reauth_entry()
        if user_input is None:
            return self.async_show_form(
                step_id="reauth_confirm",
                description_placeholders={"account": entry.title},
            )
        return await self.async_step_pick_implementation(
            user_input={"implementation": entry.data["auth_implementation"]}
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Link the same account again, e.g. with other application credentials."""
        entry = self._get_reconfigure_entry()
        if user_input is None:
            return self.async_show_form(
                step_id="reconfigure",
                description_placeholders={"account": entry.title},
            )
        return await self.async_step_pick_implementation()

    @override
    async def async_oauth_create_entry(self, data: dict[str, Any]) -> ConfigFlowResult:
        """Identify the account, check Spotify lets it in, create or update."""
        client = SpotifyClient(
            self.hass, TokenAuth(data[CONF_TOKEN][CONF_ACCESS_TOKEN])
        )
        try:
            profile = await client.async_get_profile()
            # Players need Premium; a 403 here is clearer now than after setup.
            await client.async_get_devices()
        except SpotifyForbiddenError as err:
            return self.async_abort(
                reason=err.reason.value, description_placeholders={"detail": err.detail}
            )
        except SpotifyError as err:
            LOGGER.warning("Could not reach Spotify while signing in: %s", err)
            return self.async_abort(reason="cannot_connect")
        finally:
            await client.async_close()

        await self.async_set_unique_id(profile.user_id)
        if self.source == SOURCE_REAUTH:
            self._abort_if_unique_id_mismatch(
                reason="reauth_account_mismatch",
                description_placeholders={
                    "account": profile.display_name,
                    "expected": self._get_reauth_entry().title,
                },
            )
            return self.async_update_reload_and_abort(
                self._get_reauth_entry(), data_updates=data
            )
        if self.source == SOURCE_RECONFIGURE:
            self._abort_if_unique_id_mismatch(
                reason="reconfigure_account_mismatch",
                description_placeholders={
                    "account": profile.display_name,
                    "expected": self._get_reconfigure_entry().title,
                },
            )
            return self.async_update_reload_and_abort(
                self._get_reconfigure_entry(), data_updates=data
            )
        self._abort_if_unique_id_configured()
        return self.async_create_entry(
            title=profile.display_name, data={**data, CONF_KIND: EntryKind.SPOTIFY}
        )
