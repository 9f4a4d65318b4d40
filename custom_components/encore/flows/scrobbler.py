"""The config flow's steps that add a scrobbler: a person's Last.fm or ListenBrainz.

Last.fm: the user's own API account (API key and shared secret, made on
last.fm), then Last.fm's web authentication: the browser goes to last.fm,
the user allows Encore, last.fm sends it back to Encore's callback with a
token, and `auth.getSession` exchanges it for a session key that lasts
until the user revokes it. ListenBrainz: the user's token, checked with
`validate-token`. Then the sources that go out; a Spotify account is off
unless chosen, as Spotify's own Last.fm connection may scrobble it already.
The session key and the token are kept in the entry's data, never logged.
"""

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlencode

from aiohttp import web
import voluptuous as vol

from homeassistant.components.http import HomeAssistantView
from homeassistant.config_entries import (
    SOURCE_REAUTH,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.const import CONF_TOKEN
from homeassistant.core import HomeAssistant, callback
from homeassistant.data_entry_flow import UnknownFlow
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.network import NoURLAvailableError, get_url
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.util.hass_dict import HassKey

from ..const import CONF_KIND, DOMAIN, EntryKind
from ..history.whose import account_persons, account_titles
from ..scrobbling.endpoints import scrobbling_endpoints
from ..scrobbling.lastfm import API_ACCOUNT_URL, LastfmClient, LastfmError
from ..scrobbling.listenbrainz import TOKEN_URL, ListenBrainzClient, ListenBrainzError
from ..scrobbling.pace import Pacer
from ..wiring.scrobbler_entry import (
    CONF_API_KEY,
    CONF_NOW_PLAYING,
    CONF_PLAYERS_SOURCE,
    CONF_SCROBBLE_PERSON,
    CONF_SCROBBLE_USER,
    CONF_SECRET,
    CONF_SERVICE,
    CONF_SESSION_KEY,
    CONF_SINCE,
    CONF_SONOS_SOURCE,
    CONF_SPOTIFY_SOURCES,
    SERVICE_LASTFM,
    SERVICE_LISTENBRAINZ,
    now_ms,
    scrobbler_person,
    service_title,
    target_key,
)

CALLBACK_PATH: Final = "/api/encore/lastfm/callback"
_VIEW: HassKey[bool] = HassKey(f"{DOMAIN}_lastfm_callback")
_TEXT = TextSelector()
_SECRET = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
_PERSON = EntitySelector(EntitySelectorConfig(domain="person"))


def _checking_pacer() -> Pacer:
    """One call, no waiting out a rate limit: the form answers at once."""
    return Pacer(interval=0, retries=0)


class LastfmCallbackView(HomeAssistantView):
    """Where last.fm sends the browser back with the token of the web flow.

    Not behind Home Assistant's sign-in (the browser comes from last.fm):
    the flow's id, random and alive only while the form is open, is what
    ties the token to the flow, as Home Assistant's own OAuth2 callback does
    with its state.
    """

    url = CALLBACK_PATH
    name = "api:encore:lastfm_callback"
    requires_auth = False

    async def get(self, request: web.Request) -> web.Response:
        """Hand the token to the flow, and let the window close."""
        hass: HomeAssistant = request.app["hass"]
        flow_id = request.query.get("flow_id", "")
        token = request.query.get("token", "")
        if not flow_id or not token:
            return web.Response(status=400, text="Missing flow_id or token")
        try:
            await hass.config_entries.flow.async_configure(flow_id, {"token": token})
        except UnknownFlow, vol.Invalid:
            return web.Response(status=400, text="This sign-in is no longer open")
        return web.Response(
            content_type="text/html",
            text="<script>window.close()</script>Last.fm is connected: close this window.",
        )


@callback
def register_callback(hass: HomeAssistant) -> None:
    """Serve the callback (once): at set-up, or when a first flow needs it."""
    if not hass.data.get(_VIEW):
        hass.http.register_view(LastfmCallbackView())
        hass.data[_VIEW] = True


def sources_schema(
    hass: HomeAssistant, person: str, options: Mapping[str, Any]
) -> vol.Schema:
    """Return the sources form: the person's own Spotify accounts (off), Sonos, players."""
    titles = account_titles(hass)
    owned = [
        SelectOptionDict(value=account, label=titles.get(account, account))
        for account, persons in account_persons(hass).items()
        if persons == [person]
    ]
    fields: dict[Any, Any] = {}
    if owned:
        fields[
            vol.Optional(
                CONF_SPOTIFY_SOURCES,
                default=list(options.get(CONF_SPOTIFY_SOURCES) or []),
            )
        ] = SelectSelector(
            SelectSelectorConfig(
                options=owned, multiple=True, mode=SelectSelectorMode.LIST
            )
        )
    fields[
        vol.Required(CONF_SONOS_SOURCE, default=options.get(CONF_SONOS_SOURCE, True))
    ] = BooleanSelector()
    fields[
        vol.Required(
            CONF_PLAYERS_SOURCE, default=options.get(CONF_PLAYERS_SOURCE, True)
        )
    ] = BooleanSelector()
    # Off unless chosen: it tells the service what plays as it starts.
    fields[
        vol.Required(CONF_NOW_PLAYING, default=options.get(CONF_NOW_PLAYING, False))
    ] = BooleanSelector()
    return vol.Schema(fields)


def sources_options(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return the options the sources form chose."""
    return {
        CONF_SPOTIFY_SOURCES: list(user_input.get(CONF_SPOTIFY_SOURCES) or []),
        CONF_SONOS_SOURCE: bool(user_input[CONF_SONOS_SOURCE]),
        CONF_PLAYERS_SOURCE: bool(user_input[CONF_PLAYERS_SOURCE]),
        CONF_NOW_PLAYING: bool(user_input.get(CONF_NOW_PLAYING, False)),
    }


class ScrobblerSteps(ConfigFlow):
    """Adding (or signing in again) a person's Last.fm or ListenBrainz account."""

    _scrobbler: dict[str, Any]
    _lastfm_token: str | None = None

    async def async_step_scrobbler(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask which service."""
        return self.async_show_menu(
            step_id="scrobbler",
            menu_options=["scrobbler_lastfm", "scrobbler_listenbrainz"],
        )

    async def async_step_scrobbler_lastfm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask whose, and their Last.fm API account; then go to last.fm."""
        if user_input is not None:
            self._scrobbler = {
                CONF_KIND: EntryKind.SCROBBLER,
                CONF_SERVICE: SERVICE_LASTFM,
                CONF_SCROBBLE_PERSON: user_input[CONF_SCROBBLE_PERSON],
                CONF_API_KEY: user_input[CONF_API_KEY].strip(),
                CONF_SECRET: user_input[CONF_SECRET].strip(),
            }
            return await self.async_step_scrobbler_lastfm_auth()
        return self.async_show_form(
            step_id="scrobbler_lastfm",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {
                    vol.Required(CONF_SCROBBLE_PERSON): _PERSON,
                    vol.Required(CONF_API_KEY): _TEXT,
                    vol.Required(CONF_SECRET): _SECRET,
                }
            ),
            description_placeholders={"url": API_ACCOUNT_URL},
        )

    async def async_step_scrobbler_lastfm_auth(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Send the browser to last.fm; the callback brings the token here."""
        if user_input is not None:
            self._lastfm_token = str(user_input[CONF_TOKEN])
            return self.async_external_step_done(
                next_step_id="scrobbler_lastfm_session"
            )
        try:
            base = get_url(self.hass, allow_cloud=False, prefer_external=True)
        except NoURLAvailableError:
            return self.async_abort(reason="no_url_available")
        register_callback(self.hass)
        callback_url = f"{base}{CALLBACK_PATH}?{urlencode({'flow_id': self.flow_id})}"
        query = urlencode(
            {"api_key": self._scrobbler[CONF_API_KEY], "cb": callback_url}
        )
        return self.async_external_step(
            step_id="scrobbler_lastfm_auth",
            url=f"{scrobbling_endpoints(self.hass).lastfm_auth}?{query}",
        )

    async def async_step_scrobbler_lastfm_session(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Exchange the token for the session key (once: a token is used up)."""
        endpoints = scrobbling_endpoints(self.hass)
        client = LastfmClient(
            async_get_clientsession(self.hass),
            self._scrobbler[CONF_API_KEY],
            secret=self._scrobbler[CONF_SECRET],
            url=endpoints.lastfm_api,
            pacer=_checking_pacer(),
        )
        try:
            user, session_key = await client.get_session(self._lastfm_token or "")
        except LastfmError as err:
            return self.async_abort(
                reason="lastfm_auth_failed" if err.is_auth else "scrobbling_unreachable"
            )
        self._scrobbler[CONF_SCROBBLE_USER] = user
        self._scrobbler[CONF_SESSION_KEY] = session_key
        return await self._async_account_known()

    async def async_step_scrobbler_listenbrainz(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask whose, and their ListenBrainz token; check it."""
        errors: dict[str, str] = {}
        reauth = self.source == SOURCE_REAUTH
        if user_input is not None:
            token = user_input[CONF_TOKEN].strip()
            client = ListenBrainzClient(
                async_get_clientsession(self.hass),
                token=token,
                root=scrobbling_endpoints(self.hass).listenbrainz_api,
                pacer=_checking_pacer(),
            )
            try:
                user = await client.validate_token()
            except ListenBrainzError:
                errors["base"] = "scrobbling_unreachable"
            else:
                if user is None:
                    errors[CONF_TOKEN] = "listenbrainz_invalid_token"
                else:
                    person = (
                        self._scrobbler[CONF_SCROBBLE_PERSON]
                        if reauth
                        else user_input[CONF_SCROBBLE_PERSON]
                    )
                    self._scrobbler = {
                        CONF_KIND: EntryKind.SCROBBLER,
                        CONF_SERVICE: SERVICE_LISTENBRAINZ,
                        CONF_SCROBBLE_PERSON: person,
                        CONF_SCROBBLE_USER: user,
                        CONF_TOKEN: token,
                    }
                    return await self._async_account_known()
        fields: dict[Any, Any] = (
            {} if reauth else {vol.Required(CONF_SCROBBLE_PERSON): _PERSON}
        )
        fields[vol.Required(CONF_TOKEN)] = _SECRET
        return self.async_show_form(
            step_id="scrobbler_listenbrainz",
            data_schema=vol.Schema(fields),  # type: ignore[arg-type]
            description_placeholders={"url": TOKEN_URL},
            errors=errors,
        )

    async def _async_account_known(self) -> ConfigFlowResult:
        """Sign in again, or go on to the sources: the account is known."""
        data = self._scrobbler
        await self.async_set_unique_id(
            target_key(data[CONF_SERVICE], data[CONF_SCROBBLE_USER])
        )
        if self.source == SOURCE_REAUTH:
            self._abort_if_unique_id_mismatch(reason="scrobbler_account_mismatch")
            return self.async_update_reload_and_abort(
                self._get_reauth_entry(),
                data_updates=data,
                reason="scrobbler_reauth_successful",
            )
        self._abort_if_unique_id_configured(error="scrobbler_already_configured")
        return await self.async_step_scrobbler_sources()

    async def async_step_scrobbler_sources(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask which sources go out (a Spotify account only if chosen)."""
        data = self._scrobbler
        if user_input is not None:
            return self.async_create_entry(
                title=f"{service_title(data[CONF_SERVICE])} ({data[CONF_SCROBBLE_USER]})",
                data={**data, CONF_SINCE: now_ms()},
                options=sources_options(user_input),
            )
        return self.async_show_form(
            step_id="scrobbler_sources",
            data_schema=sources_schema(  # type: ignore[arg-type]
                self.hass, data[CONF_SCROBBLE_PERSON], {}
            ),
            description_placeholders={"service": service_title(data[CONF_SERVICE])},
        )

    async def async_step_scrobbler_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """Sign in again: last.fm's page with the same API account, or a new token."""
        self._scrobbler = dict(entry_data)
        if entry_data[CONF_SERVICE] == SERVICE_LASTFM:
            return await self.async_step_scrobbler_lastfm_auth()
        return await self.async_step_scrobbler_listenbrainz()


class ScrobblerOptionsFlow(OptionsFlow):
    """Which sources of the person go out, and whether "now playing" is said.

    Saved options reload the entry (its update listener), as core's
    integrations do: the sender starts again with them.
    """

    _person: str | None = None

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask whose the account is (it may pass to someone else), then the sources."""
        return await self.async_step_scrobbler_person()

    async def async_step_scrobbler_person(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Whose plays go to this account."""
        if user_input is not None:
            self._person = str(user_input[CONF_SCROBBLE_PERSON])
            return await self.async_step_scrobbler_sources()
        return self.async_show_form(
            step_id="scrobbler_person",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {
                    vol.Required(
                        CONF_SCROBBLE_PERSON,
                        default=scrobbler_person(self.config_entry),
                    ): _PERSON
                }
            ),
            description_placeholders={"account": self.config_entry.title},
        )

    async def async_step_scrobbler_sources(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the sources; the entry starts again with them."""
        entry = self.config_entry
        person = self._person or scrobbler_person(entry)
        # Another person's Spotify accounts are not this one's: chosen anew.
        chosen = entry.options if person == scrobbler_person(entry) else {}
        if user_input is not None:
            return self.async_create_entry(
                data={**sources_options(user_input), CONF_SCROBBLE_PERSON: person}
            )
        return self.async_show_form(
            step_id="scrobbler_sources",
            data_schema=sources_schema(  # type: ignore[arg-type]
                self.hass, person, chosen
            ),
            description_placeholders={
                "service": service_title(str(entry.data[CONF_SERVICE]))
            },
        )


@callback
def is_scrobbler(data: Mapping[str, Any]) -> bool:
    """Whether an entry's data is a scrobbler's."""
    return data.get(CONF_KIND) == EntryKind.SCROBBLER
