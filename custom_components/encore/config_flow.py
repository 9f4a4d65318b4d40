"""Config flow: connect Spotify accounts with OAuth2 (PKCE), add Sonos households.

Sonos households arrive through SSDP or zeroconf discovery, or by a speaker's IP
address; there is one entry per household, whichever speaker was found.
"""

from collections.abc import Mapping
import logging
from typing import Any, override

import voluptuous as vol

from homeassistant.config_entries import (
    SOURCE_IGNORE,
    SOURCE_REAUTH,
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigEntryState,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.const import (
    CONF_ACCESS_TOKEN,
    CONF_HOST,
    CONF_PORT,
    CONF_TOKEN,
    UnitOfTime,
)
from homeassistant.core import callback
from homeassistant.helpers import config_entry_oauth2_flow, entity_registry as er
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    FileSelector,
    FileSelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.helpers.service_info.ssdp import SsdpServiceInfo
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo

from .const import (
    CONF_ALLOW_WRITES,
    CONF_DAILY_BUDGET,
    CONF_DB_URL,
    CONF_DEFAULT_DEVICE,
    CONF_HOUSEHOLD_ID,
    CONF_IDLE_CEILING,
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    CONF_MEDIA_PLAYERS,
    CONF_PERSONS,
    CONF_PLAYING_CEILING,
    CONF_QUIET_CEILING,
    CONF_RECAP_HOUSEHOLD,
    CONF_RECAP_MONTHLY,
    CONF_RECAP_YEARLY,
    CONF_RETENTION_DAYS,
    CONF_SONOS_MODE,
    CONF_SPOTIFY_ACCOUNT,
    CONF_UID,
    CORE_SONOS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_IDLE_CEILING,
    DEFAULT_PLAYING_CEILING,
    DEFAULT_QUIET_CEILING,
    DOMAIN,
    HISTORY_UNIQUE_ID,
    LOGGER,
    RECAP_YEARLY_OPTIONS,
    SPOTIFY_SCOPES,
    SPOTIFY_WRITE_SCOPES,
    EntryKind,
    SonosMode,
)
from .flows.attribution import AttributionOptionsSteps, kept_attribution
from .flows.scrobble_import import ScrobbleImportSteps
from .flows.scrobbler import ScrobblerOptionsFlow, ScrobblerSteps, is_scrobbler
from .history.imports.uploads import (
    CONF_EXPORT_FILE,
    async_import_in_background,
    keep_upload,
)
from .history.manager import async_get_manager, check_db_url
from .sonos.discovery import (
    Address,
    Identity,
    address_from_ssdp,
    address_from_zeroconf,
    async_identify,
    managed_by_core,
    parse_address,
)
from .sonos.errors import SonosError
from .spotify.auth import TokenAuth
from .spotify.client import SpotifyClient
from .spotify.errors import SpotifyError, SpotifyForbiddenError
from .spotify.writes import writes_allowed, writes_granted
from .voice.sentences import shipped_files


class EncoreConfigFlow(
    config_entry_oauth2_flow.AbstractOAuth2FlowHandler, ScrobblerSteps, domain=DOMAIN
):
    """Connect Spotify accounts and Sonos households; several live side by side."""

    DOMAIN = DOMAIN
    VERSION = 1

    def __init__(self) -> None:
        """Initialize."""
        super().__init__()
        self._sonos: tuple[Address, Identity] | None = None

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
        scopes = list(SPOTIFY_SCOPES)
        if self._wants_writes():
            # The owner let Encore change their library and playlists.
            scopes += SPOTIFY_WRITE_SCOPES
        return {"scope": " ".join(scopes), "show_dialog": "true"}

    def _wants_writes(self) -> bool:
        """Whether the account signing in again has the write option on."""
        if self.source == SOURCE_REAUTH:
            return writes_allowed(self._get_reauth_entry())
        if self.source == SOURCE_RECONFIGURE:
            return writes_allowed(self._get_reconfigure_entry())
        return False

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        """Return the options flow of the entry's kind."""
        if config_entry.data.get(CONF_KIND) == EntryKind.SONOS:
            return SonosOptionsFlow()
        if config_entry.data.get(CONF_KIND) == EntryKind.HISTORY:
            return HistoryOptionsFlow()
        if is_scrobbler(config_entry.data):
            return ScrobblerOptionsFlow()
        return EncoreOptionsFlow()

    @override
    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask what to add: a Spotify account, Sonos speakers, history settings, a scrobbler.

        The history settings are one per Home Assistant: once they exist the
        menu does not offer them (they would only abort; issue 43.16). They
        are changed in their entry's options.
        """
        history = self.hass.config_entries.async_entry_for_domain_unique_id(
            DOMAIN, HISTORY_UNIQUE_ID
        )
        options = ["spotify", "sonos", *([] if history else ["history"]), "scrobbler"]
        return self.async_show_menu(step_id="user", menu_options=options)

    async def async_step_history(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add the listening history settings (one per Home Assistant)."""
        await self.async_set_unique_id(HISTORY_UNIQUE_ID)
        self._abort_if_unique_id_configured(error="history_already_configured")
        if user_input is None:
            # A home that runs core `sonos` most likely keeps it.
            default = (
                SonosMode.CORE
                if self.hass.config_entries.async_entries(CORE_SONOS)
                else SonosMode.ENCORE
            )
            return self.async_show_form(
                step_id="history",
                data_schema=vol.Schema(  # type: ignore[arg-type]
                    {vol.Required(CONF_SONOS_MODE, default=default): _sonos_mode()}
                ),
            )
        return self.async_create_entry(
            title="Listening history",
            data={CONF_KIND: EntryKind.HISTORY},
            options={CONF_SONOS_MODE: user_input[CONF_SONOS_MODE]},
        )

    async def async_step_spotify(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Sign in to Spotify."""
        return await self.async_step_pick_implementation()

    async def async_step_sonos(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add a Sonos household by the address of one of its speakers."""
        if _sonos_left_to_core(self):
            return self.async_abort(reason="sonos_left_to_core")
        errors: dict[str, str] = {}
        if user_input is not None:
            found = await self._async_sonos_from_input(user_input, errors)
            if found is not None:
                address, identity = found
                # A discovery of the same household may wait for confirmation:
                # the user's own request goes first (that flow then ends).
                await self.async_set_unique_id(
                    identity.household_id, raise_on_progress=False
                )
                entry = self.hass.config_entries.async_entry_for_domain_unique_id(
                    DOMAIN, identity.household_id
                )
                # An ignored household can still be added by hand.
                if entry is not None and entry.source != SOURCE_IGNORE:
                    self._async_sonos_seen(entry, address, identity)
                    return self.async_abort(reason="sonos_already_configured")
                return self._async_create_sonos_entry(address, identity)
        return self.async_show_form(
            step_id="sonos",
            data_schema=self.add_suggested_values_to_schema(
                _HOST_SCHEMA,  # type: ignore[arg-type]
                user_input,
            ),
            errors=errors,
        )

    async def _async_sonos_from_input(
        self, user_input: dict[str, Any], errors: dict[str, str]
    ) -> tuple[Address, Identity] | None:
        address = parse_address(user_input[CONF_HOST])
        if address is None:
            errors[CONF_HOST] = "invalid_host"
            return None
        try:
            identity = await async_identify(self.hass, address)
        except SonosError:
            # Only a SoCo older than 0.32 (core's pin) cannot: real speakers use 1400.
            errors[CONF_HOST] = "port_unsupported"
            return None
        if identity is None:
            errors["base"] = "cannot_connect"
            return None
        return address, identity

    @override
    async def async_step_ssdp(
        self, discovery_info: SsdpServiceInfo
    ) -> ConfigFlowResult:
        """Take a speaker that answered SSDP."""
        return await self._async_sonos_discovered(address_from_ssdp(discovery_info))

    @override
    async def async_step_zeroconf(
        self, discovery_info: ZeroconfServiceInfo
    ) -> ConfigFlowResult:
        """Take a speaker that announced itself over mDNS."""
        return await self._async_sonos_discovered(address_from_zeroconf(discovery_info))

    async def _async_sonos_discovered(
        self, address: Address | None
    ) -> ConfigFlowResult:
        if address is None:
            return self.async_abort(reason="sonos_not_sonos")
        if _sonos_left_to_core(self):
            # No card at all: the user chose core's players for every speaker.
            return self.async_abort(reason="sonos_left_to_core")
        try:
            identity = await async_identify(self.hass, address)
        except SonosError:
            return self.async_abort(reason="sonos_port_unsupported")
        if identity is None:
            return self.async_abort(reason="sonos_cannot_connect")
        if managed_by_core(self.hass, identity.uid):
            # The user has these speakers already; adding them by address stays possible.
            return self.async_abort(reason="sonos_managed_by_core")
        await self.async_set_unique_id(identity.household_id)
        entry = self.hass.config_entries.async_entry_for_domain_unique_id(
            DOMAIN, identity.household_id
        )
        if entry is not None:
            self._async_sonos_seen(entry, address, identity)
            return self.async_abort(reason="sonos_already_configured")
        self._sonos = (address, identity)
        self.context["title_placeholders"] = {"name": f"Sonos ({identity.name})"}
        return await self.async_step_discovery_confirm()

    @callback
    def _async_sonos_seen(
        self, entry: ConfigEntry, address: Address, identity: Identity
    ) -> None:
        """Keep a configured household reachable when a speaker's address changes."""
        if entry.source == SOURCE_IGNORE:
            return
        data = entry.data
        if entry.state is ConfigEntryState.LOADED:
            # The running household follows speakers itself; keep the seed current.
            if data.get(CONF_UID) == identity.uid:
                self.hass.config_entries.async_update_entry(
                    entry, data={**data, **_sonos_data(address, identity)}
                )
            entry.runtime_data.household.async_discovered(
                identity.uid, identity.name, address.host, address.port
            )
            return
        # Not running (its speaker moved or is off): reach it through this one.
        self.hass.config_entries.async_update_entry(
            entry, data={**data, **_sonos_data(address, identity)}
        )
        if entry.state is ConfigEntryState.SETUP_RETRY:
            self.hass.config_entries.async_schedule_reload(entry.entry_id)

    async def async_step_discovery_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask before adding a discovered household."""
        if self._sonos is None:
            return self.async_abort(reason="sonos_not_sonos")
        address, identity = self._sonos
        if user_input is None:
            self._set_confirm_only()
            return self.async_show_form(
                step_id="discovery_confirm",
                description_placeholders={
                    "name": identity.name,
                    "address": str(address),
                },
            )
        return self._async_create_sonos_entry(address, identity)

    @callback
    def _async_create_sonos_entry(
        self, address: Address, identity: Identity
    ) -> ConfigFlowResult:
        return self.async_create_entry(
            title=f"Sonos ({identity.name})",
            data={CONF_KIND: EntryKind.SONOS, **_sonos_data(address, identity)},
        )

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """Start signing in again when Spotify no longer accepts the tokens."""
        if is_scrobbler(entry_data):
            return await self.async_step_scrobbler_reauth(entry_data)
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
        if entry.data.get(CONF_KIND) == EntryKind.SONOS:
            return await self.async_step_reconfigure_sonos()
        if user_input is None:
            return self.async_show_form(
                step_id="reconfigure",
                description_placeholders={"account": entry.title},
            )
        return await self.async_step_pick_implementation()

    async def async_step_reconfigure_sonos(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Reach a Sonos household through another speaker or address."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            found = await self._async_sonos_from_input(user_input, errors)
            if found is not None:
                address, identity = found
                await self.async_set_unique_id(identity.household_id)
                self._abort_if_unique_id_mismatch(reason="sonos_wrong_household")
                return self.async_update_reload_and_abort(
                    entry,
                    data_updates=_sonos_data(address, identity),
                    reason="sonos_reconfigure_successful",
                )
        return self.async_show_form(
            step_id="reconfigure_sonos",
            data_schema=self.add_suggested_values_to_schema(
                _HOST_SCHEMA,  # type: ignore[arg-type]
                user_input
                or {CONF_HOST: f"{entry.data[CONF_HOST]}:{entry.data[CONF_PORT]}"},
            ),
            errors=errors,
        )

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


class EncoreOptionsFlow(ScrobbleImportSteps):
    """A Spotify account's settings, and importing its Spotify data export.

    Encore reads the settings when it needs them, so saving takes effect
    without a reload.
    """

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask what to do."""
        return self.async_show_menu(
            step_id="init",
            menu_options=[
                "settings",
                "import_history",
                "import_lastfm",
                "import_listenbrainz",
            ],
        )

    async def async_step_import_history(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Take the export ZIP (or one JSON file) as an upload and import it."""
        if user_input is None:
            return self._import_form()
        entry = self.config_entry
        if not async_get_manager(self.hass).is_open:
            return self.async_abort(reason="history_unavailable")
        account = entry.unique_id or ""
        if async_get_manager(self.hass).import_lock(account).locked():
            return self.async_abort(reason="import_in_progress")
        try:
            saved = await self.hass.async_add_executor_job(
                keep_upload, self.hass, user_input[CONF_EXPORT_FILE]
            )
        except ValueError:
            # file_upload knows no such file: expired (it keeps uploads only
            # while the flow runs), already used, or an id that never was.
            return self._import_form({CONF_EXPORT_FILE: "upload_not_found"})
        self.hass.async_create_background_task(
            async_import_in_background(self.hass, account, entry.title, saved),
            f"{DOMAIN} import for {entry.title}",
        )
        return self.async_abort(reason="import_started")

    def _import_form(self, errors: dict[str, str] | None = None) -> ConfigFlowResult:
        """Show the upload form, with what went wrong last time."""
        return self.async_show_form(
            step_id="import_history",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {
                    vol.Required(CONF_EXPORT_FILE): FileSelector(
                        FileSelectorConfig(accept=".zip,.json,application/zip")
                    )
                }
            ),
            errors=errors,
        )

    async def async_step_settings(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        entry = self.config_entry
        if user_input is not None:
            if user_input.get(CONF_ALLOW_WRITES) and not writes_granted(entry):
                # Spotify grants the write scopes only on its consent page:
                # sign in again (the flow asks for them once this is saved).
                entry.async_start_reauth(self.hass)
            return self.async_create_entry(data=user_input)
        devices: list[str] = []
        if entry.state is ConfigEntryState.LOADED:
            devices = sorted(
                {
                    device.name
                    for device in entry.runtime_data.account.devices.data or ()
                }
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
                vol.Optional(CONF_PERSONS, default=[]): EntitySelector(
                    EntitySelectorConfig(domain="person", multiple=True)
                ),
                vol.Required(
                    CONF_PLAYING_CEILING, default=DEFAULT_PLAYING_CEILING
                ): _seconds(15, 900),
                vol.Required(CONF_IDLE_CEILING, default=DEFAULT_IDLE_CEILING): _seconds(
                    30, 3600
                ),
                vol.Required(
                    CONF_QUIET_CEILING, default=DEFAULT_QUIET_CEILING
                ): _seconds(300, 7200),
                vol.Required(
                    CONF_DAILY_BUDGET, default=DEFAULT_DAILY_BUDGET
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=100, max=20_000, step=50, mode=NumberSelectorMode.BOX
                    )
                ),
                vol.Required(CONF_ALLOW_WRITES, default=False): BooleanSelector(),
                # The recap (issue 38); unset means the default for the person.
                vol.Optional(CONF_RECAP_HOUSEHOLD): BooleanSelector(),
                vol.Optional(CONF_RECAP_MONTHLY): BooleanSelector(),
                vol.Optional(CONF_RECAP_YEARLY): SelectSelector(
                    SelectSelectorConfig(
                        options=list(RECAP_YEARLY_OPTIONS),
                        translation_key="recap_yearly",
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
            }
        )
        return self.async_show_form(
            step_id="settings",
            # Home Assistant 2026.10 aliases voluptuous to probatio at run time;
            # only the type checker still sees two Schema classes.
            data_schema=self.add_suggested_values_to_schema(
                schema,  # type: ignore[arg-type]
                entry.options,
            ),
        )


class SonosOptionsFlow(OptionsFlow):
    """Which Spotify account a Sonos household searches and browses with."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Start with the Sonos step (its texts differ from Spotify's `init`)."""
        return await self.async_step_sonos()

    async def async_step_sonos(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        accounts = [
            SelectOptionDict(value=entry.entry_id, label=entry.title)
            for entry in self.hass.config_entries.async_loaded_entries(DOMAIN)
            if entry.runtime_data.spotify_account is not None
        ]
        if user_input is not None:
            chosen = self.config_entry.options.get(CONF_SPOTIFY_ACCOUNT)
            if chosen and all(account["value"] != chosen for account in accounts):
                # The form could not show it (that account is not loaded now):
                # saving must not drop it.
                user_input = {CONF_SPOTIFY_ACCOUNT: chosen, **user_input}
            return self.async_create_entry(data=user_input)
        fields: dict[Any, Any] = {}
        if accounts:
            fields[vol.Optional(CONF_SPOTIFY_ACCOUNT)] = SelectSelector(
                SelectSelectorConfig(options=accounts, mode=SelectSelectorMode.DROPDOWN)
            )
        return self.async_show_form(
            step_id="sonos",
            data_schema=self.add_suggested_values_to_schema(
                vol.Schema(fields),  # type: ignore[arg-type]
                self.config_entry.options,
            ),
            description_placeholders={"accounts": str(len(accounts))},
        )


class HistoryOptionsFlow(AttributionOptionsSteps):
    """The history's place, retention and players; whose plays are (`flows/attribution.py`)."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask what to change (under texts of its own: Spotify's menu is `init`)."""
        return await self.async_step_history_menu()

    async def async_step_history_menu(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask what to change: the history, the rules of whose plays are, a person."""
        return self.async_show_menu(
            step_id="history_menu",
            menu_options=["history", "attribution", "attribution_person"],
        )

    async def async_step_history(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the history settings."""
        errors: dict[str, str] = {}
        if user_input is not None:
            db_url = str(user_input.get(CONF_DB_URL) or "").strip()
            if db_url:
                error = await self.hass.async_add_executor_job(check_db_url, db_url)
                if error is not None:
                    errors[CONF_DB_URL] = error
            if not errors:
                data = {
                    **kept_attribution(self.config_entry.options),
                    **user_input,
                    CONF_DB_URL: db_url,
                }
                if not db_url:
                    data.pop(CONF_DB_URL)
                return self.async_create_entry(data=data)
        schema = vol.Schema(
            {
                vol.Optional(CONF_DB_URL): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.PASSWORD)
                ),
                vol.Required(CONF_RETENTION_DAYS, default=0): NumberSelector(
                    NumberSelectorConfig(
                        min=0,
                        max=36500,
                        step=1,
                        unit_of_measurement=UnitOfTime.DAYS,
                        mode=NumberSelectorMode.BOX,
                    )
                ),
                vol.Required(CONF_INSTALL_SENTENCES, default=False): BooleanSelector(),
                vol.Required(CONF_SONOS_MODE, default=SonosMode.ENCORE): _sonos_mode(),
                vol.Optional(CONF_MEDIA_PLAYERS, default=[]): EntitySelector(
                    EntitySelectorConfig(
                        domain="media_player",
                        multiple=True,
                        exclude_entities=self._own_players(),
                    )
                ),
            }
        )
        return self.async_show_form(
            step_id="history",
            data_schema=self.add_suggested_values_to_schema(
                schema,  # type: ignore[arg-type]
                user_input or self.config_entry.options,
            ),
            errors=errors,
            # The option installs several files per language: the dialog
            # names them as they ship (issue 43.16), not one of them.
            description_placeholders=await self.hass.async_add_executor_job(
                sentence_placeholders
            ),
        )

    def _own_players(self) -> list[str]:
        """Encore's own players: their collectors already record them."""
        registry = er.async_get(self.hass)
        return [
            entity.entity_id
            for entity in registry.entities.values()
            if entity.platform == DOMAIN and entity.domain == "media_player"
        ]


_HOST_SCHEMA = vol.Schema({vol.Required(CONF_HOST): TextSelector()})


def sentence_placeholders() -> dict[str, str]:
    """Name the sentence files the Assist option installs, and their languages.

    Blocking: reads the shipped folders.
    """
    files = shipped_files()
    return {
        "sentence_files": ", ".join(sorted({name for _language, _path, name in files})),
        "sentence_languages": ", ".join(
            sorted({language for language, _p, _n in files})
        ),
    }


def _sonos_mode() -> SelectSelector:
    """Through Encore, or left to Home Assistant's own Sonos integration."""
    return SelectSelector(
        SelectSelectorConfig(
            options=[mode.value for mode in SonosMode],
            translation_key=CONF_SONOS_MODE,
            mode=SelectSelectorMode.LIST,
        )
    )


def _sonos_left_to_core(flow: EncoreConfigFlow) -> bool:
    """Tell whether the history settings leave the speakers to core `sonos`.

    The choice lives in the history entry's options: it decides what the
    history records, and it must hold where no Encore Sonos entry exists.
    """
    entry = flow.hass.config_entries.async_entry_for_domain_unique_id(
        DOMAIN, HISTORY_UNIQUE_ID
    )
    return entry is not None and entry.options.get(CONF_SONOS_MODE) == SonosMode.CORE


def _sonos_data(address: Address, identity: Identity) -> dict[str, Any]:
    return {
        CONF_HOST: address.host,
        CONF_PORT: address.port,
        CONF_UID: identity.uid,
        CONF_HOUSEHOLD_ID: identity.household_id,
    }


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
