"""Config flow: connect Spotify accounts with OAuth2 (PKCE)."""

from collections.abc import Mapping
import logging
from typing import Any, override

import voluptuous as vol

from homeassistant.config_entries import (
    SOURCE_REAUTH,
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigEntryState,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.const import CONF_ACCESS_TOKEN, CONF_TOKEN, UnitOfTime
from homeassistant.core import callback
from homeassistant.helpers import config_entry_oauth2_flow
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
)

from .const import (
    CONF_DEFAULT_DEVICE,
    CONF_IDLE_CEILING,
    CONF_KIND,
    CONF_PLAYING_CEILING,
    DEFAULT_IDLE_CEILING,
    DEFAULT_PLAYING_CEILING,
    DOMAIN,
    LOGGER,
    SPOTIFY_SCOPES,
    EntryKind,
)
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

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        """Return the options flow."""
        return EncoreOptionsFlow()

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
            # A 403 here (not on the app's user list, or the app owner without
            # Premium) is clearer now than after setup. Whether the account
            # itself has Premium only shows on a player command, which the flow
            # must not send: that becomes a repair issue after setup.
            profile = await client.async_get_profile()
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


class EncoreOptionsFlow(OptionsFlow):
    """Default device and polling ceilings of a Spotify account.

    Encore reads these when it needs them, so saving takes effect without a
    reload.
    """

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        entry = self.config_entry
        devices: list[str] = []
        if entry.state is ConfigEntryState.LOADED:
            devices = sorted(
                {device.name for device in entry.runtime_data.devices.data or ()}
            )
        schema = vol.Schema(
            {
                vol.Optional(CONF_DEFAULT_DEVICE): SelectSelector(
                    SelectSelectorConfig(
                        options=devices,
                        custom_value=True,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(
                    CONF_PLAYING_CEILING, default=DEFAULT_PLAYING_CEILING
                ): _seconds(15, 900),
                vol.Required(CONF_IDLE_CEILING, default=DEFAULT_IDLE_CEILING): _seconds(
                    30, 3600
                ),
            }
        )
        return self.async_show_form(
            step_id="init",
            # Home Assistant 2026.10 aliases voluptuous to probatio at run time;
            # only the type checker still sees two Schema classes.
            data_schema=self.add_suggested_values_to_schema(
                schema,  # type: ignore[arg-type]
                entry.options,
            ),
        )


def _seconds(minimum: int, maximum: int) -> NumberSelector:
    return NumberSelector(
        NumberSelectorConfig(
            min=minimum,
            max=maximum,
            step=5,
            unit_of_measurement=UnitOfTime.SECONDS,
            mode=NumberSelectorMode.BOX,
        )
    )
