"""An export uploaded in the options flow: kept on disk, imported in the background."""

from pathlib import Path
import shutil
import uuid

from homeassistant.components.file_upload import process_uploaded_file
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ...const import LOGGER
from .jobs import async_run_import

CONF_EXPORT_FILE = "export_file"
UPLOAD_DIR = ("encore", "imports")


def keep_upload(hass: HomeAssistant, file_id: str) -> Path:
    """Move an uploaded file out of the upload area, which empties it on return.

    Blocking: run in the executor. The copy lives in the configuration folder
    until its import ends.
    """
    folder = Path(hass.config.path(*UPLOAD_DIR))
    folder.mkdir(parents=True, exist_ok=True)
    with process_uploaded_file(hass, file_id) as uploaded:
        # The uploaded name is the user's; keep only a safe suffix of it.
        suffix = ".json" if uploaded.name.lower().endswith(".json") else ".zip"
        target = folder / f"{uuid.uuid4().hex}{suffix}"
        shutil.move(uploaded, target)
    return target


def remove_leftover_uploads(hass: HomeAssistant) -> int:
    """Delete uploads an interrupted import left behind; returns how many.

    An import deletes its upload when it ends; a crash or a power cut in
    the middle leaves the raw export (IP addresses and all) in the
    configuration folder and its backups. Run when Home Assistant starts,
    before any import can. Blocking: run in the executor.
    """
    folder = Path(hass.config.path(*UPLOAD_DIR))
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".zip", ".json"):
            path.unlink(missing_ok=True)
            removed += 1
    if removed:
        LOGGER.info("Deleted %s export(s) left by an interrupted import", removed)
    return removed


async def async_import_in_background(
    hass: HomeAssistant, account: str, account_name: str, path: Path
) -> None:
    """Import an uploaded export; the notification already tells how it went."""
    try:
        await async_run_import(hass, account, account_name, path, delete_after=True)
    except HomeAssistantError as err:
        LOGGER.warning("Import of an uploaded export failed: %s", err)
