"""The history's admin actions: import, export, purge; and how it syncs.

Importing, exporting and deleting the history are for admins (Home
Assistant checks the user: `async_register_admin_service`). Asking how the
syncing goes (`sync_status`) and for a sync now (`sync_now`) are for every
user; what failures say (paths, a database's host) only admins see.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import voluptuous as vol

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.service import async_register_admin_service
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, EntryKind
from ..history.collectors.spotify_account import recording_of
from ..history.epoch import to_ms
from ..history.export_history import ExportFormat, async_export, export_suffix
from ..history.imports.jobs import async_run_import
from ..history.manager import async_get_manager
from ..history.purge import async_count_purge, async_purge
from ..history.questions import async_held, to_dict
from ..history.questions.fields import ATTR_END, ATTR_START
from ..history.whose import account_of_entry, encore_entries, entry_kind
from .commands import in_callers_turn

SERVICE_IMPORT_HISTORY = "import_history"
SERVICE_EXPORT_HISTORY = "export_history"
SERVICE_PURGE_HISTORY = "purge_history"
SERVICE_SYNC_STATUS = "sync_status"
SERVICE_SYNC_NOW = "sync_now"

ATTR_PATH = "path"
ATTR_FORMAT = "format"
ATTR_BEFORE = "before"
ATTR_ALL = "all"
ATTR_DRY_RUN = "dry_run"
ATTR_OVERWRITE = "overwrite"

IMPORT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_PATH): cv.string,
    }
)
EXPORT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_PATH): cv.string,
        vol.Optional(ATTR_FORMAT, default=ExportFormat.CSV.value): vol.In(
            [fmt.value for fmt in ExportFormat]
        ),
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_START): cv.datetime,
        vol.Optional(ATTR_END): cv.datetime,
        vol.Optional(ATTR_OVERWRITE, default=False): cv.boolean,
    }
)
PURGE_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_BEFORE): cv.datetime,
        vol.Optional(ATTR_ALL, default=False): cv.boolean,
        vol.Optional(ATTR_DRY_RUN, default=False): cv.boolean,
    }
)
SYNC_SCHEMA = vol.Schema({vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string})


def _epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch; a naive time is in Home Assistant's zone."""
    return to_ms(dt_util.as_utc(moment))


async def _async_allowed(hass: HomeAssistant, path: str) -> Path:
    # is_allowed_path touches the disk (it resolves symlinks).
    if not await hass.async_add_executor_job(hass.config.is_allowed_path, path):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="path_not_allowed",
            translation_placeholders={"path": path},
        )
    return Path(path)


def _is_public(hass: HomeAssistant, path: Path) -> bool:
    """Whether Home Assistant serves the file to anyone (`www` is `/local/`).

    Blocking: it resolves symbolic links.
    """
    public = Path(hass.config.path("www")).resolve()
    return path.resolve().is_relative_to(public)


def _export_target_problem(
    hass: HomeAssistant, path: Path, file_format: ExportFormat, overwrite: bool
) -> str | None:
    """Return why the export may not be written to `path`, or None.

    Blocking (it looks at the disk). Encore writes only the file type it
    produces, and replaces a file only when asked: a mistyped path must not
    turn the user's Spotify export ZIP into CSV text.
    """
    if path.suffix.lower() != export_suffix(file_format):
        return "export_wrong_suffix"
    if not path.parent.is_dir():
        return "path_folder_missing"
    if _is_public(hass, path):
        return "path_public"
    if path.is_dir():
        return "export_is_folder"
    if path.exists() and not overwrite:
        return "export_exists"
    return None


async def _async_import_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account, title = account_of_entry(hass, call.data[ATTR_CONFIG_ENTRY_ID])
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    async_get_manager(hass).require_open()
    report = await async_run_import(hass, account, title, path)
    return report.as_dict()


async def _async_export_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account = None
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        account, _title = account_of_entry(hass, entry_id)
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    file_format = ExportFormat(call.data[ATTR_FORMAT])
    overwrite: bool = call.data[ATTR_OVERWRITE]
    if problem := await hass.async_add_executor_job(
        _export_target_problem, hass, path, file_format, overwrite
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=problem,
            translation_placeholders={"path": str(path)}
            | (
                {"suffix": export_suffix(file_format)}
                if problem == "export_wrong_suffix"
                else {}
            ),
        )
    manager = async_get_manager(hass)
    manager.require_open()
    start = call.data.get(ATTR_START)
    end = call.data.get(ATTR_END)
    rows = await async_export(
        manager,
        path,
        file_format,
        account=account,
        start_ms=None if start is None else _epoch_ms(start),
        end_ms=None if end is None else _epoch_ms(end),
        overwrite=overwrite,
    )
    return {"path": str(path), "rows": rows, "format": file_format.value}


async def _async_purge_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account = None
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        account, _title = account_of_entry(hass, entry_id)
    before = call.data.get(ATTR_BEFORE)
    if account is None and before is None and not call.data[ATTR_ALL]:
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="purge_needs_scope"
        )
    manager = async_get_manager(hass)
    manager.require_open()
    before_ms = None if before is None else _epoch_ms(before)
    if call.data[ATTR_DRY_RUN]:
        # What the confirmation names before anything is deleted.
        return {"would_delete": await async_count_purge(manager, account, before_ms)}
    return {"deleted": await async_purge(manager, account, before_ms)}


# -- how the history syncs --------------------------------------------------


def _sync_entries(hass: HomeAssistant, entry_id: str | None) -> list[ConfigEntry]:
    """Return the chosen Spotify account or Sonos household, else all of them."""
    if entry_id:
        account_of_entry(hass, entry_id)  # a translated error if it is none
        entry = hass.config_entries.async_get_entry(entry_id)
        return [] if entry is None else [entry]
    return [
        entry
        for entry in encore_entries(hass)
        if entry_kind(entry) in (EntryKind.SPOTIFY, EntryKind.SONOS)
    ]


def _secrets(hass: HomeAssistant) -> list[str]:
    """Every token Encore holds: none of them may leave in a response."""
    secrets: list[str] = []
    for entry in hass.config_entries.async_entries(DOMAIN):
        token = entry.data.get("token")
        if isinstance(token, dict):
            secrets += [
                str(token.get(key) or "") for key in ("access_token", "refresh_token")
            ]
        elif isinstance(token, str):
            secrets.append(token)  # a scrobbler's ListenBrainz token
        # A Last.fm scrobbler's API account and session.
        secrets += [
            str(entry.data.get(key) or "")
            for key in ("api_key", "secret", "session_key")
        ]
    # Short values would only blank out ordinary words.
    return [secret for secret in secrets if len(secret) >= 8]


# What failures say (file paths, a database's host and user): for admins.
_ADMIN_ONLY_KEYS: Final = frozenset({"error", "last_error", "detail"})


def _redacted(
    value: Any, secrets: list[str], hidden: frozenset[str] = frozenset()
) -> Any:
    """`value` with every string cleared of tokens, and the `hidden` keys empty."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "**REDACTED**")
        return value
    if isinstance(value, dict):
        return {
            key: None if key in hidden else _redacted(item, secrets, hidden)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redacted(item, secrets, hidden) for item in value]
    return value


async def async_is_admin(call: ServiceCall) -> bool:
    """Whether the caller is an admin (an automation or Home Assistant is)."""
    if call.context.user_id is None:
        return True
    user = await call.hass.auth.async_get_user(call.context.user_id)
    return user is not None and user.is_admin


def _entry_status(hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
    """Return what an entry is and, when it runs, how its recording is doing."""
    status = {
        "account": entry.title,
        "config_entry_id": entry.entry_id,
        "kind": entry_kind(entry).value,
        "state": entry.state.value,
    }
    if entry.state is ConfigEntryState.LOADED:
        status |= entry.runtime_data.sync_status(hass, entry)
    return status


async def async_sync_status(call: ServiceCall) -> ServiceResponse:
    """Tell how each collector, the API calls and the jobs are doing."""
    hass = call.hass
    entry_id = call.data.get(ATTR_CONFIG_ENTRY_ID)
    entries = _sync_entries(hass, entry_id)
    manager = async_get_manager(hass)
    history_entry = next(
        (
            entry
            for entry in hass.config_entries.async_loaded_entries(DOMAIN)
            if entry_kind(entry) is EntryKind.HISTORY
        ),
        None,
    )
    players = (
        None
        if history_entry is None
        else history_entry.runtime_data.sync_status(hass, history_entry)[
            "media_players"
        ]
    )
    response: dict[str, Any] = {
        "history": {
            "open": manager.is_open,
            "backend": manager.store.dialect if manager.is_open else None,
        },
        "accounts": [_entry_status(hass, entry) for entry in entries],
        "media_players": players,
        "recent_jobs": [],
        "recent_imports": [],
        "coverage": None,
    }
    if manager.is_open:
        keys = None if entry_id is None else [account_of_entry(hass, entry_id)[0]]
        # What the history holds (days, sources, gaps, what imports added):
        # whether the syncing left anything out.
        held = await async_held(hass, keys, dt_util.get_default_time_zone())
        response |= {
            "recent_jobs": held.recent_jobs,
            "recent_imports": held.recent_imports,
            "coverage": to_dict(held.coverage),
        }
    hidden = frozenset() if await async_is_admin(call) else _ADMIN_ONLY_KEYS
    return _redacted(response, _secrets(hass), hidden)  # type: ignore[no-any-return]


async def _async_sync_now(call: ServiceCall) -> ServiceResponse:
    """Fetch recently-played now, for the chosen account or all of them."""
    hass = call.hass
    entry_id = call.data.get(ATTR_CONFIG_ENTRY_ID)
    entries = [
        entry
        for entry in _sync_entries(hass, entry_id)
        if entry_kind(entry) is EntryKind.SPOTIFY
    ]
    if entry_id and not entries:
        # A Sonos household records as it plays: there is nothing to fetch.
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sync_not_spotify",
            translation_placeholders={"entry": _title(hass, entry_id)},
        )
    polled: list[dict[str, Any]] = []
    for entry in entries:
        if (recent := recording_of(hass, entry.entry_id).recent) is None:
            continue
        recent.async_poll_soon()
        polled.append(
            {
                "account": entry.title,
                "next_run": None
                if recent.next_run is None
                else recent.next_run.isoformat(timespec="seconds"),
            }
        )
    if not polled:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sync_not_recording",
            translation_placeholders={
                "accounts": ", ".join(entry.title for entry in entries) or "-"
            },
        )
    response: dict[str, Any] = {"accounts": polled}
    return response


def _title(hass: HomeAssistant, entry_id: str) -> str:
    entry = hass.config_entries.async_get_entry(entry_id)
    return entry_id if entry is None else entry.title


def async_setup_admin_actions(hass: HomeAssistant) -> None:
    """Register the admin actions and the sync's (once, for every entry)."""
    admin: list[tuple[str, Callable[[ServiceCall], Any], vol.Schema]] = [
        (SERVICE_IMPORT_HISTORY, _async_import_history, IMPORT_SCHEMA),
        (SERVICE_EXPORT_HISTORY, _async_export_history, EXPORT_SCHEMA),
        (SERVICE_PURGE_HISTORY, _async_purge_history, PURGE_SCHEMA),
    ]
    for name, handler, schema in admin:
        async_register_admin_service(
            hass,
            DOMAIN,
            name,
            handler,
            schema,  # type: ignore[arg-type]
            supports_response=SupportsResponse.OPTIONAL,
        )
    hass.services.async_register(
        DOMAIN,
        SERVICE_SYNC_STATUS,
        in_callers_turn(async_sync_status),
        SYNC_SCHEMA,  # type: ignore[arg-type]
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_SYNC_NOW,
        _async_sync_now,
        SYNC_SCHEMA,  # type: ignore[arg-type]
        supports_response=SupportsResponse.OPTIONAL,
    )
