"""Encore's actions. Changing or reading out the whole history is for admins."""

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
import voluptuous as vol

from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.service import async_register_admin_service
from homeassistant.util import dt as dt_util

from .const import CONF_HOUSEHOLD_ID, CONF_KIND, DOMAIN, EntryKind
from .history.export_writer import ExportFormat, write_export
from .history.import_jobs import async_run_import
from .history.manager import async_get_manager
from .history.writes import WriterState, delete_plays, start_job, update_job

SERVICE_IMPORT_HISTORY = "import_history"
SERVICE_EXPORT_HISTORY = "export_history"
SERVICE_PURGE_HISTORY = "purge_history"

ATTR_PATH = "path"
ATTR_FORMAT = "format"
ATTR_START = "start"
ATTR_END = "end"
ATTR_BEFORE = "before"
ATTR_ALL = "all"

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
    }
)
PURGE_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_BEFORE): cv.datetime,
        vol.Optional(ATTR_ALL, default=False): cv.boolean,
    }
)


def account_of_entry(hass: HomeAssistant, entry_id: str) -> tuple[str, str]:
    """Return the history account key and title of a Spotify or Sonos entry."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_entry",
            translation_placeholders={"entry_id": entry_id},
        )
    kind = entry.data.get(CONF_KIND, EntryKind.SPOTIFY)
    if kind == EntryKind.SPOTIFY and entry.unique_id:
        return entry.unique_id, entry.title
    if kind == EntryKind.SONOS:
        return f"sonos:{entry.data[CONF_HOUSEHOLD_ID]}", entry.title
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="not_an_account",
        translation_placeholders={"entry": entry.title},
    )


def _epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch; a naive time is in Home Assistant's zone."""
    return int(dt_util.as_utc(moment).timestamp() * 1000)


async def _async_allowed(hass: HomeAssistant, path: str) -> Path:
    # is_allowed_path touches the disk (it resolves symlinks).
    if not await hass.async_add_executor_job(hass.config.is_allowed_path, path):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="path_not_allowed",
            translation_placeholders={"path": path},
        )
    return Path(path)


def _require_history(hass: HomeAssistant) -> None:
    if not async_get_manager(hass).is_open:
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="history_unavailable"
        )


async def _async_import_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account, title = account_of_entry(hass, call.data[ATTR_CONFIG_ENTRY_ID])
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    _require_history(hass)
    report = await async_run_import(hass, account, title, path)
    return report.as_dict()


async def _async_export_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account = None
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        account, _title = account_of_entry(hass, entry_id)
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    if not await hass.async_add_executor_job(path.parent.is_dir):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="path_folder_missing",
            translation_placeholders={"path": str(path)},
        )
    _require_history(hass)
    start = call.data.get(ATTR_START)
    end = call.data.get(ATTR_END)
    file_format = ExportFormat(call.data[ATTR_FORMAT])
    manager = async_get_manager(hass)

    def export(conn: Connection) -> int:
        return write_export(
            conn,
            path,
            file_format,
            account=account,
            start_ms=None if start is None else _epoch_ms(start),
            end_ms=None if end is None else _epoch_ms(end),
        )

    job_id = await manager.async_start_job("export", account, {"path": path.name})
    try:
        rows = await manager.async_read(export)
    except OSError as err:
        await manager.async_update_job(job_id, {}, status="failed", error=str(err))
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="export_write_failed",
            translation_placeholders={"path": str(path), "error": err.strerror or ""},
        ) from err
    await manager.async_update_job(job_id, {"rows": rows}, status="completed")
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
    _require_history(hass)
    before_ms = None if before is None else _epoch_ms(before)

    def purge(conn: Connection, state: WriterState) -> int:
        job_id = start_job(conn, state, "purge", account)
        deleted = delete_plays(conn, state, account, before_ms)
        update_job(conn, job_id, {"deleted": deleted}, status="completed")
        return deleted

    deleted = await async_get_manager(hass).async_write(purge)
    return {"deleted": deleted}


def async_setup_services(hass: HomeAssistant) -> None:
    """Register Encore's actions (once, for every entry)."""
    admin: list[tuple[str, Any, vol.Schema]] = [
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
