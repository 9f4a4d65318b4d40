"""The options flow's steps that import a Last.fm or ListenBrainz history.

A Spotify account's options offer them beside the Spotify export's upload
(a ListenBrainz export ZIP goes through that same upload). The API key and
the user name are used for the import and kept nowhere: running the step
again resumes an import cut short, or reads what came since the last one.
"""

from collections.abc import Coroutine
from typing import Any, Final

import voluptuous as vol

from homeassistant.config_entries import ConfigFlowResult, OptionsFlow
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)

from ..const import DOMAIN
from ..history.imports.jobs import (
    async_run_lastfm_import,
    async_run_listenbrainz_import,
    async_scrobble_import_in_background,
)
from ..history.manager import async_get_manager
from ..scrobbling.endpoints import scrobbling_endpoints
from ..scrobbling.lastfm import (
    API_ACCOUNT_URL,
    USER_NOT_FOUND,
    LastfmClient,
    LastfmError,
)
from ..scrobbling.listenbrainz import ListenBrainzClient, ListenBrainzError
from ..scrobbling.pace import Pacer

CONF_LASTFM_USER: Final = "lastfm_user"
CONF_LASTFM_API_KEY: Final = "lastfm_api_key"
CONF_LISTENBRAINZ_USER: Final = "listenbrainz_user"
_TEXT = TextSelector()
_SECRET = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))


def _checking_pacer() -> Pacer:
    """One call, no waiting out a rate limit: the form answers at once."""
    return Pacer(interval=0, retries=0)


class ScrobbleImportSteps(OptionsFlow):
    """Importing a Last.fm history (API key) or a ListenBrainz one (user name)."""

    async def async_step_import_lastfm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the Last.fm user and API key; check them; start the import."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if (problem := self._history_problem()) is not None:
                return self.async_abort(reason=problem)
            user = user_input[CONF_LASTFM_USER].strip()
            key = user_input[CONF_LASTFM_API_KEY].strip()
            endpoints = scrobbling_endpoints(self.hass)
            client = LastfmClient(
                async_get_clientsession(self.hass),
                key,
                url=endpoints.lastfm_api,
                pacer=_checking_pacer(),
            )
            try:
                await client.recent_tracks(user)
            except LastfmError as err:
                if err.code == USER_NOT_FOUND:
                    errors[CONF_LASTFM_USER] = "lastfm_user_not_found"
                elif err.is_auth:
                    errors[CONF_LASTFM_API_KEY] = "lastfm_invalid_key"
                else:
                    errors["base"] = "scrobbling_unreachable"
            else:
                entry = self.config_entry
                return self._started(
                    "Last.fm",
                    async_run_lastfm_import(
                        self.hass, entry.unique_id or "", entry.title, user, key
                    ),
                )
        return self.async_show_form(
            step_id="import_lastfm",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {
                    vol.Required(CONF_LASTFM_USER): _TEXT,
                    vol.Required(CONF_LASTFM_API_KEY): _SECRET,
                }
            ),
            description_placeholders={"url": API_ACCOUNT_URL},
            errors=errors,
        )

    async def async_step_import_listenbrainz(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the ListenBrainz user name; check it; start the import."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if (problem := self._history_problem()) is not None:
                return self.async_abort(reason=problem)
            user = user_input[CONF_LISTENBRAINZ_USER].strip()
            endpoints = scrobbling_endpoints(self.hass)
            client = ListenBrainzClient(
                async_get_clientsession(self.hass),
                root=endpoints.listenbrainz_api,
                pacer=_checking_pacer(),
            )
            try:
                await client.listens(user, count=1)
            except ListenBrainzError as err:
                if err.status == 404:
                    errors[CONF_LISTENBRAINZ_USER] = "listenbrainz_user_not_found"
                else:
                    errors["base"] = "scrobbling_unreachable"
            else:
                entry = self.config_entry
                return self._started(
                    "ListenBrainz",
                    async_run_listenbrainz_import(
                        self.hass, entry.unique_id or "", entry.title, user
                    ),
                )
        return self.async_show_form(
            step_id="import_listenbrainz",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {vol.Required(CONF_LISTENBRAINZ_USER): _TEXT}
            ),
            errors=errors,
        )

    def _started(self, service: str, run: Coroutine[Any, Any, Any]) -> ConfigFlowResult:
        """Run an import in the background and close the form: it is under way."""
        self.hass.async_create_background_task(
            async_scrobble_import_in_background(self.hass, run),
            f"{DOMAIN} {service} import for {self.config_entry.title}",
        )
        return self.async_abort(reason="import_started")

    def _history_problem(self) -> str | None:
        """Why no import can start now, or None."""
        manager = async_get_manager(self.hass)
        if not manager.is_open:
            return "history_unavailable"
        if manager.import_lock(self.config_entry.unique_id or "").locked():
            return "import_in_progress"
        return None
